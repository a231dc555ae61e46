#include "backend/remote/manifest.h"
#include "backend/core/tr.h"
#include "backend/remote/remoteops.h"
#include "backend/remote/scripts.h"
#include "backend/remote/serverpool.h"

#include <QDir>

#include <algorithm>

namespace oef {

namespace {

using namespace std::chrono_literals;

const QByteArray kHeader = QByteArrayLiteral("OEF-MANIFEST 1");
const QByteArray kMissing = QByteArrayLiteral("OEF-MANIFEST 1 missing");
const QByteArray kShaMarker = QByteArrayLiteral("OEF-SHA256");

QString globEscape(const QString &path)
{
    QString out;
    for (const QChar c : path) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('['))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// The paths left out, each with everything below it: "data" always, then the plan's excludes
// made relative and clean, once each. An exclude that could widen the exclusion is dropped
// (validatePlan refuses these): absolute, with "..", or the directory itself.
QStringList cleanedExcludes(const QStringList &excludes)
{
    QStringList cleaned{QStringLiteral("data")};
    for (const QString &e : excludes) {
        QString c = QDir::cleanPath(e);
        while (c.startsWith(QLatin1String("./")))
            c = c.mid(2);
        if (c.isEmpty() || c == QLatin1String(".") || c.startsWith(QLatin1Char('/'))
            || c.split(QLatin1Char('/')).contains(QStringLiteral("..")))
            continue;
        if (!cleaned.contains(c))
            cleaned << c;
    }
    return cleaned;
}

// Every kept database copy next to data/: data.before-standby-*, data.before-rewind-*,
// data.failed-standby-*.
const QByteArray kDataCopies = QByteArrayLiteral("data.");
// The guard: each server's own, written by the tool (its state says what that server holds).
const QString kGuard = QStringLiteral("oe-failover");

// find -path patterns for the excludes: "data", its siblings and the guard always.
QStringList excludePatterns(const QStringList &excludes)
{
    QStringList patterns;
    for (const QString &c : cleanedExcludes(excludes))
        patterns << QStringLiteral("./") + globEscape(c);
    patterns << QStringLiteral("./") + QString::fromLatin1(kDataCopies) + QLatin1Char('*');
    patterns << QStringLiteral("./") + kGuard;
    return patterns;
}

// A name as text: itself when it is valid UTF-8, else with \xNN for the bytes above 0x7f.
QString displayName(const QByteArray &raw)
{
    const QString s = QString::fromUtf8(raw);
    if (s.toUtf8() == raw)
        return s;
    QString out;
    for (const char ch : raw) {
        const auto b = static_cast<unsigned char>(ch);
        if (b == '\\')
            out += QStringLiteral("\\\\");
        else if (b < 0x80)
            out += QLatin1Char(ch);
        else
            out += QStringLiteral("\\x%1").arg(uint(b), 2, 16, QLatin1Char('0'));
    }
    return out;
}

QByteArray sha256sumUnescape(const QByteArray &name)
{
    QByteArray out;
    out.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name[i] == '\\' && i + 1 < name.size()) {
            const char e = name[++i];
            out += e == 'n' ? '\n' : e == 'r' ? '\r' : e;
        } else {
            out += name[i];
        }
    }
    return out;
}

bool isHex(const QByteArray &s)
{
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

// One entry from its three fields: "type mode uid gid size mtime", the path (empty for the
// directory itself), the symlink target. nullopt when the first does not parse.
std::optional<ManifestEntry> parseRecord(const QByteArray &meta, const QByteArray &path, const QByteArray &link)
{
    const QList<QByteArray> parts = meta.split(' ');
    if (parts.size() != 6 || parts.at(0).size() != 1)
        return std::nullopt;
    ManifestEntry e;
    e.type = parts.at(0).at(0);
    bool ok[5] = {};
    e.mode = parts.at(1).toUInt(&ok[0], 8);
    e.uid = parts.at(2).toUInt(&ok[1]);
    e.gid = parts.at(3).toUInt(&ok[2]);
    e.size = parts.at(4).toLongLong(&ok[3]);
    const QByteArray &t = parts.at(5);
    const qsizetype dot = t.indexOf('.');
    e.mtime = (dot < 0 ? t : t.left(dot)).toLongLong(&ok[4]);
    if (!std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }))
        return std::nullopt;
    e.rawPath = path.isEmpty() ? QByteArray(".") : path;
    e.path = displayName(e.rawPath);
    if (e.type == 'l')
        e.linkTarget = displayName(link);
    return e;
}

// sha256sum's lines (after the marker) onto the regular files of m. false on a bad line.
bool applyChecksums(const QByteArray &rest, Manifest *m)
{
    for (QByteArray line : rest.split('\n')) {
        if (line.isEmpty())
            continue;
        const bool escaped = line.startsWith('\\');
        if (escaped)
            line.remove(0, 1);
        if (line.size() < 67 || line.at(64) != ' ' || (line.at(65) != ' ' && line.at(65) != '*')
            || !isHex(line.left(64)))
            return false;
        QByteArray name = line.mid(66);
        if (escaped)
            name = sha256sumUnescape(name);
        if (!name.startsWith("./"))
            return false;
        const auto it = m->find(displayName(name.mid(2)));
        if (it != m->end() && it->type == 'f')
            it->sha256 = line.left(64).toLower();
        // A file that appeared between the two passes has no record: it is left out.
    }
    return true;
}

} // namespace

std::optional<Manifest> parseManifest(const QByteArray &out, QString *error, bool *missing, bool requireChecksums)
{
    if (missing)
        *missing = false;
    auto fail = [&](const QString &why) -> std::optional<Manifest> {
        if (error)
            *error = Tr::tr("The list of files could not be read: %1").arg(why);
        return std::nullopt;
    };
    qsizetype pos = 0;
    auto next = [&](QByteArray *field) {
        const qsizetype end = out.indexOf('\0', pos);
        if (end < 0)
            return false;
        *field = out.mid(pos, end - pos);
        pos = end + 1;
        return true;
    };
    QByteArray field;
    if (!next(&field))
        return fail(Tr::tr("no header"));
    if (field == kMissing) {
        if (missing)
            *missing = true;
        return Manifest{};
    }
    if (field != kHeader)
        return fail(Tr::tr("unexpected header"));

    Manifest m;
    for (;;) {
        QByteArray meta, path, link;
        if (!next(&meta))
            return fail(Tr::tr("the output ends early"));
        if (meta == kShaMarker)
            break;
        if (!next(&path) || !next(&link))
            return fail(Tr::tr("the output ends early"));
        const std::optional<ManifestEntry> e = parseRecord(meta, path, link);
        if (!e)
            return fail(Tr::tr("bad record \"%1\"").arg(QString::fromUtf8(meta)));
        if (m.contains(e->path))
            return fail(Tr::tr("two names read as \"%1\"").arg(e->path));
        m.insert(e->path, *e);
    }
    if (!applyChecksums(out.mid(pos), &m))
        return fail(Tr::tr("bad checksum line"));
    if (requireChecksums)
        for (const ManifestEntry &e : std::as_const(m))
            if (e.type == 'f' && e.sha256.isEmpty())
                return fail(Tr::tr("no checksum for \"%1\"").arg(e.path));
    return m;
}

// checksums: all (true), only those the cache holds (false). With `some`, those of the files
// in it (and those the cache holds). manifest.sh says what each answers.
RemoteCommand manifestCommand(const QString &dir, const QStringList &excludes, bool checksums, const QStringList &some)
{
    const QString mode = !some.isEmpty() ? QStringLiteral("some")
                         : checksums     ? QStringLiteral("all")
                                         : QStringLiteral("cached");
    RemoteCommand c = shellScript(scripts::manifest, QStringList{mode, dir} + excludePatterns(excludes), true, 30min);
    for (const QString &path : some)
        c.stdinData += "./" + path.toUtf8() + '\n';
    return c;
}

Manifest withoutExcluded(const Manifest &manifest, const QStringList &excludes)
{
    QList<QByteArray> paths;
    for (const QString &c : cleanedExcludes(excludes))
        paths << c.toUtf8();
    paths << kGuard.toUtf8();
    auto excluded = [&](const ManifestEntry &e) {
        const QByteArray &raw = e.rawPath;
        return raw.startsWith(kDataCopies) || std::any_of(paths.cbegin(), paths.cend(), [&](const QByteArray &p) {
                   return raw == p || (raw.startsWith(p) && raw.at(p.size()) == '/');
               });
    };
    if (std::none_of(manifest.cbegin(), manifest.cend(), excluded))
        return manifest;
    Manifest kept;
    for (const ManifestEntry &e : manifest)
        if (!excluded(e))
            kept.insert(e.path, e);
    return kept;
}

std::optional<Manifest> manifestFromResult(StepContext &context, const QString &role, const QString &dir,
                                           const RemoteCommand &c, const CommandResult &r, QString *error,
                                           bool *missing, bool checksums)
{
    if (!r.ok()) {
        if (error) {
            const StepResult f = commandFailure(
                Tr::tr("Could not list the files of %1 on %2.").arg(dir, context.hostOf(role)), context.hostOf(role), c,
                r);
            *error = f.message + QLatin1Char('\n') + f.details;
        }
        return std::nullopt;
    }
    QString parseError;
    auto m = parseManifest(r.stdOut, &parseError, missing, checksums);
    if (!m && error)
        *error = Tr::tr("%1 on %2: %3").arg(dir, context.hostOf(role), parseError);
    return m;
}

std::optional<Manifest> readManifest(StepContext &context, const QString &role, const QString &dir,
                                     const QStringList &excludes, QString *error, bool *missing)
{
    const RemoteCommand c = manifestCommand(dir, excludes);
    const CommandResult r = runOn(context, role, c, false);
    return manifestFromResult(context, role, dir, c, r, error, missing);
}

} // namespace oef
