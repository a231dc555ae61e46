#include "wizard/widgets/vectoriconengine.h"

#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>
#include <QtMath>
#include <utility>

namespace oef::ui {

VectorIconEngine::VectorIconEngine(QString name, Drawing drawing)
    : m_name(std::move(name)), m_drawing(std::move(drawing))
{}

void VectorIconEngine::drawInto(QPainter &painter, const QRectF &rect, QIcon::Mode mode) const
{
    // Square, centred in the target rectangle.
    const qreal side = qMin(rect.width(), rect.height());
    if (side <= 0)
        return;
    const QPointF origin(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.translate(origin);
    painter.scale(side / GridSize, side / GridSize);
    if (mode == QIcon::Disabled)
        painter.setOpacity(painter.opacity() * 0.4);
    m_drawing(painter);
    painter.restore();
}

void VectorIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(state)
    // The painter already carries the device's scale: drawing vectors is sharp at any ratio.
    drawInto(*painter, QRectF(rect), mode);
}

QSize VectorIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(mode)
    Q_UNUSED(state)
    return size; // scalable: every size is exact
}

QPixmap VectorIconEngine::render(const QSize &logicalSize, qreal scale, QIcon::Mode mode)
{
    if (logicalSize.isEmpty() || scale <= 0)
        return {};
    const QSize deviceSize(qCeil(logicalSize.width() * scale), qCeil(logicalSize.height() * scale));
    const QString cacheKey = QStringLiteral("oef-vector:%1:%2x%3:%4")
                                 .arg(m_name)
                                 .arg(deviceSize.width())
                                 .arg(deviceSize.height())
                                 .arg(static_cast<int>(mode));
    QPixmap cached;
    if (QPixmapCache::find(cacheKey, &cached)) {
        cached.setDevicePixelRatio(scale);
        return cached;
    }
    QImage image(deviceSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        drawInto(painter, QRectF(QPointF(0, 0), QSizeF(deviceSize)), mode);
    }
    QPixmap result = QPixmap::fromImage(image);
    QPixmapCache::insert(cacheKey, result);
    result.setDevicePixelRatio(scale);
    return result;
}

QPixmap VectorIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(state)
    // QIcon asks for device pixels here (it multiplies by the ratio and sets it afterwards).
    return render(size, 1.0, mode);
}

QPixmap VectorIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    Q_UNUSED(state)
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // Since Qt 6.8 QIcon passes device-independent sizes: the result has size * scale pixels.
    return render(size, scale, mode);
#else
    // Before Qt 6.8 QIcon::pixmap() passed the size already multiplied by the scale.
    if (scale <= 0)
        return {};
    return render(QSize(qCeil(size.width() / scale), qCeil(size.height() / scale)), scale, mode);
#endif
}

QIconEngine *VectorIconEngine::clone() const
{
    return new VectorIconEngine(m_name, m_drawing);
}

QString VectorIconEngine::key() const
{
    return QStringLiteral("oef-vector");
}

QString VectorIconEngine::iconName()
{
    return m_name;
}

bool VectorIconEngine::isNull()
{
    return !m_drawing;
}

} // namespace oef::ui
