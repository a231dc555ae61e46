#include "wizard/common/serverwizard.h"

#include "wizard/common/progresspage.h"
#include "wizard/widgets/icons.h"

#include <QDesktopServices>
#include <QEvent>

namespace oef::ui {

ServerWizard::ServerWizard(QWidget *parent) : QWizard(parent), m_knownHosts(qEnvironmentVariable("OEF_KNOWN_HOSTS"))
{
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setWindowIcon(appIcon());
}

void ServerWizard::retranslateButtons()
{
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
}

void ServerWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void ServerWizard::showEvent(QShowEvent *event)
{
    // Now the screen, and so the device pixel ratio, is known: a sharp logo at 1x and 2x.
    setPixmap(QWizard::LogoPixmap, appIcon().pixmap(QSize(48, 48), devicePixelRatioF()));
    QWizard::showEvent(event);
}

void ServerWizard::reject()
{
    if (progressPage()->isRunning()) {
        progressPage()->confirmAndCancel();
        return;
    }
    QWizard::reject();
}

QString ServerWizard::knownHostsFile() const
{
    return hostKeyPolicy().effectiveKnownHostsFile();
}

HostKeyPolicy ServerWizard::hostKeyPolicy() const
{
    HostKeyPolicy policy;
    policy.knownHostsFile = m_knownHosts;
    policy.accepted = m_accepted;
    return policy;
}

void ServerWizard::noteAcceptedKey(const ServerSpec &server, const QString &fingerprint)
{
    m_accepted.insert(QStringLiteral("%1:%2").arg(server.host).arg(server.sshPort), fingerprint);
}

bool ServerWizard::openUrl(const QUrl &url) const
{
    if (m_openUrl)
        return m_openUrl(url);
    return QDesktopServices::openUrl(url);
}

} // namespace oef::ui
