#include "wizard/widgets/wizardpage.h"

#include <QEvent>

namespace oef::ui {

void WizardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace oef::ui
