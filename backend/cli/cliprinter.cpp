#include "backend/cli/cliprinter.h"

#include "backend/core/runner.h"
#include "backend/core/tr.h"

#include <QJsonDocument>
#include <QObject>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace oef {

namespace {

constexpr int kBarWidth = 24;
constexpr qsizetype kMaxTerminalMessage = 60;

QString shortStatus(CheckResult::Status s)
{
    switch (s) {
    case CheckResult::Status::Ok: return Tr::tr("OK", "short check status, 4 letters at most");
    case CheckResult::Status::Warning: return Tr::tr("WARN", "short check status, 4 letters at most");
    case CheckResult::Status::Error: return Tr::tr("FAIL", "short check status, 4 letters at most");
    case CheckResult::Status::Skipped: return Tr::tr("SKIP", "short check status, 4 letters at most");
    }
    return QString();
}

QString statusTag(CheckResult::Status s)
{
    qsizetype width = 0;
    for (auto st : {CheckResult::Status::Ok, CheckResult::Status::Warning, CheckResult::Status::Error,
                    CheckResult::Status::Skipped})
        width = std::max(width, shortStatus(st).size());
    const QString text = shortStatus(s);
    const qsizetype left = (width - text.size()) / 2;
    return QLatin1String("[ ") + QString(left, QLatin1Char(' ')) + text.leftJustified(width - left, QLatin1Char(' '))
           + QLatin1String(" ]");
}

double round4(double value)
{
    return std::round(std::clamp(value, 0.0, 1.0) * 10000.0) / 10000.0;
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}

} // namespace

CliPrinter::CliPrinter(bool json)
    : m_json(json),
      m_terminal(::isatty(::fileno(stdout)) == 1),
      m_ownOut(std::make_unique<QTextStream>(stdout)),
      m_ownErr(std::make_unique<QTextStream>(stderr)),
      m_out(m_ownOut.get()),
      m_err(m_ownErr.get())
{}

CliPrinter::CliPrinter(bool json, QTextStream *out, QTextStream *err, bool terminal)
    : m_json(json), m_terminal(terminal), m_out(out), m_err(err ? err : out)
{}

CliPrinter::~CliPrinter()
{
    clearProgressLine();
}

int CliPrinter::exitCode(CliOutcome outcome)
{
    switch (outcome) {
    case CliOutcome::Ok: return 0;
    case CliOutcome::Failed: return 1;
    case CliOutcome::BadInput: return 2;
    case CliOutcome::ChecksFailed: return 3;
    case CliOutcome::HostKey: return 4;
    case CliOutcome::Cancelled: return 5;
    }
    return 1;
}

QString CliPrinter::outcomeName(CliOutcome outcome)
{
    switch (outcome) {
    case CliOutcome::Ok: return QStringLiteral("ok");
    case CliOutcome::Failed: return QStringLiteral("failed");
    case CliOutcome::BadInput: return QStringLiteral("bad-input");
    case CliOutcome::ChecksFailed: return QStringLiteral("checks-failed");
    case CliOutcome::HostKey: return QStringLiteral("host-key");
    case CliOutcome::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("failed");
}

QString CliPrinter::streamName(LogStream stream)
{
    return logStreamName(stream);
}

void CliPrinter::writeJson(QJsonObject object)
{
    *m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << QLatin1Char('\n');
    m_out->flush();
}

void CliPrinter::clearProgressLine()
{
    if (m_progressShown && m_out) {
        *m_out << QLatin1Char('\r') << QLatin1String("\x1b[K");
        m_out->flush();
        m_progressShown = false;
    }
}

void CliPrinter::writeLine(const QString &line)
{
    clearProgressLine();
    *m_out << line << QLatin1Char('\n');
    m_out->flush();
}

QString CliPrinter::checkLine(const CheckResult &check, qsizetype roleWidth, qsizetype idWidth,
                              qsizetype titleWidth) const
{
    QString line = statusTag(check.status) + QLatin1Char(' ') + check.role.leftJustified(roleWidth)
                   + QLatin1String("  ") + check.id.leftJustified(idWidth) + QLatin1String("  ")
                   + check.title.leftJustified(titleWidth);
    if (!check.message.isEmpty())
        line += QStringLiteral("  — ") + check.message;
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line;
}

void CliPrinter::printCheck(const CheckResult &check)
{
    printChecks(CheckList{check});
}

void CliPrinter::printChecks(const CheckList &checks)
{
    if (m_json) {
        for (const CheckResult &c : checks) {
            QJsonObject o = c.toJson();
            o.insert(QStringLiteral("type"), QStringLiteral("check"));
            writeJson(o);
        }
        return;
    }
    qsizetype roleWidth = 12; // "newSecondary"
    qsizetype idWidth = 0;
    qsizetype titleWidth = 0;
    for (const CheckResult &c : checks) {
        roleWidth = std::max(roleWidth, c.role.size());
        idWidth = std::max(idWidth, c.id.size());
        titleWidth = std::max(titleWidth, c.title.size());
    }
    const QString indent(statusTag(CheckResult::Status::Ok).size() + 1, QLatin1Char(' '));
    for (const CheckResult &c : checks) {
        writeLine(checkLine(c, roleWidth, idWidth, titleWidth));
        if (c.status != CheckResult::Status::Ok && !c.remedy.isEmpty())
            writeLine(indent + Tr::tr("What to do: %1").arg(c.remedy));
    }
}

void CliPrinter::printStepStarted(int index, int count, const QString &label)
{
    if (m_json) {
        writeJson(QJsonObject{{QStringLiteral("type"), QStringLiteral("step")},
                              {QStringLiteral("index"), index + 1},
                              {QStringLiteral("count"), count},
                              {QStringLiteral("label"), label},
                              {QStringLiteral("state"), QStringLiteral("started")},
                              {QStringLiteral("message"), QString()},
                              {QStringLiteral("elapsedMs"), 0}});
        return;
    }
    writeLine(QStringLiteral("==> (%1/%2) %3").arg(index + 1).arg(count).arg(label));
}

void CliPrinter::printStepFinished(int index, int count, const QString &label, bool ok, const QString &message,
                                   qint64 elapsedMs)
{
    if (m_json) {
        writeJson(QJsonObject{{QStringLiteral("type"), QStringLiteral("step")},
                              {QStringLiteral("index"), index + 1},
                              {QStringLiteral("count"), count},
                              {QStringLiteral("label"), label},
                              {QStringLiteral("state"), ok ? QStringLiteral("finished") : QStringLiteral("failed")},
                              {QStringLiteral("message"), message},
                              {QStringLiteral("elapsedMs"), elapsedMs}});
        return;
    }
    QString line;
    if (ok) {
        line = message.isEmpty() ? Tr::tr("done in %1 s").arg(seconds(elapsedMs))
                                 : Tr::tr("done in %1 s: %2").arg(seconds(elapsedMs), message);
    } else {
        line = Tr::tr("FAILED after %1 s: %2").arg(seconds(elapsedMs), message);
    }
    writeLine(QLatin1String("    ") + line);
}

void CliPrinter::printProgress(double fraction, const QString &message)
{
    const double rounded = round4(std::isfinite(fraction) ? fraction : 0.0);
    if (m_json) {
        if (rounded == m_lastFraction && message == m_lastMessage)
            return;
        m_lastFraction = rounded;
        m_lastMessage = message;
        writeJson(QJsonObject{{QStringLiteral("type"), QStringLiteral("progress")},
                              {QStringLiteral("fraction"), rounded},
                              {QStringLiteral("message"), message}});
        return;
    }
    const int percent = int(std::floor(rounded * 100.0));
    if (m_terminal) {
        const int filled = int(std::floor(rounded * kBarWidth));
        QString text = message;
        if (text.size() > kMaxTerminalMessage)
            text = text.left(kMaxTerminalMessage - 1) + QStringLiteral("…");
        *m_out << QLatin1Char('\r') << QLatin1Char('[') << QString(filled, QLatin1Char('#'))
               << QString(kBarWidth - filled, QLatin1Char('-')) << QLatin1String("] ")
               << QString::number(percent).rightJustified(3) << QLatin1String("% ") << text << QLatin1String("\x1b[K");
        m_out->flush();
        m_progressShown = true;
        return;
    }
    const int decile = int(std::floor(rounded * 10.0));
    if (decile <= m_lastDecile)
        return;
    m_lastDecile = decile;
    const QString line = Tr::tr("Progress: %1%").arg(decile * 10);
    writeLine(message.isEmpty() ? line : line + QStringLiteral(" — ") + message);
}

void CliPrinter::printLog(const QString &host, LogStream stream, const QString &text)
{
    if (m_json) {
        writeJson(QJsonObject{{QStringLiteral("type"), QStringLiteral("log")},
                              {QStringLiteral("host"), host},
                              {QStringLiteral("stream"), streamName(stream)},
                              {QStringLiteral("text"), text}});
        return;
    }
    QString prefix = host.isEmpty() ? QString() : QLatin1Char('[') + host + QLatin1String("] ");
    switch (stream) {
    case LogStream::Command: prefix += QLatin1String("$ "); break;
    case LogStream::StdErr: prefix += QLatin1String("! "); break;
    case LogStream::Warning: prefix += Tr::tr("warning: "); break;
    case LogStream::Error: prefix += Tr::tr("error: "); break;
    case LogStream::Info:
    case LogStream::StdOut: break;
    }
    QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.size() > 1 && lines.last().isEmpty())
        lines.removeLast();
    for (QString &l : lines) {
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
        writeLine(prefix + l);
    }
}

void CliPrinter::printResult(const QString &outcome, int exitCode, const QString &message, const QString &details,
                             const QJsonObject &extra)
{
    if (m_json) {
        QJsonObject o{{QStringLiteral("type"), QStringLiteral("result")},
                      {QStringLiteral("outcome"), outcome},
                      {QStringLiteral("exitCode"), exitCode},
                      {QStringLiteral("message"), message},
                      {QStringLiteral("details"), details}};
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
            if (!o.contains(it.key()))
                o.insert(it.key(), it.value());
        }
        writeJson(o);
        return;
    }
    if (!message.isEmpty())
        writeLine(message);
    if (!details.isEmpty()) {
        const QStringList lines = details.split(QLatin1Char('\n'));
        for (const QString &l : lines)
            writeLine(QLatin1String("    ") + l);
    }
}

void CliPrinter::printResult(CliOutcome outcome, const QString &message, const QString &details,
                             const QJsonObject &extra)
{
    printResult(outcomeName(outcome), exitCodeOf(outcome), message, details, extra);
}

void CliPrinter::printError(const QString &message)
{
    clearProgressLine();
    *m_err << message << QLatin1Char('\n');
    m_err->flush();
}

void CliPrinter::follow(FlowRunner *runner, QObject *context)
{
    m_followCount = runner->stepCount();
    m_followLabels = runner->stepLabels();
    QObject::connect(
        runner, &FlowRunner::stepStarted, context,
        [this](int index, const QString &label, const QString &) { printStepStarted(index, m_followCount, label); });
    QObject::connect(runner, &FlowRunner::stepFinished, context,
                     [this](int index, bool ok, const QString &message, qint64 elapsedMs) {
                         printStepFinished(index, m_followCount, m_followLabels.value(index), ok, message, elapsedMs);
                     });
    QObject::connect(runner, &FlowRunner::progress, context,
                     [this](double fraction, const QString &message) { printProgress(fraction, message); });
    QObject::connect(
        runner, &FlowRunner::logLine, context,
        [this](const QString &host, int stream, const QString &text) { printLog(host, LogStream(stream), text); });
}

} // namespace oef
