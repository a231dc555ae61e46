#pragma once
// Set-up wizard, page 6: exactly what will change on each server, in plain words, with the
// restart and downtime warning when it applies; save the plan; the equivalent command line.
// Its Next button ("Start the set-up") commits: from here on there is no way back.
#include "wizard/widgets/wizardpage.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QFrame;

namespace oef::ui {

class IconLabel;
class SetupWizard;

class SummaryPage : public WizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(SetupWizard *wizard);

    QString changesText() const;    // the summary as plain text
    QString restartWarning() const; // "" when no restart is needed
    QString commandLine() const;
    // Writes the plan as JSON (no secrets). Returns false and sets *error on failure.
    bool savePlanTo(const QString &path, QString *error);
    QPushButton *savePlanButton() const { return m_save; }

    void initializePage() override;
    bool validatePage() override;

private:
    void savePlan();
    void updateCommand();
    void retranslateUi() override;

    SetupWizard *m_wizard;
    QTextBrowser *m_changes = nullptr;
    QFrame *m_warningBox = nullptr;
    IconLabel *m_warningIcon = nullptr;
    QLabel *m_warning = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_saved = nullptr;
    QLabel *m_commandLabel = nullptr;
    QPlainTextEdit *m_command = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_commandNote = nullptr;
};

} // namespace oef::ui
