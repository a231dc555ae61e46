#pragma once
// Pre-check results (DESIGN.md section 4): id, server, status, message and what to do.
#include <QJsonObject>
#include <QList>
#include <QString>

namespace oef {

struct CheckResult
{
    enum class Status { Ok, Warning, Error, Skipped };
    QString id;           // stable machine id, e.g. "ssh.hostkey"
    QString role;         // plan role ("primary"), empty for plan-wide checks
    QString host;
    Status status = Status::Skipped;
    QString title;        // "Host key"   (translated)
    QString message;      // what was found (translated)
    QString remedy;       // what to do (translated), may be empty when ok
    QString details;      // technical details, may be empty

    QJsonObject toJson() const;
    static QString statusName(Status s);        // "ok", "warning", "error", "skipped"
    static QString statusText(Status s);        // translated
};

using CheckList = QList<CheckResult>;
bool hasErrors(const CheckList &checks);
bool hasWarnings(const CheckList &checks);

} // namespace oef
