#pragma once
// CPU time spent on a lab server, for the benches: its containers' cgroup (the lab starts each
// server's Docker engine with --cgroup-parent /oef-lab-<server>) plus everything else the
// server runs (sshd and the sessions it forks, dockerd, containerd, the shims, docker-proxy),
// which ServerCpu moves into a cgroup of its own, /oef-bench-<server>, in the cpuacct
// hierarchy (cgroup v1) or the unified one (v2). Processes forked later inherit it. Only the
// accounting changes; the lab keeps working the same.
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

namespace oef::bench {

class ServerCpu
{
public:
    // `server`: the lab's name (primary, secondary, spare). False when it cannot be measured.
    bool attach(const QString &server)
    {
        m_server = server;
        const QString v1 = QStringLiteral("/sys/fs/cgroup/cpuacct");
        m_root = QDir(v1).exists() ? v1 : QStringLiteral("/sys/fs/cgroup");
        m_v1 = m_root == v1;
        const QString own = m_root + QStringLiteral("/oef-bench-") + server;
        if (!QDir().mkpath(own))
            return false;
        const QString holder = readText(QStringLiteral("/var/lib/oef-lab/%1/holder.pid").arg(server)).trimmed();
        const QString ns = QFile::symLinkTarget(QStringLiteral("/proc/%1/ns/mnt").arg(holder));
        if (holder.isEmpty() || ns.isEmpty())
            return false;
        // Every process in the server's mount namespace that is not in a container's cgroup.
        for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            if (pid.toInt() <= 0 || QFile::symLinkTarget(QStringLiteral("/proc/%1/ns/mnt").arg(pid)) != ns)
                continue;
            if (readText(QStringLiteral("/proc/%1/cgroup").arg(pid)).contains(QStringLiteral("/oef-lab-")))
                continue;
            QFile procs(own + QStringLiteral("/cgroup.procs"));
            if (procs.open(QIODevice::WriteOnly))
                procs.write(pid.toLatin1());
        }
        return true;
    }

    // Nanoseconds of CPU used so far by the server (containers and the rest).
    qint64 usedNs() const
    {
        return usage(m_root + QStringLiteral("/oef-lab-") + m_server)
               + usage(m_root + QStringLiteral("/oef-bench-") + m_server);
    }

private:
    static QString readText(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()) : QString();
    }
    qint64 usage(const QString &group) const
    {
        if (m_v1)
            return readText(group + QStringLiteral("/cpuacct.usage")).trimmed().toLongLong();
        // v2: "usage_usec N" in cpu.stat.
        const QStringList lines = readText(group + QStringLiteral("/cpu.stat")).split(QLatin1Char('\n'));
        for (const QString &line : lines)
            if (line.startsWith(QLatin1String("usage_usec ")))
                return line.mid(11).toLongLong() * 1000;
        return 0;
    }

    QString m_server, m_root;
    bool m_v1 = true;
};

} // namespace oef::bench
