#pragma once
// Before the verification screen opens from the start window: which plan (the recent ones
// offered first) and how to log in to both servers (filled in from the keychain when the
// operator asked to remember them). Then it opens the screen, which starts measuring.
#include "backend/core/plan.h"
#include "backend/core/secrets.h"
#include "backend/remote/hostkeys.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace oef::ui {

class CredentialStore;
class CredentialsForm;
class VerifyScreen;

class VerifyLaunchDialog : public QDialog
{
    Q_OBJECT

public:
    // `planPath` preselected when given, else the most recent plan.
    explicit VerifyLaunchDialog(QWidget *parent = nullptr, const QString &planPath = {});
    ~VerifyLaunchDialog() override;

    // Shows the dialog; on "Verify" opens a started VerifyScreen (deleted when closed) and
    // returns it, else returns null.
    static VerifyScreen *openVerification(QWidget *parent, const QString &planPath = {});
    // The screen for a plan and its secrets, started and shown (the wizards call this at
    // their end, with what the operator already entered).
    static VerifyScreen *openScreen(const Plan &plan, const Secrets &secrets, const HostKeyPolicy &policy = {},
                                    QWidget *parent = nullptr);

    // Reads a plan file into the dialog; false (and a reason on the dialog) when unusable.
    bool loadPlan(const QString &path);
    std::optional<Plan> plan() const; // with the users / sign-in of the forms
    Secrets secrets() const;
    CredentialsForm *form(const QString &role) const;
    QComboBox *planCombo() const { return m_planCombo; }
    QPushButton *verifyButton() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void browse();
    void updateState();

    CredentialStore *m_store = nullptr;
    std::optional<Plan> m_plan;
    QString m_planError;
    QLabel *m_intro = nullptr;
    QLabel *m_planLabel = nullptr;
    QComboBox *m_planCombo = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_planInfo = nullptr;
    CredentialsForm *m_primary = nullptr;
    CredentialsForm *m_secondary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace oef::ui
