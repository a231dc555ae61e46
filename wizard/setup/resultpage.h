#pragma once
// Set-up wizard, last page: success, or the plain failure; what state each server is in and
// what to do next; the verification outcome; buttons to open the report and its folder.
#include "backend/core/plan.h"
#include "wizard/common/reportpanel.h"
#include "wizard/widgets/wizardpage.h"

class QLabel;
class QPushButton;

namespace oef {
struct SetupState;
}

namespace oef::ui {

class IconLabel;
class SetupWizard;

class ResultPage : public WizardPage
{
    Q_OBJECT

public:
    explicit ResultPage(SetupWizard *wizard);

    QString headline() const;
    QString stateText() const; // what each server is in, what to do (plain text)
    QString verificationText() const;
    QPushButton *openReportButton() const { return m_panel->openReportButton(); }
    QPushButton *openFolderButton() const { return m_panel->openFolderButton(); }
    QPushButton *verifyButton() const { return m_panel->verifyButton(); }

    // The state each server is in after a set-up run, in plain words. `firstIncomplete` is the
    // index of the first step that did not complete (the step count when all did).
    struct StateWords
    {
        QString primary;
        QString secondary;
        QString next;
        QString verification;
    };
    static StateWords describe(const Plan &plan, const SetupState &state, int flowOutcome, int firstIncomplete);
    // How many steps of the set-up flow come before the first that touches the secondary.
    static int primaryStepCount();

    void initializePage() override;

private:
    static QString primaryWords(const SetupState &state, bool ok, int firstIncomplete, bool replaced);
    static QString secondaryWords(const Plan &plan, const SetupState &state, bool ok, bool secondaryTouched,
                                  bool replaced);
    static QString nextWords(const Plan &plan, int flowOutcome, bool appsStopped);
    static QString verificationWords(const SetupState &state);
    void retranslateUi() override;

    SetupWizard *m_wizard;
    IconLabel *m_icon = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_verification = nullptr;
    ReportPanel *m_panel = nullptr;
};

} // namespace oef::ui
