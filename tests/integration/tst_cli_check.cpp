// oe-failover-cli check against the lab: exit codes, JSON lines, host key acceptance.
#include "clirunner.h"
#include "labenv.h"
#include "secretwatch.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace oef::test;

class TestCliCheck : public QObject
{
    Q_OBJECT
    LabEnv m_env;
    QTemporaryDir m_tmp;
    std::unique_ptr<SecretWatch> m_watch;

    QString writePlan(const QString &name, const QJsonObject &plan)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QJsonDocument(plan).toJson());
        return path;
    }
    QJsonObject server(const QString &host, int port = 22) const
    {
        return {{QStringLiteral("host"), host},
                {QStringLiteral("sshPort"), port},
                {QStringLiteral("user"), m_env.user()},
                {QStringLiteral("auth"), QStringLiteral("password")},
                {QStringLiteral("dbPort"), 5432}};
    }
    QJsonObject plan(int secondaryPort = 22) const
    {
        return {{QStringLiteral("primary"), server(m_env.primary())},
                {QStringLiteral("secondary"), server(m_env.secondary(), secondaryPort)}};
    }
    QByteArray secrets(const QString &sudoForSecondary = {}) const
    {
        QJsonObject sec{{QStringLiteral("password"), m_env.password()}};
        if (!sudoForSecondary.isEmpty())
            sec[QStringLiteral("sudoPassword")] = sudoForSecondary;
        return QJsonDocument(
                   QJsonObject{{QStringLiteral("primary"), QJsonObject{{QStringLiteral("password"), m_env.password()}}},
                               {QStringLiteral("secondary"), sec}})
            .toJson(QJsonDocument::Compact);
    }

private slots:
    void initTestCase()
    {
        OEF_REQUIRE_LAB(m_env);
        QVERIFY(m_tmp.isValid());
        m_watch = std::make_unique<SecretWatch>(QList<QByteArray>{m_env.password().toUtf8()});
    }

    void badPlanIsExit2()
    {
        QJsonObject p = plan();
        QJsonObject s = server(m_env.secondary());
        s[QStringLiteral("sshPort")] = 70000;
        p[QStringLiteral("secondary")] = s;
        const CliRun r = runCli({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--plan"),
                                 writePlan(QStringLiteral("bad.json"), p), QStringLiteral("--secrets"),
                                 QStringLiteral("-")},
                                secrets());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.allLinesAreJson);
        const QString msg = r.result().value(QStringLiteral("message")).toString();
        QVERIFY2(msg.contains(QStringLiteral("secondary.sshPort")), qPrintable(msg));
        QCOMPARE(r.result().value(QStringLiteral("exitCode")).toInt(), 2);
    }

    void unknownHostKeysAreExit4ThenAccepted()
    {
        const QString kh = m_tmp.filePath(QStringLiteral("ssh/known_hosts")); // ssh/ does not exist yet
        const QString planFile = writePlan(QStringLiteral("plan.json"), plan());
        const QStringList base{
            QStringLiteral("check"),     QStringLiteral("--json"), QStringLiteral("--plan"),        planFile,
            QStringLiteral("--secrets"), QStringLiteral("-"),      QStringLiteral("--known-hosts"), kh};
        CliRun r = runCli(base, secrets());
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.allLinesAreJson);
        const QJsonObject hk = r.check(QStringLiteral("primary"), QStringLiteral("ssh.hostkey"));
        QCOMPARE(hk.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        const QString fpPrimary = m_env.hostKeyFingerprint(m_env.primary());
        const QString fpSecondary = m_env.hostKeyFingerprint(m_env.secondary());
        QVERIFY(hk.value(QStringLiteral("message")).toString().contains(fpPrimary));
        QCOMPARE(
            r.check(QStringLiteral("primary"), QStringLiteral("ssh.login")).value(QStringLiteral("status")).toString(),
            QStringLiteral("skipped"));

        r = runCli(
            base
                + QStringList{QStringLiteral("--accept-host-key"), m_env.primary() + QLatin1Char('=') + fpPrimary,
                              QStringLiteral("--accept-host-key"), m_env.secondary() + QLatin1Char('=') + fpSecondary,
                              QStringLiteral("--report"), m_tmp.filePath(QStringLiteral("reports/report.json"))},
            secrets());
        QVERIFY2(r.exitCode == 0, r.out.constData());
        for (const QString &role : {QStringLiteral("primary"), QStringLiteral("secondary")})
            for (const QString &id : {QStringLiteral("ssh.reach"), QStringLiteral("ssh.hostkey"),
                                      QStringLiteral("ssh.login"), QStringLiteral("sudo"), QStringLiteral("docker"),
                                      QStringLiteral("containers"), QStringLiteral("db.tunnel")})
                QVERIFY2(r.check(role, id).value(QStringLiteral("status")).toString() == QLatin1String("ok"),
                         qPrintable(role + QLatin1Char(' ') + id + QLatin1Char(' ')
                                    + r.check(role, id).value(QStringLiteral("message")).toString()));
        // The report and the known hosts are the operator's alone: files 0600 in directories 0700.
        const QFileDevice::Permissions ownerRw = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const QFileDevice::Permissions ownerRwx = ownerRw | QFileDevice::ExeOwner;
        for (const QString &file : {QStringLiteral("reports/report.json"), QStringLiteral("ssh/known_hosts")}) {
            const QFileInfo info(m_tmp.filePath(file));
            QVERIFY2(info.exists(), qPrintable(file));
            QCOMPARE(info.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerRw);
            const QFileInfo dir(info.absolutePath());
            QCOMPARE(dir.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
                     ownerRwx);
        }

        // Now known: no acceptance needed.
        r = runCli(base, secrets());
        QCOMPARE(r.exitCode, 0);

        // Text mode is readable and says so.
        QStringList textArgs = base;
        textArgs.removeAll(QStringLiteral("--json"));
        r = runCli(textArgs, secrets());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("All checks passed"));
    }

    void failingChecksAreExit3()
    {
        const QString kh = m_tmp.filePath(QStringLiteral("ssh/known_hosts"));
        QVERIFY(m_env.writeKnownHosts(kh, {m_env.primary(), m_env.secondary()}));
        // Wrong sudo password on the secondary.
        CliRun r = runCli({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--plan"),
                           writePlan(QStringLiteral("p1.json"), plan()), QStringLiteral("--secrets"),
                           QStringLiteral("-"), QStringLiteral("--known-hosts"), kh},
                          secrets(QStringLiteral("wrong sudo password")));
        QCOMPARE(r.exitCode, 3);
        const QJsonObject sudo = r.check(QStringLiteral("secondary"), QStringLiteral("sudo"));
        QCOMPARE(sudo.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY(sudo.value(QStringLiteral("message")).toString().contains(QStringLiteral("rejected the password")));
        QCOMPARE(r.check(QStringLiteral("primary"), QStringLiteral("sudo")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));

        // Wrong SSH port.
        r = runCli({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--plan"),
                    writePlan(QStringLiteral("p2.json"), plan(2222)), QStringLiteral("--secrets"), QStringLiteral("-"),
                    QStringLiteral("--known-hosts"), kh},
                   secrets());
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.check(QStringLiteral("secondary"), QStringLiteral("ssh.reach"))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("error"));

        // Containers that do not exist.
        QJsonObject p = plan();
        p[QStringLiteral("containers")] = QJsonObject{
            {QStringLiteral("database"), QStringLiteral("no-such-db")},
            {QStringLiteral("app"), QJsonArray{QStringLiteral("no-such-app")}}};
        r = runCli({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--plan"),
                    writePlan(QStringLiteral("p3.json"), p), QStringLiteral("--secrets"), QStringLiteral("-"),
                    QStringLiteral("--known-hosts"), kh},
                   secrets());
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(
            r.check(QStringLiteral("primary"), QStringLiteral("containers")).value(QStringLiteral("status")).toString(),
            QStringLiteral("error"));
    }

    void cleanupTestCase()
    {
        if (!m_watch)
            return;
        m_watch->stop();
        QVERIFY2(m_watch->findings().isEmpty(), qPrintable(m_watch->findings().join(QLatin1Char('\n'))));
        QVERIFY2(m_watch->scanFiles(m_tmp.path()).isEmpty(),
                 qPrintable(m_watch->scanFiles(m_tmp.path()).join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
