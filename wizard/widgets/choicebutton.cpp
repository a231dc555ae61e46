#include "wizard/widgets/choicebutton.h"

#include <QEvent>
#include <QFontMetrics>
#include <QStyleOptionButton>
#include <QStylePainter>

namespace oef::ui {
namespace {
constexpr int Margin = 12;  // around the content
constexpr int IconGap = 14; // between icon and text
constexpr int LineGap = 3;  // between title and description
constexpr int PreferredTextWidth = 380;
constexpr int MinimumTextWidth = 200;
constexpr int TallTextHeight = 100000;
} // namespace

ChoiceButton::ChoiceButton(QWidget *parent) : QPushButton(parent)
{
    setAttribute(Qt::WA_Hover);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred, QSizePolicy::PushButton);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setIconSize(QSize(40, 40));
}

void ChoiceButton::setDescription(const QString &description)
{
    if (m_description == description)
        return;
    m_description = description;
    updateGeometry();
    update();
}

QFont ChoiceButton::titleFont() const
{
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    return f;
}

int ChoiceButton::textLeft() const
{
    return Margin + (icon().isNull() ? 0 : iconSize().width() + IconGap);
}

int ChoiceButton::titleHeight() const
{
    return QFontMetrics(titleFont()).height();
}

int ChoiceButton::descriptionHeight(int textWidth) const
{
    if (m_description.isEmpty())
        return 0;
    return fontMetrics()
        .boundingRect(QRect(0, 0, qMax(1, textWidth), TallTextHeight), Qt::TextWordWrap, m_description)
        .height();
}

int ChoiceButton::heightForWidth(int width) const
{
    const int textWidth = width - textLeft() - Margin;
    int text = titleHeight();
    if (!m_description.isEmpty())
        text += LineGap + descriptionHeight(textWidth);
    const int iconHeight = icon().isNull() ? 0 : iconSize().height();
    return qMax(text, iconHeight) + 2 * Margin;
}

QSize ChoiceButton::sizeHint() const
{
    const QFontMetrics title(titleFont());
    const int textWidth = qMax(title.horizontalAdvance(text()), PreferredTextWidth);
    const int width = textLeft() + textWidth + Margin;
    return {width, heightForWidth(width)};
}

QSize ChoiceButton::minimumSizeHint() const
{
    const QFontMetrics title(titleFont());
    const int textWidth = qMax(title.horizontalAdvance(text()), MinimumTextWidth);
    const int width = textLeft() + textWidth + Margin;
    return {width, heightForWidth(width)};
}

void ChoiceButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
    QPushButton::changeEvent(event);
}

void ChoiceButton::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text.clear();
    option.icon = QIcon(); // drawn below, at our size and place
    painter.drawControl(QStyle::CE_PushButton, option);

    const int dx = isDown() ? style()->pixelMetric(QStyle::PM_ButtonShiftHorizontal, &option, this) : 0;
    const int dy = isDown() ? style()->pixelMetric(QStyle::PM_ButtonShiftVertical, &option, this) : 0;
    const int textWidth = width() - textLeft() - Margin;
    int textHeight = titleHeight();
    if (!m_description.isEmpty())
        textHeight += LineGap + descriptionHeight(textWidth);
    const int contentHeight = qMax(textHeight, icon().isNull() ? 0 : iconSize().height());
    const int top = (height() - contentHeight) / 2 + dy;

    if (!icon().isNull()) {
        const QRect iconRect(Margin + dx, (height() - iconSize().height()) / 2 + dy, iconSize().width(),
                             iconSize().height());
        icon().paint(&painter, iconRect, Qt::AlignCenter, isEnabled() ? QIcon::Normal : QIcon::Disabled,
                     isChecked() ? QIcon::On : QIcon::Off);
    }

    int flags = Qt::TextShowMnemonic | Qt::AlignLeft | Qt::AlignTop;
    if (!style()->styleHint(QStyle::SH_UnderlineShortcut, &option, this))
        flags |= Qt::TextHideMnemonic;
    const int textTop = top + (contentHeight - textHeight) / 2;
    const QRect titleRect(textLeft() + dx, textTop, textWidth, titleHeight());
    painter.setFont(titleFont());
    painter.drawItemText(titleRect, flags, option.palette, isEnabled(), text(), QPalette::ButtonText);
    if (!m_description.isEmpty()) {
        const QRect descriptionRect(textLeft() + dx, titleRect.bottom() + 1 + LineGap, textWidth,
                                    descriptionHeight(textWidth));
        painter.setFont(font());
        painter.drawItemText(descriptionRect, (flags | Qt::TextWordWrap) & ~Qt::TextShowMnemonic, option.palette,
                             isEnabled(), m_description, QPalette::ButtonText);
    }
}

} // namespace oef::ui
