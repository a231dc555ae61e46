#pragma once
// For lab tests that break the replicated pair on purpose (replay paused, standby stopped) and
// mend it again. QTest's macros: for test functions only (a failure returns from the helper).
#include "labenv.h"

#include <QTest>

namespace oef::test {

// The lab's secondary streams from its primary.
inline bool secondaryStreams(const LabEnv &env)
{
    return env.psql(QStringLiteral("secondary"),
                    QStringLiteral("SELECT status || ' ' || sender_host FROM pg_stat_wal_receiver"))
           == QStringLiteral("streaming ") + env.primary();
}

// The lab back to a healthy streaming pair: databases up, replay running, streaming, and
// everything the primary had written replayed.
inline void restoreStreamingPair(const LabEnv &env)
{
    const QString primary = QStringLiteral("primary"), secondary = QStringLiteral("secondary");
    if (env.psql(secondary, QStringLiteral("SELECT 1")) != QStringLiteral("1"))
        env.lab({QStringLiteral("fault"), QStringLiteral("start-db"), secondary});
    env.psql(secondary, QStringLiteral("SELECT pg_wal_replay_resume()"));
    QTRY_VERIFY_WITH_TIMEOUT(secondaryStreams(env), 90000);
    // Caught up with everything written so far. (Not "received = replayed": WAL keeps
    // arriving, so that flips back and forth, and QTRY evaluates its condition again after
    // the loop.)
    const QString written = env.psql(primary, QStringLiteral("SELECT pg_current_wal_lsn()"));
    QVERIFY2(!written.isEmpty(), "the primary's current WAL position");
    QTRY_VERIFY_WITH_TIMEOUT(
        env.psql(secondary, QStringLiteral("SELECT pg_last_wal_replay_lsn() >= '%1'::pg_lsn").arg(written))
            == QStringLiteral("t"),
        60000);
}

} // namespace oef::test
