#include "backend/setup/installsync.h"
#include "backend/core/plan.h"
#include "backend/core/shellquote.h"
#include "backend/core/tr.h"
#include "backend/remote/relay.h"
#include "backend/remote/remoteops.h"
#include "backend/remote/serverpool.h"
#include "backend/remote/sshsession.h"
#include "backend/setup/scripts.h"
#include "backend/setup/syncplan.h"

#include <QLocale>

#include <algorithm>

namespace oef {

namespace {

using namespace std::chrono_literals;

// One copy: its two sides and what it reports.
struct SyncJob
{
    StepContext &context;
    const Plan &plan;
    QString fromRole;
    QString toRole;
    QString fromHost;
    QString toHost;
    QString dir;
    SyncReport &report;
};

// What is where: the manifests of both sides.
struct SyncSides
{
    std::optional<Manifest> source;
    std::optional<Manifest> target;
    bool targetMissing = false;
    bool sourceHasChecksums = false; // every regular file of the source has its checksum
    RemoteCommand targetCmd;         // the target's listing (run again to check the copy)
};

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

bool everyFileSummed(const Manifest &m)
{
    return std::all_of(m.cbegin(), m.cend(),
                       [](const ManifestEntry &s) { return s.type != 'f' || !s.sha256.isEmpty(); });
}

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

// ---- 1. List both sides ----------------------------------------------------------------

// The source's files that may be kept (the target has a file of that path and size) and
// whose checksum the source's cache did not hold. The others travel anyway, and are checked
// after the copy.
QStringList unsummedKeepable(const Manifest &source, const std::optional<Manifest> &target)
{
    QStringList mayKeep;
    if (!target)
        return mayKeep;
    for (const ManifestEntry &s : source) {
        if (s.type != 'f' || !s.sha256.isEmpty())
            continue;
        const auto t = target->constFind(s.path);
        if (t != target->cend() && t->type == 'f' && t->size == s.size)
            mayKeep << s.path;
    }
    return mayKeep;
}

// Reads the checksums of the source's files that may be kept (see unsummedKeepable); when one
// is still missing, the source is listed again with every checksum.
StepResult completeSourceChecksums(SyncJob &job, const std::optional<Manifest> &peek, std::optional<Manifest> *source,
                                   QString *error, bool *sourceMissing)
{
    const QStringList mayKeep = unsummedKeepable(**source, peek);
    if (mayKeep.isEmpty())
        return StepResult::success();
    const RemoteCommand someCmd = manifestCommand(job.dir, job.plan.syncExclude, false, mayKeep);
    const CommandResult someRun = runOn(job.context, job.fromRole, someCmd, false);
    if (job.context.isCancelled())
        return cancelledResult();
    *source = manifestFromResult(job.context, job.fromRole, job.dir, someCmd, someRun, error, sourceMissing, false);
    if (*source && std::any_of(mayKeep.cbegin(), mayKeep.cend(), [&](const QString &p) {
            const auto e = (*source)->constFind(p);
            return e != (*source)->cend() && e->type == 'f' && e->sha256.isEmpty();
        }))
        *source = readManifest(job.context, job.fromRole, job.dir, job.plan.syncExclude, error, sourceMissing);
    return StepResult::success();
}

// Both listings at once, the target's with checksums (a file there may be kept), the source's
// with the checksums its cache holds: the others are read only when such a file is on both
// sides with the same size (else it travels anyway, and is checked afterwards).
StepResult listSides(SyncJob &job, SyncSides *sides)
{
    StepContext &context = job.context;
    context.progress(0.0, Tr::tr("Listing the install directory on %1 and %2").arg(job.fromHost, job.toHost));
    QString error;
    bool sourceMissing = false;
    sides->targetCmd = manifestCommand(job.dir, job.plan.syncExclude);
    const RemoteCommand sourceCmd = manifestCommand(job.dir, job.plan.syncExclude, false);
    CommandResult targetRun, sourceRun;
    if (auto e = runSideBySide(context, job.fromRole, sourceCmd, &sourceRun, job.toRole, sides->targetCmd, &targetRun);
        !e.ok)
        return e;
    if (context.isCancelled())
        return cancelledResult();
    sides->source = manifestFromResult(context, job.fromRole, job.dir, sourceCmd, sourceRun, &error, &sourceMissing,
                                       false);
    if (sides->source && !sourceMissing) {
        QString targetError;
        const auto peek = manifestFromResult(context, job.toRole, job.dir, sides->targetCmd, targetRun, &targetError,
                                             nullptr);
        if (auto r = completeSourceChecksums(job, peek, &sides->source, &error, &sourceMissing); !r.ok)
            return r;
        sides->sourceHasChecksums = sides->source && everyFileSummed(*sides->source);
    }
    if (!sides->source)
        return StepResult::error(Tr::tr("Could not list the install directory on %1.").arg(job.fromHost), error);
    if (sourceMissing || !sides->source->contains(QStringLiteral(".")))
        return StepResult::error(Tr::tr("The install directory %1 does not exist on %2.").arg(job.dir, job.fromHost));
    context.progress(0.05, Tr::tr("Listing the install directory on %1").arg(job.toHost));
    sides->target = manifestFromResult(context, job.toRole, job.dir, sides->targetCmd, targetRun, &error,
                                       &sides->targetMissing);
    if (context.isCancelled())
        return cancelledResult();
    if (!sides->target)
        return StepResult::error(Tr::tr("Could not list the install directory on %1.").arg(job.toHost), error);
    return StepResult::success();
}

// ---- 2. The plan, reported -------------------------------------------------------------

void logExtraneous(SyncJob &job, const QStringList &extraneous)
{
    if (extraneous.isEmpty())
        return;
    if (job.plan.deleteExtraneous)
        job.context.log(job.toHost, LogStream::Warning,
                        Tr::tr("%n item(s) in %1 on this server are not on %2 and will be "
                               "removed (the plan asks to delete extraneous files):",
                               nullptr, int(extraneous.size()))
                            .arg(job.dir, job.fromHost));
    else
        job.context.log(job.toHost, LogStream::Warning,
                        Tr::tr("%n item(s) in %1 on this server are not on %2. They are "
                               "kept (the plan does not ask to delete extraneous files):",
                               nullptr, int(extraneous.size()))
                            .arg(job.dir, job.fromHost));
    for (const QString &line : listSome(extraneous).split(QLatin1Char('\n')))
        job.context.log(job.toHost, LogStream::Warning, QStringLiteral("  ") + line);
}

// Fills the report from the plan and logs it; fails when the plan may not be carried out.
StepResult takePlan(SyncJob &job, const SyncPlan &plan)
{
    job.report.filesTotal = plan.total;
    job.report.extraneous = plan.extraneous;
    if (plan.sockets > 0)
        job.context.log(job.fromHost, LogStream::Warning,
                        Tr::tr("%n socket(s) in the install directory cannot be copied and are left "
                               "out.",
                               nullptr, plan.sockets));
    if (!plan.blocked.isEmpty())
        return StepResult::error(Tr::tr("On %1, %n path(s) in %2 are directories holding files that are not on "
                                        "%3, where %3 has a file or link of the same name. Nothing was changed. "
                                        "Move them away on %1, or allow deleting extraneous files, then run the "
                                        "copy again.",
                                        nullptr, int(plan.blocked.size()))
                                     .arg(job.toHost, job.dir, job.fromHost),
                                 listSome(plan.blocked));
    job.report.removed = plan.removed;
    logExtraneous(job, plan.extraneous);
    job.report.filesSent = int(plan.send.size());
    job.context.log(QString(), LogStream::Info,
                    Tr::tr("%n of %1 item(s) to copy from %2 to %3 (%4 of file data).", nullptr, job.report.filesSent)
                        .arg(job.report.filesTotal)
                        .arg(job.fromHost, job.toHost, dataSize(plan.payload)));
    return StepResult::success();
}

// ---- 3. Apply: create, remove, send ----------------------------------------------------

// The target directory, with the source root's mode and owner.
StepResult createTargetDir(SyncJob &job, const ManifestEntry &root)
{
    const RemoteCommand mk = shellScript(
        scripts::sync_mkdir, {job.dir, octalMode(root.mode), QString::number(root.uid), QString::number(root.gid)},
        true, 2min);
    const CommandResult r = runOn(job.context, job.toRole, mk);
    if (!r.ok())
        return commandFailure(Tr::tr("Could not create %1 on %2.").arg(job.dir, job.toHost), job.toHost, mk, r);
    return StepResult::success();
}

StepResult removeEntries(SyncJob &job, const Manifest &target, const QStringList &removeTops)
{
    RemoteCommand rm = shellScript(scripts::sync_remove, {job.dir}, true, 10min);
    rm.stdinData = nulList(target, removeTops);
    rm.description = Tr::tr("%1 (%n path(s) on stdin)", nullptr, int(removeTops.size())).arg(rm.description);
    const CommandResult r = runOn(job.context, job.toRole, rm);
    if (!r.ok())
        return commandFailure(Tr::tr("Could not remove entries from %1 on %2.").arg(job.dir, job.toHost), job.toHost,
                              rm, r);
    for (const QString &p : removeTops)
        job.context.log(job.toHost, LogStream::Info, Tr::tr("Removed %1").arg(p));
    return StepResult::success();
}

// tar on the source: the entries named on stdin (NUL separated), not their contents.
RemoteCommand tarProducer(const QString &dir, const Manifest &source, const QStringList &paths)
{
    return RemoteCommand{QStringLiteral("tar"),
                         {QStringLiteral("-C"), dir, QStringLiteral("--numeric-owner"),
                          QStringLiteral("--no-recursion"), QStringLiteral("--no-unquote"), QStringLiteral("--null"),
                          QStringLiteral("-cf"), QStringLiteral("-"), QStringLiteral("-T"), QStringLiteral("-")},
                         nulList(source, paths),
                         12h,
                         true,
                         {}};
}

// tar on the target: numeric owners, modes, and directory times once their contents are in.
RemoteCommand tarConsumer(const QString &dir)
{
    return RemoteCommand{QStringLiteral("tar"),
                         {QStringLiteral("-C"), dir, QStringLiteral("-xpf"), QStringLiteral("-"),
                          QStringLiteral("--numeric-owner"), QStringLiteral("--same-owner"),
                          QStringLiteral("--delay-directory-restore")},
                         {},
                         30min,
                         true,
                         {}};
}

// A failed relay: its error, then the end of each side's output.
StepResult relayFailure(const SyncJob &job, const RelayResult &rr)
{
    QString details = rr.error;
    const QString pTail = commandTail(rr.producer);
    const QString cTail = commandTail(rr.consumer);
    if (!pTail.isEmpty())
        details += QLatin1Char('\n') + QStringLiteral("%1:\n%2").arg(job.fromHost, pTail);
    if (!cTail.isEmpty())
        details += QLatin1Char('\n') + QStringLiteral("%1:\n%2").arg(job.toHost, cTail);
    return StepResult::error(Tr::tr("Copying the install directory from %1 to %2 "
                                    "failed.")
                                 .arg(job.fromHost, job.toHost),
                             details);
}

// The entries to send, as one tar stream from the source to the target through this computer.
StepResult sendEntries(SyncJob &job, const Manifest &source, const SyncPlan &plan)
{
    StepContext &context = job.context;
    SshError sshError;
    SshSession *from = context.servers->session(job.fromRole, &sshError, &context.cancelFlag());
    if (!from)
        return StepResult::error(sshError.message, sshError.details);
    SshSession *to = context.servers->session(job.toRole, &sshError, &context.cancelFlag());
    if (!to)
        return StepResult::error(sshError.message, sshError.details);
    const RemoteCommand producer = tarProducer(job.dir, source, plan.send);
    const RemoteCommand consumer = tarConsumer(job.dir);
    context.log(job.fromHost, LogStream::Command,
                QStringLiteral("# ")
                    + Tr::tr("%1 (%n path(s) on stdin)", nullptr, int(plan.send.size()))
                          .arg(shellCommandLine(producer.argv())));
    context.log(job.toHost, LogStream::Command, QStringLiteral("# ") + shellCommandLine(consumer.argv()));
    const qint64 expected = plan.estimate;
    RelayOptions o;
    o.cancel = &context.cancelFlag();
    o.onProgress = [&](qint64 bytes) {
        const double f = std::clamp(double(bytes) / double(expected), 0.0, 1.0);
        context.progress(0.15 + 0.75 * f, Tr::tr("Copying the install directory: %1 of %2")
                                              .arg(dataSize(bytes), dataSize(std::max(bytes, expected))));
    };
    o.onLine = [&](bool isProducer, LogStream stream, const QString &line) {
        context.log(isProducer ? job.fromHost : job.toHost, stream, line);
    };
    const RelayResult rr = relay(*from, producer, *to, consumer, o);
    job.report.bytesSent = rr.bytes;
    if (context.isCancelled())
        return StepResult::error(Tr::tr("The copy of the install directory was cancelled. "
                                        "Entries copied so far stay on %1; running the "
                                        "copy again completes it.")
                                     .arg(job.toHost),
                                 rr.error);
    if (!rr.ok)
        return relayFailure(job, rr);
    context.log(QString(), LogStream::Info,
                Tr::tr("Copied %n item(s) (%1 through this computer).", nullptr, job.report.filesSent)
                    .arg(dataSize(job.report.bytesSent)));
    return StepResult::success();
}

StepResult applyPlan(SyncJob &job, const SyncSides &sides, const SyncPlan &plan)
{
    if (job.context.isCancelled())
        return cancelledResult();
    if (plan.createRoot)
        if (auto r = createTargetDir(job, (*sides.source)[QStringLiteral(".")]); !r.ok)
            return r;
    if (!plan.removeTops.isEmpty()) {
        if (job.context.isCancelled())
            return cancelledResult();
        if (auto r = removeEntries(job, *sides.target, plan.removeTops); !r.ok)
            return r;
    }
    job.context.progress(0.15);
    if (!plan.send.isEmpty()) {
        if (job.context.isCancelled())
            return cancelledResult();
        if (auto r = sendEntries(job, *sides.source, plan); !r.ok)
            return r;
    } else {
        job.context.log(QString(), LogStream::Info, Tr::tr("Nothing changed since the last copy: no data sent."));
    }
    job.context.progress(0.9, Tr::tr("Checking the copy on %1").arg(job.toHost));
    return StepResult::success();
}

// ---- 4. Verify -------------------------------------------------------------------------

// The target after the copy: as listed before when nothing was changed there, else read again.
// When the source's listing lacked checksums, both sides' now, side by side (what was sent
// against its source): sides->source is then replaced.
StepResult listAfterCopy(SyncJob &job, SyncSides *sides, const SyncPlan &plan, std::optional<Manifest> *after)
{
    StepContext &context = job.context;
    QString error;
    if (plan.send.isEmpty() && plan.removeTops.isEmpty() && !sides->targetMissing && sides->sourceHasChecksums) {
        *after = sides->target;
        return StepResult::success();
    }
    if (sides->sourceHasChecksums) {
        *after = readManifest(context, job.toRole, job.dir, job.plan.syncExclude, &error);
        if (context.isCancelled())
            return cancelledResult();
        if (!*after)
            return StepResult::error(Tr::tr("Could not check the copy on %1.").arg(job.toHost), error);
        return StepResult::success();
    }
    CommandResult afterRun, sourceSums;
    const RemoteCommand sourceCmd = manifestCommand(job.dir, job.plan.syncExclude);
    if (auto e = runSideBySide(context, job.fromRole, sourceCmd, &sourceSums, job.toRole, sides->targetCmd, &afterRun);
        !e.ok)
        return e;
    if (context.isCancelled())
        return cancelledResult();
    const auto summed = manifestFromResult(context, job.fromRole, job.dir, sourceCmd, sourceSums, &error, nullptr);
    if (!summed)
        return StepResult::error(Tr::tr("Could not list the install directory on %1.").arg(job.fromHost), error);
    sides->source = summed;
    *after = manifestFromResult(context, job.toRole, job.dir, sides->targetCmd, afterRun, &error, nullptr);
    if (!*after)
        return StepResult::error(Tr::tr("Could not check the copy on %1.").arg(job.toHost), error);
    return StepResult::success();
}

StepResult checkCopy(SyncJob &job, SyncSides *sides, const SyncPlan &plan)
{
    std::optional<Manifest> after;
    if (auto r = listAfterCopy(job, sides, plan, &after); !r.ok)
        return r;
    const QStringList problems = copyProblems(*sides->source, *after, &job.report.mismatches);
    job.report.verified = job.report.mismatches.isEmpty();
    job.context.progress(1.0);
    if (!job.report.verified)
        return StepResult::error(Tr::tr("The copy of %1 on %2 differs from %3 in %n item(s). "
                                        "If files changed on %3 during the copy, run it again.",
                                        nullptr, int(job.report.mismatches.size()))
                                     .arg(job.dir, job.toHost, job.fromHost),
                                 listSome(problems));
    job.context.log(job.toHost, LogStream::Info,
                    Tr::tr("Checked: all %n item(s) of %1 match %2 (content, owner, mode).", nullptr,
                           job.report.filesTotal - plan.sockets)
                        .arg(job.dir, job.fromHost));
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
    SyncJob job{context,
                *context.plan,
                fromRole,
                toRole,
                context.hostOf(fromRole),
                context.hostOf(toRole),
                context.plan->installDir,
                report};
    SyncSides sides;
    if (auto r = listSides(job, &sides); !r.ok)
        return r;
    const SyncPlan plan = planSync(*sides.source, *sides.target, sides.targetMissing, job.plan.syncExclude,
                                   job.plan.deleteExtraneous);
    if (auto r = takePlan(job, plan); !r.ok)
        return r;
    if (auto r = applyPlan(job, sides, plan); !r.ok)
        return r;
    return checkCopy(job, &sides, plan);
}

} // namespace oef
