#include "wizard/widgets/iconlabel.h"

#include <QPainter>

namespace oef::ui {

IconLabel::IconLabel(int size, QWidget *parent) : QWidget(parent), m_size(size)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setFixedSize(size, size);
}

void IconLabel::setIcon(const QIcon &icon)
{
    m_icon = icon;
    update();
}

QSize IconLabel::sizeHint() const
{
    return {m_size, m_size};
}

void IconLabel::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    if (m_icon.isNull())
        return;
    QPainter painter(this);
    m_icon.paint(&painter, rect(), Qt::AlignCenter, isEnabled() ? QIcon::Normal : QIcon::Disabled);
}

} // namespace oef::ui
