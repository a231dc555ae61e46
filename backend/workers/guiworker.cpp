#include "backend/workers/guiworker.h"

#include "backend/core/tr.h"
#include "backend/failover/failoverflow.h"
#include "backend/remote/serverpool.h"
#include "backend/remote/sshsession.h"
#include "backend/setup/setupflow.h"

#include <QMetaObject>

namespace oef {

namespace {

// The host key of one server, over a session that lives only inside this function (and so
// only on the calling thread).
HostKeyProbe probeOne(const QString &role, const ServerSpec &server, const HostKeyPolicy &policy,
                      std::chrono::milliseconds timeout, const std::atomic_bool &cancel)
{
    HostKeyProbe probe;
    probe.role = role;
    probe.server = server;
    SshSession session;
    if (!session.openTransport(server, timeout, &cancel)) {
        probe.error = session.lastError().message;
        probe.errorDetails = session.lastError().details;
        return probe;
    }
    probe.reached = true;
    probe.key = session.checkHostKey(policy);
    return probe;
}

} // namespace

// ---- worker side ----

namespace detail {

void GuiWorkerCore::probe(quint64 id, const Plan &plan, HostKeyPolicy policy, std::chrono::milliseconds timeout,
                          const std::atomic_bool &cancel)
{
    policy.accepted.clear(); // a probe never accepts (and so never records) a key
    for (const QString &role : plan.roles()) {
        if (cancel.load())
            break;
        emit hostKeyProbed(id, probeOne(role, plan.server(role), policy, timeout, cancel));
    }
    emit hostKeyProbesFinished(id);
}

void GuiWorkerCore::record(quint64 id, const QString &role, const ServerSpec &server, const QString &fingerprint,
                           HostKeyPolicy policy, std::chrono::milliseconds timeout, const std::atomic_bool &cancel)
{
    // Only this server, only this fingerprint: SshSession records the key when it matches.
    policy.accepted.clear();
    policy.accepted.insert(QStringLiteral("%1:%2").arg(server.host).arg(server.sshPort), fingerprint);
    emit hostKeyRecorded(id, probeOne(role, server, policy, timeout, cancel));
}

void GuiWorkerCore::checks(quint64 id, const Plan &plan, const Secrets &secrets, const HostKeyPolicy &policy,
                           std::chrono::milliseconds timeout, const std::atomic_bool &cancel)
{
    CheckList all;
    {
        // Made, used and destroyed here, on the worker thread.
        ServerPool pool(plan, secrets, policy);
        pool.connectTimeout = timeout;
        all = oef::runSetupChecks(
            pool, [&](const CheckResult &check) { emit checkReported(id, check); }, &cancel);
    }
    emit checksFinished(id, all, cancel.load());
}

void GuiWorkerCore::failoverProbe(quint64 id, const Plan &plan, const Secrets &secrets, const HostKeyPolicy &policy,
                                  std::chrono::milliseconds timeout, const std::atomic_bool &cancel)
{
    CheckList all;
    FailoverProbe probe;
    {
        ServerPool pool(plan, secrets, policy);
        pool.connectTimeout = timeout;
        probe = oef::probeFailover(
            pool, [&](const CheckResult &check) { emit checkReported(id, check); }, &all, &cancel);
    }
    emit failoverProbed(id, probe, all, cancel.load());
}

void GuiWorkerCore::restartOld(quint64 id, const Plan &plan, const Secrets &secrets, const HostKeyPolicy &policy,
                               std::chrono::milliseconds timeout, const std::atomic_bool &cancel)
{
    QString message;
    bool healthy = false;
    {
        ServerPool pool(plan, secrets, policy);
        pool.connectTimeout = timeout;
        healthy = oef::restartOldPrimary(pool, &message, &cancel);
    }
    emit oldPrimaryRestarted(id, healthy, message);
}

} // namespace detail

// ---- owner side ----

GuiWorker::GuiWorker(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<oef::HostKeyProbe>();
    qRegisterMetaType<oef::CheckResult>();
    qRegisterMetaType<oef::CheckList>();
    qRegisterMetaType<oef::FailoverProbe>();

    m_thread.setObjectName(QStringLiteral("oef-gui-worker"));
    m_core = new detail::GuiWorkerCore;
    m_core->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_core, &QObject::deleteLater);

    // The core emits on the worker thread; these connections queue to this object's thread.
    connect(m_core, &detail::GuiWorkerCore::hostKeyProbed, this, &GuiWorker::hostKeyProbed);
    connect(m_core, &detail::GuiWorkerCore::hostKeyProbesFinished, this, [this](quint64 id) {
        forget(id);
        emit hostKeyProbesFinished(id);
    });
    connect(m_core, &detail::GuiWorkerCore::hostKeyRecorded, this, [this](quint64 id, const HostKeyProbe &result) {
        forget(id);
        emit hostKeyRecorded(id, result);
    });
    connect(m_core, &detail::GuiWorkerCore::checkReported, this, &GuiWorker::checkReported);
    connect(m_core, &detail::GuiWorkerCore::checksFinished, this,
            [this](quint64 id, const CheckList &checks, bool cancelled) {
                forget(id);
                emit checksFinished(id, checks, cancelled);
            });
    connect(m_core, &detail::GuiWorkerCore::failoverProbed, this,
            [this](quint64 id, const FailoverProbe &probe, const CheckList &checks, bool cancelled) {
                forget(id);
                emit failoverProbed(id, probe, checks, cancelled);
            });
    connect(m_core, &detail::GuiWorkerCore::oldPrimaryRestarted, this,
            [this](quint64 id, bool healthy, const QString &message) {
                forget(id);
                emit oldPrimaryRestarted(id, healthy, message);
            });
    m_thread.start();
}

GuiWorker::~GuiWorker()
{
    cancelAll();
    m_thread.quit();
    m_thread.wait();
}

std::shared_ptr<std::atomic_bool> GuiWorker::track(RequestId id)
{
    auto flag = std::make_shared<std::atomic_bool>(false);
    m_pending.emplace(id, flag);
    return flag;
}

void GuiWorker::forget(quint64 id)
{
    m_pending.erase(id);
}

template <typename Work> GuiWorker::RequestId GuiWorker::post(Work work)
{
    const RequestId id = m_nextId++;
    auto cancel = track(id);
    detail::GuiWorkerCore *core = m_core;
    const auto timeout = m_timeout;
    QMetaObject::invokeMethod(
        core, [core, id, timeout, cancel, work = std::move(work)] { work(*core, id, timeout, *cancel); },
        Qt::QueuedConnection);
    return id;
}

GuiWorker::RequestId GuiWorker::probeHostKeys(const Plan &plan, const HostKeyPolicy &policy)
{
    return post([plan, policy](detail::GuiWorkerCore &core, quint64 id, std::chrono::milliseconds timeout,
                               const std::atomic_bool &cancel) { core.probe(id, plan, policy, timeout, cancel); });
}

GuiWorker::RequestId GuiWorker::recordHostKey(const QString &role, const ServerSpec &server, const QString &fingerprint,
                                              const HostKeyPolicy &policy)
{
    return post([role, server, fingerprint, policy](detail::GuiWorkerCore &core, quint64 id,
                                                    std::chrono::milliseconds timeout, const std::atomic_bool &cancel) {
        core.record(id, role, server, fingerprint, policy, timeout, cancel);
    });
}

GuiWorker::RequestId GuiWorker::postPoolWork(PoolWork work, const Plan &plan, const Secrets &secrets,
                                             const HostKeyPolicy &policy)
{
    // The lambda holds its own copy of the secrets; each copy zeroes itself when the queued
    // call is destroyed (SecretString).
    return post([work, plan, secrets, policy](detail::GuiWorkerCore &core, quint64 id,
                                              std::chrono::milliseconds timeout, const std::atomic_bool &cancel) {
        (core.*work)(id, plan, secrets, policy, timeout, cancel);
    });
}

GuiWorker::RequestId GuiWorker::runSetupChecks(const Plan &plan, const Secrets &secrets, const HostKeyPolicy &policy)
{
    return postPoolWork(&detail::GuiWorkerCore::checks, plan, secrets, policy);
}

GuiWorker::RequestId GuiWorker::probeFailover(const Plan &plan, const Secrets &secrets, const HostKeyPolicy &policy)
{
    return postPoolWork(&detail::GuiWorkerCore::failoverProbe, plan, secrets, policy);
}

GuiWorker::RequestId GuiWorker::restartOldPrimary(const Plan &plan, const Secrets &secrets, const HostKeyPolicy &policy)
{
    return postPoolWork(&detail::GuiWorkerCore::restartOld, plan, secrets, policy);
}

void GuiWorker::cancel(RequestId request)
{
    const auto it = m_pending.find(request);
    if (it != m_pending.end())
        it->second->store(true);
}

void GuiWorker::cancelAll()
{
    for (auto &entry : m_pending)
        entry.second->store(true);
}

} // namespace oef
