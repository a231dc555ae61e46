#pragma once
// What the set-up's files (setupchecks, primaryaccess, appcontainers, basebackup, rewind,
// setupverify, setupflow) share: the pre-checks' prefetch, names and paths, the standby's
// connection settings, small SQL helpers and the waits for the secondary. Internal to
// backend/setup/: other folders use setupflow.h.
#include "backend/core/plan.h"
#include "backend/core/secrets.h"
#include "backend/core/step.h"
#include "backend/remote/remotecommand.h"
#include "backend/setup/setupfacts.h"
#include "backend/setup/setupflow.h"

#include <QMap>
#include <chrono>
#include <optional>
#include <utility>

namespace oef {

inline const QString &kPrimary = Role::Primary;
inline const QString &kSecondary = Role::Secondary;
inline const QString kPgData = QStringLiteral("/var/lib/postgresql/data"); // inside the container
inline const QString kBackupsMount = QStringLiteral("/backups");           // inside the container

// What the pre-checks read for steps 1 to 3, with when.
struct SetupPrefetch
{
    std::chrono::steady_clock::time_point at = std::chrono::steady_clock::now();
    std::optional<AccessFacts> access;
    std::optional<QString> settings; // the settings SQL's output
    std::optional<QString> standby;  // kStandbySql's output
    // `docker inspect` lines "/name|running|restart policy|status|image" of the database and application
    // containers (each consumer takes its own copy).
    std::optional<QString> secondaryApps, secondaryDb, primaryContainers;
    bool fresh() const { return std::chrono::steady_clock::now() - at < std::chrono::seconds(20); }
};

// Logs that an answer comes from the pre-checks.
void logPrefetched(StepContext &c);

// The pre-checks' answer for a part of the prefetch, when there is a fresh one (taken once).
template <typename T>
std::optional<T> takePrefetched(StepContext &c, const SetupState &st, std::optional<T> SetupPrefetch::*part)
{
    if (!st.prefetch || !st.prefetch->fresh() || !((*st.prefetch).*part))
        return std::nullopt;
    std::optional<T> v = std::exchange((*st.prefetch).*part, std::nullopt);
    logPrefetched(c);
    return v;
}

// Replication slot name for a secondary: oef_<host>, [a-z0-9_], at most 63 characters.
QString slotNameFor(const QString &host);

// The replication role's password file on the primary (root-only).
QString replicationPasswordFile(const Plan &plan);

// Keepalives and TCP timeouts on both ends (options= sets the server's side of the connection),
// so that a cut link ends a copy in seconds and the primary frees the slot soon after.
extern const QString kConnOpts;

// A value in a libpq connection string, quoted.
QString conninfoQuote(QString v);
// A libpq password file's line for `user` and `password` ("*:*:*:user:password\n").
QByteArray pgpassLine(const QString &user, const SecretString &password);

// The lines appended to postgresql.auto.conf of a standby: primary_conninfo (with a passfile,
// never the password) and the slot.
QString standbyAutoConf(StepContext &c, const SetupState &st);

// A step error for a command whose result was adjusted (an SQL part's status).
StepResult failCommand(StepContext &c, const QString &role, const QString &what, const RemoteCommand &cmd,
                       const CommandResult &r);

// querySql() as a step result: `what` with its details when it failed; *out its answer.
StepResult mustSql(StepContext &c, const QString &role, const QString &db, const QString &sql,
                   const QMap<QString, QString> &vars, const QString &what, QString *out = nullptr, bool logSql = true);

// Waits until a role's database answers.
bool waitDatabaseReady(StepContext &c, const QString &role, std::chrono::seconds timeout);

// kStandbySql's output (or its first line alone): does the secondary stream from the
// primary? *systemId (when asked): the secondary's database system identifier, read in the
// same query (empty when its database does not answer).
bool streamsFromPrimary(StepContext &c, const QString &all, QString *systemId);

// Is the secondary already a standby streaming from this primary (asked now)?
bool alreadyStreaming(StepContext &c, QString *systemId = nullptr);

// Waits on the secondary itself (every 50 ms) until it streams from the primary.
bool waitStreaming(StepContext &c, std::chrono::seconds timeout);

} // namespace oef
