#pragma once
// Pre-check results (DESIGN.md section 4): id, server, status, message and what to do.
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace oef {

struct CheckResult
{
    enum class Status { Ok, Warning, Error, Skipped };
    QString id;   // stable machine id, e.g. "ssh.hostkey"
    QString role; // plan role ("primary"), empty for plan-wide checks
    QString host;
    Status status = Status::Skipped;
    QString title;   // "Host key"   (translated)
    QString message; // what was found (translated)
    QString remedy;  // what to do (translated), may be empty when ok
    QString details; // technical details, may be empty

    QJsonObject toJson() const;
    static QString statusName(Status s); // "ok", "warning", "error", "skipped"
    static QString statusText(Status s); // translated
};

using CheckList = QList<CheckResult>;
using CheckCallback = std::function<void(const CheckResult &)>;

// Appends one result to the list and passes it to the callback when there is one: how every
// pre-check is recorded (set-up, connection and failover checks).
void recordCheck(CheckList &list, const CheckCallback &onCheck, const QString &id, const QString &role,
                 const QString &host, CheckResult::Status status, const QString &title, const QString &message,
                 const QString &remedy = {}, const QString &details = {});
bool hasErrors(const CheckList &checks);
bool hasWarnings(const CheckList &checks);

} // namespace oef
