#pragma once
// Carries a FlowRunner's reports to the GUI thread in ordered batches.
//
// A flow can print thousands of lines a second (pg_basebackup, a chatty script). One queued
// event per line would flood the GUI thread's event queue: Qt then delivers them all in one
// go and the window freezes (bench/bench_logpane measures it). So the runner's signals are
// taken with direct connections, on the worker thread, into a small mailbox (a mutex-guarded
// list of values, the only thing the two threads share); the first value put into an empty
// mailbox posts ONE queued call that drains it on the GUI thread. Order is kept across kinds
// (a step's lines arrive before its "finished"), and memory is bounded: when too many output
// lines wait, the oldest stdout/stderr lines are dropped and counted (commands, notes,
// warnings and step events are never dropped).
#include "backend/core/step.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace oef {
class FlowRunner;
}

namespace oef::ui {

struct FlowEvent
{
    enum class Kind { StepStarted, StepFinished, Progress, Log, Failed, Finished, Dropped };
    Kind kind = Kind::Log;
    int index = -1;                     // StepStarted/StepFinished: step; Finished: FlowOutcome;
                                        // Dropped: how many lines were dropped
    bool ok = false;                    // StepFinished
    qint64 elapsedMs = 0;               // StepFinished
    double fraction = 0.0;              // Progress
    LogStream stream = LogStream::Info; // Log
    QString host;                       // Log
    QString text;                       // Log text, step label, progress/failure message
    QString extra;                      // StepStarted: status message; Failed: details
};

class FlowFeed : public QObject
{
    Q_OBJECT

public:
    explicit FlowFeed(QObject *parent = nullptr);
    ~FlowFeed() override;

    // Takes the runner's signals (direct connections: call before the flow starts).
    void attach(FlowRunner *runner);
    // Output lines that may wait in the mailbox before the oldest are dropped.
    void setMaxPendingLines(int lines);
    int maxPendingLines() const;

    // Drains the mailbox now (normally done by the queued call); emits arrived() when any.
    void drain();

signals:
    void arrived(const QList<oef::ui::FlowEvent> &batch);

private:
    struct Mailbox;
    std::shared_ptr<Mailbox> m_box;
};

} // namespace oef::ui
