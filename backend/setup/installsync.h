#pragma once
// Setup step 3 (DESIGN.md section 4): copy the OpenELIS install directory from one server to
// another, excluding data/ and the plan's excludes, keeping numeric owners, modes and times.
// Only new or changed entries travel (tar stream relayed through this computer); checksums
// confirm the copy afterwards.
#include "backend/core/step.h"
#include "backend/remote/manifest.h"
#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace oef {

struct SyncReport
{
    int filesTotal = 0;     // entries on the source in the synced set (root included)
    int filesSent = 0;      // entries that travelled (files, links, directories)
    qint64 bytesSent = 0;   // tar stream bytes
    QStringList extraneous; // on the target, not on the source (relative paths)
    QStringList removed;    // removed from the target (deleteExtraneous, type changes)
    bool verified = false;  // the target matches the source afterwards
    QStringList mismatches; // paths that differ after the copy
};

// Copies plan.installDir from fromRole to toRole (see the file comment). Honours
// plan.syncExclude and plan.deleteExtraneous, and the context's cancel flag.
StepResult syncInstallDir(StepContext &context, const QString &fromRole, const QString &toRole,
                          SyncReport *report = nullptr);

} // namespace oef
