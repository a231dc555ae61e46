#pragma once
// A page of either wizard: it words itself again (retranslateUi) when the language changes.
#include <QWizardPage>

namespace oef::ui {

class WizardPage : public QWizardPage
{
    Q_OBJECT

public:
    using QWizardPage::QWizardPage;

protected:
    // Sets every text of the page in the current language.
    virtual void retranslateUi() = 0;
    void changeEvent(QEvent *event) override;
};

} // namespace oef::ui
