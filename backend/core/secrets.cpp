#include "backend/core/secrets.h"

#include "backend/core/plan.h"
#include "backend/core/shellquote.h"
#include "backend/core/tr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <atomic>
#include <utility>

namespace oef {

namespace {

std::atomic<SecretString::WipeObserver> g_wipeObserver{nullptr};

// Overwrites memory in a way the optimiser may not drop (the writes go through a volatile
// pointer, so they are observable behaviour).
void secureZero(void *data, size_t size)
{
    volatile unsigned char *p = static_cast<volatile unsigned char *>(data);
    while (size--)
        *p++ = 0;
}

// Zeroes a byte array we own and releases it. A buffer shared with another QByteArray is
// only released: overwriting it would change the other holder's value.
void wipeBytes(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        secureZero(bytes.data(), size_t(bytes.size()));
    bytes = QByteArray();
}

void wipeString(QString &text)
{
    if (!text.isEmpty() && text.isDetached())
        secureZero(text.data(), size_t(text.size()) * sizeof(QChar));
    text = QString();
}

// A copy with storage of its own (never shares the other's buffer).
QByteArray deepCopy(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return QByteArray();
    return QByteArray(bytes.constData(), bytes.size());
}

QStringList knownRoles()
{
    return {Role::Primary, Role::Secondary, Role::OldPrimary, Role::NewPrimary, Role::NewSecondary};
}

const QString kPassword = QStringLiteral("password");
const QString kSudoPassword = QStringLiteral("sudoPassword");
const QString kKeyPassphrase = QStringLiteral("keyPassphrase");

bool fail(SecretsError *error, const QString &field, const QString &message)
{
    if (error)
        *error = SecretsError{field, message};
    return false;
}

} // namespace

// ---- SecretString ----

SecretString::SecretString(const QString &text) : m_data(text.toUtf8())
{}

SecretString::SecretString(QByteArray utf8)
{
    // Adopt the buffer only when nobody else shares it; otherwise keep a private copy so that
    // wiping ours never touches the caller's.
    if (utf8.isDetached())
        m_data = std::move(utf8);
    else
        m_data = deepCopy(utf8);
}

SecretString::SecretString(const SecretString &other) : m_data(deepCopy(other.m_data))
{}

SecretString::SecretString(SecretString &&other) noexcept : m_data(std::exchange(other.m_data, QByteArray()))
{}

SecretString &SecretString::operator=(const SecretString &other)
{
    if (this != &other) {
        wipe();
        m_data = deepCopy(other.m_data);
    }
    return *this;
}

SecretString &SecretString::operator=(SecretString &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, QByteArray());
    }
    return *this;
}

SecretString::~SecretString()
{
    wipe();
}

void SecretString::clear()
{
    wipe();
}

void SecretString::wipe()
{
    if (!m_data.isEmpty() && m_data.isDetached()) {
        char *p = m_data.data(); // no reallocation: the buffer is ours alone
        const qsizetype n = m_data.size();
        secureZero(p, size_t(n));
        if (const WipeObserver observer = g_wipeObserver.load())
            observer(p, n);
    }
    m_data = QByteArray();
}

void SecretString::setWipeObserverForTesting(WipeObserver observer)
{
    g_wipeObserver.store(observer);
}

// ---- ServerSecrets / Secrets ----

const SecretString &ServerSecrets::effectiveSudoPassword() const
{
    return sudoPassword.isEmpty() ? password : sudoPassword;
}

QList<QByteArray> Secrets::allValues() const
{
    QList<QByteArray> out;
    for (const ServerSecrets &s : m_roles) {
        for (const SecretString *v : {&s.password, &s.sudoPassword, &s.keyPassphrase}) {
            if (!v->isEmpty() && !out.contains(v->utf8()))
                out << v->utf8();
        }
    }
    return out;
}

void Secrets::clear()
{
    // Destroying the entries zeroes them (a copy of this Secrets that still shares the map
    // keeps its values, and zeroes them when it goes).
    m_roles.clear();
}

std::optional<Secrets> parseSecrets(QByteArray &json, SecretsError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    wipeBytes(json);

    if (parseError.error != QJsonParseError::NoError) {
        fail(error, QString(),
             Tr::tr("The secrets are not valid JSON: %1 (offset %2)")
                 .arg(parseError.errorString())
                 .arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        fail(error, QString(), Tr::tr("The secrets must be a JSON object ({ … })."));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    Secrets secrets;
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        const QString role = it.key();
        if (!knownRoles().contains(role)) {
            fail(error, role,
                 Tr::tr("%1: unknown role (known roles: %2)").arg(role, knownRoles().join(QStringLiteral(", "))));
            return std::nullopt;
        }
        if (!it.value().isObject()) {
            fail(error, role, Tr::tr("%1: must be an object with password, sudoPassword or keyPassphrase").arg(role));
            return std::nullopt;
        }
        const QJsonObject entry = it.value().toObject();
        ServerSecrets &target = secrets.forRole(role);
        for (auto e = entry.constBegin(); e != entry.constEnd(); ++e) {
            const QString field = role + QLatin1Char('.') + e.key();
            SecretString *slot = nullptr;
            if (e.key() == kPassword)
                slot = &target.password;
            else if (e.key() == kSudoPassword)
                slot = &target.sudoPassword;
            else if (e.key() == kKeyPassphrase)
                slot = &target.keyPassphrase;
            if (!slot) {
                fail(error, field,
                     Tr::tr("%1: unknown setting (known settings: password, sudoPassword, "
                            "keyPassphrase)")
                         .arg(field));
                return std::nullopt;
            }
            if (!e.value().isString()) {
                fail(error, field, Tr::tr("%1: must be a text value in double quotes").arg(field));
                return std::nullopt;
            }
            QString value = e.value().toString();
            *slot = SecretString(value);
            wipeString(value);
        }
    }
    return secrets;
}

// ---- Redactor ----

namespace {

const QByteArray kMask = QByteArrayLiteral("***");

using Range = std::pair<qsizetype, qsizetype>; // [begin, end)

QList<Range> findSecrets(const QList<SecretString> &secrets, const QByteArray &text)
{
    QList<Range> ranges;
    for (const SecretString &s : secrets) {
        const QByteArray &needle = s.utf8();
        for (qsizetype pos = text.indexOf(needle); pos >= 0; pos = text.indexOf(needle, pos + 1))
            ranges.append({pos, pos + needle.size()});
    }
    std::sort(ranges.begin(), ranges.end());
    return ranges;
}

// Replaces each group of overlapping matches with one mask; separate matches (even adjacent
// ones) each get their own.
QByteArray applyMask(const QByteArray &text, const QList<Range> &ranges)
{
    QByteArray out;
    out.reserve(text.size());
    qsizetype cursor = 0;
    for (qsizetype i = 0; i < ranges.size();) {
        const qsizetype begin = ranges.at(i).first;
        qsizetype end = ranges.at(i).second;
        ++i;
        while (i < ranges.size() && ranges.at(i).first < end) {
            end = std::max(end, ranges.at(i).second);
            ++i;
        }
        out.append(text.constData() + cursor, begin - cursor);
        out.append(kMask);
        cursor = end;
    }
    out.append(text.constData() + cursor, text.size() - cursor);
    return out;
}

} // namespace

void Redactor::addSecret(const QByteArray &utf8)
{
    if (utf8.isEmpty())
        return;
    auto add = [this](SecretString s) {
        for (const SecretString &existing : std::as_const(m_secrets)) {
            if (existing.utf8() == s.utf8())
                return;
        }
        m_secrets.append(std::move(s));
    };
    add(SecretString(utf8));
    // The form a command line would carry it in, e.g. 'it'\''s' for it's.
    QString text = QString::fromUtf8(utf8);
    QString quoted = shellQuote(text);
    QByteArray quotedUtf8 = quoted.toUtf8();
    if (quotedUtf8 != utf8)
        add(SecretString(std::move(quotedUtf8)));
    wipeBytes(quotedUtf8);
    wipeString(quoted);
    wipeString(text);
    std::stable_sort(m_secrets.begin(), m_secrets.end(),
                     [](const SecretString &a, const SecretString &b) { return a.utf8().size() > b.utf8().size(); });
}

void Redactor::addSecrets(const Secrets &secrets)
{
    const QList<QByteArray> values = secrets.allValues();
    for (const QByteArray &v : values)
        addSecret(v);
}

QString Redactor::redact(const QString &text) const
{
    if (m_secrets.isEmpty() || text.isEmpty())
        return text;
    QByteArray utf8 = text.toUtf8();
    const QList<Range> ranges = findSecrets(m_secrets, utf8);
    if (ranges.isEmpty()) {
        wipeBytes(utf8);
        return text;
    }
    const QString result = QString::fromUtf8(applyMask(utf8, ranges));
    wipeBytes(utf8);
    return result;
}

QByteArray Redactor::redact(const QByteArray &text) const
{
    if (m_secrets.isEmpty() || text.isEmpty())
        return text;
    const QList<Range> ranges = findSecrets(m_secrets, text);
    if (ranges.isEmpty())
        return text;
    return applyMask(text, ranges);
}

} // namespace oef
