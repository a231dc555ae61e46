#include "wizard/setup/resultpage.h"

#include "backend/core/runner.h"
#include "backend/setup/setupflow.h"
#include "wizard/common/progresspage.h"
#include "wizard/common/reportpanel.h"
#include "wizard/setup/setupwizard.h"
#include "wizard/verify/verifylaunchdialog.h"
#include "wizard/widgets/iconlabel.h"
#include "wizard/widgets/icons.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace oef::ui {

int ResultPage::primaryStepCount()
{
    // The steps that touch only the primary come first; the backend says how many there are.
    SetupOptions primaryOnly;
    primaryOnly.primaryOnly = true;
    static const int count = int(buildSetupFlow(std::make_shared<SetupState>(), primaryOnly).steps.size());
    return count;
}

ResultPage::StateWords ResultPage::describe(const Plan &plan, const SetupState &state, int flowOutcome,
                                            int firstIncomplete)
{
    StateWords w;
    const auto outcome = static_cast<FlowOutcome>(flowOutcome);
    const bool ok = outcome == FlowOutcome::Succeeded;
    // Did the run get to the secondary, and is its database now the copy?
    const bool secondaryTouched = !ok && firstIncomplete >= primaryStepCount();
    const bool replaced = !state.previousDataDir.isEmpty() || state.alreadyStandby || state.rewound;
    w.primary = primaryWords(state, ok, firstIncomplete, replaced);
    w.secondary = secondaryWords(plan, state, ok, secondaryTouched, replaced);
    w.next = nextWords(plan, flowOutcome, secondaryTouched && !replaced);
    w.verification = verificationWords(state);
    return w;
}

// The primary: prepared for replication, restarted or not, holding a slot for the secondary.
QString ResultPage::primaryWords(const SetupState &state, bool ok, int firstIncomplete, bool replaced)
{
    const QString restarted =
        state.primaryRestarted
            ? tr("Its database was restarted once to apply: %1.").arg(state.changedSettings.join(QStringLiteral("; ")))
            : tr("Its database was not restarted.");
    if (ok)
        return tr("OpenELIS runs as before and sends every change to the secondary "
                  "through the replication slot %1.")
                   .arg(state.slotName)
               + QLatin1Char(' ') + restarted;
    if (firstIncomplete <= 0)
        return tr("Unchanged, or prepared only in part for replication (the replication "
                  "role and its pg_hba.conf entry). OpenELIS keeps running as before.");
    QString primary = tr("Prepared for replication (replication role, pg_hba.conf entry, "
                         "settings). OpenELIS keeps running; these changes do no harm without a "
                         "standby.")
                      + QLatin1Char(' ') + restarted;
    if (firstIncomplete >= primaryStepCount() && !state.slotName.isEmpty() && !replaced)
        primary += QLatin1Char(' ')
                   + tr("The replication slot %1 keeps database history for the "
                        "secondary (up to 10 GB) until it connects: run the set-up again "
                        "soon.")
                         .arg(state.slotName);
    return primary;
}

// The secondary: a hot standby, unchanged, or left part way with its previous data.
QString ResultPage::secondaryWords(const Plan &plan, const SetupState &state, bool ok, bool secondaryTouched,
                                   bool replaced)
{
    const QString kept = state.previousDataDir.isEmpty() ? plan.installDir + QStringLiteral("/data.before-standby-…")
                                                         : state.previousDataDir;
    if (ok) {
        QString secondary = tr("A hot standby: its database is a read-only copy of the primary's "
                               "that follows every change. OpenELIS itself is stopped there and no "
                               "longer starts on its own; it starts when you execute a failover.");
        if (!state.previousDataDir.isEmpty())
            secondary += QLatin1Char(' ') + tr("Its previous database is kept in %1.").arg(state.previousDataDir);
        return secondary;
    }
    if (!secondaryTouched)
        return tr("Unchanged: OpenELIS and its database run as before.");
    if (replaced)
        return tr("Already a standby of the primary: its database is a copy that follows "
                  "the primary. Its previous database is kept in %1.")
            .arg(kept);
    return tr("Its database still serves its own previous data: the copy of the "
              "primary's database did not replace it (or the previous data was put "
              "back). The OpenELIS application containers may be stopped, and part "
              "of the install directory may already be copied from the primary.");
}

// What to do next; `appsStopped`: the secondary's OpenELIS may be stopped while its database
// is still its own (how to start it again is added).
QString ResultPage::nextWords(const Plan &plan, int flowOutcome, bool appsStopped)
{
    QString next;
    switch (static_cast<FlowOutcome>(flowOutcome)) {
    case FlowOutcome::Succeeded:
        next = tr("Nothing more to do now. Keep the report. Check the replication from time "
                  "to time with “Verify replication” (or oe-failover-cli verify), and practise "
                  "a failover on a quiet day.");
        break;
    case FlowOutcome::Failed:
        next = tr("Solve the problem described above (the details and the report say more), "
                  "then run the set-up again: each step is safe to repeat and only does what "
                  "is still missing.");
        break;
    case FlowOutcome::Cancelled:
        next = tr("Run the set-up again when you are ready: each step is safe to repeat.");
        break;
    }
    if (appsStopped) {
        const QString apps = plan.appContainers.join(QLatin1Char(' '));
        next += QLatin1Char(' ')
                + tr("If you do not want a standby after all, start OpenELIS on the secondary "
                     "again: sudo docker update --restart=always %1 && sudo docker start %1")
                      .arg(apps);
    }
    return next;
}

// The verification's outcome as the set-up recorded it.
QString ResultPage::verificationWords(const SetupState &state)
{
    const QJsonObject &v = state.verification;
    if (v.isEmpty())
        return tr("Replication was not verified: the set-up did not get that far.");
    if (v.value(QStringLiteral("roundTripOk")).toBool())
        return tr("Verified: the secondary streams from the primary through the slot "
                  "%1, and a test record written on the primary was readable on the "
                  "secondary after %2 ms.")
            .arg(state.slotName)
            .arg(v.value(QStringLiteral("roundTripMs")).toInteger());
    if (v.value(QStringLiteral("streaming")).toBool())
        return tr("Not verified: the secondary streams from the primary, but a test "
                  "record written on the primary did not reach it in time.");
    return tr("Not verified: the primary does not list the secondary as streaming.");
}

ResultPage::ResultPage(SetupWizard *wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("resultPage"));
    setFinalPage(true);
    m_icon = new IconLabel(40, this);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("resultHeadline"));
    m_headline->setWordWrap(true);
    QFont f = m_headline->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_headline->setFont(f);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("resultState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::RichText);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_state->setFocusPolicy(Qt::StrongFocus);
    m_verification = new QLabel(this);
    m_verification->setObjectName(QStringLiteral("resultVerification"));
    m_verification->setWordWrap(true);
    m_verification->setTextFormat(Qt::RichText);
    m_verification->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_panel = new ReportPanel(m_wizard, m_wizard->progressPage(), this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_headline, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_verification);
    layout->addSpacing(4);
    layout->addWidget(m_state);
    layout->addWidget(m_panel, 1);

    setTabOrder(m_state, m_panel->details());
    m_verification->setFocusPolicy(Qt::NoFocus);
    setTabOrder(m_panel->details(), m_panel->openReportButton());
    setTabOrder(m_panel->openReportButton(), m_panel->openFolderButton());
    setTabOrder(m_panel->openFolderButton(), m_panel->verifyButton());

    // The verification screen, with what the operator entered here (its own copy of the
    // secrets; this wizard's are zeroed when it closes).
    connect(m_panel->verifyButton(), &QPushButton::clicked, this, [this] {
        Secrets secrets = m_wizard->secrets();
        VerifyLaunchDialog::openScreen(m_wizard->plan(), secrets, m_wizard->hostKeyPolicy());
        secrets.clear();
    });
    retranslateUi();
}

void ResultPage::retranslateUi()
{
    setTitle(tr("Result"));
    m_panel->verifyButton()->setToolTip(tr("Open the verification screen: live replication state, lag and a "
                                           "write round trip."));
    if (m_wizard->currentPage() == this)
        initializePage();
}

QString ResultPage::headline() const
{
    return m_headline->text();
}

QString ResultPage::stateText() const
{
    return QTextDocumentFragment::fromHtml(m_state->text()).toPlainText();
}

QString ResultPage::verificationText() const
{
    return QTextDocumentFragment::fromHtml(m_verification->text()).toPlainText();
}

void ResultPage::initializePage()
{
    const ProgressPage *progress = m_wizard->progressPage();
    const Plan plan = m_wizard->plan();
    const int outcome = progress->outcome();
    const std::shared_ptr<SetupState> state = m_wizard->setupState();
    const SetupState empty;
    const StateWords words = describe(plan, state ? *state : empty, outcome, progress->completedSteps());
    const QString stopLabel = progress->stepLabels().value(progress->completedSteps());

    switch (static_cast<FlowOutcome>(outcome)) {
    case FlowOutcome::Succeeded:
        m_icon->setIcon(statusIcon(StatusIcon::Ok));
        setSubTitle(tr("The set-up is complete."));
        m_headline->setText(tr("%1 is now a hot standby of %2.")
                                .arg(plan.server(Role::Secondary).host, plan.server(Role::Primary).host));
        break;
    case FlowOutcome::Cancelled:
        m_icon->setIcon(statusIcon(StatusIcon::Warning));
        setSubTitle(tr("The set-up was cancelled."));
        m_headline->setText(
            stopLabel.isEmpty()
                ? tr("The set-up was cancelled. The servers were left in a safe state.")
                : tr("The set-up was cancelled at “%1”. The servers were left in a safe state.").arg(stopLabel));
        break;
    case FlowOutcome::Failed:
        m_icon->setIcon(statusIcon(StatusIcon::Error));
        setSubTitle(tr("The set-up did not complete."));
        m_headline->setText(stopLabel.isEmpty()
                                ? tr("The set-up failed: %1").arg(progress->failureMessage())
                                : tr("The set-up stopped at “%1”: %2").arg(stopLabel, progress->failureMessage()));
        break;
    }

    const auto section = [](const QString &heading, const QString &text) {
        return QStringLiteral("<p><b>%1</b><br>%2</p>").arg(heading.toHtmlEscaped(), text.toHtmlEscaped());
    };
    m_state->setText(section(tr("Primary %1").arg(plan.server(Role::Primary).host), words.primary)
                     + section(tr("Secondary %1").arg(plan.server(Role::Secondary).host), words.secondary)
                     + section(tr("What to do next"), words.next));
    m_verification->setText(section(tr("Replication check"), words.verification));

    m_panel->setDetails(progress->failureDetails());
    const QString dir = progress->reportDir();
    m_panel->setReport(dir, !dir.isEmpty() ? tr("The report (what was done, every step and its output, "
                                                "without passwords) is saved in %1.")
                                                 .arg(QDir::toNativeSeparators(dir))
                                           : tr("The report could not be saved: %1").arg(progress->reportError()));
    m_panel->verifyButton()->setVisible(static_cast<FlowOutcome>(outcome) == FlowOutcome::Succeeded);
}

} // namespace oef::ui
