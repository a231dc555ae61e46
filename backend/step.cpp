#include "step.h"

#include <utility>

namespace oef {

LambdaStep::LambdaStep(QString label, double weight, RunFn run, CleanupFn cleanup,
                       QString statusMessage)
    : m_label(std::move(label)),
      m_weight(weight),
      m_run(std::move(run)),
      m_cleanup(std::move(cleanup)),
      m_status(std::move(statusMessage))
{
}

QString LambdaStep::statusMessage() const
{
    return m_status.isEmpty() ? m_label : m_status;
}

void LambdaStep::cleanup(StepContext &context)
{
    if (m_cleanup)
        m_cleanup(context);
}

} // namespace oef
