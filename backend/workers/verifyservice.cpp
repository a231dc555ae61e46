#include "backend/workers/verifyservice.h"
#include "backend/workers/verifyworker.h"

#include <QMetaObject>

namespace oef {

VerifyService::VerifyService(const Plan &plan, const Secrets &secrets, const HostKeyPolicy &policy,
                             const VerifyOptions &options, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<oef::VerifyMeasurement>();
    qRegisterMetaType<oef::VerifyParts>();
    m_thread.setObjectName(QStringLiteral("oef-verify"));
    m_worker = new VerifyWorker(plan, secrets, policy, options);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &VerifyWorker::measured, this, &VerifyService::onMeasured, Qt::QueuedConnection);
    m_thread.start();
}

VerifyService::~VerifyService()
{
    stop();
}

void VerifyService::stop()
{
    if (!m_thread.isRunning())
        return;
    if (m_worker) {
        m_worker->cancel();
        // Queued after any running measurement: closes the sessions on their own thread.
        QMetaObject::invokeMethod(m_worker, &VerifyWorker::disconnectAll, Qt::QueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr; // deleted on its thread as it finished
    m_busy = false;
}

bool VerifyService::request(VerifyParts parts)
{
    if (m_busy || !m_worker || !m_thread.isRunning())
        return false;
    m_busy = true;
    m_running = ++m_next;
    const quint64 id = m_running;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, parts] { worker->measure(id, int(parts)); }, Qt::QueuedConnection);
    emit started(parts);
    return true;
}

void VerifyService::trustHostKey(const QString &role, const QString &fingerprint)
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, role, fingerprint] { worker->trustHostKey(role, fingerprint); },
        Qt::QueuedConnection);
}

void VerifyService::onMeasured(quint64 id, const VerifyMeasurement &measurement)
{
    if (id == m_running)
        m_busy = false;
    emit measured(measurement);
}

} // namespace oef
