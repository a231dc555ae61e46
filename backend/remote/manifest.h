#pragma once
// Manifests of a directory tree on a server (type, mode, owner, size, time, SHA-256 of every
// entry), read with one command as root. The install-directory copy and the verification's
// drift check compare them.
#include "backend/core/step.h"
#include "backend/remote/remotecommand.h"
#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace oef {

// One file, directory, symlink (or other node) of a directory tree on one server.
struct ManifestEntry
{
    char type = '?';    // find's %y: f d l p s c b
    QString path;       // relative to the directory, "." for the directory itself
    QByteArray rawPath; // the name's bytes as on the server (used on the server)
    quint32 mode = 0;   // permission bits (octal 07777)
    quint32 uid = 0;
    quint32 gid = 0;
    qint64 size = 0;
    qint64 mtime = 0;   // whole seconds
    QString linkTarget; // symlinks
    QByteArray sha256;  // regular files: hex digest
};

using Manifest = QMap<QString, ManifestEntry>;

// Reads the manifest of an install dir on a role's server with one command (as root).
// excludes are paths relative to dir; "data" and the kept copies data.* (before-standby,
// before-rewind, failed-standby)
// siblings are always excluded. Excluded entries are neither listed nor traversed.
// A missing dir gives an empty manifest (and *missing = true). On failure: nullopt, *error.
std::optional<Manifest> readManifest(StepContext &context, const QString &role, const QString &dir,
                                     const QStringList &excludes, QString *error, bool *missing = nullptr);

// Parses the output of the manifest command (exposed for unit tests). requireChecksums=false:
// a listing made without checksums (regular files then have an empty sha256).
std::optional<Manifest> parseManifest(const QByteArray &output, QString *error, bool *missing = nullptr,
                                      bool requireChecksums = true);

// The manifest command (manifest.sh). checksums: all (true), or only those the server's
// checksum cache holds (false). With `some`, also those of the files named in it.
RemoteCommand manifestCommand(const QString &dir, const QStringList &excludes, bool checksums = true,
                              const QStringList &some = {});

// The manifest without the entries the manifest command leaves out for these excludes (the
// same rule: "data", the data.* siblings, the guard's oe-failover and the excludes, each with
// everything below it, matched on the names' bytes). A manifest that command made is returned
// as it is.
Manifest withoutExcluded(const Manifest &manifest, const QStringList &excludes);

// The manifest a manifest command answered; nullopt with *error (what failed, on which server).
std::optional<Manifest> manifestFromResult(StepContext &context, const QString &role, const QString &dir,
                                           const RemoteCommand &c, const CommandResult &r, QString *error,
                                           bool *missing, bool checksums = true);

} // namespace oef
