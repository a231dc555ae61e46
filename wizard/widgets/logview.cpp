#include "wizard/widgets/logview.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>

#include <algorithm>

namespace oef::ui {

namespace {
constexpr int DefaultMaximumLines = 5000;
constexpr int DefaultFlushMs = 100;
// Lines inserted per flush: a flood is shown in slices, with the event loop running between
// them (inserting 5000 lines at once takes 20 to 80 ms on a small machine).
constexpr int MaxLinesPerFlush = 400;
constexpr int NextSliceMs = 5;

// Server colours, in the order servers first appear (unless set with setHostColor).
const QColor Palette[] = {QColor(0x1f, 0x6f, 0xb2), QColor(0x2e, 0x7d, 0x32), QColor(0x8e, 0x44, 0xad),
                          QColor(0xa0, 0x52, 0x2d)};
const QColor WarningColor(0xb2, 0x6a, 0x00);
const QColor ErrorColor(0xc6, 0x28, 0x28);
} // namespace

LogView::LogView(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true);
    setMaximumBlockCount(DefaultMaximumLines);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LogView::flushSlice);
}

void LogView::setMaximumLines(int lines)
{
    setMaximumBlockCount(std::max(1, lines));
}

int LogView::maximumLines() const
{
    return maximumBlockCount();
}

void LogView::setFlushInterval(int ms)
{
    m_interval = std::max(0, ms);
}

void LogView::setHostColor(const QString &host, const QColor &color)
{
    m_hostColors.insert(host, color);
}

QColor LogView::hostColor(const QString &host) const
{
    return colorFor(host);
}

QColor LogView::colorFor(const QString &host) const
{
    if (host.isEmpty())
        return palette().color(QPalette::Text);
    QColor c = m_hostColors.value(host);
    if (!c.isValid())
        c = Palette[qHash(host) % std::size(Palette)];
    // Keep the contrast on a dark background.
    if (palette().color(QPalette::Base).lightness() < 128)
        c = c.lighter(170);
    return c;
}

void LogView::appendLine(const QString &host, LogStream stream, const QString &text)
{
    ++m_total;
    if (!host.isEmpty() && !m_hostColors.contains(host))
        m_hostColors.insert(host, Palette[m_hostColors.size() % std::size(Palette)]);
    m_pending.append(Line{host, stream, text});
    // Lines beyond what the document keeps would scroll away at once: never hold more.
    const qsizetype excess = m_pending.size() - maximumBlockCount();
    if (excess > 0)
        m_pending.remove(0, excess);
    scheduleFlush();
}

void LogView::appendDropped(int count)
{
    appendLine(QString(), LogStream::Warning, tr("… %n line(s) of output not shown (too many at once).", "", count));
    m_total += count - 1;
}

void LogView::scheduleFlush()
{
    if (!m_timer.isActive())
        m_timer.start(m_interval);
}

void LogView::flush()
{
    while (!m_pending.isEmpty())
        flushSlice();
}

void LogView::flushSlice()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    const qsizetype count = std::min<qsizetype>(m_pending.size(), MaxLinesPerFlush);
    ++m_flushes;
    QScrollBar *bar = verticalScrollBar();
    const bool follow = bar->value() >= bar->maximum() - 1;

    for (qsizetype i = 0; i < count; ++i)
        m_hostWidth = std::max<int>(m_hostWidth, int(m_pending.at(i).host.size()));

    QTextCharFormat plain;
    plain.setForeground(palette().color(QPalette::Text));
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    bool first = document()->isEmpty();
    for (qsizetype i = 0; i < count; ++i) {
        const Line &line = m_pending.at(i);
        if (!first)
            cursor.insertBlock();
        first = false;
        const QColor hostColor = colorFor(line.host);
        QTextCharFormat hostFormat;
        hostFormat.setForeground(hostColor);
        hostFormat.setFontWeight(QFont::Bold);
        cursor.insertText(line.host.leftJustified(m_hostWidth) + QStringLiteral("  "), hostFormat);
        QTextCharFormat textFormat;
        switch (line.stream) {
        case LogStream::Command:
            textFormat.setForeground(hostColor);
            textFormat.setFontWeight(QFont::Bold);
            break;
        case LogStream::StdErr:
            textFormat.setForeground(hostColor);
            textFormat.setFontItalic(true);
            break;
        case LogStream::Warning:
            textFormat.setForeground(WarningColor);
            textFormat.setFontWeight(QFont::Bold);
            break;
        case LogStream::Error:
            textFormat.setForeground(ErrorColor);
            textFormat.setFontWeight(QFont::Bold);
            break;
        case LogStream::StdOut: textFormat.setForeground(hostColor); break;
        case LogStream::Info: textFormat = plain; break;
        }
        cursor.insertText(line.text, textFormat);
    }
    cursor.endEditBlock();
    m_pending.remove(0, count);
    if (follow)
        bar->setValue(bar->maximum());
    if (!m_pending.isEmpty())
        m_timer.start(NextSliceMs);
}

void LogView::clearLog()
{
    m_timer.stop();
    m_pending.clear();
    m_total = 0;
    m_hostWidth = 0;
    clear();
}

void LogView::copyAll() const
{
    QString text = toPlainText();
    for (const Line &line : m_pending)
        text += QLatin1Char('\n') + line.host + QStringLiteral("  ") + line.text;
    QApplication::clipboard()->setText(text);
}

} // namespace oef::ui
