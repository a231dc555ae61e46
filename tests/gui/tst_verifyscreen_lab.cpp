// The verification screen against the lab, offscreen: for each case of tests/integration/
// tst_verify.cpp (healthy pair, replay paused, the standby's database stopped, a file changed
// on the standby, the primary's certificate installed on the standby) the screen shows the
// same verdict as oe-failover-cli verify: the same severity and the same findings with the
// same severities. The write test on its button; the refresh never piles up. Restores the lab.
#include "../integration/clirunner.h"
#include "../integration/flowharness.h"
#include "../integration/labenv.h"
#include "../integration/labpair.h"
#include "backend/setup/setupflow.h"
#include "backend/verify/verifyverdict.h"
#include "wizard/verify/verifyscreen.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace oef;
using namespace oef::test;
using oef::ui::VerifyScreen;

namespace {
const QString kPrimary = QStringLiteral("primary");
const QString kSecondary = QStringLiteral("secondary");
} // namespace

class TestVerifyScreenLab : public QObject
{
    Q_OBJECT
    LabEnv m_env;
    QTemporaryDir m_tmp;
    HostKeyPolicy m_policy;
    QString m_planFile;

    QString sql(const QString &host, const QString &text, const QString &db = QStringLiteral("postgres"))
    {
        return m_env.psql(host, text, db);
    }
    void writeOnPrimary()
    {
        sql(kPrimary,
            QStringLiteral("CREATE TABLE IF NOT EXISTS oef_verify_test (id serial, t text);"
                           "INSERT INTO oef_verify_test (t) SELECT repeat('x', 500) FROM generate_series(1, 200);"));
    }
    Plan plan() const { return labPlan(m_env, m_env.primary(), m_env.secondary()); }
    Secrets secrets() const { return labSecrets(m_env, {Role::Primary, Role::Secondary}); }

    // The CLI's verdict: severity name and (id, role, severity) of every finding.
    QStringList cliVerdict(QString *severity)
    {
        const QJsonObject pw{{QStringLiteral("password"), m_env.password()}};
        const CliRun r = runCli(
            {QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--plan"), m_planFile,
             QStringLiteral("--secrets"), QStringLiteral("-"), QStringLiteral("--known-hosts"),
             m_policy.knownHostsFile},
            QJsonDocument(QJsonObject{{kPrimary, pw}, {kSecondary, pw}}).toJson(QJsonDocument::Compact), 120000);
        *severity = r.result().value(QStringLiteral("verdict")).toString();
        QStringList out;
        for (const QJsonValue &v : r.result().value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            out << QStringLiteral("%1/%2=%3")
                       .arg(f.value(QStringLiteral("id")).toString(), f.value(QStringLiteral("role")).toString(),
                            f.value(QStringLiteral("severity")).toString());
        }
        return out;
    }
    // The screen's verdict after its first (full) measurement.
    QStringList screenVerdict(QString *severity, QString *shown)
    {
        VerifyScreen screen(plan(), secrets(), m_policy);
        screen.show();
        QSignalSpy updated(&screen, &VerifyScreen::updated);
        screen.start();
        if (!updated.wait(60000))
            return {QStringLiteral("no measurement within 60 s")};
        *severity = VerifyVerdict::severityName(screen.verdict().severity);
        *shown = screen.findChild<QLabel *>(QStringLiteral("verdictLabel"))->text();
        QStringList out;
        for (const VerifyFinding &f : screen.verdict().findings)
            out << QStringLiteral("%1/%2=%3").arg(f.id, f.role, VerifyVerdict::severityName(f.severity));
        return out;
    }
    void compareWithCli(const QString &expected)
    {
        QString cliSeverity, guiSeverity, shown;
        const QStringList cli = cliVerdict(&cliSeverity);
        const QStringList gui = screenVerdict(&guiSeverity, &shown);
        QCOMPARE(cliSeverity, expected);
        QCOMPARE(guiSeverity, cliSeverity);
        QCOMPARE(gui, cli);
        QCOMPARE(shown, VerifyVerdict::severityText(expected == QLatin1String("ok")        ? Severity::Ok
                                                    : expected == QLatin1String("warning") ? Severity::Warning
                                                                                           : Severity::Critical));
    }

private slots:
    void initTestCase()
    {
        OEF_REQUIRE_LAB(m_env);
        QVERIFY(m_tmp.isValid());
        m_policy.knownHostsFile = m_tmp.filePath(QStringLiteral("known_hosts"));
        QVERIFY(m_env.writeKnownHosts(m_policy.knownHostsFile, {m_env.primary(), m_env.secondary()}));
        m_planFile = m_tmp.filePath(QStringLiteral("plan.json"));
        QFile f(m_planFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(plan().toJson()).toJson());
        f.close();
        if (!secondaryStreams(m_env)) {
            QCOMPARE(m_env.lab({QStringLiteral("reset"), kPrimary, kSecondary}), 0);
            Plan p = plan();
            Secrets s = secrets();
            const FlowRun r = runFlow(buildSetupFlow(std::make_shared<SetupState>()), p, s, m_policy);
            QVERIFY2(r.succeeded(), qPrintable(oef::test::describe(r)));
        }
        restoreStreamingPair(m_env);
    }

    void healthyPair() { compareWithCli(QStringLiteral("ok")); }

    void writeTestOnItsButtonAndRefreshWithoutPilingUp()
    {
        VerifyScreen screen(plan(), secrets(), m_policy);
        screen.setRefreshInterval(200); // far shorter than a measurement: ticks are skipped
        screen.show();
        QSignalSpy updated(&screen, &VerifyScreen::updated);
        screen.start();
        QVERIFY(updated.wait(60000));
        auto *button = screen.findChild<QPushButton *>(QStringLiteral("roundTripButton"));
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 30000);
        button->click();
        QTRY_VERIFY_WITH_TIMEOUT(screen.measurement().parts.testFlag(VerifyPart::RoundTrip), 60000);
        QVERIFY2(screen.measurement().roundTrip.ok, qPrintable(screen.measurement().roundTrip.error));
        QVERIFY(screen.measurement().roundTrip.ms >= 0);
        const VerifyFinding *rt = screen.verdict().finding(QStringLiteral("roundtrip"));
        QVERIFY(rt && rt->severity == Severity::Ok);
        QTRY_VERIFY_WITH_TIMEOUT(screen.skippedRefreshes() > 0, 30000);
        QVERIFY(updated.count() >= 2);
        screen.close();
        QVERIFY(!screen.isRunning());
    }

    void replayPaused()
    {
        sql(kSecondary, QStringLiteral("SELECT pg_wal_replay_pause()"));
        writeOnPrimary();
        QTRY_VERIFY_WITH_TIMEOUT(
            sql(kSecondary, QStringLiteral("SELECT pg_last_wal_receive_lsn() > pg_last_wal_replay_lsn()"))
                == QStringLiteral("t"),
            30000);
        auto restore = qScopeGuard([this] { restoreStreamingPair(m_env); });
        compareWithCli(QStringLiteral("warning"));
    }

    void standbyDatabaseStopped()
    {
        QCOMPARE(m_env.lab({QStringLiteral("fault"), QStringLiteral("kill-db"), kSecondary}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            sql(kPrimary, QStringLiteral("SELECT count(*) FROM pg_replication_slots WHERE active")),
            QStringLiteral("0"), 30000);
        auto restore = qScopeGuard([this] { restoreStreamingPair(m_env); });
        compareWithCli(QStringLiteral("critical"));
    }

    void fileChangedOnTheStandby()
    {
        const QString file = QStringLiteral("/var/lib/openelis-global/config/SystemConfiguration.properties");
        const QString keep = QStringLiteral("/var/lib/openelis-global/backups/oef-verify-test.properties");
        int rc = -1;
        m_env.exec(kSecondary,
                   QStringLiteral("set -e; cp -p '%1' '%2'; echo 'site.name=changed' >> '%1'").arg(file, keep), &rc);
        QCOMPARE(rc, 0);
        auto restore = qScopeGuard([&] { m_env.exec(kSecondary, QStringLiteral("mv -f '%2' '%1'").arg(file, keep)); });
        compareWithCli(QStringLiteral("warning"));
    }

    void certificateForAnotherAddress()
    {
        const QString cert = QStringLiteral("/etc/openelis-global/cert.pem");
        const QString keep = QStringLiteral("/etc/openelis-global/cert.pem.oef-test");
        QByteArray pem;
        m_env.lab({QStringLiteral("exec"), kPrimary, QStringLiteral("cat"), cert}, &pem);
        int rc = -1;
        m_env.exec(kSecondary, QStringLiteral("cp -p '%1' '%2'").arg(cert, keep), &rc);
        QCOMPARE(rc, 0);
        m_env.lab({QStringLiteral("exec"), kSecondary, QStringLiteral("sh"), QStringLiteral("-c"),
                   QStringLiteral("cat > '%1'").arg(cert)},
                  nullptr, nullptr, pem);
        auto restore = qScopeGuard([&] { m_env.exec(kSecondary, QStringLiteral("mv -f '%2' '%1'").arg(cert, keep)); });
        compareWithCli(QStringLiteral("warning"));
    }

    void cleanupTestCase()
    {
        if (!m_env.primary().isEmpty())
            sql(kPrimary, QStringLiteral("DROP TABLE IF EXISTS oef_verify_test"));
    }
};

QTEST_MAIN(TestVerifyScreenLab)
#include "tst_verifyscreen_lab.moc"
