// The verification without servers: WAL positions, slot names, certificate coverage, the
// drift comparison, and the verdict (a pure function of the measurement) for every case the
// screen and oe-failover-cli verify must tell apart; then the JSON, text and HTML reports.
#include "backend/report/verifyreport.h"
#include "backend/verify/verify.h"
#include "backend/verify/verifyverdict.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace oef;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

// Self-signed, valid until 2126: CN openelis.lab.example, SAN DNS:openelis.lab.example,
// DNS:*.standby.example, IP:192.0.2.21.
const char kCertPem[] = R"(-----BEGIN CERTIFICATE-----
MIIB0jCCAXegAwIBAgIUXi5Tx0zHKmOCC9u0PlvrXcCacGwwCgYIKoZIzj0EAwIw
HzEdMBsGA1UEAwwUb3BlbmVsaXMubGFiLmV4YW1wbGUwIBcNMjYxMTI1MTgzOTUw
WhgPMjEyNjExMDExODM5NTBaMB8xHTAbBgNVBAMMFG9wZW5lbGlzLmxhYi5leGFt
cGxlMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEsnUB5zT7kSTLtJmP2mFilJkg
/15QP0ATyqGjoUqmsDDX+Kq/dTQwbX3no7FTv2ucp5yLXS+i48YFtxMK0PAXU6OB
jjCBizAdBgNVHQ4EFgQUbGSxmWX5X3j2KFUa5NPpIdkaDRUwHwYDVR0jBBgwFoAU
bGSxmWX5X3j2KFUa5NPpIdkaDRUwDwYDVR0TAQH/BAUwAwEB/zA4BgNVHREEMTAv
ghRvcGVuZWxpcy5sYWIuZXhhbXBsZYIRKi5zdGFuZGJ5LmV4YW1wbGWHBMAAAhUw
CgYIKoZIzj0EAwIDSQAwRgIhAIccAOZzXY18eX9Y9Sj20sjmC75hiSLUwoMLjZX0
Qp9EAiEA8K3fnx23qno7YBAJ8yzb4gY96a3Y7IcPVdh2vTF+hto=
-----END CERTIFICATE-----
)";

CertificateInfo cert(const QString &role, const QString &host, CertificateInfo::Source source, QStringList ips,
                     QDateTime notAfter)
{
    CertificateInfo c;
    c.role = role;
    c.host = host;
    c.source = source;
    c.handshakeOk = source == CertificateInfo::Source::Handshake;
    if (source == CertificateInfo::Source::ServerFile) {
        c.connectError = QStringLiteral("nothing answers on port 8443");
        c.filePath = QStringLiteral("/etc/openelis-global/cert.pem");
    }
    c.ipAddresses = ips;
    c.selfSigned = true;
    c.notBefore = kNow.addYears(-1);
    c.notAfter = notAfter;
    c.coversHost = certificateCovers({}, ips, host);
    return c;
}

// A healthy pair as the lab shows it right after the set-up.
VerifyMeasurement healthy()
{
    VerifyMeasurement m;
    m.startedAt = kNow;
    m.elapsedMs = 800;
    m.parts = kVerifyEverything;
    m.primaryHost = QStringLiteral("192.0.2.21");
    m.secondaryHost = QStringLiteral("192.0.2.22");
    m.primaryAddresses = {m.primaryHost};
    m.secondaryAddresses = {m.secondaryHost};
    m.dbContainer = QStringLiteral("openelisglobal-database");
    m.expectedSlot = standbySlotName(m.secondaryHost);

    m.primary.reach.sshOk = m.primary.reach.databaseOk = true;
    m.primary.serverVersion = 150004;
    m.primary.currentLsn = QStringLiteral("0/3000148");
    m.primary.maxSlotWalKeepBytes = 10LL << 30;
    ReplicationRow row;
    row.pid = 4242;
    row.applicationName = m.expectedSlot;
    row.clientAddress = m.secondaryHost;
    row.state = QStringLiteral("streaming");
    row.syncState = QStringLiteral("async");
    row.sentLsn = row.writeLsn = row.flushLsn = row.replayLsn = QStringLiteral("0/3000148");
    row.writeLagS = 0.001;
    row.flushLagS = 0.002;
    row.replayLagS = 0.002;
    row.flushBehindBytes = 0;
    row.replayBehindBytes = 0;
    m.primary.replication << row;
    SlotInfo slot;
    slot.name = m.expectedSlot;
    slot.type = QStringLiteral("physical");
    slot.active = true;
    slot.restartLsn = QStringLiteral("0/3000148");
    slot.retainedBytes = 0;
    slot.walStatus = QStringLiteral("reserved");
    m.primary.replicationSlots << slot;

    SecondaryStatus &s = m.secondary;
    s.reach.sshOk = s.reach.databaseOk = true;
    s.serverVersion = 150004;
    s.inRecovery = true;
    s.receiveLsn = s.replayLsn = QStringLiteral("0/3000148");
    s.lastReplayTime = kNow.addSecs(-30);
    s.receiverPresent = true;
    s.receiverStatus = QStringLiteral("streaming");
    s.senderHost = m.primaryHost;
    s.senderPort = 5432;
    s.receiverSlot = m.expectedSlot;
    s.delayBytes = 0;
    s.delaySeconds = 0.0;

    m.drift.checked = true;
    m.drift.compared = 15;
    m.certificates << cert(Role::Primary, m.primaryHost, CertificateInfo::Source::Handshake, {m.primaryHost},
                           kNow.addYears(2))
                   << cert(Role::Secondary, m.secondaryHost, CertificateInfo::Source::ServerFile, {m.secondaryHost},
                           kNow.addYears(2));
    m.certificates[1].otherAddress = m.primaryHost;
    return m;
}

ManifestEntry file(const QString &path, const QByteArray &sha, qint64 mtime, quint32 mode = 0644)
{
    ManifestEntry e;
    e.type = 'f';
    e.path = path;
    e.rawPath = path.toUtf8();
    e.mode = mode;
    e.size = 10;
    e.mtime = mtime;
    e.sha256 = sha;
    return e;
}

} // namespace

class TestVerifyVerdict : public QObject
{
    Q_OBJECT

private slots:
    void lsn_data();
    void lsn();
    void slotName_data();
    void slotName();
    void covers_data();
    void covers();
    void describesPem();
    void driftComparison();

    void healthyIsOk();
    void replayPausedIsWarningWithLag();
    void standbyDatabaseStoppedIsCriticalNamingIt();
    void openElisOnTheStandbyIsCritical();
    void slotInactiveAndLost();
    void slotMissingOrAboveThreshold();
    void unstoredChanges_data();
    void unstoredChanges();
    void replayLate();
    void secondaryNotStandbyOrFollowingAnother();
    void primaryProblems();
    void hostKeyProblem();
    void roundTrip();
    void driftVerdict();
    void certificates_data();
    void certificates();
    void worstWinsAndCountsOthers();

    void carriesSlowerParts();
    void reportJsonAndText();
    void reportHtmlIsEscaped();
};

void TestVerifyVerdict::lsn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<quint64>("value");
    QTest::newRow("zero") << QStringLiteral("0/0") << true << quint64(0);
    QTest::newRow("low") << QStringLiteral("0/3000148") << true << quint64(0x3000148);
    QTest::newRow("high") << QStringLiteral("16/B374D848") << true << ((quint64(0x16) << 32) | 0xB374D848);
    QTest::newRow("max") << QStringLiteral("FFFFFFFF/FFFFFFFF") << true << ~quint64(0);
    QTest::newRow("empty") << QString() << false << quint64(0);
    QTest::newRow("no slash") << QStringLiteral("3000148") << false << quint64(0);
    QTest::newRow("no low") << QStringLiteral("0/") << false << quint64(0);
    QTest::newRow("not hex") << QStringLiteral("0/XYZ") << false << quint64(0);
    QTest::newRow("too long") << QStringLiteral("1/123456789") << false << quint64(0);
}

void TestVerifyVerdict::lsn()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(quint64, value);
    const auto v = parseLsn(text);
    QCOMPARE(v.has_value(), valid);
    if (valid)
        QCOMPARE(*v, value);
}

void TestVerifyVerdict::slotName_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("slot");
    QTest::newRow("ipv4") << QStringLiteral("10.77.0.12") << QStringLiteral("oef_10_77_0_12");
    QTest::newRow("name") << QStringLiteral("OE-Standby.lab.local") << QStringLiteral("oef_oe_standby_lab_local");
    QTest::newRow("ipv6") << QStringLiteral("2001:db8::12") << QStringLiteral("oef_2001_db8__12");
    QTest::newRow("non-ascii") << QStringLiteral("serveur-é") << QStringLiteral("oef_serveur__");
    QTest::newRow("long") << QString(80, QLatin1Char('a')) << QStringLiteral("oef_") + QString(59, QLatin1Char('a'));
}

void TestVerifyVerdict::slotName()
{
    QFETCH(QString, host);
    QFETCH(QString, slot);
    QCOMPARE(standbySlotName(host), slot);
}

void TestVerifyVerdict::covers_data()
{
    QTest::addColumn<QStringList>("dns");
    QTest::addColumn<QStringList>("ips");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("covered");
    const QStringList lab{QStringLiteral("10.77.0.11")};
    QTest::newRow("own ip") << QStringList() << lab << QStringLiteral("10.77.0.11") << true;
    QTest::newRow("other ip") << QStringList() << lab << QStringLiteral("10.77.0.12") << false;
    QTest::newRow("ip not by dns") << QStringList{QStringLiteral("10.77.0.12")} << lab << QStringLiteral("10.77.0.12")
                                   << false;
    QTest::newRow("ipv6 forms") << QStringList() << QStringList{QStringLiteral("2001:DB8:0:0::1")}
                                << QStringLiteral("[2001:db8::1]") << true;
    QTest::newRow("name case") << QStringList{QStringLiteral("OpenELIS.Lab.Example")} << QStringList()
                               << QStringLiteral("openelis.lab.example.") << true;
    QTest::newRow("wildcard one label") << QStringList{QStringLiteral("*.lab.example")} << QStringList()
                                        << QStringLiteral("oe.lab.example") << true;
    QTest::newRow("wildcard two labels") << QStringList{QStringLiteral("*.lab.example")} << QStringList()
                                         << QStringLiteral("a.oe.lab.example") << false;
    QTest::newRow("wildcard not the parent")
        << QStringList{QStringLiteral("*.lab.example")} << QStringList() << QStringLiteral("lab.example") << false;
    QTest::newRow("wildcard bare suffix")
        << QStringList{QStringLiteral("*.example")} << QStringList() << QStringLiteral("lab.example") << false;
    QTest::newRow("wildcard never an ip")
        << QStringList{QStringLiteral("*.0.77.10")} << QStringList() << QStringLiteral("10.77.0.11") << false;
    QTest::newRow("empty address") << QStringList{QStringLiteral("a.example")} << QStringList() << QString() << false;
    QTest::newRow("nothing in it") << QStringList() << QStringList() << QStringLiteral("a.example") << false;
}

void TestVerifyVerdict::covers()
{
    QFETCH(QStringList, dns);
    QFETCH(QStringList, ips);
    QFETCH(QString, address);
    QFETCH(bool, covered);
    QCOMPARE(certificateCovers(dns, ips, address), covered);
}

void TestVerifyVerdict::describesPem()
{
    CertificateInfo c;
    c.host = QStringLiteral("db.standby.example");
    describeCertificate(c, QByteArray(kCertPem), true);
    QCOMPARE(c.commonName, QStringLiteral("openelis.lab.example"));
    QCOMPARE(c.dnsNames, (QStringList{QStringLiteral("*.standby.example"), QStringLiteral("openelis.lab.example")}));
    QCOMPARE(c.ipAddresses, QStringList{QStringLiteral("192.0.2.21")});
    QVERIFY(c.selfSigned);
    QVERIFY(c.coversHost);
    QCOMPARE(c.notAfter.date().year(), 2126);
    QCOMPARE(c.sha256.count(QLatin1Char(':')), 31);

    CertificateInfo other;
    other.host = QStringLiteral("192.0.2.22");
    describeCertificate(other, QByteArray(kCertPem), true);
    QVERIFY(!other.coversHost);
    QVERIFY(!other.commonNameOnly);

    CertificateInfo garbage;
    describeCertificate(garbage, QByteArrayLiteral("not a certificate"), true);
    QVERIFY(garbage.notAfter.isNull());
    QVERIFY(!garbage.coversHost);
}

void TestVerifyVerdict::driftComparison()
{
    Manifest p, s;
    ManifestEntry root;
    root.type = 'd';
    root.path = QStringLiteral(".");
    root.mode = 0755;
    root.mtime = 100;
    p.insert(root.path, root);
    root.mtime = 999; // directory times do not count
    s.insert(root.path, root);
    p.insert(QStringLiteral("docker-compose.yml"), file(QStringLiteral("docker-compose.yml"), "aa", 100));
    s.insert(QStringLiteral("docker-compose.yml"), file(QStringLiteral("docker-compose.yml"), "aa", 100));
    p.insert(QStringLiteral("config/common.properties"), file(QStringLiteral("config/common.properties"), "aa", 100));
    s.insert(QStringLiteral("config/common.properties"), file(QStringLiteral("config/common.properties"), "bb", 200));
    p.insert(QStringLiteral("secrets/x"), file(QStringLiteral("secrets/x"), "cc", 300, 0600));
    s.insert(QStringLiteral("secrets/x"), file(QStringLiteral("secrets/x"), "cc", 100, 0644));
    p.insert(QStringLiteral("plugins/new.jar"), file(QStringLiteral("plugins/new.jar"), "dd", 100));
    s.insert(QStringLiteral("plugins/old Résultats.jar"), file(QStringLiteral("plugins/old Résultats.jar"), "ee", 100));
    ManifestEntry link;
    link.type = 'l';
    link.path = QStringLiteral("current");
    link.linkTarget = QStringLiteral("v1");
    link.mtime = 5;
    p.insert(link.path, link);
    link.linkTarget = QStringLiteral("v2");
    link.mtime = 1;
    s.insert(link.path, link);

    const DriftResult d = compareManifests(p, s);
    QVERIFY(d.checked);
    QCOMPARE(d.compared, 5);
    QStringList paths;
    for (const DriftEntry &e : d.entries)
        paths << e.path;
    QCOMPARE(paths, (QStringList{QStringLiteral("config/common.properties"), QStringLiteral("current"),
                                 QStringLiteral("plugins/new.jar"), QStringLiteral("plugins/old Résultats.jar"),
                                 QStringLiteral("secrets/x")}));
    QCOMPARE(d.entries[0].kind, DriftEntry::Kind::Content);
    QCOMPARE(d.entries[0].newer, DriftEntry::Newer::Secondary);
    QCOMPARE(d.entries[1].kind, DriftEntry::Kind::LinkTarget);
    QCOMPARE(d.entries[1].newer, DriftEntry::Newer::Primary);
    QCOMPARE(d.entries[2].kind, DriftEntry::Kind::OnlyOnPrimary);
    QCOMPARE(d.entries[3].kind, DriftEntry::Kind::OnlyOnSecondary);
    QCOMPARE(d.entries[4].kind, DriftEntry::Kind::Mode);
    QVERIFY2(d.entries[4].description.contains(QStringLiteral("0600")), qPrintable(d.entries[4].description));
    QCOMPARE(d.entries[4].newer, DriftEntry::Newer::Primary);

    QVERIFY(compareManifests(p, p).entries.isEmpty());
}

void TestVerifyVerdict::healthyIsOk()
{
    const VerifyVerdict v = judge(healthy(), {}, kNow);
    QCOMPARE(v.severity, Severity::Ok);
    QCOMPARE(v.exitCode(), 0);
    QVERIFY2(v.headline.contains(QStringLiteral("192.0.2.22")), qPrintable(v.headline));
    QVERIFY(!v.advice.isEmpty());
    for (const VerifyFinding &f : v.findings)
        QVERIFY2(f.severity == Severity::Ok, qPrintable(f.id + QStringLiteral(": ") + f.message));
    for (const char *id : {"primary.database", "secondary.database", "secondary.receiver", "replication.standby",
                           "secondary.replay", "slot", "drift"})
        QVERIFY2(v.finding(QString::fromLatin1(id)), id);
    // The standby's certificate does not cover the primary's address: said, not a warning.
    const VerifyFinding *c = v.finding(QStringLiteral("certificate"), Role::Secondary);
    QVERIFY(c);
    QVERIFY2(c->message.contains(QStringLiteral("does not cover 192.0.2.21")), qPrintable(c->message));
    QVERIFY(!v.finding(QStringLiteral("roundtrip")));

    VerifyMeasurement m = healthy();
    m.parts |= VerifyPart::RoundTrip;
    m.roundTrip.attempted = m.roundTrip.ok = true;
    m.roundTrip.ms = 14;
    const VerifyVerdict rt = judge(m, {}, kNow);
    QCOMPARE(rt.severity, Severity::Ok);
    QVERIFY2(rt.headline.contains(QStringLiteral("14")), qPrintable(rt.headline));
}

void TestVerifyVerdict::replayPausedIsWarningWithLag()
{
    VerifyMeasurement m = healthy();
    m.primary.currentLsn = QStringLiteral("0/3100000");
    m.secondary.replayPaused = true;
    m.secondary.receiveLsn = QStringLiteral("0/3100000");
    m.secondary.delayBytes = 0x3100000 - 0x3000148;
    m.secondary.delaySeconds = 42.0;
    m.primary.replication[0].replayLsn = QStringLiteral("0/3000148");
    m.primary.replication[0].replayBehindBytes = m.secondary.delayBytes;
    const VerifyVerdict v = judge(m, {}, kNow);
    QCOMPARE(v.severity, Severity::Warning);
    QCOMPARE(v.exitCode(), 1);
    const VerifyFinding *f = v.finding(QStringLiteral("secondary.replay"));
    QVERIFY(f);
    QCOMPARE(f->severity, Severity::Warning);
    QVERIFY2(f->message.contains(QStringLiteral("paused")), qPrintable(f->message));
    QVERIFY2(f->message.contains(formatBytes(*m.secondary.delayBytes)), qPrintable(f->message));
    QVERIFY2(f->message.contains(formatSeconds(42.0)), qPrintable(f->message));
    QVERIFY(f->remedy.contains(QStringLiteral("pg_wal_replay_resume")));
    QCOMPARE(v.headline, f->message);
    // However long it has been paused: nothing is lost, so never Critical on its own.
    m.secondary.delaySeconds = 86400.0 * 3;
    m.secondary.delayBytes = 50LL << 30;
    QCOMPARE(judge(m, {}, kNow).severity, Severity::Warning);
}

void TestVerifyVerdict::standbyDatabaseStoppedIsCriticalNamingIt()
{
    VerifyMeasurement m = healthy();
    m.secondary = {};
    m.secondary.reach.sshOk = true;
    m.secondary.reach.containerState = QStringLiteral("exited");
    m.secondary.reach.databaseError = QStringLiteral(
        "The database container openelisglobal-database on 192.0.2.22 is not running (exited).");
    m.primary.replication.clear();
    m.primary.replicationSlots[0].active = false;
    m.primary.replicationSlots[0].retainedBytes = 5LL << 20;
    const VerifyVerdict v = judge(m, {}, kNow);
    QCOMPARE(v.severity, Severity::Critical);
    QCOMPARE(v.exitCode(), 2);
    QVERIFY2(v.headline.contains(QStringLiteral("openelisglobal-database on 192.0.2.22")), qPrintable(v.headline));
    QVERIFY2(v.advice.contains(QStringLiteral("docker start openelisglobal-database")), qPrintable(v.advice));
    QCOMPARE(v.finding(QStringLiteral("secondary.database"))->severity, Severity::Critical);
    QCOMPARE(v.finding(QStringLiteral("replication.standby"))->severity, Severity::Critical);
    const VerifyFinding *slot = v.finding(QStringLiteral("slot"));
    QCOMPARE(slot->severity, Severity::Warning);
    QVERIFY2(slot->message.contains(QStringLiteral("not in use")), qPrintable(slot->message));
    QVERIFY(slot->message.contains(formatBytes(5LL << 20)));
    // Nothing is said about replay or the receiver of a database that does not answer.
    QVERIFY(!v.finding(QStringLiteral("secondary.replay")));
    QVERIFY(!v.finding(QStringLiteral("secondary.receiver")));
}

void TestVerifyVerdict::openElisOnTheStandbyIsCritical()
{
    VerifyMeasurement m = healthy();
    m.secondary.runningApps = QStringList{};
    QCOMPARE(judge(m, {}, kNow).severity, Severity::Ok); // asked, none running
    m.secondary.runningApps = QStringList{QStringLiteral("openelisglobal-webapp"), QStringLiteral("external-fhir-api")};
    const VerifyVerdict v = judge(m, {}, kNow);
    QCOMPARE(v.severity, Severity::Critical);
    const VerifyFinding *f = v.finding(QStringLiteral("secondary.apps"), Role::Secondary);
    QVERIFY(f);
    QVERIFY2(f->message.contains(QStringLiteral("openelisglobal-webapp external-fhir-api")), qPrintable(f->message));
    QVERIFY2(f->remedy.contains(QStringLiteral("docker stop openelisglobal-webapp")), qPrintable(f->remedy));
    QCOMPARE(v.headline, f->message);
    // A server that is not (or no longer) a standby is another finding's business.
    m.secondary.inRecovery = false;
    QVERIFY(!judge(m, {}, kNow).finding(QStringLiteral("secondary.apps")));
}

void TestVerifyVerdict::slotInactiveAndLost()
{
    VerifyMeasurement m = healthy();
    SlotInfo forgotten;
    forgotten.name = QStringLiteral("old_standby");
    forgotten.type = QStringLiteral("physical");
    forgotten.retainedBytes = 3LL << 30;
    m.primary.replicationSlots << forgotten;
    VerifyVerdict v = judge(m, {}, kNow);
    QCOMPARE(v.severity, Severity::Warning);
    QVERIFY2(v.headline.contains(QStringLiteral("old_standby")), qPrintable(v.headline));
    QVERIFY(v.advice.contains(QStringLiteral("pg_drop_replication_slot('old_standby')")));

    m.primary.replicationSlots[1].walStatus = QStringLiteral("lost");
    v = judge(m, {}, kNow);
    QCOMPARE(v.severity, Severity::Critical);
    m.primary.replicationSlots[1].walStatus = QStringLiteral("unreserved");
    QCOMPARE(judge(m, {}, kNow).severity, Severity::Critical);
}

void TestVerifyVerdict::slotMissingOrAboveThreshold()
{
    VerifyMeasurement m = healthy();
    m.primary.replicationSlots.clear();
    m.secondary.receiverSlot.clear();
    VerifyVerdict v = judge(m, {}, kNow);
    QCOMPARE(v.severity, Severity::Warning);
    QVERIFY2(v.finding(QStringLiteral("slot"))->message.contains(QStringLiteral("no replication slot")),
             qPrintable(v.headline));

    m = healthy();
    m.primary.replicationSlots[0].retainedBytes = 900LL << 20; // under 1 GiB: fine
    QCOMPARE(judge(m, {}, kNow).severity, Severity::Ok);
    m.primary.maxSlotWalKeepBytes = 1LL << 30; // 80 % of it is 819 MiB
    QCOMPARE(judge(m, {}, kNow).severity, Severity::Warning);
    m.primary.maxSlotWalKeepBytes = -1;
    m.primary.replicationSlots[0].retainedBytes = 2LL << 30;
    QCOMPARE(judge(m, {}, kNow).severity, Severity::Warning);
}

void TestVerifyVerdict::unstoredChanges_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<double>("seconds");
    QTest::addColumn<int>("severity");
    QTest::newRow("a little") << qint64(1 << 20) << 0.5 << int(Severity::Ok);
    QTest::newRow("bytes warn") << qint64(20 << 20) << 0.5 << int(Severity::Warning);
    QTest::newRow("seconds warn") << qint64(0) << 45.0 << int(Severity::Warning);
    QTest::newRow("bytes critical") << (qint64(2) << 30) << 1.0 << int(Severity::Critical);
    QTest::newRow("seconds critical") << qint64(0) << 900.0 << int(Severity::Critical);
}

void TestVerifyVerdict::unstoredChanges()
{
    QFETCH(qint64, bytes);
    QFETCH(double, seconds);
    QFETCH(int, severity);
    VerifyMeasurement m = healthy();
    m.primary.replication[0].flushBehindBytes = bytes;
    m.primary.replication[0].flushLagS = seconds;
    const VerifyVerdict v = judge(m, {}, kNow);
    QCOMPARE(int(v.finding(QStringLiteral("replication.standby"))->severity), severity);
    QCOMPARE(int(v.severity), severity);
    if (severity != int(Severity::Ok))
        QVERIFY2(v.headline.contains(QStringLiteral("would be lost")), qPrintable(v.headline));
}

void TestVerifyVerdict::replayLate()
{
    VerifyMeasurement m = healthy();
    m.secondary.delaySeconds = 61.0;
    QCOMPARE(judge(m, {}, kNow).finding(QStringLiteral("secondary.replay"))->severity, Severity::Warning);
    m.secondary.delaySeconds = 1.0;
    m.secondary.delayBytes = 65LL << 20;
    QCOMPARE(judge(m, {}, kNow).severity, Severity::Warning);
    VerifyThresholds t;
    t.replayWarnBytes = 128LL << 20;
    QCOMPARE(judge(m, t, kNow).severity, Severity::Ok);
}

void TestVerifyVerdict::secondaryNotStandbyOrFollowingAnother()
{
    VerifyMeasurement m = healthy();
    m.secondary.inRecovery = false;
    VerifyVerdict v = judge(m, {}, kNow);
    QCOMPARE(v.severity, Severity::Critical);
    QVERIFY2(v.headline.contains(QStringLiteral("accepts writes")), qPrintable(v.headline));

    m = healthy();
    m.secondary.senderHost = QStringLiteral("192.0.2.99");
    v = judge(m, {}, kNow);
    QCOMPARE(v.severity, Severity::Critical);
    QVERIFY2(v.headline.contains(QStringLiteral("follows 192.0.2.99")), qPrintable(v.headline));

    m = healthy();
    m.secondary.receiverStatus = QStringLiteral("waiting");
    QCOMPARE(judge(m, {}, kNow).finding(QStringLiteral("secondary.receiver"))->severity, Severity::Critical);
    m.secondary.receiverPresent = false;
    QCOMPARE(judge(m, {}, kNow).severity, Severity::Critical);

    // The primary lists the standby by its address when the application name differs.
    m = healthy();
    m.primary.replication[0].applicationName = QStringLiteral("walreceiver");
    QCOMPARE(judge(m, {}, kNow).severity, Severity::Ok);
    m.primary.replication[0].clientAddress = QStringLiteral("192.0.2.50");
    QCOMPARE(judge(m, {}, kNow).finding(QStringLiteral("replication.standby"))->severity, Severity::Critical);
}

void TestVerifyVerdict::primaryProblems()
{
    VerifyMeasurement m = healthy();
    m.primary.inRecovery = true;
    m.primary.currentLsn.clear();
    VerifyVerdict v = judge(m, {}, kNow);
    QCOMPARE(v.severity, Severity::Critical);
    QVERIFY2(v.headline.contains(QStringLiteral("itself a standby")), qPrintable(v.headline));
    QVERIFY(!v.finding(QStringLiteral("replication.standby")));

    m = healthy();
    m.primary.reach.databaseOk = false;
    m.primary.reach.databaseError = QStringLiteral("The database on 192.0.2.21 runs but does not answer.");
    m.primary.reach.containerState = QStringLiteral("running");
    v = judge(m, {}, kNow);
    QCOMPARE(v.severity, Severity::Critical);
    QCOMPARE(v.findings.first().id, QStringLiteral("primary.database"));
    QVERIFY(v.advice.contains(QStringLiteral("docker logs")));
}

void TestVerifyVerdict::hostKeyProblem()
{
    VerifyMeasurement m = healthy();
    m.secondary = {};
    m.secondary.reach.sshError = QStringLiteral("The host key of 192.0.2.22 is not known.");
    m.secondary.reach.sshHostKeyProblem = true;
    m.secondary.reach.hostKeyState = HostKeyInfo::State::New;
    m.secondary.reach.hostKeyFingerprint = QStringLiteral("SHA256:abc");
    const VerifyVerdict v = judge(m, {}, kNow);
    QCOMPARE(v.severity, Severity::Critical);
    QVERIFY2(v.headline.contains(QStringLiteral("cannot be reached over SSH")), qPrintable(v.headline));
    QVERIFY(v.advice.contains(QStringLiteral("SHA256:abc")));
}

void TestVerifyVerdict::roundTrip()
{
    VerifyMeasurement m = healthy();
    m.parts |= VerifyPart::RoundTrip;
    m.roundTrip.attempted = true;
    m.roundTrip.error = QStringLiteral(
        "The record written on the primary did not show on the secondary within 15 seconds.");
    VerifyVerdict v = judge(m, {}, kNow);
    QCOMPARE(v.severity, Severity::Critical);
    QCOMPARE(v.headline, m.roundTrip.error);
    m.secondary.replayPaused = true;
    v = judge(m, {}, kNow);
    QCOMPARE(v.finding(QStringLiteral("roundtrip"))->severity, Severity::Warning);
    QCOMPARE(v.severity, Severity::Warning);

    m = healthy();
    m.parts |= VerifyPart::RoundTrip;
    m.roundTrip.attempted = m.roundTrip.ok = true;
    m.roundTrip.ms = 6000;
    QCOMPARE(judge(m, {}, kNow).severity, Severity::Warning);
    // Asked for, but not tried (the servers did not answer): the other findings say why.
    m.roundTrip = {};
    m.roundTrip.error = QStringLiteral("Not tried");
    QVERIFY(!judge(m, {}, kNow).finding(QStringLiteral("roundtrip")));
}

void TestVerifyVerdict::driftVerdict()
{
    VerifyMeasurement m = healthy();
    for (int i = 0; i < 7; ++i) {
        DriftEntry e;
        e.path = QStringLiteral("config/file%1.properties").arg(i);
        e.newer = DriftEntry::Newer::Secondary;
        m.drift.entries << e;
    }
    VerifyVerdict v = judge(m, {}, kNow);
    QCOMPARE(v.severity, Severity::Warning);
    const VerifyFinding *f = v.finding(QStringLiteral("drift"));
    QVERIFY2(f->message.contains(QStringLiteral("config/file0.properties")), qPrintable(f->message));
    QVERIFY2(f->message.contains(QStringLiteral("config/file4.properties")), qPrintable(f->message));
    QVERIFY2(!f->message.contains(QStringLiteral("config/file5.properties")), qPrintable(f->message));

    m = healthy();
    m.drift = {};
    m.drift.error = QStringLiteral("Not compared: both servers must answer over SSH.");
    QCOMPARE(judge(m, {}, kNow).finding(QStringLiteral("drift"))->severity, Severity::Warning);
    m.parts &= ~VerifyParts(VerifyPart::Drift);
    QVERIFY(!judge(m, {}, kNow).finding(QStringLiteral("drift")));
}

void TestVerifyVerdict::certificates_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("source");
    QTest::addColumn<QStringList>("ips");
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("says");
    const QStringList p{QStringLiteral("192.0.2.21")}, s{QStringLiteral("192.0.2.22")};
    const int hs = int(CertificateInfo::Source::Handshake), file = int(CertificateInfo::Source::ServerFile),
              none = int(CertificateInfo::Source::None);
    QTest::newRow("fine") << Role::Primary << hs << p << 400 << int(Severity::Ok) << QStringLiteral("self-signed");
    QTest::newRow("expires soon") << Role::Primary << hs << p << 10 << int(Severity::Warning)
                                  << QStringLiteral("in 10 day");
    QTest::newRow("expired") << Role::Primary << hs << p << -1 << int(Severity::Critical) << QStringLiteral("expired");
    QTest::newRow("other address") << Role::Primary << hs << s << 400 << int(Severity::Warning)
                                   << QStringLiteral("does not cover 192.0.2.21");
    QTest::newRow("primary not answering")
        << Role::Primary << none << QStringList() << 0 << int(Severity::Warning) << QStringLiteral("does not answer");
    QTest::newRow("standby stopped, no file")
        << Role::Secondary << none << QStringList() << 0 << int(Severity::Ok) << QStringLiteral("Not checked");
    QTest::newRow("standby file, other address")
        << Role::Secondary << file << p << 400 << int(Severity::Warning) << QStringLiteral("does not cover 192.0.2.22");
    QTest::newRow("standby file, also primary's")
        << Role::Secondary << file << (p + s) << 400 << int(Severity::Ok) << QStringLiteral("also covers 192.0.2.21");
}

void TestVerifyVerdict::certificates()
{
    QFETCH(QString, role);
    QFETCH(int, source);
    QFETCH(QStringList, ips);
    QFETCH(int, daysLeft);
    QFETCH(int, severity);
    QFETCH(QString, says);
    VerifyMeasurement m = healthy();
    const QString host = role == Role::Primary ? m.primaryHost : m.secondaryHost;
    CertificateInfo c = cert(role, host, CertificateInfo::Source(source), ips, kNow.addDays(daysLeft));
    if (source == int(CertificateInfo::Source::None)) {
        c = {};
        c.role = role;
        c.host = host;
        c.connectError = QStringLiteral("nothing answers on port 8443");
    }
    if (role == Role::Secondary) {
        c.otherAddress = m.primaryHost;
        c.coversOtherAddress = certificateCovers({}, ips, m.primaryHost);
    }
    m.certificates[role == Role::Primary ? 0 : 1] = c;
    const VerifyVerdict v = judge(m, {}, kNow);
    const VerifyFinding *f = v.finding(QStringLiteral("certificate"), role);
    QVERIFY(f);
    QCOMPARE(int(f->severity), severity);
    QVERIFY2(f->message.contains(says), qPrintable(f->message));
    QCOMPARE(int(v.severity), severity);
}

void TestVerifyVerdict::worstWinsAndCountsOthers()
{
    VerifyMeasurement m = healthy();
    m.secondary.replayPaused = true;               // warning
    m.certificates[0].notAfter = kNow.addDays(-3); // critical
    const VerifyVerdict v = judge(m, {}, kNow);
    QCOMPARE(v.severity, Severity::Critical);
    QVERIFY2(v.headline.contains(QStringLiteral("expired")), qPrintable(v.headline));
    QVERIFY2(v.headline.contains(QStringLiteral("1 other")), qPrintable(v.headline));
    QCOMPARE(VerifyVerdict::severityName(v.severity), QStringLiteral("critical"));
    QCOMPARE(v.toJson().value(QStringLiteral("findings")).toArray().size(), v.findings.size());
    QCOMPARE(v.findings.first().toCheck().status, CheckResult::Status::Ok);

    VerifyMeasurement nothing;
    QCOMPARE(judge(nothing, {}, kNow).severity, Severity::Critical);
}

void TestVerifyVerdict::carriesSlowerParts()
{
    const VerifyMeasurement full = healthy();
    VerifyMeasurement quick = healthy();
    quick.parts = VerifyPart::Replication;
    quick.drift = {};
    quick.certificates.clear();
    quick.takeMissingPartsFrom(full);
    QVERIFY(quick.parts.testFlag(VerifyPart::Drift));
    QVERIFY(quick.parts.testFlag(VerifyPart::Certificates));
    QCOMPARE(quick.certificates.size(), 2);
    QVERIFY(quick.drift.checked);
    QVERIFY(!quick.parts.testFlag(VerifyPart::RoundTrip));
}

void TestVerifyVerdict::reportJsonAndText()
{
    VerifyMeasurement m = healthy();
    m.parts |= VerifyPart::RoundTrip;
    m.roundTrip.attempted = m.roundTrip.ok = true;
    m.roundTrip.ms = 14;
    const QJsonObject o = measurementToJson(m);
    QCOMPARE(o.value(QStringLiteral("parts")).toArray().size(), 4);
    const QJsonObject row = o[QStringLiteral("primary")][QStringLiteral("replication")][0].toObject();
    for (const char *key : {"applicationName", "clientAddress", "state", "syncState", "sentLsn", "writeLsn", "flushLsn",
                            "replayLsn", "writeLagSeconds", "flushLagSeconds", "replayLagSeconds"})
        QVERIFY2(row.contains(QString::fromLatin1(key)), key);
    const QJsonObject slot = o[QStringLiteral("primary")][QStringLiteral("slots")][0].toObject();
    QCOMPARE(slot.value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(slot.value(QStringLiteral("retainedBytes")).toDouble(), 0.0);
    const QJsonObject sec = o.value(QStringLiteral("secondary")).toObject();
    QCOMPARE(sec.value(QStringLiteral("delayBytes")).toDouble(), 0.0);
    QCOMPARE(sec[QStringLiteral("receiver")][QStringLiteral("status")].toString(), QStringLiteral("streaming"));
    QCOMPARE(o[QStringLiteral("roundTrip")][QStringLiteral("ms")].toInt(), 14);
    QCOMPARE(o[QStringLiteral("certificates")][1][QStringLiteral("source")].toString(), QStringLiteral("server-file"));
    QVERIFY(o[QStringLiteral("secondary")][QStringLiteral("lastReplayTime")].toString().endsWith(QLatin1Char('Z')));

    const QString text = measurementText(m).join(QLatin1Char('\n'));
    for (const QString &part : {QStringLiteral("Primary 192.0.2.21"), QStringLiteral("oef_192_0_2_22 from 192.0.2.22"),
                                QStringLiteral("Secondary 192.0.2.22"), QStringLiteral("Write test"),
                                QStringLiteral("Install directories"), QStringLiteral("Certificates")})
        QVERIFY2(text.contains(part), qPrintable(text));

    Plan plan;
    const QJsonObject report = verifyReportJson(
        plan, m, judge(m, {}, kNow), {QStringLiteral("auditor"), QStringLiteral("lab-pc"), QStringLiteral("t 1")});
    QCOMPARE(report.value(QStringLiteral("verdict")).toString(), QStringLiteral("ok"));
    QCOMPARE(report.value(QStringLiteral("user")).toString(), QStringLiteral("auditor"));
    QVERIFY(report.contains(QStringLiteral("measurement")));
}

void TestVerifyVerdict::reportHtmlIsEscaped()
{
    VerifyMeasurement m = healthy();
    DriftEntry e;
    e.path = QStringLiteral("config/<script>alert(1)</script> & \"quoted\".properties");
    e.description = QStringLiteral("content differs (SHA-256)");
    e.newer = DriftEntry::Newer::Secondary;
    m.drift.entries << e;
    Plan plan;
    const QString html = verifyReportHtml(plan, m, judge(m, {}, kNow),
                                          {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;")));
    QVERIFY(html.contains(QStringLiteral("class=\"verdict warn\"")));
    QVERIFY(html.contains(driftNewerText(DriftEntry::Newer::Secondary)));
}

QTEST_GUILESS_MAIN(TestVerifyVerdict)
#include "tst_verifyverdict.moc"
