#include "wizard/common/hostkeystoppage.h"

#include "backend/core/shellquote.h"
#include "backend/workers/guiworker.h"
#include "wizard/common/hostkeypage.h"
#include "wizard/common/serverwizard.h"
#include "wizard/widgets/iconlabel.h"
#include "wizard/widgets/icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace oef::ui {

HostKeyStopPage::HostKeyStopPage(ServerWizard *wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("hostKeyStopPage"));
    setFinalPage(true);
    m_icon = new IconLabel(40, this);
    m_icon->setIcon(statusIcon(StatusIcon::Error));
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("stopHeadline"));
    m_headline->setWordWrap(true);
    QFont f = m_headline->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_headline->setFont(f);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("stopText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFocusPolicy(Qt::StrongFocus);

    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_headline, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_text);
    layout->addStretch();
    retranslateUi();
}

void HostKeyStopPage::retranslateUi()
{
    setTitle(tr("Stop: a host key has changed"));
    setSubTitle(tr("Nothing was sent to the server and nothing was changed."));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    initializePage();
}

QString HostKeyStopPage::text() const
{
    return m_text->text();
}

void HostKeyStopPage::initializePage()
{
    QStringList hosts;
    QString details;
    const QString knownHosts = m_wizard->knownHostsFile();
    const QList<HostKeyProbe> probes = m_wizard->hostKeyProbes();
    for (const HostKeyProbe &p : probes) {
        if (!p.reached || (p.key.state != HostKeyInfo::State::Changed && p.key.state != HostKeyInfo::State::OtherType))
            continue;
        hosts << p.server.host;
        const QString hostArg = p.server.sshPort == 22
                                    ? p.server.host
                                    : QStringLiteral("[%1]:%2").arg(p.server.host).arg(p.server.sshPort);
        details += QStringLiteral("<p><b>%1</b><br>%2<br><code>%3</code></p>")
                       .arg(
                           p.server.host.toHtmlEscaped(),
                           tr("It now presents the key %1 (%2).").arg(p.key.fingerprint, p.key.keyType).toHtmlEscaped(),
                           QStringLiteral("ssh-keygen -R %1 -f %2")
                               .arg(shellQuote(hostArg), shellQuote(knownHosts))
                               .toHtmlEscaped());
    }
    m_headline->setText(hosts.isEmpty() ? tr("A host key has changed.")
                                        : tr("The host key of %1 has changed.").arg(hosts.join(QStringLiteral(", "))));
    const auto para = [](const QString &text) { return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()); };
    QString html;
    html += para(tr("The key this server presents is not the one recorded when this computer "
                    "last connected to it. Either the server was reinstalled or its SSH keys "
                    "were regenerated, or someone is intercepting the connection to capture "
                    "the passwords you are about to send (a “man-in-the-middle” attack)."));
    html += para(tr("OE Failover will not log in to it. What to do:"));
    html += QStringLiteral("<ol><li>%1</li><li>%2</li><li>%3</li></ol>")
                .arg(tr("Ask the server's administrator whether the server was reinstalled or "
                        "its keys changed.")
                         .toHtmlEscaped(),
                     tr("At the server's own console, run “ssh-keygen -lf "
                        "/etc/ssh/ssh_host_ed25519_key.pub” and compare its SHA256 "
                        "fingerprint with the one below.")
                         .toHtmlEscaped(),
                     tr("Only if they are the same, remove the old key from %1 with the "
                        "command below, then start the set-up again.")
                         .arg(knownHosts)
                         .toHtmlEscaped());
    html += details;
    m_text->setText(html);
}

} // namespace oef::ui
