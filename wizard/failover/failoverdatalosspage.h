#pragma once
// Failover wizard, page 5: what will happen and the possible data loss, in plain words; an
// explicit tick.
#include "wizard/widgets/wizardpage.h"

class QCheckBox;
class QLabel;

namespace oef::ui {

class FailoverWizard;
class IconLabel;

class FailoverDataLossPage : public WizardPage
{
    Q_OBJECT

public:
    explicit FailoverDataLossPage(FailoverWizard *wizard);

    QString statement() const;
    QCheckBox *confirmCheck() const { return m_confirm; }

    void initializePage() override;
    bool isComplete() const override;

private:
    void retranslateUi() override;

    FailoverWizard *m_wizard;
    IconLabel *m_icon = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_text = nullptr;
    QCheckBox *m_confirm = nullptr;
};

} // namespace oef::ui
