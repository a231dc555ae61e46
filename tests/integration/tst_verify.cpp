// oe-failover-cli verify and the verification backend against the lab (DESIGN.md section 6):
// a healthy pair is OK (exit 0) with a measured round trip; replay paused on the standby while
// the primary keeps writing is a Warning with the lag measured; the standby's database stopped
// is Critical and names it, and its slot shows inactive with retained WAL growing; a file
// changed in the standby's install directory is named by the drift check; a certificate that
// does not cover the address users type is reported for that address. Each case puts the lab
// back as it found it.
#include "backend/remote/serverpool.h"
#include "backend/setup/setupflow.h"
#include "backend/verify/verify.h"
#include "backend/verify/verifyverdict.h"
#include "clirunner.h"
#include "flowharness.h"
#include "labenv.h"
#include "labpair.h"
#include "secretwatch.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace oef;
using namespace oef::test;

namespace {
const QString kPrimary = QStringLiteral("primary");
const QString kSecondary = QStringLiteral("secondary");
const QString kInstall = QStringLiteral("/var/lib/openelis-global");
} // namespace

class TestVerify : public QObject
{
    Q_OBJECT
    LabEnv m_env;
    QTemporaryDir m_tmp;
    HostKeyPolicy m_policy;
    QString m_planFile;
    std::unique_ptr<SecretWatch> m_watch;

    QByteArray secretsJson() const
    {
        const QJsonObject pw{{QStringLiteral("password"), m_env.password()}};
        return QJsonDocument(QJsonObject{{kPrimary, pw}, {kSecondary, pw}}).toJson(QJsonDocument::Compact);
    }
    CliRun verify(const QStringList &extra = {}, bool json = true)
    {
        QStringList args{QStringLiteral("verify"),    QStringLiteral("--plan"), m_planFile,
                         QStringLiteral("--secrets"), QStringLiteral("-"),      QStringLiteral("--known-hosts"),
                         m_policy.knownHostsFile};
        if (json)
            args << QStringLiteral("--json");
        return runCli(args + extra, secretsJson(), 120000);
    }
    static QJsonObject check(const CliRun &r, const QString &id, const QString &role = {})
    {
        for (const QJsonObject &o : r.ofType(QStringLiteral("check")))
            if (o.value(QStringLiteral("id")).toString() == id
                && (role.isEmpty() || o.value(QStringLiteral("role")).toString() == role))
                return o;
        return {};
    }
    static QString describe(const CliRun &r)
    {
        return QStringLiteral("exit %1\n%2\n%3")
            .arg(r.exitCode)
            .arg(QString::fromUtf8(r.out.right(6000)), QString::fromUtf8(r.err.right(2000)));
    }
    QString sql(const QString &host, const QString &text, const QString &db = QStringLiteral("postgres"))
    {
        return m_env.psql(host, text, db);
    }
    // Writes on the primary (in a table of this test, in the postgres database).
    void writeOnPrimary(int rows = 200)
    {
        sql(kPrimary,
            QStringLiteral("CREATE TABLE IF NOT EXISTS oef_verify_test (id serial, t text);"
                           "INSERT INTO oef_verify_test (t) SELECT repeat('x', 500) FROM generate_series(1, %1);")
                .arg(rows));
    }

private slots:
    void initTestCase()
    {
        OEF_REQUIRE_LAB(m_env);
        QVERIFY(m_tmp.isValid());
        m_policy.knownHostsFile = m_tmp.filePath(QStringLiteral("known_hosts"));
        QVERIFY(m_env.writeKnownHosts(m_policy.knownHostsFile, {m_env.primary(), m_env.secondary()}));
        const QJsonObject server{{QStringLiteral("user"), m_env.user()},
                                 {QStringLiteral("auth"), QStringLiteral("password")}};
        QJsonObject p = server, s = server;
        p[QStringLiteral("host")] = m_env.primary();
        s[QStringLiteral("host")] = m_env.secondary();
        m_planFile = m_tmp.filePath(QStringLiteral("plan.json"));
        QFile f(m_planFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{kPrimary, p}, {kSecondary, s}}).toJson());
        f.close();
        m_watch = std::make_unique<SecretWatch>(QList<QByteArray>{m_env.password().toUtf8()});

        // A replicating pair: the set-up flow, unless the secondary already streams from the
        // primary (another test left it so).
        if (!secondaryStreams(m_env)) {
            QCOMPARE(m_env.lab({QStringLiteral("reset"), kPrimary, kSecondary}), 0);
            Plan plan = labPlan(m_env, m_env.primary(), m_env.secondary());
            Secrets secrets = labSecrets(m_env, {Role::Primary, Role::Secondary});
            const FlowRun r = runFlow(buildSetupFlow(std::make_shared<SetupState>()), plan, secrets, m_policy);
            QVERIFY2(r.succeeded(), qPrintable(oef::test::describe(r)));
        }
        restoreStreamingPair(m_env);
    }

    void healthyPairIsOkWithRoundTrip()
    {
        const QString report = m_tmp.filePath(QStringLiteral("reports/verify.json"));
        const CliRun r = verify({QStringLiteral("--round-trip"), QStringLiteral("--report"), report});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(r.allLinesAreJson);
        const QJsonObject result = r.result();
        QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
        QCOMPARE(result.value(QStringLiteral("verdict")).toString(), QStringLiteral("ok"));
        for (const QJsonObject &c : r.ofType(QStringLiteral("check")))
            QVERIFY2(c.value(QStringLiteral("status")).toString() == QStringLiteral("ok"),
                     qPrintable(QString::fromUtf8(QJsonDocument(c).toJson())));
        const QJsonObject m = result.value(QStringLiteral("measurement")).toObject();
        const QJsonObject rt = m.value(QStringLiteral("roundTrip")).toObject();
        QVERIFY(rt.value(QStringLiteral("ok")).toBool());
        QVERIFY(rt.value(QStringLiteral("ms")).toInt() >= 0);
        QVERIFY(rt.value(QStringLiteral("ms")).toInt() < 15000);
        QVERIFY2(check(r, QStringLiteral("roundtrip"))
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral(" ms")),
                 qPrintable(describe(r)));
        // The row, the slot, the standby, as measured.
        const QJsonArray rows = m[QStringLiteral("primary")][QStringLiteral("replication")].toArray();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(QStringLiteral("clientAddress")).toString(), m_env.secondary());
        QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("streaming"));
        QCOMPARE(row.value(QStringLiteral("syncState")).toString(), QStringLiteral("async"));
        QVERIFY(!row.value(QStringLiteral("replayLsn")).toString().isEmpty());
        const QJsonObject slot = m[QStringLiteral("primary")][QStringLiteral("slots")][0].toObject();
        QCOMPARE(slot.value(QStringLiteral("name")).toString(), standbySlotName(m_env.secondary()));
        QVERIFY(slot.value(QStringLiteral("active")).toBool());
        const QJsonObject sec = m.value(QStringLiteral("secondary")).toObject();
        QVERIFY(sec.value(QStringLiteral("inRecovery")).toBool());
        QCOMPARE(sec[QStringLiteral("receiver")][QStringLiteral("senderHost")].toString(), m_env.primary());
        // The record went into the check database, never into OpenELIS's own.
        QCOMPARE(
            sql(kSecondary, QStringLiteral("SELECT count(*) > 0 FROM oef_roundtrip"), QStringLiteral("oe_failover")),
            QStringLiteral("t"));
        QCOMPARE(sql(kPrimary, QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'oef_roundtrip'"),
                     QStringLiteral("clinlims")),
                 QStringLiteral("0"));
        // The report for the auditor: JSON and HTML, no secret in either.
        QVERIFY(QFile::exists(report));
        const QString html = m_tmp.filePath(QStringLiteral("reports/verify.html"));
        QVERIFY(QFile::exists(html));
        QCOMPARE(result.value(QStringLiteral("reportHtml")).toString(), html);
        QVERIFY(m_watch->scanFiles(m_tmp.filePath(QStringLiteral("reports"))).isEmpty());
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        QVERIFY(page.readAll().contains("verdict ok"));

        // Readable text for people.
        const CliRun text = verify({}, false);
        QCOMPARE(text.exitCode, 0);
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.contains(QStringLiteral("Verdict: OK")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Primary %1: accepts writes").arg(m_env.primary())), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Secondary %1: standby").arg(m_env.secondary())), qPrintable(out));
    }

    void measureFromTheBackendIsQuick()
    {
        Plan plan = labPlan(m_env, m_env.primary(), m_env.secondary());
        Secrets secrets = labSecrets(m_env, {Role::Primary, Role::Secondary});
        ServerPool pool(plan, secrets, m_policy);
        const VerifyMeasurement m = measure(pool);
        const VerifyVerdict v = judge(m);
        QVERIFY2(v.severity == Severity::Ok, qPrintable(v.headline));
        QVERIFY(m.drift.checked);
        QCOMPARE(m.certificates.size(), 2);
        // A second measurement on the same sessions: replication only, as the screen does.
        VerifyOptions quick;
        quick.parts = VerifyPart::Replication;
        const VerifyMeasurement again = measure(pool, quick);
        QVERIFY(again.primary.reach.databaseOk && again.secondary.reach.databaseOk);
        QVERIFY2(again.elapsedMs < 3000, qPrintable(QString::number(again.elapsedMs)));
        // Cancel stops it at once.
        std::atomic_bool cancel{true};
        const VerifyMeasurement cancelled = measure(pool, {}, &cancel);
        QVERIFY(cancelled.cancelled);
    }

    void replayPausedIsWarningWithLag()
    {
        QCOMPARE(sql(kSecondary, QStringLiteral("SELECT pg_wal_replay_pause()")), QString());
        writeOnPrimary();
        // The standby receives the WAL but does not apply it.
        QTRY_VERIFY_WITH_TIMEOUT(
            sql(kSecondary, QStringLiteral("SELECT pg_last_wal_receive_lsn() > pg_last_wal_replay_lsn()"))
                == QStringLiteral("t"),
            30000);
        const CliRun r = verify();
        const CliRun withRoundTrip = verify({QStringLiteral("--round-trip")});
        sql(kSecondary, QStringLiteral("SELECT pg_wal_replay_resume()"));
        restoreStreamingPair(m_env);

        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QCOMPARE(r.result().value(QStringLiteral("outcome")).toString(), QStringLiteral("warning"));
        const QJsonObject replay = check(r, QStringLiteral("secondary.replay"));
        QCOMPARE(replay.value(QStringLiteral("status")).toString(), QStringLiteral("warning"));
        QVERIFY2(replay.value(QStringLiteral("message")).toString().contains(QStringLiteral("paused")),
                 qPrintable(describe(r)));
        const QJsonObject sec = r.result()[QStringLiteral("measurement")][QStringLiteral("secondary")].toObject();
        QVERIFY(sec.value(QStringLiteral("replayPaused")).toBool());
        QVERIFY2(sec.value(QStringLiteral("delayBytes")).toDouble() > 0, qPrintable(describe(r)));
        QVERIFY(sec.value(QStringLiteral("delaySeconds")).toDouble() >= 0);
        QVERIFY(!sec.value(QStringLiteral("delaySeconds")).isNull());
        // Nothing is lost: the standby has stored everything.
        QCOMPARE(check(r, QStringLiteral("replication.standby")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        // The write test cannot see its record, and says why; still a Warning.
        QVERIFY2(withRoundTrip.exitCode == 1, qPrintable(describe(withRoundTrip)));
        QCOMPARE(check(withRoundTrip, QStringLiteral("roundtrip")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("warning"));
    }

    void standbyDatabaseStoppedIsCritical()
    {
        QCOMPARE(m_env.lab({QStringLiteral("fault"), QStringLiteral("kill-db"), kSecondary}), 0);
        const QString slot = standbySlotName(m_env.secondary());
        QTRY_COMPARE_WITH_TIMEOUT(
            sql(kPrimary, QStringLiteral("SELECT active FROM pg_replication_slots WHERE slot_name = '%1'").arg(slot)),
            QStringLiteral("f"), 30000);
        writeOnPrimary();
        const CliRun first = verify();
        writeOnPrimary(2000);
        sql(kPrimary, QStringLiteral("SELECT pg_switch_wal()"));
        const CliRun second = verify();
        restoreStreamingPair(m_env);

        QVERIFY2(first.exitCode == 2, qPrintable(describe(first)));
        const QJsonObject result = first.result();
        QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("critical"));
        const QString headline = result.value(QStringLiteral("headline")).toString();
        QVERIFY2(headline.contains(QStringLiteral("openelisglobal-database")) && headline.contains(m_env.secondary()),
                 qPrintable(headline));
        QCOMPARE(check(first, QStringLiteral("secondary.database")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("error"));
        QCOMPARE(check(first, QStringLiteral("replication.standby")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("error"));
        const QJsonObject slotCheck = check(first, QStringLiteral("slot"));
        QCOMPARE(slotCheck.value(QStringLiteral("status")).toString(), QStringLiteral("warning"));
        QVERIFY2(slotCheck.value(QStringLiteral("message")).toString().contains(slot), qPrintable(describe(first)));
        // Inactive, and the WAL it keeps grows with the primary's work.
        auto slotOf = [&](const CliRun &r) {
            return r.result()[QStringLiteral("measurement")][QStringLiteral("primary")][QStringLiteral("slots")][0]
                .toObject();
        };
        QVERIFY(!slotOf(first).value(QStringLiteral("active")).toBool());
        QVERIFY2(second.exitCode == 2, qPrintable(describe(second)));
        const double before = slotOf(first).value(QStringLiteral("retainedBytes")).toDouble();
        const double after = slotOf(second).value(QStringLiteral("retainedBytes")).toDouble();
        QVERIFY2(after > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        QVERIFY(!slotOf(second).value(QStringLiteral("active")).toBool());
    }

    // What a `docker compose up -d` on the standby does to OpenELIS: its webapp runs again,
    // above the read-only database. Critical, named, with what to do.
    void openElisOnTheStandbyIsCritical()
    {
        const QString webapp = QStringLiteral("openelisglobal-webapp");
        int rc = -1;
        m_env.exec(kSecondary, QStringLiteral("docker start %1").arg(webapp), &rc);
        QCOMPARE(rc, 0);
        const CliRun r = verify();
        m_env.exec(kSecondary, QStringLiteral("docker stop -t 5 %1").arg(webapp), &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        const QJsonObject apps = check(r, QStringLiteral("secondary.apps"));
        QCOMPARE(apps.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY2(apps.value(QStringLiteral("message")).toString().contains(webapp), qPrintable(describe(r)));
        // Stopped again: nothing of it is left in the verdict.
        const CliRun after = verify();
        QVERIFY2(after.exitCode == 0, qPrintable(describe(after)));
        QVERIFY(check(after, QStringLiteral("secondary.apps")).isEmpty());
    }

    void driftNamesTheChangedFile()
    {
        const QString file = kInstall + QStringLiteral("/config/SystemConfiguration.properties");
        const QString keep = kInstall + QStringLiteral("/backups/oef-verify-test.properties");
        int rc = -1;
        m_env.exec(kSecondary,
                   QStringLiteral("set -e; cp -p '%1' '%2'; sleep 1; echo 'site.name=changed by hand' >> '%1'")
                       .arg(file, keep),
                   &rc);
        QCOMPARE(rc, 0);
        const CliRun r = verify();
        m_env.exec(kSecondary, QStringLiteral("mv -f '%2' '%1'").arg(file, keep), &rc);
        QCOMPARE(rc, 0);

        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        const QJsonObject drift = check(r, QStringLiteral("drift"));
        QCOMPARE(drift.value(QStringLiteral("status")).toString(), QStringLiteral("warning"));
        QVERIFY2(drift.value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("config/SystemConfiguration.properties")),
                 qPrintable(describe(r)));
        const QJsonArray entries =
            r.result()[QStringLiteral("measurement")][QStringLiteral("drift")][QStringLiteral("entries")].toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0][QStringLiteral("path")].toString(),
                 QStringLiteral("config/SystemConfiguration.properties"));
        QCOMPARE(entries[0][QStringLiteral("kind")].toString(), QStringLiteral("content"));
        QCOMPARE(entries[0][QStringLiteral("newer")].toString(), QStringLiteral("secondary"));
        // Put back: the same again.
        const CliRun after = verify();
        QVERIFY2(after.exitCode == 0, qPrintable(describe(after)));
    }

    void certificateReportsTheAddressThatDoesNotMatch()
    {
        // The lab's certificates each cover only their own server's address: the standby's
        // does not cover the primary's, which users type today.
        CliRun r = verify();
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QJsonObject standby = check(r, QStringLiteral("certificate"), kSecondary);
        QVERIFY2(standby.value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("does not cover %1").arg(m_env.primary())),
                 qPrintable(describe(r)));
        const QJsonArray certs = r.result()[QStringLiteral("measurement")][QStringLiteral("certificates")].toArray();
        QCOMPARE(certs.size(), 2);
        QCOMPARE(certs[0][QStringLiteral("source")].toString(), QStringLiteral("handshake"));
        QVERIFY(certs[0][QStringLiteral("coversHost")].toBool());
        QCOMPARE(certs[0][QStringLiteral("ipAddresses")].toArray().first().toString(), m_env.primary());
        QVERIFY(certs[0][QStringLiteral("selfSigned")].toBool());
        QCOMPARE(certs[1][QStringLiteral("source")].toString(), QStringLiteral("server-file")); // app stopped
        QVERIFY(!certs[1][QStringLiteral("coversOtherAddress")].toBool());

        // The same certificate as seen for an address it does not cover (a handshake with the
        // primary, judged against the standby's address).
        CertificateInfo info = fetchCertificate(m_env.primary(), 8443, std::chrono::seconds(5));
        QVERIFY2(info.handshakeOk, qPrintable(info.connectError));
        QVERIFY(info.coversHost);
        CertificateInfo other;
        other.host = m_env.secondary();
        const QByteArray pem = [&] {
            QByteArray out;
            m_env.lab({QStringLiteral("exec"), kPrimary, QStringLiteral("cat"),
                       QStringLiteral("/etc/openelis-global/cert.pem")},
                      &out);
            return out;
        }();
        describeCertificate(other, pem, true);
        QVERIFY(!other.coversHost);

        // The primary's certificate installed on the standby by mistake: Warning, for the
        // standby's address.
        const QString cert = QStringLiteral("/etc/openelis-global/cert.pem");
        const QString keep = QStringLiteral("/etc/openelis-global/cert.pem.oef-test");
        int rc = -1;
        m_env.exec(kSecondary, QStringLiteral("cp -p '%1' '%2'").arg(cert, keep), &rc);
        QCOMPARE(rc, 0);
        m_env.lab({QStringLiteral("exec"), kSecondary, QStringLiteral("sh"), QStringLiteral("-c"),
                   QStringLiteral("cat > '%1'").arg(cert)},
                  nullptr, nullptr, pem);
        r = verify();
        m_env.exec(kSecondary, QStringLiteral("mv -f '%2' '%1'").arg(cert, keep), &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        standby = check(r, QStringLiteral("certificate"), kSecondary);
        QCOMPARE(standby.value(QStringLiteral("status")).toString(), QStringLiteral("warning"));
        QVERIFY2(standby.value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("does not cover %1").arg(m_env.secondary())),
                 qPrintable(describe(r)));
    }

    void unknownHostKeyIsCritical()
    {
        const QString emptyKnownHosts = m_tmp.filePath(QStringLiteral("empty_known_hosts"));
        QFile(emptyKnownHosts).open(QIODevice::WriteOnly);
        const CliRun r = runCli({QStringLiteral("verify"), QStringLiteral("--plan"), m_planFile,
                                 QStringLiteral("--secrets"), QStringLiteral("-"), QStringLiteral("--known-hosts"),
                                 emptyKnownHosts, QStringLiteral("--json")},
                                secretsJson());
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY(r.result().value(QStringLiteral("advice")).toString().contains(QStringLiteral("SHA256:")));
    }

    void cleanupTestCase()
    {
        if (m_env.primary().isEmpty())
            return;
        sql(kPrimary, QStringLiteral("DROP TABLE IF EXISTS oef_verify_test"));
        if (m_watch) {
            m_watch->stop();
            QVERIFY2(m_watch->findings().isEmpty(), qPrintable(m_watch->findings().join(QLatin1Char('\n'))));
        }
    }
};

QTEST_GUILESS_MAIN(TestVerify)
#include "tst_verify.moc"
