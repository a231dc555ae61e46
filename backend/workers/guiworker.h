#pragma once
// Background work for the wizards (DESIGN.md section 3, STYLE.md "Threads"): host key probes,
// recording a host key the operator accepted, and the set-up pre-checks. It all runs on one
// worker thread owned by GuiWorker (Qt's worker pattern). Every libssh session and every pool
// is created, used and destroyed on that thread; results come back as queued signals carrying
// values. No widgets here: the wizard is one view of these signals.
#include "backend/core/check.h"
#include "backend/core/plan.h"
#include "backend/core/secrets.h"
#include "backend/failover/failoverflow.h"
#include "backend/remote/hostkeys.h"

#include <QMetaType>
#include <QObject>
#include <QThread>

#include <atomic>
#include <chrono>
#include <map>
#include <memory>

namespace oef {

// What a host key probe (or a recording) found for one server.
struct HostKeyProbe
{
    QString role; // plan role ("primary")
    ServerSpec server;
    bool reached = false; // false: no SSH handshake (error says why)
    HostKeyInfo key;      // valid when reached
    QString error;        // translated, when !reached
    QString errorDetails;
};

namespace detail {
class GuiWorkerCore;
}

class GuiWorker : public QObject
{
    Q_OBJECT

public:
    using RequestId = quint64;

    explicit GuiWorker(QObject *parent = nullptr);
    // Cancels every request, quits the thread and waits for it.
    ~GuiWorker() override;

    // Connects to every server of the plan (TCP + SSH handshake, no login) and compares its
    // host key with the policy's known_hosts file. Accepts nothing, records nothing: the
    // policy's accepted fingerprints are ignored. One hostKeyProbed per server, in plan order,
    // then hostKeyProbesFinished.
    RequestId probeHostKeys(const Plan &plan, const HostKeyPolicy &policy);
    // Records a server's key in the policy's known_hosts file, only if the server still
    // presents exactly `fingerprint` ("SHA256:..."). Answers with hostKeyRecorded, whose key
    // state is Accepted (recorded), Known (already there) or anything else (not recorded).
    RequestId recordHostKey(const QString &role, const ServerSpec &server, const QString &fingerprint,
                            const HostKeyPolicy &policy);
    // runSetupChecks() with a pool of its own. One checkReported per check as it completes,
    // then checksFinished with all of them. Changes nothing on the servers.
    RequestId runSetupChecks(const Plan &plan, const Secrets &secrets, const HostKeyPolicy &policy);
    // probeFailover() for a failover plan, with a pool of its own. One checkReported per
    // check, then failoverProbed with the probe and every check. Changes nothing.
    RequestId probeFailover(const Plan &plan, const Secrets &secrets, const HostKeyPolicy &policy);
    // restartOldPrimary() (upstream's first remedy): answers with oldPrimaryRestarted.
    RequestId restartOldPrimary(const Plan &plan, const Secrets &secrets, const HostKeyPolicy &policy);

    // Asks a request to stop at its next check point (SSH read loops included).
    void cancel(RequestId request);
    void cancelAll();
    // Requests queued or running (answers not yet delivered).
    int pendingCount() const { return int(m_pending.size()); }

    // Connect timeout for every SSH connection the worker opens.
    void setConnectTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

signals:
    void hostKeyProbed(quint64 request, const oef::HostKeyProbe &probe);
    void hostKeyProbesFinished(quint64 request);
    void hostKeyRecorded(quint64 request, const oef::HostKeyProbe &result);
    void checkReported(quint64 request, const oef::CheckResult &check);
    void checksFinished(quint64 request, const oef::CheckList &checks, bool cancelled);
    void failoverProbed(quint64 request, const oef::FailoverProbe &probe, const oef::CheckList &checks, bool cancelled);
    void oldPrimaryRestarted(quint64 request, bool healthy, const QString &message);

private:
    std::shared_ptr<std::atomic_bool> track(RequestId id);
    // A new request: queues work(core, id, timeout, cancel flag) on the worker thread.
    template <typename Work> RequestId post(Work work);
    // A request that logs in with a pool of its own (checks, probe, restart).
    using PoolWork = void (detail::GuiWorkerCore::*)(quint64, const Plan &, const Secrets &, const HostKeyPolicy &,
                                                     std::chrono::milliseconds, const std::atomic_bool &);
    RequestId postPoolWork(PoolWork work, const Plan &plan, const Secrets &secrets, const HostKeyPolicy &policy);
    void forget(quint64 id);

    QThread m_thread;
    detail::GuiWorkerCore *m_core = nullptr; // lives on m_thread
    std::map<RequestId, std::shared_ptr<std::atomic_bool>> m_pending;
    RequestId m_nextId = 1;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(10)};
};

namespace detail {

// The worker-side object (lives on GuiWorker's thread). Its signals are relayed by GuiWorker.
class GuiWorkerCore : public QObject
{
    Q_OBJECT

public:
    void probe(quint64 id, const Plan &plan, HostKeyPolicy policy, std::chrono::milliseconds timeout,
               const std::atomic_bool &cancel);
    void record(quint64 id, const QString &role, const ServerSpec &server, const QString &fingerprint,
                HostKeyPolicy policy, std::chrono::milliseconds timeout, const std::atomic_bool &cancel);
    void checks(quint64 id, const Plan &plan, const Secrets &secrets, const HostKeyPolicy &policy,
                std::chrono::milliseconds timeout, const std::atomic_bool &cancel);
    void failoverProbe(quint64 id, const Plan &plan, const Secrets &secrets, const HostKeyPolicy &policy,
                       std::chrono::milliseconds timeout, const std::atomic_bool &cancel);
    void restartOld(quint64 id, const Plan &plan, const Secrets &secrets, const HostKeyPolicy &policy,
                    std::chrono::milliseconds timeout, const std::atomic_bool &cancel);

signals:
    void hostKeyProbed(quint64 request, const oef::HostKeyProbe &probe);
    void hostKeyProbesFinished(quint64 request);
    void hostKeyRecorded(quint64 request, const oef::HostKeyProbe &result);
    void checkReported(quint64 request, const oef::CheckResult &check);
    void checksFinished(quint64 request, const oef::CheckList &checks, bool cancelled);
    void failoverProbed(quint64 request, const oef::FailoverProbe &probe, const oef::CheckList &checks, bool cancelled);
    void oldPrimaryRestarted(quint64 request, bool healthy, const QString &message);
};

} // namespace detail

} // namespace oef

Q_DECLARE_METATYPE(oef::HostKeyProbe)
Q_DECLARE_METATYPE(oef::CheckResult)
Q_DECLARE_METATYPE(oef::FailoverProbe)
