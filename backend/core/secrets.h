#pragma once
// Secrets: kept in memory only, zeroed when released, never logged (DESIGN.md section 7).
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace oef {

// A secret byte string (UTF-8). Its storage is overwritten with zeros when it is destroyed,
// reassigned or cleared. Copies are independent and each zeroes its own storage.
class SecretString
{
public:
    SecretString() = default;
    explicit SecretString(const QString &text);
    explicit SecretString(QByteArray utf8); // takes ownership, wipes nothing of the caller
    SecretString(const SecretString &other);
    SecretString(SecretString &&other) noexcept;
    SecretString &operator=(const SecretString &other);
    SecretString &operator=(SecretString &&other) noexcept;
    ~SecretString();

    bool isEmpty() const { return m_data.isEmpty(); }
    const QByteArray &utf8() const { return m_data; }
    const char *c_str() const { return m_data.constData(); }
    void clear();

    // For unit tests only: called when storage is released, after it has been overwritten
    // and before it is freed, with the buffer and its size (the observer can check that every
    // byte is zero). Storage that another QByteArray still shares (a copy someone took of
    // utf8()) is not overwritten, since that would change their value; it is not reported.
    using WipeObserver = void (*)(const char *data, qsizetype size);
    static void setWipeObserverForTesting(WipeObserver observer);

private:
    void wipe();
    QByteArray m_data;
};

struct ServerSecrets
{
    SecretString password;
    SecretString sudoPassword; // empty: same as password (when password auth) or none
    SecretString keyPassphrase;

    // The password sudo should get: sudoPassword, else password.
    const SecretString &effectiveSudoPassword() const;
};

class Secrets
{
public:
    ServerSecrets &forRole(const QString &role) { return m_roles[role]; }
    ServerSecrets forRole(const QString &role) const { return m_roles.value(role); }
    bool hasRole(const QString &role) const { return m_roles.contains(role); }
    QList<QByteArray> allValues() const; // every non-empty secret, for the redactor
    void clear();                        // zero everything

private:
    QMap<QString, ServerSecrets> m_roles;
};

struct SecretsError
{
    QString field;
    QString message;
};

// JSON: { "<role>": { "password": "...", "sudoPassword": "...", "keyPassphrase": "..." } }.
// The input buffer is wiped after parsing.
std::optional<Secrets> parseSecrets(QByteArray &json, SecretsError *error);

// Replaces every known secret in a text with ***. Belt and braces: secrets must not get there
// in the first place.
class Redactor
{
public:
    void addSecret(const QByteArray &utf8);
    void addSecrets(const Secrets &secrets);
    QString redact(const QString &text) const;
    QByteArray redact(const QByteArray &text) const;

private:
    QList<SecretString> m_secrets; // longest first, zeroed when the redactor goes
};

} // namespace oef
