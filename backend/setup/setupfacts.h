#pragma once
// What the set-up asks the servers, and how their answers are read: the SQL of the facts the
// pre-checks and the first steps share, and pure functions (no I/O) that parse the output of
// the facts' commands (setup-facts-primary.sh, setup-facts-secondary.sh and the steps' own
// commands). Unit-tested in tests/unit/tst_setupfacts.cpp.
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace oef {

// --- the parts of a script's output -------------------------------------------------------

// Output of a script that prints several parts: "@@oef-NAME" starts a part, "@@oef-rc N" ends
// it with its exit status; "@@oef-NAME VALUE" on one line is a part of its own (status 0).
struct ScriptPart
{
    QByteArray out;
    int rc = -1;
    bool present = false;
};
using ScriptParts = QMap<QByteArray, ScriptPart>;

ScriptParts scriptParts(const QByteArray &all);

// The lines of an SQL part that start with "TAG|", without it; none when the part's status
// is not 0.
QStringList taggedLines(const ScriptPart &sql, const QString &tag);
// The first of them, if any.
std::optional<QString> firstTagged(const ScriptPart &sql, const QString &tag);
// An SQL part that answered everything: status 0 and no "ERROR:" line (the questions after
// "\set ON_ERROR_STOP off" may fail without changing the status).
bool sqlPartComplete(const ScriptPart &sql);

// --- the primary's replication settings ---------------------------------------------------

// The primary's replication settings, one "name|setting|unit|context" line each.
extern const QString kSettingsSql;
// The settings as "set|" lines, and whether the slot exists ("slot|<count>"; psql variable s).
extern const QByteArray kSetLinesSql;
extern const QByteArray kSlotCountSql;

// One setting the primary needs.
struct SettingChange
{
    QString name;
    QString from;
    QString to;
    bool needsRestart;
};

// What must change in those settings (never lowering), from the "name|setting|unit|context"
// lines.
QList<SettingChange> settingChanges(const QString &lines);

// kSetLinesSql + kSlotCountSql's answer: the settings' lines (without "set|") and whether the
// slot exists.
struct SettingsAnswer
{
    QStringList settingLines;
    bool slotExists = false;
};
SettingsAnswer parseSettingsAnswer(const QString &out);

// The answer to the settings' changes: what waits for a restart ("pending|a,b"), and the
// slot query's answer ("slot|exists|created|full"), each empty when not there.
struct SettingsApplied
{
    QString pending;
    QString slot;
};
SettingsApplied parseSettingsApplied(const QString &out);

// The "set|" and "slot|" lines of the primary's facts (for the settings step), as they were.
QString settingsPrefetchLines(const ScriptPart &sql);

// --- the replication role and pg_hba.conf -------------------------------------------------

// What step 1 needs to know about the primary, read with one command.
struct AccessFacts
{
    QString roleInfo;      // "rolreplication|rolcanlogin", empty when there is no such role
    bool haveFile = false; // the role's password file exists and is not empty
    QString hbaFile;
    QString method; // scram-sha-256 or md5, after the role's password
    QByteArray hba; // pg_hba.conf's content
};

// Its SQL (psql variable u: the role).
extern const QByteArray kAccessSql;

// From the file test's answer ("yes"/"no") and the SQL's lines.
AccessFacts parseAccessFacts(const QByteArray &fileAnswer, const QByteArray &sqlOut);

// --- the secondary's standby state --------------------------------------------------------

// The secondary's standby state: "recovery|status|sender|slot", then "id|<system identifier>".
extern const QByteArray kStandbySql;

struct StandbyFacts
{
    bool streaming = false; // in recovery and its WAL receiver streams
    QString sender;         // the host it streams from
    QString systemId;       // empty when not there
};
StandbyFacts parseStandbyFacts(const QString &out);

// The secondary's facts' SQL part: its version (the first line; empty when the part failed),
// and what follows it (kStandbySql's answer).
QString secondaryVersion(const ScriptPart &sql);
QString standbyPrefetchLines(const ScriptPart &sql);

// --- disk, clock, image -------------------------------------------------------------------

// The "disk" part: bytes free under backups/, then the size of data/ (0 when not read).
struct DiskSpace
{
    qint64 available = 0;
    qint64 own = 0;
};
// nullopt when the part has no line.
std::optional<DiskSpace> parseDiskSpace(const QByteArray &out);
// What a copy of a database of `databaseBytes` needs on the secondary.
qint64 copySpaceNeeded(qint64 databaseBytes);

// The server's clock ("clock" part, epoch ms) against this computer's around the command
// (before, after: epoch ms), allowing for the time to get there (at most half the command's
// time, at most 150 ms). nullopt when the clock was not read.
std::optional<qint64> clockSkewMs(const QByteArray &clockOut, qint64 before, qint64 after);

// The tag of an image ("image" part: "repo/name:3.2.1.3" -> "3.2.1.3"); empty when unknown.
QString imageTag(const ScriptPart &image);

// --- where the database keeps its files ---------------------------------------------------

// The "pgdata" part ("env|PGDATA=…", "mount|type|source|destination|name" lines of the
// database container): its PGDATA and the mount that holds it.
struct DataMount
{
    QString pgdata;     // in the container (the image's default when the environment has none)
    QString type;       // "bind", "volume", …; empty when no mount holds PGDATA
    QString hostPath;   // where PGDATA is on the server: the mount's source and the rest of the path
    QString volumeName; // a named volume's name
};
// nullopt when the part is missing or its command failed.
std::optional<DataMount> parseDataMount(const ScriptPart &part);

// --- the copy of the database -------------------------------------------------------------

// The answer of the copy's SQL on the primary: "id|<system identifier>", "busy|<n>".
struct CopySqlAnswer
{
    QString systemId;
    bool slotWasBusy = true; // a stale connection held the slot (told to end)
};
CopySqlAnswer parseCopySqlAnswer(const QByteArray &sqlOut);

// One chunk of pg_basebackup -P's progress ("123/456 kB (27%), ...").
struct CopyProgress
{
    double doneKb = 0;
    double totalKb = 1; // at least 1
    int percent = 0;
};
std::optional<CopyProgress> parseCopyProgress(const QString &part);

} // namespace oef
