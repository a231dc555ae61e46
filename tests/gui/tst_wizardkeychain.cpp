// "Remember on this computer" against a real Secret Service (run through with-keyring.sh):
// ticked, the credentials go to the keychain and are filled in by the next wizard; unticked,
// they are removed; never in a settings file.
#include "wizard/setup/credentialspage.h"
#include "wizard/widgets/credentialstore.h"
#include "wizarddriver.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace oef;
using namespace oef::ui;
using namespace oef::test;

class TestWizardKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rememberInKeychain();

private:
    QTemporaryDir m_dir;
};

void TestWizardKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session bus: run this test through tests/gui/with-keyring.sh.");
    QVERIFY(m_dir.isValid());
    const QString config = m_dir.filePath(QStringLiteral("config"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config);
    QStandardPaths::setTestModeEnabled(true);
    qputenv("OEF_KNOWN_HOSTS", m_dir.filePath(QStringLiteral("known_hosts")).toUtf8());
}

void TestWizardKeychain::rememberInKeychain()
{
    const QString password = QStringLiteral("p@ss'w\"o$rd; é ✓ Hello Remote World!");
    const QString key = CredentialStore::keyFor(QStringLiteral("10.77.0.11"), 22, QStringLiteral("kcadmin"));
    {
        SetupWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QVERIFY(goForward(wizard));
        fillServers(wizard, QStringLiteral("10.77.0.11"), QStringLiteral("10.77.0.12"));
        QVERIFY(goForward(wizard));
        fillCredentials(wizard, QStringLiteral("kcadmin"), password);
        CredentialsForm *form = wizard.credentialsPage()->form(Role::Primary);
        QSignalSpy notFound(wizard.credentialStore(), &CredentialStore::notFound);
        QTest::keyClick(form->userEdit(), Qt::Key_Tab); // looks the login up
        QTRY_COMPARE_WITH_TIMEOUT(notFound.count(), 1, 20000);
        QVERIFY(form->rememberCheck()->isEnabled());
        QVERIFY(!form->rememberCheck()->isChecked());
        form->rememberCheck()->click();
        QSignalSpy saved(wizard.credentialStore(), &CredentialStore::saved);
        QVERIFY(goForward(wizard));                          // saves, asynchronously
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() >= 2, 20000); // the primary and the secondary
        QStringList keys;
        for (const auto &args : saved)
            keys << args.first().toString();
        QVERIFY2(keys.contains(key), qPrintable(keys.join(QLatin1Char(' '))));
    }
    {
        SetupWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QVERIFY(goForward(wizard));
        fillServers(wizard, QStringLiteral("10.77.0.11"), QStringLiteral("10.77.0.12"));
        QVERIFY(goForward(wizard));
        CredentialsForm *form = wizard.credentialsPage()->form(Role::Primary);
        QVERIFY(!canGoForward(wizard));
        typeInto(form->userEdit(), QStringLiteral("kcadmin"));
        QTest::keyClick(form->userEdit(), Qt::Key_Tab);
        QTRY_COMPARE_WITH_TIMEOUT(form->passwordEdit()->text(), password, 20000);
        QVERIFY(form->rememberCheck()->isChecked());
        QVERIFY(canGoForward(wizard));
        QCOMPARE(wizard.secrets().forRole(Role::Primary).password.utf8(), password.toUtf8());
        // Unticking forgets it.
        form->rememberCheck()->click();
        QSignalSpy forgotten(wizard.credentialStore(), &CredentialStore::forgotten);
        QVERIFY(goForward(wizard));
        QTRY_VERIFY_WITH_TIMEOUT(forgotten.count() >= 1, 20000);
    }
    {
        CredentialStore store;
        QSignalSpy notFound(&store, &CredentialStore::notFound);
        store.load(key);
        QTRY_COMPARE_WITH_TIMEOUT(notFound.count(), 1, 20000);
    }
    // Never in a settings file.
    QDirIterator it(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(password.toUtf8()), qPrintable(f.fileName()));
    }
}

QTEST_MAIN(TestWizardKeychain)
#include "tst_wizardkeychain.moc"
