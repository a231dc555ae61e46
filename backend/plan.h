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
    QString keyFile;                 // for AuthMethod::Key; "~/" expanded on load
    int dbPort = 5432;

    QString displayName() const;     // "user@host:port"
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
    QMap<QString, ServerSpec> servers;   // role -> server
    QString installDir = QStringLiteral("/var/lib/openelis-global");
    QString dbContainer = QStringLiteral("openelisglobal-database");
    QStringList appContainers{QStringLiteral("openelisglobal-webapp"),
                              QStringLiteral("external-fhir-api"), QStringLiteral("autoheal-oe"),
                              QStringLiteral("openelisglobal-proxy"),
                              QStringLiteral("openelisglobal-frontend")};
    QStringList syncExclude{QStringLiteral("data"), QStringLiteral("backups"),
                            QStringLiteral("logs"), QStringLiteral("tomcatLogs")};
    bool deleteExtraneous = false;
    int keepOldDataCopies = 2;

    bool has(const QString &role) const { return servers.contains(role); }
    const ServerSpec &server(const QString &role) const { return servers.find(role).value(); }
    QStringList roles() const;           // in a stable, meaningful order

    QJsonObject toJson() const;
};

struct PlanError
{
    QString field;                       // JSON path, e.g. "secondary.sshPort"
    QString message;                     // translated, names the field
};

// Parses and validates. On error returns std::nullopt and fills *error.
std::optional<Plan> parsePlan(const QByteArray &json, PlanError *error);
std::optional<Plan> loadPlanFile(const QString &path, PlanError *error);

} // namespace oef
