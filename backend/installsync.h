#pragma once
// Setup step 3 (DESIGN.md section 4): copy the OpenELIS install directory from one server to
// another, excluding data/ and the plan's excludes, keeping numeric owners, modes and times.
// Only new or changed entries travel (tar stream relayed through this computer); checksums
// confirm the copy afterwards.
#include "step.h"
#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace oef {

struct SyncReport
{
    int filesTotal = 0;          // entries on the source in the synced set (root included)
    int filesSent = 0;           // entries that travelled (files, links, directories)
    qint64 bytesSent = 0;        // tar stream bytes
    QStringList extraneous;      // on the target, not on the source (relative paths)
    QStringList removed;         // removed from the target (deleteExtraneous, type changes)
    bool verified = false;       // the target matches the source afterwards
    QStringList mismatches;      // paths that differ after the copy
};

// One file, directory, symlink (or other node) of a directory tree on one server.
struct ManifestEntry
{
    char type = '?';             // find's %y: f d l p s c b
    QString path;                // relative to the directory, "." for the directory itself
    QByteArray rawPath;          // the name's bytes as on the server (used on the server)
    quint32 mode = 0;            // permission bits (octal 07777)
    quint32 uid = 0;
    quint32 gid = 0;
    qint64 size = 0;
    qint64 mtime = 0;            // whole seconds
    QString linkTarget;          // symlinks
    QByteArray sha256;           // regular files: hex digest
};

using Manifest = QMap<QString, ManifestEntry>;

// Reads the manifest of an install dir on a role's server with one command (as root).
// excludes are paths relative to dir; "data" and the kept copies data.* (before-standby,
// before-rewind, failed-standby)
// siblings are always excluded. Excluded entries are neither listed nor traversed.
// A missing dir gives an empty manifest (and *missing = true). On failure: nullopt, *error.
std::optional<Manifest> readManifest(StepContext &context, const QString &role,
                                     const QString &dir, const QStringList &excludes,
                                     QString *error, bool *missing = nullptr);

// Parses the output of the manifest command (exposed for unit tests). requireChecksums=false:
// a listing made without checksums (regular files then have an empty sha256).
std::optional<Manifest> parseManifest(const QByteArray &output, QString *error,
                                      bool *missing = nullptr, bool requireChecksums = true);

// Copies plan.installDir from fromRole to toRole (see the file comment). Honours
// plan.syncExclude and plan.deleteExtraneous, and the context's cancel flag.
StepResult syncInstallDir(StepContext &context, const QString &fromRole, const QString &toRole,
                          SyncReport *report = nullptr);

} // namespace oef
