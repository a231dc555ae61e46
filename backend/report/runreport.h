#pragma once
// The report of one run (DESIGN.md sections 2 and 8): who ran what, from where and when, the
// plan, every pre-check, every step with its commands and the end of its output, how it ended
// and where it stopped. Written as report.json (for machines) and report.html (for people:
// self-contained, printable). Everything written passes through the Redactor.
//
// Not thread-safe: use a report on one thread (normally the main thread). attach() queues the
// runner's signals to that thread.
#include "backend/core/check.h"
#include "backend/core/plan.h"
#include "backend/core/step.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

class QObject;

namespace oef {

class FlowRunner;
class Redactor;

class RunReport
{
public:
    enum class Kind { Setup, Failover, Switchover, Verify };
    // Unfinished: no finished() yet. NotStarted: the flow never ran (pre-checks failed, the
    // operator said no); see finishWithoutRunning().
    enum class Outcome { Unfinished, Succeeded, Failed, Cancelled, NotStarted };
    enum class StepState { NotRun, Running, Ok, Failed, Cancelled };

    // Records the start time, the local user and the machine's host name.
    RunReport();
    ~RunReport();
    RunReport(const RunReport &) = delete;
    RunReport &operator=(const RunReport &) = delete;

    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    void setPlan(const Plan &plan);
    void addCheck(const CheckResult &check);
    void addChecks(const CheckList &checks);
    // Borrowed; must outlive every toJson()/toHtml()/write call. Null: no redaction.
    void setRedactor(const Redactor *redactor);
    // What the flow found and did (e.g. SetupState::toJson()), shown as "Results".
    void setExtra(const QJsonObject &extra);
    // A sentence about the state the servers were left in, from the caller who knows the flow.
    // Without it the summary uses a general sentence for the kind.
    void setStateNote(const QString &note);

    // Follows a runner: takes its step labels now and connects its signals with a receiver
    // owned by `context` (so the slots run on the context's thread). Call before the flow
    // starts. The report keeps everything it needs: the runner may be deleted afterwards.
    void attach(FlowRunner *runner, QObject *context);

    // The same, called by hand (the GUI or the CLI can feed the report directly).
    void setStepLabels(const QStringList &labels);
    void stepStarted(int index, const QString &label);
    void stepFinished(int index, bool ok, const QString &message, qint64 elapsedMs);
    void logLine(const QString &host, LogStream stream, const QString &text);
    void failed(const QString &message, const QString &details);
    void finished(int flowOutcome); // FlowOutcome
    // The flow never ran: `reason` says why, and that nothing was changed ("Some checks
    // failed. Nothing was changed."). `cancelled`: the operator said no.
    void finishWithoutRunning(const QString &reason, bool cancelled = false);

    Outcome outcome() const { return m_outcome; }
    static QString kindName(Kind kind);            // "setup", "failover", ...
    static QString outcomeName(Outcome outcome);   // "ok", "failed", "cancelled", ...
    static QString stepStateName(StepState state); // "ok", "failed", "cancelled", "not-run"

    QJsonObject toJson() const; // redacted
    QString toHtml() const;     // redacted, escaped, self-contained
    QString summary() const;    // the plain-words summary, redacted

    // report.json and report.html in `dir` (created 0700 when missing; files 0600).
    bool writeTo(const QString &dir, QString *error) const;
    // The two files at the given paths (missing parent directories are created 0700).
    bool writeFiles(const QString &jsonPath, const QString &htmlPath, QString *error) const;
    // For --report FILE: FILE with its suffix replaced by .html (".html" appended when FILE
    // has no suffix or already ends in .html).
    static QString htmlPathFor(const QString &jsonPath);
    // <AppLocalDataLocation>/reports/yyyyMMdd-HHmmss-<kind>, made unique ("-2", "-3", …)
    // when it already exists. Not created.
    static QString defaultRunDir(const QString &kind);

    // How many lines of each step's output the report keeps (the last ones).
    static constexpr int kOutputTail = 40;

private:
    struct LogEntry
    {
        QString host;
        LogStream stream = LogStream::Info;
        QString text;
        qint64 atMs = -1; // milliseconds since the run started
    };
    struct StepRecord
    {
        QString label;
        StepState state = StepState::NotRun;
        QString message;
        QString details;
        qint64 elapsedMs = 0;
        bool undone = false; // its clean-up ran after the stop
        QList<LogEntry> commands;
        QList<LogEntry> output; // the last kOutputTail lines, commands included
        int droppedLines = 0;
    };
    struct LogBlock // lines outside any step (before, after the stop)
    {
        QList<LogEntry> commands;
        QList<LogEntry> output;
        int droppedLines = 0;
    };

    StepRecord &stepAt(int index);
    static void append(QList<LogEntry> &commands, QList<LogEntry> &output, int &dropped, int keep,
                       const LogEntry &entry);
    static QJsonObject entryJson(const LogEntry &entry);
    QString redact(const QString &text) const;
    QJsonValue redactValue(const QJsonValue &value) const;
    int stoppedIndex() const;                      // 0-based index of the step where it stopped, or -1
    static QString isoTime(const QDateTime &time); // with the offset spelled out
    QString whatWasDone() const;
    QString summaryText() const; // not redacted
    QString checkCountsText() const;
    QString resultText() const;
    QString stepFatesText() const;
    QString leftStateText() const;
    QJsonObject rawJson() const; // not redacted

    // report.html, part by part (runreporthtml.cpp). Each part is empty when it has nothing
    // to show; every text in it is redacted, then escaped.
    QString escaped(const QString &text) const;
    QString tableStart(const QString &title, const QStringList &headers) const;
    QString logHtml(const QList<LogEntry> &lines) const;
    QString commandsHtml(const QList<LogEntry> &lines) const;
    QString headHtml() const;
    QString headerHtml() const;
    QString summaryHtml() const;
    QString failureHtml() const;
    QString planHtml() const;
    QString checksHtml() const;
    QString stepsHtml() const;
    QString stepHtml(int index) const;
    QString outsideStepsHtml() const;
    QString resultsHtml() const;
    QString valueHtml(const QJsonValue &value, int depth) const;

    Kind m_kind = Kind::Setup;
    QString m_user;
    QString m_machine;
    QDateTime m_started;
    QDateTime m_finished;
    std::optional<Plan> m_plan;
    CheckList m_checks;
    QList<StepRecord> m_steps;
    int m_current = -1;     // the step that is running, or -1
    bool m_stopped = false; // a step failed; later lines belong to the clean-up
    LogBlock m_before;
    LogBlock m_after;
    Outcome m_outcome = Outcome::Unfinished;
    QString m_message;
    QString m_details;
    QString m_stateNote;
    QJsonObject m_extra;
    const Redactor *m_redactor = nullptr;
    QPointer<QObject> m_receiver; // child of attach()'s context, deleted with the report
};

} // namespace oef
