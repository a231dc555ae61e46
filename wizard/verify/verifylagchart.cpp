#include "wizard/verify/verifylagchart.h"

#include "backend/verify/verifyverdict.h"

#include <QEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>

namespace oef::ui {

namespace {
const QColor kSecondsColor(0x0a, 0x69, 0xda);
const QColor kBytesColor(0x9a, 0x67, 0x00);
} // namespace

VerifyLagChart::VerifyLagChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("lagChart"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    updateToolTip();
}

QSize VerifyLagChart::sizeHint() const
{
    return {480, 140};
}
QSize VerifyLagChart::minimumSizeHint() const
{
    return {200, 90};
}

void VerifyLagChart::setWindowSeconds(int seconds)
{
    m_windowSeconds = std::max(10, seconds);
    if (!m_samples.isEmpty())
        prune(m_samples.last().msecs);
    update();
}

void VerifyLagChart::addSample(const QDateTime &at, std::optional<double> seconds, std::optional<qint64> bytes)
{
    const qint64 ms = at.toMSecsSinceEpoch();
    if (!m_samples.isEmpty() && ms < m_samples.last().msecs)
        m_samples.clear(); // the clock went back: start again
    m_samples.append({ms, seconds, bytes});
    prune(ms);
    update();
}

void VerifyLagChart::clear()
{
    m_samples.clear();
    update();
}

void VerifyLagChart::prune(qint64 now)
{
    const qint64 oldest = now - qint64(m_windowSeconds) * 1000;
    auto firstKept = std::find_if(m_samples.begin(), m_samples.end(),
                                  [&](const Sample &s) { return s.msecs >= oldest; });
    m_samples.erase(m_samples.begin(), firstKept);
}

double VerifyLagChart::maxSeconds() const
{
    double m = 0.0;
    for (const Sample &s : m_samples)
        m = std::max(m, s.seconds.value_or(0.0));
    return m;
}

qint64 VerifyLagChart::maxBytes() const
{
    qint64 m = 0;
    for (const Sample &s : m_samples)
        m = std::max(m, s.bytes.value_or(0));
    return m;
}

void VerifyLagChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateToolTip();
    QWidget::changeEvent(event);
}

void VerifyLagChart::updateToolTip()
{
    setToolTip(tr("How far the standby is behind the primary: seconds (blue) and data not yet "
                  "applied (amber), over the last %n minute(s).",
                  nullptr, std::max(1, m_windowSeconds / 60)));
}

void VerifyLagChart::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    p.fillRect(event->rect(), palette().color(QPalette::Base));
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int pad = 4;
    const QRect plot = rect().adjusted(pad, fm.height() + pad, -pad, -pad);
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(plot.adjusted(0, 0, -1, -1));

    const double maxS = std::max(1.0, maxSeconds());
    const qint64 maxB = std::max<qint64>(1024, maxBytes());
    p.setPen(kSecondsColor);
    p.drawText(QRect(pad, 0, width() / 2 - pad, fm.height() + pad), Qt::AlignLeft | Qt::AlignVCenter,
               tr("up to %1 behind").arg(formatSeconds(maxSeconds())));
    p.setPen(kBytesColor);
    p.drawText(QRect(width() / 2, 0, width() / 2 - pad, fm.height() + pad), Qt::AlignRight | Qt::AlignVCenter,
               tr("up to %1 not applied").arg(formatBytes(maxBytes())));
    if (m_samples.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(plot, Qt::AlignCenter, tr("No measurement yet"));
        return;
    }
    const qint64 end = m_samples.last().msecs;
    const qint64 start = end - qint64(m_windowSeconds) * 1000;
    auto x = [&](qint64 ms) { return plot.left() + double(ms - start) / double(end - start) * plot.width(); };
    auto line = [&](auto value, double max, const QColor &color) {
        QPainterPath path;
        bool drawing = false;
        for (const Sample &s : m_samples) {
            const std::optional<double> v = value(s);
            if (!v) {
                drawing = false;
                continue;
            }
            const QPointF pt(x(s.msecs), plot.bottom() - std::min(1.0, *v / max) * (plot.height() - 2));
            if (drawing)
                path.lineTo(pt);
            else
                path.moveTo(pt);
            drawing = true;
        }
        p.setPen(QPen(color, 2));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    };
    line([](const Sample &s) { return s.bytes ? std::optional<double>(double(*s.bytes)) : std::nullopt; }, double(maxB),
         kBytesColor);
    line([](const Sample &s) { return s.seconds; }, maxS, kSecondsColor);
}

} // namespace oef::ui
