// bench_verify: figures for the verification (DESIGN.md section 6), against the lab.
//  1. One full `oe-failover-cli verify` (SSH logins, both databases, drift, certificates):
//     wall time of the command, and of measure() in this process. Goal: under 0.5 s.
//  0. One refresh of the verification screen (replication only, sessions kept open, as the
//     screen's worker does every 2 s): wall time and CPU time spent on the two servers (their
//     processes and containers, ServerCpu). Goals: under 50 ms and under 10 ms of server CPU.
//  2. The verification screen refreshing every 2 seconds for a minute (offscreen), with the
//     write test and a full refresh (drift, certificates) in it: the GUI thread's longest
//     event-loop stall, measured by a 5 ms timer. Goal: under 50 ms.
// Needs the lab (tests/lab/lab.sh up); sets up replication first when the pair does not
// stream. OEF_BENCH_SECONDS shortens part 2; OEF_BENCH_RUNS sets the runs of part 1.
#include "../tests/integration/clirunner.h"
#include "../tests/integration/flowharness.h"
#include "../tests/integration/labenv.h"
#include "servercpu.h"
#include "backend/remote/serverpool.h"
#include "backend/setup/setupflow.h"
#include "backend/verify/verify.h"
#include "backend/verify/verifyverdict.h"
#include "wizard/verify/verifyscreen.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace oef;
using namespace oef::test;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

struct Stats
{
    QList<qint64> values;
    qint64 min() const { return *std::min_element(values.begin(), values.end()); }
    qint64 max() const { return *std::max_element(values.begin(), values.end()); }
    qint64 median() const
    {
        QList<qint64> v = values;
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    }
    QString text() const
    {
        return QStringLiteral("min %1 ms, median %2 ms, max %3 ms (%4 runs)")
            .arg(min())
            .arg(median())
            .arg(max())
            .arg(values.size());
    }
};

bool streaming(const LabEnv &env)
{
    return env.psql(QStringLiteral("secondary"),
                    QStringLiteral("SELECT status || ' ' || sender_host FROM pg_stat_wal_receiver"))
           == QStringLiteral("streaming ") + env.primary();
}

// Twenty refreshes (replication only, sessions kept open) with the database asked one way.
struct RefreshFigures
{
    Stats wall, cpu;
};

RefreshFigures refreshes(ServerPool &pool, bench::ServerCpu &cpuP, bench::ServerCpu &cpuS, bool libpq)
{
    pool.databases().setLibpq(libpq);
    VerifyOptions quick;
    quick.parts = VerifyPart::Replication;
    measure(pool, quick); // logs in (and opens the connections): the screen's first refresh
    RefreshFigures f;
    for (int i = 0; i < 20; ++i) {
        const qint64 before = cpuP.usedNs() + cpuS.usedNs();
        QElapsedTimer t;
        t.start();
        const VerifyMeasurement m = measure(pool, quick);
        f.wall.values << t.elapsed();
        f.cpu.values << (cpuP.usedNs() + cpuS.usedNs() - before) / 1000000;
        if (!m.primary.reach.databaseOk || !m.secondary.reach.databaseOk)
            out() << "  (a database did not answer in refresh " << i << ")\n";
    }
    return f;
}

QString ratio(qint64 baseline, qint64 now)
{
    return now > 0 ? QString::number(double(baseline) / double(now), 'f', 1) + QStringLiteral("x")
                   : QStringLiteral("-");
}

// 0. One refresh: the baseline (every query a `docker exec … psql`, as for a server set up
// before the tool's role existed), then libpq over the open sessions, in the same run.
void benchRefresh(const Plan &plan, const Secrets &secrets, const HostKeyPolicy &policy)
{
    out() << "== 0. One refresh of the verification screen (goals: under 50 ms, under 10 ms of server CPU)\n"
          << Qt::flush;
    bench::ServerCpu cpuP, cpuS;
    const bool cpuOk = cpuP.attach(QStringLiteral("primary")) && cpuS.attach(QStringLiteral("secondary"));
    ServerPool pool(plan, secrets, policy);
    const RefreshFigures base = refreshes(pool, cpuP, cpuS, false);
    const RefreshFigures now = refreshes(pool, cpuP, cpuS, true);
    out() << "refresh, docker exec (baseline), wall: " << base.wall.text() << "\n";
    out() << "refresh, libpq, wall time:             " << now.wall.text() << "\n";
    if (cpuOk) {
        out() << "refresh, docker exec, server CPU:      " << base.cpu.text() << "\n";
        out() << "refresh, libpq, CPU on both servers:   " << now.cpu.text() << "\n";
    } else {
        out() << "refresh, CPU on both servers:          (could not attach to the lab's cgroups)\n";
    }
    out() << "@@ bench_verify | refresh (median) | " << now.wall.median() << " ms (baseline "
          << base.wall.median() << " ms, " << ratio(base.wall.median(), now.wall.median()) << ") | < 50 ms | "
          << (now.wall.median() < 50 ? "met" : "NOT met") << "\n";
    if (cpuOk)
        out() << "@@ bench_verify | refresh, server CPU (median) | " << now.cpu.median() << " ms (baseline "
              << base.cpu.median() << " ms, " << ratio(base.cpu.median(), now.cpu.median()) << ") | < 10 ms | "
              << (now.cpu.median() < 10 ? "met" : "NOT met") << "\n";
    out() << Qt::flush;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    LabEnv env;
    QString why;
    if (!env.load(&why)) {
        out() << "The lab is not up (" << why << "). Start it with 'tests/lab/lab.sh up' (as root).\n";
        return 1;
    }
    QTemporaryDir tmp;
    HostKeyPolicy policy;
    policy.knownHostsFile = tmp.filePath(QStringLiteral("known_hosts"));
    env.writeKnownHosts(policy.knownHostsFile, {env.primary(), env.secondary()});
    const Plan plan = labPlan(env, env.primary(), env.secondary());
    Secrets secrets = labSecrets(env, {Role::Primary, Role::Secondary});
    if (!streaming(env)) {
        out() << "Setting up replication in the lab first…\n" << Qt::flush;
        env.lab({QStringLiteral("reset"), QStringLiteral("primary"), QStringLiteral("secondary")});
        const FlowRun r = runFlow(buildSetupFlow(std::make_shared<SetupState>()), plan, secrets, policy);
        if (!r.succeeded()) {
            out() << "The set-up failed: " << describe(r) << "\n";
            return 1;
        }
    }
    const QString planFile = tmp.filePath(QStringLiteral("plan.json"));
    {
        QFile f(planFile);
        f.open(QIODevice::WriteOnly);
        f.write(QJsonDocument(plan.toJson()).toJson());
    }
    const QJsonObject pw{{QStringLiteral("password"), env.password()}};
    const QByteArray secretsJson =
        QJsonDocument(QJsonObject{{Role::Primary, pw}, {Role::Secondary, pw}}).toJson(QJsonDocument::Compact);
    const int runs = qEnvironmentVariableIsSet("OEF_BENCH_RUNS") ? qEnvironmentVariableIntValue("OEF_BENCH_RUNS") : 5;

    benchRefresh(plan, secrets, policy);

    // 1. One full verify.
    out() << "== 1. One full verify on the lab (goal: under 0.5 s)\n" << Qt::flush;
    Stats cli, cliRoundTrip, inProcess, inProcessBase, warm;
    QString verdict;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const CliRun r = runCli({QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--plan"), planFile,
                                 QStringLiteral("--secrets"), QStringLiteral("-"), QStringLiteral("--known-hosts"),
                                 policy.knownHostsFile},
                                secretsJson);
        cli.values << t.elapsed();
        verdict = r.result().value(QStringLiteral("verdict")).toString();
        t.restart();
        runCli({QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--round-trip"),
                QStringLiteral("--plan"), planFile, QStringLiteral("--secrets"), QStringLiteral("-"),
                QStringLiteral("--known-hosts"), policy.knownHostsFile},
               secretsJson);
        cliRoundTrip.values << t.elapsed();
        {
            ServerPool base(plan, secrets, policy);
            base.databases().setLibpq(false);
            t.restart();
            measure(base);
            inProcessBase.values << t.elapsed();
        }
        ServerPool pool(plan, secrets, policy);
        t.restart();
        measure(pool);
        inProcess.values << t.elapsed();
        VerifyOptions quick;
        quick.parts = VerifyPart::Replication;
        t.restart();
        measure(pool, quick);
        warm.values << t.elapsed();
    }
    out() << "verdict: " << verdict << "\n";
    out() << "oe-failover-cli verify (whole command):              " << cli.text() << "\n";
    out() << "@@ bench_verify | oe-failover-cli verify (median) | " << cli.median() << " ms | < 500 ms | "
          << (cli.median() < 500 ? "met" : "NOT met") << "\n";
    out() << "oe-failover-cli verify --round-trip:                 " << cliRoundTrip.text() << "\n";
    out() << "measure() everything, new SSH sessions:              " << inProcess.text() << "\n";
    out() << "  the same through docker exec only (baseline):      " << inProcessBase.text() << " ("
          << ratio(inProcessBase.median(), inProcess.median()) << ")\n";
    out() << "measure() replication only, sessions open (refresh): " << warm.text() << "\n" << Qt::flush;

    // 2. The screen for a minute.
    const int seconds = qEnvironmentVariableIsSet("OEF_BENCH_SECONDS")
                            ? qEnvironmentVariableIntValue("OEF_BENCH_SECONDS")
                            : 60;
    out() << "== 2. The verification screen refreshing for " << seconds
          << " s (goal: longest event-loop stall under 50 ms)\n"
          << Qt::flush;
    ui::VerifyScreen screen(plan, secrets, policy);
    screen.setFullInterval(20000); // drift and certificates three times in the minute
    screen.show();
    QElapsedTimer clock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    qint64 last = -1, longest = 0;
    QList<qint64> stalls;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed() / 1000; // µs
        if (last >= 0) {
            const qint64 stall = std::max<qint64>(0, now - last - 5000);
            longest = std::max(longest, stall);
            stalls << stall;
        }
        last = now;
    });
    int updates = 0;
    QObject::connect(&screen, &ui::VerifyScreen::updated, [&] { ++updates; });
    QTimer::singleShot(seconds * 500, &screen, [&] { screen.testRoundTrip(); });
    QTimer::singleShot(seconds * 1000, &app, &QApplication::quit);
    clock.start();
    probe.start();
    screen.start();
    app.exec();
    probe.stop();
    std::sort(stalls.begin(), stalls.end());
    const qint64 p99 = stalls.isEmpty() ? 0 : stalls[qsizetype(double(stalls.size()) * 0.99)];
    out() << "measurements shown: " << updates << ", refreshes skipped while one ran: " << screen.skippedRefreshes()
          << ", verdict: " << VerifyVerdict::severityName(screen.verdict().severity) << ", write test: "
          << (screen.measurement().roundTrip.ok
                  ? QString::number(screen.measurement().roundTrip.ms) + QStringLiteral(" ms")
                  : screen.measurement().roundTrip.error)
          << "\n";
    out() << "event-loop stall: longest " << QString::number(double(longest) / 1000.0, 'f', 1)
          << " ms, 99th percentile " << QString::number(double(p99) / 1000.0, 'f', 1) << " ms over " << stalls.size()
          << " samples\n"
          << Qt::flush;
    screen.stop();
    secrets.clear();
    return 0;
}
