#pragma once
// Watches every process on the machine (lab servers included: same PID namespace) while a test
// runs, and records any whose command line or environment contains one of the secrets.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QStringList>
#include <atomic>
#include <mutex>
#include <thread>

namespace oef::test {

class SecretWatch
{
public:
    explicit SecretWatch(QList<QByteArray> secrets) : m_secrets(std::move(secrets))
    {
        m_thread = std::thread([this] { loop(); });
    }
    ~SecretWatch() { stop(); }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    QStringList findings() const
    {
        std::lock_guard lock(m_mutex);
        return m_findings;
    }
    int samples() const { return m_samples; }

    // Any of the secrets in any file under dir (recursively)?
    QStringList scanFiles(const QString &dir) const
    {
        QStringList hits;
        const QStringList files = QDir(dir).entryList(QDir::Files | QDir::Hidden);
        for (const QString &f : files) {
            QFile file(dir + QLatin1Char('/') + f);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = file.readAll();
            for (const QByteArray &s : m_secrets)
                if (data.contains(s))
                    hits << file.fileName();
        }
        for (const QString &d : QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden))
            hits += scanFiles(dir + QLatin1Char('/') + d);
        return hits;
    }

private:
    void loop()
    {
        const QByteArray self = QByteArray::number(qint64(::getpid()));
        while (!m_stop) {
            const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
            for (const QString &pid : pids) {
                if (pid.isEmpty() || !pid[0].isDigit() || pid.toUtf8() == self)
                    continue;
                for (const char *what : {"cmdline", "environ"}) {
                    QFile f(QStringLiteral("/proc/%1/%2").arg(pid, QLatin1String(what)));
                    if (!f.open(QIODevice::ReadOnly))
                        continue;
                    const QByteArray data = f.readAll();
                    for (const QByteArray &s : m_secrets) {
                        if (!s.isEmpty() && data.contains(s)) {
                            std::lock_guard lock(m_mutex);
                            QByteArray cmd = data;
                            cmd.replace('\0', ' ');
                            m_findings << QStringLiteral("pid %1 %2: %3")
                                              .arg(pid, QLatin1String(what), QString::fromUtf8(cmd.left(200)));
                        }
                    }
                }
            }
            ++m_samples;
            std::this_thread::sleep_for(std::chrono::milliseconds(25));
        }
    }

    QList<QByteArray> m_secrets;
    std::thread m_thread;
    std::atomic_bool m_stop{false};
    std::atomic_int m_samples{0};
    mutable std::mutex m_mutex;
    QStringList m_findings;
};

} // namespace oef::test
