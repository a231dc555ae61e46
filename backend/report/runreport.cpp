#include "backend/report/runreport.h"

#include "backend/core/privatefile.h"
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

QString localUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty()) {
        if (const passwd *pw = ::getpwuid(::getuid()); pw && pw->pw_name)
            name = QString::fromLocal8Bit(pw->pw_name);
    }
    return name;
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

QString RunReport::isoTime(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    // With the offset spelled out, whatever the local time zone.
    return time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODate);
}

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

// The summary's paragraphs: what was asked, the pre-checks, the result, and after a stop what
// each step left and what that means for the servers.
QString RunReport::summaryText() const
{
    QStringList paragraphs;
    paragraphs << whatWasDone();
    if (!m_checks.isEmpty())
        paragraphs << checkCountsText();
    paragraphs << resultText();
    const bool stoppedInFlow = (m_outcome == Outcome::Failed || m_outcome == Outcome::Cancelled) && stoppedIndex() >= 0;
    if (stoppedInFlow) {
        paragraphs << stepFatesText();
        paragraphs << (m_stateNote.isEmpty() ? leftStateText() : m_stateNote);
    } else if (!m_stateNote.isEmpty()) {
        paragraphs << m_stateNote;
    }
    return paragraphs.join(QLatin1Char('\n'));
}

// "Pre-checks: 3 OK, 1 with a warning, 0 failed, 0 skipped."
QString RunReport::checkCountsText() const
{
    int ok = 0, warnings = 0, errors = 0, skipped = 0;
    for (const CheckResult &c : m_checks) {
        switch (c.status) {
        case CheckResult::Status::Ok: ++ok; break;
        case CheckResult::Status::Warning: ++warnings; break;
        case CheckResult::Status::Error: ++errors; break;
        case CheckResult::Status::Skipped: ++skipped; break;
        }
    }
    return Tr::tr("Pre-checks: %1 OK, %2 with a warning, %3 failed, %4 skipped.")
        .arg(ok)
        .arg(warnings)
        .arg(errors)
        .arg(skipped);
}

// "Result: …": how it ended, and at which step it stopped.
QString RunReport::resultText() const
{
    const int count = int(m_steps.size());
    const int stop = stoppedIndex();
    const QString stopLabel = stop >= 0 ? m_steps.at(stop).label : QString();
    const bool stepRan = stop >= 0 && m_steps.at(stop).state != StepState::NotRun;
    switch (m_outcome) {
    case Outcome::Succeeded: return Tr::tr("Result: it worked. All %n step(s) completed.", "", count);
    case Outcome::Failed: {
        QString text = stop >= 0
                           ? Tr::tr("Result: it failed at step %1 of %2, “%3”.").arg(stop + 1).arg(count).arg(stopLabel)
                           : Tr::tr("Result: it failed.");
        if (!m_message.isEmpty())
            text += QLatin1Char(' ') + Tr::tr("Reason: %1").arg(m_message);
        return text;
    }
    case Outcome::Cancelled:
        if (stop < 0)
            return Tr::tr("Result: cancelled before anything was changed.");
        if (stepRan)
            return Tr::tr("Result: cancelled by the operator during step %1 of %2, “%3”.")
                .arg(stop + 1)
                .arg(count)
                .arg(stopLabel);
        return Tr::tr("Result: cancelled by the operator before step %1 of %2, “%3”.")
            .arg(stop + 1)
            .arg(count)
            .arg(stopLabel);
    case Outcome::NotStarted:
        return m_message.isEmpty() ? Tr::tr("Result: not started; nothing was changed on the servers.")
                                   : Tr::tr("Result: not started. %1").arg(m_message);
    case Outcome::Unfinished:
        return Tr::tr("Result: unknown. The run had not finished when this report was "
                      "written.");
    }
    return QString();
}

// After a stop: which steps had completed, which were undone, which changes stay, which
// steps never ran.
QString RunReport::stepFatesText() const
{
    QList<int> completed, undone, kept, notRun;
    for (int i = 0; i < int(m_steps.size()); ++i) {
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
        sentences << Tr::tr("Undone after the stop: step(s) %1 (see “After the stop” below).", "", int(undone.size()))
                         .arg(stepList(undone));
    if (!kept.isEmpty())
        sentences << Tr::tr("What step(s) %1 changed stays in place.", "", int(kept.size())).arg(stepList(kept));
    if (!notRun.isEmpty())
        sentences << Tr::tr("Not run: step(s) %1.", "", int(notRun.size())).arg(stepList(notRun));
    return sentences.join(QLatin1Char(' '));
}

// After a stop, without a note from the caller: the state a flow of this kind leaves.
QString RunReport::leftStateText() const
{
    switch (m_kind) {
    case Kind::Setup:
        return Tr::tr("The set-up never stops OpenELIS on the primary (at most its database "
                      "restarts once). The secondary’s database is only replaced after a complete "
                      "copy has arrived, its previous data is kept aside and put back if anything "
                      "fails after the swap. Every step can safely be run again: fix the cause, "
                      "then run the set-up again.");
    case Kind::Failover:
    case Kind::Switchover:
        return Tr::tr("Check the state of both servers before trying again: steps marked OK and "
                      "not undone took effect, the others did not. Never start OpenELIS on the old primary while "
                      "the new one accepts work.");
    case Kind::Verify: return Tr::tr("Checking the replication changes nothing on the servers.");
    }
    return QString();
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
