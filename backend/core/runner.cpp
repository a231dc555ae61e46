#include "backend/core/runner.h"

#include "backend/core/secrets.h"
#include "backend/core/tr.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QMutexLocker>

#include <algorithm>
#include <cmath>
#include <exception>

namespace oef {

// The StepContext handed to steps. Lives on the runner's thread for one run(). It also keeps
// the progress bookkeeping, so the runner's header holds nothing but the flow.
class FlowRunner::Context final : public StepContext
{
public:
    explicit Context(FlowRunner *runner) : m_runner(runner)
    {
        plan = runner->m_plan;
        secrets = runner->m_secrets;
        servers = runner->m_servers;
    }

    void log(const QString &host, LogStream stream, const QString &text) override
    {
        emit m_runner->logLine(redact(host), int(stream), redact(text));
    }

    void progress(double fractionOfStep, const QString &message) override
    {
        if (m_inCleanup) {
            // Undoing does not move the bar; only the message is passed on.
            if (!message.isEmpty())
                emitOverall(m_last, message);
            return;
        }
        if (!std::isfinite(fractionOfStep))
            fractionOfStep = 0.0;
        fractionOfStep = std::clamp(fractionOfStep, 0.0, 1.0);
        emitOverall((m_done + m_weight * fractionOfStep) / m_total, message.isEmpty() ? m_status : message);
    }

    bool isCancelled() const override { return m_flag->load(); }
    const std::atomic_bool &cancelFlag() const override { return *m_flag; }

    QString redact(const QString &text) const
    {
        return m_runner->m_redactor ? m_runner->m_redactor->redact(text) : text;
    }

    void setTotalWeight(double total) { m_total = total; }

    void beginStep(double weight, const QString &status)
    {
        m_weight = weight;
        m_status = status;
        emitOverall(m_done / m_total, status);
    }

    void endStep()
    {
        m_done += m_weight;
        m_weight = 0.0;
        emitOverall(m_done / m_total, m_status);
    }

    void finishAtOne(const QString &message)
    {
        m_last = 1.0;
        emit m_runner->progress(1.0, redact(message));
    }

    // From here on steps undo their work: they must not see the cancel request, or an SSH
    // read loop polling cancelFlag() would abandon the undo half-way.
    void enterCleanup()
    {
        m_inCleanup = true;
        m_flag = &m_neverCancelled;
    }

    // The point of no return runs to its end once started (a promotion half-asked is neither
    // undone nor done); the cancel is seen right after it, and the flow rolls forward.
    void shieldFromCancel(bool shielded)
    {
        if (!m_inCleanup)
            m_flag = shielded ? &m_neverCancelled : &m_runner->m_cancel;
    }

private:
    void emitOverall(double value, const QString &message)
    {
        value = std::clamp(value, 0.0, 1.0);
        m_last = std::max(m_last, value); // monotonic
        emit m_runner->progress(m_last, redact(message));
    }

    FlowRunner *m_runner;
    const std::atomic_bool *m_flag = &m_runner->m_cancel;
    std::atomic_bool m_neverCancelled{false};
    bool m_inCleanup = false;
    double m_total = 1.0;
    double m_done = 0.0;
    double m_weight = 0.0;
    double m_last = 0.0;
    QString m_status;
};

namespace {

StepResult runGuarded(Step &step, StepContext &context)
{
    try {
        return step.run(context);
    } catch (const std::exception &e) {
        return StepResult::error(Tr::tr("“%1” stopped on an internal error.").arg(step.label()),
                                 QString::fromLocal8Bit(e.what()));
    } catch (...) {
        return StepResult::error(Tr::tr("“%1” stopped on an internal error.").arg(step.label()),
                                 Tr::tr("Unknown exception."));
    }
}

} // namespace

FlowRunner::FlowRunner(Flow flow, QObject *parent) : QObject(parent), m_flow(std::move(flow))
{}

FlowRunner::~FlowRunner() = default;

void FlowRunner::setServices(const Plan *plan, Secrets *secrets, ServerPool *servers, Redactor *redactor)
{
    m_plan = plan;
    m_secrets = secrets;
    m_servers = servers;
    m_redactor = redactor;
}

int FlowRunner::stepCount() const
{
    return int(m_flow.steps.size());
}

QStringList FlowRunner::stepLabels() const
{
    QStringList labels;
    for (const auto &step : m_flow.steps)
        labels << step->label();
    return labels;
}

void FlowRunner::cancel()
{
    m_cancel.store(true);
}

namespace {

// The steps' weights, with unusable ones (negative, NaN) as 0; all 1 when none is usable.
std::vector<double> stepWeights(const Flow &flow, double *total)
{
    const std::size_t count = flow.steps.size();
    std::vector<double> weights(count, 0.0);
    *total = 0.0;
    for (std::size_t i = 0; i < count; ++i) {
        const double w = flow.steps[i]->weight();
        weights[i] = (std::isfinite(w) && w > 0.0) ? w : 0.0;
        *total += weights[i];
    }
    if (*total <= 0.0) {
        std::fill(weights.begin(), weights.end(), 1.0);
        *total = std::max<double>(1.0, double(count));
    }
    return weights;
}

} // namespace

FlowOutcome FlowRunner::runSteps(Context &context, std::vector<std::size_t> &ran)
{
    double total = 0.0;
    const std::vector<double> weights = stepWeights(m_flow, &total);
    context.setTotalWeight(total);
    for (std::size_t i = 0; i < m_flow.steps.size(); ++i) {
        if (m_cancel.load())
            return FlowOutcome::Cancelled;
        Step &step = *m_flow.steps[i];
        const QString status = step.statusMessage();
        emit stepStarted(int(i), context.redact(step.label()), context.redact(status));
        context.beginStep(weights[i], status);
        QElapsedTimer timer;
        timer.start();
        ran.push_back(i);
        const bool commit = int(i) == m_flow.commitStep;
        context.shieldFromCancel(commit);
        const StepResult result = runGuarded(step, context);
        context.shieldFromCancel(false);
        const qint64 elapsed = timer.elapsed();
        if (result.ok) {
            emit stepFinished(int(i), true, context.redact(result.message), elapsed);
            context.endStep();
            continue;
        }
        const QString message = result.message.isEmpty() ? Tr::tr("“%1” failed.").arg(step.label()) : result.message;
        emit stepFinished(int(i), false, context.redact(message), elapsed);
        if (m_cancel.load())
            return FlowOutcome::Cancelled;
        QString details = result.details;
        if (isCommitted(ran) && !m_flow.rollForwardAdvice.isEmpty())
            details += (details.isEmpty() ? QString() : QStringLiteral("\n\n")) + m_flow.rollForwardAdvice;
        emit failed(context.redact(message), context.redact(details));
        return FlowOutcome::Failed;
    }
    return FlowOutcome::Succeeded;
}

// After a failure or cancel: the steps that ran are undone in reverse order, then the flow's
// cleanup steps run. Nothing ran, nothing to undo: the cleanup steps are skipped too.
void FlowRunner::undo(Context &context, const std::vector<std::size_t> &ran)
{
    context.enterCleanup();
    if (ran.empty())
        return;
    const bool committed = isCommitted(ran);
    for (auto it = ran.rbegin(); it != ran.rend(); ++it) {
        Step &step = *m_flow.steps[*it];
        if (!step.hasCleanup() || (committed && int(*it) <= m_flow.commitStep))
            continue;
        context.log(QString(), LogStream::Info, Tr::tr("Undoing “%1”…").arg(step.label()));
        try {
            step.cleanup(context);
        } catch (const std::exception &e) {
            context.log(QString(), LogStream::Warning,
                        Tr::tr("Undoing “%1” stopped on an internal error: %2")
                            .arg(step.label(), QString::fromLocal8Bit(e.what())));
        } catch (...) {
            context.log(QString(), LogStream::Warning,
                        Tr::tr("Undoing “%1” stopped on an internal error.").arg(step.label()));
        }
    }
    if (committed)
        rollForward(context);
    for (const auto &cleanupStep : m_flow.cleanupSteps) {
        context.log(QString(), LogStream::Info, cleanupStep->statusMessage());
        const StepResult result = runGuarded(*cleanupStep, context);
        if (result.ok)
            continue;
        context.log(QString(), LogStream::Warning,
                    Tr::tr("Clean-up “%1” did not succeed: %2").arg(cleanupStep->label(), result.message));
        if (!result.details.isEmpty())
            context.log(QString(), LogStream::Warning, result.details);
    }
}

bool FlowRunner::isCommitted(const std::vector<std::size_t> &ran) const
{
    return m_flow.commitStep >= 0
           && std::any_of(ran.cbegin(), ran.cend(), [&](std::size_t i) { return int(i) >= m_flow.commitStep; });
}

// Past the point of no return: nothing before it is undone; the roll-forward steps run (each
// even when an earlier one failed) and the advice says what is left.
void FlowRunner::rollForward(Context &context)
{
    context.log(QString(), LogStream::Warning,
                Tr::tr("The point of no return was passed: nothing is undone, the run goes forward."));
    for (const auto &step : m_flow.rollForwardSteps) {
        context.log(QString(), LogStream::Info, step->label());
        const StepResult result = runGuarded(*step, context);
        if (result.ok)
            continue;
        context.log(QString(), LogStream::Warning,
                    Tr::tr("“%1” did not succeed: %2").arg(step->label(), result.message));
        if (!result.details.isEmpty())
            context.log(QString(), LogStream::Warning, result.details);
    }
    if (!m_flow.rollForwardAdvice.isEmpty())
        context.log(QString(), LogStream::Warning, m_flow.rollForwardAdvice);
}

void FlowRunner::run()
{
    Context context(this);
    std::vector<std::size_t> ran;
    const FlowOutcome outcome = runSteps(context, ran);
    if (outcome == FlowOutcome::Succeeded) {
        context.finishAtOne(Tr::tr("Finished."));
    } else {
        if (outcome == FlowOutcome::Cancelled)
            context.log(QString(), LogStream::Warning, Tr::tr("Cancelled by the operator."));
        undo(context, ran);
    }
    emit finished(int(outcome));
}

// ---- FlowThread ----

FlowThread::FlowThread(FlowRunner *runner, QObject *parent) : QObject(parent), m_runner(runner)
{
    Q_ASSERT(runner);
    m_thread.setObjectName(QStringLiteral("oef-flow"));
    m_runner->setParent(nullptr); // a QObject with a parent cannot change threads
    m_runner->moveToThread(&m_thread);
    // The flow's end ends the thread; the thread's end deletes the runner (worker pattern).
    connect(m_runner, &FlowRunner::finished, &m_thread, &QThread::quit, Qt::DirectConnection);
    connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    // Runs on the worker thread before the deferred delete is processed: from then on
    // nobody may touch the runner.
    connect(
        &m_thread, &QThread::finished, this,
        [this] {
            const QMutexLocker lock(&m_mutex);
            m_runner = nullptr;
        },
        Qt::DirectConnection);
}

FlowThread::~FlowThread()
{
    cancel();
    if (m_started) {
        m_thread.quit();
        m_thread.wait();
    } else {
        // The thread never ran, so nothing will delete the runner for us.
        const QMutexLocker lock(&m_mutex);
        delete m_runner;
        m_runner = nullptr;
    }
}

FlowRunner *FlowThread::runner() const
{
    const QMutexLocker lock(&m_mutex);
    return m_runner;
}

void FlowThread::start()
{
    if (m_started)
        return;
    m_started = true;
    m_thread.start();
    const QMutexLocker lock(&m_mutex);
    if (m_runner)
        QMetaObject::invokeMethod(m_runner, &FlowRunner::run, Qt::QueuedConnection);
}

void FlowThread::cancel()
{
    const QMutexLocker lock(&m_mutex);
    if (m_runner)
        m_runner->cancel();
}

bool FlowThread::wait(unsigned long ms)
{
    if (!m_started)
        return true;
    return m_thread.wait(ms);
}

} // namespace oef
