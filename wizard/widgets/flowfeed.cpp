#include "wizard/widgets/flowfeed.h"

#include "backend/core/runner.h"

#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>

namespace oef::ui {

namespace {

bool isDroppable(const FlowEvent &event)
{
    return event.kind == FlowEvent::Kind::Log
           && (event.stream == LogStream::StdOut || event.stream == LogStream::StdErr);
}

} // namespace

struct FlowFeed::Mailbox
{
    QMutex mutex;
    QList<FlowEvent> pending; // guarded by mutex
    int droppableLines = 0;   // output lines in `pending`
    int maxLines = 5000;
    qsizetype lastProgress = -1;  // a Progress event that a newer one may replace
    bool wakePosted = false;      // a drain() is queued on the receiver's thread
    FlowFeed *receiver = nullptr; // cleared by ~FlowFeed

    void push(FlowEvent event)
    {
        const QMutexLocker lock(&mutex);
        if (!receiver)
            return;
        // Progress only matters as its latest value: merge a run of them (they may be one per
        // line of pg_basebackup output). A step event ends the run.
        if (event.kind == FlowEvent::Kind::Progress) {
            if (lastProgress >= 0) {
                pending[lastProgress] = std::move(event);
                return;
            }
            lastProgress = pending.size();
        } else if (event.kind != FlowEvent::Kind::Log && event.kind != FlowEvent::Kind::Dropped) {
            lastProgress = -1;
        }
        const bool droppable = isDroppable(event);
        pending.append(std::move(event));
        if (droppable && ++droppableLines > maxLines)
            compact();
        if (!wakePosted) {
            wakePosted = true;
            QMetaObject::invokeMethod(receiver, &FlowFeed::drain, Qt::QueuedConnection);
        }
    }

    // Drops the oldest output lines down to half the limit (amortised: one pass per
    // maxLines/2 lines) and leaves one "N lines dropped" marker where they were.
    void compact()
    {
        const int toDrop = droppableLines - maxLines / 2;
        QList<FlowEvent> kept;
        kept.reserve(pending.size() - toDrop + 1);
        int dropped = 0;
        qsizetype markerAt = -1;
        for (FlowEvent &event : pending) {
            if (dropped < toDrop && isDroppable(event)) {
                if (markerAt < 0)
                    markerAt = kept.size();
                ++dropped;
                continue;
            }
            kept.append(std::move(event));
        }
        if (markerAt > 0 && kept.at(markerAt - 1).kind == FlowEvent::Kind::Dropped) {
            kept[markerAt - 1].index += dropped;
        } else if (markerAt >= 0) {
            FlowEvent marker;
            marker.kind = FlowEvent::Kind::Dropped;
            marker.index = dropped;
            kept.insert(markerAt, marker);
        }
        pending = std::move(kept);
        droppableLines -= dropped;
        lastProgress = -1;
        for (qsizetype i = pending.size() - 1; i >= 0; --i) {
            const FlowEvent::Kind k = pending.at(i).kind;
            if (k == FlowEvent::Kind::Progress) {
                lastProgress = i;
                break;
            }
            if (k != FlowEvent::Kind::Log && k != FlowEvent::Kind::Dropped)
                break;
        }
    }
};

FlowFeed::FlowFeed(QObject *parent) : QObject(parent), m_box(std::make_shared<Mailbox>())
{
    m_box->receiver = this;
}

FlowFeed::~FlowFeed()
{
    const QMutexLocker lock(&m_box->mutex);
    m_box->receiver = nullptr;
    m_box->pending.clear();
}

void FlowFeed::setMaxPendingLines(int lines)
{
    const QMutexLocker lock(&m_box->mutex);
    m_box->maxLines = std::max(2, lines);
}

int FlowFeed::maxPendingLines() const
{
    const QMutexLocker lock(&m_box->mutex);
    return m_box->maxLines;
}

void FlowFeed::attach(FlowRunner *runner)
{
    // Direct connections: these run on the worker thread, inside the runner's emit. The
    // lambdas hold the mailbox, not this object, so they stay valid whatever goes first.
    const std::shared_ptr<Mailbox> box = m_box;
    using K = FlowEvent::Kind;
    connect(
        runner, &FlowRunner::stepStarted, runner,
        [box](int index, const QString &label, const QString &status) {
            FlowEvent e;
            e.kind = K::StepStarted;
            e.index = index;
            e.text = label;
            e.extra = status;
            box->push(std::move(e));
        },
        Qt::DirectConnection);
    connect(
        runner, &FlowRunner::stepFinished, runner,
        [box](int index, bool ok, const QString &message, qint64 elapsedMs) {
            FlowEvent e;
            e.kind = K::StepFinished;
            e.index = index;
            e.ok = ok;
            e.text = message;
            e.elapsedMs = elapsedMs;
            box->push(std::move(e));
        },
        Qt::DirectConnection);
    connect(
        runner, &FlowRunner::progress, runner,
        [box](double fraction, const QString &message) {
            FlowEvent e;
            e.kind = K::Progress;
            e.fraction = fraction;
            e.text = message;
            box->push(std::move(e));
        },
        Qt::DirectConnection);
    connect(
        runner, &FlowRunner::logLine, runner,
        [box](const QString &host, int stream, const QString &text) {
            FlowEvent e;
            e.kind = K::Log;
            e.host = host;
            e.stream = static_cast<LogStream>(stream);
            e.text = text;
            box->push(std::move(e));
        },
        Qt::DirectConnection);
    connect(
        runner, &FlowRunner::failed, runner,
        [box](const QString &message, const QString &details) {
            FlowEvent e;
            e.kind = K::Failed;
            e.text = message;
            e.extra = details;
            box->push(std::move(e));
        },
        Qt::DirectConnection);
    connect(
        runner, &FlowRunner::finished, runner,
        [box](int outcome) {
            FlowEvent e;
            e.kind = K::Finished;
            e.index = outcome;
            box->push(std::move(e));
        },
        Qt::DirectConnection);
}

void FlowFeed::drain()
{
    QList<FlowEvent> batch;
    {
        const QMutexLocker lock(&m_box->mutex);
        batch.swap(m_box->pending);
        m_box->droppableLines = 0;
        m_box->lastProgress = -1;
        m_box->wakePosted = false;
    }
    if (!batch.isEmpty())
        emit arrived(batch);
}

} // namespace oef::ui
