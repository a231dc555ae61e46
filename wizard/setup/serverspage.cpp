#include "wizard/setup/serverspage.h"

#include "wizard/widgets/icons.h"
#include "wizard/widgets/serverfields.h"

#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace oef::ui {

ServersPage::ServersPage(QWidget *parent) : WizardPage(parent)
{
    setObjectName(QStringLiteral("serversPage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    build(m_primary, Role::Primary);
    build(m_secondary, Role::Secondary);
    m_same = problemLabel(this, QStringLiteral("sameServerProblem"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_primary.box);
    layout->addWidget(m_secondary.box);
    layout->addWidget(m_same);
    layout->addStretch();

    registerField(QStringLiteral("primaryHost*"), m_primary.host);
    // The ports start with their usual values: not "mandatory" fields (those must differ from
    // their initial value); isComplete() checks them.
    registerField(QStringLiteral("primarySshPort"), m_primary.sshPort);
    registerField(QStringLiteral("primaryDbPort"), m_primary.dbPort);
    registerField(QStringLiteral("secondaryHost*"), m_secondary.host);
    registerField(QStringLiteral("secondarySshPort"), m_secondary.sshPort);
    registerField(QStringLiteral("secondaryDbPort"), m_secondary.dbPort);

    setTabOrder(m_primary.host, m_primary.sshPort);
    setTabOrder(m_primary.sshPort, m_primary.dbPort);
    setTabOrder(m_primary.dbPort, m_secondary.host);
    setTabOrder(m_secondary.host, m_secondary.sshPort);
    setTabOrder(m_secondary.sshPort, m_secondary.dbPort);

    retranslateUi();
    revalidate();
}

void ServersPage::build(ServerFields &f, const QString &role)
{
    f.build(this, role, [this] { revalidate(); });
    ServerFields *fp = &f;
    connect(f.host, &QLineEdit::editingFinished, this, [this, fp] {
        fp->hostTouched = fp->hostTouched || !fp->host->text().isEmpty();
        revalidate();
    });
    connect(f.host, &QLineEdit::textChanged, this, &ServersPage::revalidate);
}

void ServersPage::retranslateUi()
{
    setTitle(tr("Servers"));
    setSubTitle(tr("Where the two OpenELIS servers are. Addresses as this computer reaches them; "
                   "the secondary must also reach the primary's database port."));
    m_intro->setText(tr("Enter a host name or an IP address for each server. The ports are "
                        "the usual ones unless your servers were set up differently."));
    m_primary.box->setTitle(tr("Primary: the server in use now"));
    m_secondary.box->setTitle(tr("Secondary: the standby that will follow it"));
    // Distinct mnemonics on the two groups, so each field has its own shortcut.
    m_primary.hostLabel->setText(tr("&Address:"));
    m_primary.sshPortLabel->setText(tr("SSH &port:"));
    m_primary.dbPortLabel->setText(tr("&Database port:"));
    m_secondary.hostLabel->setText(tr("Addr&ess:"));
    m_secondary.sshPortLabel->setText(tr("SSH por&t:"));
    m_secondary.dbPortLabel->setText(tr("Database po&rt:"));
    m_primary.host->setPlaceholderText(tr("for example 192.168.1.10 or oe-main.lab.local"));
    m_secondary.host->setPlaceholderText(tr("for example 192.168.1.11 or oe-standby.lab.local"));
    m_primary.host->setAccessibleName(tr("Primary address"));
    m_secondary.host->setAccessibleName(tr("Secondary address"));
    m_primary.sshPort->setAccessibleName(tr("Primary SSH port"));
    m_secondary.sshPort->setAccessibleName(tr("Secondary SSH port"));
    m_primary.dbPort->setAccessibleName(tr("Primary database port"));
    m_secondary.dbPort->setAccessibleName(tr("Secondary database port"));
    revalidate();
}

ServerFields &ServersPage::fieldsFor(const QString &role)
{
    return role == Role::Secondary ? m_secondary : m_primary;
}

const ServerFields &ServersPage::fieldsFor(const QString &role) const
{
    return role == Role::Secondary ? m_secondary : m_primary;
}

void ServersPage::applyTo(const QString &role, ServerSpec &server) const
{
    fieldsFor(role).applyTo(server);
}

void ServersPage::setServer(const QString &role, const ServerSpec &server)
{
    fieldsFor(role).setServer(server);
    revalidate();
}

QString ServersPage::validate(const ServerFields &f, const QString &role, bool forDisplay) const
{
    const bool primary = role == Role::Primary;
    return f.validate(forDisplay, primary ? tr("Primary address") : tr("Secondary address"),
                      primary ? tr("Primary SSH port") : tr("Secondary SSH port"),
                      primary ? tr("Primary database port") : tr("Secondary database port"));
}

QString ServersPage::problemFor(const QString &role) const
{
    return validate(fieldsFor(role), role, false);
}

QString ServersPage::sameServerProblem() const
{
    const QString a = m_primary.host->text().trimmed();
    const QString b = m_secondary.host->text().trimmed();
    if (a.isEmpty() || b.isEmpty() || !checkHost(QString(), a).isEmpty() || !checkHost(QString(), b).isEmpty())
        return {};
    if (sameHost(a, b) && portValue(m_primary.sshPort) == portValue(m_secondary.sshPort))
        return tr("The primary and the secondary are the same server (%1, SSH port %2). Enter "
                  "the standby's own address as the secondary.")
            .arg(b)
            .arg(portValue(m_secondary.sshPort));
    return {};
}

void ServersPage::revalidate()
{
    if (!m_same)
        return; // still building
    showProblem(m_primary.problem, validate(m_primary, Role::Primary, true));
    showProblem(m_secondary.problem, validate(m_secondary, Role::Secondary, true));
    showProblem(m_same, sameServerProblem());
    emit completeChanged();
}

bool ServersPage::isComplete() const
{
    return QWizardPage::isComplete() && problemFor(Role::Primary).isEmpty() && problemFor(Role::Secondary).isEmpty()
           && sameServerProblem().isEmpty();
}

} // namespace oef::ui
