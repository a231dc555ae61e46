// oe-failover-cli setup against the lab: bad input and failing pre-checks give a clear message,
// the right exit code, and change nothing on either server; a real run writes a report with
// no secret in it.
#include "clirunner.h"
#include "labenv.h"
#include "secretwatch.h"

#include <QJsonArray>
#include <QtTest>

using namespace oef::test;

class TestCliSetup : public QObject
{
    Q_OBJECT
    LabEnv m_env;
    QTemporaryDir m_tmp;
    QString m_kh;
    std::unique_ptr<SecretWatch> m_watch;

    QJsonObject server(const QString &host, int port = 22) const
    {
        return {{QStringLiteral("host"), host},
                {QStringLiteral("sshPort"), port},
                {QStringLiteral("user"), m_env.user()},
                {QStringLiteral("auth"), QStringLiteral("password")},
                {QStringLiteral("dbPort"), 5432}};
    }
    QString writePlan(const QJsonObject &plan)
    {
        static int n = 0;
        const QString path = m_tmp.filePath(QStringLiteral("plan-%1.json").arg(++n));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QJsonDocument(plan).toJson());
        return path;
    }
    QByteArray secrets(const QString &secondarySudo = {}) const
    {
        QJsonObject s{{QStringLiteral("password"), m_env.password()}};
        if (!secondarySudo.isEmpty())
            s[QStringLiteral("sudoPassword")] = secondarySudo;
        return QJsonDocument(
                   QJsonObject{{QStringLiteral("primary"), QJsonObject{{QStringLiteral("password"), m_env.password()}}},
                               {QStringLiteral("secondary"), s}})
            .toJson(QJsonDocument::Compact);
    }
    CliRun setup(const QJsonObject &plan, const QByteArray &sec, const QStringList &extra = {})
    {
        return runCli(QStringList{QStringLiteral("setup"), QStringLiteral("--json"), QStringLiteral("--yes"),
                                  QStringLiteral("--plan"), writePlan(plan), QStringLiteral("--secrets"),
                                  QStringLiteral("-"), QStringLiteral("--known-hosts"), m_kh}
                          + extra,
                      sec);
    }
    QJsonObject pair(int secondaryPort = 22) const
    {
        return {{QStringLiteral("primary"), server(m_env.primary())},
                {QStringLiteral("secondary"), server(m_env.secondary(), secondaryPort)}};
    }
    QString state(const QString &host)
    {
        return m_env.exec(host, QStringLiteral("cd /var/lib/openelis-global; sha256sum data/pg_hba.conf "
                                               "data/postgresql.auto.conf; ls -a . data backups; "
                                               "docker ps -a --format '{{.Names}} {{.State}}' | sort; "
                                               "for c in $(docker ps -aq); do docker inspect -f '{{.Name}} "
                                               "{{.HostConfig.RestartPolicy.Name}}' $c; done | sort"))
               + m_env.psql(
                   host,
                   QStringLiteral(
                       "SELECT string_agg(slot_name, ',') FROM pg_replication_slots; SELECT pg_is_in_recovery()"));
    }

private slots:
    void initTestCase()
    {
        OEF_REQUIRE_LAB(m_env);
        QVERIFY(m_tmp.isValid());
        m_kh = m_tmp.filePath(QStringLiteral("known_hosts"));
        QVERIFY(m_env.writeKnownHosts(m_kh, {m_env.primary(), m_env.secondary()}));
        QCOMPARE(m_env.lab({QStringLiteral("reset"), QStringLiteral("primary"), QStringLiteral("secondary")}), 0);
        m_watch = std::make_unique<SecretWatch>(QList<QByteArray>{m_env.password().toUtf8()});
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same server twice") << QStringLiteral("same") << 2 << QStringLiteral("same server");
        QTest::newRow("unreachable address") << QStringLiteral("unreachable") << 3 << QStringLiteral("10.77.0.99");
        QTest::newRow("wrong port") << QStringLiteral("port") << 3 << QStringLiteral("refused the connection");
        QTest::newRow("wrong sudo password") << QStringLiteral("sudo") << 3 << QStringLiteral("rejected the password");
        QTest::newRow("missing containers") << QStringLiteral("containers") << 3 << QStringLiteral("does not exist");
        QTest::newRow("too little disk") << QStringLiteral("disk") << 3 << QStringLiteral("needs about");
        QTest::newRow("installDir /var") << QStringLiteral("installDir:/var") << 3
                                         << QStringLiteral("but the plan's install directory /var would");
        QTest::newRow("installDir one level too deep")
            << QStringLiteral("installDir:/var/lib/openelis-global/data") << 3
            << QStringLiteral("would have them in /var/lib/openelis-global/data/data");
    }

    void badInputChangesNothing()
    {
        QFETCH(QString, name);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const QString before = state(QStringLiteral("primary")) + state(QStringLiteral("secondary"));
        QJsonObject plan = pair();
        QByteArray sec = secrets();
        if (name == QLatin1String("same")) {
            plan[QStringLiteral("secondary")] = server(m_env.primary());
        } else if (name == QLatin1String("unreachable")) {
            plan[QStringLiteral("secondary")] = server(
                QStringLiteral("10.77.0.99")); // in the lab's network, nobody there
        } else if (name == QLatin1String("port")) {
            plan = pair(2222);
        } else if (name == QLatin1String("sudo")) {
            sec = secrets(QStringLiteral("not the sudo password"));
        } else if (name == QLatin1String("containers")) {
            plan[QStringLiteral("containers")] = QJsonObject{
                {QStringLiteral("database"), QStringLiteral("no-such-database")},
                {QStringLiteral("app"), QJsonArray{QStringLiteral("openelisglobal-webapp")}}};
        } else if (name.startsWith(QLatin1String("installDir:"))) {
            plan[QStringLiteral("installDir")] = name.section(QLatin1Char(':'), 1);
        } else if (name == QLatin1String("disk")) {
            int rc = 0;
            m_env.exec(QStringLiteral("secondary"),
                       QStringLiteral("mount -t tmpfs -o size=8m oef-test-small /var/lib/openelis-global/backups"),
                       &rc);
            QCOMPARE(rc, 0);
        }
        const CliRun r = setup(plan, sec);
        if (name == QLatin1String("disk"))
            m_env.exec(QStringLiteral("secondary"), QStringLiteral("umount /var/lib/openelis-global/backups"));
        QVERIFY(r.allLinesAreJson);
        QVERIFY2(r.exitCode == exitCode, r.out.right(2500).constData());
        QString text = r.result().value(QStringLiteral("message")).toString()
                       + r.result().value(QStringLiteral("details")).toString();
        for (const QJsonObject &c : r.ofType(QStringLiteral("check")))
            if (c.value(QStringLiteral("status")).toString() == QLatin1String("error"))
                text += QLatin1Char('\n') + c.value(QStringLiteral("message")).toString();
        QVERIFY2(text.contains(expected), qPrintable(text));
        QCOMPARE(state(QStringLiteral("primary")) + state(QStringLiteral("secondary")), before);
    }

    void reportHasNoSecrets()
    {
        const QString report = m_tmp.filePath(QStringLiteral("reports/setup.json"));
        const CliRun r = setup(pair(), secrets(), {QStringLiteral("--report"), report});
        QVERIFY2(r.exitCode == 0, r.out.right(3000).constData());
        QVERIFY(QFile::exists(report));
        QVERIFY(QFile::exists(m_tmp.filePath(QStringLiteral("reports/setup.html"))));
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject j = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(j.value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
        QVERIFY(j.value(QStringLiteral("steps")).toArray().size() >= 6);
        QVERIFY(!r.out.contains(m_env.password().toUtf8()));
        QVERIFY(!r.err.contains(m_env.password().toUtf8()));
        // The replication password (read on the primary) is not in anything the tool wrote either.
        const QString replPw = m_env.exec(
            QStringLiteral("primary"),
            QStringLiteral("cat /var/lib/openelis-global/secrets/backup_datasource.password"));
        QVERIFY(!replPw.isEmpty());
        for (const QString &path : {report, m_tmp.filePath(QStringLiteral("reports/setup.html"))}) {
            QFile rf(path);
            rf.open(QIODevice::ReadOnly);
            const QByteArray data = rf.readAll();
            QVERIFY(!data.contains(m_env.password().toUtf8()));
            QVERIFY(!data.contains(replPw.toUtf8()));
        }
        QVERIFY(!r.out.contains(replPw.toUtf8()));
        // The standby's connection settings name a password file, never the password.
        const QString conf = m_env.exec(QStringLiteral("secondary"),
                                        QStringLiteral("cat /var/lib/openelis-global/data/postgresql.auto.conf"));
        QVERIFY(conf.contains(QStringLiteral("passfile=")));
        QVERIFY(!conf.contains(replPw));
        QCOMPARE(m_env.exec(QStringLiteral("secondary"),
                            QStringLiteral("stat -c %a /var/lib/openelis-global/data/oef-replication.pgpass")),
                 QStringLiteral("600"));
        QCOMPARE(m_env.exec(QStringLiteral("secondary"),
                            QStringLiteral("ls -a /var/lib/openelis-global/backups | grep -c pgpass")),
                 QStringLiteral("0"));
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

QTEST_GUILESS_MAIN(TestCliSetup)
#include "tst_cli_setup.moc"
