#include "backend/remote/manifest.h"
#include "backend/core/tr.h"
#include "backend/remote/serverpool.h"

#include <QDir>

#include <algorithm>

namespace oef {

namespace {

using namespace std::chrono_literals;

const QByteArray kHeader = QByteArrayLiteral("OEF-MANIFEST 1");
const QByteArray kMissing = QByteArrayLiteral("OEF-MANIFEST 1 missing");
const QByteArray kShaMarker = QByteArrayLiteral("OEF-SHA256");

// The checksums of the regular files (find's arguments in "$@", the directory in $d), as
// sha256sum prints them. A file is read again only when it changed since the last listing on
// this server: a root-only cache in /var/cache/oe-failover keeps each file's checksum with its
// inode, size, modification and change times (the change time moves on every write and cannot
// be set back), and only entries whose change time is older than the listing by more than the
// file system's time step (0.1 s where times have fractions of a second, else 2 s) are kept,
// so that a write within the same clock tick is never missed. Names holding a newline or
// a backslash are always read. When the cache cannot be used, every file is read. With
// oef_cached_only set, only the cache's checksums are given (no file is read); with oef_some
// set, only those of the files named on stdin ("./path" lines) are read. OpenSSL's SHA-256
// (about 3 times sha256sum's speed where the processor has SHA instructions) is used when it
// answers as expected; the odd names always go through sha256sum (it escapes them).
const QString kChecksumScript = QStringLiteral(
    R"OEF(nl=$(printf '\nx'); nl=${nl%x}; t=$(mktemp -d 2>/dev/null) || t=''; trap '[ -z "$t" ] || rm -rf -- "$t"' EXIT; ok=''; o=''; [ "$(openssl dgst -sha256 -r /dev/null 2>/dev/null)" != 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 */dev/null' ] || o=1; oef_sum() { if [ -n "$o" ]; then xargs -0 -r openssl dgst -sha256 -r > "$t/ossl" && sed 's/^\([0-9a-f]\{64\}\) \*/\1  /' "$t/ossl"; else xargs -0 -r sha256sum --; fi; }; if [ -n "$t" ] && { [ -z "$oef_some" ] || cat > "$t/want"; }; then c=/var/cache/oe-failover; cf="$c/manifest-$(uname -n)-$(printf '%s' "$d" | cksum | cut -d ' ' -f 1)"; now=$(date +%s.%N); case $now in *[!0-9.]*) now=$(date +%s) ;; esac; if mkdir -p -m 0700 "$c" 2>/dev/null && touch "$cf" 2>/dev/null && find . "$@" -type f ! -name "*$nl*" ! -name '*\\*' -printf '%i %s %T@ %C@ ./%P\n' > "$t/now" && awk -v cache="$cf" -v hits="$t/hits" -v miss="$t/miss" 'BEGIN { while ((getline l < cache) > 0) { i = index(l, "\t"); if (i) h[substr(l, i + 1)] = substr(l, 1, i - 1) } printf "" > hits; printf "" > miss } { p = $0; for (j = 0; j < 4; j++) p = substr(p, index(p, " ") + 1); if ($0 in h) print h[$0] "  " p > hits; else print p > miss }' "$t/now" && if [ -n "$oef_cached_only" ]; then : > "$t/new" && : > "$t/odd"; else { if [ -n "$oef_some" ]; then awk 'FNR == NR { w[$0]; next } ($0 in w)' "$t/want" "$t/miss"; else cat "$t/miss"; fi; } | tr '\n' '\0' | oef_sum > "$t/new" && find . "$@" -type f \( -name "*$nl*" -o -name '*\\*' \) -print0 | xargs -0 -r sha256sum -- > "$t/odd"; fi; then cat "$t/hits" "$t/new" "$t/odd" && ok=1; cat "$t/hits" "$t/new" | awk -v now="$now" 'FNR == NR { h[substr($0, 67)] = substr($0, 1, 64); next } { p = $0; for (j = 0; j < 4; j++) p = substr(p, index(p, " ") + 1); split($0, f, " "); fr = f[4]; sub(/^[0-9]*\.?/, "", fr); m = (fr ~ /[1-9]/) ? 0.1 : 2; if ((p in h) && f[4] + m <= now) print h[p] "\t" $0 }' - "$t/now" > "$cf.new" && mv -f -- "$cf.new" "$cf"; fi; fi; [ -n "$ok" ] || [ -n "$oef_cached_only" ] || find . "$@" -type f -print0 | xargs -0 -r sha256sum -- || exit 5)OEF");

// One command per side. $1 = the directory, then find -path patterns ("./x", glob-escaped).
// Output, NUL separated: a header; per entry three fields ("type mode uid gid size mtime",
// the relative path, the symlink target); a marker; then sha256sum's lines for the regular
// files (names escaped by sha256sum where they hold a backslash or a newline).
const QStringList kManifestScriptParts{
    QStringLiteral("LC_ALL=C"),
    QStringLiteral("export LC_ALL"),
    QStringLiteral("d=$1"),
    QStringLiteral("shift"),
    QStringLiteral("if [ ! -e \"$d\" ] && [ ! -L \"$d\" ]; then printf 'OEF-MANIFEST 1 missing\\0'; "
                   "exit 0; fi"),
    QStringLiteral("[ -d \"$d\" ] || { echo \"$d is not a directory\" >&2; exit 3; }"),
    QStringLiteral("cd -- \"$d\" || exit 3"),
    QStringLiteral("n=$#"),
    QStringLiteral("for p do set -- \"$@\" -o -path \"$p\"; done"),
    QStringLiteral("shift \"$n\""),
    QStringLiteral("set -- \\( -false \"$@\" \\) -prune -o"),
    QStringLiteral("printf 'OEF-MANIFEST 1\\0'"),
    QStringLiteral("find . \"$@\" -printf '%y %m %U %G %s %T@\\0%P\\0%l\\0' || exit 4"),
    QStringLiteral("printf 'OEF-SHA256\\0'"),
};
const QString kManifestScript = (kManifestScriptParts + QStringList{kChecksumScript}).join(QStringLiteral("; "));
// The same listing with only the checksums the cache holds (nothing is read).
const QString kListingScript = (kManifestScriptParts
                                + QStringList{QStringLiteral("oef_cached_only=1"), kChecksumScript})
                                   .join(QStringLiteral("; "));
// The same listing with the checksums of the files named on stdin (and those the cache holds).
const QString kSomeChecksumsScript =
    (kManifestScriptParts + QStringList{QStringLiteral("oef_some=1"), kChecksumScript}).join(QStringLiteral("; "));

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

// find -path patterns for the excludes: "data" and its siblings always.
QStringList excludePatterns(const QStringList &excludes)
{
    QStringList cleaned{QStringLiteral("data")};
    for (const QString &e : excludes) {
        QString c = QDir::cleanPath(e);
        while (c.startsWith(QLatin1String("./")))
            c = c.mid(2);
        if (c.isEmpty() || c == QLatin1String(".") || c.startsWith(QLatin1Char('/'))
            || c.split(QLatin1Char('/')).contains(QStringLiteral("..")))
            continue; // validatePlan refuses these; never let one widen the exclusion
        if (!cleaned.contains(c))
            cleaned << c;
    }
    QStringList patterns;
    for (const QString &c : cleaned)
        patterns << QStringLiteral("./") + globEscape(c);
    // Every kept database copy next to data/: data.before-standby-*, data.before-rewind-*,
    // data.failed-standby-*.
    patterns << QStringLiteral("./data.*");
    // The guard: each server's own, written by the tool (its state says what that server holds).
    patterns << QStringLiteral("./oe-failover");
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
        const QList<QByteArray> parts = meta.split(' ');
        if (parts.size() != 6 || parts.at(0).size() != 1)
            return fail(Tr::tr("bad record \"%1\"").arg(QString::fromUtf8(meta)));
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
            return fail(Tr::tr("bad record \"%1\"").arg(QString::fromUtf8(meta)));
        e.rawPath = path.isEmpty() ? QByteArray(".") : path;
        e.path = displayName(e.rawPath);
        if (e.type == 'l')
            e.linkTarget = displayName(link);
        if (m.contains(e.path))
            return fail(Tr::tr("two names read as \"%1\"").arg(e.path));
        m.insert(e.path, e);
    }
    const QByteArray rest = out.mid(pos);
    for (QByteArray line : rest.split('\n')) {
        if (line.isEmpty())
            continue;
        const bool escaped = line.startsWith('\\');
        if (escaped)
            line.remove(0, 1);
        if (line.size() < 67 || line.at(64) != ' ' || (line.at(65) != ' ' && line.at(65) != '*')
            || !isHex(line.left(64)))
            return fail(Tr::tr("bad checksum line"));
        QByteArray name = line.mid(66);
        if (escaped)
            name = sha256sumUnescape(name);
        if (!name.startsWith("./"))
            return fail(Tr::tr("bad checksum line"));
        const auto it = m.find(displayName(name.mid(2)));
        if (it != m.end() && it->type == 'f')
            it->sha256 = line.left(64).toLower();
        // A file that appeared between the two passes has no record: it is left out.
    }
    if (requireChecksums)
        for (const ManifestEntry &e : std::as_const(m))
            if (e.type == 'f' && e.sha256.isEmpty())
                return fail(Tr::tr("no checksum for \"%1\"").arg(e.path));
    return m;
}

// checksums: all (true), only those the cache holds (false). With `some`, those of the files
// in it (and those the cache holds).
RemoteCommand manifestCommand(const QString &dir, const QStringList &excludes, bool checksums, const QStringList &some)
{
    RemoteCommand c;
    c.program = QStringLiteral("sh");
    const QString &script = !some.isEmpty() ? kSomeChecksumsScript : checksums ? kManifestScript : kListingScript;
    c.args = QStringList{QStringLiteral("-c"), script, QStringLiteral("sh"), dir} + excludePatterns(excludes);
    for (const QString &path : some)
        c.stdinData += "./" + path.toUtf8() + '\n';
    c.asRoot = true;
    c.timeout = std::chrono::minutes(30);
    return c;
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
