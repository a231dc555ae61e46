#include "backend/verify/verifyverdict.h"
#include "backend/core/pgversion.h"
#include "backend/core/tr.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace oef {

namespace {

Severity worse(Severity a, Severity b)
{
    return std::max(a, b);
}

class Judge
{
public:
    Judge(const VerifyMeasurement &measurement, const VerifyThresholds &thresholds, const QDateTime &at)
        : m(measurement), t(thresholds), now(at)
    {}

    QList<VerifyFinding> run()
    {
        primaryDatabase();
        secondaryDatabase();
        standbyApps();
        receiver();
        standbyConnection();
        replay();
        slotFindings();
        roundTrip();
        drift();
        certificates();
        return out;
    }

private:
    const VerifyMeasurement &m;
    const VerifyThresholds &t;
    const QDateTime now;
    QList<VerifyFinding> out;

    void add(const QString &id, const QString &role, Severity s, const QString &title, const QString &message,
             const QString &remedy = {}, const QString &details = {})
    {
        VerifyFinding f;
        f.id = id;
        f.role = role;
        f.host = role == Role::Primary ? m.primaryHost : role == Role::Secondary ? m.secondaryHost : QString();
        f.severity = s;
        f.title = title;
        f.message = message;
        f.remedy = remedy;
        f.details = details;
        out << f;
    }

    bool replicationMeasured() const { return m.parts.testFlag(VerifyPart::Replication); }
    bool primaryAnswers() const { return m.primary.reach.sshOk && m.primary.reach.databaseOk; }
    bool secondaryAnswers() const { return m.secondary.reach.sshOk && m.secondary.reach.databaseOk; }

    // SSH and the database container of one server; true when the database answered.
    bool reachFinding(const QString &id, const QString &role, const ServerReach &r, const QString &title)
    {
        const QString host = role == Role::Primary ? m.primaryHost : m.secondaryHost;
        if (!r.sshOk) {
            const QString remedy = r.sshHostKeyProblem
                                       ? Tr::tr("The server's SSH key is not the one this computer knows (%1). Ask "
                                                "the server's administrator whether it changed before trusting it.")
                                             .arg(r.hostKeyFingerprint)
                                       : Tr::tr("Check that %1 is switched on and reachable from this computer, "
                                                "then verify again.")
                                             .arg(host);
            add(id, role, Severity::Critical, title,
                role == Role::Primary ? Tr::tr("The primary %1 cannot be reached over SSH: %2").arg(host, r.sshError)
                                      : Tr::tr("The secondary %1 cannot be reached over SSH: %2").arg(host, r.sshError),
                remedy);
            return false;
        }
        if (!r.databaseOk) {
            const bool stopped = !r.containerState.isEmpty() && r.containerState != QLatin1String("running")
                                 && r.containerState != QLatin1String("missing");
            QString remedy;
            if (role == Role::Primary)
                remedy = stopped ? Tr::tr("Start it on the primary (docker start %1). If the "
                                          "primary cannot be repaired, fail over to the "
                                          "secondary.")
                                       .arg(planDbContainer())
                                 : Tr::tr("See \"docker logs %1\" on the primary. If the primary "
                                          "cannot be repaired, fail over to the secondary.")
                                       .arg(planDbContainer());
            else
                remedy = stopped ? Tr::tr("Start it on the secondary (docker start %1): until it "
                                          "runs, the standby cannot take over.")
                                       .arg(planDbContainer())
                                 : Tr::tr("See \"docker logs %1\" on the secondary: until its "
                                          "database runs, the standby cannot take over.")
                                       .arg(planDbContainer());
            add(id, role, Severity::Critical, title, r.databaseError, remedy, r.databaseDetails);
            return false;
        }
        return true;
    }

    QString planDbContainer() const
    {
        return m.dbContainer.isEmpty() ? QStringLiteral("openelisglobal-database") : m.dbContainer;
    }

    void primaryDatabase()
    {
        if (!replicationMeasured())
            return;
        const QString title = Tr::tr("Primary database");
        if (!reachFinding(QStringLiteral("primary.database"), Role::Primary, m.primary.reach, title))
            return;
        if (m.primary.inRecovery) {
            add(QStringLiteral("primary.database"), Role::Primary, Severity::Critical, title,
                Tr::tr("The primary %1 is itself a standby (in recovery): it does not accept "
                       "the laboratory's work.")
                    .arg(m.primaryHost),
                Tr::tr("If a failover took place, verify with a plan that names the new primary "
                       "and its standby."));
            return;
        }
        add(QStringLiteral("primary.database"), Role::Primary, Severity::Ok, title,
            Tr::tr("The database accepts writes (PostgreSQL %1); WAL position %2.")
                .arg(pgMajorName(m.primary.serverVersion))
                .arg(m.primary.currentLsn));
    }

    // OpenELIS must not run above a read-only database: users reaching the standby would see
    // errors, and nothing they enter would be kept.
    void standbyApps()
    {
        if (!replicationMeasured() || !m.secondary.inRecovery || !m.secondary.runningApps
            || m.secondary.runningApps->isEmpty())
            return;
        const QString names = m.secondary.runningApps->join(QLatin1Char(' '));
        add(QStringLiteral("secondary.apps"), Role::Secondary, Severity::Critical,
            Tr::tr("OpenELIS on the standby"),
            Tr::tr("OpenELIS runs on the standby %1 (%2) above its read-only database: users who reach it see "
                   "errors, and nothing they enter is kept.")
                .arg(m.secondaryHost, names),
            Tr::tr("Stop them on the standby (docker stop %1) and keep them stopped (docker update "
                   "--restart=no %1). A \"docker compose up -d\" run there starts them again.")
                .arg(names));
    }

    void secondaryDatabase()
    {
        if (!replicationMeasured())
            return;
        const QString title = Tr::tr("Standby database");
        if (!reachFinding(QStringLiteral("secondary.database"), Role::Secondary, m.secondary.reach, title))
            return;
        if (!m.secondary.inRecovery) {
            add(QStringLiteral("secondary.database"), Role::Secondary, Severity::Critical, title,
                Tr::tr("The secondary %1 accepts writes: it is not a standby. Work entered there "
                       "is missing on the primary, and the other way round.")
                    .arg(m.secondaryHost),
                Tr::tr("If a failover took place, verify with a plan that names the new primary "
                       "and its standby. Otherwise make sure nobody uses the secondary, and set "
                       "it up again as a standby."));
            return;
        }
        add(QStringLiteral("secondary.database"), Role::Secondary, Severity::Ok, title,
            Tr::tr("The database is a standby (in recovery, PostgreSQL %1).").arg(pgMajorName(m.secondary.serverVersion)));
    }

    bool isPrimaryAddress(const QString &host) const
    {
        return !host.isEmpty() && (host == m.primaryHost || m.primaryAddresses.contains(host));
    }

    void receiver()
    {
        if (!replicationMeasured() || !secondaryAnswers() || !m.secondary.inRecovery)
            return;
        const QString title = Tr::tr("Standby receives changes");
        const SecondaryStatus &s = m.secondary;
        if (!s.receiverPresent || s.receiverStatus != QLatin1String("streaming")) {
            add(QStringLiteral("secondary.receiver"), Role::Secondary, Severity::Critical, title,
                s.receiverPresent ? Tr::tr("The standby is not streaming from the primary (its WAL receiver is "
                                           "\"%1\"): work entered now exists only on the primary.")
                                        .arg(s.receiverStatus)
                                  : Tr::tr("The standby does not receive changes from the primary (no WAL "
                                           "receiver runs): work entered now exists only on the primary."),
                Tr::tr("Check that the secondary reaches the primary's database port, and read "
                       "\"docker logs %1\" on the secondary.")
                    .arg(planDbContainer()));
            return;
        }
        if (!s.senderHost.isEmpty() && !isPrimaryAddress(s.senderHost)) {
            add(QStringLiteral("secondary.receiver"), Role::Secondary, Severity::Critical, title,
                Tr::tr("The standby follows %1, not the primary %2.").arg(s.senderHost, m.primaryHost),
                Tr::tr("Check the plan: it must name the server the standby follows. Otherwise "
                       "set the secondary up again as a standby of %1.")
                    .arg(m.primaryHost));
            return;
        }
        const QString from = s.senderPort > 0 ? QStringLiteral("%1:%2").arg(s.senderHost).arg(s.senderPort)
                                              : s.senderHost;
        add(QStringLiteral("secondary.receiver"), Role::Secondary, Severity::Ok, title,
            s.receiverSlot.isEmpty() ? Tr::tr("Streaming from %1.").arg(from)
                                     : Tr::tr("Streaming from %1 through the slot %2.").arg(from, s.receiverSlot));
    }

    void standbyConnection()
    {
        if (!replicationMeasured() || !primaryAnswers() || m.primary.inRecovery)
            return;
        const QString title = Tr::tr("Primary sends to the standby");
        const ReplicationRow *row = m.standbyRow();
        if (!row) {
            add(QStringLiteral("replication.standby"), Role::Primary, Severity::Critical, title,
                Tr::tr("The primary has no replication connection from the standby %1: work "
                       "entered now exists only on the primary.")
                    .arg(m.secondaryHost),
                secondaryAnswers() ? Tr::tr("Check that the secondary reaches the primary's database port %1, "
                                            "and read \"docker logs %2\" on both servers.")
                                         .arg(m.primaryDbPort)
                                         .arg(planDbContainer())
                                   : Tr::tr("Repair the secondary first (see above)."));
            return;
        }
        const qint64 unflushed = row->flushBehindBytes.value_or(0);
        const double flushLag = row->flushLagS.value_or(0.0);
        const QString behind = Tr::tr("%1 (%2)").arg(formatBytes(unflushed), formatSeconds(flushLag));
        if (unflushed >= t.unflushedCriticalBytes || flushLag >= t.unflushedCriticalSeconds) {
            add(QStringLiteral("replication.standby"), Role::Primary, Severity::Critical, title,
                Tr::tr("The standby has not yet stored %1 of the primary's changes: that work "
                       "would be lost if the primary failed now.")
                    .arg(behind),
                Tr::tr("Check the network between the servers and the secondary's disk."));
            return;
        }
        if (unflushed >= t.unflushedWarnBytes || flushLag >= t.unflushedWarnSeconds) {
            add(QStringLiteral("replication.standby"), Role::Primary, Severity::Warning, title,
                Tr::tr("The standby has not yet stored %1 of the primary's changes: that work "
                       "would be lost if the primary failed now.")
                    .arg(behind),
                Tr::tr("Usually a burst of work or a slow link; verify again in a few minutes. "
                       "If it stays, check the network between the servers."));
            return;
        }
        if (row->state != QLatin1String("streaming")) {
            add(QStringLiteral("replication.standby"), Role::Primary, Severity::Warning, title,
                Tr::tr("The standby is connected but not streaming yet (state \"%1\").").arg(row->state),
                Tr::tr("It is catching up; verify again in a few minutes."));
            return;
        }
        add(QStringLiteral("replication.standby"), Role::Primary, Severity::Ok, title,
            Tr::tr("Streaming (%1); the standby has stored everything but %2.")
                .arg(row->syncState, formatBytes(unflushed)));
    }

    void replay()
    {
        if (!replicationMeasured() || !secondaryAnswers() || !m.secondary.inRecovery)
            return;
        const QString title = Tr::tr("Standby applies changes");
        const SecondaryStatus &s = m.secondary;
        const QString bytes = s.delayBytes ? formatBytes(*s.delayBytes) : Tr::tr("an unknown amount");
        const QString seconds = s.delaySeconds ? formatSeconds(*s.delaySeconds) : Tr::tr("unknown");
        if (s.replayPaused) {
            add(QStringLiteral("secondary.replay"), Role::Secondary, Severity::Warning, title,
                Tr::tr("Replay is paused on the standby: it receives the changes (nothing is "
                       "lost) but does not apply them. It is %1 and %2 behind the primary.")
                    .arg(bytes, seconds),
                Tr::tr("Resume it on the secondary with SELECT pg_wal_replay_resume(); (a "
                       "failover would also resume it, but would take longer)."));
            return;
        }
        const bool late = (s.delayBytes && *s.delayBytes >= t.replayWarnBytes)
                          || (s.delaySeconds && *s.delaySeconds >= t.replayWarnSeconds);
        if (late) {
            add(QStringLiteral("secondary.replay"), Role::Secondary, Severity::Warning, title,
                Tr::tr("The standby applies the changes late: %1 and %2 behind the primary.").arg(bytes, seconds),
                Tr::tr("Usually a burst of work or a busy disk on the secondary; verify again in "
                       "a few minutes. If it stays, check the secondary's disk and load."));
            return;
        }
        add(QStringLiteral("secondary.replay"), Role::Secondary, Severity::Ok, title,
            s.lastReplayTime.isValid() ? Tr::tr("Up to date: %1 and %2 behind the primary; last transaction applied "
                                                "%3.")
                                             .arg(bytes, seconds, formatDateTime(s.lastReplayTime))
                                       : Tr::tr("Up to date: %1 and %2 behind the primary.").arg(bytes, seconds));
    }

    void slotFindings()
    {
        if (!replicationMeasured() || !primaryAnswers() || m.primary.inRecovery)
            return;
        const QString title = Tr::tr("Replication slot");
        const QString ours = m.standbySlot();
        const std::optional<qint64> cap = m.primary.maxSlotWalKeepBytes;
        const qint64 limit = cap && *cap > 0
                                 ? std::min(t.slotRetainedWarnBytes, qint64(double(*cap) * t.slotRetainedWarnFraction))
                                 : t.slotRetainedWarnBytes;
        bool sawOurs = false;
        for (const SlotInfo &s : m.primary.replicationSlots) {
            const bool isOurs = s.name == ours;
            sawOurs = sawOurs || isOurs;
            const QString kept = s.retainedBytes ? formatBytes(*s.retainedBytes) : Tr::tr("no");
            const QString drop = Tr::tr("SELECT pg_drop_replication_slot('%1');").arg(s.name);
            if (s.walStatus == QLatin1String("lost")) {
                add(QStringLiteral("slot"), Role::Primary, Severity::Critical, title,
                    Tr::tr("The slot %1 has lost WAL its standby still needed: that standby can "
                           "no longer catch up.")
                        .arg(s.name),
                    isOurs ? Tr::tr("Run the set-up again: the secondary needs a fresh copy of "
                                    "the database.")
                           : Tr::tr("If nothing uses it any more, drop it on the primary: %1").arg(drop));
                continue;
            }
            if (s.walStatus == QLatin1String("unreserved")) {
                add(QStringLiteral("slot"), Role::Primary, Severity::Critical, title,
                    Tr::tr("The slot %1 keeps %2 of WAL, more than the primary may keep: the "
                           "oldest is about to be removed and its standby could no longer catch "
                           "up.")
                        .arg(s.name, kept),
                    isOurs ? Tr::tr("Make sure the secondary's database runs and streams.")
                           : Tr::tr("If nothing uses it any more, drop it on the primary: %1").arg(drop));
                continue;
            }
            if (!s.active) {
                add(QStringLiteral("slot"), Role::Primary, Severity::Warning, title,
                    Tr::tr("The slot %1 is not in use and keeps %2 of WAL on the primary; this "
                           "grows with every change until the disk is full.")
                        .arg(s.name, kept),
                    isOurs ? Tr::tr("Start the standby again so that it uses its slot. If the "
                                    "secondary is gone for good, drop the slot on the primary: %1")
                                 .arg(drop)
                           : Tr::tr("If nothing uses it any more, drop it on the primary: %1").arg(drop));
                continue;
            }
            if (s.retainedBytes && *s.retainedBytes >= limit) {
                add(QStringLiteral("slot"), Role::Primary, Severity::Warning, title,
                    Tr::tr("The slot %1 keeps %2 of WAL on the primary (more than %3): its "
                           "standby is far behind.")
                        .arg(s.name, kept, formatBytes(limit)),
                    Tr::tr("Watch the primary's free disk space, and find out why the standby "
                           "is behind."));
                continue;
            }
            if (isOurs)
                add(QStringLiteral("slot"), Role::Primary, Severity::Ok, title,
                    Tr::tr("The slot %1 is in use and keeps %2 of WAL.").arg(s.name, kept));
        }
        if (!sawOurs && m.secondary.receiverSlot.isEmpty()) {
            add(QStringLiteral("slot"), Role::Primary, Severity::Warning, title,
                Tr::tr("The standby uses no replication slot: if it is disconnected for a while, "
                       "the primary may remove WAL it still needs, and it would need a fresh "
                       "copy of the database."),
                Tr::tr("Run the set-up again: it adds the slot without copying the database "
                       "again when the standby already streams."));
        } else if (!sawOurs) {
            add(QStringLiteral("slot"), Role::Primary, Severity::Warning, title,
                Tr::tr("The standby asks for the slot %1, which does not exist on the primary.").arg(ours),
                Tr::tr("Run the set-up again: it creates the slot."));
        }
    }

    void roundTrip()
    {
        if (!m.parts.testFlag(VerifyPart::RoundTrip) || !m.roundTrip.attempted)
            return;
        const QString title = Tr::tr("Write test");
        const RoundTrip &r = m.roundTrip;
        if (r.ok && r.ms >= t.roundTripWarnMs) {
            add(QStringLiteral("roundtrip"), {}, Severity::Warning, title,
                Tr::tr("A record written on the primary showed on the standby only after %1.")
                    .arg(formatSeconds(double(r.ms) / 1000.0)),
                Tr::tr("Check the load of both servers and the network between them."));
        } else if (r.ok) {
            add(QStringLiteral("roundtrip"), {}, Severity::Ok, title,
                Tr::tr("A record written on the primary showed on the standby after %n ms.", nullptr, int(r.ms)));
        } else {
            const bool paused = m.secondary.replayPaused;
            add(QStringLiteral("roundtrip"), {}, paused ? Severity::Warning : Severity::Critical, title,
                paused ? Tr::tr("%1 (replay is paused on the standby)").arg(r.error) : r.error,
                paused ? Tr::tr("Resume replay on the secondary, then test again.")
                       : Tr::tr("Look at the findings above; if they are all fine, test again "
                                "and read \"docker logs %1\" on the secondary.")
                             .arg(planDbContainer()),
                r.details);
        }
    }

    void drift()
    {
        if (!m.parts.testFlag(VerifyPart::Drift))
            return;
        const QString title = Tr::tr("Install directories");
        const DriftResult &d = m.drift;
        if (!d.checked) {
            add(QStringLiteral("drift"), {}, Severity::Warning, title,
                d.error.isEmpty() ? Tr::tr("The install directories were not compared.") : d.error,
                Tr::tr("Verify again once both servers answer."));
            return;
        }
        if (d.entries.isEmpty()) {
            add(QStringLiteral("drift"), {}, Severity::Ok, title,
                Tr::tr("The two install directories are the same (%n file(s) compared).", nullptr, d.compared));
            return;
        }
        QStringList names;
        for (const DriftEntry &e : d.entries)
            names << e.path;
        const int shown = 5;
        QString list = names.mid(0, shown).join(QStringLiteral(", "));
        if (names.size() > shown)
            list = Tr::tr("%1 and %n more", nullptr, int(names.size() - shown)).arg(list);
        add(QStringLiteral("drift"), {}, Severity::Warning, title,
            Tr::tr("%n file(s) differ between the two install directories: %1. After a "
                   "failover OpenELIS would run with the secondary's versions.",
                   nullptr, int(d.entries.size()))
                .arg(list),
            Tr::tr("Run the set-up again to copy the primary's install directory (only changed "
                   "files travel), or correct the files by hand on the side that is wrong."));
    }

    void certificates()
    {
        if (!m.parts.testFlag(VerifyPart::Certificates))
            return;
        for (const CertificateInfo &c : m.certificates)
            certificate(c);
    }

    // The notes go in brackets after the sentence they qualify.
    static QString noted(const QString &sentence, const QStringList &notes)
    {
        return notes.isEmpty() ? sentence
                               : Tr::tr("%1 (%2)", "a sentence, then notes about it")
                                     .arg(sentence, notes.join(QStringLiteral("; ")));
    }

    static QStringList certificateNotes(const CertificateInfo &c)
    {
        QStringList notes;
        if (c.source == CertificateInfo::Source::ServerFile)
            notes << Tr::tr("read from %1 on the server, as OpenELIS is stopped on the standby").arg(c.filePath);
        if (c.selfSigned)
            notes << Tr::tr("self-signed: browsers ask users to accept it once");
        return notes;
    }

    // No handshake and no file showed a certificate.
    void certificateUnseen(const CertificateInfo &c)
    {
        const QString title = Tr::tr("HTTPS certificate");
        if (c.role == Role::Primary)
            add(QStringLiteral("certificate"), c.role, Severity::Warning, title,
                Tr::tr("OpenELIS does not answer at %1 from this computer (%2).")
                    .arg(webUrl(c.host, c.port), c.connectError),
                Tr::tr("Check that OpenELIS runs on the primary and that port %1 is open to "
                       "the users' computers.")
                    .arg(c.port));
        else
            add(QStringLiteral("certificate"), c.role, Severity::Ok, title,
                Tr::tr("Not checked: OpenELIS is stopped on the standby until a failover "
                       "(%1), and no certificate file was found in /etc/openelis-global.")
                    .arg(c.connectError));
    }

    // Expired, not covering the address, expiring soon, not yet valid: recorded, true.
    bool certificateProblem(const CertificateInfo &c, const QStringList &notes, const QString &covered)
    {
        const QString title = Tr::tr("HTTPS certificate");
        const QString url = webUrl(c.host, c.port);
        const qint64 days = now.daysTo(c.notAfter);
        if (c.notAfter.isValid() && c.notAfter < now) {
            add(QStringLiteral("certificate"), c.role, Severity::Critical, title,
                noted(Tr::tr("The certificate of %1 expired on %2: browsers refuse it.")
                          .arg(c.host, formatDateTime(c.notAfter)),
                      notes),
                Tr::tr("Install a new certificate for %1 in /etc/openelis-global on that server.").arg(c.host));
        } else if (!c.coversHost) {
            add(QStringLiteral("certificate"), c.role, Severity::Warning, title,
                noted(c.commonNameOnly ? Tr::tr("The certificate of %1 names %1 only in its subject (CN), which "
                                                "browsers ignore: they will warn users who type %2. It covers: "
                                                "%3.")
                                             .arg(c.host, url, covered)
                                       : Tr::tr("The certificate of %1 does not cover %1, the address users "
                                                "type (%2): browsers will warn them. It covers: %3.")
                                             .arg(c.host, url, covered),
                      notes),
                Tr::tr("Issue a certificate whose subject alternative names include %1, and "
                       "install it in /etc/openelis-global on that server.")
                    .arg(c.host));
        } else if (c.notAfter.isValid() && days < t.certificateWarnDays) {
            add(QStringLiteral("certificate"), c.role, Severity::Warning, title,
                noted(Tr::tr("The certificate of %1 expires on %2, in %n day(s).", nullptr, int(days))
                          .arg(c.host, formatDateTime(c.notAfter)),
                      notes),
                Tr::tr("Renew it before then and install it in /etc/openelis-global on that "
                       "server."));
        } else if (c.notBefore.isValid() && c.notBefore > now) {
            add(QStringLiteral("certificate"), c.role, Severity::Warning, title,
                noted(Tr::tr("The certificate of %1 is valid only from %2: check the server's clock.")
                          .arg(c.host, formatDateTime(c.notBefore)),
                      notes),
                Tr::tr("Set up time synchronisation (NTP) on the servers."));
        } else {
            return false;
        }
        return true;
    }

    void certificate(const CertificateInfo &c)
    {
        if (c.source == CertificateInfo::Source::None) {
            certificateUnseen(c);
            return;
        }
        const QStringList names = c.dnsNames + c.ipAddresses;
        const QString covered = names.isEmpty() ? Tr::tr("no address") : names.join(QStringLiteral(", "));
        const QStringList notes = certificateNotes(c);
        if (certificateProblem(c, notes, covered))
            return;
        QString message = noted(
            Tr::tr("Covers %1 (%2); valid until %3.").arg(c.host, covered, formatDateTime(c.notAfter)), notes);
        if (c.role != Role::Primary && !c.otherAddress.isEmpty()) {
            message += QLatin1Char(' ');
            message += c.coversOtherAddress ? Tr::tr("It also covers %1, the primary's address: users can keep "
                                                     "the same address after a failover if it is moved to the "
                                                     "standby.")
                                                  .arg(c.otherAddress)
                                            : Tr::tr("It does not cover %1, the address users type today: after "
                                                     "a failover they must use %2.")
                                                  .arg(c.otherAddress, webUrl(c.host, c.port));
        }
        add(QStringLiteral("certificate"), c.role, Severity::Ok, Tr::tr("HTTPS certificate"), message);
    }
};

// Which finding explains a Critical or Warning verdict best: the first of the worst, in the
// order the judge adds them (servers first, then replication, then the rest).
const VerifyFinding *mainFinding(const QList<VerifyFinding> &findings, Severity s)
{
    for (const VerifyFinding &f : findings)
        if (f.severity == s)
            return &f;
    return nullptr;
}

} // namespace

QJsonObject VerifyFinding::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},         {QStringLiteral("role"), role},
        {QStringLiteral("host"), host},     {QStringLiteral("severity"), VerifyVerdict::severityName(severity)},
        {QStringLiteral("title"), title},   {QStringLiteral("message"), message},
        {QStringLiteral("remedy"), remedy}, {QStringLiteral("details"), details},
    };
}

CheckResult VerifyFinding::toCheck() const
{
    CheckResult c;
    c.id = id;
    c.role = role;
    c.host = host;
    c.status = severity == Severity::Ok        ? CheckResult::Status::Ok
               : severity == Severity::Warning ? CheckResult::Status::Warning
                                               : CheckResult::Status::Error;
    c.title = title;
    c.message = message;
    c.remedy = remedy;
    c.details = details;
    return c;
}

const VerifyFinding *VerifyVerdict::finding(const QString &id, const QString &role) const
{
    for (const VerifyFinding &f : findings)
        if (f.id == id && (role.isEmpty() || f.role == role))
            return &f;
    return nullptr;
}

QJsonObject VerifyVerdict::toJson() const
{
    QJsonArray arr;
    for (const VerifyFinding &f : findings)
        arr.append(f.toJson());
    return QJsonObject{{QStringLiteral("verdict"), severityName(severity)},
                       {QStringLiteral("headline"), headline},
                       {QStringLiteral("advice"), advice},
                       {QStringLiteral("findings"), arr}};
}

QString VerifyVerdict::severityName(Severity s)
{
    switch (s) {
    case Severity::Ok: return QStringLiteral("ok");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Critical: return QStringLiteral("critical");
    }
    return QStringLiteral("critical");
}

QString VerifyVerdict::severityText(Severity s)
{
    switch (s) {
    case Severity::Ok: return Tr::tr("OK", "verification verdict");
    case Severity::Warning: return Tr::tr("Warning", "verification verdict");
    case Severity::Critical: return Tr::tr("Critical", "verification verdict");
    }
    return Tr::tr("Critical", "verification verdict");
}

VerifyVerdict judge(const VerifyMeasurement &m, const VerifyThresholds &t, const QDateTime &now)
{
    VerifyVerdict v;
    v.findings = Judge(m, t, now).run();
    for (const VerifyFinding &f : v.findings)
        v.severity = worse(v.severity, f.severity);
    if (v.findings.isEmpty()) {
        v.severity = Severity::Critical;
        v.headline = Tr::tr("Nothing was measured.");
        v.advice = Tr::tr("Verify again.");
        return v;
    }
    if (v.severity == Severity::Ok) {
        v.headline = m.roundTrip.ok ? Tr::tr("The standby %1 is streaming and up to date: it would take "
                                             "over without losing work. A record written on the primary "
                                             "showed on it after %n ms.",
                                             nullptr, int(m.roundTrip.ms))
                                          .arg(m.secondaryHost)
                                    : Tr::tr("The standby %1 is streaming and up to date: it would take "
                                             "over without losing work.")
                                          .arg(m.secondaryHost);
        v.advice = Tr::tr("Nothing to do. Verify regularly (for example from cron) and keep the "
                          "reports for your audits.");
        return v;
    }
    const VerifyFinding *main = mainFinding(v.findings, v.severity);
    int others = 0;
    for (const VerifyFinding &f : v.findings)
        others += f.severity != Severity::Ok && &f != main ? 1 : 0;
    v.headline = others > 0 ? Tr::tr("%1 See also the %n other problem(s) below.", nullptr, others).arg(main->message)
                            : main->message;
    v.advice = main->remedy;
    return v;
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 1024)
        return Tr::tr("%n byte(s)", nullptr, int(bytes));
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString formatSeconds(double seconds)
{
    const QLocale l;
    if (seconds < 10.0)
        return Tr::tr("%1 s", "seconds").arg(l.toString(seconds, 'f', seconds < 1.0 ? 3 : 1));
    const qint64 s = std::llround(seconds);
    if (s < 3600)
        return s < 60 ? Tr::tr("%1 s", "seconds").arg(s) : Tr::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return Tr::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return Tr::tr("%n day(s)", nullptr, int(s / 86400));
}

QString webUrl(const QString &host, int port)
{
    const QString h = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return QStringLiteral("https://%1:%2/").arg(h).arg(port);
}

QString formatDateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return Tr::tr("unknown");
    return QLocale().toString(utc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace oef
