#include "wizard/failover/failoverpages.h"

#include "backend/core/runner.h"
#include "backend/failover/failoverwords.h"
#include "backend/workers/guiworker.h"
#include "wizard/common/progresspage.h"
#include "wizard/failover/failoverwizard.h"
#include "wizard/widgets/credentialsform.h"
#include "wizard/widgets/credentialstore.h"
#include "wizard/widgets/iconlabel.h"
#include "wizard/widgets/icons.h"
#include "wizard/widgets/serverfields.h"

#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace oef::ui {

namespace {

QLabel *textLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

// ---- servers -------------------------------------------------------------------------------

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

// ---- credentials ---------------------------------------------------------------------------

FailoverCredentialsPage::FailoverCredentialsPage(FailoverWizard *wizard, CredentialStore *store)
    : KeychainCredentialsPage(wizard, store), m_wizard(wizard)
{
    setObjectName(QStringLiteral("failoverCredentialsPage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_target = new CredentialsForm(Role::NewPrimary, false, this);
    m_same = new QCheckBox(this);
    m_same->setObjectName(QStringLiteral("sameCredentials"));
    m_same->setChecked(true);
    m_old = new CredentialsForm(Role::OldPrimary, true, this);
    m_next = new CredentialsForm(Role::NewSecondary, true, this);
    m_old->setVisible(false);
    m_next->setVisible(false);

    // Three forms may not fit: the page scrolls.
    auto *inner = new QWidget;
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 0, 0);
    innerLayout->addWidget(m_target);
    innerLayout->addWidget(m_same);
    innerLayout->addWidget(m_old);
    innerLayout->addWidget(m_next);
    innerLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);

    setTabOrder(m_target->lastFocusWidget(), m_same);
    setTabOrder(m_same, m_old->firstFocusWidget());
    setTabOrder(m_old->lastFocusWidget(), m_next->firstFocusWidget());

    for (CredentialsForm *form : {m_target, m_old, m_next}) {
        connect(form, &CredentialsForm::changed, this, [this, form] {
            if (form == m_target)
                mirror();
            emit completeChanged();
        });
        connect(form, &CredentialsForm::userEditingFinished, this, [this, form] { loadFromKeychain(form); });
    }
    connect(m_same, &QCheckBox::toggled, this, [this](bool same) {
        const bool next = m_wizard->attachesNewSecondary();
        m_old->setVisible(!same);
        m_next->setVisible(!same && next);
        if (same) {
            mirror();
        } else {
            loadFromKeychain(m_old);
            if (next)
                loadFromKeychain(m_next);
        }
        emit completeChanged();
    });

    retranslateUi();
}

void FailoverCredentialsPage::retranslateUi()
{
    setTitle(tr("Credentials"));
    setSubTitle(tr("How to log in to each server over SSH, and the password sudo asks for."));
    m_intro->setText(tr("The user must be allowed to run commands as root with sudo. Passwords "
                        "stay in memory while the wizard is open; they are never written to a "
                        "file and never appear on a command line. The old primary's login is "
                        "used to stop it safely, when it can still be reached."));
    m_same->setText(tr("The other servers use the same user and &password as the target"));
}

CredentialsForm *FailoverCredentialsPage::form(const QString &role) const
{
    return role == Role::NewPrimary ? m_target : role == Role::OldPrimary ? m_old : m_next;
}

void FailoverCredentialsPage::setSameAsTarget(bool same)
{
    m_same->setChecked(same);
    m_old->setVisible(!same);
    m_next->setVisible(!same && m_wizard->attachesNewSecondary());
}

QList<CredentialsForm *> FailoverCredentialsPage::activeForms() const
{
    QList<CredentialsForm *> out{m_target, m_old};
    if (m_wizard->attachesNewSecondary())
        out << m_next;
    return out;
}

void FailoverCredentialsPage::mirror()
{
    if (!m_same->isChecked())
        return;
    m_old->copyFrom(*m_target);
    m_next->copyFrom(*m_target);
}

void FailoverCredentialsPage::applyTo(const QString &role, ServerSpec &server) const
{
    const CredentialsForm *f = m_same->isChecked() ? m_target : form(role);
    f->applyTo(server);
}

void FailoverCredentialsPage::setFromSpec(const QString &role, const ServerSpec &server)
{
    form(role)->setFromSpec(server);
}

Secrets FailoverCredentialsPage::secrets() const
{
    Secrets s;
    for (const QString &role : {Role::NewPrimary, Role::OldPrimary, Role::NewSecondary})
        s.forRole(role) = m_same->isChecked() ? m_target->secrets() : form(role)->secrets();
    return s;
}

void FailoverCredentialsPage::clearSecrets()
{
    for (CredentialsForm *f : {m_target, m_old, m_next})
        f->clearSecrets();
}

void FailoverCredentialsPage::initializePage()
{
    for (CredentialsForm *f : {m_target, m_old, m_next}) {
        ServerSpec spec;
        m_wizard->serversPage()->applyTo(f->role(), spec);
        f->setServer(spec.host, spec.sshPort);
    }
    setSameAsTarget(m_same->isChecked());
    mirror();
    loadFromKeychain(m_target);
    if (!m_same->isChecked())
        for (CredentialsForm *f : activeForms())
            loadFromKeychain(f);
}

QList<CredentialsForm *> FailoverCredentialsPage::allForms() const
{
    return {m_target, m_old, m_next};
}

QList<CredentialsForm *> FailoverCredentialsPage::fillableForms() const
{
    if (m_same->isChecked())
        return {m_target};
    return activeForms();
}

QString FailoverCredentialsPage::notRememberedText(const QString &key, const QString &message) const
{
    return tr("The passwords for %1 could not be stored in the keychain: %2. They are used for "
              "this failover only.")
        .arg(key, message);
}

bool FailoverCredentialsPage::validatePage()
{
    mirror();
    saveToKeychain(activeForms());
    return true;
}

bool FailoverCredentialsPage::isComplete() const
{
    if (!m_target->problem().isEmpty())
        return false;
    if (m_same->isChecked())
        return true;
    for (CredentialsForm *f : activeForms())
        if (!f->problem().isEmpty())
            return false;
    return true;
}

// ---- probe ---------------------------------------------------------------------------------

FailoverProbePage::FailoverProbePage(FailoverWizard *wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("failoverProbePage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("probeChecks"));
    m_tree->setColumnCount(3);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_status = textLabel(this, QStringLiteral("probeStatus"));
    m_verdict = textLabel(this, QStringLiteral("probeVerdict"));
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_refusal = problemLabel(this, QStringLiteral("probeRefusal"));
    m_refusal->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_choice = new QGroupBox(this);
    m_choice->setObjectName(QStringLiteral("oldPrimaryChoice"));
    m_choiceText = new QLabel(m_choice);
    m_choiceText->setWordWrap(true);
    m_restart = new QPushButton(m_choice);
    m_restart->setObjectName(QStringLiteral("restartOldPrimary"));
    m_restartResult = textLabel(m_choice, QStringLiteral("restartResult"));
    m_restartResult->hide();
    m_bringDown = new QCheckBox(m_choice);
    m_bringDown->setObjectName(QStringLiteral("bringDownCheck"));
    auto *restartRow = new QHBoxLayout;
    restartRow->addWidget(m_restart);
    restartRow->addStretch();
    auto *choiceLayout = new QVBoxLayout(m_choice);
    choiceLayout->addWidget(m_choiceText);
    choiceLayout->addLayout(restartRow);
    choiceLayout->addWidget(m_restartResult);
    choiceLayout->addWidget(m_bringDown);
    m_choice->hide();

    m_again = new QPushButton(this);
    m_again->setObjectName(QStringLiteral("probeAgain"));
    auto *againRow = new QHBoxLayout;
    againRow->addWidget(m_again);
    againRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_verdict);
    layout->addWidget(m_refusal);
    layout->addWidget(m_choice);
    layout->addLayout(againRow);

    GuiWorker *worker = m_wizard->worker();
    connect(worker, &GuiWorker::checkReported, this, &FailoverProbePage::onCheck);
    connect(worker, &GuiWorker::failoverProbed, this, &FailoverProbePage::onProbed);
    connect(worker, &GuiWorker::oldPrimaryRestarted, this, &FailoverProbePage::onRestarted);
    connect(m_again, &QPushButton::clicked, this, &FailoverProbePage::probe);
    connect(m_bringDown, &QCheckBox::toggled, this, &FailoverProbePage::completeChanged);
    connect(m_restart, &QPushButton::clicked, this, [this] {
        if (isBusy())
            return;
        m_restarting = true;
        m_restartResult->setText(tr("Restarting OpenELIS on the old primary and waiting for it "
                                    "to answer…"));
        m_restartResult->show();
        m_request = m_wizard->worker()->restartOldPrimary(m_wizard->plan(), m_wizard->secrets(),
                                                          m_wizard->hostKeyPolicy());
        refresh();
    });
    retranslateUi();
}

void FailoverProbePage::retranslateUi()
{
    setTitle(tr("The servers now"));
    setSubTitle(tr("What the target and the old primary answer. Nothing is changed here."));
    m_intro->setText(tr("The target must be a standby. The old primary is checked from this "
                        "computer and from the target: if it still answers, failing over may "
                        "not be needed, and if it goes on accepting work, two servers would "
                        "each hold part of it."));
    m_tree->setHeaderLabels({tr("Server"), tr("Check"), tr("Result")});
    m_choice->setTitle(tr("The old primary still answers"));
    m_restart->setText(tr("&Restart OpenELIS on the old primary and check again"));
    m_again->setText(tr("&Check again"));
    refresh();
}

bool FailoverProbePage::offersRestart() const
{
    return m_haveProbe && offersOldPrimaryRestart(m_wizard->probe(), m_wizard->isSwitchover());
}

QString FailoverProbePage::verdictText() const
{
    return m_verdict->text();
}

QString FailoverProbePage::refusalText() const
{
    return m_refusalText;
}

QString FailoverProbePage::restartText() const
{
    return m_restartResult->isVisibleTo(this) ? m_restartResult->text() : QString();
}

void FailoverProbePage::initializePage()
{
    m_restartResult->hide();
    m_restartResult->clear();
    probe();
}

void FailoverProbePage::cleanupPage()
{
    m_wizard->worker()->cancel(m_request);
    m_probing = false;
    m_restarting = false;
}

void FailoverProbePage::probe()
{
    if (isBusy())
        m_wizard->worker()->cancel(m_request);
    m_tree->clear();
    m_haveProbe = false;
    m_probing = true;
    m_restarting = false;
    m_bringDown->setChecked(false);
    m_wizard->setProbe(FailoverProbe(), CheckList());
    m_request = m_wizard->worker()->probeFailover(m_wizard->plan(), m_wizard->secrets(), m_wizard->hostKeyPolicy());
    refresh();
}

void FailoverProbePage::onCheck(quint64 request, const CheckResult &check)
{
    if (request != m_request || !m_probing)
        return;
    auto *item = new QTreeWidgetItem(m_tree);
    item->setIcon(0, statusIcon(check.status));
    item->setText(0, check.host);
    item->setText(1, check.title);
    QString text = check.message;
    if (!check.remedy.isEmpty() && check.status != CheckResult::Status::Ok)
        text += QLatin1Char('\n') + check.remedy;
    item->setText(2, text);
    item->setToolTip(2, check.details.isEmpty() ? text : text + QStringLiteral("\n\n") + check.details);
    m_tree->scrollToItem(item);
}

void FailoverProbePage::onProbed(quint64 request, const FailoverProbe &probe, const CheckList &checks, bool cancelled)
{
    if (request != m_request)
        return;
    m_probing = false;
    if (cancelled) {
        refresh();
        return;
    }
    showProbe(probe, checks);
}

void FailoverProbePage::showProbe(const FailoverProbe &probe, const CheckList &checks)
{
    if (m_probing) {
        m_wizard->worker()->cancel(m_request);
        m_probing = false;
    }
    m_wizard->setProbe(probe, checks);
    m_haveProbe = true;
    refresh();
}

void FailoverProbePage::onRestarted(quint64 request, bool healthy, const QString &message)
{
    if (request != m_request)
        return;
    m_restarting = false;
    m_restartResult->setText(healthy ? tr("%1 OpenELIS answers again on the old primary: a failover may not be needed. "
                                          "The servers are checked again below.")
                                           .arg(message)
                                     : tr("%1 The restart did not bring OpenELIS back. The servers are checked again "
                                          "below.")
                                           .arg(message));
    m_restartResult->show();
    probe();
}

void FailoverProbePage::refresh()
{
    m_again->setEnabled(!isBusy());
    const FailoverProbe &p = m_wizard->probe();
    if (m_restarting)
        m_status->setText(tr("Restarting OpenELIS on the old primary…"));
    else if (m_probing)
        m_status->setText(tr("Checking the servers…"));
    else if (!m_haveProbe)
        m_status->setText(tr("Not checked yet."));
    else
        m_status->clear();
    m_status->setVisible(!m_status->text().isEmpty());

    m_refusalText.clear();
    if (m_haveProbe) {
        QStringList lines;
        if (p.targetInRecovery)
            lines << tr("The target %1 is a standby.").arg(m_wizard->plan().server(Role::NewPrimary).host);
        lines << p.verdictText();
        m_verdict->setText(lines.join(QLatin1Char(' ')));
        // Refusals that no confirmation can lift (an unreachable old primary is settled on
        // the fencing page).
        FailoverOptions o = m_wizard->options();
        o.confirmedDown = true;
        m_refusalText = m_wizard->refusal(o);
    } else {
        m_verdict->clear();
    }
    m_verdict->setVisible(!m_verdict->text().isEmpty());
    showProblem(m_refusal, m_refusalText.isEmpty() ? QString() : tr("Failover is not possible: %1").arg(m_refusalText));

    const bool offer = offersRestart() && m_refusalText.isEmpty();
    m_choice->setVisible(offer);
    if (offer) {
        const QString old = m_wizard->plan().server(Role::OldPrimary).host;
        m_choiceText->setText(tr("The usual first remedy is to restart OpenELIS on %1 and check "
                                 "again. Fail over only if that does not help, or if %1 must be "
                                 "taken out of service.")
                                  .arg(old));
        m_bringDown->setText(tr("Fail over: &bring %1 down (OpenELIS and its database stopped, "
                                "nothing restarts on its own) before the target takes over")
                                 .arg(old));
    }
    m_restart->setEnabled(offer && !isBusy());
    m_bringDown->setEnabled(offer && !isBusy());
    emit completeChanged();
}

bool FailoverProbePage::isComplete() const
{
    if (isBusy() || !m_haveProbe || !m_refusalText.isEmpty())
        return false;
    if (offersRestart() && !m_bringDown->isChecked())
        return false;
    return true;
}

// ---- data loss -----------------------------------------------------------------------------

FailoverDataLossPage::FailoverDataLossPage(FailoverWizard *wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("failoverDataLossPage"));
    m_icon = new IconLabel(32, this);
    m_icon->setIcon(statusIcon(StatusIcon::Warning));
    m_headline = textLabel(this, QStringLiteral("dataLossHeadline"));
    QFont f = m_headline->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    m_headline->setFont(f);
    m_text = textLabel(this, QStringLiteral("dataLossText"));
    m_confirm = new QCheckBox(this);
    m_confirm->setObjectName(QStringLiteral("dataLossConfirm"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_headline, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_text);
    layout->addSpacing(8);
    layout->addWidget(m_confirm);
    layout->addStretch();
    connect(m_confirm, &QCheckBox::toggled, this, &FailoverDataLossPage::completeChanged);
    retranslateUi();
}

void FailoverDataLossPage::retranslateUi()
{
    setTitle(tr("Possible data loss"));
    setSubTitle(tr("Read this before anything changes."));
    if (wizard() && wizard()->currentPage() == this)
        initializePage();
}

QString FailoverDataLossPage::statement() const
{
    return m_headline->text() + QLatin1Char('\n') + m_text->text();
}

void FailoverDataLossPage::initializePage()
{
    const FailoverOptions o = m_wizard->options();
    const Plan plan = m_wizard->plan();
    const FailoverProbe &p = m_wizard->probe();
    if (o.switchover) {
        m_icon->setIcon(statusIcon(StatusIcon::Ok));
        m_headline->setText(tr("A planned switchover loses nothing."));
        m_confirm->setText(tr("I &understand that OpenELIS is unavailable for about a minute "
                              "during the switchover"));
    } else {
        m_icon->setIcon(statusIcon(p.byteGap == 0 ? StatusIcon::Ok : StatusIcon::Warning));
        m_headline->setText(p.dataLossText());
        m_confirm->setText(tr("I &understand that work entered on %1 and not yet received by %2 "
                              "is lost after the failover")
                               .arg(plan.server(Role::OldPrimary).host, plan.server(Role::NewPrimary).host));
    }
    QStringList lines = failoverIntentLines(plan, p, o);
    if (!o.switchover)
        lines.removeAll(p.dataLossText());
    m_text->setText(lines.join(QStringLiteral("\n\n")));
    m_confirm->setChecked(false);
}

bool FailoverDataLossPage::isComplete() const
{
    return m_confirm->isChecked();
}

// ---- fencing -------------------------------------------------------------------------------

FailoverFencingPage::FailoverFencingPage(FailoverWizard *wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("failoverFencingPage"));
    setCommitPage(true);
    m_icon = new IconLabel(32, this);
    m_text = textLabel(this, QStringLiteral("fencingText"));
    m_confirm = new QCheckBox(this);
    m_confirm->setObjectName(QStringLiteral("confirmDownCheck"));
    m_confirmHost = new QLineEdit(this);
    m_confirmHost->setObjectName(QStringLiteral("confirmDownHost"));
    m_confirmHostLabel = new QLabel(this);
    m_confirmHostLabel->setWordWrap(true);
    m_confirmHostLabel->setBuddy(m_confirmHost);
    m_problem = problemLabel(this, QStringLiteral("fencingProblem"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(m_confirm);
    layout->addWidget(m_confirmHostLabel);
    layout->addWidget(m_confirmHost);
    layout->addWidget(m_problem);
    layout->addStretch();
    connect(m_confirm, &QCheckBox::toggled, this, &FailoverFencingPage::completeChanged);
    connect(m_confirmHost, &QLineEdit::textChanged, this, &FailoverFencingPage::completeChanged);
    retranslateUi();
}

void FailoverFencingPage::retranslateUi()
{
    setTitle(tr("Fencing the old primary"));
    setSubTitle(tr("The target is promoted only once the old primary cannot accept work any "
                   "more."));
    if (wizard() && wizard()->currentPage() == this)
        initializePage();
}

FailoverFencingPage::Mode FailoverFencingPage::mode() const
{
    if (m_wizard->isSwitchover())
        return Mode::Switchover;
    return m_wizard->probe().oldLoginWorks ? Mode::ByTool : Mode::ConfirmDown;
}

bool FailoverFencingPage::confirmedDown() const
{
    if (mode() != Mode::ConfirmDown || !m_confirm->isChecked())
        return false;
    const QString typed = plainHost(m_confirmHost->text());
    const QString old = m_wizard->plan().server(Role::OldPrimary).host;
    return !typed.isEmpty() && typed.compare(old, Qt::CaseInsensitive) == 0;
}

QString FailoverFencingPage::text() const
{
    return m_text->text();
}

void FailoverFencingPage::initializePage()
{
    const Plan plan = m_wizard->plan();
    const QString old = plan.server(Role::OldPrimary).host;
    const QString target = plan.server(Role::NewPrimary).host;
    const Mode m = mode();
    m_problem->hide();
    switch (m) {
    case Mode::Switchover:
        m_icon->setIcon(statusIcon(StatusIcon::Ok));
        m_text->setText(tr("OpenELIS stops on %1 and nothing there restarts on its own; its "
                           "database stops once %2 has received everything, and comes back as "
                           "%2's standby. Only then is %2 promoted.")
                            .arg(old, target));
        setButtonText(QWizard::CommitButton, tr("&Switch over now"));
        break;
    case Mode::ByTool:
        m_icon->setIcon(statusIcon(StatusIcon::Ok));
        m_text->setText(tr("This computer can log in to %1, so it fences it before anything "
                           "else: the restart policy of every OpenELIS container is set to "
                           "“no”, OpenELIS and its database are stopped, and the database is "
                           "marked so that it can only ever start read-only. If any of this "
                           "fails, %2 is not promoted.")
                            .arg(old, target));
        setButtonText(QWizard::CommitButton, tr("&Fail over now"));
        break;
    case Mode::ConfirmDown:
        m_icon->setIcon(statusIcon(StatusIcon::Warning));
        m_text->setText(tr("This computer cannot reach %1, so it cannot stop it. Promote %2 only "
                           "if %1 is powered off or disconnected from the network: if it came "
                           "back while %2 is the primary, both would accept work and the records "
                           "would split between them. Check it yourself (at the server, or with "
                           "whoever can see it), then confirm.")
                            .arg(old, target));
        m_confirm->setText(tr("I &confirm that %1 is powered off or disconnected from the network").arg(old));
        m_confirmHostLabel->setText(tr("T&ype the old primary's address (%1) to confirm:").arg(old));
        setButtonText(QWizard::CommitButton, tr("&Fail over now"));
        break;
    }
    const bool ask = m == Mode::ConfirmDown;
    m_confirm->setVisible(ask);
    m_confirmHostLabel->setVisible(ask);
    m_confirmHost->setVisible(ask);
    m_confirm->setChecked(false);
    m_confirmHost->clear();
}

bool FailoverFencingPage::isComplete() const
{
    return mode() != Mode::ConfirmDown || confirmedDown();
}

bool FailoverFencingPage::validatePage()
{
    QString why;
    if (!m_wizard->prepareRun(&why)) {
        showProblem(m_problem, why);
        return false;
    }
    return true;
}

// ---- result --------------------------------------------------------------------------------

FailoverResultPage::FailoverResultPage(FailoverWizard *wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("failoverResultPage"));
    setFinalPage(true);
    m_icon = new IconLabel(40, this);
    m_headline = textLabel(this, QStringLiteral("resultHeadline"));
    QFont f = m_headline->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_headline->setFont(f);
    m_addressLabel = new QLabel(this);
    m_address = textLabel(this, QStringLiteral("newAddress"));
    QFont big = m_address->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_address->setFont(big);
    m_address->setFocusPolicy(Qt::StrongFocus);
    m_health = textLabel(this, QStringLiteral("resultHealth"));
    m_certificate = textLabel(this, QStringLiteral("resultCertificate"));
    m_message = textLabel(this, QStringLiteral("resultMessage"));
    m_panel = new ReportPanel(m_wizard, m_wizard->progressPage(), this);
    m_panel->reportLabel()->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_headline, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_addressLabel);
    layout->addWidget(m_address);
    layout->addWidget(m_health);
    layout->addWidget(m_certificate);
    layout->addSpacing(4);
    layout->addWidget(m_message);
    layout->addWidget(m_panel, 1);

    connect(m_panel->verifyButton(), &QPushButton::clicked, this, [this] { m_wizard->openVerification(); });
    retranslateUi();
}

void FailoverResultPage::retranslateUi()
{
    setTitle(tr("Result"));
    m_addressLabel->setText(tr("The address users must now use:"));
    if (wizard() && wizard()->currentPage() == this)
        initializePage();
}

QString FailoverResultPage::headline() const
{
    return m_headline->text();
}
QString FailoverResultPage::addressText() const
{
    return m_address->isVisibleTo(this) ? m_address->text() : QString();
}
QString FailoverResultPage::healthText() const
{
    return m_health->text();
}
QString FailoverResultPage::certificateText() const
{
    return m_certificate->text();
}
QString FailoverResultPage::messageText() const
{
    return m_message->text();
}

void FailoverResultPage::initializePage()
{
    const ProgressPage *progress = m_wizard->progressPage();
    const Plan plan = m_wizard->plan();
    const std::shared_ptr<FailoverState> state = m_wizard->failoverState();
    const bool switchover = m_wizard->isSwitchover();
    const int outcome = progress->outcome();
    const bool ok = outcome == int(FlowOutcome::Succeeded);
    const bool promoted = !state->newAddress.isEmpty();

    if (ok) {
        m_icon->setIcon(statusIcon(state->healthy && state->certificateCovers ? StatusIcon::Ok : StatusIcon::Warning));
        m_headline->setText(switchover ? tr("The switchover is complete.") : tr("The failover is complete."));
        m_message->setText(failoverSuccessText(plan, *state, switchover));
    } else if (outcome == int(FlowOutcome::Cancelled)) {
        m_icon->setIcon(statusIcon(StatusIcon::Warning));
        m_headline->setText(tr("Cancelled."));
        m_message->setText(tr("Cancelled. The report says where it stopped and the state of each "
                              "server."));
    } else {
        m_icon->setIcon(statusIcon(StatusIcon::Error));
        m_headline->setText(switchover ? tr("The switchover stopped.") : tr("The failover stopped."));
        QString text = progress->failureMessage();
        const int stopped = progress->stoppedStep();
        if (stopped >= 0 && stopped < progress->stepLabels().size())
            text = tr("It stopped at “%1”: %2").arg(progress->stepLabels().at(stopped), text);
        if (!promoted)
            text += QLatin1Char(' ')
                    + tr("%1 was not promoted: users go on using %2 if it still works.")
                          .arg(plan.server(Role::NewPrimary).host, plan.server(Role::OldPrimary).host);
        m_message->setText(text);
    }

    const QString address = promoted ? state->newAddress : plan.server(Role::NewPrimary).host;
    m_addressLabel->setVisible(promoted);
    m_address->setVisible(promoted);
    m_address->setText(QStringLiteral("https://%1:8443/").arg(address));
    m_health->setVisible(promoted);
    m_health->setText(state->healthy ? tr("OpenELIS answers its health check there (%1).").arg(state->healthPath)
                                     : tr("OpenELIS did not answer its health check there: look at the "
                                          "report and at the containers on %1.")
                                           .arg(address));
    m_certificate->setVisible(promoted);
    m_certificate->setText(state->certificateCovers
                               ? tr("Its certificate names this address: browsers will not warn.")
                               : tr("Its certificate does not name this address: browsers will warn "
                                    "until a certificate for %1 is installed.")
                                     .arg(address));

    m_panel->setDetails(ok ? QString() : progress->failureDetails());
    const QString dir = progress->reportDir();
    m_panel->setReport(dir, !dir.isEmpty() ? tr("The report (JSON and HTML, without any password) is in %1.").arg(dir)
                                           : tr("The report could not be written: %1").arg(progress->reportError()));
    const bool pair = ok && m_wizard->pairAfterRun().has_value();
    m_panel->verifyButton()->setEnabled(pair);
    m_panel->verifyButton()->setToolTip(pair ? tr("Open the verification screen for %1 and its standby.").arg(address)
                                             : tr("There is no standby yet: set one up first (Set up failover), "
                                                  "then verify."));
}

} // namespace oef::ui
