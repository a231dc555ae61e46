#pragma once
// What oe-failover-cli prints (DESIGN.md section 8): readable text, or with --json one compact
// JSON object per line with a "type" field: check, step, progress, log, result.
#include "backend/core/check.h"
#include "backend/core/step.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

class QObject;

namespace oef {

class FlowRunner;

// How a CLI run ended, with the exit codes of DESIGN.md section 8.
enum class CliOutcome { Ok, Failed, Cancelled, ChecksFailed, HostKey, BadInput };

class CliPrinter
{
public:
    // Writes to stdout (and plain errors to stderr). Progress redraws one line only when
    // stdout is a terminal.
    explicit CliPrinter(bool json);
    // For tests and embedding: any streams; `terminal` says whether `out` is a terminal.
    // The streams are borrowed and must outlive the printer; `err` may be null (then `out`).
    CliPrinter(bool json, QTextStream *out, QTextStream *err, bool terminal = false);
    ~CliPrinter();
    CliPrinter(const CliPrinter &) = delete;
    CliPrinter &operator=(const CliPrinter &) = delete;

    bool isJson() const { return m_json; }

    void printCheck(const CheckResult &check);
    void printChecks(const CheckList &checks); // text mode: columns aligned over the list

    // `index` is 0-based as FlowRunner reports it; output shows it 1-based ("(2/6)", and
    // "index": 2 in JSON, with "count": 6).
    void printStepStarted(int index, int count, const QString &label);
    void printStepFinished(int index, int count, const QString &label, bool ok, const QString &message,
                           qint64 elapsedMs);
    void printProgress(double fraction, const QString &message);
    void printLog(const QString &host, LogStream stream, const QString &text);

    // outcome: ok | failed | cancelled | checks-failed | host-key | bad-input (or any name the
    // caller needs, e.g. for verify). `extra` keys are merged into the JSON object.
    void printResult(const QString &outcome, int exitCode, const QString &message, const QString &details = {},
                     const QJsonObject &extra = {});
    void printResult(CliOutcome outcome, const QString &message, const QString &details = {},
                     const QJsonObject &extra = {});

    // A plain message on stderr (both modes), e.g. a usage error.
    void printError(const QString &message);

    // Prints the runner's signals as they arrive. `context` lives on the thread that prints
    // (normally the main thread); the runner's signals are queued to it.
    void follow(FlowRunner *runner, QObject *context);

    static int exitCode(CliOutcome outcome);
    // verify exits 3 (UNKNOWN to monitoring) on bad input, as it could not judge; the result
    // printed for BadInput then carries that code.
    void setBadInputExitCode(int code) { m_badInputExit = code; }
    int exitCodeOf(CliOutcome outcome) const
    {
        return outcome == CliOutcome::BadInput ? m_badInputExit : exitCode(outcome);
    }
    static QString outcomeName(CliOutcome outcome);
    static QString streamName(LogStream stream); // info, command, stdout, stderr, ...

private:
    void writeJson(QJsonObject object);
    void writeLine(const QString &line);
    void clearProgressLine();
    QString checkLine(const CheckResult &check, qsizetype roleWidth, qsizetype idWidth, qsizetype titleWidth) const;

    bool m_json;
    bool m_terminal;
    int m_badInputExit = 2;
    std::unique_ptr<QTextStream> m_ownOut;
    std::unique_ptr<QTextStream> m_ownErr;
    QTextStream *m_out;
    QTextStream *m_err;
    bool m_progressShown = false; // terminal: a progress line is on screen, not ended
    int m_lastDecile = -1;        // non-terminal: last 10 % bucket printed
    double m_lastFraction = -1.0;
    QString m_lastMessage;
    QStringList m_followLabels; // for follow()
    int m_followCount = 0;
};

} // namespace oef
