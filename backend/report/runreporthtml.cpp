// report.html: a short toHtml() over one function per part (header, summary, failure, plan,
// pre-checks, steps, logs outside the steps, results), in the habit of kpmcore's htmlreport.cpp.
// Every text goes through the Redactor, then HTML escaping.
#include "backend/core/secrets.h"
#include "backend/core/tr.h"
#include "backend/report/runreport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace oef {

namespace {

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

// The status cell's text, coloured by `cls` (escaped, not redacted: the words are the tool's).
QString statusSpan(const QString &cls, const QString &text)
{
    return QStringLiteral("<span class=\"status %1\">%2</span>").arg(cls, text.toHtmlEscaped());
}

// A paragraph of class `cls` around text that is already escaped.
QString para(const QString &cls, const QString &escaped)
{
    return QStringLiteral("<p class=\"%1\">%2</p>\n").arg(cls, escaped);
}

// "OK", or "OK, undone" for a step whose clean-up ran after the stop.
QString stateLabel(RunReport::StepState state, bool undone)
{
    return undone ? Tr::tr("%1, undone", "step state, e.g. “OK, undone”").arg(stepStateText(state))
                  : stepStateText(state);
}

} // namespace

QString RunReport::toHtml() const
{
    QString html = headHtml();
    html += headerHtml();
    html += summaryHtml();
    html += failureHtml();
    html += planHtml();
    html += checksHtml();
    html += stepsHtml();
    html += outsideStepsHtml();
    html += resultsHtml();
    html += QStringLiteral("<footer>%1</footer>\n")
                .arg(escaped(Tr::tr("Passwords never appear in this report. Generated on %1.")
                                 .arg(isoTime(QDateTime::currentDateTime()))));
    html += QLatin1String("</body>\n</html>\n");
    // The last line of defence: nothing that looks like a secret leaves.
    return redact(html);
}

QString RunReport::escaped(const QString &text) const
{
    return redact(text).toHtmlEscaped();
}

// "<h2>title</h2>", then a table and its header row.
QString RunReport::tableStart(const QString &title, const QStringList &headers) const
{
    QString html = QStringLiteral("<h2>%1</h2>\n<table>\n<tr>").arg(escaped(title));
    for (const QString &header : headers)
        html += QStringLiteral("<th>%1</th>").arg(escaped(header));
    return html + QLatin1String("</tr>\n");
}

// Log lines: "[host] " and a prefix for stderr, warnings and errors.
QString RunReport::logHtml(const QList<LogEntry> &lines) const
{
    QString text;
    for (const LogEntry &e : lines) {
        if (!e.host.isEmpty())
            text += QLatin1Char('[') + e.host + QLatin1String("] ");
        text += streamPrefix(e.stream) + e.text + QLatin1Char('\n');
    }
    return QStringLiteral("<pre>%1</pre>\n").arg(escaped(text));
}

// Commands, each with its time since the run started.
QString RunReport::commandsHtml(const QList<LogEntry> &lines) const
{
    QString text;
    for (const LogEntry &e : lines) {
        if (e.atMs >= 0)
            text += Tr::tr("+%1 s", "time of a command since the run started").arg(double(e.atMs) / 1000.0, 0, 'f', 2)
                    + QLatin1Char(' ');
        if (!e.host.isEmpty())
            text += QLatin1Char('[') + e.host + QLatin1String("] ");
        text += e.text + QLatin1Char('\n');
    }
    return QStringLiteral("<pre>%1</pre>\n").arg(escaped(text));
}

// From <!DOCTYPE> to <body>: the title names the kind of run and when it started.
QString RunReport::headHtml() const
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                       .arg(QLocale().bcp47Name().toHtmlEscaped());
    html += QLatin1String("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html += QStringLiteral("<title>%1</title>\n")
                .arg(escaped(Tr::tr("OE Failover report: %1, %2")
                                 .arg(kindTitle(m_kind), QLocale().toString(m_started, QLocale::ShortFormat))));
    html += QLatin1String("<style>") + QLatin1String(kCss) + QLatin1String("</style>\n</head>\n<body>\n");
    return html;
}

// The heading, then who ran it, from where, when and with what.
QString RunReport::headerHtml() const
{
    QString html =
        QStringLiteral("<h1>%1</h1>\n").arg(escaped(Tr::tr("OE Failover report: %1").arg(kindTitle(m_kind))));
    QStringList meta;
    meta << Tr::tr("Started %1").arg(QLocale().toString(m_started, QLocale::LongFormat));
    if (m_finished.isValid())
        meta << Tr::tr("finished %1 (%2)")
                    .arg(QLocale().toString(m_finished, QLocale::LongFormat),
                         formatDuration(m_started.msecsTo(m_finished)));
    meta << Tr::tr("by %1 on %2").arg(m_user, m_machine);
    const QString app = QCoreApplication::applicationName();
    meta << Tr::tr("with %1 %2").arg(app.isEmpty() ? QStringLiteral("oe-failover") : app, QStringLiteral(OEF_VERSION));
    return html + para(QStringLiteral("meta"), escaped(meta.join(QStringLiteral(" · "))));
}

// The outcome and the plain-words summary, in a box coloured by the outcome.
QString RunReport::summaryHtml() const
{
    QString html = QStringLiteral("<section class=\"summary %1\">\n<h2>%2: %3</h2>\n")
                       .arg(outcomeClass(m_outcome), escaped(Tr::tr("Summary")), escaped(outcomeText(m_outcome)));
    const QStringList paragraphs = summaryText().split(QLatin1Char('\n'));
    for (const QString &p : paragraphs)
        html += QStringLiteral("<p>%1</p>\n").arg(escaped(p));
    return html + QLatin1String("</section>\n");
}

// What went wrong (or why it stopped) and its details; empty when it did not stop.
QString RunReport::failureHtml() const
{
    if (!(m_outcome == Outcome::Failed || m_outcome == Outcome::Cancelled || m_outcome == Outcome::NotStarted)
        || (m_message.isEmpty() && m_details.isEmpty()))
        return QString();
    QString html = QStringLiteral("<h2>%1</h2>\n")
                       .arg(escaped(m_outcome == Outcome::Failed ? Tr::tr("What went wrong")
                                                                 : Tr::tr("Why it stopped")));
    if (!m_message.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(escaped(m_message));
    if (!m_details.isEmpty())
        html += QStringLiteral("<pre>%1</pre>\n").arg(escaped(m_details));
    return html;
}

// The servers of the plan, then its settings.
QString RunReport::planHtml() const
{
    if (!m_plan)
        return QString();
    QString html = tableStart(Tr::tr("Servers"), {Tr::tr("Role"), Tr::tr("Address"), Tr::tr("SSH port"), Tr::tr("User"),
                                                  Tr::tr("Sign-in"), Tr::tr("Database port")});
    for (const QString &role : m_plan->roles()) {
        const ServerSpec &s = m_plan->server(role);
        QString auth = authText(s.auth);
        if (s.auth == AuthMethod::Key && !s.keyFile.isEmpty())
            auth += QStringLiteral(" (%1)").arg(s.keyFile);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"num\">%3</td><td>%4</td>"
                               "<td>%5</td><td class=\"num\">%6</td></tr>\n")
                    .arg(escaped(roleText(role)), escaped(s.host), QString::number(s.sshPort), escaped(s.user),
                         escaped(auth), QString::number(s.dbPort));
    }
    html += QLatin1String("</table>\n<dl class=\"kv\">\n");
    auto kv = [&](const QString &key, const QString &value) {
        html += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(escaped(key), escaped(value));
    };
    kv(Tr::tr("Install directory"), m_plan->installDir);
    kv(Tr::tr("Database container"), m_plan->dbContainer);
    kv(Tr::tr("Application containers"), m_plan->appContainers.join(QStringLiteral(", ")));
    kv(Tr::tr("Not copied"), m_plan->syncExclude.join(QStringLiteral(", ")));
    kv(Tr::tr("Files only on the secondary"), m_plan->deleteExtraneous ? Tr::tr("deleted") : Tr::tr("kept"));
    kv(Tr::tr("Old data copies kept"), QString::number(m_plan->keepOldDataCopies));
    return html + QLatin1String("</dl>\n");
}

// One row per pre-check, coloured by its status.
QString RunReport::checksHtml() const
{
    if (m_checks.isEmpty())
        return QString();
    QString html = tableStart(Tr::tr("Pre-checks"), {Tr::tr("Status"), Tr::tr("Server"), Tr::tr("Check"),
                                                     Tr::tr("What was found"), Tr::tr("What to do")});
    for (const CheckResult &c : m_checks) {
        const QString cls = checkClass(c.status);
        QString server = roleText(c.role);
        if (!c.host.isEmpty())
            server += QStringLiteral(" (%1)").arg(c.host);
        QString found = escaped(c.message);
        if (!c.details.isEmpty())
            found += QStringLiteral("<pre>%1</pre>").arg(escaped(c.details));
        html += QStringLiteral("<tr class=\"%1\"><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                               "<td>%6</td></tr>\n")
                    .arg(cls, statusSpan(cls, CheckResult::statusText(c.status)), escaped(server), escaped(c.title),
                         found, escaped(c.remedy));
    }
    return html + QLatin1String("</table>\n");
}

// The table of steps, then each step that ran (or logged) in detail.
QString RunReport::stepsHtml() const
{
    if (m_steps.isEmpty())
        return QString();
    QString html = tableStart(Tr::tr("Steps"),
                              {Tr::tr("#"), Tr::tr("Step"), Tr::tr("Status"), Tr::tr("Time"), Tr::tr("Message")});
    for (int i = 0; i < m_steps.size(); ++i) {
        const StepRecord &s = m_steps.at(i);
        const QString cls = stepClass(s.state);
        html += QStringLiteral("<tr class=\"%1\"><td class=\"num\">%2</td><td>%3</td><td>%4</td>"
                               "<td class=\"num\">%5</td><td>%6</td></tr>\n")
                    .arg(cls, QString::number(i + 1), escaped(s.label), statusSpan(cls, stateLabel(s.state, s.undone)),
                         s.state == StepState::NotRun ? QString() : escaped(formatDuration(s.elapsedMs)),
                         escaped(s.message));
    }
    html += QLatin1String("</table>\n");
    for (int i = 0; i < m_steps.size(); ++i)
        html += stepHtml(i);
    return html;
}

// One step: its message, details, commands and the end of its log. Empty for a step that
// did not run and logged nothing.
QString RunReport::stepHtml(int index) const
{
    const StepRecord &s = m_steps.at(index);
    if (s.state == StepState::NotRun && s.output.isEmpty())
        return QString();
    const QString cls = stepClass(s.state);
    QString html = QStringLiteral("<h3>%1 %2</h3>\n")
                       .arg(escaped(Tr::tr("%1. %2").arg(index + 1).arg(s.label)),
                            statusSpan(cls, stateLabel(s.state, s.undone)));
    if (!s.message.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(escaped(s.message));
    if (!s.details.isEmpty()) {
        html += para(QStringLiteral("label"), escaped(Tr::tr("Details")));
        html += QStringLiteral("<pre>%1</pre>\n").arg(escaped(s.details));
    }
    if (!s.commands.isEmpty()) {
        html += para(QStringLiteral("label"), escaped(Tr::tr("Commands (%n)", "", int(s.commands.size()))));
        html += commandsHtml(s.commands);
    }
    if (!s.output.isEmpty()) {
        html += para(QStringLiteral("label"),
                     escaped(s.droppedLines > 0 ? Tr::tr("Last %n line(s) of the log", "", int(s.output.size()))
                                                : Tr::tr("Log")));
        html += logHtml(s.output);
    }
    return html;
}

// The lines logged before the first step and after the stop.
QString RunReport::outsideStepsHtml() const
{
    QString html;
    if (!m_before.output.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(Tr::tr("Before the first step")));
        html += logHtml(m_before.output);
    }
    if (!m_after.output.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(Tr::tr("After the stop")));
        html += para(QStringLiteral("label"), escaped(Tr::tr("What the tool did after the flow stopped, to leave the "
                                                             "servers in a safe state.")));
        html += logHtml(m_after.output);
    }
    return html;
}

// What the flow found and did (setExtra()), as nested lists.
QString RunReport::resultsHtml() const
{
    if (m_extra.isEmpty())
        return QString();
    QString html = QStringLiteral("<h2>%1</h2>\n").arg(escaped(Tr::tr("Results")));
    return html + valueHtml(redactValue(m_extra), 0);
}

// One JSON value: objects as key/value lists (as JSON text below depth 4), arrays of scalars
// one per line, numbers without a needless fraction.
QString RunReport::valueHtml(const QJsonValue &v, int depth) const
{
    switch (v.type()) {
    case QJsonValue::Object: {
        const QJsonObject obj = v.toObject();
        if (obj.isEmpty())
            return QString();
        if (depth > 4)
            return QStringLiteral("<pre>%1</pre>").arg(escaped(QString::fromUtf8(QJsonDocument(obj).toJson())));
        QString out = QStringLiteral("<dl class=\"kv\">\n");
        for (auto it = obj.constBegin(); it != obj.constEnd(); ++it)
            out += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(escaped(it.key()), valueHtml(it.value(), depth + 1));
        return out + QLatin1String("</dl>\n");
    }
    case QJsonValue::Array: {
        const QJsonArray arr = v.toArray();
        bool scalars = true;
        for (const QJsonValue &item : arr)
            scalars = scalars && !item.isObject() && !item.isArray();
        QStringList parts;
        for (const QJsonValue &item : arr)
            parts << valueHtml(item, depth + 1);
        if (scalars)
            return parts.join(QStringLiteral("<br>\n"));
        return parts.join(QString());
    }
    case QJsonValue::Bool: return escaped(v.toBool() ? Tr::tr("yes") : Tr::tr("no"));
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const bool whole = std::abs(d) < 1e15 && d == std::floor(d);
        return escaped(whole ? QString::number(qint64(d)) : QString::number(d));
    }
    case QJsonValue::String: return escaped(v.toString());
    default: return QString();
    }
}

} // namespace oef
