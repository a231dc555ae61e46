#pragma once
// Execute failover and planned switchover (DESIGN.md section 5). The plan's roles are
// oldPrimary, newPrimary (the current standby) and optionally newSecondary.
#include "backend/checks/connectionchecks.h"
#include "backend/core/check.h"
#include "backend/core/step.h"
#include "backend/setup/setupflow.h"
#include <QDateTime>
#include <QJsonObject>
#include <memory>

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

struct FailoverOptions
{
    bool switchover = false;         // planned: both healthy, zero data loss
    bool confirmedDown = false;      // the operator says the old primary is off/disconnected
    bool attachNewSecondary = false; // plan.newSecondary present
    bool forceFullCopy = false;      // re-attach the old primary without trying pg_rewind
};

struct FailoverState
{
    QString fencing; // "tool" or "confirmed-down"
    qint64 oldFinalLsnGapBytes = -1;
    qint64 promoteMs = -1;  // pg_promote until it returned
    qint64 writableMs = -1; // start of promotion until a write succeeded
    qint64 healthMs = -1;   // start of promotion until the web health URL answered
    bool healthy = false;
    QString healthPath;
    bool certificateCovers = false;
    QString newAddress; // what users must now use
    SetupState attach;  // the new secondary's set-up, when attached
    bool attached = false;
    QJsonObject toJson() const;
};

// The pre-checks as check rows, and the probe behind them. Uses the pool's sessions.
FailoverProbe probeFailover(ServerPool &pool, const CheckCallback &onCheck, CheckList *checks,
                            const std::atomic_bool *cancel = nullptr);

// Restarts OpenELIS on the old primary (upstream's first remedy). True when it is healthy after.
bool restartOldPrimary(ServerPool &pool, QString *message, const std::atomic_bool *cancel = nullptr);

// The steps. Refuses to build a flow that could promote while the old primary may accept
// writes: returns an empty flow and *refusal when neither fencing path is available.
Flow buildFailoverFlow(const FailoverProbe &probe, const FailoverOptions &options, std::shared_ptr<FailoverState> state,
                       QString *refusal);

// LSN text "16/B374D848" to a byte position; -1 when malformed.
qint64 lsnToBytes(const QString &lsn);

} // namespace oef
