#pragma once
// Owns the verification worker's thread for a screen (or any caller with an event loop):
// request() queues a measurement on the worker and returns at once; measured() arrives on the
// owner's thread. At most one measurement runs at a time: a request while one runs is refused
// (the caller skips that refresh), so refreshes never pile up. The destructor cancels, quits
// and waits.
#include "backend/core/plan.h"
#include "backend/core/secrets.h"
#include "backend/remote/hostkeys.h"
#include "backend/verify/verify.h"

#include <QObject>
#include <QThread>

namespace oef {

class VerifyWorker;

class VerifyService : public QObject
{
    Q_OBJECT
public:
    VerifyService(const Plan &plan, const Secrets &secrets, const HostKeyPolicy &policy,
                  const VerifyOptions &options = {}, QObject *parent = nullptr);
    ~VerifyService() override;

    bool isBusy() const { return m_busy; }
    // Starts a measurement unless one is running; returns whether it started.
    bool request(VerifyParts parts);
    // Trust a new host key for a role (after the operator compared its fingerprint).
    void trustHostKey(const QString &role, const QString &fingerprint);
    // Cancels the running measurement and stops the thread (also done by the destructor).
    void stop();

signals:
    void started(oef::VerifyParts parts);
    void measured(const oef::VerifyMeasurement &measurement);

private:
    void onMeasured(quint64 id, const oef::VerifyMeasurement &measurement);

    QThread m_thread;
    VerifyWorker *m_worker = nullptr; // lives on m_thread, deleted when it finishes
    bool m_busy = false;
    quint64 m_next = 0;
    quint64 m_running = 0;
};

} // namespace oef
