#pragma once
// What the lab benchmarks (bench_relay, bench_setup, bench_failover) share: printing, the
// summary lines run-benchmarks.sh collects, the lab lock, local processes, commands on a lab
// server and the CLI's step timings.
#include "../tests/integration/clirunner.h"
#include "../tests/integration/labenv.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>

#include <climits>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace oef::bench {

inline QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// One line of the summary table that run-benchmarks.sh collects.
inline void summaryLine(const char *bench, const QString &figure, const QString &value, const QString &goal,
                        const QString &verdict)
{
    out() << "@@ " << bench << " | " << figure << " | " << value << " | " << goal << " | " << verdict << "\n"
          << Qt::flush;
}

inline QString num(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}
inline QString secs(qint64 ms)
{
    return num(ms / 1000.0) + QStringLiteral(" s");
}
inline QString met(bool yes)
{
    return yes ? QStringLiteral("met") : QStringLiteral("NOT met");
}

// run-benchmarks.sh takes the lab lock on descriptor 8 and keeps it for all benches; then
// LabEnv::load() (which opens the lock file anew) would wait for it forever. When descriptor 8
// is that lock file and holds the lock, use it (close-on-exec, so no child of ours inherits
// it), else take the lock through LabEnv::load().
inline bool loadLab(oef::test::LabEnv &env, QString *why)
{
    char path[PATH_MAX] = {};
    const ssize_t n = ::readlink("/proc/self/fd/8", path, sizeof path - 1);
    if (n > 0 && QByteArray(path, int(n)) == "/run/oef-lab-test.lock") {
        ::fcntl(8, F_SETFD, FD_CLOEXEC);
        if (::flock(8, LOCK_EX | LOCK_NB) == 0) {
            QByteArray text, err;
            if (env.lab({QStringLiteral("env")}, &text, &err) != 0) {
                *why = QString::fromUtf8(err).trimmed();
                return false;
            }
            env.vars = oef::test::parseShellAssignments(text);
            if (env.primary().isEmpty() || env.secondary().isEmpty() || env.password().isEmpty()) {
                *why = QStringLiteral("lab.sh env printed no addresses");
                return false;
            }
            return true;
        }
    }
    return env.load(why);
}

struct Proc
{
    int rc = -1;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
};

inline Proc runLocal(const QString &program, const QStringList &args, const QProcessEnvironment &penv = {},
                     const QByteArray &input = {}, int timeoutMs = 3600000)
{
    Proc r;
    QProcess p;
    if (!penv.isEmpty())
        p.setProcessEnvironment(penv);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForStarted())
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.ms = t.elapsed();
    r.rc = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// `lab.sh exec HOST sh -c SCRIPT` (stdin optional), reporting failures.
inline QString labExec(const oef::test::LabEnv &env, const QString &host, const QString &script, bool *ok = nullptr,
                       const QByteArray &input = {}, int timeoutMs = 3600000)
{
    QByteArray o, e;
    const int rc = env.lab({QStringLiteral("exec"), host, QStringLiteral("sh"), QStringLiteral("-c"), script}, &o, &e,
                           input, timeoutMs);
    if (ok)
        *ok = rc == 0;
    if (rc != 0)
        out() << "  ! on " << host << ": `" << script.left(200) << "` exited " << rc << ": "
              << QString::fromUtf8(e).trimmed().right(1000) << "\n";
    return QString::fromUtf8(o).trimmed();
}

// The CLI's finished steps with their times.
inline void printSteps(const oef::test::CliRun &r)
{
    for (const QJsonObject &s : r.ofType(QStringLiteral("step"))) {
        if (s.value(QStringLiteral("state")).toString() == QLatin1String("started"))
            continue;
        out() << "      step " << s.value(QStringLiteral("index")).toInt() << " "
              << s.value(QStringLiteral("label")).toString() << ": "
              << secs(s.value(QStringLiteral("elapsedMs")).toInteger())
              << (s.value(QStringLiteral("state")).toString() == QLatin1String("failed") ? QStringLiteral(" FAILED")
                                                                                         : QString())
              << "\n";
    }
}

// True (and says why) when a CLI run failed.
inline bool cliFailed(const oef::test::CliRun &r, const char *what)
{
    if (r.exitCode == 0)
        return false;
    out() << "  ! " << what << " exited " << r.exitCode << ": "
          << r.result().value(QStringLiteral("message")).toString() << "\n"
          << QString::fromUtf8(r.out.right(3000)) << QString::fromUtf8(r.err.right(2000)) << "\n";
    return true;
}

} // namespace oef::bench
