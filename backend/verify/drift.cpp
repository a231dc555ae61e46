#include "backend/core/tr.h"
#include "backend/remote/serverpool.h"
#include "backend/verify/verifyparts.h"

#include <algorithm>

namespace oef {

namespace {

ManifestEntry const *find(const Manifest &m, const QString &path)
{
    const auto it = m.constFind(path);
    return it == m.constEnd() ? nullptr : &it.value();
}

QString octal(quint32 mode)
{
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

// The copies of the database kept next to data/ (data.before-standby-<ts> by the set-up,
// data.before-rewind-<ts>, data.failed-<ts>, ...): database files, not configuration, and
// possibly large, so they are excluded from the comparison by name. The install directory's
// top level is readable without sudo on OpenELIS servers; sudo is the fallback.
QStringList databaseCopies(DirectContext &ctx, const QString &role)
{
    const QString script = QStringLiteral(
        "cd -- \"$1\" 2>/dev/null || exit 0; for f in data.*; do [ -e \"$f\" ] && printf '%s\\n' \"$f\"; done; exit 0");
    for (const bool asRoot : {false, true}) {
        const CommandResult r = runOn(
            ctx, role, shellScript(script, {ctx.plan->installDir}, asRoot, std::chrono::seconds(20)), false);
        if (r.ok())
            return QString::fromUtf8(r.stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    return {};
}

} // namespace

namespace verifyparts {

std::optional<Manifest> installManifest(DirectContext &ctx, const QString &role, QString *error)
{
    const Plan &plan = *ctx.plan;
    const bool primary = role == Role::Primary;
    const QStringList excludes = plan.syncExclude + databaseCopies(ctx, role);
    QString why;
    bool missing = false;
    std::optional<Manifest> manifest = readManifest(ctx, role, plan.installDir, excludes, &why, &missing);
    if (manifest && !missing)
        return manifest;
    *error = !manifest ? (primary ? Tr::tr("Could not list the install directory on the primary.")
                                  : Tr::tr("Could not list the install directory on the secondary."))
                       : (primary ? Tr::tr("The install directory %1 is missing on the primary.")
                                  : Tr::tr("The install directory %1 is missing on the secondary."))
                             .arg(plan.installDir);
    if (!why.isEmpty())
        *error += QLatin1Char(' ') + why.section(QLatin1Char('\n'), 0, 0);
    return std::nullopt;
}

} // namespace verifyparts

DriftResult compareManifests(const Manifest &primary, const Manifest &secondary)
{
    DriftResult result;
    result.checked = true;
    QStringList paths = primary.keys();
    for (auto it = secondary.cbegin(); it != secondary.cend(); ++it)
        if (!primary.contains(it.key()))
            paths << it.key();
    std::sort(paths.begin(), paths.end());
    for (const QString &path : std::as_const(paths)) {
        const ManifestEntry *p = find(primary, path);
        const ManifestEntry *s = find(secondary, path);
        DriftEntry e;
        e.path = path;
        e.primaryMtime = p ? p->mtime : 0;
        e.secondaryMtime = s ? s->mtime : 0;
        if (!s) {
            e.kind = DriftEntry::Kind::OnlyOnPrimary;
            e.newer = DriftEntry::Newer::Primary;
            e.description = Tr::tr("only on the primary");
            result.entries << e;
            continue;
        }
        if (!p) {
            e.kind = DriftEntry::Kind::OnlyOnSecondary;
            e.newer = DriftEntry::Newer::Secondary;
            e.description = Tr::tr("only on the secondary");
            result.entries << e;
            continue;
        }
        ++result.compared;
        QStringList what;
        bool differs = false;
        if (p->type != s->type) {
            e.kind = DriftEntry::Kind::Type;
            what << Tr::tr("a different kind of file on each server");
            differs = true;
        } else {
            if (p->type == 'f' && (p->size != s->size || p->sha256 != s->sha256)) {
                e.kind = DriftEntry::Kind::Content;
                what << Tr::tr("content differs (SHA-256)");
                differs = true;
            }
            if (p->type == 'l' && p->linkTarget != s->linkTarget) {
                if (!differs)
                    e.kind = DriftEntry::Kind::LinkTarget;
                what << Tr::tr("links to %1 on the primary, %2 on the secondary").arg(p->linkTarget, s->linkTarget);
                differs = true;
            }
            if (p->type != 'l' && p->mode != s->mode) {
                if (!differs)
                    e.kind = DriftEntry::Kind::Mode;
                what << Tr::tr("mode %1 on the primary, %2 on the secondary").arg(octal(p->mode), octal(s->mode));
                differs = true;
            }
            if (p->uid != s->uid || p->gid != s->gid) {
                if (!differs)
                    e.kind = DriftEntry::Kind::Owner;
                what << Tr::tr("owner %1:%2 on the primary, %3:%4 on the secondary")
                            .arg(p->uid)
                            .arg(p->gid)
                            .arg(s->uid)
                            .arg(s->gid);
                differs = true;
            }
        }
        if (!differs)
            continue;
        e.newer = p->mtime > s->mtime   ? DriftEntry::Newer::Primary
                  : s->mtime > p->mtime ? DriftEntry::Newer::Secondary
                                        : DriftEntry::Newer::Same;
        e.description = what.join(QStringLiteral("; "));
        result.entries << e;
    }
    return result;
}

} // namespace oef
