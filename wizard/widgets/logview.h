#pragma once
// The live log pane: read-only, selectable and copyable text; one colour per server; lines are
// buffered and appended in one batch every ~100 ms (never one repaint per line); memory is
// bounded (the document keeps the last maximumLines() lines, older ones scroll away).
#include "backend/core/step.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QPlainTextEdit>
#include <QTimer>

namespace oef::ui {

class LogView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit LogView(QWidget *parent = nullptr);

    // Queues a line; it shows at the next flush. `host` empty: the tool itself.
    void appendLine(const QString &host, LogStream stream, const QString &text);
    // A note that `count` lines were left out (memory bound reached upstream).
    void appendDropped(int count);
    // Shows every queued line now.
    void flush();
    // Shows the oldest queued lines (a bounded slice); the rest follow a few ms later.
    void flushSlice();
    void clearLog();

    void setHostColor(const QString &host, const QColor &color);
    QColor hostColor(const QString &host) const;

    // Lines kept in the document (default 5000) and the batching interval (default 100 ms).
    void setMaximumLines(int lines);
    int maximumLines() const;
    void setFlushInterval(int ms);

    int pendingLineCount() const { return int(m_pending.size()); }
    // Lines appended since the last clearLog(), shown or dropped.
    qint64 totalLines() const { return m_total; }
    qint64 flushCount() const { return m_flushes; }

    // The whole text, for "Copy all".
    void copyAll() const;

private:
    struct Line
    {
        QString host;
        LogStream stream;
        QString text;
    };
    void scheduleFlush();
    QColor colorFor(const QString &host) const;

    QList<Line> m_pending;
    QHash<QString, QColor> m_hostColors;
    QTimer m_timer;
    int m_interval = 100;
    int m_hostWidth = 0; // characters of the widest host prefix so far
    qint64 m_total = 0;
    qint64 m_flushes = 0;
};

} // namespace oef::ui
