#pragma once
// A verification as readable text (oe-failover-cli verify), as JSON (--json, report.json) and
// as a self-contained HTML page for auditors (report.html, and the GUI's HTML / PDF export).
#include "backend/core/plan.h"
#include "backend/verify/verify.h"
#include "backend/verify/verifyverdict.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace oef {

// Every measured value (machine-readable names, bytes, seconds, UTC ISO times).
QJsonObject measurementToJson(const VerifyMeasurement &m);

// The measurements as indented text lines, section by section (no findings, no verdict).
QStringList measurementText(const VerifyMeasurement &m);

// The WAL-position / delay line for one replication row ("sent 0/3000148, write …").
QString replicationRowText(const ReplicationRow &row);
QString driftNewerText(DriftEntry::Newer newer); // "newer on the secondary"
QString certificateNamesText(const CertificateInfo &c);

struct VerifyReportInfo
{
    QString user;    // who ran it (default: $USER)
    QString machine; // where (default: this computer's host name)
    QString tool;    // "oe-failover-cli 0.1.0"
};

// report.html: the verdict, every finding with what to do, then the measurements.
QString verifyReportHtml(const Plan &plan, const VerifyMeasurement &m, const VerifyVerdict &v,
                         const VerifyReportInfo &info = {});
// report.json: {"tool", "user", "machine", "plan", "verdict", "headline", "advice",
// "findings", "measurement"}.
QJsonObject verifyReportJson(const Plan &plan, const VerifyMeasurement &m, const VerifyVerdict &v,
                             const VerifyReportInfo &info = {});

// Writes both files (0600; missing parent folders are created). htmlPath may be empty.
bool writeVerifyReport(const QString &jsonPath, const QString &htmlPath, const Plan &plan, const VerifyMeasurement &m,
                       const VerifyVerdict &v, const VerifyReportInfo &info, QString *error);

} // namespace oef
