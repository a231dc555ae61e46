#include "backend/core/plan.h"

#include "backend/core/jsonkeys.h"
#include "backend/core/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>
#include <functional>

namespace oef {

namespace {

// Keys of the plan file. Anything else is an error, so a typo is never silently ignored.
const QString kHost = QStringLiteral("host");
const QString kSshPort = QStringLiteral("sshPort");
const QString kUser = QStringLiteral("user");
const QString kAuth = QStringLiteral("auth");
const QString kKeyFile = QStringLiteral("keyFile");
const QString kDbPort = QStringLiteral("dbPort");
const QString kInstallDir = QStringLiteral("installDir");
const QString kContainers = QStringLiteral("containers");
const QString kDatabase = QStringLiteral("database");
const QString kApp = QStringLiteral("app");
const QString kSync = QStringLiteral("sync");
const QString kExclude = QStringLiteral("exclude");
const QString kDeleteExtraneous = QStringLiteral("deleteExtraneous");
const QString kKeepOldDataCopies = QStringLiteral("keepOldDataCopies");
const QString kCopyRateLimit = QStringLiteral("copyRateLimit");

constexpr qsizetype kMaxPlanFileSize = 1024 * 1024;
constexpr qsizetype kMaxInstallDirLength = 200;
constexpr int kMaxKeepOldDataCopies = 1000;

QStringList setupRoles()
{
    return {Role::Primary, Role::Secondary};
}

QStringList failoverRoles()
{
    return {Role::OldPrimary, Role::NewPrimary, Role::NewSecondary};
}

QStringList allRoles()
{
    return setupRoles() + failoverRoles();
}

QString join(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

QString indexed(const QString &field, qsizetype i)
{
    return field + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

bool hasControlCharacters(const QString &s)
{
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

bool isDigitsAndDots(const QString &s)
{
    for (const QChar c : s) {
        if (!(c == QLatin1Char('.') || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))))
            return false;
    }
    return true;
}

// Strict dotted quad: four parts, 0..255, no shorthand forms.
bool isDottedQuad(const QString &s)
{
    const QStringList parts = s.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &p : parts) {
        if (p.isEmpty() || p.size() > 3)
            return false;
        bool ok = false;
        const int v = p.toInt(&ok);
        if (!ok || v < 0 || v > 255)
            return false;
    }
    return true;
}

bool isHostNameLabelChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
           || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('_');
}

bool isPlausibleHostName(const QString &host)
{
    QString name = host;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1); // fully qualified form "host.example.org."
    if (name.isEmpty() || name.size() > 253)
        return false;
    const QStringList labels = name.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return false;
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : label) {
            if (!isHostNameLabelChar(c))
                return false;
        }
    }
    return true;
}

// An IPv6 literal, optionally in brackets; returns the address without brackets.
std::optional<QString> ipv6Literal(const QString &host)
{
    QString h = host;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (!h.contains(QLatin1Char(':')))
        return std::nullopt;
    for (const QChar c : h) {
        const bool allowed = (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                             || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
                             || (c >= QLatin1Char('A') && c <= QLatin1Char('F')) || c == QLatin1Char(':')
                             || c == QLatin1Char('.') || c == QLatin1Char('%') || isHostNameLabelChar(c);
        if (!allowed)
            return std::nullopt;
    }
    QHostAddress address;
    if (!address.setAddress(h) || address.protocol() != QAbstractSocket::IPv6Protocol)
        return std::nullopt;
    return h;
}

// The form the plan keeps: IPv6 literals without brackets, everything else as typed.
QString normalisedHost(const QString &host)
{
    if (const auto v6 = ipv6Literal(host))
        return *v6;
    return host;
}

bool sameHost(const QString &a, const QString &b)
{
    if (a.compare(b, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress aa(a);
    const QHostAddress bb(b);
    return !aa.isNull() && !bb.isNull() && aa.isEqual(bb);
}

QString authName(AuthMethod auth)
{
    switch (auth) {
    case AuthMethod::Password: return QStringLiteral("password");
    case AuthMethod::Key: return QStringLiteral("key");
    case AuthMethod::Agent: return QStringLiteral("agent");
    }
    return QStringLiteral("password");
}

std::optional<AuthMethod> authFromName(const QString &name)
{
    if (name == QLatin1String("password"))
        return AuthMethod::Password;
    if (name == QLatin1String("key"))
        return AuthMethod::Key;
    if (name == QLatin1String("agent"))
        return AuthMethod::Agent;
    return std::nullopt;
}

QString expandHome(const QString &path)
{
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

QString checkInstallDir(const QString &field, const QString &dir)
{
    if (dir.isEmpty())
        return Tr::tr("%1: must not be empty").arg(field);
    if (hasControlCharacters(dir))
        return Tr::tr("%1: must not contain control characters").arg(field);
    if (!dir.startsWith(QLatin1Char('/')))
        return Tr::tr("%1: must be an absolute path (starting with /)").arg(field);
    if (dir.split(QLatin1Char('/')).contains(QStringLiteral("..")))
        return Tr::tr("%1: must not contain \"..\"").arg(field);
    if (QDir::cleanPath(dir) == QLatin1String("/"))
        return Tr::tr("%1: must not be the root directory").arg(field);
    if (dir.size() > kMaxInstallDirLength)
        return Tr::tr("%1: is too long (at most %2 characters)").arg(field).arg(kMaxInstallDirLength);
    // It goes into systemd unit lines (which split on spaces and expand %) and Docker mount
    // options (which split on :), so only the characters of ordinary paths.
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9/._+-]+$"));
    if (!safe.match(dir).hasMatch())
        return Tr::tr("%1: may only contain the letters A to Z, digits and / . _ + -").arg(field);
    return {};
}

QString checkExclude(const QString &field, const QString &entry)
{
    const QString cleaned = QDir::cleanPath(entry);
    if (entry.isEmpty() || hasControlCharacters(entry) || entry.startsWith(QLatin1Char('/'))
        || entry.split(QLatin1Char('/')).contains(QStringLiteral("..")) || cleaned.isEmpty()
        || cleaned == QLatin1String(".")) {
        return Tr::tr("%1: must be a relative path inside the install directory, without \"..\"").arg(field);
    }
    return {};
}

QString checkKeepOldDataCopies(const QString &field, int n)
{
    if (n < 1 || n > kMaxKeepOldDataCopies)
        return Tr::tr("%1: must be a whole number between 1 and %2").arg(field).arg(kMaxKeepOldDataCopies);
    return {};
}

// The first problem of a server entry: {field, message}, or an empty field when fine.
PlanError checkServer(const QString &role, const ServerSpec &s)
{
    const QString keyField = join(role, kKeyFile);
    if (QString e = checkHost(join(role, kHost), s.host); !e.isEmpty())
        return {join(role, kHost), e};
    if (QString e = checkPort(join(role, kSshPort), s.sshPort); !e.isEmpty())
        return {join(role, kSshPort), e};
    if (QString e = checkUser(join(role, kUser), s.user); !e.isEmpty())
        return {join(role, kUser), e};
    if (s.auth == AuthMethod::Key && s.keyFile.trimmed().isEmpty())
        return {keyField, Tr::tr("%1: is required when auth is \"key\"").arg(keyField)};
    if (hasControlCharacters(s.keyFile))
        return {keyField, Tr::tr("%1: must not contain control characters").arg(keyField)};
    if (QString e = checkPort(join(role, kDbPort), s.dbPort); !e.isEmpty())
        return {join(role, kDbPort), e};
    return {};
}

// Pairs of roles that must be different servers. A failover plan may name the old primary
// again as the new secondary (the repaired server re-joins), so that pair is allowed.
QList<std::pair<QString, QString>> distinctPairs()
{
    return {
        {Role::Primary, Role::Secondary}, {Role::OldPrimary, Role::NewPrimary}, {Role::NewPrimary, Role::NewSecondary}};
}

bool fail(PlanError *error, const QString &field, const QString &message)
{
    if (error)
        *error = PlanError{field, message};
    return false;
}

// Checks which roles are present against the plan kinds. Fills *kind.
bool checkRoles(const QStringList &present, Plan::Kind *kind, PlanError *error)
{
    QStringList setup;
    QStringList failover;
    for (const QString &r : setupRoles()) {
        if (present.contains(r))
            setup << r;
    }
    for (const QString &r : failoverRoles()) {
        if (present.contains(r))
            failover << r;
    }
    if (!setup.isEmpty() && !failover.isEmpty()) {
        return fail(error, failover.first(),
                    Tr::tr("%1: cannot be combined with %2 in one plan (a plan is either a "
                           "setup plan with primary and secondary, or a failover plan with "
                           "oldPrimary, newPrimary and optionally newSecondary)")
                        .arg(failover.first(), setup.first()));
    }
    if (setup.isEmpty() && failover.isEmpty()) {
        return fail(error, Role::Primary,
                    Tr::tr("%1: is missing (a plan needs primary and secondary for a setup, or "
                           "oldPrimary and newPrimary for a failover)")
                        .arg(Role::Primary));
    }
    if (!setup.isEmpty()) {
        for (const QString &r : setupRoles()) {
            if (!setup.contains(r))
                return fail(error, r, Tr::tr("%1: is missing (a setup plan needs primary and secondary)").arg(r));
        }
        *kind = Plan::Kind::Setup;
    } else {
        for (const QString &r : {Role::OldPrimary, Role::NewPrimary}) {
            if (!failover.contains(r))
                return fail(error, r,
                            Tr::tr("%1: is missing (a failover plan needs oldPrimary and "
                                   "newPrimary)")
                                .arg(r));
        }
        *kind = Plan::Kind::Failover;
    }
    return true;
}

bool checkDistinctServers(const Plan &plan, PlanError *error)
{
    for (const auto &[a, b] : distinctPairs()) {
        if (!plan.has(a) || !plan.has(b))
            continue;
        const ServerSpec &sa = plan.server(a);
        const ServerSpec &sb = plan.server(b);
        if (sa.sshPort == sb.sshPort && sameHost(sa.host, sb.host)) {
            return fail(error, join(b, kHost),
                        Tr::tr("%1: %2 and %3 are the same server (%4, SSH port %5)")
                            .arg(join(b, kHost), a, b, sb.host)
                            .arg(sb.sshPort));
        }
    }
    return true;
}

// ---- JSON reading helpers ----

class Reader
{
public:
    explicit Reader(PlanError *error) : m_error(error) {}

    bool fail(const QString &field, const QString &message) { return oef::fail(m_error, field, message); }

    bool checkKeys(const QJsonObject &o, const QString &parent, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()))
                return fail(join(parent, it.key()),
                            Tr::tr("%1: unknown setting (check the spelling; known settings "
                                   "here: %2)")
                                .arg(join(parent, it.key()), allowed.join(QStringLiteral(", "))));
        }
        return true;
    }

    bool readString(const QJsonObject &o, const QString &parent, const QString &key, QString *out, bool required)
    {
        const QString field = join(parent, key);
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                return fail(field, Tr::tr("%1: is missing").arg(field));
            return true;
        }
        if (!v.isString())
            return fail(field, Tr::tr("%1: must be a text value in double quotes").arg(field));
        *out = v.toString();
        return true;
    }

    // `message` has %1 for the field name.
    bool readInt(const QJsonObject &o, const QString &parent, const QString &key, int *out, int min, int max,
                 const std::function<QString(const QString &)> &message)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return true;
        const QString field = join(parent, key);
        if (!v.isDouble())
            return fail(field, message(field));
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d || d < min || d > max)
            return fail(field, message(field));
        *out = static_cast<int>(d);
        return true;
    }

    bool readPort(const QJsonObject &o, const QString &parent, const QString &key, int *out)
    {
        return readInt(o, parent, key, out, 1, 65535, [](const QString &field) { return checkPort(field, 0); });
    }

    bool readObject(const QJsonObject &o, const QString &key, QJsonObject *out, bool *present)
    {
        const QJsonValue v = o.value(key);
        *present = !v.isUndefined();
        if (!*present)
            return true;
        if (!v.isObject())
            return fail(key, Tr::tr("%1: must be an object ({ … })").arg(key));
        *out = v.toObject();
        return true;
    }

    bool readStringList(const QJsonObject &o, const QString &parent, const QString &key, QStringList *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return true;
        const QString field = join(parent, key);
        if (!v.isArray())
            return fail(field, Tr::tr("%1: must be a list ([ … ]) of text values").arg(field));
        const QJsonArray a = v.toArray();
        QStringList list;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                return fail(indexed(field, i),
                            Tr::tr("%1: must be a text value in double quotes").arg(indexed(field, i)));
            list << a.at(i).toString();
        }
        *out = list;
        return true;
    }

    bool readServer(const QString &role, const QJsonValue &value, ServerSpec *out)
    {
        if (!value.isObject())
            return fail(role, Tr::tr("%1: must be an object with host, sshPort, user and auth").arg(role));
        const QJsonObject o = value.toObject();
        if (!checkKeys(o, role, {kHost, kSshPort, kUser, kAuth, kKeyFile, kDbPort}))
            return false;
        ServerSpec s;
        QString auth = authName(s.auth);
        if (!readString(o, role, kHost, &s.host, true) || !readPort(o, role, kSshPort, &s.sshPort)
            || !readString(o, role, kUser, &s.user, true) || !readString(o, role, kAuth, &auth, false)
            || !readString(o, role, kKeyFile, &s.keyFile, false) || !readPort(o, role, kDbPort, &s.dbPort)) {
            return false;
        }
        const auto method = authFromName(auth);
        if (!method)
            return fail(join(role, kAuth),
                        Tr::tr("%1: must be one of \"password\", \"key\" or \"agent\"").arg(join(role, kAuth)));
        s.auth = *method;
        if (const PlanError e = checkServer(role, s); !e.field.isEmpty())
            return fail(e.field, e.message);
        s.host = normalisedHost(s.host);
        s.keyFile = expandHome(s.keyFile);
        *out = s;
        return true;
    }

    // The document: valid JSON, an object, only known keys at the top.
    bool readRoot(const QByteArray &json, QJsonObject *root)
    {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const qsizetype offset = qBound(qsizetype(0), qsizetype(parseError.offset), json.size());
            const QByteArray before = json.left(offset);
            const qsizetype line = before.count('\n') + 1;
            const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
            return fail(QString(), Tr::tr("The plan is not valid JSON: %1 at line %2, column %3 "
                                          "(offset %4)")
                                       .arg(parseError.errorString())
                                       .arg(line)
                                       .arg(column)
                                       .arg(parseError.offset));
        }
        if (!doc.isObject())
            return fail(QString(), Tr::tr("The plan must be a JSON object ({ … })."));
        if (const QString key = firstDuplicateKey(json); !key.isEmpty())
            return fail(key, Tr::tr("%1: is given twice; keep one of them").arg(key));
        *root = doc.object();
        return checkKeys(*root, QString(),
                         allRoles() + QStringList{kInstallDir, kContainers, kSync, kKeepOldDataCopies, kCopyRateLimit});
    }

    // The servers: the roles present decide the kind of plan; no server twice.
    bool readServers(const QJsonObject &root, Plan *plan)
    {
        QStringList present;
        for (const QString &role : allRoles()) {
            if (root.contains(role))
                present << role;
        }
        if (!checkRoles(present, &plan->kind, m_error))
            return false;
        for (const QString &role : present) {
            ServerSpec s;
            if (!readServer(role, root.value(role), &s))
                return false;
            plan->servers.insert(role, s);
        }
        return checkDistinctServers(*plan, m_error);
    }

    // "installDir": an absolute path, kept in its clean form.
    bool readInstallDir(const QJsonObject &root, Plan *plan)
    {
        if (!readString(root, QString(), kInstallDir, &plan->installDir, false))
            return false;
        if (const QString e = checkInstallDir(kInstallDir, plan->installDir); !e.isEmpty())
            return fail(kInstallDir, e);
        plan->installDir = QDir::cleanPath(plan->installDir);
        return true;
    }

    // "containers": {"database": name, "app": [names]}; the defaults are checked too.
    bool readContainers(const QJsonObject &root, Plan *plan)
    {
        QJsonObject containers;
        bool present = false;
        if (!readObject(root, kContainers, &containers, &present))
            return false;
        if (present) {
            if (!checkKeys(containers, kContainers, {kDatabase, kApp})
                || !readString(containers, kContainers, kDatabase, &plan->dbContainer, false)
                || !readStringList(containers, kContainers, kApp, &plan->appContainers))
                return false;
        }
        const QString dbField = join(kContainers, kDatabase);
        if (const QString e = checkContainerName(dbField, plan->dbContainer); !e.isEmpty())
            return fail(dbField, e);
        const QString appField = join(kContainers, kApp);
        for (qsizetype i = 0; i < plan->appContainers.size(); ++i) {
            const QString f = indexed(appField, i);
            if (const QString e = checkContainerName(f, plan->appContainers.at(i)); !e.isEmpty())
                return fail(f, e);
        }
        return true;
    }

    // "sync": {"exclude": [relative paths], "deleteExtraneous": bool}; excludes kept clean.
    bool readSync(const QJsonObject &root, Plan *plan)
    {
        QJsonObject sync;
        bool present = false;
        if (!readObject(root, kSync, &sync, &present))
            return false;
        if (present) {
            if (!checkKeys(sync, kSync, {kExclude, kDeleteExtraneous})
                || !readStringList(sync, kSync, kExclude, &plan->syncExclude))
                return false;
            const QJsonValue del = sync.value(kDeleteExtraneous);
            if (!del.isUndefined()) {
                if (!del.isBool()) {
                    const QString f = join(kSync, kDeleteExtraneous);
                    return fail(f, Tr::tr("%1: must be true or false").arg(f));
                }
                plan->deleteExtraneous = del.toBool();
            }
        }
        const QString exField = join(kSync, kExclude);
        for (qsizetype i = 0; i < plan->syncExclude.size(); ++i) {
            const QString f = indexed(exField, i);
            if (const QString e = checkExclude(f, plan->syncExclude.at(i)); !e.isEmpty())
                return fail(f, e);
            plan->syncExclude[i] = QDir::cleanPath(plan->syncExclude.at(i));
        }
        return true;
    }

    // "keepOldDataCopies" and "copyRateLimit": how many copies stay, how fast the copy runs.
    bool readCopies(const QJsonObject &root, Plan *plan)
    {
        if (!readInt(root, QString(), kKeepOldDataCopies, &plan->keepOldDataCopies, 1, kMaxKeepOldDataCopies,
                     [](const QString &field) { return checkKeepOldDataCopies(field, 0); }))
            return false;
        if (!readString(root, QString(), kCopyRateLimit, &plan->copyRateLimit, false))
            return false;
        if (const QString e = checkCopyRateLimit(kCopyRateLimit, plan->copyRateLimit); !e.isEmpty())
            return fail(kCopyRateLimit, e);
        return true;
    }

private:
    PlanError *m_error;
};

} // namespace

// ---- public ----

QString ServerSpec::displayName() const
{
    const QString h = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return user + QLatin1Char('@') + h + QLatin1Char(':') + QString::number(sshPort);
}

QStringList Plan::roles() const
{
    QStringList out;
    for (const QString &r : allRoles()) {
        if (servers.contains(r))
            out << r;
    }
    return out;
}

QJsonObject Plan::toJson() const
{
    QJsonObject o;
    for (const QString &role : roles()) {
        const ServerSpec &s = server(role);
        QJsonObject so{
            {kHost, s.host}, {kSshPort, s.sshPort}, {kUser, s.user}, {kAuth, authName(s.auth)}, {kDbPort, s.dbPort}};
        if (!s.keyFile.isEmpty())
            so.insert(kKeyFile, s.keyFile);
        o.insert(role, so);
    }
    o.insert(kInstallDir, installDir);
    o.insert(kContainers, QJsonObject{{kDatabase, dbContainer}, {kApp, QJsonArray::fromStringList(appContainers)}});
    o.insert(kSync,
             QJsonObject{{kExclude, QJsonArray::fromStringList(syncExclude)}, {kDeleteExtraneous, deleteExtraneous}});
    o.insert(kKeepOldDataCopies, keepOldDataCopies);
    if (!copyRateLimit.isEmpty())
        o.insert(kCopyRateLimit, copyRateLimit);
    return o;
}

QString checkCopyRateLimit(const QString &field, const QString &rate)
{
    // pg_basebackup --max-rate: kB/s, or with a k / M suffix; 32 kB/s .. 1024 MB/s.
    static const QRegularExpression re(QStringLiteral("^([0-9]{1,7})([kM]?)$"));
    if (rate.isEmpty())
        return {};
    const QRegularExpressionMatch m = re.match(rate);
    const qint64 kb = m.hasMatch() ? m.captured(1).toLongLong() * (m.captured(2) == QLatin1String("M") ? 1024 : 1) : 0;
    if (kb < 32 || kb > 1024 * 1024)
        return Tr::tr("%1: must be a rate like \"20M\" (MB/s) or \"500k\" (kB/s), between 32k and 1024M").arg(field);
    return {};
}

QString checkHost(const QString &field, const QString &host)
{
    if (host.isEmpty())
        return Tr::tr("%1: must not be empty").arg(field);
    const QString message = Tr::tr("%1: must be a host name (letters, digits, \"-\" and \".\") or "
                                   "an IPv4 or IPv6 address, without spaces")
                                .arg(field);
    if (host.startsWith(QLatin1Char('-')))
        return message;
    if (ipv6Literal(host))
        return {};
    if (isDigitsAndDots(host))
        return isDottedQuad(host) ? QString() : message;
    return isPlausibleHostName(host) ? QString() : message;
}

QString checkUser(const QString &field, const QString &user)
{
    if (user.isEmpty())
        return Tr::tr("%1: must not be empty").arg(field);
    bool ok = user.size() <= 32 && !user.startsWith(QLatin1Char('-')) && !user.startsWith(QLatin1Char('.'));
    for (const QChar c : user) {
        ok = ok && (isHostNameLabelChar(c) || c == QLatin1Char('.'));
    }
    if (!ok)
        return Tr::tr("%1: must be a user name of up to 32 letters, digits, \"_\", \".\" or "
                      "\"-\", not starting with \"-\" or \".\"")
            .arg(field);
    return {};
}

QString checkPort(const QString &field, int port)
{
    if (port < 1 || port > 65535)
        return Tr::tr("%1: must be a whole number between 1 and 65535").arg(field);
    return {};
}

QString checkContainerName(const QString &field, const QString &name)
{
    bool ok = !name.isEmpty();
    for (qsizetype i = 0; ok && i < name.size(); ++i) {
        const QChar c = name.at(i);
        const bool alnum = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                           || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                           || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        ok = alnum || (i > 0 && (c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('-')));
    }
    if (!ok)
        return Tr::tr("%1: must be a Docker container name (letters, digits, \"_\", \".\" and "
                      "\"-\", starting with a letter or digit)")
            .arg(field);
    return {};
}

bool validatePlan(const Plan &plan, PlanError *error)
{
    Plan::Kind kind = Plan::Kind::Setup;
    for (auto it = plan.servers.cbegin(); it != plan.servers.cend(); ++it) {
        if (!allRoles().contains(it.key()))
            return fail(error, it.key(), Tr::tr("%1: unknown role").arg(it.key()));
    }
    if (!checkRoles(plan.roles(), &kind, error))
        return false;
    if (kind != plan.kind)
        return fail(error, plan.roles().value(0),
                    Tr::tr("%1: does not match the kind of plan").arg(plan.roles().value(0)));
    for (const QString &role : plan.roles()) {
        if (const PlanError e = checkServer(role, plan.server(role)); !e.field.isEmpty())
            return fail(error, e.field, e.message);
    }
    if (!checkDistinctServers(plan, error))
        return false;
    if (const QString e = checkInstallDir(kInstallDir, plan.installDir); !e.isEmpty())
        return fail(error, kInstallDir, e);
    const QString dbField = join(kContainers, kDatabase);
    if (const QString e = checkContainerName(dbField, plan.dbContainer); !e.isEmpty())
        return fail(error, dbField, e);
    const QString appField = join(kContainers, kApp);
    for (qsizetype i = 0; i < plan.appContainers.size(); ++i) {
        const QString f = indexed(appField, i);
        if (const QString e = checkContainerName(f, plan.appContainers.at(i)); !e.isEmpty())
            return fail(error, f, e);
    }
    const QString exField = join(kSync, kExclude);
    for (qsizetype i = 0; i < plan.syncExclude.size(); ++i) {
        const QString f = indexed(exField, i);
        if (const QString e = checkExclude(f, plan.syncExclude.at(i)); !e.isEmpty())
            return fail(error, f, e);
    }
    if (const QString e = checkKeepOldDataCopies(kKeepOldDataCopies, plan.keepOldDataCopies); !e.isEmpty())
        return fail(error, kKeepOldDataCopies, e);
    if (const QString e = checkCopyRateLimit(kCopyRateLimit, plan.copyRateLimit); !e.isEmpty())
        return fail(error, kCopyRateLimit, e);
    return true;
}

std::optional<Plan> parsePlan(const QByteArray &json, PlanError *error)
{
    Reader r(error);
    QJsonObject root;
    Plan plan;
    if (!r.readRoot(json, &root) || !r.readServers(root, &plan) || !r.readInstallDir(root, &plan)
        || !r.readContainers(root, &plan) || !r.readSync(root, &plan) || !r.readCopies(root, &plan))
        return std::nullopt;
    return plan;
}

std::optional<Plan> loadPlanFile(const QString &path, PlanError *error)
{
    // A FIFO or a device would block the read or never end; a plan is a file.
    if (const QFileInfo info(path); info.exists() && !info.isFile()) {
        fail(error, QString(), Tr::tr("The plan %1 is not a regular file.").arg(path));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, QString(), Tr::tr("Cannot read the plan file %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    const QByteArray data = file.read(kMaxPlanFileSize + 1);
    if (data.size() > kMaxPlanFileSize) {
        fail(error, QString(), Tr::tr("The plan file %1 is too large to be a plan (more than 1 MiB).").arg(path));
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        fail(error, QString(), Tr::tr("Cannot read the plan file %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return parsePlan(data, error);
}

} // namespace oef
