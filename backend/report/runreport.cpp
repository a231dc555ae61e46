#include "backend/report/runreport.h"

#include "backend/core/runner.h"
#include "backend/core/secrets.h"
#include "backend/core/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QObject>
#include <QStandardPaths>
#include <QSysInfo>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace oef {

namespace {

constexpr int kMaxCommands = 1000;  // per step; more are counted, not kept
constexpr int kAfterStopTail = 200; // lines kept before the first step / after the stop

QString isoTime(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    // With the offset spelled out, whatever the local time zone.
    return time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODate);
}

QString localUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty()) {
        if (const passwd *pw = ::getpwuid(::getuid()); pw && pw->pw_name)
            name = QString::fromLocal8Bit(pw->pw_name);
    }
    return name;
}

QString formatDuration(qint64 ms)
{
    if (ms < 0)
        ms = 0;
    if (ms < 60 * 1000)
        return Tr::tr("%1 s", "duration in seconds").arg(double(ms) / 1000.0, 0, 'f', 1);
    const qint64 totalSeconds = (ms + 500) / 1000;
    if (totalSeconds < 3600) {
        return Tr::tr("%1 min %2 s", "duration").arg(totalSeconds / 60).arg(totalSeconds % 60, 2, 10, QLatin1Char('0'));
    }
    return Tr::tr("%1 h %2 min", "duration")
        .arg(totalSeconds / 3600)
        .arg((totalSeconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString kindTitle(RunReport::Kind kind)
{
    switch (kind) {
    case RunReport::Kind::Setup: return Tr::tr("Set up failover", "report title");
    case RunReport::Kind::Failover: return Tr::tr("Failover", "report title");
    case RunReport::Kind::Switchover: return Tr::tr("Planned switchover", "report title");
    case RunReport::Kind::Verify: return Tr::tr("Replication check", "report title");
    }
    return QString();
}

QString outcomeText(RunReport::Outcome outcome)
{
    switch (outcome) {
    case RunReport::Outcome::Succeeded: return Tr::tr("Succeeded", "run outcome");
    case RunReport::Outcome::Failed: return Tr::tr("Failed", "run outcome");
    case RunReport::Outcome::Cancelled: return Tr::tr("Cancelled", "run outcome");
    case RunReport::Outcome::NotStarted: return Tr::tr("Not started", "run outcome");
    case RunReport::Outcome::Unfinished: return Tr::tr("Unfinished", "run outcome");
    }
    return QString();
}

QString stepStateText(RunReport::StepState state)
{
    switch (state) {
    case RunReport::StepState::Ok: return Tr::tr("OK", "step state");
    case RunReport::StepState::Failed: return Tr::tr("Failed", "step state");
    case RunReport::StepState::Cancelled: return Tr::tr("Cancelled", "step state");
    case RunReport::StepState::NotRun: return Tr::tr("Not run", "step state");
    case RunReport::StepState::Running: return Tr::tr("Running", "step state");
    }
    return QString();
}

// CSS class for a status colour: ok, warn, bad, none.
QString outcomeClass(RunReport::Outcome outcome)
{
    switch (outcome) {
    case RunReport::Outcome::Succeeded: return QStringLiteral("ok");
    case RunReport::Outcome::Failed: return QStringLiteral("bad");
    case RunReport::Outcome::Cancelled:
    case RunReport::Outcome::NotStarted: return QStringLiteral("warn");
    case RunReport::Outcome::Unfinished: return QStringLiteral("none");
    }
    return QStringLiteral("none");
}

QString stepClass(RunReport::StepState state)
{
    switch (state) {
    case RunReport::StepState::Ok: return QStringLiteral("ok");
    case RunReport::StepState::Failed: return QStringLiteral("bad");
    case RunReport::StepState::Cancelled:
    case RunReport::StepState::Running: return QStringLiteral("warn");
    case RunReport::StepState::NotRun: return QStringLiteral("none");
    }
    return QStringLiteral("none");
}

QString checkClass(CheckResult::Status status)
{
    switch (status) {
    case CheckResult::Status::Ok: return QStringLiteral("ok");
    case CheckResult::Status::Warning: return QStringLiteral("warn");
    case CheckResult::Status::Error: return QStringLiteral("bad");
    case CheckResult::Status::Skipped: return QStringLiteral("none");
    }
    return QStringLiteral("none");
}

QString authText(AuthMethod auth)
{
    switch (auth) {
    case AuthMethod::Password: return Tr::tr("password", "SSH authentication");
    case AuthMethod::Key: return Tr::tr("key file", "SSH authentication");
    case AuthMethod::Agent: return Tr::tr("SSH agent", "SSH authentication");
    }
    return QString();
}

QString roleText(const QString &role)
{
    if (role == Role::Primary)
        return Tr::tr("Primary", "server role");
    if (role == Role::Secondary)
        return Tr::tr("Secondary", "server role");
    if (role == Role::OldPrimary)
        return Tr::tr("Old primary", "server role");
    if (role == Role::NewPrimary)
        return Tr::tr("New primary", "server role");
    if (role == Role::NewSecondary)
        return Tr::tr("New secondary", "server role");
    return role;
}

// 1-based step numbers for the summary: "2", "1–3", "1, 3–5".
QString stepList(const QList<int> &numbers)
{
    QStringList parts;
    for (qsizetype i = 0; i < numbers.size();) {
        qsizetype j = i;
        while (j + 1 < numbers.size() && numbers.at(j + 1) == numbers.at(j) + 1)
            ++j;
        parts << (j == i ? QString::number(numbers.at(i))
                         : QStringLiteral("%1–%2").arg(numbers.at(i)).arg(numbers.at(j)));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

// Creates `path` and its missing parents with mode 0700. Existing directories keep their mode.
bool makePrivateDirs(const QString &path, QString *error)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList missing;
    QString probe = clean;
    while (!probe.isEmpty() && !QFileInfo::exists(probe)) {
        missing.prepend(probe);
        const QString parent = QFileInfo(probe).path();
        if (parent == probe)
            break;
        probe = parent;
    }
    if (!QFileInfo(probe).isDir() && !missing.contains(probe)) {
        if (error)
            *error = Tr::tr("%1 is not a folder.").arg(probe);
        return false;
    }
    for (const QString &dir : std::as_const(missing)) {
        const QByteArray native = QFile::encodeName(dir);
        if (::mkdir(native.constData(), S_IRWXU) != 0 && errno != EEXIST) {
            if (error)
                *error =
                    Tr::tr("Could not create the folder %1: %2").arg(dir, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        ::chmod(native.constData(), S_IRWXU); // whatever the umask said
    }
    if (!QFileInfo(clean).isDir()) {
        if (error)
            *error = Tr::tr("%1 is not a folder.").arg(clean);
        return false;
    }
    return true;
}

// Writes through a 0600 temporary file in the same folder, then renames it into place.
bool writePrivateFile(const QString &path, const QByteArray &data, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QByteArray templ = QFile::encodeName(absolute) + ".tmp-XXXXXX";
    auto fail = [&](int code) {
        if (error)
            *error = Tr::tr("Could not write %1: %2").arg(absolute, QString::fromLocal8Bit(std::strerror(code)));
        return false;
    };
    const int fd = ::mkstemp(templ.data()); // mode 0600
    if (fd < 0)
        return fail(errno);
    int code = 0;
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0)
        code = errno;
    qsizetype done = 0;
    while (code == 0 && done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            code = errno;
        else if (n == 0)
            code = EIO;
        else
            done += n;
    }
    if (code == 0 && ::fsync(fd) != 0)
        code = errno;
    if (::close(fd) != 0 && code == 0)
        code = errno;
    if (code == 0 && ::rename(templ.constData(), QFile::encodeName(absolute).constData()) != 0)
        code = errno;
    if (code == 0)
        return true;
    ::unlink(templ.constData());
    return fail(code);
}

} // namespace

// ---- recording ----

RunReport::RunReport()
    : m_user(localUserName()), m_machine(QSysInfo::machineHostName()), m_started(QDateTime::currentDateTime())
{}

RunReport::~RunReport()
{
    delete m_receiver.data();
}

void RunReport::setKind(Kind kind)
{
    m_kind = kind;
}

void RunReport::setPlan(const Plan &plan)
{
    m_plan = plan;
}

void RunReport::addCheck(const CheckResult &check)
{
    m_checks.append(check);
}

void RunReport::addChecks(const CheckList &checks)
{
    m_checks.append(checks);
}

void RunReport::setRedactor(const Redactor *redactor)
{
    m_redactor = redactor;
}

void RunReport::setExtra(const QJsonObject &extra)
{
    m_extra = extra;
}

void RunReport::setStateNote(const QString &note)
{
    m_stateNote = note;
}

void RunReport::attach(FlowRunner *runner, QObject *context)
{
    Q_ASSERT(runner && context);
    setStepLabels(runner->stepLabels());
    delete m_receiver.data();
    // The receiver lives on the context's thread and dies with the context or the report,
    // whichever goes first; pending calls for it die with it.
    auto *receiver = new QObject(context);
    m_receiver = receiver;
    QObject::connect(runner, &FlowRunner::stepStarted, receiver,
                     [this](int index, const QString &label, const QString &) { stepStarted(index, label); });
    QObject::connect(runner, &FlowRunner::stepFinished, receiver,
                     [this](int index, bool ok, const QString &message, qint64 elapsedMs) {
                         stepFinished(index, ok, message, elapsedMs);
                     });
    QObject::connect(
        runner, &FlowRunner::logLine, receiver,
        [this](const QString &host, int stream, const QString &text) { logLine(host, LogStream(stream), text); });
    QObject::connect(runner, &FlowRunner::failed, receiver,
                     [this](const QString &message, const QString &details) { failed(message, details); });
    QObject::connect(runner, &FlowRunner::finished, receiver, [this](int outcome) { finished(outcome); });
}

void RunReport::setStepLabels(const QStringList &labels)
{
    for (int i = 0; i < labels.size(); ++i)
        stepAt(i).label = labels.at(i);
}

RunReport::StepRecord &RunReport::stepAt(int index)
{
    if (index < 0)
        index = 0;
    while (m_steps.size() <= index)
        m_steps.append(StepRecord());
    return m_steps[index];
}

void RunReport::stepStarted(int index, const QString &label)
{
    StepRecord &step = stepAt(index);
    if (!label.isEmpty())
        step.label = label;
    step.state = StepState::Running;
    m_current = index;
}

void RunReport::stepFinished(int index, bool ok, const QString &message, qint64 elapsedMs)
{
    StepRecord &step = stepAt(index);
    step.state = ok ? StepState::Ok : StepState::Failed;
    step.message = message;
    step.elapsedMs = elapsedMs;
    m_current = -1;
    if (!ok)
        m_stopped = true;
}

void RunReport::append(QList<LogEntry> &commands, QList<LogEntry> &output, int &dropped, int keep,
                       const LogEntry &entry)
{
    if (entry.stream == LogStream::Command) {
        if (commands.size() < kMaxCommands)
            commands.append(entry);
    }
    QStringList lines = entry.text.split(QLatin1Char('\n'));
    if (lines.size() > 1 && lines.last().isEmpty())
        lines.removeLast();
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        output.append(LogEntry{entry.host, entry.stream, line, entry.atMs});
    }
    while (output.size() > keep) {
        output.removeFirst();
        ++dropped;
    }
}

void RunReport::logLine(const QString &host, LogStream stream, const QString &text)
{
    const LogEntry entry{host, stream, text, m_started.msecsTo(QDateTime::currentDateTime())};
    if (m_current >= 0 && m_current < m_steps.size()) {
        StepRecord &step = m_steps[m_current];
        append(step.commands, step.output, step.droppedLines, kOutputTail, entry);
        return;
    }
    const bool anyStarted = std::any_of(m_steps.cbegin(), m_steps.cend(),
                                        [](const StepRecord &s) { return s.state != StepState::NotRun; });
    if (anyStarted && stream == LogStream::Info) {
        // The runner announces each undo with this line (FlowRunner::run).
        for (StepRecord &step : m_steps) {
            if (step.state != StepState::NotRun && !step.undone && text == Tr::tr("Undoing “%1”…").arg(step.label)) {
                step.undone = true;
                break;
            }
        }
    }
    LogBlock &block = anyStarted ? m_after : m_before;
    append(block.commands, block.output, block.droppedLines, kAfterStopTail, entry);
}

void RunReport::failed(const QString &message, const QString &details)
{
    m_message = message;
    m_details = details;
    for (StepRecord &step : m_steps) {
        if (step.state == StepState::Failed) {
            if (step.details.isEmpty())
                step.details = details;
            if (step.message.isEmpty())
                step.message = message;
            break;
        }
    }
}

void RunReport::finished(int flowOutcome)
{
    m_finished = QDateTime::currentDateTime();
    m_current = -1;
    switch (FlowOutcome(flowOutcome)) {
    case FlowOutcome::Succeeded: m_outcome = Outcome::Succeeded; break;
    case FlowOutcome::Failed: m_outcome = Outcome::Failed; break;
    case FlowOutcome::Cancelled:
        m_outcome = Outcome::Cancelled;
        // The step that was interrupted reports an error; it was a cancel.
        for (StepRecord &step : m_steps) {
            if (step.state == StepState::Failed || step.state == StepState::Running)
                step.state = StepState::Cancelled;
        }
        if (m_message.isEmpty())
            m_message = Tr::tr("Cancelled by the operator.");
        break;
    }
}

void RunReport::finishWithoutRunning(const QString &reason, bool cancelled)
{
    m_finished = QDateTime::currentDateTime();
    m_outcome = cancelled ? Outcome::Cancelled : Outcome::NotStarted;
    m_message = reason;
}

// ---- names ----

QString RunReport::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Setup: return QStringLiteral("setup");
    case Kind::Failover: return QStringLiteral("failover");
    case Kind::Switchover: return QStringLiteral("switchover");
    case Kind::Verify: return QStringLiteral("verify");
    }
    return QStringLiteral("setup");
}

QString RunReport::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded: return QStringLiteral("ok");
    case Outcome::Failed: return QStringLiteral("failed");
    case Outcome::Cancelled: return QStringLiteral("cancelled");
    case Outcome::NotStarted: return QStringLiteral("not-started");
    case Outcome::Unfinished: return QStringLiteral("unfinished");
    }
    return QStringLiteral("unfinished");
}

QString RunReport::stepStateName(StepState state)
{
    switch (state) {
    case StepState::Ok: return QStringLiteral("ok");
    case StepState::Failed: return QStringLiteral("failed");
    case StepState::Cancelled: return QStringLiteral("cancelled");
    case StepState::NotRun: return QStringLiteral("not-run");
    case StepState::Running: return QStringLiteral("running");
    }
    return QStringLiteral("not-run");
}

// ---- output ----

QString RunReport::redact(const QString &text) const
{
    return m_redactor ? m_redactor->redact(text) : text;
}

QJsonValue RunReport::redactValue(const QJsonValue &value) const
{
    if (!m_redactor)
        return value;
    switch (value.type()) {
    case QJsonValue::String: return redact(value.toString());
    case QJsonValue::Array: {
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (const QJsonValue &v : in)
            out.append(redactValue(v));
        return out;
    }
    case QJsonValue::Object: {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.constBegin(); it != in.constEnd(); ++it)
            out.insert(redact(it.key()), redactValue(it.value()));
        return out;
    }
    default: return value;
    }
}

int RunReport::stoppedIndex() const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        const StepState s = m_steps.at(i).state;
        if (s == StepState::Failed || s == StepState::Cancelled || s == StepState::Running)
            return i;
    }
    if (m_outcome == Outcome::Failed || m_outcome == Outcome::Cancelled) {
        // Stopped between steps: before the first one that did not run.
        for (int i = 0; i < m_steps.size(); ++i) {
            if (m_steps.at(i).state == StepState::NotRun)
                return i;
        }
    }
    return -1;
}

QJsonObject RunReport::entryJson(const LogEntry &entry)
{
    QJsonObject o{{QStringLiteral("host"), entry.host}, {QStringLiteral("text"), entry.text}};
    if (entry.atMs >= 0)
        o.insert(QStringLiteral("atMs"), entry.atMs);
    if (entry.stream != LogStream::Command)
        o.insert(QStringLiteral("stream"), logStreamName(entry.stream));
    return o;
}

QString RunReport::whatWasDone() const
{
    auto host = [this](const QString &role) {
        return m_plan && m_plan->has(role) ? m_plan->server(role).host : QString();
    };
    switch (m_kind) {
    case Kind::Setup:
        if (m_plan && m_plan->has(Role::Primary) && m_plan->has(Role::Secondary))
            return Tr::tr("Set up %1 as a hot standby of the primary server %2.")
                .arg(host(Role::Secondary), host(Role::Primary));
        return Tr::tr("Set up a hot standby server.");
    case Kind::Failover:
    case Kind::Switchover: {
        QString text;
        if (m_plan && m_plan->has(Role::OldPrimary) && m_plan->has(Role::NewPrimary)) {
            text =
                m_kind == Kind::Failover
                    ? Tr::tr("Fail over from the old primary %1 to %2.")
                          .arg(host(Role::OldPrimary), host(Role::NewPrimary))
                    : Tr::tr("Planned switchover from %1 to %2.").arg(host(Role::OldPrimary), host(Role::NewPrimary));
        } else {
            text = m_kind == Kind::Failover ? Tr::tr("Fail over to the standby server.")
                                            : Tr::tr("Planned switchover to the standby server.");
        }
        if (m_plan && m_plan->has(Role::NewSecondary))
            text += QLatin1Char(' ') + Tr::tr("Then attach %1 as the new secondary.").arg(host(Role::NewSecondary));
        return text;
    }
    case Kind::Verify:
        if (m_plan && m_plan->has(Role::Primary) && m_plan->has(Role::Secondary))
            return Tr::tr("Check the replication from %1 to %2.").arg(host(Role::Primary), host(Role::Secondary));
        return Tr::tr("Check the replication.");
    }
    return QString();
}

QString RunReport::summaryText() const
{
    QStringList paragraphs;
    paragraphs << whatWasDone();

    if (!m_checks.isEmpty()) {
        int ok = 0, warnings = 0, errors = 0, skipped = 0;
        for (const CheckResult &c : m_checks) {
            switch (c.status) {
            case CheckResult::Status::Ok: ++ok; break;
            case CheckResult::Status::Warning: ++warnings; break;
            case CheckResult::Status::Error: ++errors; break;
            case CheckResult::Status::Skipped: ++skipped; break;
            }
        }
        paragraphs << Tr::tr("Pre-checks: %1 OK, %2 with a warning, %3 failed, %4 skipped.")
                          .arg(ok)
                          .arg(warnings)
                          .arg(errors)
                          .arg(skipped);
    }

    const int count = int(m_steps.size());
    const int stop = stoppedIndex();
    const QString stopLabel = stop >= 0 ? m_steps.at(stop).label : QString();
    const bool stepRan = stop >= 0 && m_steps.at(stop).state != StepState::NotRun;
    switch (m_outcome) {
    case Outcome::Succeeded: paragraphs << Tr::tr("Result: it worked. All %n step(s) completed.", "", count); break;
    case Outcome::Failed: {
        QString text = stop >= 0
                           ? Tr::tr("Result: it failed at step %1 of %2, “%3”.").arg(stop + 1).arg(count).arg(stopLabel)
                           : Tr::tr("Result: it failed.");
        if (!m_message.isEmpty())
            text += QLatin1Char(' ') + Tr::tr("Reason: %1").arg(m_message);
        paragraphs << text;
        break;
    }
    case Outcome::Cancelled:
        if (stop < 0) {
            paragraphs << Tr::tr("Result: cancelled before anything was changed.");
        } else if (stepRan) {
            paragraphs << Tr::tr("Result: cancelled by the operator during step %1 of %2, “%3”.")
                              .arg(stop + 1)
                              .arg(count)
                              .arg(stopLabel);
        } else {
            paragraphs << Tr::tr("Result: cancelled by the operator before step %1 of %2, “%3”.")
                              .arg(stop + 1)
                              .arg(count)
                              .arg(stopLabel);
        }
        break;
    case Outcome::NotStarted:
        paragraphs << (m_message.isEmpty() ? Tr::tr("Result: not started; nothing was changed on the servers.")
                                           : Tr::tr("Result: not started. %1").arg(m_message));
        break;
    case Outcome::Unfinished:
        paragraphs << Tr::tr("Result: unknown. The run had not finished when this report was "
                             "written.");
        break;
    }

    const bool stoppedInFlow = (m_outcome == Outcome::Failed || m_outcome == Outcome::Cancelled) && stop >= 0;
    if (stoppedInFlow) {
        QList<int> completed, undone, kept, notRun;
        for (int i = 0; i < count; ++i) {
            const StepRecord &s = m_steps.at(i);
            if (s.state == StepState::Ok)
                completed << i + 1;
            if (s.undone)
                undone << i + 1;
            else if (s.state == StepState::Ok)
                kept << i + 1;
            if (s.state == StepState::NotRun)
                notRun << i + 1;
        }
        QStringList sentences;
        if (completed.isEmpty())
            sentences << Tr::tr("No step had completed.");
        else
            sentences
                << Tr::tr("Completed before the stop: step(s) %1.", "", int(completed.size())).arg(stepList(completed));
        if (!undone.isEmpty())
            sentences << Tr::tr("Undone after the stop: step(s) %1 (see “After the stop” below).", "",
                                int(undone.size()))
                             .arg(stepList(undone));
        if (!kept.isEmpty())
            sentences << Tr::tr("What step(s) %1 changed stays in place.", "", int(kept.size())).arg(stepList(kept));
        if (!notRun.isEmpty())
            sentences << Tr::tr("Not run: step(s) %1.", "", int(notRun.size())).arg(stepList(notRun));
        paragraphs << sentences.join(QLatin1Char(' '));

        if (!m_stateNote.isEmpty()) {
            paragraphs << m_stateNote;
        } else {
            switch (m_kind) {
            case Kind::Setup:
                paragraphs << Tr::tr("The set-up never stops OpenELIS on the primary (at most its database "
                                     "restarts once). The secondary’s database is only replaced after a complete "
                                     "copy has arrived, its previous data is kept aside and put back if anything "
                                     "fails after the swap. Every step can safely be run again: fix the cause, "
                                     "then run the set-up again.");
                break;
            case Kind::Failover:
            case Kind::Switchover:
                paragraphs << Tr::tr(
                    "Check the state of both servers before trying again: steps marked OK and "
                    "not undone took effect, the others did not. Never start OpenELIS on the old primary while "
                    "the new one accepts work.");
                break;
            case Kind::Verify: paragraphs << Tr::tr("Checking the replication changes nothing on the servers."); break;
            }
        }
    } else if (!m_stateNote.isEmpty()) {
        paragraphs << m_stateNote;
    }
    return paragraphs.join(QLatin1Char('\n'));
}

QString RunReport::summary() const
{
    return redact(summaryText());
}

QJsonObject RunReport::rawJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("oe-failover-report"));
    o.insert(QStringLiteral("formatVersion"), 1);
    const QString app = QCoreApplication::applicationName();
    o.insert(QStringLiteral("tool"),
             QJsonObject{{QStringLiteral("name"), app.isEmpty() ? QStringLiteral("oe-failover") : app},
                         {QStringLiteral("version"), QStringLiteral(OEF_VERSION)}});
    o.insert(QStringLiteral("operator"),
             QJsonObject{{QStringLiteral("user"), m_user}, {QStringLiteral("machine"), m_machine}});
    o.insert(QStringLiteral("kind"), kindName(m_kind));
    o.insert(QStringLiteral("startedAt"), isoTime(m_started));
    o.insert(QStringLiteral("finishedAt"), m_finished.isValid() ? QJsonValue(isoTime(m_finished)) : QJsonValue());
    o.insert(QStringLiteral("durationMs"),
             m_finished.isValid() ? QJsonValue(m_started.msecsTo(m_finished)) : QJsonValue());
    o.insert(QStringLiteral("outcome"), outcomeName(m_outcome));
    o.insert(QStringLiteral("message"), m_message);
    o.insert(QStringLiteral("details"), m_details);

    const int stop = stoppedIndex();
    if (stop >= 0) {
        const StepRecord &s = m_steps.at(stop);
        o.insert(QStringLiteral("stoppedAt"),
                 QJsonObject{{QStringLiteral("index"), stop + 1},
                             {QStringLiteral("label"), s.label},
                             {QStringLiteral("state"), stepStateName(s.state)},
                             {QStringLiteral("beforeStart"), s.state == StepState::NotRun}});
    } else {
        o.insert(QStringLiteral("stoppedAt"), QJsonValue());
    }
    o.insert(QStringLiteral("summary"), summaryText());
    o.insert(QStringLiteral("plan"), m_plan ? m_plan->toJson() : QJsonObject());

    QJsonArray checks;
    for (const CheckResult &c : m_checks)
        checks.append(c.toJson());
    o.insert(QStringLiteral("checks"), checks);

    auto entries = [](const QList<LogEntry> &list) {
        QJsonArray a;
        for (const LogEntry &e : list)
            a.append(entryJson(e));
        return a;
    };
    o.insert(QStringLiteral("stepCount"), int(m_steps.size()));
    QJsonArray steps;
    for (int i = 0; i < m_steps.size(); ++i) {
        const StepRecord &s = m_steps.at(i);
        steps.append(QJsonObject{{QStringLiteral("index"), i + 1},
                                 {QStringLiteral("label"), s.label},
                                 {QStringLiteral("state"), stepStateName(s.state)},
                                 {QStringLiteral("message"), s.message},
                                 {QStringLiteral("details"), s.details},
                                 {QStringLiteral("elapsedMs"), s.elapsedMs},
                                 {QStringLiteral("undone"), s.undone},
                                 {QStringLiteral("commands"), entries(s.commands)},
                                 {QStringLiteral("output"), entries(s.output)},
                                 {QStringLiteral("droppedOutputLines"), s.droppedLines}});
    }
    o.insert(QStringLiteral("steps"), steps);
    auto block = [&](const LogBlock &b) {
        return QJsonObject{{QStringLiteral("commands"), entries(b.commands)},
                           {QStringLiteral("output"), entries(b.output)},
                           {QStringLiteral("droppedOutputLines"), b.droppedLines}};
    };
    if (!m_before.output.isEmpty())
        o.insert(QStringLiteral("beforeSteps"), block(m_before));
    if (!m_after.output.isEmpty())
        o.insert(QStringLiteral("afterStop"), block(m_after));
    o.insert(QStringLiteral("results"), m_extra);
    return o;
}

QJsonObject RunReport::toJson() const
{
    return redactValue(rawJson()).toObject();
}

namespace {

const char kCss[] = R"(
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 14px; color: #1f2328;
       max-width: 60em; margin: 1.5em auto; padding: 0 1em; line-height: 1.45; }
h1 { font-size: 1.6em; margin: 0 0 .2em; }
h2 { font-size: 1.25em; margin: 1.6em 0 .5em; border-bottom: 1px solid #d0d7de; padding-bottom: .2em; }
h3 { font-size: 1.05em; margin: 1.2em 0 .3em; }
.meta { color: #57606a; margin: 0 0 1em; }
.summary { border: 2px solid #d0d7de; border-radius: 6px; padding: .6em 1em; }
.summary p { margin: .4em 0; }
.summary.ok { border-color: #1a7f37; background: #eaf6ec; }
.summary.bad { border-color: #cf222e; background: #fdecec; }
.summary.warn { border-color: #9a6700; background: #fff6db; }
table { border-collapse: collapse; width: 100%; margin: .3em 0; }
th, td { border: 1px solid #d0d7de; padding: .25em .5em; text-align: left; vertical-align: top; }
th { background: #f3f5f7; }
.status { font-weight: bold; white-space: nowrap; }
.status.ok { color: #1a7f37; }
.status.bad { color: #cf222e; }
.status.warn { color: #9a6700; }
.status.none { color: #6e7781; }
tr.bad td { background: #fdecec; }
tr.warn td { background: #fff6db; }
pre { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 4px; padding: .4em .6em;
      font-size: 12px; white-space: pre-wrap; overflow-wrap: anywhere; margin: .3em 0; }
.label { color: #57606a; font-size: .9em; margin: .5em 0 0; }
.num { text-align: right; white-space: nowrap; }
dl.kv { display: grid; grid-template-columns: max-content auto; gap: .15em 1em; margin: .3em 0; }
dl.kv dt { color: #57606a; }
dl.kv dd { margin: 0; }
footer { color: #6e7781; font-size: .85em; margin-top: 2em; border-top: 1px solid #d0d7de; padding-top: .4em; }
@media print {
  body { font-size: 10pt; max-width: none; margin: 0; }
  pre { font-size: 8pt; }
  h2, h3 { break-after: avoid; }
  tr, .summary { break-inside: avoid; }
}
)";

QString streamPrefix(LogStream stream)
{
    switch (stream) {
    case LogStream::StdErr: return QStringLiteral("! ");
    case LogStream::Warning: return Tr::tr("warning: ");
    case LogStream::Error: return Tr::tr("error: ");
    case LogStream::Info:
    case LogStream::Command:
    case LogStream::StdOut: break;
    }
    return QString();
}

} // namespace

QString RunReport::toHtml() const
{
    auto h = [this](const QString &text) { return redact(text).toHtmlEscaped(); };
    auto statusSpan = [](const QString &cls, const QString &text) {
        return QStringLiteral("<span class=\"status %1\">%2</span>").arg(cls, text.toHtmlEscaped());
    };
    auto logBlock = [&](const QList<LogEntry> &lines) {
        QString text;
        for (const LogEntry &e : lines) {
            if (!e.host.isEmpty())
                text += QLatin1Char('[') + e.host + QLatin1String("] ");
            text += streamPrefix(e.stream) + e.text + QLatin1Char('\n');
        }
        return QStringLiteral("<pre>%1</pre>\n").arg(h(text));
    };
    auto commandBlock = [&](const QList<LogEntry> &lines) {
        QString text;
        for (const LogEntry &e : lines) {
            if (e.atMs >= 0)
                text +=
                    Tr::tr("+%1 s", "time of a command since the run started").arg(double(e.atMs) / 1000.0, 0, 'f', 2)
                    + QLatin1Char(' ');
            if (!e.host.isEmpty())
                text += QLatin1Char('[') + e.host + QLatin1String("] ");
            text += e.text + QLatin1Char('\n');
        }
        return QStringLiteral("<pre>%1</pre>\n").arg(h(text));
    };
    auto stateLabel = [](const StepRecord &s) {
        return s.undone ? Tr::tr("%1, undone", "step state, e.g. “OK, undone”").arg(stepStateText(s.state))
                        : stepStateText(s.state);
    };
    auto para = [](const QString &cls, const QString &escaped) {
        return QStringLiteral("<p class=\"%1\">%2</p>\n").arg(cls, escaped);
    };

    const QString title = kindTitle(m_kind);
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                .arg(QLocale().bcp47Name().toHtmlEscaped());
    html += QLatin1String("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html +=
        QStringLiteral("<title>%1</title>\n")
            .arg(h(
                Tr::tr("OE Failover report: %1, %2").arg(title, QLocale().toString(m_started, QLocale::ShortFormat))));
    html += QLatin1String("<style>") + QLatin1String(kCss) + QLatin1String("</style>\n</head>\n<body>\n");

    // Header
    html += QStringLiteral("<h1>%1</h1>\n").arg(h(Tr::tr("OE Failover report: %1").arg(title)));
    QStringList meta;
    meta << Tr::tr("Started %1").arg(QLocale().toString(m_started, QLocale::LongFormat));
    if (m_finished.isValid())
        meta << Tr::tr("finished %1 (%2)")
                    .arg(QLocale().toString(m_finished, QLocale::LongFormat),
                         formatDuration(m_started.msecsTo(m_finished)));
    meta << Tr::tr("by %1 on %2").arg(m_user, m_machine);
    const QString app = QCoreApplication::applicationName();
    meta << Tr::tr("with %1 %2").arg(app.isEmpty() ? QStringLiteral("oe-failover") : app, QStringLiteral(OEF_VERSION));
    html += para(QStringLiteral("meta"), h(meta.join(QStringLiteral(" · "))));

    // Summary
    html += QStringLiteral("<section class=\"summary %1\">\n<h2>%2: %3</h2>\n")
                .arg(outcomeClass(m_outcome), h(Tr::tr("Summary")), h(outcomeText(m_outcome)));
    const QStringList paragraphs = summaryText().split(QLatin1Char('\n'));
    for (const QString &p : paragraphs)
        html += QStringLiteral("<p>%1</p>\n").arg(h(p));
    html += QLatin1String("</section>\n");

    // Failure
    if ((m_outcome == Outcome::Failed || m_outcome == Outcome::Cancelled || m_outcome == Outcome::NotStarted)
        && (!m_message.isEmpty() || !m_details.isEmpty())) {
        html += QStringLiteral("<h2>%1</h2>\n")
                    .arg(h(m_outcome == Outcome::Failed ? Tr::tr("What went wrong") : Tr::tr("Why it stopped")));
        if (!m_message.isEmpty())
            html += QStringLiteral("<p>%1</p>\n").arg(h(m_message));
        if (!m_details.isEmpty())
            html += QStringLiteral("<pre>%1</pre>\n").arg(h(m_details));
    }

    // Plan
    if (m_plan) {
        html += QStringLiteral("<h2>%1</h2>\n<table>\n<tr>").arg(h(Tr::tr("Servers")));
        const QStringList headers{Tr::tr("Role"), Tr::tr("Address"), Tr::tr("SSH port"),
                                  Tr::tr("User"), Tr::tr("Sign-in"), Tr::tr("Database port")};
        for (const QString &header : headers)
            html += QStringLiteral("<th>%1</th>").arg(h(header));
        html += QLatin1String("</tr>\n");
        for (const QString &role : m_plan->roles()) {
            const ServerSpec &s = m_plan->server(role);
            QString auth = authText(s.auth);
            if (s.auth == AuthMethod::Key && !s.keyFile.isEmpty())
                auth += QStringLiteral(" (%1)").arg(s.keyFile);
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"num\">%3</td><td>%4</td>"
                                   "<td>%5</td><td class=\"num\">%6</td></tr>\n")
                        .arg(h(roleText(role)), h(s.host), QString::number(s.sshPort), h(s.user), h(auth),
                             QString::number(s.dbPort));
        }
        html += QLatin1String("</table>\n<dl class=\"kv\">\n");
        auto kv = [&](const QString &key, const QString &value) {
            html += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(h(key), h(value));
        };
        kv(Tr::tr("Install directory"), m_plan->installDir);
        kv(Tr::tr("Database container"), m_plan->dbContainer);
        kv(Tr::tr("Application containers"), m_plan->appContainers.join(QStringLiteral(", ")));
        kv(Tr::tr("Not copied"), m_plan->syncExclude.join(QStringLiteral(", ")));
        kv(Tr::tr("Files only on the secondary"), m_plan->deleteExtraneous ? Tr::tr("deleted") : Tr::tr("kept"));
        kv(Tr::tr("Old data copies kept"), QString::number(m_plan->keepOldDataCopies));
        html += QLatin1String("</dl>\n");
    }

    // Pre-checks
    if (!m_checks.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<table>\n<tr>").arg(h(Tr::tr("Pre-checks")));
        const QStringList headers{Tr::tr("Status"), Tr::tr("Server"), Tr::tr("Check"), Tr::tr("What was found"),
                                  Tr::tr("What to do")};
        for (const QString &header : headers)
            html += QStringLiteral("<th>%1</th>").arg(h(header));
        html += QLatin1String("</tr>\n");
        for (const CheckResult &c : m_checks) {
            const QString cls = checkClass(c.status);
            QString server = roleText(c.role);
            if (!c.host.isEmpty())
                server += QStringLiteral(" (%1)").arg(c.host);
            QString found = h(c.message);
            if (!c.details.isEmpty())
                found += QStringLiteral("<pre>%1</pre>").arg(h(c.details));
            html += QStringLiteral("<tr class=\"%1\"><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                                   "<td>%6</td></tr>\n")
                        .arg(cls, statusSpan(cls, CheckResult::statusText(c.status)), h(server), h(c.title), found,
                             h(c.remedy));
        }
        html += QLatin1String("</table>\n");
    }

    // Steps
    if (!m_steps.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<table>\n<tr>").arg(h(Tr::tr("Steps")));
        const QStringList headers{Tr::tr("#"), Tr::tr("Step"), Tr::tr("Status"), Tr::tr("Time"), Tr::tr("Message")};
        for (const QString &header : headers)
            html += QStringLiteral("<th>%1</th>").arg(h(header));
        html += QLatin1String("</tr>\n");
        for (int i = 0; i < m_steps.size(); ++i) {
            const StepRecord &s = m_steps.at(i);
            const QString cls = stepClass(s.state);
            html += QStringLiteral("<tr class=\"%1\"><td class=\"num\">%2</td><td>%3</td><td>%4</td>"
                                   "<td class=\"num\">%5</td><td>%6</td></tr>\n")
                        .arg(cls, QString::number(i + 1), h(s.label), statusSpan(cls, stateLabel(s)),
                             s.state == StepState::NotRun ? QString() : h(formatDuration(s.elapsedMs)), h(s.message));
        }
        html += QLatin1String("</table>\n");

        for (int i = 0; i < m_steps.size(); ++i) {
            const StepRecord &s = m_steps.at(i);
            if (s.state == StepState::NotRun && s.output.isEmpty())
                continue;
            const QString cls = stepClass(s.state);
            html += QStringLiteral("<h3>%1 %2</h3>\n")
                        .arg(h(Tr::tr("%1. %2").arg(i + 1).arg(s.label)), statusSpan(cls, stateLabel(s)));
            if (!s.message.isEmpty())
                html += QStringLiteral("<p>%1</p>\n").arg(h(s.message));
            if (!s.details.isEmpty()) {
                html += para(QStringLiteral("label"), h(Tr::tr("Details")));
                html += QStringLiteral("<pre>%1</pre>\n").arg(h(s.details));
            }
            if (!s.commands.isEmpty()) {
                html += para(QStringLiteral("label"), h(Tr::tr("Commands (%n)", "", int(s.commands.size()))));
                html += commandBlock(s.commands);
            }
            if (!s.output.isEmpty()) {
                html += para(QStringLiteral("label"),
                             h(s.droppedLines > 0 ? Tr::tr("Last %n line(s) of the log", "", int(s.output.size()))
                                                  : Tr::tr("Log")));
                html += logBlock(s.output);
            }
        }
    }

    if (!m_before.output.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(h(Tr::tr("Before the first step")));
        html += logBlock(m_before.output);
    }
    if (!m_after.output.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(h(Tr::tr("After the stop")));
        html += para(QStringLiteral("label"), h(Tr::tr("What the tool did after the flow stopped, to leave the servers "
                                                       "in a safe state.")));
        html += logBlock(m_after.output);
    }

    // Results of the flow
    if (!m_extra.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(h(Tr::tr("Results")));
        std::function<QString(const QJsonValue &, int)> render = [&](const QJsonValue &v, int depth) -> QString {
            switch (v.type()) {
            case QJsonValue::Object: {
                const QJsonObject obj = v.toObject();
                if (obj.isEmpty())
                    return QString();
                if (depth > 4)
                    return QStringLiteral("<pre>%1</pre>").arg(h(QString::fromUtf8(QJsonDocument(obj).toJson())));
                QString out = QStringLiteral("<dl class=\"kv\">\n");
                for (auto it = obj.constBegin(); it != obj.constEnd(); ++it)
                    out += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(h(it.key()), render(it.value(), depth + 1));
                return out + QLatin1String("</dl>\n");
            }
            case QJsonValue::Array: {
                const QJsonArray arr = v.toArray();
                bool scalars = true;
                for (const QJsonValue &item : arr)
                    scalars = scalars && !item.isObject() && !item.isArray();
                QStringList parts;
                for (const QJsonValue &item : arr)
                    parts << render(item, depth + 1);
                if (scalars)
                    return parts.join(QStringLiteral("<br>\n"));
                return parts.join(QString());
            }
            case QJsonValue::Bool: return h(v.toBool() ? Tr::tr("yes") : Tr::tr("no"));
            case QJsonValue::Double: {
                const double d = v.toDouble();
                const bool whole = std::abs(d) < 1e15 && d == std::floor(d);
                return h(whole ? QString::number(qint64(d)) : QString::number(d));
            }
            case QJsonValue::String: return h(v.toString());
            default: return QString();
            }
        };
        html += render(redactValue(m_extra), 0);
    }

    html += QStringLiteral("<footer>%1</footer>\n")
                .arg(h(Tr::tr("Passwords never appear in this report. Generated on %1.")
                           .arg(isoTime(QDateTime::currentDateTime()))));
    html += QLatin1String("</body>\n</html>\n");
    // The last line of defence: nothing that looks like a secret leaves.
    return redact(html);
}

// ---- files ----

QString RunReport::htmlPathFor(const QString &jsonPath)
{
    const QFileInfo info(jsonPath);
    const QString suffix = info.suffix();
    if (suffix.isEmpty() || suffix.compare(QLatin1String("html"), Qt::CaseInsensitive) == 0)
        return jsonPath + QLatin1String(".html");
    return jsonPath.left(jsonPath.size() - suffix.size()) + QLatin1String("html");
}

bool RunReport::writeFiles(const QString &jsonPath, const QString &htmlPath, QString *error) const
{
    for (const QString &path : {jsonPath, htmlPath}) {
        if (!makePrivateDirs(QFileInfo(path).absolutePath(), error))
            return false;
    }
    QByteArray json = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    QByteArray html = toHtml().toUtf8();
    if (m_redactor) {
        json = m_redactor->redact(json);
        html = m_redactor->redact(html);
    }
    return writePrivateFile(jsonPath, json, error) && writePrivateFile(htmlPath, html, error);
}

bool RunReport::writeTo(const QString &dir, QString *error) const
{
    if (!makePrivateDirs(dir, error))
        return false;
    const QDir d(dir);
    return writeFiles(d.filePath(QStringLiteral("report.json")), d.filePath(QStringLiteral("report.html")), error);
}

QString RunReport::defaultRunDir(const QString &kind)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                         + QLatin1String("/reports/")
                         + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QLatin1Char('-')
                         + kind;
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + QLatin1Char('-') + QString::number(n);
    return candidate;
}

} // namespace oef
