#include "backend/setup/syncplan.h"
#include "backend/core/tr.h"

#include <QSet>

#include <algorithm>

namespace oef {

namespace {

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QStringLiteral(".") : path.left(slash);
}

QString typeName(char type)
{
    switch (type) {
    case 'f': return Tr::tr("file");
    case 'd': return Tr::tr("directory");
    case 'l': return Tr::tr("symbolic link");
    case 'p': return Tr::tr("named pipe");
    case 's': return Tr::tr("socket");
    default: return Tr::tr("special file");
    }
}

enum class Compare { Transfer, Verify };

// What differs between a source entry and the target's entry of the same path.
QStringList differences(const ManifestEntry &s, const ManifestEntry &t, Compare how)
{
    QStringList d;
    if (s.type != t.type) {
        d << Tr::tr("type %1 instead of %2").arg(typeName(t.type), typeName(s.type));
        return d;
    }
    if (s.type != 'l' && s.mode != t.mode)
        d << Tr::tr("mode %1 instead of %2").arg(octalMode(t.mode), octalMode(s.mode));
    if (s.uid != t.uid || s.gid != t.gid)
        d << Tr::tr("owner %1:%2 instead of %3:%4").arg(t.uid).arg(t.gid).arg(s.uid).arg(s.gid);
    if (s.type == 'f' && (s.size != t.size || s.sha256 != t.sha256))
        d << Tr::tr("content (SHA-256) differs");
    if (s.type == 'l' && s.linkTarget != t.linkTarget)
        d << Tr::tr("link target %1 instead of %2").arg(t.linkTarget, s.linkTarget);
    // Times: every entry when deciding what to send (so a re-run converges); after the copy
    // only files, as directory times move when their contents change. The install directory
    // itself is never compared by time: data/ and the kept data.before-* copies live in it and
    // move its time on each server.
    const bool checkTime = (how == Compare::Transfer && s.path != QLatin1String(".")) || s.type == 'f';
    if (checkTime && s.mtime != t.mtime)
        d << Tr::tr("modification time differs");
    return d;
}

// Size of the tar stream for some entries (gnu format: headers, long names, data, padding).
qint64 estimateTarBytes(const Manifest &source, const QStringList &paths)
{
    auto blocks = [](qint64 n) { return (n + 511) / 512 * 512; };
    qint64 total = 0;
    for (const QString &p : paths) {
        const ManifestEntry &e = source[p];
        const qint64 nameLen = e.rawPath.size() + 2; // "./"
        total += 512;
        if (nameLen >= 100)
            total += 512 + blocks(nameLen + 1);
        if (e.type == 'l' && e.linkTarget.toUtf8().size() >= 100)
            total += 512 + blocks(e.linkTarget.toUtf8().size() + 1);
        if (e.type == 'f')
            total += blocks(e.size);
    }
    total += 1024;
    return (total + 10239) / 10240 * 10240;
}

// The source's entries that travel because the target lacks them or has them otherwise, with
// the parents whose time that moves. Those the target has with another type in *replace (they
// are removed first); sockets are left out and counted in *sockets.
QSet<QString> changedEntries(const Manifest &source, const Manifest &target, QStringList *replace, int *sockets)
{
    QSet<QString> send;
    for (const ManifestEntry &s : source) {
        if (s.type == 's') {
            ++*sockets;
            continue;
        }
        bool parentChanges = false; // the entry is created in its parent directory
        const auto t = target.constFind(s.path);
        if (t == target.cend()) {
            send << s.path;
            parentChanges = true;
        } else if (t->type != s.type) {
            send << s.path;
            *replace << s.path;
            parentChanges = true;
        } else if (!differences(s, *t, Compare::Transfer).isEmpty()) {
            send << s.path;
            // tar replaces a file by unlinking it (the parent's time moves), keeps a directory.
            parentChanges = s.type != 'd';
        }
        // Send the parent too, so that its modification time is put back after the change.
        if (parentChanges && s.path != QLatin1String("."))
            send << parentOf(s.path);
    }
    return send;
}

// A directory on the target where the source has something else goes, but never takes
// extraneous entries with it unless the plan allows deleting them: those that would.
QStringList blockedReplacements(const QStringList &replace, const QStringList &extraneous)
{
    QStringList blocked;
    for (const QString &p : replace) {
        const QString prefix = p + QLatin1Char('/');
        if (std::any_of(extraneous.cbegin(), extraneous.cend(), [&](const QString &x) { return x.startsWith(prefix); }))
            blocked << p;
    }
    return blocked;
}

// Removal: entries whose type changed, and (when asked) extraneous ones; only the top of each
// removed tree is passed to rm (plan->removeTops). The parents whose time rm moves are sent.
void planRemoval(const Manifest &source, const QStringList &replace, bool deleteExtraneous, SyncPlan *plan,
                 QSet<QString> *send)
{
    QSet<QString> removing;
    auto underRemoved = [&](const QString &p) {
        for (QString q = p; q != QLatin1String("."); q = parentOf(q))
            if (removing.contains(q))
                return true;
        return false;
    };
    QStringList candidates = replace;
    if (deleteExtraneous)
        candidates += plan->extraneous;
    std::sort(candidates.begin(), candidates.end(), componentLess);
    for (const QString &p : std::as_const(candidates)) {
        if (p == QLatin1String(".") || p.split(QLatin1Char('/')).contains(QStringLiteral("..")))
            continue;
        if (!underRemoved(p))
            plan->removeTops << p;
        removing << p;
        const QString parent = parentOf(p);
        if (source.contains(parent))
            *send << parent; // rm moves the parent's time: put it back
    }
    for (const QString &p : std::as_const(plan->extraneous))
        if (removing.contains(p) || underRemoved(p))
            plan->removed << p;
    std::sort(plan->removed.begin(), plan->removed.end(), componentLess);
}

} // namespace

bool componentLess(const QString &a, const QString &b)
{
    if (a == QLatin1String("."))
        return b != QLatin1String(".");
    if (b == QLatin1String("."))
        return false;
    const QStringList ca = a.split(QLatin1Char('/'));
    const QStringList cb = b.split(QLatin1Char('/'));
    const qsizetype n = std::min(ca.size(), cb.size());
    for (qsizetype i = 0; i < n; ++i) {
        const int c = QString::compare(ca.at(i), cb.at(i), Qt::CaseSensitive);
        if (c != 0)
            return c < 0;
    }
    return ca.size() < cb.size();
}

QString octalMode(quint32 mode)
{
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

SyncPlan planSync(const Manifest &sourceListed, const Manifest &targetListed, bool targetMissing,
                  const QStringList &excludes, bool deleteExtraneous)
{
    const Manifest source = withoutExcluded(sourceListed, excludes);
    const Manifest target = withoutExcluded(targetListed, excludes);
    SyncPlan plan;
    plan.createRoot = targetMissing;
    plan.total = int(source.size());
    QStringList replace; // on the target with another type: removed first
    QSet<QString> send = changedEntries(source, target, &replace, &plan.sockets);
    for (const ManifestEntry &t : target)
        if (!source.contains(t.path))
            plan.extraneous << t.path;
    std::sort(plan.extraneous.begin(), plan.extraneous.end(), componentLess);
    if (!deleteExtraneous) {
        plan.blocked = blockedReplacements(replace, plan.extraneous);
        if (!plan.blocked.isEmpty())
            return plan;
    }
    planRemoval(source, replace, deleteExtraneous, &plan, &send);
    plan.send = QStringList(send.cbegin(), send.cend());
    std::sort(plan.send.begin(), plan.send.end(), componentLess);
    for (const QString &p : std::as_const(plan.send))
        if (source[p].type == 'f')
            plan.payload += source[p].size;
    plan.estimate = estimateTarBytes(source, plan.send);
    return plan;
}

QStringList copyProblems(const Manifest &source, const Manifest &after, QStringList *mismatches)
{
    QStringList problems;
    for (const ManifestEntry &s : source) {
        if (s.type == 's')
            continue;
        const auto t = after.constFind(s.path);
        QStringList d;
        if (t == after.cend())
            d << Tr::tr("missing");
        else
            d = differences(s, *t, Compare::Verify);
        if (!d.isEmpty()) {
            *mismatches << s.path;
            problems << QStringLiteral("%1: %2").arg(s.path, d.join(QStringLiteral(", ")));
        }
    }
    return problems;
}

} // namespace oef
