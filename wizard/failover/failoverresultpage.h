#pragma once
// Failover wizard, last page: how it ended, the address users must now use, health, the
// certificate, what to do next; the report; the verification screen.
#include "wizard/common/reportpanel.h"
#include "wizard/widgets/wizardpage.h"

class QLabel;
class QPushButton;

namespace oef::ui {

class FailoverWizard;
class IconLabel;

class FailoverResultPage : public WizardPage
{
    Q_OBJECT

public:
    explicit FailoverResultPage(FailoverWizard *wizard);

    QString headline() const;
    QString addressText() const;
    QString healthText() const;
    QString certificateText() const;
    QString messageText() const;
    QPushButton *openReportButton() const { return m_panel->openReportButton(); }
    QPushButton *openFolderButton() const { return m_panel->openFolderButton(); }
    QPushButton *verifyButton() const { return m_panel->verifyButton(); }

    void initializePage() override;

private:
    void retranslateUi() override;

    FailoverWizard *m_wizard;
    IconLabel *m_icon = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_health = nullptr;
    QLabel *m_certificate = nullptr;
    QLabel *m_message = nullptr;
    ReportPanel *m_panel = nullptr;
};

} // namespace oef::ui
