#pragma once
// A small widget that paints an icon at its own size. The icon is drawn at paint time with the
// painter of the screen it is on, so vector icons stay sharp at 1x, 2x and fractional scales
// (a QLabel pixmap would be rendered once, for one device pixel ratio).
#include <QIcon>
#include <QWidget>

namespace oef::ui {

class IconLabel : public QWidget
{
    Q_OBJECT

public:
    explicit IconLabel(int size = 22, QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    QIcon icon() const { return m_icon; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QIcon m_icon;
    int m_size;
};

} // namespace oef::ui
