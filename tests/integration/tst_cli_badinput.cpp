// oe-failover-cli with bad command lines and bad plans: each is refused with exit 2 (3 for
// verify, DESIGN.md section 9), one JSON result line that says why, and no server contacted
// (the plans name TEST-NET addresses that nothing answers on; a contact would time out).
#include "clirunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace oef::test;

namespace {

const QByteArray kSetupPlan = R"({"primary": {"host": "192.0.2.21", "user": "u", "auth": "password"},
                                  "secondary": {"host": "192.0.2.22", "user": "u", "auth": "password"}})";
const QByteArray kFailoverPlan = R"({"oldPrimary": {"host": "192.0.2.21", "user": "u", "auth": "password"},
                                     "newPrimary": {"host": "192.0.2.22", "user": "u", "auth": "password"}})";
const QByteArray kSecrets = R"({"primary": {"password": "x"}, "secondary": {"password": "x"},
                                "oldPrimary": {"password": "x"}, "newPrimary": {"password": "x"}})";

} // namespace

class TestCliBadInput : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

    QString write(const QString &name, const QByteArray &data)
    {
        QFile f(m_tmp.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(data);
        return f.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY(!write(QStringLiteral("setup.json"), kSetupPlan).isEmpty());
        QVERIFY(!write(QStringLiteral("failover.json"), kFailoverPlan).isEmpty());
        QVERIFY(!write(QStringLiteral("dup.json"), R"({"primary": {"host": "192.0.2.21", "user": "u"},
            "secondary": {"host": "192.0.2.22", "user": "u", "host": "192.0.2.23"}})")
                     .isEmpty());
        QCOMPARE(::mkfifo(QFile::encodeName(m_tmp.filePath(QStringLiteral("fifo.json"))).constData(), 0600), 0);
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        const QString setup = m_tmp.filePath(QStringLiteral("setup.json"));
        const QString failover = m_tmp.filePath(QStringLiteral("failover.json"));
        const QString p = QStringLiteral("--plan");
        const QString s = QStringLiteral("--secrets");
        const QString dash = QStringLiteral("-");

        QTest::newRow("--plan twice") << QStringList{QStringLiteral("check"), p, setup, p, setup, s, dash} << 2
                                      << QStringLiteral("--plan is given more than once");
        QTest::newRow("--secrets twice") << QStringList{QStringLiteral("check"), p, setup, s, dash, s, dash} << 2
                                         << QStringLiteral("--secrets is given more than once");
        QTest::newRow("switchover and primary-is-down")
            << QStringList{QStringLiteral("failover"), p, failover, s, dash, QStringLiteral("--switchover"),
                           QStringLiteral("--primary-is-down")}
            << 2 << QStringLiteral("--switchover and --primary-is-down cannot be used together");
        QTest::newRow("restart and primary-is-down")
            << QStringList{QStringLiteral("failover"), p, failover, s, dash, QStringLiteral("--restart-old-primary"),
                           QStringLiteral("--primary-is-down")}
            << 2 << QStringLiteral("--restart-old-primary and --primary-is-down cannot be used together");
        QTest::newRow("switchover for setup")
            << QStringList{QStringLiteral("setup"), p, setup, s, dash, QStringLiteral("--switchover")} << 2
            << QStringLiteral("--switchover only applies to failover");
        QTest::newRow("round-trip for check")
            << QStringList{QStringLiteral("check"), p, setup, s, dash, QStringLiteral("--round-trip")} << 2
            << QStringLiteral("--round-trip only applies to verify");
        QTest::newRow("full-copy for verify")
            << QStringList{QStringLiteral("verify"), p, setup, s, dash, QStringLiteral("--full-copy")} << 3
            << QStringLiteral("--full-copy only applies to setup, failover");
        QTest::newRow("check with a failover plan")
            << QStringList{QStringLiteral("check"), p, failover, s, dash} << 2 << QString();
        QTest::newRow("failover with a setup plan")
            << QStringList{QStringLiteral("failover"), p, setup, s, dash} << 2 << QString();
        QTest::newRow("verify with a missing plan")
            << QStringList{QStringLiteral("verify"), p, m_tmp.filePath(QStringLiteral("none.json")), s, dash} << 3
            << QStringLiteral("none.json");
        QTest::newRow("plan with a key twice")
            << QStringList{QStringLiteral("check"), p, m_tmp.filePath(QStringLiteral("dup.json")), s, dash} << 2
            << QStringLiteral("secondary.host: is given twice");
        QTest::newRow("plan is a FIFO")
            << QStringList{QStringLiteral("check"), p, m_tmp.filePath(QStringLiteral("fifo.json")), s, dash} << 2
            << QStringLiteral("is not a regular file");
        QTest::newRow("secrets from a file name")
            << QStringList{QStringLiteral("check"), p, setup, s, QStringLiteral("/etc/passwd")} << 2
            << QStringLiteral("--secrets only reads standard input");
        QTest::newRow("two commands") << QStringList{QStringLiteral("check"), QStringLiteral("setup"), p, setup} << 2
                                      << QStringLiteral("Give exactly one command");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("check"), QStringLiteral("--plna"), setup} << 2
                                        << QStringLiteral("plna");
        QTest::newRow("unknown option for verify")
            << QStringList{QStringLiteral("verify"), QStringLiteral("--plna"), setup} << 3 << QStringLiteral("plna");
    }

    void refused()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        QElapsedTimer clock;
        clock.start();
        const CliRun r = runCli(QStringList{QStringLiteral("--json")} + args, kSecrets, 60000);
        QCOMPARE(r.exitCode, exitCode);
        const QString all = QString::fromUtf8(r.out + r.err);
        QVERIFY2(all.contains(says), qPrintable(all));
        // Refused before any server is asked: nothing answers on 192.0.2.x, so a contact would
        // take the connection timeout; and no check line was printed.
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(r.ofType(QStringLiteral("check")).isEmpty());
        if (!r.result().isEmpty())
            QCOMPARE(r.result().value(QStringLiteral("exitCode")).toInt(), exitCode);
    }

    void onlyOneResultLine()
    {
        const QStringList args{QStringLiteral("--json"), QStringLiteral("check"), QStringLiteral("--plan"),
                               m_tmp.filePath(QStringLiteral("failover.json")), QStringLiteral("--secrets"),
                               QStringLiteral("-")};
        const CliRun r = runCli(args, kSecrets, 60000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.allLinesAreJson);
        QCOMPARE(r.ofType(QStringLiteral("result")).size(), 1);
    }

    void helpAllIsHelp()
    {
        for (const QString &opt : {QStringLiteral("--help"), QStringLiteral("--help-all")}) {
            const CliRun r = runCli({opt});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains("--plan"), r.out.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "tst_cli_badinput.moc"
