#include "wizard/failover/failoverserverspage.h"

#include "wizard/widgets/serverfields.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace oef::ui {

FailoverServersPage::FailoverServersPage(QWidget *parent) : WizardPage(parent)
{
    setObjectName(QStringLiteral("failoverServersPage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    build(m_target, Role::NewPrimary);
    build(m_old, Role::OldPrimary);
    build(m_next, Role::NewSecondary);
    m_switchover = new QCheckBox(this);
    m_switchover->setObjectName(QStringLiteral("switchoverCheck"));
    m_attach = new QCheckBox(this);
    m_attach->setObjectName(QStringLiteral("attachNewSecondaryCheck"));
    m_next.box->setVisible(false);
    m_same = problemLabel(this, QStringLiteral("sameServerProblem"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_target.box);
    layout->addWidget(m_old.box);
    layout->addWidget(m_switchover);
    layout->addWidget(m_attach);
    layout->addWidget(m_next.box);
    layout->addWidget(m_same);
    layout->addStretch();

    setTabOrder(m_target.host, m_target.sshPort);
    setTabOrder(m_target.sshPort, m_target.dbPort);
    setTabOrder(m_target.dbPort, m_old.host);
    setTabOrder(m_old.host, m_old.sshPort);
    setTabOrder(m_old.sshPort, m_old.dbPort);
    setTabOrder(m_old.dbPort, m_switchover);
    setTabOrder(m_switchover, m_attach);
    setTabOrder(m_attach, m_next.host);
    setTabOrder(m_next.host, m_next.sshPort);
    setTabOrder(m_next.sshPort, m_next.dbPort);

    connect(m_attach, &QCheckBox::toggled, this, [this](bool on) {
        m_next.box->setVisible(on);
        revalidate();
    });
    // A switchover's new standby is the old primary: no third server.
    connect(m_switchover, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_attach->setChecked(false);
        m_attach->setEnabled(!on);
        revalidate();
    });
    retranslateUi();
    revalidate();
}

void FailoverServersPage::build(ServerFields &f, const QString &role)
{
    f.build(this, role, [this] { revalidate(); });
}

QString FailoverServersPage::roleName(const QString &role) const
{
    if (role == Role::NewPrimary)
        return tr("Target (the current standby)");
    if (role == Role::OldPrimary)
        return tr("Old primary");
    return tr("New standby");
}

void FailoverServersPage::retranslateUi()
{
    setTitle(tr("Servers"));
    setSubTitle(tr("The standby that takes over, the primary it replaces, and optionally a new "
                   "standby."));
    m_intro->setText(tr("The target is the standby server that becomes the primary: users will "
                        "use its address afterwards. The old primary is the server that has "
                        "been the primary until now; it may be down. Nothing changes until you "
                        "confirm on the last page before the run."));
    const QList<ServerFields *> all{&m_target, &m_old, &m_next};
    for (ServerFields *f : all) {
        f->box->setTitle(roleName(f->role));
        f->host->setAccessibleName(tr("%1 address").arg(roleName(f->role)));
        f->sshPort->setAccessibleName(tr("%1 SSH port").arg(roleName(f->role)));
        f->dbPort->setAccessibleName(tr("%1 database port").arg(roleName(f->role)));
        f->sshPortLabel->setText(tr("SSH port:"));
        f->dbPortLabel->setText(tr("Database port:"));
    }
    m_target.hostLabel->setText(tr("&Target address:"));
    m_target.sshPortLabel->setText(tr("SS&H port:"));
    m_target.dbPortLabel->setText(tr("Data&base port:"));
    m_old.hostLabel->setText(tr("&Old primary address:"));
    m_next.hostLabel->setText(tr("New standby a&ddress:"));
    m_switchover->setText(tr("&Planned switchover: both servers are healthy; swap their roles "
                             "without losing data (the old primary becomes the standby)"));
    m_attach->setText(tr("&Afterwards, set up a new standby"));
    revalidate();
}

ServerFields *FailoverServersPage::fieldsFor(const QString &role)
{
    return role == Role::NewPrimary ? &m_target : role == Role::OldPrimary ? &m_old : &m_next;
}

const ServerFields *FailoverServersPage::fieldsFor(const QString &role) const
{
    return role == Role::NewPrimary ? &m_target : role == Role::OldPrimary ? &m_old : &m_next;
}

void FailoverServersPage::applyTo(const QString &role, ServerSpec &server) const
{
    fieldsFor(role)->applyTo(server);
}

void FailoverServersPage::setServer(const QString &role, const ServerSpec &server)
{
    fieldsFor(role)->setServer(server);
    revalidate();
}

bool FailoverServersPage::isSwitchover() const
{
    return m_switchover->isChecked();
}

bool FailoverServersPage::attachesNewSecondary() const
{
    return m_attach->isChecked() && !m_switchover->isChecked();
}

QString FailoverServersPage::validate(const ServerFields &f, bool forDisplay) const
{
    const QString name = roleName(f.role);
    return f.validate(forDisplay, tr("%1 address").arg(name), tr("%1 SSH port").arg(name),
                      tr("%1 database port").arg(name));
}

QString FailoverServersPage::problemFor(const QString &role) const
{
    return validate(*fieldsFor(role), false);
}

QString FailoverServersPage::sameServerProblem() const
{
    QList<const ServerFields *> active{&m_target, &m_old};
    if (attachesNewSecondary())
        active << &m_next;
    for (int i = 0; i < active.size(); ++i) {
        for (int j = i + 1; j < active.size(); ++j) {
            const QString a = plainHost(active[i]->host->text());
            const QString b = plainHost(active[j]->host->text());
            if (a.isEmpty() || b.isEmpty() || !checkHost(QString(), a).isEmpty() || !checkHost(QString(), b).isEmpty())
                continue;
            if (sameHost(a, b) && portValue(active[i]->sshPort) == portValue(active[j]->sshPort))
                return tr("%1 and %2 are the same server (%3). Each role needs its own server.")
                    .arg(roleName(active[i]->role), roleName(active[j]->role), b);
        }
    }
    return {};
}

void FailoverServersPage::revalidate()
{
    if (!m_same)
        return;
    showProblem(m_target.problem, validate(m_target, true));
    showProblem(m_old.problem, validate(m_old, true));
    showProblem(m_next.problem, attachesNewSecondary() ? validate(m_next, true) : QString());
    showProblem(m_same, sameServerProblem());
    emit completeChanged();
}

bool FailoverServersPage::isComplete() const
{
    return problemFor(Role::NewPrimary).isEmpty() && problemFor(Role::OldPrimary).isEmpty()
           && (!attachesNewSecondary() || problemFor(Role::NewSecondary).isEmpty()) && sameServerProblem().isEmpty();
}

} // namespace oef::ui
