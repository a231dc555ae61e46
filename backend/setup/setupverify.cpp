#include "backend/setup/setupverify.h"
#include "backend/core/plan.h"
#include "backend/core/tr.h"
#include "backend/remote/remoteops.h"
#include "backend/remote/serverpool.h"
#include "backend/setup/scripts.h"
#include "backend/setup/setupinternal.h"

#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>

namespace oef {

namespace {

const QString kCheckDb = QStringLiteral("oe_failover");

// The secondary's replication through its slot, as the primary lists it (psql's setting
// oef.slot: the slot).
const QString kStreamingWhere = QStringLiteral(
    "FROM pg_replication_slots s JOIN pg_stat_replication r ON r.pid = s.active_pid "
    "WHERE s.slot_name = current_setting('oef.slot') AND r.state = 'streaming'");

// A DO block that ends once `query` returns a row, asking every `every` seconds, or fails
// with `failure` after `seconds`: a wait that runs in the server, in one connection.
QString waitInServerSql(const QString &query, int seconds, const QString &every, const QString &failure)
{
    return QStringLiteral("DO $$ DECLARE deadline timestamptz := clock_timestamp() + interval '%1 seconds'; BEGIN\n"
                          "  LOOP\n"
                          "    PERFORM 1 FROM (%2) q;\n"
                          "    EXIT WHEN FOUND;\n"
                          "    IF clock_timestamp() > deadline THEN RAISE EXCEPTION '%3'; END IF;\n"
                          "    PERFORM pg_sleep(%4);\n"
                          "  END LOOP;\n"
                          "END $$;\n")
        .arg(seconds)
        .arg(query, failure, every);
}

// One psql in the primary's database container (setup-verify-psql.sh): a loop in the server
// (every 50 ms, up to 60 s) until the secondary streams through its slot; only then the test
// record, written into a small dedicated database, never OpenELIS's own (the token as a
// variable). Tried again while the server refuses connections (psql's exit status 2).
RemoteCommand writeRecordCommand(const Plan &plan, const SetupState &st, const QString &token)
{
    RemoteCommand cmd = dockerCommand(
        {QStringLiteral("exec"), plan.dbContainer, QStringLiteral("sh"), QStringLiteral("-c"),
         QString::fromUtf8(scripts::setup_verify_psql.text), QStringLiteral("sh"),
         QStringLiteral("SET oef.slot = :'s';\n")
             + waitInServerSql(QStringLiteral("SELECT 1 ") + kStreamingWhere, 60, QStringLiteral("0.05"),
                               QStringLiteral("the secondary does not stream"))
             + QStringLiteral("SELECT '@@oef-repl ' || r.state || '|' || coalesce(r.sync_state,'') || '|' "
                              "|| coalesce(host(r.client_addr),'') || '|' || s.active::text %1 LIMIT 1;\n"
                              "SELECT 'CREATE DATABASE oe_failover' WHERE NOT EXISTS "
                              "(SELECT 1 FROM pg_database WHERE datname = 'oe_failover')\\gexec\n"
                              "\\connect oe_failover\n"
                              "CREATE TABLE IF NOT EXISTS oef_roundtrip (id bigserial PRIMARY KEY, "
                              "token text NOT NULL, written_at timestamptz NOT NULL DEFAULT now());\n"
                              "DELETE FROM oef_roundtrip WHERE written_at < now() - interval '7 days';\n"
                              "INSERT INTO oef_roundtrip (token) VALUES (:'t');\n")
                   .arg(kStreamingWhere),
         QStringLiteral("2"), QStringLiteral("postgres"), QStringLiteral("60"), QStringLiteral("-v"),
         QStringLiteral("s=") + st.slotName, QStringLiteral("-v"), QStringLiteral("t=") + token},
        std::chrono::seconds(120));
    cmd.description = shellCommandLine({QStringLiteral("docker"), QStringLiteral("exec"), plan.dbContainer,
                                        QStringLiteral("psql"), QStringLiteral("-d"), QStringLiteral("postgres")})
                      + QStringLiteral(" <<< (wait until the secondary streams, then the test record)");
    return cmd;
}

// Meanwhile the secondary looks for it (a loop in its server, every 10 ms, up to 90 s; tried
// again while its database or table is not there yet); it gives the delay by the servers'
// clocks ("arrived|MS").
RemoteCommand lookForRecordCommand(const Plan &plan, const QString &token)
{
    RemoteCommand look = dockerCommand(
        {QStringLiteral("exec"), plan.dbContainer, QStringLiteral("sh"), QStringLiteral("-c"),
         QString::fromUtf8(scripts::setup_verify_psql.text), QStringLiteral("sh"),
         QStringLiteral("SET oef.token = :'t';\n")
             + waitInServerSql(QStringLiteral("SELECT 1 FROM oef_roundtrip WHERE token = current_setting('oef.token')"),
                               90, QStringLiteral("0.01"), QStringLiteral("the record did not arrive"))
             + QStringLiteral(
                 "SELECT 'arrived|' || round(extract(epoch FROM clock_timestamp() - written_at) * 1000)::bigint "
                 "FROM oef_roundtrip WHERE token = :'t';\n"),
         QStringLiteral("any"), kCheckDb, QStringLiteral("90"), QStringLiteral("-v"), QStringLiteral("t=") + token},
        std::chrono::seconds(120));
    look.description = shellCommandLine({QStringLiteral("docker"), QStringLiteral("exec"), plan.dbContainer,
                                         QStringLiteral("psql"), QStringLiteral("-d"), kCheckDb})
                       + QStringLiteral(" <<< (wait for the test record, up to 90 s)");
    return look;
}

// The primary's row for the secondary ("@@oef-repl state|sync state|client address|slot
// active"), into the verification's fields.
QJsonObject replicationFields(const CommandResult &wr)
{
    const QString repl = QString::fromUtf8(scriptParts(wr.stdOut).value("repl").out).trimmed();
    const QStringList f = repl.split(QLatin1Char('|'));
    QJsonObject v;
    v[QStringLiteral("streaming")] = repl.startsWith(QLatin1String("streaming|"));
    v[QStringLiteral("syncState")] = f.value(1);
    v[QStringLiteral("clientAddress")] = f.value(2);
    v[QStringLiteral("slotActive")] = f.value(3) == QLatin1String("true");
    return v;
}

// What the primary's command came to; on failure the secondary's look is stopped.
StepResult writeOutcome(StepContext &c, const SetupState &st, const RemoteCommand &cmd, const CommandResult &wr,
                        RunOnThread &looker)
{
    if (wr.outcome == CommandResult::Outcome::Cancelled) {
        looker.join(true, std::chrono::seconds(10));
        return StepResult::error(Tr::tr("Cancelled."));
    }
    if (!st.verification.value(QStringLiteral("streaming")).toBool()) {
        looker.join(true, std::chrono::seconds(10));
        return StepResult::error(
            Tr::tr("The primary does not list the secondary as streaming through slot %1.").arg(st.slotName));
    }
    if (!wr.ok()) {
        looker.join(true, std::chrono::seconds(10));
        return commandFailure(Tr::tr("Could not write the test record on the primary."), c.hostOf(kPrimary), cmd, wr);
    }
    return StepResult::success();
}

} // namespace

StepResult verifySetup(StepContext &c, SetupState &st)
{
    const QString token = QString::number(QRandomGenerator::system()->generate64(), 36);
    const RemoteCommand cmd = writeRecordCommand(*c.plan, st, token);
    // The look runs on a helper thread with its own session.
    SshError sshError;
    RunOnThread looker;
    if (!looker.start(c, kSecondary, lookForRecordCommand(*c.plan, token), &sshError))
        return StepResult::error(sshError.message, sshError.details);
    const qint64 writeFrom = looker.sinceStartMs();
    const CommandResult wr = runOn(c, kPrimary, cmd, false);
    QJsonObject v = replicationFields(wr);
    st.verification = v;
    if (auto e = writeOutcome(c, st, cmd, wr, looker); !e.ok)
        return e;
    // The delay by the servers' clocks, bounded below by 0 and above by what this computer
    // saw, so a clock difference cannot make it up.
    const CommandResult &seen = looker.join(false, std::chrono::seconds(30));
    const QString answer = QString::fromUtf8(seen.stdOut).trimmed();
    const bool arrived = seen.ok() && answer.startsWith(QLatin1String("arrived|"));
    const qint64 ms = std::clamp<qint64>(answer.mid(8).toLongLong(), 0,
                                         std::max<qint64>(0, looker.endedAtMs() - writeFrom));
    v[QStringLiteral("roundTripOk")] = arrived;
    v[QStringLiteral("roundTripMs")] = arrived ? ms : -1;
    st.verification = v;
    if (c.isCancelled())
        return StepResult::error(Tr::tr("Cancelled."));
    if (!arrived)
        return StepResult::error(Tr::tr("A test record written on the primary did not reach the secondary "
                                        "within 30 seconds."));
    c.log(QString(), LogStream::Info,
          Tr::tr("Verified: the secondary streams through slot %1; a record written on the primary "
                 "was readable on the secondary after %2 ms.")
              .arg(st.slotName)
              .arg(ms));
    return StepResult::success();
}

} // namespace oef
