#include "backend/setup/installsync.h"
#include "backend/core/plan.h"
#include "backend/core/shellquote.h"
#include "backend/core/tr.h"
#include "backend/remote/relay.h"
#include "backend/remote/serverpool.h"
#include "backend/remote/sshsession.h"

#include <QDir>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace oef {

namespace {

using namespace std::chrono_literals;

// Removes entries (NUL-separated "./path" list on stdin) below $1.
const QString kRemoveScript = QStringLiteral("cd -- \"$1\" && xargs -0 -r rm -rf --");

// Creates the target directory with the source root's mode and owner.
const QString kMkdirScript = QStringLiteral(
    "mkdir -p -- \"$1\" && chown -- \"$3:$4\" \"$1\" && chmod -- \"$2\" \"$1\"");

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

QString octal(quint32 mode)
{
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
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

namespace {

// Runs `first` on fromRole's session here while `second` runs on toRole's session on a helper
// thread (logged in here first; this thread does not touch that session meanwhile).
StepResult runSideBySide(StepContext &context, const QString &fromRole, const RemoteCommand &first,
                                        CommandResult *firstResult, const QString &toRole, const RemoteCommand &second,
                                        CommandResult *secondResult)
{
    SshError sshError;
    RunOnThread helper;
    if (!helper.start(context, toRole, second, &sshError))
        return StepResult::error(sshError.message, sshError.details);
    *firstResult = runOn(context, fromRole, first, false);
    *secondResult = helper.join();
    return StepResult::success();
}

} // namespace

StepResult syncInstallDir(StepContext &context, const QString &fromRole, const QString &toRole, SyncReport *reportOut)
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
    const QString fromHost = context.hostOf(fromRole);
    const QString toHost = context.hostOf(toRole);

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
    if (auto e = runSideBySide(context, fromRole, sourceCmd, &sourceRun, toRole, targetCmd, &targetRun); !e.ok)
        return e;
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
        return StepResult::error(Tr::tr("Could not list the install directory on %1.").arg(fromHost), error);
    if (sourceMissing || !source->contains(QStringLiteral(".")))
        return StepResult::error(Tr::tr("The install directory %1 does not exist on %2.").arg(dir, fromHost));
    context.progress(0.05, Tr::tr("Listing the install directory on %1").arg(toHost));
    const auto target = manifestFromResult(context, toRole, dir, targetCmd, targetRun, &error, &targetMissing);
    if (context.isCancelled())
        return cancelledResult();
    if (!target)
        return StepResult::error(Tr::tr("Could not list the install directory on %1.").arg(toHost), error);

    // 2. What has to travel, what has to go.
    QSet<QString> send;
    QStringList replace; // on the target with another type: removed first
    int sockets = 0;
    for (const ManifestEntry &s : *source) {
        if (s.type == 's') {
            ++sockets;
            continue;
        }
        bool parentChanges = false; // the entry is created in its parent directory
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
                           "out.",
                           nullptr, sockets));

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
            return StepResult::error(Tr::tr("On %1, %n path(s) in %2 are directories holding files that are not on "
                                            "%3, where %3 has a file or link of the same name. Nothing was changed. "
                                            "Move them away on %1, or allow deleting extraneous files, then run the "
                                            "copy again.",
                                            nullptr, int(blocked.size()))
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
            send << parent; // rm moves the parent's time: put it back
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
                               nullptr, int(report.extraneous.size()))
                            .arg(dir, fromHost));
        else
            context.log(toHost, LogStream::Warning,
                        Tr::tr("%n item(s) in %1 on this server are not on %2. They are "
                               "kept (the plan does not ask to delete extraneous files):",
                               nullptr, int(report.extraneous.size()))
                            .arg(dir, fromHost));
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
                Tr::tr("%n of %1 item(s) to copy from %2 to %3 (%4 of file data).", nullptr, report.filesSent)
                    .arg(report.filesTotal)
                    .arg(fromHost, toHost, dataSize(payload)));

    // 3. Change the target.
    if (context.isCancelled())
        return cancelledResult();
    if (targetMissing) {
        const ManifestEntry &root = (*source)[QStringLiteral(".")];
        RemoteCommand mk{QStringLiteral("sh"),
                         {QStringLiteral("-c"), kMkdirScript, QStringLiteral("sh"), dir, octal(root.mode),
                          QString::number(root.uid), QString::number(root.gid)},
                         {},
                         2min,
                         true,
                         {}};
        const CommandResult r = runOn(context, toRole, mk);
        if (!r.ok())
            return commandFailure(Tr::tr("Could not create %1 on %2.").arg(dir, toHost), toHost, mk, r);
    }
    if (!removeTops.isEmpty()) {
        if (context.isCancelled())
            return cancelledResult();
        RemoteCommand rm{QStringLiteral("sh"),
                         {QStringLiteral("-c"), kRemoveScript, QStringLiteral("sh"), dir},
                         nulList(*target, removeTops),
                         10min,
                         true,
                         {}};
        rm.description =
            Tr::tr("%1 (%n path(s) on stdin)", nullptr, int(removeTops.size())).arg(shellCommandLine(rm.argv()));
        const CommandResult r = runOn(context, toRole, rm);
        if (!r.ok())
            return commandFailure(Tr::tr("Could not remove entries from %1 on %2.").arg(dir, toHost), toHost, rm, r);
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
                                QStringLiteral("--null"), QStringLiteral("-cf"), QStringLiteral("-"),
                                QStringLiteral("-T"), QStringLiteral("-")},
                               nulList(*source, sendList),
                               12h,
                               true,
                               {}};
        RemoteCommand consumer{QStringLiteral("tar"),
                               {QStringLiteral("-C"), dir, QStringLiteral("-xpf"), QStringLiteral("-"),
                                QStringLiteral("--numeric-owner"), QStringLiteral("--same-owner"),
                                QStringLiteral("--delay-directory-restore")},
                               {},
                               30min,
                               true,
                               {}};
        context.log(fromHost, LogStream::Command,
                    QStringLiteral("# ")
                        + Tr::tr("%1 (%n path(s) on stdin)", nullptr, int(sendList.size()))
                              .arg(shellCommandLine(producer.argv())));
        context.log(toHost, LogStream::Command, QStringLiteral("# ") + shellCommandLine(consumer.argv()));
        const qint64 expected = estimateTarBytes(*source, sendList);
        RelayOptions o;
        o.cancel = &context.cancelFlag();
        o.onProgress = [&](qint64 bytes) {
            const double f = std::clamp(double(bytes) / double(expected), 0.0, 1.0);
            context.progress(0.15 + 0.75 * f, Tr::tr("Copying the install directory: %1 of %2")
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
                                            "copy again completes it.")
                                         .arg(toHost),
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
                                            "failed.")
                                         .arg(fromHost, toHost),
                                     details);
        }
        context.log(QString(), LogStream::Info,
                    Tr::tr("Copied %n item(s) (%1 through this computer).", nullptr, report.filesSent)
                        .arg(dataSize(report.bytesSent)));
    } else {
        context.log(QString(), LogStream::Info, Tr::tr("Nothing changed since the last copy: no data sent."));
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
            return StepResult::error(Tr::tr("Could not check the copy on %1.").arg(toHost), error);
    } else {
        // Both sides' checksums now, side by side: what was sent against its source.
        CommandResult afterRun, sourceSums;
        sourceCmd = manifestCommand(dir, plan.syncExclude);
        if (auto e = runSideBySide(context, fromRole, sourceCmd, &sourceSums, toRole, targetCmd, &afterRun); !e.ok)
            return e;
        if (context.isCancelled())
            return cancelledResult();
        const auto summed = manifestFromResult(context, fromRole, dir, sourceCmd, sourceSums, &error, nullptr);
        if (!summed)
            return StepResult::error(Tr::tr("Could not list the install directory on %1.").arg(fromHost), error);
        source = summed;
        after = manifestFromResult(context, toRole, dir, targetCmd, afterRun, &error, nullptr);
        if (!after)
            return StepResult::error(Tr::tr("Could not check the copy on %1.").arg(toHost), error);
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
    context.log(
        toHost, LogStream::Info,
        Tr::tr("Checked: all %n item(s) of %1 match %2 (content, owner, mode).", nullptr, report.filesTotal - sockets)
            .arg(dir, fromHost));
    return StepResult::success();
}

} // namespace oef
