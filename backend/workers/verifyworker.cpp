#include "backend/workers/verifyworker.h"
#include "backend/remote/serverpool.h"

namespace oef {

VerifyWorker::VerifyWorker(const Plan &plan, const Secrets &secrets, const HostKeyPolicy &policy, VerifyOptions options)
    : m_plan(plan), m_secrets(secrets), m_policy(policy), m_options(options)
{
    qRegisterMetaType<oef::VerifyMeasurement>();
}

VerifyWorker::~VerifyWorker()
{
    m_pool.reset();
    m_secrets.clear();
}

ServerPool &VerifyWorker::pool()
{
    if (!m_pool) {
        m_pool = std::make_unique<ServerPool>(m_plan, m_secrets, m_policy);
        m_pool->connectTimeout = std::chrono::seconds(8);
    }
    return *m_pool;
}

void VerifyWorker::measure(quint64 id, int parts)
{
    VerifyOptions options = m_options;
    options.parts = VerifyParts(parts);
    VerifyMeasurement m = oef::measure(pool(), options, &m_cancel);
    emit measured(id, m);
}

void VerifyWorker::trustHostKey(const QString &role, const QString &fingerprint)
{
    if (!m_plan.has(role))
        return;
    const ServerSpec &s = m_plan.server(role);
    m_policy.accepted.insert(QStringLiteral("%1:%2").arg(s.host).arg(s.sshPort), fingerprint);
    m_pool.reset(); // the next measurement connects with the new policy
}

void VerifyWorker::disconnectAll()
{
    if (m_pool)
        m_pool->disconnectAll();
}

} // namespace oef
