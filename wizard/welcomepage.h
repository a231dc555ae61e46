#pragma once
// Set-up wizard, page 1: what will happen, what is needed, what is not copied, how long.
#include <QWizardPage>

class QLabel;

namespace oef::ui {

class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_text = nullptr;
};

} // namespace oef::ui
