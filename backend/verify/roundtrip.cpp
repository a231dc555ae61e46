#include "backend/core/tr.h"
#include "backend/remote/dbpool.h"
#include "backend/remote/serverpool.h"
#include "backend/verify/verify.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <cmath>

namespace oef {

namespace {

// On the standby, started before the write: says it is ready, then looks for the record every
// 2 ms (a new snapshot per statement) and notes the standby's clock when it shows. The token
// and the wait come from oef.token and oef.wait, set just before (a DO block takes no
// parameters).
const char kWaitSql[] = R"SQL(
DO $$
DECLARE
  deadline timestamptz := clock_timestamp() + make_interval(secs => current_setting('oef.wait')::float8);
BEGIN
  RAISE NOTICE 'oef-ready';
  LOOP
    PERFORM 1 FROM oef_roundtrip WHERE token = current_setting('oef.token');
    EXIT WHEN FOUND;
    IF clock_timestamp() > deadline THEN
      RAISE EXCEPTION 'oef-timeout';
    END IF;
    PERFORM pg_sleep(0.002);
  END LOOP;
  PERFORM set_config('oef.seen', extract(epoch FROM clock_timestamp())::text, false);
END $$
)SQL";

const char kWriteSql[] = "INSERT INTO oef_roundtrip (token, written_at) VALUES ($1, clock_timestamp())";

using Clock = std::chrono::steady_clock;

// The check database's connection on a role; on the standby tried again until the database
// has reached it (right after the set-up) or the time is up.
DbConnection *checkDatabase(StepContext &c, const QString &role, Clock::time_point deadline, QString *error)
{
    for (;;) {
        if (DbConnection *db = c.servers->databases().connection(c, role, kCheckDatabase, error))
            return db;
        if (c.isCancelled() || Clock::now() > deadline)
            return nullptr;
        QThread::msleep(200);
    }
}

// The standby starts looking for `token`; true once its loop runs.
bool startLooking(StepContext &c, DbConnection &standby, const QString &token, std::chrono::milliseconds timeout)
{
    const PgResult set = standby.exec(QStringLiteral("SELECT set_config('oef.token', $1, false), "
                                                     "set_config('oef.wait', $2, false)"),
                                      {token, QString::number(double(timeout.count()) / 1000.0)});
    return set && standby.send(QString::fromLatin1(kWaitSql))
           && standby.waitNotice(QStringLiteral("oef-ready"), timeout, &c.cancelFlag())
           && standby.lastError().isEmpty();
}

// From the primary's clock at the write to the standby's when the record showed, bounded by
// what this computer saw (so a clock difference cannot inflate it).
bool readDelay(DbConnection &standby, const QString &token, qint64 localMs, RoundTrip &rt)
{
    const PgResult r = standby.exec(QStringLiteral("SELECT current_setting('oef.seen'), extract(epoch FROM written_at) "
                                                   "FROM oef_roundtrip WHERE token = $1"),
                                    {token});
    if (!r || PQntuples(r.get()) != 1)
        return false;
    const double serverMs =
        (QByteArray(PQgetvalue(r.get(), 0, 0)).toDouble() - QByteArray(PQgetvalue(r.get(), 0, 1)).toDouble()) * 1000.0;
    rt.ms = std::clamp<qint64>(qint64(std::llround(serverMs)), 0, localMs);
    rt.ok = true;
    return true;
}

RoundTrip failed(RoundTrip rt, const QString &error, const QString &details = {})
{
    rt.error = error;
    rt.details = details;
    return rt;
}

} // namespace

RoundTrip measureRoundTrip(StepContext &c, const QString &primaryRole, const QString &secondaryRole,
                           std::chrono::milliseconds timeout)
{
    RoundTrip rt;
    rt.attempted = true;
    const auto deadline = Clock::now() + timeout;
    QString error;
    DbConnection *primary = checkDatabase(c, primaryRole, Clock::now(), &error);
    if (!primary
        || !primary->exec(QStringLiteral("DELETE FROM oef_roundtrip WHERE written_at < now() - interval '7 days'")))
        return failed(rt,
                      Tr::tr("Could not prepare the small check database \"%1\" on the primary.").arg(kCheckDatabase),
                      primary ? primary->lastError() : error);
    DbConnection *secondary = checkDatabase(c, secondaryRole, deadline, &error);
    const QString token = QString::number(QRandomGenerator::system()->generate64(), 36);
    if (!secondary || !startLooking(c, *secondary, token, timeout)) {
        if (c.isCancelled())
            return failed(rt, Tr::tr("Cancelled."));
        return failed(rt, Tr::tr("The secondary could not look for the test record."),
                      secondary ? secondary->lastError() : error);
    }
    QElapsedTimer local;
    local.start();
    c.log(c.hostOf(primaryRole), LogStream::Command, QStringLiteral("(libpq) ") + QString::fromLatin1(kWriteSql));
    if (!primary->exec(QString::fromLatin1(kWriteSql), {token}, std::chrono::seconds(20), &c.cancelFlag())) {
        const QString why = primary->lastError();
        secondary->close(); // its loop ends with the connection
        return failed(rt, Tr::tr("Could not write the test record on the primary."), why);
    }
    const bool seen = secondary->result(timeout + std::chrono::seconds(5), &c.cancelFlag()) != nullptr;
    if (!seen)
        return failed(rt,
                      secondary->lastError().contains(QLatin1String("oef-timeout"))
                          ? Tr::tr("The record written on the primary did not show on the "
                                   "secondary within %n second(s).",
                                   nullptr, int(timeout.count() / 1000))
                          : Tr::tr("The secondary stopped looking for the test record."),
                      secondary->lastError());
    if (!readDelay(*secondary, token, local.elapsed(), rt))
        rt.error = Tr::tr("The secondary's answer could not be read.");
    c.log(c.hostOf(secondaryRole), LogStream::Info,
          rt.ok ? Tr::tr("The test record showed on the secondary after %1 ms.").arg(rt.ms) : rt.error);
    return rt;
}

} // namespace oef
