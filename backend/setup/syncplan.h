#pragma once
// The plan of the install-directory copy (installsync.h): from the manifests of both sides,
// what is created, removed and sent, and after the copy what still differs. No I/O.
#include "backend/remote/manifest.h"
#include <QString>
#include <QStringList>

namespace oef {

struct SyncPlan
{
    bool createRoot = false; // the target has no install directory: it is made first, as the source's
    QStringList removeTops;  // removed from the target before the copy: the top of each removed tree
    QStringList send;        // entries that travel, directories before their contents
    QStringList extraneous;  // on the target, not on the source
    QStringList removed;     // the extraneous entries that go with removeTops
    QStringList blocked;     // target directories where the source has another type, holding extraneous
                             // entries the plan does not allow deleting: then nothing may be done (the
                             // plan stops there: removeTops, removed and send stay empty)
    int total = 0;           // entries on the source (the root "." included)
    int sockets = 0;         // sockets on the source: they cannot be copied and are left out
    qint64 payload = 0;      // file data that travels (bytes)
    qint64 estimate = 0;     // size of the tar stream that carries `send` (bytes)
};

// The plan for copying `source` onto `target` (manifests of the same directory; the source
// holds its root "."; targetMissing: the target has no such directory, `target` is empty).
// An entry travels when it is missing on the target or differs there in type, mode, owner,
// content, link target or time (not the root's time), together with its parent directory
// whenever the change moves the parent's time (so that the copy puts it back). An entry the
// target has with another type is removed first. Entries only on the target are extraneous;
// they are removed only with deleteExtraneous. Entries the excludes leave out
// (withoutExcluded) are not looked at on either side. Paths are sorted as componentLess.
SyncPlan planSync(const Manifest &source, const Manifest &target, bool targetMissing, const QStringList &excludes,
                  bool deleteExtraneous);

// After the copy: what differs between the source and the target (type, mode, owner, content,
// link target, files' times; sockets left out), one "path: what, what" line per entry, in
// the source's order. The entries' paths in *mismatches.
QStringList copyProblems(const Manifest &source, const Manifest &after, QStringList *mismatches);

// Directories before their contents, a directory's contents right after it.
bool componentLess(const QString &a, const QString &b);

// A mode as chmod takes it: four octal digits.
QString octalMode(quint32 mode);

} // namespace oef
