#pragma once
// The run page shared by the wizards (set-up now, failover later): the steps with status icons
// and elapsed time, a weighted progress bar with the current status message, the live log, and
// Cancel with confirmation. It runs one flow on a worker thread (FlowThread) with a pool of its
// own, feeds and writes the run report, and says how it ended. It is a commit page: no Back.
#include "backend/core/check.h"
#include "backend/core/plan.h"
#include "backend/core/secrets.h"
#include "backend/core/step.h"
#include "backend/remote/hostkeys.h"
#include "backend/report/runreport.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>
#include <QWizardPage>

#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QThread;
class QPushButton;
class QTreeWidget;

namespace oef::ui {

class FlowFeed;
class LogView;
struct FlowEvent;

// Everything one run needs. The page keeps its own copies (the secrets are zeroed when the
// run is over or the page goes).
struct FlowJob
{
    RunReport::Kind kind = RunReport::Kind::Setup;
    std::function<Flow()> makeFlow; // called on the GUI thread when the run starts
    Plan plan;
    Secrets secrets;
    HostKeyPolicy hostKeys;
    CheckList checks; // the pre-checks, for the report
    // Called after the flow finished, before the report is written (setExtra, setStateNote).
    std::function<void(RunReport &report, int flowOutcome)> completeReport;
    QString reportDir; // empty: RunReport::defaultRunDir(kind)
};

class ProgressPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ProgressPage(QWidget *parent = nullptr);
    ~ProgressPage() override;

    // The run to make when the page is shown. Replaces any earlier job that has not started.
    void setJob(FlowJob job);

    // Starts the job (initializePage() does it when the wizard shows the page).
    void start();
    bool isRunning() const;
    // The flow has ended and its report is written.
    bool hasFinished() const { return m_finished; }
    bool isCancelling() const { return m_cancelling; }

    // Asks whether to stop; if yes, cancels (the flow puts things back, then finishes).
    // Returns true when a cancel is now under way (or the run is already over).
    bool confirmAndCancel();
    void cancel(); // without asking

    // How it ended (valid once hasFinished()).
    int outcome() const { return m_outcome; } // FlowOutcome
    QString failureMessage() const { return m_failMessage; }
    QString failureDetails() const { return m_failDetails; }
    int stoppedStep() const { return m_stoppedStep; }  // 0-based, -1: none
    int completedSteps() const { return m_completed; } // finished ok, in order
    QStringList stepLabels() const { return m_labels; }
    QString reportDir() const { return m_reportDir; }
    QString reportError() const { return m_reportError; }
    const RunReport *report() const;

    // For tests and embedding: the confirmation question (default: a QMessageBox).
    void setConfirmCancel(std::function<bool(QWidget *parent)> ask);
    LogView *logView() const { return m_log; }

    void initializePage() override;
    bool isComplete() const override;

signals:
    void runFinished(int outcome);

private:
    struct Run;

    void onEvents(const QList<FlowEvent> &batch);
    void onFinished(int outcome);
    void reportWritten(bool ok, const QString &dir, const QString &error);
    void setStepState(int index, int state, qint64 elapsedMs = -1);
    void tick();
    void retranslateUi();

    FlowJob m_job;
    bool m_hasJob = false;
    std::unique_ptr<Run> m_run;
    QStringList m_labels;
    int m_current = -1;
    QElapsedTimer m_stepTimer;
    QElapsedTimer m_runTimer;
    QTimer m_ticker;
    bool m_flowEnded = false;
    bool m_finished = false;
    std::unique_ptr<QThread> m_writer;
    bool m_cancelling = false;
    int m_outcome = -1;
    int m_stoppedStep = -1;
    int m_completed = 0;
    QString m_failMessage;
    QString m_failDetails;
    QString m_reportDir;
    QString m_reportError;
    std::function<bool(QWidget *)> m_confirmCancel;

    QTreeWidget *m_steps = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_logLabel = nullptr;
    LogView *m_log = nullptr;
    QPushButton *m_copyLog = nullptr;
    FlowFeed *m_feed = nullptr;
};

} // namespace oef::ui
