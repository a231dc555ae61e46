#include "backend/core/step.h"
#include "backend/core/plan.h"

#include <utility>

namespace oef {

QString logStreamName(LogStream stream)
{
    switch (stream) {
    case LogStream::Info: return QStringLiteral("info");
    case LogStream::Command: return QStringLiteral("command");
    case LogStream::StdOut: return QStringLiteral("stdout");
    case LogStream::StdErr: return QStringLiteral("stderr");
    case LogStream::Warning: return QStringLiteral("warning");
    case LogStream::Error: return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

QString StepContext::hostOf(const QString &role) const
{
    return plan && plan->has(role) ? plan->server(role).host : role;
}

LambdaStep::LambdaStep(QString label, double weight, RunFn run, CleanupFn cleanup, QString statusMessage)
    : m_label(std::move(label)),
      m_weight(weight),
      m_run(std::move(run)),
      m_cleanup(std::move(cleanup)),
      m_status(std::move(statusMessage))
{}

QString LambdaStep::statusMessage() const
{
    return m_status.isEmpty() ? m_label : m_status;
}

void LambdaStep::cleanup(StepContext &context)
{
    if (m_cleanup)
        m_cleanup(context);
}

void Flow::add(QString label, double weight, LambdaStep::RunFn run, LambdaStep::CleanupFn undo, QString statusMessage)
{
    steps.push_back(std::make_unique<LambdaStep>(std::move(label), weight, std::move(run), std::move(undo),
                                                 std::move(statusMessage)));
}

void Flow::addRollForward(QString label, LambdaStep::RunFn run)
{
    rollForwardSteps.push_back(std::make_unique<LambdaStep>(std::move(label), 0.0, std::move(run)));
}

} // namespace oef
