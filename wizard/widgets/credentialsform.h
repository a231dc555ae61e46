#pragma once
// The login of one server on the credentials page: user; password, key file (with passphrase)
// or SSH agent; the sudo password (by default the login password); "remember on this
// computer". Secrets stay in the line edits until the wizard closes; they never go to QSettings.
#include "backend/core/plan.h"
#include "backend/core/secrets.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace oef::ui {

class CredentialsForm : public QGroupBox
{
    Q_OBJECT

public:
    // `second`: the second form on the page (other mnemonics than the first).
    CredentialsForm(const QString &role, bool second, QWidget *parent = nullptr);

    QString role() const { return m_role; }
    void setServer(const QString &host, int sshPort);
    QString host() const { return m_host; }
    int sshPort() const { return m_sshPort; }

    // User, sign-in method and key file into a server spec (host and ports untouched).
    void applyTo(ServerSpec &server) const;
    void setFromSpec(const ServerSpec &server);
    ServerSecrets secrets() const;
    void setSecrets(const ServerSecrets &secrets); // from the keychain
    void clearSecrets();
    // Everything from another form (the "same as the primary" option).
    void copyFrom(const CredentialsForm &other);

    QString user() const;
    AuthMethod auth() const;
    bool remember() const;
    void setRemember(bool on);
    void setKeychainNote(const QString &text, bool problem);
    void setKeychainUsable(bool usable);
    QString keychainKey() const; // "" until host and user are set

    // The first problem ("" when the form is complete); `forDisplay` hides "must not be empty"
    // for fields not touched yet.
    QString problem(bool forDisplay = false) const;

    QLineEdit *userEdit() const { return m_user; }
    QComboBox *authCombo() const { return m_auth; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *keyFileEdit() const { return m_keyFile; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QCheckBox *sudoSameCheck() const { return m_sudoSame; }
    QLineEdit *sudoPasswordEdit() const { return m_sudoPassword; }
    QCheckBox *rememberCheck() const { return m_remember; }
    QWidget *lastFocusWidget() const;
    QWidget *firstFocusWidget() const;

signals:
    void changed();
    void userEditingFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createFields();
    void createLabels();
    void layoutRows();
    void connectFields();
    void updateRows();
    void browseKey();
    void retranslateUi();

    QString m_role;
    bool m_second;
    QString m_host;
    int m_sshPort = 22;
    bool m_touched = false;

    QFormLayout *m_form = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_authLabel = nullptr;
    QComboBox *m_auth = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_keyFileLabel = nullptr;
    QWidget *m_keyRow = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_passphraseLabel = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLabel *m_agentNote = nullptr;
    QCheckBox *m_sudoSame = nullptr;
    QLabel *m_sudoLabel = nullptr;
    QLineEdit *m_sudoPassword = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_keychainNote = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace oef::ui
