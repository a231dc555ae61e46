#pragma once
// The set-up flow (DESIGN.md section 4): pre-checks that change nothing, then the steps that
// make the secondary a streaming standby of the primary. Every step is idempotent.
#include "backend/checks/connectionchecks.h"
#include "backend/core/check.h"
#include "backend/core/step.h"
#include <QJsonObject>
#include <QString>
#include <memory>

namespace oef {

class ServerPool;

// What the flow found and did, for the report and the result page. Filled on the worker
// thread while the flow runs; read after finished().
struct SetupPrefetch; // what the pre-checks read for the first steps (setupinternal.h)

struct SetupState
{
    QString slotName; // physical replication slot on the primary
    QString replicationUser = QStringLiteral("backup");
    bool primaryRestarted = false;
    QString restartDeferred;     // settings whose restart of the primary waits for the copy
    QStringList changedSettings; // "wal_level: minimal -> replica"
    QString previousDataDir;     // on the secondary: data.before-standby-<timestamp>
    bool alreadyStandby = false; // the secondary already streamed from this primary
    qint64 syncFiles = 0;
    qint64 syncBytes = 0;
    QStringList extraneous;   // files only on the secondary
    QJsonObject verification; // streaming, slot, round trip (ms)
    QString stoppedAt;        // label of the step that failed, if any
    bool rewound = false;     // the secondary re-joined through pg_rewind
    QString rewindNote;       // why pg_rewind was not used, when it was tried
    // Filled by runSetupChecks(): the first steps use it instead of asking the servers again
    // when it is at most 20 s old (each part once).
    std::shared_ptr<SetupPrefetch> prefetch;

    QJsonObject toJson() const;
};

// The checks of section 4 for a setup plan (connection checks included). Change nothing.
// With `state`, what the first steps need to know is read in the same commands (prefetch).
// (setupchecks.cpp)
CheckList runSetupChecks(ServerPool &pool, const CheckCallback &onCheck, const std::atomic_bool *cancel = nullptr,
                         SetupState *state = nullptr);

struct SetupOptions
{
    bool primaryOnly = false;           // only the primary's part: role, access, settings, slot
    bool tryRewind = true;              // a former member of the cluster: pg_rewind before a full copy
    bool restoreDbRestartPolicy = true; // the secondary's database container "always" (a fenced
                                        // former primary had "no")
};

// The steps. `state` is shared with the caller, who reads it after the flow finished.
Flow buildSetupFlow(std::shared_ptr<SetupState> state, SetupOptions options = {});

} // namespace oef
