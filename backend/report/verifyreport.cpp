#include "backend/report/verifyreport.h"
#include "backend/core/pgversion.h"
#include "backend/core/privatefile.h"
#include "backend/core/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace oef {

namespace {

QJsonValue opt(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}
QJsonValue opt(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
QJsonValue iso(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject reachJson(const QString &host, const ServerReach &r)
{
    return QJsonObject{{QStringLiteral("host"), host},
                       {QStringLiteral("ssh"), r.sshOk},
                       {QStringLiteral("sshError"), r.sshError},
                       {QStringLiteral("hostKeyProblem"), r.sshHostKeyProblem},
                       {QStringLiteral("database"), r.databaseOk},
                       {QStringLiteral("databaseError"), r.databaseError},
                       {QStringLiteral("containerState"), r.containerState}};
}

QString kindName(DriftEntry::Kind k)
{
    switch (k) {
    case DriftEntry::Kind::Content: return QStringLiteral("content");
    case DriftEntry::Kind::Type: return QStringLiteral("type");
    case DriftEntry::Kind::Mode: return QStringLiteral("mode");
    case DriftEntry::Kind::Owner: return QStringLiteral("owner");
    case DriftEntry::Kind::LinkTarget: return QStringLiteral("link-target");
    case DriftEntry::Kind::OnlyOnPrimary: return QStringLiteral("only-on-primary");
    case DriftEntry::Kind::OnlyOnSecondary: return QStringLiteral("only-on-secondary");
    }
    return QStringLiteral("content");
}

QString newerName(DriftEntry::Newer n)
{
    switch (n) {
    case DriftEntry::Newer::Primary: return QStringLiteral("primary");
    case DriftEntry::Newer::Secondary: return QStringLiteral("secondary");
    case DriftEntry::Newer::Same: return QStringLiteral("same");
    case DriftEntry::Newer::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString sourceName(CertificateInfo::Source s)
{
    switch (s) {
    case CertificateInfo::Source::Handshake: return QStringLiteral("handshake");
    case CertificateInfo::Source::ServerFile: return QStringLiteral("server-file");
    case CertificateInfo::Source::None: break;
    }
    return QStringLiteral("none");
}

QJsonArray partsJson(VerifyParts parts)
{
    QJsonArray out;
    if (parts.testFlag(VerifyPart::Replication))
        out.append(QStringLiteral("replication"));
    if (parts.testFlag(VerifyPart::RoundTrip))
        out.append(QStringLiteral("roundTrip"));
    if (parts.testFlag(VerifyPart::Drift))
        out.append(QStringLiteral("drift"));
    if (parts.testFlag(VerifyPart::Certificates))
        out.append(QStringLiteral("certificates"));
    return out;
}

QJsonObject replicationRowJson(const ReplicationRow &r)
{
    return QJsonObject{{QStringLiteral("pid"), r.pid},
                       {QStringLiteral("applicationName"), r.applicationName},
                       {QStringLiteral("clientAddress"), r.clientAddress},
                       {QStringLiteral("state"), r.state},
                       {QStringLiteral("syncState"), r.syncState},
                       {QStringLiteral("sentLsn"), r.sentLsn},
                       {QStringLiteral("writeLsn"), r.writeLsn},
                       {QStringLiteral("flushLsn"), r.flushLsn},
                       {QStringLiteral("replayLsn"), r.replayLsn},
                       {QStringLiteral("writeLagSeconds"), opt(r.writeLagS)},
                       {QStringLiteral("flushLagSeconds"), opt(r.flushLagS)},
                       {QStringLiteral("replayLagSeconds"), opt(r.replayLagS)},
                       {QStringLiteral("flushBehindBytes"), opt(r.flushBehindBytes)},
                       {QStringLiteral("replayBehindBytes"), opt(r.replayBehindBytes)}};
}

QJsonObject slotJson(const SlotInfo &s)
{
    return QJsonObject{{QStringLiteral("name"), s.name},
                       {QStringLiteral("type"), s.type},
                       {QStringLiteral("active"), s.active},
                       {QStringLiteral("restartLsn"), s.restartLsn},
                       {QStringLiteral("retainedBytes"), opt(s.retainedBytes)},
                       {QStringLiteral("walStatus"), s.walStatus}};
}

// The primary: how it was reached, its WAL position, pg_stat_replication and the slots.
QJsonObject primaryJson(const VerifyMeasurement &m)
{
    QJsonObject primary = reachJson(m.primaryHost, m.primary.reach);
    primary[QStringLiteral("serverVersion")] = m.primary.serverVersion;
    primary[QStringLiteral("inRecovery")] = m.primary.inRecovery;
    primary[QStringLiteral("currentLsn")] = m.primary.currentLsn;
    primary[QStringLiteral("maxSlotWalKeepBytes")] = opt(m.primary.maxSlotWalKeepBytes);
    QJsonArray rows;
    for (const ReplicationRow &r : m.primary.replication)
        rows.append(replicationRowJson(r));
    primary[QStringLiteral("replication")] = rows;
    QJsonArray slotArray;
    for (const SlotInfo &s : m.primary.replicationSlots)
        slotArray.append(slotJson(s));
    primary[QStringLiteral("slots")] = slotArray;
    return primary;
}

// The secondary: how it was reached, what it received and applied, its WAL receiver, its delay.
QJsonObject secondaryJson(const VerifyMeasurement &m)
{
    const SecondaryStatus &s = m.secondary;
    QJsonObject secondary = reachJson(m.secondaryHost, s.reach);
    secondary[QStringLiteral("serverVersion")] = s.serverVersion;
    secondary[QStringLiteral("inRecovery")] = s.inRecovery;
    secondary[QStringLiteral("receiveLsn")] = s.receiveLsn;
    secondary[QStringLiteral("replayLsn")] = s.replayLsn;
    secondary[QStringLiteral("lastReplayTime")] = iso(s.lastReplayTime);
    secondary[QStringLiteral("replayPaused")] = s.replayPaused;
    secondary[QStringLiteral("receiver")] = QJsonObject{
        {QStringLiteral("present"), s.receiverPresent}, {QStringLiteral("status"), s.receiverStatus},
        {QStringLiteral("senderHost"), s.senderHost},   {QStringLiteral("senderPort"), s.senderPort},
        {QStringLiteral("slot"), s.receiverSlot},       {QStringLiteral("lastMessageTime"), iso(s.lastMessageTime)}};
    secondary[QStringLiteral("delayBytes")] = opt(s.delayBytes);
    secondary[QStringLiteral("delaySeconds")] = opt(s.delaySeconds);
    return secondary;
}

QJsonObject driftJson(const VerifyMeasurement &m)
{
    QJsonArray entries;
    for (const DriftEntry &e : m.drift.entries)
        entries.append(QJsonObject{{QStringLiteral("path"), e.path},
                                   {QStringLiteral("kind"), kindName(e.kind)},
                                   {QStringLiteral("newer"), newerName(e.newer)},
                                   {QStringLiteral("primaryMtime"), double(e.primaryMtime)},
                                   {QStringLiteral("secondaryMtime"), double(e.secondaryMtime)},
                                   {QStringLiteral("description"), e.description}});
    return QJsonObject{{QStringLiteral("at"), iso(m.driftAt)},
                       {QStringLiteral("checked"), m.drift.checked},
                       {QStringLiteral("error"), m.drift.error},
                       {QStringLiteral("compared"), m.drift.compared},
                       {QStringLiteral("entries"), entries}};
}

QJsonObject certificateJson(const CertificateInfo &c)
{
    return QJsonObject{{QStringLiteral("role"), c.role},
                       {QStringLiteral("host"), c.host},
                       {QStringLiteral("port"), c.port},
                       {QStringLiteral("handshake"), c.handshakeOk},
                       {QStringLiteral("connectError"), c.connectError},
                       {QStringLiteral("source"), sourceName(c.source)},
                       {QStringLiteral("file"), c.filePath},
                       {QStringLiteral("subject"), c.subject},
                       {QStringLiteral("issuer"), c.issuer},
                       {QStringLiteral("dnsNames"), QJsonArray::fromStringList(c.dnsNames)},
                       {QStringLiteral("ipAddresses"), QJsonArray::fromStringList(c.ipAddresses)},
                       {QStringLiteral("selfSigned"), c.selfSigned},
                       {QStringLiteral("notBefore"), iso(c.notBefore)},
                       {QStringLiteral("notAfter"), iso(c.notAfter)},
                       {QStringLiteral("sha256"), c.sha256},
                       {QStringLiteral("coversHost"), c.coversHost},
                       {QStringLiteral("otherAddress"), c.otherAddress},
                       {QStringLiteral("coversOtherAddress"), c.coversOtherAddress},
                       {QStringLiteral("browserErrors"), QJsonArray::fromStringList(c.handshakeErrors)}};
}

QString roleText(const QString &role)
{
    return role == Role::Primary ? Tr::tr("primary") : Tr::tr("secondary");
}

QString optBytesText(const std::optional<qint64> &v)
{
    return v ? formatBytes(*v) : Tr::tr("unknown");
}

QString optSecondsText(const std::optional<double> &v)
{
    return v ? formatSeconds(*v) : QStringLiteral("—");
}

QString yesNo(bool b)
{
    return b ? Tr::tr("yes") : Tr::tr("no");
}

QString timeText(const QDateTime &t)
{
    return formatDateTime(t);
}

QString urlOf(const CertificateInfo &c)
{
    return webUrl(c.host, c.port);
}

QString severityClass(Severity s)
{
    return s == Severity::Ok        ? QStringLiteral("ok")
           : s == Severity::Warning ? QStringLiteral("warn")
                                    : QStringLiteral("bad");
}

// Indents of the measurement text: a detail, and a detail of a detail.
const QString kIn1 = QStringLiteral("  ");
const QString kIn2 = QStringLiteral("    ");

// The primary: reached or not, its role and WAL position, its replication connections and slots.
QStringList primaryText(const VerifyMeasurement &m)
{
    QStringList out;
    const PrimaryStatus &p = m.primary;
    if (!p.reach.sshOk)
        out << Tr::tr("Primary %1: not reached (%2)").arg(m.primaryHost, p.reach.sshError);
    else if (!p.reach.databaseOk)
        out << Tr::tr("Primary %1: %2").arg(m.primaryHost, p.reach.databaseError);
    else
        out << Tr::tr("Primary %1: %2, PostgreSQL %3, WAL position %4")
                   .arg(m.primaryHost, p.inRecovery ? Tr::tr("in recovery (a standby)") : Tr::tr("accepts writes"))
                   .arg(pgMajorName(p.serverVersion))
                   .arg(p.currentLsn.isEmpty() ? QStringLiteral("—") : p.currentLsn);
    if (!p.reach.databaseOk)
        return out;
    out << kIn1
               + Tr::tr("Replication connections (pg_stat_replication): %1")
                     .arg(p.replication.isEmpty() ? Tr::tr("none") : QString::number(p.replication.size()));
    for (const ReplicationRow &r : p.replication) {
        out << kIn2
                   + Tr::tr("%1 from %2: %3, %4; %5 not yet stored, %6 not yet applied")
                         .arg(r.applicationName.isEmpty() ? QStringLiteral("—") : r.applicationName,
                              r.clientAddress.isEmpty() ? Tr::tr("a local socket") : r.clientAddress, r.state,
                              r.syncState, optBytesText(r.flushBehindBytes), optBytesText(r.replayBehindBytes));
        out << kIn2 + kIn1 + replicationRowText(r);
    }
    out << kIn1
               + Tr::tr("Replication slots: %1")
                     .arg(p.replicationSlots.isEmpty() ? Tr::tr("none") : QString::number(p.replicationSlots.size()));
    for (const SlotInfo &s : p.replicationSlots)
        out << kIn2
                   + Tr::tr("%1 (%2): %3, keeps %4 of WAL; WAL status: %5")
                         .arg(s.name, s.type, s.active ? Tr::tr("active") : Tr::tr("inactive"),
                              optBytesText(s.retainedBytes), s.walStatus.isEmpty() ? QStringLiteral("—") : s.walStatus);
    return out;
}

// The secondary: reached or not, standby or not, its WAL receiver, what it applied, its delay.
QStringList secondaryText(const VerifyMeasurement &m)
{
    QStringList out;
    const SecondaryStatus &s = m.secondary;
    if (!s.reach.sshOk)
        out << Tr::tr("Secondary %1: not reached (%2)").arg(m.secondaryHost, s.reach.sshError);
    else if (!s.reach.databaseOk)
        out << Tr::tr("Secondary %1: %2").arg(m.secondaryHost, s.reach.databaseError);
    else
        out << Tr::tr("Secondary %1: %2, PostgreSQL %3")
                   .arg(m.secondaryHost,
                        s.inRecovery ? Tr::tr("standby (in recovery)") : Tr::tr("accepts writes (not a standby)"))
                   .arg(pgMajorName(s.serverVersion));
    if (!s.reach.databaseOk || !s.inRecovery)
        return out;
    if (s.receiverPresent)
        out << kIn1
                   + Tr::tr("WAL receiver: %1 from %2:%3, slot %4, last message %5")
                         .arg(s.receiverStatus, s.senderHost)
                         .arg(s.senderPort)
                         .arg(s.receiverSlot.isEmpty() ? Tr::tr("none") : s.receiverSlot, timeText(s.lastMessageTime));
    else
        out << kIn1 + Tr::tr("WAL receiver: none running");
    out << kIn1
               + (s.replayPaused ? Tr::tr("Received up to %1, applied up to %2 (replay is PAUSED); last "
                                          "transaction applied %3")
                                 : Tr::tr("Received up to %1, applied up to %2; last transaction "
                                          "applied %3"))
                     .arg(s.receiveLsn, s.replayLsn, timeText(s.lastReplayTime));
    out << kIn1 + Tr::tr("Behind the primary: %1, %2").arg(optBytesText(s.delayBytes), optSecondsText(s.delaySeconds));
    return out;
}

// The install directories: compared or not, the same or each difference.
QStringList driftText(const VerifyMeasurement &m)
{
    QStringList out;
    if (!m.drift.checked)
        out << Tr::tr("Install directories: not compared (%1)").arg(m.drift.error);
    else if (m.drift.entries.isEmpty())
        out << Tr::tr("Install directories: the same (%n file(s) compared)", nullptr, m.drift.compared);
    else
        out << Tr::tr("Install directories: %n difference(s)", nullptr, int(m.drift.entries.size()));
    for (const DriftEntry &e : m.drift.entries)
        out << kIn1 + Tr::tr("%1 — %2; %3").arg(e.path, e.description, driftNewerText(e.newer));
    return out;
}

// Each HTTPS certificate: how it was read, its names, whether it covers the address, until when.
QStringList certificatesText(const VerifyMeasurement &m)
{
    QStringList out;
    out << Tr::tr("Certificates:");
    for (const CertificateInfo &c : m.certificates) {
        const QString where = QStringLiteral("%1 %2").arg(roleText(c.role), urlOf(c));
        if (c.source == CertificateInfo::Source::None) {
            out << kIn1 + Tr::tr("%1: no certificate (%2)").arg(where, c.connectError);
            continue;
        }
        QString from = c.source == CertificateInfo::Source::ServerFile
                           ? Tr::tr("read from %1 on the server (no answer: %2)").arg(c.filePath, c.connectError)
                           : Tr::tr("TLS handshake");
        out << kIn1
                   + Tr::tr("%1: %2; names: %3; covers %4: %5; valid until %6; self-signed: %7")
                         .arg(where, from, certificateNamesText(c), c.host, yesNo(c.coversHost), timeText(c.notAfter),
                              yesNo(c.selfSigned));
        if (!c.otherAddress.isEmpty())
            out << kIn2
                       + Tr::tr("covers the primary's address %1: %2").arg(c.otherAddress, yesNo(c.coversOtherAddress));
    }
    return out;
}

const char kCss[] = R"(
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 14px; color: #1f2328;
       max-width: 62em; margin: 1.5em auto; padding: 0 1em; line-height: 1.45; }
h1 { font-size: 1.6em; margin: 0 0 .2em; }
h2 { font-size: 1.25em; margin: 1.6em 0 .5em; border-bottom: 1px solid #d0d7de; padding-bottom: .2em; }
.meta { color: #57606a; margin: 0 0 1em; }
.verdict { border: 2px solid #d0d7de; border-radius: 6px; padding: .6em 1em; }
.verdict p { margin: .4em 0; }
.verdict.ok { border-color: #1a7f37; background: #eaf6ec; }
.verdict.bad { border-color: #cf222e; background: #fdecec; }
.verdict.warn { border-color: #9a6700; background: #fff6db; }
table { border-collapse: collapse; width: 100%; margin: .3em 0; }
th, td { border: 1px solid #d0d7de; padding: .25em .5em; text-align: left; vertical-align: top; }
th { background: #f3f5f7; }
.status { font-weight: bold; white-space: nowrap; }
.status.ok { color: #1a7f37; }
.status.bad { color: #cf222e; }
.status.warn { color: #9a6700; }
.num { text-align: right; white-space: nowrap; }
.mono { font-family: "DejaVu Sans Mono", monospace; font-size: 12px; }
footer { color: #6e7781; font-size: .85em; margin-top: 2em; border-top: 1px solid #d0d7de; padding-top: .4em; }
@media print { body { font-size: 10pt; max-width: none; margin: 0; } tr, .verdict { break-inside: avoid; } }
)";

VerifyReportInfo completed(VerifyReportInfo info)
{
    if (info.user.isEmpty()) {
        if (const passwd *pw = ::getpwuid(::getuid()); pw && pw->pw_name)
            info.user = QString::fromLocal8Bit(pw->pw_name);
        else
            info.user = qEnvironmentVariable("USER");
    }
    if (info.machine.isEmpty())
        info.machine = QSysInfo::machineHostName();
    if (info.tool.isEmpty()) {
        const QString app = QCoreApplication::applicationName();
        info.tool = QStringLiteral("%1 %2").arg(app.isEmpty() ? QStringLiteral("oe-failover") : app,
                                                QStringLiteral(OEF_VERSION));
    }
    return info;
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    return makePrivateDirs(QFileInfo(path).absolutePath(), error) && writePrivateFile(path, data, error);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// A table row of escaped cells, of class `cls` when given.
QString tableRow(const QStringList &cells, const QString &cls = {})
{
    QString r = cls.isEmpty() ? QStringLiteral("<tr>") : QStringLiteral("<tr class=\"%1\">").arg(cls);
    for (const QString &c : cells)
        r += QStringLiteral("<td>%1</td>").arg(esc(c));
    return r + QLatin1String("</tr>\n");
}

// A header row. Column widths in percent (QTextDocument, which prints the PDF, shares the
// width out evenly otherwise).
QString tableHeader(const QStringList &cells, const QList<int> &widths = {})
{
    QString r = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < cells.size(); ++i)
        r += i < widths.size() ? QStringLiteral("<th width=\"%1%\">%2</th>").arg(widths[i]).arg(esc(cells[i]))
                               : QStringLiteral("<th>%1</th>").arg(esc(cells[i]));
    return r + QLatin1String("</tr>\n");
}

// From <!DOCTYPE> to the line saying when, by whom, where and with what it was measured.
QString headHtml(const VerifyMeasurement &m, const VerifyReportInfo &info)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                       .arg(esc(QLocale().bcp47Name()));
    html += QStringLiteral("<title>%1</title>\n")
                .arg(esc(Tr::tr("Replication verification, %1").arg(formatDateTime(m.startedAt))));
    html += QLatin1String("<style>") + QLatin1String(kCss) + QLatin1String("</style>\n</head>\n<body>\n");
    html += QStringLiteral("<h1>%1</h1>\n")
                .arg(esc(Tr::tr("Replication verification: %1 → %2").arg(m.primaryHost, m.secondaryHost)));
    html += QStringLiteral("<p class=\"meta\">%1</p>\n")
                .arg(esc(Tr::tr("Measured %1 (in %2) by %3 on %4 with %5")
                             .arg(formatDateTime(m.startedAt), formatSeconds(double(m.elapsedMs) / 1000.0), info.user,
                                  info.machine, info.tool)));
    return html;
}

// The verdict in a box coloured by its severity, then what to do.
QString verdictHtml(const VerifyVerdict &v)
{
    QString html = QStringLiteral("<div class=\"verdict %1\">\n<p><b>%2: %3</b></p>\n<p>%4</p>\n</div>\n")
                       .arg(severityClass(v.severity), esc(Tr::tr("Verdict")),
                            esc(VerifyVerdict::severityText(v.severity)), esc(v.headline));
    if (!v.advice.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>\n").arg(esc(Tr::tr("What to do:")), esc(v.advice));
    return html;
}

// Every finding, with what to do about it.
QString findingsHtml(const VerifyVerdict &v)
{
    QString html = QStringLiteral("<h2>%1</h2>\n<table>\n").arg(esc(Tr::tr("Findings")));
    html += tableHeader(
        {Tr::tr("Status"), Tr::tr("Server"), Tr::tr("Check"), Tr::tr("What was found"), Tr::tr("What to do")},
        {9, 13, 14, 38, 26});
    for (const VerifyFinding &f : v.findings) {
        html += QStringLiteral("<tr><td class=\"status %1\">%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>\n")
                    .arg(severityClass(f.severity), esc(VerifyVerdict::severityText(f.severity)),
                         esc(f.role.isEmpty() ? QString() : roleText(f.role) + QLatin1Char(' ') + f.host), esc(f.title),
                         esc(f.message), esc(f.remedy));
    }
    return html + QLatin1String("</table>\n");
}

// The primary's replication connections (pg_stat_replication), then its slots.
QString replicationHtml(const VerifyMeasurement &m)
{
    QString html = QStringLiteral("<h2>%1</h2>\n").arg(esc(Tr::tr("Replication on the primary %1").arg(m.primaryHost)));
    html += QStringLiteral("<table>\n")
            + tableHeader({Tr::tr("Client"), Tr::tr("State"), Tr::tr("Sync"), Tr::tr("Sent"), Tr::tr("Written"),
                           Tr::tr("Stored"), Tr::tr("Applied"), Tr::tr("Write lag"), Tr::tr("Store lag"),
                           Tr::tr("Apply lag")},
                          {19, 9, 7, 10, 10, 10, 10, 8, 8, 9});
    for (const ReplicationRow &r : m.primary.replication)
        html += tableRow({QStringLiteral("%1 (%2)").arg(r.applicationName, r.clientAddress), r.state, r.syncState,
                          r.sentLsn, r.writeLsn, r.flushLsn, r.replayLsn, optSecondsText(r.writeLagS),
                          optSecondsText(r.flushLagS), optSecondsText(r.replayLagS)});
    if (m.primary.replication.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"10\">%1</td></tr>\n").arg(esc(Tr::tr("No replication connection.")));
    html += QLatin1String("</table>\n<table>\n");
    html += tableHeader({Tr::tr("Slot"), Tr::tr("Type"), Tr::tr("Active"), Tr::tr("WAL kept"), Tr::tr("WAL status")});
    for (const SlotInfo &s : m.primary.replicationSlots)
        html += tableRow({s.name, s.type, yesNo(s.active), optBytesText(s.retainedBytes), s.walStatus},
                         s.active ? QString() : QStringLiteral("warn"));
    if (m.primary.replicationSlots.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"5\">%1</td></tr>\n").arg(esc(Tr::tr("No replication slot.")));
    return html + QLatin1String("</table>\n");
}

// The standby: recovery, WAL receiver, slot, what it received and applied, its delay.
QString standbyHtml(const VerifyMeasurement &m)
{
    const SecondaryStatus &s = m.secondary;
    QString html = QStringLiteral("<h2>%1</h2>\n<table>\n").arg(esc(Tr::tr("The standby %1").arg(m.secondaryHost)));
    auto kv = [&](const QString &k, const QString &val) {
        html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(k), esc(val));
    };
    kv(Tr::tr("In recovery (a standby)"), s.reach.databaseOk ? yesNo(s.inRecovery) : Tr::tr("unknown"));
    kv(Tr::tr("WAL receiver"), s.receiverPresent
                                   ? QStringLiteral("%1 (%2:%3)").arg(s.receiverStatus, s.senderHost).arg(s.senderPort)
                                   : Tr::tr("none"));
    kv(Tr::tr("Slot used"), s.receiverSlot);
    kv(Tr::tr("Received up to"), s.receiveLsn);
    kv(Tr::tr("Applied up to"), s.replayLsn);
    kv(Tr::tr("Replay paused"), yesNo(s.replayPaused));
    kv(Tr::tr("Last transaction applied"), timeText(s.lastReplayTime));
    kv(Tr::tr("Behind the primary"), Tr::tr("%1, %2").arg(optBytesText(s.delayBytes), optSecondsText(s.delaySeconds)));
    return html + QLatin1String("</table>\n");
}

// The install directories: what was compared, then each difference.
QString driftHtml(const Plan &plan, const VerifyMeasurement &m)
{
    QString html = QStringLiteral("<h2>%1</h2>\n").arg(esc(Tr::tr("Install directories (%1)").arg(plan.installDir)));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(esc(Tr::tr("Compared file by file by SHA-256, except: %1.")
                             .arg(plan.syncExclude.join(QStringLiteral(", ")))));
    if (!m.drift.checked)
        return html + QStringLiteral("<p>%1</p>\n").arg(esc(m.drift.error));
    if (m.drift.entries.isEmpty())
        return html
               + QStringLiteral("<p>%1</p>\n")
                     .arg(esc(Tr::tr("No difference (%n file(s) compared).", nullptr, m.drift.compared)));
    html += QStringLiteral("<table>\n") + tableHeader({Tr::tr("File"), Tr::tr("Difference"), Tr::tr("Newer side")});
    for (const DriftEntry &e : m.drift.entries)
        html += tableRow({e.path, e.description, driftNewerText(e.newer)}, QStringLiteral("warn"));
    return html + QLatin1String("</table>\n");
}

// Each HTTPS certificate: the address users type, whether it covers it, its names, how it was read.
QString certificatesHtml(const VerifyMeasurement &m)
{
    QString html = QStringLiteral("<h2>%1</h2>\n<table>\n").arg(esc(Tr::tr("HTTPS certificates")));
    html += tableHeader({Tr::tr("Server"), Tr::tr("Address users type"), Tr::tr("Covered"),
                         Tr::tr("Names in the certificate"), Tr::tr("Valid until"), Tr::tr("Issuer"),
                         Tr::tr("How it was read")});
    for (const CertificateInfo &c : m.certificates) {
        const QString how = c.source == CertificateInfo::Source::Handshake ? Tr::tr("TLS handshake from this computer")
                            : c.source == CertificateInfo::Source::ServerFile
                                ? Tr::tr("file %1 on the server (no answer: %2)").arg(c.filePath, c.connectError)
                                : c.connectError;
        html += tableRow(
            {roleText(c.role), urlOf(c),
             c.source == CertificateInfo::Source::None ? Tr::tr("unknown") : yesNo(c.coversHost),
             certificateNamesText(c), timeText(c.notAfter), c.selfSigned ? Tr::tr("self-signed") : c.issuer, how},
            c.source != CertificateInfo::Source::None && !c.coversHost ? QStringLiteral("warn") : QString());
    }
    return html + QLatin1String("</table>\n");
}

} // namespace

QJsonObject measurementToJson(const VerifyMeasurement &m)
{
    QJsonObject o{{QStringLiteral("startedAt"), iso(m.startedAt)}, {QStringLiteral("elapsedMs"), double(m.elapsedMs)},
                  {QStringLiteral("parts"), partsJson(m.parts)},   {QStringLiteral("expectedSlot"), m.expectedSlot},
                  {QStringLiteral("primary"), primaryJson(m)},     {QStringLiteral("secondary"), secondaryJson(m)}};
    if (m.parts.testFlag(VerifyPart::RoundTrip))
        o[QStringLiteral("roundTrip")] = QJsonObject{{QStringLiteral("at"), iso(m.roundTripAt)},
                                                     {QStringLiteral("attempted"), m.roundTrip.attempted},
                                                     {QStringLiteral("ok"), m.roundTrip.ok},
                                                     {QStringLiteral("ms"), double(m.roundTrip.ms)},
                                                     {QStringLiteral("error"), m.roundTrip.error}};
    if (m.parts.testFlag(VerifyPart::Drift))
        o[QStringLiteral("drift")] = driftJson(m);
    if (m.parts.testFlag(VerifyPart::Certificates)) {
        QJsonArray certs;
        for (const CertificateInfo &c : m.certificates)
            certs.append(certificateJson(c));
        o[QStringLiteral("certificatesAt")] = iso(m.certificatesAt);
        o[QStringLiteral("certificates")] = certs;
    }
    return o;
}

QString replicationRowText(const ReplicationRow &r)
{
    return Tr::tr("sent %1, written %2, stored %3, applied %4; lag: write %5, store %6, apply %7")
        .arg(r.sentLsn, r.writeLsn, r.flushLsn, r.replayLsn, optSecondsText(r.writeLagS), optSecondsText(r.flushLagS),
             optSecondsText(r.replayLagS));
}

QString driftNewerText(DriftEntry::Newer newer)
{
    switch (newer) {
    case DriftEntry::Newer::Primary: return Tr::tr("newer on the primary");
    case DriftEntry::Newer::Secondary: return Tr::tr("newer on the secondary");
    case DriftEntry::Newer::Same: return Tr::tr("same modification time");
    case DriftEntry::Newer::Unknown: break;
    }
    return Tr::tr("unknown");
}

QString certificateNamesText(const CertificateInfo &c)
{
    QStringList names;
    for (const QString &d : c.dnsNames)
        names << QStringLiteral("DNS:") + d;
    for (const QString &ip : c.ipAddresses)
        names << QStringLiteral("IP:") + ip;
    return names.isEmpty() ? Tr::tr("none") : names.join(QStringLiteral(", "));
}

QStringList measurementText(const VerifyMeasurement &m)
{
    QStringList out;
    if (m.parts.testFlag(VerifyPart::Replication))
        out << primaryText(m) << secondaryText(m);
    if (m.parts.testFlag(VerifyPart::RoundTrip)) {
        if (m.roundTrip.ok)
            out << Tr::tr("Write test: a record written on the primary showed on the standby after "
                          "%n ms.",
                          nullptr, int(m.roundTrip.ms));
        else
            out << Tr::tr("Write test: %1").arg(m.roundTrip.error);
    }
    if (m.parts.testFlag(VerifyPart::Drift))
        out << driftText(m);
    if (m.parts.testFlag(VerifyPart::Certificates))
        out << certificatesText(m);
    return out;
}

QJsonObject verifyReportJson(const Plan &plan, const VerifyMeasurement &m, const VerifyVerdict &v,
                             const VerifyReportInfo &given)
{
    const VerifyReportInfo info = completed(given);
    QJsonObject o = v.toJson();
    o[QStringLiteral("tool")] = info.tool;
    o[QStringLiteral("user")] = info.user;
    o[QStringLiteral("machine")] = info.machine;
    o[QStringLiteral("plan")] = plan.toJson();
    o[QStringLiteral("measurement")] = measurementToJson(m);
    return o;
}

QString verifyReportHtml(const Plan &plan, const VerifyMeasurement &m, const VerifyVerdict &v,
                         const VerifyReportInfo &given)
{
    QString html = headHtml(m, completed(given));
    html += verdictHtml(v);
    html += findingsHtml(v);
    if (m.parts.testFlag(VerifyPart::Replication))
        html += replicationHtml(m) + standbyHtml(m);
    if (m.parts.testFlag(VerifyPart::RoundTrip)) {
        html += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                    .arg(esc(Tr::tr("Write test")),
                         esc(m.roundTrip.ok ? Tr::tr("A record written on the primary (database "
                                                     "oe_failover) showed on the standby after %n ms.",
                                                     nullptr, int(m.roundTrip.ms))
                                            : m.roundTrip.error));
    }
    if (m.parts.testFlag(VerifyPart::Drift))
        html += driftHtml(plan, m);
    if (m.parts.testFlag(VerifyPart::Certificates))
        html += certificatesHtml(m);
    html += QStringLiteral("<footer>%1</footer>\n</body>\n</html>\n")
                .arg(esc(Tr::tr("OE Failover verification report. Exit code %1 (0 OK, 1 Warning, 2 Critical).")
                             .arg(v.exitCode())));
    return html;
}

bool writeVerifyReport(const QString &jsonPath, const QString &htmlPath, const Plan &plan, const VerifyMeasurement &m,
                       const VerifyVerdict &v, const VerifyReportInfo &info, QString *error)
{
    const QByteArray json = QJsonDocument(verifyReportJson(plan, m, v, info)).toJson(QJsonDocument::Indented);
    if (!jsonPath.isEmpty() && !writeFile(jsonPath, json, error))
        return false;
    if (!htmlPath.isEmpty() && !writeFile(htmlPath, verifyReportHtml(plan, m, v, info).toUtf8(), error))
        return false;
    return true;
}

} // namespace oef
