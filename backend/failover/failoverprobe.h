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
