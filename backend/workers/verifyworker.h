#pragma once
// The verification worker (Qt's worker pattern): a QObject moved to a thread of its own, with
// its own ServerPool (its SSH sessions belong to that thread and stay open between
// measurements). Results leave as queued signals carrying values.
#include "backend/core/plan.h"
#include "backend/core/secrets.h"
#include "backend/remote/hostkeys.h"
#include "backend/verify/verify.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace oef {

class ServerPool;

class VerifyWorker : public QObject
{
    Q_OBJECT
public:
    // Copies the plan and the secrets (the copy is zeroed when the worker goes).
    VerifyWorker(const Plan &plan, const Secrets &secrets, const HostKeyPolicy &policy, VerifyOptions options = {});
    ~VerifyWorker() override;

    // Thread-safe: stops the running measurement at its next check point, and every later one.
    void cancel() { m_cancel = true; }

public slots:
    // On the worker thread: measures `parts` (VerifyParts) and emits measured(id, …).
    void measure(quint64 id, int parts);
    // On the worker thread: trust a new host key (its fingerprint, as shown to the operator)
    // for a role; later connections record it in known_hosts.
    void trustHostKey(const QString &role, const QString &fingerprint);
    // On the worker thread: closes the SSH sessions.
    void disconnectAll();

signals:
    void measured(quint64 id, const oef::VerifyMeasurement &measurement);

private:
    ServerPool &pool();

    Plan m_plan;
    Secrets m_secrets;
    HostKeyPolicy m_policy;
    VerifyOptions m_options;
    std::unique_ptr<ServerPool> m_pool; // made on the worker thread, on first use
    std::atomic_bool m_cancel{false};
};

} // namespace oef
