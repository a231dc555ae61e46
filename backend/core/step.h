#pragma once
// Steps and flows (DESIGN.md section 3): a flow is an ordered list of steps. Each step has a
// label, a status message, a weight, run(context) -> ok | error(message, details), and an
// optional cleanup that runs (in reverse order) when a later step fails or the flow is
// cancelled. A flow may also carry cleanup steps that run after any failure.
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace oef {

class ServerPool;
class Redactor;
struct Plan;
class Secrets;

enum class LogStream { Info, Command, StdOut, StdErr, Warning, Error };
// "info", "command", "stdout", "stderr", "warning", "error" (reports and JSON lines).
QString logStreamName(LogStream stream);

struct [[nodiscard]] StepResult
{
    bool ok = true;
    QString message; // short, for the operator (translated)
    QString details; // command without secrets, exit code, end of stderr

    static StepResult success() { return {}; }
    static StepResult error(const QString &message, const QString &details = {}) { return {false, message, details}; }
};

// What a running step can use. Created by the runner on its worker thread.
class StepContext
{
public:
    virtual ~StepContext() = default;

    // Log a line attributed to a server ("" for the tool itself). Redacted before it leaves.
    virtual void log(const QString &host, LogStream stream, const QString &text) = 0;
    // Progress inside the current step, 0..1, with an optional status message.
    virtual void progress(double fractionOfStep, const QString &message = {}) = 0;
    virtual bool isCancelled() const = 0;
    // The flag itself, for code (SSH read loops) that polls it.
    virtual const std::atomic_bool &cancelFlag() const = 0;

    // The plan's address of a role's server (the role itself when the plan has no such role).
    QString hostOf(const QString &role) const;

    // Services for real steps; null in unit tests with fake steps.
    const Plan *plan = nullptr;
    Secrets *secrets = nullptr;
    ServerPool *servers = nullptr;
};

class Step
{
public:
    virtual ~Step() = default;
    virtual QString label() const = 0;                        // "Copy the install directory"
    virtual QString statusMessage() const { return label(); } // "Copying the install directory…"
    virtual double weight() const { return 1.0; }
    virtual StepResult run(StepContext &context) = 0;
    virtual bool hasCleanup() const { return false; }
    virtual void cleanup(StepContext &context) { Q_UNUSED(context); }
};

// A step made of lambdas, handy for flows and tests.
class LambdaStep : public Step
{
public:
    using RunFn = std::function<StepResult(StepContext &)>;
    using CleanupFn = std::function<void(StepContext &)>;
    LambdaStep(QString label, double weight, RunFn run, CleanupFn cleanup = {}, QString statusMessage = {});
    QString label() const override { return m_label; }
    QString statusMessage() const override;
    double weight() const override { return m_weight; }
    StepResult run(StepContext &context) override { return m_run(context); }
    bool hasCleanup() const override { return bool(m_cleanup); }
    void cleanup(StepContext &context) override;

private:
    QString m_label;
    double m_weight;
    RunFn m_run;
    CleanupFn m_cleanup;
    QString m_status;
};

struct Flow
{
    QString name;
    std::vector<std::unique_ptr<Step>> steps;
    std::vector<std::unique_ptr<Step>> cleanupSteps; // run after a failure or cancel

    // The point of no return (a failover's promotion): once the step at this index has started,
    // a later failure or cancel undoes none of the steps up to it (they took the old primary out
    // of service, and bringing it back could leave two primaries). The flow rolls forward
    // instead: the undo of later steps runs, then rollForwardSteps (finish fencing the old
    // primary, keep the new one serving), and rollForwardAdvice (what is left, and the command
    // that finishes it) ends the run's message. The step itself does not see a cancel: once
    // started it runs to its end. -1: no such point.
    int commitStep = -1;
    std::vector<std::unique_ptr<Step>> rollForwardSteps;
    QString rollForwardAdvice;

    // Appends a step made of functions: how flows are written, one line per step.
    void add(QString label, double weight, LambdaStep::RunFn run, LambdaStep::CleanupFn undo = {},
             QString statusMessage = {});
    // The next step added is the point of no return (see commitStep).
    void markCommitPoint() { commitStep = int(steps.size()); }
    void addRollForward(QString label, LambdaStep::RunFn run);
};

} // namespace oef
