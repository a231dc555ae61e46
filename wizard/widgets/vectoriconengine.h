#pragma once
// An icon engine that paints with QPainter at exactly the size and device pixel ratio asked
// for, so icons stay sharp at 1x, 2x and fractional scales (no bitmaps, no SVG plugin).
#include <QIconEngine>
#include <QString>
#include <functional>

class QPainter;

namespace oef::ui {

class VectorIconEngine : public QIconEngine
{
public:
    // Draws the icon in a 24 x 24 design grid; the engine maps that grid onto the target.
    using Drawing = std::function<void(QPainter &painter)>;
    static constexpr qreal GridSize = 24.0;

    VectorIconEngine(QString name, Drawing drawing);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;
    QString iconName() override;
    bool isNull() override;

private:
    QPixmap render(const QSize &logicalSize, qreal scale, QIcon::Mode mode);
    void drawInto(QPainter &painter, const QRectF &rect, QIcon::Mode mode) const;

    QString m_name;
    Drawing m_drawing;
};

} // namespace oef::ui
