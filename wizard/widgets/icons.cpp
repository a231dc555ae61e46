#include "wizard/widgets/icons.h"

#include "wizard/widgets/vectoriconengine.h"

#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>

namespace oef::ui {
namespace {

// Colours shared with the application icon (resources/icons/oe-failover.svg).
const QColor Blue(0x1f, 0x6f, 0xb2);
const QColor Green(0x2e, 0x9e, 0x5b);
const QColor Amber(0xe8, 0xa3, 0x17);
const QColor Red(0xc6, 0x28, 0x28);
const QColor Grey(0x80, 0x86, 0x8b);
const QColor White(0xff, 0xff, 0xff);
const QColor Ink(0x33, 0x33, 0x33);

QPen strokePen(const QColor &color, qreal width)
{
    return QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

void disc(QPainter &p, const QColor &color)
{
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(1, 1, 22, 22));
}

void drawOk(QPainter &p)
{
    disc(p, Green);
    p.setPen(strokePen(White, 2.6));
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(QPolygonF({QPointF(6.5, 12.5), QPointF(10.2, 16.2), QPointF(17.5, 8.2)}));
}

void drawWarning(QPainter &p)
{
    QPainterPath triangle;
    triangle.moveTo(12, 2);
    triangle.lineTo(23, 21.5);
    triangle.lineTo(1, 21.5);
    triangle.closeSubpath();
    p.setPen(strokePen(Amber, 2));
    p.setBrush(Amber);
    p.drawPath(triangle);
    p.setPen(strokePen(Ink, 2.6));
    p.drawLine(QPointF(12, 8.5), QPointF(12, 14.2));
    p.setPen(Qt::NoPen);
    p.setBrush(Ink);
    p.drawEllipse(QPointF(12, 18), 1.5, 1.5);
}

void drawError(QPainter &p)
{
    disc(p, Red);
    p.setPen(strokePen(White, 2.6));
    p.drawLine(QPointF(8, 8), QPointF(16, 16));
    p.drawLine(QPointF(16, 8), QPointF(8, 16));
}

void drawSkipped(QPainter &p)
{
    p.setPen(strokePen(Grey, 2));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QRectF(2, 2, 20, 20));
    p.setPen(strokePen(Grey, 2.6));
    p.drawLine(QPointF(7.5, 12), QPointF(16.5, 12));
}

void drawRunning(QPainter &p)
{
    p.setBrush(Qt::NoBrush);
    p.setPen(strokePen(QColor(Blue.red(), Blue.green(), Blue.blue(), 70), 3));
    p.drawEllipse(QRectF(3, 3, 18, 18));
    p.setPen(strokePen(Blue, 3));
    p.drawArc(QRectF(3, 3, 18, 18), 90 * 16, -270 * 16); // three quarters, clockwise
    p.setPen(Qt::NoPen);
    p.setBrush(Blue);
    p.drawEllipse(QPointF(12, 12), 2.2, 2.2);
}

// A server: a rounded tower with two drive slots, in the style of the application icon.
void server(QPainter &p, const QRectF &box, const QColor &color)
{
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(box, 1.6, 1.6);
    p.setBrush(White);
    const qreal inset = box.width() * 0.18;
    const qreal slot = box.height() * 0.09;
    for (int i = 0; i < 2; ++i)
        p.drawRoundedRect(
            QRectF(box.left() + inset, box.top() + box.height() * (0.14 + 0.18 * i), box.width() - 2 * inset, slot),
            0.5, 0.5);
}

void badge(QPainter &p, const QPointF &centre, const QColor &color)
{
    p.setPen(QPen(White, 1.5));
    p.setBrush(color);
    p.drawEllipse(centre, 5.2, 5.2);
}

void drawSetUp(QPainter &p)
{
    server(p, QRectF(1, 2, 9, 19), Blue);
    server(p, QRectF(13, 2, 9, 19), Green);
    // plus badge on the standby: a new standby is configured
    badge(p, QPointF(17.5, 17.5), Blue);
    p.setPen(strokePen(White, 1.8));
    p.drawLine(QPointF(17.5, 14.9), QPointF(17.5, 20.1));
    p.drawLine(QPointF(14.9, 17.5), QPointF(20.1, 17.5));
}

void drawFailover(QPainter &p)
{
    server(p, QRectF(1, 2, 9, 19), Grey);
    server(p, QRectF(13, 2, 9, 19), Green);
    // the main server is down
    badge(p, QPointF(5.5, 17.5), Red);
    p.setPen(strokePen(White, 1.7));
    p.drawLine(QPointF(3.6, 15.6), QPointF(7.4, 19.4));
    p.drawLine(QPointF(7.4, 15.6), QPointF(3.6, 19.4));
    // the standby takes over
    badge(p, QPointF(17.5, 17.5), Blue);
    p.setPen(strokePen(White, 1.7));
    p.drawLine(QPointF(15, 17.5), QPointF(19.8, 17.5));
    p.drawPolyline(QPolygonF({QPointF(17.9, 15.5), QPointF(19.9, 17.5), QPointF(17.9, 19.5)}));
}

void drawVerify(QPainter &p)
{
    server(p, QRectF(1, 2, 9, 19), Blue);
    server(p, QRectF(13, 2, 9, 19), Green);
    badge(p, QPointF(12, 16.5), Green);
    p.setPen(strokePen(White, 1.8));
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(QPolygonF({QPointF(9.6, 16.6), QPointF(11.3, 18.3), QPointF(14.6, 14.8)}));
}

QIcon makeIcon(const QString &name, VectorIconEngine::Drawing drawing)
{
    return QIcon(new VectorIconEngine(name, std::move(drawing)));
}

} // namespace

QIcon statusIcon(StatusIcon status)
{
    switch (status) {
    case StatusIcon::Ok: return makeIcon(QStringLiteral("oef-status-ok"), drawOk);
    case StatusIcon::Warning: return makeIcon(QStringLiteral("oef-status-warning"), drawWarning);
    case StatusIcon::Error: return makeIcon(QStringLiteral("oef-status-error"), drawError);
    case StatusIcon::Skipped: return makeIcon(QStringLiteral("oef-status-skipped"), drawSkipped);
    case StatusIcon::Running: return makeIcon(QStringLiteral("oef-status-running"), drawRunning);
    }
    return {};
}

QIcon choiceIcon(ChoiceIcon choice)
{
    switch (choice) {
    case ChoiceIcon::SetUp: return makeIcon(QStringLiteral("oef-choice-setup"), drawSetUp);
    case ChoiceIcon::Failover: return makeIcon(QStringLiteral("oef-choice-failover"), drawFailover);
    case ChoiceIcon::Verify: return makeIcon(QStringLiteral("oef-choice-verify"), drawVerify);
    }
    return {};
}

QIcon appIcon()
{
    QIcon icon;
    for (int size : {32, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/oe-failover-%1.png").arg(size), QSize(size, size));
    // The executable embeds the SVG too; Qt reads it only with its SVG image plugin.
    const QString svg = QStringLiteral(":/icons/oe-failover.svg");
    if (QImageReader::supportedImageFormats().contains("svg") && QFile::exists(svg))
        icon.addFile(svg);
    return icon;
}

} // namespace oef::ui
