#pragma once
// Runs a real flow on its worker thread against the lab and records what it reported.
#include "backend/core/plan.h"
#include "backend/core/runner.h"
#include "backend/core/secrets.h"
#include "backend/remote/serverpool.h"
#include "labenv.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>
#include <functional>

namespace oef::test {

struct FlowRun
{
    int outcome = -1;    // FlowOutcome
    QStringList started; // labels
    QList<bool> finishedOk;
    QString failure;
    QString failureDetails;
    QStringList log;
    QList<double> progress;
    qint64 elapsedMs = 0;
    bool succeeded() const { return outcome == int(FlowOutcome::Succeeded); }
};

// The setup plan for the lab's primary and secondary (or another pair).
inline Plan labPlan(const LabEnv &env, const QString &primary, const QString &secondary)
{
    Plan p;
    p.kind = Plan::Kind::Setup;
    ServerSpec a;
    a.host = primary;
    a.user = env.user();
    ServerSpec b = a;
    b.host = secondary;
    p.servers.insert(Role::Primary, a);
    p.servers.insert(Role::Secondary, b);
    return p;
}

inline Secrets labSecrets(const LabEnv &env, const QStringList &roles)
{
    Secrets s;
    for (const QString &r : roles)
        s.forRole(r).password = SecretString(env.password());
    return s;
}

// Runs `flow`. cancelAtStep >= 0 cancels `cancelDelayMs` after that step started.
// onStepStarted runs on the test thread when a step starts (for fault injection).
inline FlowRun runFlow(Flow flow, const Plan &plan, Secrets &secrets, const HostKeyPolicy &policy,
                       int cancelAtStep = -1, int cancelDelayMs = 0, std::function<void(int)> onStepStarted = {},
                       int timeoutMs = 900000)
{
    FlowRun run;
    ServerPool pool(plan, secrets, policy);
    Redactor redactor;
    redactor.addSecrets(secrets);
    auto *runner = new FlowRunner(std::move(flow));
    runner->setServices(&plan, &secrets, &pool, &redactor);
    FlowThread thread(runner);
    QEventLoop loop;
    QObject ctx;
    QObject::connect(runner, &FlowRunner::stepStarted, &ctx, [&](int i, const QString &label, const QString &) {
        run.started << label;
        if (onStepStarted)
            onStepStarted(i);
        if (i == cancelAtStep)
            QTimer::singleShot(cancelDelayMs, &ctx, [&] { thread.cancel(); });
    });
    QObject::connect(runner, &FlowRunner::stepFinished, &ctx,
                     [&](int, bool ok, const QString &, qint64) { run.finishedOk << ok; });
    QObject::connect(runner, &FlowRunner::progress, &ctx, [&](double f, const QString &) { run.progress << f; });
    QObject::connect(runner, &FlowRunner::logLine, &ctx, [&](const QString &host, int, const QString &text) {
        run.log << host + QStringLiteral(": ") + text;
    });
    QObject::connect(runner, &FlowRunner::failed, &ctx, [&](const QString &m, const QString &d) {
        run.failure = m;
        run.failureDetails = d;
    });
    QObject::connect(runner, &FlowRunner::finished, &ctx, [&](int outcome) {
        run.outcome = outcome;
        loop.quit();
    });
    QElapsedTimer t;
    t.start();
    QTimer::singleShot(timeoutMs, &loop, [&] { thread.cancel(); });
    thread.start();
    loop.exec();
    thread.wait();
    run.elapsedMs = t.elapsed();
    return run;
}

// The step at `index` does its work, then reports a failure (fault injection: the worst moment,
// when whatever it changed is in place).
class FailingAfter : public Step
{
public:
    explicit FailingAfter(std::unique_ptr<Step> inner) : m_inner(std::move(inner)) {}
    QString label() const override { return m_inner->label(); }
    QString statusMessage() const override { return m_inner->statusMessage(); }
    double weight() const override { return m_inner->weight(); }
    StepResult run(StepContext &c) override
    {
        StepResult r = m_inner->run(c);
        return r.ok ? StepResult::error(QStringLiteral("A failure forced by the test after \"%1\".").arg(label())) : r;
    }
    bool hasCleanup() const override { return m_inner->hasCleanup(); }
    void cleanup(StepContext &c) override { m_inner->cleanup(c); }

private:
    std::unique_ptr<Step> m_inner;
};

inline void failAfterStep(Flow &flow, int index)
{
    flow.steps[size_t(index)] = std::make_unique<FailingAfter>(std::move(flow.steps[size_t(index)]));
}

inline QString describe(const FlowRun &r)
{
    return QStringLiteral("outcome %1: %2\n%3\nlast log:\n%4")
        .arg(r.outcome)
        .arg(r.failure, r.failureDetails, r.log.mid(std::max<qsizetype>(0, r.log.size() - 25)).join(QLatin1Char('\n')));
}

} // namespace oef::test
