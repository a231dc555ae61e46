// bench_failover (issue 6): failover and re-attach times against the lab, with a primary
// database of about 1 GB (`pgbench -i -s 65`, database benchdb), all in one run:
//  1. After a set-up, `oe-failover-cli failover --yes` (old primary reachable, fenced by the
//     tool): time from the start of promotion until the new primary accepted a write
//     (failover.writableMs, goal < 2 s) and until its health URL answered (failover.healthMs).
//     The fail-back later in the run gives a second sample. failover.promoteMs (pg_promote
//     alone) is printed for reference.
//  2. Re-attaching the old primary as the new secondary: `oe-failover-cli setup --yes` with
//     primary = new, secondary = old (pg_rewind; setup.rewound must be true), vs, after failing
//     back, the same re-attach forced to a full base backup (`--full-copy`). Before each
//     re-attach the new primary gets the same small amount of new writes (pgbench -t 2000), so
//     there is a little divergence. Goal: rewind time <= 0.2 x full copy time.
// The wall times are those of the whole CLI command (checks, logins and verification included).
#include "benchcommon.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

using namespace oef::test;
using namespace oef::bench;

namespace {

const QString kDb = QStringLiteral("openelisglobal-database");

void summary(const QString &figure, const QString &value, const QString &goal = {}, const QString &verdict = {})
{
    summaryLine("bench_failover", figure, value, goal, verdict);
}

struct Bench
{
    LabEnv env;
    QTemporaryDir tmp;
    QString knownHosts;
    int planCount = 0;

    QString addr(const QString &name) const
    {
        return name == QLatin1String("primary") ? env.primary() : env.secondary();
    }
    QJsonObject server(const QString &name) const
    {
        return {{QStringLiteral("host"), addr(name)},
                {QStringLiteral("sshPort"), 22},
                {QStringLiteral("user"), env.user()},
                {QStringLiteral("auth"), QStringLiteral("password")},
                {QStringLiteral("dbPort"), 5432}};
    }
    QString writePlan(const QJsonObject &plan)
    {
        const QString path = tmp.filePath(QStringLiteral("plan-%1.json").arg(++planCount));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QJsonDocument(plan).toJson());
        return path;
    }
    QByteArray secrets(const QStringList &roles) const
    {
        QJsonObject o;
        for (const QString &r : roles)
            o[r] = QJsonObject{{QStringLiteral("password"), env.password()}};
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    CliRun cli(const QStringList &args, const QByteArray &input, qint64 *ms)
    {
        QElapsedTimer t;
        t.start();
        CliRun r = runCli(args
                              + QStringList{QStringLiteral("--json"), QStringLiteral("--yes"),
                                            QStringLiteral("--secrets"), QStringLiteral("-"),
                                            QStringLiteral("--known-hosts"), knownHosts},
                          input, 3600000);
        *ms = t.elapsed();
        return r;
    }
    CliRun setup(const QString &primary, const QString &secondary, const QStringList &extra, qint64 *ms)
    {
        const QString plan = writePlan(
            {{QStringLiteral("primary"), server(primary)}, {QStringLiteral("secondary"), server(secondary)}});
        return cli(QStringList{QStringLiteral("setup"), QStringLiteral("--plan"), plan} + extra,
                   secrets({QStringLiteral("primary"), QStringLiteral("secondary")}), ms);
    }
    CliRun failover(const QString &oldPrimary, const QString &newPrimary, qint64 *ms)
    {
        const QString plan = writePlan(
            {{QStringLiteral("oldPrimary"), server(oldPrimary)}, {QStringLiteral("newPrimary"), server(newPrimary)}});
        return cli({QStringLiteral("failover"), QStringLiteral("--plan"), plan},
                   secrets({QStringLiteral("oldPrimary"), QStringLiteral("newPrimary")}), ms);
    }
    bool reset()
    {
        out() << "  resetting the primary and the secondary…\n" << Qt::flush;
        return env.lab({QStringLiteral("reset"), QStringLiteral("primary"), QStringLiteral("secondary")}, nullptr,
                       nullptr, {}, 900000)
               == 0;
    }
    // The same small amount of new writes on the (new) primary before each re-attach.
    bool diverge(const QString &host)
    {
        QElapsedTimer t;
        t.start();
        bool ok = false;
        labExec(env, host,
                QStringLiteral("docker exec %1 pgbench -n -t 2000 -c 1 -U postgres benchdb >/dev/null").arg(kDb), &ok);
        out() << "  2000 pgbench transactions on the " << host << " (the new primary) in " << secs(t.elapsed()) << "\n"
              << Qt::flush;
        return ok;
    }
};

struct FailoverFigures
{
    qint64 wallMs = 0;
    qint64 promoteMs = -1;
    qint64 writableMs = -1;
    qint64 healthMs = -1;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QElapsedTimer whole;
    whole.start();
    Bench b;
    QString why;
    if (!loadLab(b.env, &why)) {
        out() << "The lab is not up (" << why << "). Start it with 'tests/lab/lab.sh up --spare' (as root).\n";
        return 1;
    }
    out() << "bench_failover: lab primary " << b.env.primary() << ", secondary " << b.env.secondary() << "\n"
          << Qt::flush;
    auto fail = [&](const char *what) {
        out() << "bench_failover FAILED: " << what << "\n";
        summary(QStringLiteral("bench_failover"), QStringLiteral("FAILED: %1").arg(QLatin1String(what)));
        b.reset();
        return 1;
    };
    if (!b.tmp.isValid() || !b.reset())
        return fail("lab reset");
    b.knownHosts = b.tmp.filePath(QStringLiteral("known_hosts"));
    if (!b.env.writeKnownHosts(b.knownHosts, {b.env.primary(), b.env.secondary()}))
        return fail("ssh-keyscan");

    // ------------------------------------------------ the database and the pair
    out() << "\n== Preparing: ~1 GB database on the primary, then a set-up\n" << Qt::flush;
    {
        QElapsedTimer t;
        t.start();
        bool ok = false;
        const QString size = labExec(
            b.env, QStringLiteral("primary"),
            QStringLiteral("set -e; docker exec %1 createdb -U postgres benchdb; "
                           "docker exec %1 pgbench -i -s 65 -q -U postgres benchdb >/dev/null 2>&1; "
                           "docker exec %1 psql -U postgres -qAt -c CHECKPOINT; "
                           "docker exec %1 psql -U postgres -qAt -c \"SELECT pg_database_size('benchdb')\"")
                .arg(kDb),
            &ok);
        if (!ok)
            return fail("pgbench -i");
        out() << "  benchdb: " << num(size.toLongLong() / 1e6, 0) << " MB, made in " << secs(t.elapsed()) << "\n";
        summary(QStringLiteral("database benchdb"), num(size.toLongLong() / 1e6, 0) + QStringLiteral(" MB"));
    }
    ::sync();
    qint64 ms = 0;
    CliRun r = b.setup(QStringLiteral("primary"), QStringLiteral("secondary"), {}, &ms);
    if (cliFailed(r, "setup primary -> secondary"))
        return fail("initial set-up");
    out() << "  set-up primary -> secondary: " << secs(ms) << "\n" << Qt::flush;

    auto runFailover = [&](const QString &from, const QString &to, FailoverFigures *f) {
        out() << "\n== Failover " << from << " -> " << to << " (goal: writable < 2 s after promotion starts)\n"
              << Qt::flush;
        const CliRun fr = b.failover(from, to, &f->wallMs);
        if (cliFailed(fr, "failover"))
            return false;
        const QJsonObject o = fr.result().value(QStringLiteral("failover")).toObject();
        f->promoteMs = o.value(QStringLiteral("promoteMs")).toInteger(-1);
        f->writableMs = o.value(QStringLiteral("writableMs")).toInteger(-1);
        f->healthMs = o.value(QStringLiteral("healthMs")).toInteger(-1);
        out() << "  promotion -> pg_promote returned: " << f->promoteMs << " ms\n";
        out() << "  promotion -> accepts writes:      " << f->writableMs << " ms ("
              << met(f->writableMs >= 0 && f->writableMs < 2000) << ")\n";
        out() << "  promotion -> health URL answers:  " << f->healthMs
              << " ms (healthy: " << (o.value(QStringLiteral("healthy")).toBool() ? "yes" : "no")
              << ", fencing: " << o.value(QStringLiteral("fencing")).toString() << ")\n";
        out() << "  whole failover command: " << secs(f->wallMs) << "\n";
        printSteps(fr);
        out().flush();
        return f->writableMs >= 0;
    };

    // ------------------------------------------------ failover, re-attach with pg_rewind
    FailoverFigures first, second;
    if (!runFailover(QStringLiteral("primary"), QStringLiteral("secondary"), &first))
        return fail("failover primary -> secondary");
    out() << "\n== Re-attach the old primary with pg_rewind (setup primary=secondary, secondary=primary)\n"
          << Qt::flush;
    if (!b.diverge(QStringLiteral("secondary")))
        return fail("pgbench on the new primary");
    qint64 rewindMs = 0;
    r = b.setup(QStringLiteral("secondary"), QStringLiteral("primary"), {}, &rewindMs);
    if (cliFailed(r, "re-attach with pg_rewind"))
        return fail("re-attach with pg_rewind");
    const QJsonObject rw = r.result().value(QStringLiteral("setup")).toObject();
    const bool rewound = rw.value(QStringLiteral("rewound")).toBool();
    const qint64 rewindCopyBytes = rw.value(QStringLiteral("syncBytes")).toInteger();
    out() << "  re-attach: " << secs(rewindMs) << ", install-dir copy sent "
          << rw.value(QStringLiteral("syncFiles")).toInteger() << " files, " << num(rewindCopyBytes / 1e6)
          << " MB, rewound: " << (rewound ? "yes" : "NO")
          << (rw.contains(QStringLiteral("rewindNote"))
                  ? QStringLiteral(" (%1)").arg(rw.value(QStringLiteral("rewindNote")).toString())
                  : QString())
          << "\n";
    printSteps(r);

    // ------------------------------------------------ fail back, re-attach with a full copy
    if (!runFailover(QStringLiteral("secondary"), QStringLiteral("primary"), &second))
        return fail("failover secondary -> primary");
    out() << "\n== Re-attach the old primary with a forced full copy (setup --full-copy)\n" << Qt::flush;
    if (!b.diverge(QStringLiteral("primary")))
        return fail("pgbench on the new primary");
    qint64 fullMs = 0;
    r = b.setup(QStringLiteral("primary"), QStringLiteral("secondary"), {QStringLiteral("--full-copy")}, &fullMs);
    if (cliFailed(r, "re-attach with --full-copy"))
        return fail("re-attach with --full-copy");
    const QJsonObject fc = r.result().value(QStringLiteral("setup")).toObject();
    const bool fullRewound = fc.value(QStringLiteral("rewound")).toBool();
    const qint64 fullCopyBytes = fc.value(QStringLiteral("syncBytes")).toInteger();
    out() << "  re-attach: " << secs(fullMs) << ", install-dir copy sent "
          << fc.value(QStringLiteral("syncFiles")).toInteger() << " files, " << num(fullCopyBytes / 1e6)
          << " MB, rewound: " << (fullRewound ? "YES (unexpected)" : "no") << "\n";
    printSteps(r);
    const double ratio = double(rewindMs) / double(fullMs);
    out() << "\n  ratio rewind / full copy: " << num(ratio, 2) << " (" << met(ratio <= 0.2) << ")\n" << Qt::flush;

    b.reset();
    for (const auto &[label, f] : {std::pair{QStringLiteral("failover 1 (primary -> secondary)"), &first},
                                   std::pair{QStringLiteral("failover 2 (fail-back)"), &second}}) {
        summary(label + QStringLiteral(": promotion -> writable"), QStringLiteral("%1 ms").arg(f->writableMs),
                QStringLiteral("< 2000 ms"), met(f->writableMs >= 0 && f->writableMs < 2000));
        summary(label + QStringLiteral(": promotion -> health URL"), QStringLiteral("%1 ms").arg(f->healthMs));
        summary(label + QStringLiteral(": pg_promote alone / whole command"),
                QStringLiteral("%1 ms / %2").arg(f->promoteMs).arg(secs(f->wallMs)));
    }
    summary(QStringLiteral("re-attach old primary, pg_rewind"),
            secs(rewindMs) + (rewound ? QString() : QStringLiteral(" (NOT rewound)"))
                + QStringLiteral(" (install-dir copy sent %1 MB)").arg(num(rewindCopyBytes / 1e6)));
    summary(QStringLiteral("re-attach old primary, --full-copy"),
            secs(fullMs) + QStringLiteral(" (install-dir copy sent %1 MB)").arg(num(fullCopyBytes / 1e6)));
    summary(QStringLiteral("ratio rewind / full copy"), num(ratio, 2), QStringLiteral("<= 0.2"),
            met(rewound && ratio <= 0.2));
    out() << "\nbench_failover took " << secs(whole.elapsed()) << "\n";
    return rewound && !fullRewound ? 0 : 1;
}
