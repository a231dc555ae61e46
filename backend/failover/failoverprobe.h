#pragma once
// The failover's pre-checks (DESIGN.md section 5): the target's replication state, whether the
// old primary is really down, the possible data loss. Nothing is changed by probing.
#include "backend/core/check.h"

#include <QDateTime>
#include <QJsonObject>

#include <atomic>

namespace oef {

class ServerPool;

// What the pre-checks found. Nothing is changed by probing.
struct FailoverProbe
{
    // The target (the current standby).
    bool targetReachable = false; // SSH, sudo, docker, containers
    bool targetInRecovery = false;
    bool targetDbAnswers = false;
    QString receiveLsn, replayLsn;
    QDateTime lastReplayedTransaction; // may be invalid (nothing replayed yet)
    bool receiverStreaming = false;    // its WAL receiver is connected: the primary is alive
    QString receiverSender;

    // The old primary.
    bool oldSshAnswers = false;    // TCP + SSH handshake from this computer
    bool oldLoginWorks = false;    // login + sudo + docker: the tool can fence it
    bool oldDbAnswersHere = false; // its database port answers from this computer
    bool oldDbAnswersFromTarget = false;
    bool oldWebAnswers = false;
    bool oldDbRunning = false; // seen through SSH
    bool oldDbInRecovery = false;
    QString oldCurrentLsn; // when its database runs
    qint64 byteGap = -1;   // old current LSN - target receive LSN, when known

    // Both databases' identity, read when they accept writes: the same cluster's system
    // identifier, and the timeline (a promotion starts a higher one).
    QString targetSystemId, oldSystemId;
    int targetTimeline = 0, oldTimeline = 0;

    // The target was promoted by an earlier run that did not finish (a failure, cancel or a
    // killed tool after the promotion): it accepts writes, and the old primary does not (its
    // database is down, stopped or a standby, or it is an older timeline of the same cluster,
    // which a run then fences first). A run finishes what is left instead of refusing.
    bool promotedEarlier() const;

    enum class Verdict { Down, PartlyUp, Up };
    Verdict verdict() const;
    QString verdictText() const;  // plain words, translated
    QString dataLossText() const; // "work entered after 14:32:05 … may be missing"
    QJsonObject toJson() const;
};

// The pre-checks as check rows, and the probe behind them. Uses the pool's sessions.
FailoverProbe probeFailover(ServerPool &pool, const CheckCallback &onCheck, CheckList *checks,
                            const std::atomic_bool *cancel = nullptr);

// Restarts OpenELIS on the old primary (upstream's first remedy). True when it is healthy after.
bool restartOldPrimary(ServerPool &pool, QString *message, const std::atomic_bool *cancel = nullptr);

// LSN text "16/B374D848" to a byte position; -1 when malformed.
qint64 lsnToBytes(const QString &lsn);

} // namespace oef
