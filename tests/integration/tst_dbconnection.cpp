// libpq through a channel of an open SSH session (DbConnection) and the tool's pool of such
// connections (DbPool), against the real lab servers.
#include "backend/core/plan.h"
#include "backend/remote/dbconnection.h"
#include "backend/remote/dbpool.h"
#include "backend/remote/remoteops.h"
#include "backend/remote/serverpool.h"
#include "backend/remote/sshsession.h"
#include "labenv.h"
#include "secretwatch.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace oef;
using namespace std::chrono_literals;

namespace {
// A role for these tests, with an awkward password; never the product's own role.
const QString kTestRole = QStringLiteral("oef_test_libpq");
const QString kTestPassword = QStringLiteral("pw with 'quotes' \"dq\" $HOME ; \\ é");

QString sqlLiteral(QString v)
{
    return QLatin1Char('\'') + v.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}
} // namespace

class TestDbConnection : public QObject
{
    Q_OBJECT

private:
    test::LabEnv m_env;
    QTemporaryDir m_tmp;
    HostKeyPolicy m_policy;
    Plan m_plan;
    Secrets m_secrets;
    std::unique_ptr<test::SecretWatch> m_watch;

    std::unique_ptr<SshSession> session(const QString &host)
    {
        ServerSpec s;
        s.host = host;
        s.user = m_env.user();
        ServerSecrets sec;
        sec.password = SecretString(m_env.password());
        auto ssh = std::make_unique<SshSession>();
        if (!ssh->connect(s, sec, m_policy, 10s))
            qWarning() << ssh->lastError().message;
        return ssh;
    }
    bool openTestRole(DbConnection &db, SshSession &ssh, const QString &password = kTestPassword)
    {
        return db.open(ssh, 5432, kTestRole, SecretString(password), QStringLiteral("postgres"), 10s);
    }
    QStringList tempDirs() const { return QDir(QDir::tempPath()).entryList({QStringLiteral("oef-db-*")}, QDir::Dirs); }

private slots:
    void initTestCase()
    {
        OEF_REQUIRE_LAB(m_env);
        QVERIFY(m_tmp.isValid());
        m_policy.knownHostsFile = m_tmp.filePath(QStringLiteral("known_hosts"));
        QVERIFY(m_env.writeKnownHosts(m_policy.knownHostsFile, {m_env.primary(), m_env.secondary()}));
        QCOMPARE(m_env.lab({QStringLiteral("reset"), QStringLiteral("primary"), QStringLiteral("secondary")}), 0);
        m_env.psql(QStringLiteral("primary"), QStringLiteral("DROP ROLE IF EXISTS %1; CREATE ROLE %1 LOGIN PASSWORD %2")
                                                  .arg(kTestRole, sqlLiteral(kTestPassword)));
        QCOMPARE(m_env.psql(QStringLiteral("primary"),
                            QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(kTestRole)),
                 QStringLiteral("1"));
        m_plan.kind = Plan::Kind::Setup;
        for (const QString &role : {Role::Primary, Role::Secondary}) {
            ServerSpec s;
            s.host = role == Role::Primary ? m_env.primary() : m_env.secondary();
            s.user = m_env.user();
            m_plan.servers.insert(role, s);
            m_secrets.forRole(role).password = SecretString(m_env.password());
        }
        m_watch = std::make_unique<test::SecretWatch>(
            QList<QByteArray>{m_env.password().toUtf8(), kTestPassword.toUtf8()});
    }

    void cleanupTestCase()
    {
        m_env.psql(QStringLiteral("primary"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(kTestRole));
        m_env.exec(QStringLiteral("primary"),
                   QStringLiteral("rm -f /var/lib/openelis-global/secrets/oe_failover.password"));
        if (m_watch) {
            m_watch->stop();
            QVERIFY2(m_watch->findings().isEmpty(), qPrintable(m_watch->findings().join(QLatin1Char('\n'))));
        }
    }

    void queriesWithParametersOverTheSession()
    {
        auto ssh = session(m_env.primary());
        QVERIFY(ssh->isConnected());
        const QStringList before = tempDirs();
        DbConnection db;
        QVERIFY2(openTestRole(db, *ssh), qPrintable(db.lastError()));
        QVERIFY(db.isOpen());
        // The private directory of the socket pair is gone once libpq is connected.
        QCOMPARE(tempDirs(), before);
        const QString awkward = QStringLiteral("Hello Remote World! 'q' \"d\" $x ; \n é");
        QCOMPARE(db.scalar(QStringLiteral("SELECT $1::text"), {awkward}), awkward);
        QCOMPARE(db.scalar(QStringLiteral("SELECT $1::int + $2::int"), {QStringLiteral("40"), QStringLiteral("2")}),
                 QStringLiteral("42"));
        // The connection really ends on that server.
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT system_identifier::text FROM pg_control_system()")),
            m_env.psql(QStringLiteral("primary"), QStringLiteral("SELECT system_identifier FROM pg_control_system()")));
        // The session still runs commands between queries, and the connection goes on after.
        const CommandResult r = ssh->run({QStringLiteral("echo"), {QStringLiteral("between")}, {}, 10s, false, {}});
        QCOMPARE(r.stdOut.trimmed(), QByteArray("between"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT 'still here'")), QStringLiteral("still here"));
    }

    void manyQueriesAreFast()
    {
        auto ssh = session(m_env.primary());
        DbConnection db;
        QVERIFY2(openTestRole(db, *ssh), qPrintable(db.lastError()));
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 100; ++i)
            QCOMPARE(db.scalar(QStringLiteral("SELECT $1::int"), {QString::number(i)}), QString::number(i));
        qInfo() << "100 queries:" << t.elapsed() << "ms";
        // Each a round trip through sshd: no 40 ms delayed-ACK stall per query.
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
    }

    void largeResultAndErrors()
    {
        auto ssh = session(m_env.primary());
        DbConnection db;
        QVERIFY2(openTestRole(db, *ssh), qPrintable(db.lastError()));
        // 4 MB in one answer: the pump's flow control in both directions.
        QCOMPARE(db.scalar(QStringLiteral("SELECT length(repeat('x', 4 * 1024 * 1024))")), QStringLiteral("4194304"));
        const PgResult big = db.exec(
            QStringLiteral("SELECT repeat(md5(g::text), 1000) FROM generate_series(1, 100) g"));
        QVERIFY(big);
        QCOMPARE(PQntuples(big.get()), 100);
        // An error keeps the connection usable.
        QVERIFY(!db.exec(QStringLiteral("SELECT 1/0")));
        QCOMPARE(db.lastSqlState(), QStringLiteral("22012"));
        QVERIFY(db.lastError().contains(QLatin1String("division by zero")));
        QVERIFY(db.isOpen());
        QCOMPARE(db.scalar(QStringLiteral("SELECT 'after the error'")), QStringLiteral("after the error"));
        // Notices arrive while a statement runs.
        QVERIFY(db.send(QStringLiteral("DO $$ BEGIN RAISE NOTICE 'oef-ready'; PERFORM pg_sleep(0.3); END $$")));
        QElapsedTimer t;
        t.start();
        QVERIFY(db.waitNotice(QStringLiteral("oef-ready"), 5s));
        QVERIFY2(t.elapsed() < 250, qPrintable(QString::number(t.elapsed())));
        QVERIFY(db.result(5s));
    }

    void timeoutCancelAndWrongPassword()
    {
        auto ssh = session(m_env.primary());
        {
            DbConnection db;
            QVERIFY(!openTestRole(db, *ssh, QStringLiteral("wrong")));
            QCOMPARE(db.lastSqlState(), QStringLiteral("28P01"));
            QVERIFY(!db.lastError().contains(QLatin1String("wrong")));
        }
        DbConnection db;
        QVERIFY2(openTestRole(db, *ssh), qPrintable(db.lastError()));
        QElapsedTimer t;
        t.start();
        QVERIFY(!db.exec(QStringLiteral("SELECT pg_sleep(10)"), {}, 500ms));
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(!db.isOpen()); // closed: the statement ends with the connection
        std::atomic_bool cancel{false};
        DbConnection again;
        QVERIFY(openTestRole(again, *ssh));
        QVERIFY(again.send(QStringLiteral("SELECT pg_sleep(10)")));
        cancel = true;
        t.restart();
        QVERIFY(!again.result(20s, &cancel));
        QVERIFY(t.elapsed() < 2000);
        QCOMPARE(again.lastError(), QStringLiteral("Cancelled."));
        // The session is fine afterwards.
        const CommandResult r = ssh->run({QStringLiteral("true"), {}, {}, 10s, false, {}});
        QVERIFY(r.ok());
    }

    void twoConnectionsOnOneSession()
    {
        auto ssh = session(m_env.primary());
        DbConnection a, b;
        QVERIFY(openTestRole(a, *ssh));
        QVERIFY(openTestRole(b, *ssh));
        QVERIFY(a.send(QStringLiteral("SELECT pg_sleep(0.2), 'a'")));
        QVERIFY(b.send(QStringLiteral("SELECT 'b'")));
        const PgResult rb = b.result(5s);
        const PgResult ra = a.result(5s);
        QVERIFY(ra && rb);
        QCOMPARE(QString::fromUtf8(PQgetvalue(rb.get(), 0, 0)), QStringLiteral("b"));
        QCOMPARE(QString::fromUtf8(PQgetvalue(ra.get(), 0, 1)), QStringLiteral("a"));
    }

    void poolReadsThePasswordOnceAndKeepsConnections()
    {
        ServerPool pool(m_plan, m_secrets, m_policy);
        DirectContext ctx(m_plan, pool, nullptr);
        QString error;
        DbPool::Failure failure = DbPool::Failure::None;
        m_env.exec(QStringLiteral("primary"),
                   QStringLiteral("rm -f /var/lib/openelis-global/secrets/oe_failover.password"));
        QVERIFY(!pool.databases().connection(ctx, Role::Primary, QStringLiteral("postgres"), &error, &failure));
        QCOMPARE(int(failure), int(DbPool::Failure::NoToolRole));
        QVERIFY(error.contains(QLatin1String("oe_failover.password")));
        // The pool logs in as the tool's role: here the test role stands in for it by name.
        m_env.psql(QStringLiteral("primary"), QStringLiteral("DROP ROLE IF EXISTS %1; CREATE ROLE %1 LOGIN PASSWORD %2")
                                                  .arg(kToolRole, sqlLiteral(kTestPassword)));
        QCOMPARE(
            m_env.lab({QStringLiteral("exec"), QStringLiteral("primary"), QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("umask 077; cat > /var/lib/openelis-global/secrets/oe_failover.password")},
                      nullptr, nullptr, kTestPassword.toUtf8()),
            0);
        DbConnection *first = pool.databases().connection(ctx, Role::Primary, QStringLiteral("postgres"), &error,
                                                          &failure);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->scalar(QStringLiteral("SELECT current_user")), kToolRole);
        // Kept: the same connection next time, and the password file is not read again.
        m_env.exec(QStringLiteral("primary"),
                   QStringLiteral("rm -f /var/lib/openelis-global/secrets/oe_failover.password"));
        QCOMPARE(pool.databases().connection(ctx, Role::Primary, QStringLiteral("postgres"), &error), first);
        DbConnection *other = pool.databases().connection(ctx, Role::Primary, QStringLiteral("template1"), &error);
        QVERIFY2(other && other != first, qPrintable(error));
        // A closed session takes its connections (and the password) with it.
        pool.disconnect(Role::Primary);
        QVERIFY(!pool.databases().connection(ctx, Role::Primary, QStringLiteral("postgres"), &error, &failure));
        QCOMPARE(int(failure), int(DbPool::Failure::NoToolRole));
        m_env.psql(QStringLiteral("primary"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(kToolRole));
    }
};

QTEST_GUILESS_MAIN(TestDbConnection)
#include "tst_dbconnection.moc"
