#pragma once
// Watches, while a test runs, the processes that this test can cause: those inside the lab
// servers' network namespaces (sshd sessions, sudo, docker, the database) and this process's
// own descendants; records any whose command line or environment contains a secret.
// (tests/integration/secretwatch.h watches every process on the machine, which also catches
// other people's shells that exported the lab password themselves.)
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <mutex>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

namespace oef::test {

class LabSecretWatch
{
public:
    LabSecretWatch(QList<QByteArray> secrets, const QStringList &netnsNames) : m_secrets(std::move(secrets))
    {
        for (const QString &name : netnsNames) {
            struct stat st
            {};
            const QByteArray path = QFile::encodeName(QStringLiteral("/run/netns/") + name);
            if (::stat(path.constData(), &st) == 0)
                m_netns.insert(QStringLiteral("net:[%1]").arg(quint64(st.st_ino)));
        }
        m_thread = std::thread([this] { loop(); });
    }
    ~LabSecretWatch() { stop(); }
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
    int watchedNamespaces() const { return int(m_netns.size()); }

    // Any of the secrets in any file under dir (recursively)?
    QStringList scanFiles(const QString &dir) const
    {
        QStringList hits;
        const QStringList files = QDir(dir).entryList(QDir::Files | QDir::Hidden);
        for (const QString &name : files) {
            QFile file(dir + QLatin1Char('/') + name);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = file.readAll();
            for (const QByteArray &s : m_secrets)
                if (!s.isEmpty() && data.contains(s))
                    hits << file.fileName();
        }
        const QStringList dirs = QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
        for (const QString &d : dirs)
            hits += scanFiles(dir + QLatin1Char('/') + d);
        return hits;
    }

private:
    static qint64 parentOf(const QString &pid)
    {
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray data = f.readAll();
        const qsizetype close = data.lastIndexOf(')');
        const QList<QByteArray> fields = data.mid(close + 2).split(' ');
        return fields.value(1).toLongLong();
    }
    bool isOurs(const QString &pid) const
    {
        char link[128] = {};
        const QByteArray path = QFile::encodeName(QStringLiteral("/proc/%1/ns/net").arg(pid));
        const ssize_t n = ::readlink(path.constData(), link, sizeof link - 1);
        if (n > 0 && m_netns.contains(QString::fromLatin1(link, n)))
            return true;
        const qint64 self = ::getpid();
        qint64 p = pid.toLongLong();
        for (int depth = 0; depth < 64 && p > 1; ++depth) {
            p = parentOf(QString::number(p));
            if (p == self)
                return true;
        }
        return false;
    }
    void loop()
    {
        const QString self = QString::number(qint64(::getpid()));
        while (!m_stop) {
            const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
            for (const QString &pid : pids) {
                if (pid.isEmpty() || !pid[0].isDigit() || pid == self)
                    continue;
                for (const char *what : {"cmdline", "environ"}) {
                    QFile f(QStringLiteral("/proc/%1/%2").arg(pid, QLatin1String(what)));
                    if (!f.open(QIODevice::ReadOnly))
                        continue;
                    const QByteArray data = f.readAll();
                    for (const QByteArray &s : m_secrets) {
                        if (s.isEmpty() || !data.contains(s) || !isOurs(pid))
                            continue;
                        QByteArray cmd = data;
                        cmd.replace('\0', ' ');
                        std::lock_guard lock(m_mutex);
                        m_findings << QStringLiteral("pid %1 %2: %3")
                                          .arg(pid, QLatin1String(what), QString::fromUtf8(cmd.left(300)));
                    }
                }
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }

    QList<QByteArray> m_secrets;
    QSet<QString> m_netns;
    std::atomic_bool m_stop{false};
    std::thread m_thread;
    mutable std::mutex m_mutex;
    QStringList m_findings;
};

} // namespace oef::test
