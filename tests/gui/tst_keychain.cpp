// QtKeychain round trip against a real Secret Service (tests/gui/with-keyring.sh provides a
// private session bus and an unlocked, throwaway GNOME keyring). Never the insecure fallback.
#include <QCoreApplication>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <qt6keychain/keychain.h>

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();

private:
    static bool run(QKeychain::Job &job);

    QString m_service;
};

bool TestKeychain::run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    return finished.count() > 0 || finished.wait(20000);
}

void TestKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session bus: run this test through tests/gui/with-keyring.sh.");
    m_service =
        QStringLiteral("oe-failover-test-%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

void TestKeychain::roundTrip_data()
{
    QTest::addColumn<QString>("secret");
    QTest::newRow("plain") << QStringLiteral("Hello Remote World!");
    QTest::newRow("shell and quotes") << QStringLiteral("p@ss'w\"o$rd; rm -rf / `x`");
    QTest::newRow("non-ASCII") << QStringLiteral("mot de passe é à ç — ünïcødé ✓");
    QTest::newRow("newlines") << QStringLiteral("line one\nline two\n");
}

void TestKeychain::roundTrip()
{
    QFETCH(QString, secret);
    const QString key = QStringLiteral("sudo@%1").arg(QString::fromLatin1(QTest::currentDataTag()));

    QKeychain::WritePasswordJob write(m_service);
    write.setKey(key);
    write.setTextData(secret);
    QVERIFY2(run(write), "write did not finish");
    QVERIFY2(write.error() == QKeychain::NoError, qPrintable(write.errorString()));

    QKeychain::ReadPasswordJob read(m_service);
    read.setKey(key);
    QVERIFY2(run(read), "read did not finish");
    QVERIFY2(read.error() == QKeychain::NoError, qPrintable(read.errorString()));
    QCOMPARE(read.textData(), secret);

    QKeychain::DeletePasswordJob remove(m_service);
    remove.setKey(key);
    QVERIFY2(run(remove), "delete did not finish");
    QVERIFY2(remove.error() == QKeychain::NoError, qPrintable(remove.errorString()));

    QKeychain::ReadPasswordJob readAgain(m_service);
    readAgain.setKey(key);
    QVERIFY2(run(readAgain), "second read did not finish");
    QCOMPARE(readAgain.error(), QKeychain::EntryNotFound);
    QVERIFY(readAgain.textData().isEmpty());
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
