#pragma once
// Set-up wizard, page 1: what will happen, what is needed, what is not copied, how long.
#include "wizard/widgets/wizardpage.h"

class QLabel;

namespace oef::ui {

class WelcomePage : public WizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

private:
    void retranslateUi() override;

    QLabel *m_text = nullptr;
};

} // namespace oef::ui
