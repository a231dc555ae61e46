#pragma once
// The verdict of a verification (DESIGN.md section 6): a pure function from a measurement to
// OK / Warning / Critical, with every finding in plain words and what to do about it.
#include "backend/core/check.h"
#include "backend/verify/verify.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace oef {

enum class Severity { Ok, Warning, Critical };

struct VerifyFinding
{
    QString id;   // stable: "primary.database", "replication.standby", "slot", ...
    QString role; // plan role, empty for the pair
    QString host;
    Severity severity = Severity::Ok;
    QString title;   // translated, short
    QString message; // what was found (translated)
    QString remedy;  // what to do (translated), empty when there is nothing to do
    QString details; // technical details (commands, stderr), may be empty

    QJsonObject toJson() const;
    // As a check line for the CLI printer (Critical shows as an error).
    CheckResult toCheck() const;
};

struct VerifyThresholds
{
    // Not yet stored on the standby (lost if the primary failed now).
    qint64 unflushedWarnBytes = 16LL << 20;
    double unflushedWarnSeconds = 30.0;
    qint64 unflushedCriticalBytes = 1LL << 30;
    double unflushedCriticalSeconds = 600.0;
    // Stored but not yet applied (slower take-over, stale reads on the standby).
    qint64 replayWarnBytes = 64LL << 20;
    double replayWarnSeconds = 60.0;
    // WAL a slot keeps on the primary: warn above this, or above this fraction of
    // max_slot_wal_keep_size when that is set.
    qint64 slotRetainedWarnBytes = 1LL << 30;
    double slotRetainedWarnFraction = 0.8;
    qint64 roundTripWarnMs = 5000;
    int certificateWarnDays = 30;
};

struct VerifyVerdict
{
    Severity severity = Severity::Ok;
    QString headline; // the reason, in plain words (translated)
    QString advice;   // what to do (translated)
    QList<VerifyFinding> findings;

    // 0 OK, 1 Warning, 2 Critical (DESIGN.md section 8).
    int exitCode() const { return int(severity); }
    const VerifyFinding *finding(const QString &id, const QString &role = {}) const;
    QJsonObject toJson() const;

    static QString severityName(Severity s); // "ok", "warning", "critical"
    static QString severityText(Severity s); // translated: "OK", "Warning", "Critical"
};

VerifyVerdict judge(const VerifyMeasurement &m, const VerifyThresholds &t = {},
                    const QDateTime &now = QDateTime::currentDateTimeUtc());

// Formatting shared by the verdict, the reports and the screen (the current locale).
QString formatBytes(qint64 bytes);             // "0 bytes", "16.0 MiB"
QString formatSeconds(double seconds);         // "0.25 s", "3 min 20 s", "2 h 5 min"
QString formatDateTime(const QDateTime &utc);  // local time, short
QString webUrl(const QString &host, int port); // "https://host:port/", IPv6 in brackets

} // namespace oef
