#pragma once
// The Plan: what the operator asked for (hosts, ports, users, options). Never secrets.
// Same value for the GUI (save/open) and the CLI (--plan FILE), see DESIGN.md section 8.
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace oef {

enum class AuthMethod { Password, Key, Agent };

struct ServerSpec
{
    QString host;
    int sshPort = 22;
    QString user;
    AuthMethod auth = AuthMethod::Password;
    QString keyFile; // for AuthMethod::Key; "~/" expanded on load
    int dbPort = 5432;

    QString displayName() const; // "user@host:port" ("user@[v6]:port" for IPv6)

    friend bool operator==(const ServerSpec &, const ServerSpec &) = default;
};

// Role names as they appear in plan and secrets files.
namespace Role {
inline const QString Primary = QStringLiteral("primary");
inline const QString Secondary = QStringLiteral("secondary");
inline const QString OldPrimary = QStringLiteral("oldPrimary");
inline const QString NewPrimary = QStringLiteral("newPrimary");
inline const QString NewSecondary = QStringLiteral("newSecondary");
} // namespace Role

struct Plan
{
    enum class Kind { Setup, Failover };
    Kind kind = Kind::Setup;
    QMap<QString, ServerSpec> servers; // role -> server
    QString installDir = QStringLiteral("/var/lib/openelis-global");
    QString dbContainer = QStringLiteral("openelisglobal-database");
    QStringList appContainers{QStringLiteral("openelisglobal-webapp"), QStringLiteral("external-fhir-api"),
                              QStringLiteral("autoheal-oe"), QStringLiteral("openelisglobal-proxy"),
                              QStringLiteral("openelisglobal-frontend")};
    QStringList syncExclude{QStringLiteral("data"), QStringLiteral("backups"), QStringLiteral("logs"),
                            QStringLiteral("tomcatLogs")};
    bool deleteExtraneous = false;
    int keepOldDataCopies = 2;
    QString copyRateLimit; // pg_basebackup --max-rate ("20M"); empty: no limit

    bool has(const QString &role) const { return servers.contains(role); }
    const ServerSpec &server(const QString &role) const { return servers.find(role).value(); }
    QStringList roles() const; // in a stable, meaningful order

    QJsonObject toJson() const;

    friend bool operator==(const Plan &, const Plan &) = default;
};

struct PlanError
{
    QString field;   // JSON path, e.g. "secondary.sshPort"
    QString message; // translated, names the field
};

// Parses and validates. On error returns std::nullopt and fills *error.
std::optional<Plan> parsePlan(const QByteArray &json, PlanError *error);
std::optional<Plan> loadPlanFile(const QString &path, PlanError *error);

// The value rules of parsePlan for a Plan built in code (the wizard): roles match the kind,
// hosts, users, ports, auth, installDir, container names, sync excludes, keepOldDataCopies,
// not the same server twice. Returns false and fills *error on the first problem.
bool validatePlan(const Plan &plan, PlanError *error);

// Single-field rules, for input widgets. Each returns an empty string when the value is fine,
// else a translated message naming `field`.
QString checkHost(const QString &field, const QString &host);
QString checkUser(const QString &field, const QString &user);
QString checkPort(const QString &field, int port);
QString checkContainerName(const QString &field, const QString &name);
QString checkCopyRateLimit(const QString &field, const QString &rate);

} // namespace oef
