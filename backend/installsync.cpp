#include "installsync.h"
#include "plan.h"
#include "relay.h"
#include "serverpool.h"
#include "shellquote.h"
#include "sshsession.h"
#include "tr.h"

#include <QDir>
#include <QLocale>
#include <QSet>

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
const QString kChecksumScript = QStringLiteral(R"OEF(nl=$(printf '\nx'); nl=${nl%x}; t=$(mktemp -d 2>/dev/null) || t=''; trap '[ -z "$t" ] || rm -rf -- "$t"' EXIT; ok=''; o=''; [ "$(openssl dgst -sha256 -r /dev/null 2>/dev/null)" != 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 */dev/null' ] || o=1; oef_sum() { if [ -n "$o" ]; then xargs -0 -r openssl dgst -sha256 -r > "$t/ossl" && sed 's/^\([0-9a-f]\{64\}\) \*/\1  /' "$t/ossl"; else xargs -0 -r sha256sum --; fi; }; if [ -n "$t" ] && { [ -z "$oef_some" ] || cat > "$t/want"; }; then c=/var/cache/oe-failover; cf="$c/manifest-$(uname -n)-$(printf '%s' "$d" | cksum | cut -d ' ' -f 1)"; now=$(date +%s.%N); case $now in *[!0-9.]*) now=$(date +%s) ;; esac; if mkdir -p -m 0700 "$c" 2>/dev/null && touch "$cf" 2>/dev/null && find . "$@" -type f ! -name "*$nl*" ! -name '*\\*' -printf '%i %s %T@ %C@ ./%P\n' > "$t/now" && awk -v cache="$cf" -v hits="$t/hits" -v miss="$t/miss" 'BEGIN { while ((getline l < cache) > 0) { i = index(l, "\t"); if (i) h[substr(l, i + 1)] = substr(l, 1, i - 1) } printf "" > hits; printf "" > miss } { p = $0; for (j = 0; j < 4; j++) p = substr(p, index(p, " ") + 1); if ($0 in h) print h[$0] "  " p > hits; else print p > miss }' "$t/now" && if [ -n "$oef_cached_only" ]; then : > "$t/new" && : > "$t/odd"; else { if [ -n "$oef_some" ]; then awk 'FNR == NR { w[$0]; next } ($0 in w)' "$t/want" "$t/miss"; else cat "$t/miss"; fi; } | tr '\n' '\0' | oef_sum > "$t/new" && find . "$@" -type f \( -name "*$nl*" -o -name '*\\*' \) -print0 | xargs -0 -r sha256sum -- > "$t/odd"; fi; then cat "$t/hits" "$t/new" "$t/odd" && ok=1; cat "$t/hits" "$t/new" | awk -v now="$now" 'FNR == NR { h[substr($0, 67)] = substr($0, 1, 64); next } { p = $0; for (j = 0; j < 4; j++) p = substr(p, index(p, " ") + 1); split($0, f, " "); fr = f[4]; sub(/^[0-9]*\.?/, "", fr); m = (fr ~ /[1-9]/) ? 0.1 : 2; if ((p in h) && f[4] + m <= now) print h[p] "\t" $0 }' - "$t/now" > "$cf.new" && mv -f -- "$cf.new" "$cf"; fi; fi; [ -n "$ok" ] || [ -n "$oef_cached_only" ] || find . "$@" -type f -print0 | xargs -0 -r sha256sum -- || exit 5)OEF");

// One command per side. $1 = the directory, then find -path patterns ("./x", glob-escaped).
// Output, NUL separated: a header; per entry three fields ("type mode uid gid size mtime",
// the relative path, the symlink target); a marker; then sha256sum's lines for the regular
// files (names escaped by sha256sum where they hold a backslash or a newline).
const QStringList kManifestScriptParts{
    QStringLiteral("LC_ALL=C"), QStringLiteral("export LC_ALL"), QStringLiteral("d=$1"),
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
const QString kListingScript =
    (kManifestScriptParts + QStringList{QStringLiteral("oef_cached_only=1"), kChecksumScript}).join(QStringLiteral("; "));
// The same listing with the checksums of the files named on stdin (and those the cache holds).
const QString kSomeChecksumsScript =
    (kManifestScriptParts + QStringList{QStringLiteral("oef_some=1"), kChecksumScript}).join(QStringLiteral("; "));

// Removes entries (NUL-separated "./path" list on stdin) below $1.
const QString kRemoveScript = QStringLiteral("cd -- \"$1\" && xargs -0 -r rm -rf --");

// Creates the target directory with the source root's mode and owner.
const QString kMkdirScript = QStringLiteral(
    "mkdir -p -- \"$1\" && chown -- \"$3:$4\" \"$1\" && chmod -- \"$2\" \"$1\"");

QString globEscape(const QString &path)
{
    QString out;
    for (const QChar c : path) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('*') || c == QLatin1Char('?')
            || c == QLatin1Char('['))
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
            continue;   // validatePlan refuses these; never let one widen the exclusion
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

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QStringLiteral(".") : path.left(slash);
}

// Directories before their contents, a directory's contents right after it.
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

QString octal(quint32 mode) { return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0')); }

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
        d << Tr::tr("mode %1 instead of %2").arg(octal(t.mode), octal(s.mode));
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
        const qint64 nameLen = e.rawPath.size() + 2;   // "./"
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

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QByteArray nulList(const Manifest &m, const QStringList &paths)
{
    QByteArray out;
    for (const QString &p : paths) {
        const QByteArray &raw = m[p].rawPath;
        out += raw == "." ? QByteArray(".") : QByteArray("./") + raw;
        out += '\0';
    }
    return out;
}

QString hostOf(const StepContext &context, const QString &role)
{
    return context.plan && context.plan->has(role) ? context.plan->server(role).host : role;
}

StepResult cancelledResult()
{
    return StepResult::error(Tr::tr("The copy of the install directory was cancelled."));
}

// "a, b, c" and "… and %n more" for logs and details.
QString listSome(const QStringList &items, int max = 20)
{
    QStringList shown = items.mid(0, max);
    QString text = shown.join(QLatin1Char('\n'));
    if (items.size() > max)
        text += QLatin1Char('\n') + Tr::tr("… and %n more", nullptr, int(items.size() - max));
    return text;
}

} // namespace

std::optional<Manifest> parseManifest(const QByteArray &out, QString *error, bool *missing,
                                      bool requireChecksums)
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

namespace {

// checksums: all (true), only those the cache holds (false). With `some`, those of the files
// in it (and those the cache holds).
RemoteCommand manifestCommand(const QString &dir, const QStringList &excludes, bool checksums = true,
                              const QStringList &some = {})
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

std::optional<Manifest> manifestFromResult(StepContext &context, const QString &role,
                                           const QString &dir, const RemoteCommand &c,
                                           const CommandResult &r, QString *error, bool *missing,
                                           bool checksums = true)
{
    if (!r.ok()) {
        if (error) {
            const StepResult f = commandFailure(
                Tr::tr("Could not list the files of %1 on %2.").arg(dir, hostOf(context, role)),
                hostOf(context, role), c, r);
            *error = f.message + QLatin1Char('\n') + f.details;
        }
        return std::nullopt;
    }
    QString parseError;
    auto m = parseManifest(r.stdOut, &parseError, missing, checksums);
    if (!m && error)
        *error = Tr::tr("%1 on %2: %3").arg(dir, hostOf(context, role), parseError);
    return m;
}

// Runs `first` on fromRole's session here while `second` runs on toRole's session on a helper
// thread (logged in here first; this thread does not touch that session meanwhile).
std::optional<StepResult> runSideBySide(StepContext &context, const QString &fromRole,
                                        const RemoteCommand &first, CommandResult *firstResult,
                                        const QString &toRole, const RemoteCommand &second,
                                        CommandResult *secondResult)
{
    SshError sshError;
    RunOnThread helper;
    if (!helper.start(context, toRole, second, &sshError))
        return StepResult::error(sshError.message, sshError.details);
    *firstResult = runOn(context, fromRole, first, false);
    *secondResult = helper.join();
    return std::nullopt;
}

} // namespace

std::optional<Manifest> readManifest(StepContext &context, const QString &role,
                                     const QString &dir, const QStringList &excludes,
                                     QString *error, bool *missing)
{
    const RemoteCommand c = manifestCommand(dir, excludes);
    const CommandResult r = runOn(context, role, c, false);
    return manifestFromResult(context, role, dir, c, r, error, missing);
}

StepResult syncInstallDir(StepContext &context, const QString &fromRole, const QString &toRole,
                          SyncReport *reportOut)
{
    SyncReport localReport;
    SyncReport &report = reportOut ? *reportOut : localReport;
    report = {};
    if (!context.plan || !context.servers)
        return StepResult::error(Tr::tr("Internal error: the copy step has no plan or servers."));
    if (context.isCancelled())
        return cancelledResult();
    const Plan &plan = *context.plan;
    const QString dir = plan.installDir;
    const QString fromHost = hostOf(context, fromRole);
    const QString toHost = hostOf(context, toRole);

    // 1. What is where: both listings at once, the target's with checksums (a file there may
    // be kept), the source's with the checksums its cache holds: the others are read only when
    // such a file is on both sides with the same size (else it travels anyway, and is checked
    // afterwards).
    context.progress(0.0, Tr::tr("Listing the install directory on %1 and %2").arg(fromHost, toHost));
    QString error;
    bool sourceMissing = false;
    bool targetMissing = false;
    const RemoteCommand targetCmd = manifestCommand(dir, plan.syncExclude);
    RemoteCommand sourceCmd = manifestCommand(dir, plan.syncExclude, false);
    CommandResult targetRun, sourceRun;
    if (auto e = runSideBySide(context, fromRole, sourceCmd, &sourceRun, toRole, targetCmd, &targetRun))
        return *e;
    if (context.isCancelled())
        return cancelledResult();
    bool sourceHasChecksums = false;
    std::optional<Manifest> source = manifestFromResult(context, fromRole, dir, sourceCmd, sourceRun, &error,
                                                        &sourceMissing, false);
    if (source && !sourceMissing) {
        QString targetError;
        const auto peek = manifestFromResult(context, toRole, dir, targetCmd, targetRun, &targetError, nullptr);
        // Only the source's files that may be kept need their checksums now (the others travel
        // and are checked after the copy).
        QStringList mayKeep;
        for (const ManifestEntry &s : *source) {
            const auto t = peek ? peek->constFind(s.path) : Manifest::const_iterator();
            if (peek && s.type == 'f' && s.sha256.isEmpty() && t != peek->cend() && t->type == 'f' && t->size == s.size)
                mayKeep << s.path;
        }
        if (!mayKeep.isEmpty()) {
            const RemoteCommand someCmd = manifestCommand(dir, plan.syncExclude, false, mayKeep);
            const CommandResult someRun = runOn(context, fromRole, someCmd, false);
            if (context.isCancelled())
                return cancelledResult();
            source = manifestFromResult(context, fromRole, dir, someCmd, someRun, &error, &sourceMissing, false);
            if (source && std::any_of(mayKeep.cbegin(), mayKeep.cend(), [&](const QString &p) {
                    const auto e = source->constFind(p);
                    return e != source->cend() && e->type == 'f' && e->sha256.isEmpty();
                }))
                source = readManifest(context, fromRole, dir, plan.syncExclude, &error, &sourceMissing);
        }
        sourceHasChecksums = source && std::all_of(source->cbegin(), source->cend(), [](const ManifestEntry &s) {
            return s.type != 'f' || !s.sha256.isEmpty();
        });
    }
    if (!source)
        return StepResult::error(Tr::tr("Could not list the install directory on %1.")
                                     .arg(fromHost), error);
    if (sourceMissing || !source->contains(QStringLiteral(".")))
        return StepResult::error(Tr::tr("The install directory %1 does not exist on %2.")
                                     .arg(dir, fromHost));
    context.progress(0.05, Tr::tr("Listing the install directory on %1").arg(toHost));
    const auto target = manifestFromResult(context, toRole, dir, targetCmd, targetRun, &error,
                                           &targetMissing);
    if (context.isCancelled())
        return cancelledResult();
    if (!target)
        return StepResult::error(Tr::tr("Could not list the install directory on %1.")
                                     .arg(toHost), error);

    // 2. What has to travel, what has to go.
    QSet<QString> send;
    QStringList replace;            // on the target with another type: removed first
    int sockets = 0;
    for (const ManifestEntry &s : *source) {
        if (s.type == 's') {
            ++sockets;
            continue;
        }
        bool parentChanges = false;   // the entry is created in its parent directory
        const auto t = target->constFind(s.path);
        if (t == target->cend()) {
            send << s.path;
            parentChanges = true;
        } else if (t->type != s.type) {
            send << s.path;
            replace << s.path;
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
    report.filesTotal = int(source->size());
    for (const ManifestEntry &t : *target)
        if (!source->contains(t.path))
            report.extraneous << t.path;
    std::sort(report.extraneous.begin(), report.extraneous.end(), componentLess);
    if (sockets > 0)
        context.log(fromHost, LogStream::Warning,
                    Tr::tr("%n socket(s) in the install directory cannot be copied and are left "
                           "out.", nullptr, sockets));

    // Removal: entries whose type changed, and (when asked) extraneous ones; only the top
    // of each removed tree is passed to rm.
    QStringList removeTops;
    QSet<QString> removing;
    auto underRemoved = [&](const QString &p) {
        for (QString q = p; q != QLatin1String("."); q = parentOf(q))
            if (removing.contains(q))
                return true;
        return false;
    };
    // A directory on the target where the source has something else goes, but never takes
    // extraneous entries with it unless the plan allows deleting them.
    if (!plan.deleteExtraneous) {
        QStringList blocked;
        for (const QString &p : std::as_const(replace)) {
            const QString prefix = p + QLatin1Char('/');
            if (std::any_of(report.extraneous.cbegin(), report.extraneous.cend(),
                            [&](const QString &x) { return x.startsWith(prefix); }))
                blocked << p;
        }
        if (!blocked.isEmpty())
            return StepResult::error(
                Tr::tr("On %1, %n path(s) in %2 are directories holding files that are not on "
                       "%3, where %3 has a file or link of the same name. Nothing was changed. "
                       "Move them away on %1, or allow deleting extraneous files, then run the "
                       "copy again.", nullptr, int(blocked.size()))
                    .arg(toHost, dir, fromHost),
                listSome(blocked));
    }
    QStringList removeCandidates = replace;
    if (plan.deleteExtraneous)
        removeCandidates += report.extraneous;
    std::sort(removeCandidates.begin(), removeCandidates.end(), componentLess);
    for (const QString &p : removeCandidates) {
        if (p == QLatin1String(".") || p.split(QLatin1Char('/')).contains(QStringLiteral("..")))
            continue;
        if (!underRemoved(p))
            removeTops << p;
        removing << p;
        const QString parent = parentOf(p);
        if (source->contains(parent))
            send << parent;                // rm moves the parent's time: put it back
    }
    for (const QString &p : std::as_const(report.extraneous))
        if (removing.contains(p) || underRemoved(p))
            report.removed << p;
    std::sort(report.removed.begin(), report.removed.end(), componentLess);

    if (!report.extraneous.isEmpty()) {
        const QStringList kept = plan.deleteExtraneous ? QStringList() : report.extraneous;
        if (plan.deleteExtraneous)
            context.log(toHost, LogStream::Warning,
                        Tr::tr("%n item(s) in %1 on this server are not on %2 and will be "
                               "removed (the plan asks to delete extraneous files):",
                               nullptr, int(report.extraneous.size())).arg(dir, fromHost));
        else
            context.log(toHost, LogStream::Warning,
                        Tr::tr("%n item(s) in %1 on this server are not on %2. They are "
                               "kept (the plan does not ask to delete extraneous files):",
                               nullptr, int(report.extraneous.size())).arg(dir, fromHost));
        for (const QString &line : listSome(report.extraneous).split(QLatin1Char('\n')))
            context.log(toHost, LogStream::Warning, QStringLiteral("  ") + line);
    }

    QStringList sendList(send.begin(), send.end());
    std::sort(sendList.begin(), sendList.end(), componentLess);
    report.filesSent = int(sendList.size());
    qint64 payload = 0;
    for (const QString &p : std::as_const(sendList))
        if ((*source)[p].type == 'f')
            payload += (*source)[p].size;
    context.log(QString(), LogStream::Info,
                Tr::tr("%n of %1 item(s) to copy from %2 to %3 (%4 of file data).", nullptr,
                       report.filesSent)
                    .arg(report.filesTotal).arg(fromHost, toHost, dataSize(payload)));

    // 3. Change the target.
    if (context.isCancelled())
        return cancelledResult();
    if (targetMissing) {
        const ManifestEntry &root = (*source)[QStringLiteral(".")];
        RemoteCommand mk{QStringLiteral("sh"),
                         {QStringLiteral("-c"), kMkdirScript, QStringLiteral("sh"), dir,
                          octal(root.mode), QString::number(root.uid), QString::number(root.gid)},
                         {}, 2min, true, {}};
        const CommandResult r = runOn(context, toRole, mk);
        if (!r.ok())
            return commandFailure(Tr::tr("Could not create %1 on %2.").arg(dir, toHost), toHost,
                                  mk, r);
    }
    if (!removeTops.isEmpty()) {
        if (context.isCancelled())
            return cancelledResult();
        RemoteCommand rm{QStringLiteral("sh"),
                         {QStringLiteral("-c"), kRemoveScript, QStringLiteral("sh"), dir},
                         nulList(*target, removeTops), 10min, true, {}};
        rm.description = Tr::tr("%1 (%n path(s) on stdin)", nullptr, int(removeTops.size()))
                             .arg(shellCommandLine(rm.argv()));
        const CommandResult r = runOn(context, toRole, rm);
        if (!r.ok())
            return commandFailure(Tr::tr("Could not remove entries from %1 on %2.")
                                      .arg(dir, toHost), toHost, rm, r);
        for (const QString &p : std::as_const(removeTops))
            context.log(toHost, LogStream::Info, Tr::tr("Removed %1").arg(p));
    }
    context.progress(0.15);

    if (!sendList.isEmpty()) {
        if (context.isCancelled())
            return cancelledResult();
        SshError sshError;
        SshSession *from = context.servers->session(fromRole, &sshError, &context.cancelFlag());
        if (!from)
            return StepResult::error(sshError.message, sshError.details);
        SshSession *to = context.servers->session(toRole, &sshError, &context.cancelFlag());
        if (!to)
            return StepResult::error(sshError.message, sshError.details);
        RemoteCommand producer{QStringLiteral("tar"),
                               {QStringLiteral("-C"), dir, QStringLiteral("--numeric-owner"),
                                QStringLiteral("--no-recursion"), QStringLiteral("--no-unquote"),
                                QStringLiteral("--null"), QStringLiteral("-cf"),
                                QStringLiteral("-"), QStringLiteral("-T"), QStringLiteral("-")},
                               nulList(*source, sendList), 12h, true, {}};
        RemoteCommand consumer{QStringLiteral("tar"),
                               {QStringLiteral("-C"), dir, QStringLiteral("-xpf"),
                                QStringLiteral("-"), QStringLiteral("--numeric-owner"),
                                QStringLiteral("--same-owner"),
                                QStringLiteral("--delay-directory-restore")},
                               {}, 30min, true, {}};
        context.log(fromHost, LogStream::Command,
                    QStringLiteral("# ")
                        + Tr::tr("%1 (%n path(s) on stdin)", nullptr, int(sendList.size()))
                              .arg(shellCommandLine(producer.argv())));
        context.log(toHost, LogStream::Command,
                    QStringLiteral("# ") + shellCommandLine(consumer.argv()));
        const qint64 expected = estimateTarBytes(*source, sendList);
        RelayOptions o;
        o.cancel = &context.cancelFlag();
        o.onProgress = [&](qint64 bytes) {
            const double f = std::clamp(double(bytes) / double(expected), 0.0, 1.0);
            context.progress(0.15 + 0.75 * f,
                             Tr::tr("Copying the install directory: %1 of %2")
                                 .arg(dataSize(bytes), dataSize(std::max(bytes, expected))));
        };
        o.onLine = [&](bool isProducer, LogStream stream, const QString &line) {
            context.log(isProducer ? fromHost : toHost, stream, line);
        };
        const RelayResult rr = relay(*from, producer, *to, consumer, o);
        report.bytesSent = rr.bytes;
        if (context.isCancelled())
            return StepResult::error(Tr::tr("The copy of the install directory was cancelled. "
                                            "Entries copied so far stay on %1; running the "
                                            "copy again completes it.").arg(toHost),
                                     rr.error);
        if (!rr.ok) {
            QString details = rr.error;
            const QString pTail = commandTail(rr.producer);
            const QString cTail = commandTail(rr.consumer);
            if (!pTail.isEmpty())
                details += QLatin1Char('\n') + QStringLiteral("%1:\n%2").arg(fromHost, pTail);
            if (!cTail.isEmpty())
                details += QLatin1Char('\n') + QStringLiteral("%1:\n%2").arg(toHost, cTail);
            return StepResult::error(Tr::tr("Copying the install directory from %1 to %2 "
                                            "failed.").arg(fromHost, toHost),
                                     details);
        }
        context.log(QString(), LogStream::Info,
                    Tr::tr("Copied %n item(s) (%1 through this computer).", nullptr,
                           report.filesSent).arg(dataSize(report.bytesSent)));
    } else {
        context.log(QString(), LogStream::Info,
                    Tr::tr("Nothing changed since the last copy: no data sent."));
    }
    context.progress(0.9, Tr::tr("Checking the copy on %1").arg(toHost));

    // 4. Verify: read the target again (unless nothing was changed there).
    std::optional<Manifest> after;
    if (sendList.isEmpty() && removeTops.isEmpty() && !targetMissing && sourceHasChecksums) {
        after = target;
    } else if (sourceHasChecksums) {
        after = readManifest(context, toRole, dir, plan.syncExclude, &error);
        if (context.isCancelled())
            return cancelledResult();
        if (!after)
            return StepResult::error(Tr::tr("Could not check the copy on %1.").arg(toHost),
                                     error);
    } else {
        // Both sides' checksums now, side by side: what was sent against its source.
        CommandResult afterRun, sourceSums;
        sourceCmd = manifestCommand(dir, plan.syncExclude);
        if (auto e = runSideBySide(context, fromRole, sourceCmd, &sourceSums, toRole, targetCmd, &afterRun))
            return *e;
        if (context.isCancelled())
            return cancelledResult();
        const auto summed = manifestFromResult(context, fromRole, dir, sourceCmd, sourceSums, &error, nullptr);
        if (!summed)
            return StepResult::error(Tr::tr("Could not list the install directory on %1.").arg(fromHost), error);
        source = summed;
        after = manifestFromResult(context, toRole, dir, targetCmd, afterRun, &error, nullptr);
        if (!after)
            return StepResult::error(Tr::tr("Could not check the copy on %1.").arg(toHost),
                                     error);
    }
    QStringList problems;
    for (const ManifestEntry &s : *source) {
        if (s.type == 's')
            continue;
        const auto t = after->constFind(s.path);
        QStringList d;
        if (t == after->cend())
            d << Tr::tr("missing");
        else
            d = differences(s, *t, Compare::Verify);
        if (!d.isEmpty()) {
            report.mismatches << s.path;
            problems << QStringLiteral("%1: %2").arg(s.path, d.join(QStringLiteral(", ")));
        }
    }
    report.verified = report.mismatches.isEmpty();
    context.progress(1.0);
    if (!report.verified)
        return StepResult::error(Tr::tr("The copy of %1 on %2 differs from %3 in %n item(s). "
                                        "If files changed on %3 during the copy, run it again.",
                                        nullptr, int(report.mismatches.size()))
                                     .arg(dir, toHost, fromHost),
                                 listSome(problems));
    context.log(toHost, LogStream::Info,
                Tr::tr("Checked: all %n item(s) of %1 match %2 (content, owner, mode).",
                       nullptr, report.filesTotal - sockets).arg(dir, fromHost));
    return StepResult::success();
}

} // namespace oef
