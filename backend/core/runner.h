#pragma once
// The flow runner: a QObject that lives on a worker thread (Qt's worker pattern) and reports
// through queued signals carrying values. The GUI and the CLI are two views of these signals.
#include "backend/core/step.h"
#include <QMutex>
#include <QObject>
#include <QThread>
#include <atomic>
#include <vector>

namespace oef {

enum class FlowOutcome { Succeeded, Failed, Cancelled };

struct StepTiming
{
    QString label;
    bool ok = false;
    bool ran = false;
    QString message;
    QString details;
    qint64 elapsedMs = 0;
};

class FlowRunner : public QObject
{
    Q_OBJECT
public:
    // The runner takes the flow. Plan/secrets/servers are borrowed and must outlive it;
    // they are used only on the runner's thread.
    explicit FlowRunner(Flow flow, QObject *parent = nullptr);
    ~FlowRunner() override;

    void setServices(const Plan *plan, Secrets *secrets, ServerPool *servers, Redactor *redactor);
    int stepCount() const;
    QStringList stepLabels() const;
    // Thread-safe: asks the running flow to stop at the next check point.
    void cancel();
    bool isCancelRequested() const { return m_cancel.load(); }

public slots:
    void run(); // runs the whole flow on the calling (worker) thread, then emits finished

signals:
    void stepStarted(int index, const QString &label, const QString &statusMessage);
    void stepFinished(int index, bool ok, const QString &message, qint64 elapsedMs);
    void progress(double fraction, const QString &message);             // weighted, 0..1
    void logLine(const QString &host, int stream, const QString &text); // stream: LogStream
    void failed(const QString &message, const QString &details);
    void finished(int outcome); // FlowOutcome

private:
    class Context;
    FlowOutcome runSteps(Context &context, std::vector<std::size_t> &ran);
    void undo(Context &context, const std::vector<std::size_t> &ran);
    bool isCommitted(const std::vector<std::size_t> &ran) const;
    void rollForward(Context &context);

    Flow m_flow;
    std::atomic_bool m_cancel{false};
    const Plan *m_plan = nullptr;
    Secrets *m_secrets = nullptr;
    ServerPool *m_servers = nullptr;
    Redactor *m_redactor = nullptr;
};

// Owns a worker thread running one FlowRunner. Destructor cancels, quits and waits.
// The thread ends when the flow has finished; the runner is then deleted (deleteLater on the
// thread's finished), after which runner() returns nullptr. Connect to the runner's signals
// before start().
class FlowThread : public QObject
{
    Q_OBJECT
public:
    explicit FlowThread(FlowRunner *runner, QObject *parent = nullptr); // takes the runner
    ~FlowThread() override;
    FlowRunner *runner() const;
    void start(); // queues runner->run() on the worker thread (once)
    void cancel();
    bool wait(unsigned long ms = ULONG_MAX); // until the flow has finished and the thread ended

private:
    QThread m_thread;
    mutable QMutex m_mutex; // guards m_runner against its deletion at the end of the thread
    FlowRunner *m_runner;
    bool m_started = false;
};

} // namespace oef
