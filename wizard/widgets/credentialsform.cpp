#include "wizard/widgets/credentialsform.h"

#include "wizard/widgets/credentialstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace oef::ui {

namespace {

QString expandHome(const QString &path)
{
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

QLabel *noteLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    return label;
}

} // namespace

CredentialsForm::CredentialsForm(const QString &role, bool second, QWidget *parent)
    : QGroupBox(parent), m_role(role), m_second(second)
{
    setObjectName(role + QStringLiteral("Credentials"));
    createFields();
    createLabels();
    layoutRows();
    connectFields();
    retranslateUi();
}

// The fields, each named after the role ("primaryUser", "secondaryPassword", ...).
void CredentialsForm::createFields()
{
    const QString prefix = m_role;
    m_user = new QLineEdit(this);
    m_user->setObjectName(prefix + QStringLiteral("User"));
    m_user->setMaxLength(32);
    m_auth = new QComboBox(this);
    m_auth->setObjectName(prefix + QStringLiteral("Auth"));
    m_auth->addItem(QString(), int(AuthMethod::Password));
    m_auth->addItem(QString(), int(AuthMethod::Key));
    m_auth->addItem(QString(), int(AuthMethod::Agent));
    m_password = new QLineEdit(this);
    m_password->setObjectName(prefix + QStringLiteral("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_keyRow = new QWidget(this);
    m_keyFile = new QLineEdit(m_keyRow);
    m_keyFile->setObjectName(prefix + QStringLiteral("KeyFile"));
    m_browse = new QPushButton(m_keyRow);
    m_browse->setObjectName(prefix + QStringLiteral("Browse"));
    auto *keyLayout = new QHBoxLayout(m_keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addWidget(m_keyFile, 1);
    keyLayout->addWidget(m_browse);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(prefix + QStringLiteral("Passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_agentNote = noteLabel(this, prefix + QStringLiteral("AgentNote"));
    m_sudoSame = new QCheckBox(this);
    m_sudoSame->setObjectName(prefix + QStringLiteral("SudoSame"));
    m_sudoSame->setChecked(true);
    m_sudoPassword = new QLineEdit(this);
    m_sudoPassword->setObjectName(prefix + QStringLiteral("SudoPassword"));
    m_sudoPassword->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(this);
    m_remember->setObjectName(prefix + QStringLiteral("Remember"));
    m_keychainNote = noteLabel(this, prefix + QStringLiteral("KeychainNote"));
    m_keychainNote->hide();
    m_problem = noteLabel(this, prefix + QStringLiteral("CredentialsProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
}

// The labels of the fields, each the buddy of its field.
void CredentialsForm::createLabels()
{
    m_userLabel = new QLabel(this);
    m_userLabel->setBuddy(m_user);
    m_authLabel = new QLabel(this);
    m_authLabel->setBuddy(m_auth);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    m_keyFileLabel = new QLabel(this);
    m_keyFileLabel->setBuddy(m_keyFile);
    m_passphraseLabel = new QLabel(this);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_sudoLabel = new QLabel(this);
    m_sudoLabel->setBuddy(m_sudoPassword);
}

// The form's rows and the tab order.
void CredentialsForm::layoutRows()
{
    m_form = new QFormLayout(this);
    m_form->addRow(m_userLabel, m_user);
    m_form->addRow(m_authLabel, m_auth);
    m_form->addRow(m_passwordLabel, m_password);
    m_form->addRow(m_keyFileLabel, m_keyRow);
    m_form->addRow(m_passphraseLabel, m_passphrase);
    m_form->addRow(m_agentNote);
    m_form->addRow(m_sudoSame);
    m_form->addRow(m_sudoLabel, m_sudoPassword);
    m_form->addRow(m_remember);
    m_form->addRow(m_keychainNote);
    m_form->addRow(m_problem);

    setTabOrder(m_user, m_auth);
    setTabOrder(m_auth, m_password);
    setTabOrder(m_password, m_keyFile);
    setTabOrder(m_keyFile, m_browse);
    setTabOrder(m_browse, m_passphrase);
    setTabOrder(m_passphrase, m_sudoSame);
    setTabOrder(m_sudoSame, m_sudoPassword);
    setTabOrder(m_sudoPassword, m_remember);
}

// A change of any field updates the rows that apply and tells the page.
void CredentialsForm::connectFields()
{
    auto touched = [this] {
        m_touched = true;
        updateRows();
        emit changed();
    };
    connect(m_user, &QLineEdit::textChanged, this, [this] {
        updateRows();
        emit changed();
    });
    connect(m_user, &QLineEdit::editingFinished, this, [this] {
        m_touched = m_touched || !m_user->text().isEmpty();
        updateRows();
        emit userEditingFinished();
    });
    for (QLineEdit *edit : {m_password, m_keyFile, m_passphrase, m_sudoPassword})
        connect(edit, &QLineEdit::textEdited, this, touched);
    for (QLineEdit *edit : {m_password, m_keyFile, m_passphrase, m_sudoPassword})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updateRows();
            emit changed();
        });
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
        emit changed();
    });
    connect(m_sudoSame, &QCheckBox::toggled, this, [this] {
        updateRows();
        emit changed();
    });
    connect(m_remember, &QCheckBox::toggled, this, &CredentialsForm::changed);
    connect(m_browse, &QPushButton::clicked, this, &CredentialsForm::browseKey);
}

void CredentialsForm::retranslateUi()
{
    if (m_role == Role::Primary)
        setTitle(m_host.isEmpty() ? tr("Primary") : tr("Primary: %1").arg(m_host));
    else if (m_role == Role::Secondary)
        setTitle(m_host.isEmpty() ? tr("Secondary") : tr("Secondary: %1").arg(m_host));
    else if (m_role == Role::NewPrimary)
        setTitle(m_host.isEmpty() ? tr("Target (the current standby)")
                                  : tr("Target (the current standby): %1").arg(m_host));
    else if (m_role == Role::OldPrimary)
        setTitle(m_host.isEmpty() ? tr("Old primary") : tr("Old primary: %1").arg(m_host));
    else
        setTitle(m_host.isEmpty() ? tr("New standby") : tr("New standby: %1").arg(m_host));
    if (!m_second) {
        m_userLabel->setText(tr("&User:"));
        m_authLabel->setText(tr("Sign &in with:"));
        m_passwordLabel->setText(tr("Pass&word:"));
        m_keyFileLabel->setText(tr("&Key file:"));
        m_browse->setText(tr("B&rowse…"));
        m_passphraseLabel->setText(tr("Passp&hrase:"));
        m_sudoSame->setText(tr("&sudo asks for the login password"));
        m_sudoLabel->setText(tr("sud&o password:"));
        m_remember->setText(tr("Re&member on this computer (in the system keychain)"));
    } else {
        m_userLabel->setText(tr("Us&er:"));
        m_authLabel->setText(tr("Si&gn in with:"));
        m_passwordLabel->setText(tr("Passwor&d:"));
        m_keyFileLabel->setText(tr("Ke&y file:"));
        m_browse->setText(tr("Browse…"));
        m_passphraseLabel->setText(tr("Passphr&ase:"));
        m_sudoSame->setText(tr("sudo asks for the &login password"));
        m_sudoLabel->setText(tr("sudo password:"));
        m_remember->setText(tr("Remember on this compu&ter (in the system keychain)"));
    }
    m_auth->setItemText(0, tr("Password"));
    m_auth->setItemText(1, tr("Key file"));
    m_auth->setItemText(2, tr("SSH agent"));
    m_user->setPlaceholderText(tr("a user allowed to use sudo"));
    m_keyFile->setPlaceholderText(tr("for example ~/.ssh/id_ed25519"));
    m_passphrase->setPlaceholderText(tr("empty if the key has none"));
    m_sudoPassword->setPlaceholderText(tr("empty if sudo asks for no password"));
    const QString who = m_role == Role::Primary ? tr("primary") : tr("secondary");
    m_user->setAccessibleName(tr("User on the %1").arg(who));
    m_password->setAccessibleName(tr("Password on the %1").arg(who));
    m_sudoPassword->setAccessibleName(tr("sudo password on the %1").arg(who));
    m_browse->setToolTip(tr("Choose the private key file."));
    m_remember->setToolTip(tr("Stores the passwords in this computer's keychain, filled in "
                              "next time. Never in a plain file."));
    updateRows();
}

void CredentialsForm::setServer(const QString &host, int sshPort)
{
    m_host = host;
    m_sshPort = sshPort;
    retranslateUi();
}

void CredentialsForm::updateRows()
{
    const AuthMethod a = auth();
    const bool password = a == AuthMethod::Password;
    m_form->setRowVisible(m_password, password);
    m_form->setRowVisible(m_keyRow, a == AuthMethod::Key);
    m_form->setRowVisible(m_passphrase, a == AuthMethod::Key);
    m_form->setRowVisible(m_agentNote, a == AuthMethod::Agent);
    m_form->setRowVisible(m_sudoSame, password);
    m_form->setRowVisible(m_sudoPassword, !password || !m_sudoSame->isChecked());
    if (a == AuthMethod::Agent) {
        m_agentNote->setText(qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")
                                 ? tr("No SSH agent runs in this session (SSH_AUTH_SOCK is not set): start one "
                                      "and add your key with ssh-add, or choose another way to sign in.")
                                 : tr("Signs in with the keys loaded in your SSH agent (ssh-add -l lists them)."));
    }
    const QString text = problem(true);
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString CredentialsForm::user() const
{
    return m_user->text().trimmed();
}

AuthMethod CredentialsForm::auth() const
{
    return static_cast<AuthMethod>(m_auth->currentData().toInt());
}

bool CredentialsForm::remember() const
{
    return m_remember->isChecked() && m_remember->isEnabled();
}

void CredentialsForm::setRemember(bool on)
{
    m_remember->setChecked(on);
}

void CredentialsForm::setKeychainNote(const QString &text, bool problem)
{
    m_keychainNote->setText(text);
    m_keychainNote->setStyleSheet(problem ? QStringLiteral("color: #b26a00;") : QString());
    m_keychainNote->setVisible(!text.isEmpty());
}

void CredentialsForm::setKeychainUsable(bool usable)
{
    m_remember->setEnabled(usable);
    if (!usable)
        m_remember->setChecked(false);
}

QString CredentialsForm::keychainKey() const
{
    if (m_host.isEmpty() || user().isEmpty())
        return {};
    return CredentialStore::keyFor(m_host, m_sshPort, user());
}

void CredentialsForm::applyTo(ServerSpec &server) const
{
    server.user = user();
    server.auth = auth();
    server.keyFile = server.auth == AuthMethod::Key ? expandHome(m_keyFile->text().trimmed()) : QString();
}

void CredentialsForm::setFromSpec(const ServerSpec &server)
{
    m_user->setText(server.user);
    m_auth->setCurrentIndex(m_auth->findData(int(server.auth)));
    m_keyFile->setText(server.keyFile);
    updateRows();
}

ServerSecrets CredentialsForm::secrets() const
{
    ServerSecrets s;
    const AuthMethod a = auth();
    if (a == AuthMethod::Password)
        s.password = SecretString(m_password->text());
    if (a == AuthMethod::Key)
        s.keyPassphrase = SecretString(m_passphrase->text());
    if (a != AuthMethod::Password || !m_sudoSame->isChecked())
        s.sudoPassword = SecretString(m_sudoPassword->text());
    return s;
}

void CredentialsForm::setSecrets(const ServerSecrets &secrets)
{
    m_password->setText(QString::fromUtf8(secrets.password.utf8()));
    m_passphrase->setText(QString::fromUtf8(secrets.keyPassphrase.utf8()));
    m_sudoPassword->setText(QString::fromUtf8(secrets.sudoPassword.utf8()));
    // A stored sudo password different from the login password: show it as such.
    m_sudoSame->setChecked(secrets.sudoPassword.isEmpty() || secrets.sudoPassword.utf8() == secrets.password.utf8());
    updateRows();
}

void CredentialsForm::clearSecrets()
{
    for (QLineEdit *edit : {m_password, m_passphrase, m_sudoPassword}) {
        // Overwrite first, so the old text's buffer is not simply released.
        edit->setText(QString(edit->text().size(), QLatin1Char(' ')));
        edit->clear();
    }
}

void CredentialsForm::copyFrom(const CredentialsForm &other)
{
    m_user->setText(other.m_user->text());
    m_auth->setCurrentIndex(other.m_auth->currentIndex());
    m_password->setText(other.m_password->text());
    m_keyFile->setText(other.m_keyFile->text());
    m_passphrase->setText(other.m_passphrase->text());
    m_sudoSame->setChecked(other.m_sudoSame->isChecked());
    m_sudoPassword->setText(other.m_sudoPassword->text());
    m_remember->setChecked(other.m_remember->isChecked());
    m_touched = other.m_touched;
    updateRows();
}

QString CredentialsForm::problem(bool forDisplay) const
{
    const bool hideEmpty = forDisplay && !m_touched;
    const QString u = user();
    if (!(hideEmpty && u.isEmpty())) {
        const QString e = checkUser(tr("User"), u);
        if (!e.isEmpty())
            return e;
    }
    switch (auth()) {
    case AuthMethod::Password:
        if (m_password->text().isEmpty())
            return hideEmpty ? QString() : tr("Enter the password of this user.");
        break;
    case AuthMethod::Key: {
        const QString path = expandHome(m_keyFile->text().trimmed());
        if (path.isEmpty())
            return hideEmpty ? QString() : tr("Choose the private key file.");
        if (!QFileInfo(path).isFile())
            return tr("The key file %1 does not exist.").arg(path);
        break;
    }
    case AuthMethod::Agent: break;
    }
    return {};
}

void CredentialsForm::browseKey()
{
    const QString start = m_keyFile->text().isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh")
                                                      : expandHome(m_keyFile->text());
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the private key file"), start);
    if (!path.isEmpty()) {
        m_keyFile->setText(path);
        m_touched = true;
        updateRows();
    }
}

QWidget *CredentialsForm::firstFocusWidget() const
{
    return m_user;
}

QWidget *CredentialsForm::lastFocusWidget() const
{
    return m_remember;
}

void CredentialsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

} // namespace oef::ui
