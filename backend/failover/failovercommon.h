#pragma once
// What the failover's files share (internal to backend/failover): the plan's roles, the
// OpenELIS containers present on a server, and their restart policies.
#include "backend/core/plan.h"
#include "backend/core/step.h"

#include <QStringList>

namespace oef::failover {

inline const QString kOld = Role::OldPrimary;
inline const QString kNew = Role::NewPrimary;
inline const QString kNext = Role::NewSecondary;

// Does anything accept a TCP connection on host:port from this computer?
bool tcpAnswers(const QString &host, int port, int timeoutMs);
// The plan's containers (database first) that exist on a role's server.
QStringList presentContainers(StepContext &c, const QString &role);
// The same without the database container.
QStringList appsOnly(const StepContext &c, const QStringList &names);

// `docker update --restart=POLICY` for the containers, then start or stop them (stop: OpenELIS
// gets 30 s). Errors carry the caller's words.
enum class Then { Start, Stop };
StepResult setContainers(StepContext &c, const QString &role, const QStringList &names, const QString &policy,
                         Then then, const QString &policyError, const QString &thenError);

} // namespace oef::failover
