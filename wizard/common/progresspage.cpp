#include "wizard/common/progresspage.h"

#include "backend/core/runner.h"
#include "backend/remote/serverpool.h"
#include "wizard/widgets/flowfeed.h"
#include "wizard/widgets/icons.h"
#include "wizard/widgets/logview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>

namespace oef::ui {

namespace {

enum StepState { NotRun, Running, Done, Failed, Stopped };
enum Column { LabelColumn, StateColumn, TimeColumn };
constexpr int BarRange = 10000;

QString formatElapsed(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

// One run: its own copies of the plan and secrets, the pool its flow uses (sessions are made
// and closed on the worker thread), the report, and the thread. Members are destroyed in
// reverse order: the thread first (it cancels and waits), the secrets (zeroed) last.
struct ProgressPage::Run
{
    Plan plan;
    Secrets secrets;
    Redactor redactor;
    std::unique_ptr<ServerPool> pool;
    RunReport report;
    std::unique_ptr<FlowThread> thread;

    ~Run()
    {
        thread.reset();
        pool.reset();
        secrets.clear();
    }
};

ProgressPage::ProgressPage(QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("progressPage"));
    setCommitPage(true);

    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setColumnCount(3);
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setIconSize(QSize(18, 18));
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_steps->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setRange(0, BarRange);
    m_bar->setValue(0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusMessage"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(QStringLiteral("elapsed"));
    m_elapsed->setForegroundRole(QPalette::PlaceholderText);

    m_log = new LogView(this);
    m_log->setObjectName(QStringLiteral("log"));
    m_logLabel = new QLabel(this);
    m_logLabel->setBuddy(m_log);
    m_copyLog = new QPushButton(this);
    m_copyLog->setObjectName(QStringLiteral("copyLog"));
    connect(m_copyLog, &QPushButton::clicked, m_log, &LogView::copyAll);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_elapsed, 0, Qt::AlignTop);
    auto *logRow = new QHBoxLayout;
    logRow->addWidget(m_logLabel);
    logRow->addStretch();
    logRow->addWidget(m_copyLog);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addWidget(m_bar);
    layout->addLayout(statusRow);
    layout->addSpacing(6);
    layout->addLayout(logRow);
    layout->addWidget(m_log, 1);

    setTabOrder(m_steps, m_log);
    setTabOrder(m_log, m_copyLog);

    m_feed = new FlowFeed(this);
    connect(m_feed, &FlowFeed::arrived, this, &ProgressPage::onEvents);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &ProgressPage::tick);

    retranslateUi();
}

ProgressPage::~ProgressPage()
{
    if (m_writer)
        m_writer->wait(); // it uses the run's report
}

void ProgressPage::retranslateUi()
{
    m_steps->setHeaderLabels({tr("Step"), tr("Status"), tr("Time")});
    m_steps->setAccessibleName(tr("Steps"));
    m_bar->setAccessibleName(tr("Progress"));
    m_logLabel->setText(tr("&Log (what runs on each server):"));
    m_copyLog->setText(tr("&Copy log"));
    m_copyLog->setToolTip(tr("Copy the whole log to the clipboard."));
    setButtonText(QWizard::CommitButton, tr("&Next"));
}

void ProgressPage::setJob(FlowJob job)
{
    if (m_run)
        return;
    m_job = std::move(job);
    m_hasJob = true;
}

void ProgressPage::setConfirmCancel(std::function<bool(QWidget *)> ask)
{
    m_confirmCancel = std::move(ask);
}

const RunReport *ProgressPage::report() const
{
    // Not while the writer thread has it.
    return m_run && (!m_flowEnded || m_finished) ? &m_run->report : nullptr;
}

bool ProgressPage::isRunning() const
{
    return m_run && !m_flowEnded;
}

void ProgressPage::initializePage()
{
    start();
}

bool ProgressPage::isComplete() const
{
    return m_finished;
}

void ProgressPage::start()
{
    if (m_run || !m_hasJob || !m_job.makeFlow)
        return;
    m_run = std::make_unique<Run>();
    Run &run = *m_run;
    run.plan = m_job.plan;
    run.secrets = m_job.secrets;
    m_job.secrets.clear();
    run.redactor.addSecrets(run.secrets);
    run.report.setKind(m_job.kind);
    run.report.setPlan(run.plan);
    run.report.setRedactor(&run.redactor);
    run.report.addChecks(m_job.checks);
    // Made here, connects nothing yet: its sessions open on first use, on the worker thread,
    // and are closed there when the flow finishes.
    run.pool = std::make_unique<ServerPool>(run.plan, run.secrets, m_job.hostKeys);

    auto *runner = new FlowRunner(m_job.makeFlow());
    runner->setServices(&run.plan, &run.secrets, run.pool.get(), &run.redactor);
    m_labels = runner->stepLabels();
    run.report.setStepLabels(m_labels);
    ServerPool *pool = run.pool.get();
    connect(
        runner, &FlowRunner::finished, runner, [pool] { pool->disconnectAll(); }, Qt::DirectConnection);
    m_feed->attach(runner); // after the disconnect: "finished" arrives with sessions closed

    // Server colours in the log: the plan's roles in order.
    static const QColor roleColors[] = {QColor(0x1f, 0x6f, 0xb2), QColor(0x2e, 0x7d, 0x32), QColor(0x8e, 0x44, 0xad)};
    int colorIndex = 0;
    for (const QString &role : run.plan.roles())
        m_log->setHostColor(run.plan.server(role).host, roleColors[colorIndex++ % std::size(roleColors)]);

    m_steps->clear();
    for (const QString &label : std::as_const(m_labels)) {
        auto *item = new QTreeWidgetItem(m_steps, {label, QString(), QString()});
        item->setTextAlignment(TimeColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int i = 0; i < m_labels.size(); ++i)
        setStepState(i, NotRun);
    const int rows = std::max<int>(1, int(m_labels.size()));
    m_steps->doItemsLayout();
    const QRect first = m_steps->topLevelItemCount() > 0 ? m_steps->visualItemRect(m_steps->topLevelItem(0)) : QRect();
    const int rowHeight = std::max({first.height(), m_steps->sizeHintForRow(0), m_steps->iconSize().height() + 2});
    m_steps->setFixedHeight(m_steps->header()->sizeHint().height() + rows * rowHeight + 2 * m_steps->frameWidth() + 2);

    m_status->setText(tr("Starting…"));
    m_runTimer.start();
    m_ticker.start();
    tick();
    run.thread = std::make_unique<FlowThread>(runner);
    run.thread->start();
}

void ProgressPage::setStepState(int index, int state, qint64 elapsedMs)
{
    QTreeWidgetItem *item = m_steps->topLevelItem(index);
    if (!item)
        return;
    switch (state) {
    case NotRun:
        item->setIcon(LabelColumn, QIcon());
        item->setText(StateColumn, tr("Waiting"));
        break;
    case Running:
        item->setIcon(LabelColumn, statusIcon(StatusIcon::Running));
        item->setText(StateColumn, tr("Running"));
        m_steps->scrollToItem(item);
        break;
    case Done:
        item->setIcon(LabelColumn, statusIcon(StatusIcon::Ok));
        item->setText(StateColumn, tr("Done"));
        break;
    case Failed:
        item->setIcon(LabelColumn, statusIcon(StatusIcon::Error));
        item->setText(StateColumn, tr("Failed"));
        break;
    case Stopped:
        item->setIcon(LabelColumn, statusIcon(StatusIcon::Warning));
        item->setText(StateColumn, tr("Cancelled"));
        break;
    default: break;
    }
    item->setData(StateColumn, Qt::UserRole, state);
    for (int column = 0; column < 3; ++column) {
        QFont font = m_steps->font();
        font.setBold(state == Running);
        item->setFont(column, font);
    }
    if (elapsedMs >= 0)
        item->setText(TimeColumn, formatElapsed(elapsedMs));
    if (state == NotRun && m_flowEnded) {
        item->setIcon(LabelColumn, statusIcon(StatusIcon::Skipped));
        item->setText(StateColumn, tr("Not run"));
    }
}

void ProgressPage::onEvents(const QList<FlowEvent> &batch)
{
    if (!m_run)
        return;
    RunReport &report = m_run->report;
    using K = FlowEvent::Kind;
    for (const FlowEvent &e : batch) {
        switch (e.kind) {
        case K::StepStarted:
            m_current = e.index;
            m_stepTimer.start();
            setStepState(e.index, Running, 0);
            report.stepStarted(e.index, e.text);
            m_log->appendLine(QString(), LogStream::Info,
                              tr("Step %1 of %2: %3").arg(e.index + 1).arg(m_labels.size()).arg(e.text));
            if (!m_cancelling && !e.extra.isEmpty())
                m_status->setText(e.extra);
            break;
        case K::StepFinished:
            setStepState(e.index, e.ok ? Done : (m_cancelling ? Stopped : Failed), e.elapsedMs);
            report.stepFinished(e.index, e.ok, e.text, e.elapsedMs);
            if (e.ok)
                ++m_completed;
            if (!e.ok) {
                m_stoppedStep = e.index;
                if (!e.text.isEmpty())
                    m_log->appendLine(QString(), m_cancelling ? LogStream::Warning : LogStream::Error, e.text);
            }
            if (m_current == e.index)
                m_current = -1;
            break;
        case K::Progress:
            m_bar->setValue(int(e.fraction * BarRange));
            if (!m_cancelling && !e.text.isEmpty())
                m_status->setText(e.text);
            else if (m_cancelling && !e.text.isEmpty())
                m_status->setText(tr("Cancelling: %1").arg(e.text));
            break;
        case K::Log:
            m_log->appendLine(e.host, e.stream, e.text);
            report.logLine(e.host, e.stream, e.text);
            break;
        case K::Dropped: m_log->appendDropped(e.index); break;
        case K::Failed:
            m_failMessage = e.text;
            m_failDetails = e.extra;
            report.failed(e.text, e.extra);
            break;
        case K::Finished: onFinished(e.index); break;
        }
    }
}

void ProgressPage::onFinished(int outcome)
{
    m_flowEnded = true;
    m_outcome = outcome;
    m_ticker.stop();
    tick();
    Run &run = *m_run;
    run.report.finished(outcome);
    for (int i = 0; i < m_labels.size(); ++i) {
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        if (item && item->data(StateColumn, Qt::UserRole).toInt() == NotRun)
            setStepState(i, NotRun);
    }
    if (m_job.completeReport)
        m_job.completeReport(run.report, outcome);
    // The run is over: its copy of the secrets is no longer needed (the redactor keeps its own).
    run.secrets.clear();
    m_status->setText(tr("Saving the report…"));

    // Writing the report (redaction, HTML, files synced to disk) takes 100 ms or more: it is
    // done on a thread of its own, so the window never freezes. From here until
    // reportWritten() only that thread touches the report.
    const QString dir = m_job.reportDir.isEmpty() ? RunReport::defaultRunDir(RunReport::kindName(m_job.kind))
                                                  : m_job.reportDir;
    const RunReport *report = &run.report;
    m_writer.reset(QThread::create([this, report, dir] {
        QString error;
        const bool ok = report->writeTo(dir, &error);
        QMetaObject::invokeMethod(
            this, [this, ok, dir, error] { reportWritten(ok, dir, error); }, Qt::QueuedConnection);
    }));
    m_writer->setObjectName(QStringLiteral("oef-report-writer"));
    m_writer->start();
}

void ProgressPage::reportWritten(bool ok, const QString &dir, const QString &error)
{
    m_writer->wait();
    if (ok)
        m_reportDir = dir;
    else
        m_reportError = error;
    m_finished = true;
    switch (static_cast<FlowOutcome>(m_outcome)) {
    case FlowOutcome::Succeeded:
        m_bar->setValue(BarRange);
        m_status->setText(tr("Finished in %1. Click Next for the result.").arg(formatElapsed(m_runTimer.elapsed())));
        break;
    case FlowOutcome::Cancelled:
        m_status->setText(tr("Cancelled. The servers were left in a safe state. Click Next "
                             "for what this means."));
        break;
    case FlowOutcome::Failed:
        m_status->setText(tr("Stopped: %1 Click Next for what this means and what to do.").arg(m_failMessage));
        break;
    }
    emit completeChanged();
    emit runFinished(m_outcome);
}

void ProgressPage::tick()
{
    if (!m_runTimer.isValid())
        return;
    m_elapsed->setText(formatElapsed(m_runTimer.elapsed()));
    if (m_current >= 0 && !m_flowEnded) {
        if (QTreeWidgetItem *item = m_steps->topLevelItem(m_current))
            item->setText(TimeColumn, formatElapsed(m_stepTimer.elapsed()));
    }
}

void ProgressPage::cancel()
{
    if (!isRunning() || m_cancelling)
        return;
    m_cancelling = true;
    m_run->thread->cancel();
    m_status->setText(tr("Cancelling: putting back what the current step changed, so that the "
                         "servers stay safe…"));
    m_log->appendLine(QString(), LogStream::Warning, tr("Cancel requested by the operator."));
}

bool ProgressPage::confirmAndCancel()
{
    if (!isRunning() || m_cancelling)
        return true;
    bool yes = false;
    if (m_confirmCancel) {
        yes = m_confirmCancel(this);
    } else {
        QMessageBox box(QMessageBox::Question, tr("Stop now?"), tr("Stop at the next safe point?"),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("confirmCancelBox"));
        box.setInformativeText(tr("The work stops at the next safe point, and what the current step started is "
                                  "put back, so that both servers are left in a safe state. This can take a "
                                  "minute. You can run it again later."));
        QPushButton *stop = box.addButton(tr("&Stop"), QMessageBox::DestructiveRole);
        QPushButton *carryOn = box.addButton(tr("C&ontinue"), QMessageBox::RejectRole);
        box.setDefaultButton(carryOn);
        box.setEscapeButton(carryOn);
        box.exec();
        yes = box.clickedButton() == stop;
    }
    if (!yes || !isRunning())
        return !isRunning();
    cancel();
    return true;
}

} // namespace oef::ui
