#pragma once
// A large push button for a main choice: icon on the left, a bold title (with mnemonic) and
// one plain sentence under it. Unlike QCommandLinkButton it always looks like a button.
#include <QPushButton>
#include <QString>

namespace oef::ui {

class ChoiceButton : public QPushButton
{
    Q_OBJECT
    Q_PROPERTY(QString description READ description WRITE setDescription)

public:
    explicit ChoiceButton(QWidget *parent = nullptr);

    QString description() const { return m_description; }
    void setDescription(const QString &description);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QFont titleFont() const;
    int textLeft() const;
    int titleHeight() const;
    int descriptionHeight(int textWidth) const;

    QString m_description;
};

} // namespace oef::ui
