// Secrets: parsing the stdin JSON, SecretString's copy/move/wipe rules, and the Redactor.
#include "backend/core/plan.h"
#include "backend/core/secrets.h"
#include "backend/core/shellquote.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <algorithm>

#include <vector>

using namespace oef;

namespace {

// What the wipe observer saw: one entry per released buffer.
struct Wiped
{
    const char *data;
    qsizetype size;
    bool allZero;
};
std::vector<Wiped> g_wiped;

void recordWipe(const char *data, qsizetype size)
{
    bool zero = true;
    for (qsizetype i = 0; i < size; ++i)
        zero = zero && data[i] == 0;
    g_wiped.push_back({data, size, zero});
}

// Installs the observer for one test and removes it again.
struct WipeWatch
{
    WipeWatch()
    {
        g_wiped.clear();
        SecretString::setWipeObserverForTesting(&recordWipe);
    }
    ~WipeWatch() { SecretString::setWipeObserverForTesting(nullptr); }
    WipeWatch(const WipeWatch &) = delete;
    WipeWatch &operator=(const WipeWatch &) = delete;

    bool sawWipeOf(const char *data, qsizetype size) const
    {
        for (const Wiped &w : g_wiped) {
            if (w.data == data && w.size == size && w.allZero)
                return true;
        }
        return false;
    }
};

const QString kAwkward = QStringLiteral("Lab pass \"q\" 'x' $HOME; ok");

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void parseExample();
    void parseWipesInput();
    void parseBad_data();
    void parseBad();
    void effectiveSudoPassword();
    void allValuesAndClear();

    void copyIsIndependent();
    void moveLeavesSourceEmpty();
    void selfAssignment();
    void byteArrayConstructorNeverTouchesCallersBuffer();
    void wipeZeroesOnDestruction();
    void wipeZeroesOnClearAndReassign();
    void sharedBufferIsNotOverwritten();

    void redact_data();
    void redact();
    void redactFromSecrets();
    void redactorIgnoresEmpty();
};

void TestSecrets::parseExample()
{
    QByteArray json = R"({
      "primary":   { "password": "p-pass", "sudoPassword": "p-sudo" },
      "secondary": { "keyPassphrase": "s-phrase", "sudoPassword": "s-sudo" }
    })";
    SecretsError error;
    const auto secrets = parseSecrets(json, &error);
    QVERIFY2(secrets, qPrintable(error.message));
    QVERIFY(secrets->hasRole(Role::Primary));
    QVERIFY(secrets->hasRole(Role::Secondary));
    QVERIFY(!secrets->hasRole(Role::NewPrimary));
    QCOMPARE(secrets->forRole(Role::Primary).password.utf8(), QByteArray("p-pass"));
    QCOMPARE(secrets->forRole(Role::Primary).sudoPassword.utf8(), QByteArray("p-sudo"));
    QCOMPARE(secrets->forRole(Role::Secondary).keyPassphrase.utf8(), QByteArray("s-phrase"));
    QVERIFY(secrets->forRole(Role::Secondary).password.isEmpty());

    QByteArray awkward =
        QJsonDocument(QJsonObject{{Role::NewPrimary, QJsonObject{{QStringLiteral("password"), kAwkward}}}}).toJson();
    const auto a = parseSecrets(awkward, &error);
    QVERIFY2(a, qPrintable(error.message));
    QCOMPARE(a->forRole(Role::NewPrimary).password.utf8(), kAwkward.toUtf8());
}

void TestSecrets::parseWipesInput()
{
    QByteArray json = R"({"primary": {"password": "p"}})";
    SecretsError error;
    QVERIFY(parseSecrets(json, &error));
    QVERIFY(json.isEmpty());

    QByteArray bad = R"({"primary": {"password": "p", "oops": 1}})";
    QVERIFY(!parseSecrets(bad, &error));
    QVERIFY(bad.isEmpty());
}

void TestSecrets::parseBad_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");

    QTest::newRow("invalid JSON") << QByteArray(R"({"primary": {"password": "hunter2",}})") << QString();
    QTest::newRow("not an object") << QByteArray(R"(["hunter2"])") << QString();
    QTest::newRow("unknown role") << QByteArray(R"({"primry": {"password": "hunter2"}})") << QStringLiteral("primry");
    QTest::newRow("role not object") << QByteArray(R"({"primary": "hunter2"})") << QStringLiteral("primary");
    QTest::newRow("unknown key") << QByteArray(R"({"primary": {"password": "hunter2", "pasword": "hunter2"}})")
                                 << QStringLiteral("primary.pasword");
    QTest::newRow("number value") << QByteArray(R"({"primary": {"password": 1234}})")
                                  << QStringLiteral("primary.password");
    QTest::newRow("null value") << QByteArray(R"({"secondary": {"sudoPassword": null}})")
                                << QStringLiteral("secondary.sudoPassword");
    QTest::newRow("list value") << QByteArray(R"({"secondary": {"keyPassphrase": ["hunter2"]}})")
                                << QStringLiteral("secondary.keyPassphrase");
}

void TestSecrets::parseBad()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    SecretsError error;
    QVERIFY(!parseSecrets(json, &error));
    QCOMPARE(error.field, field);
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(!error.message.contains(QStringLiteral("hunter2")), qPrintable(error.message));
    QVERIFY(json.isEmpty());
}

void TestSecrets::effectiveSudoPassword()
{
    ServerSecrets s;
    QVERIFY(s.effectiveSudoPassword().isEmpty());
    s.password = SecretString(QStringLiteral("login"));
    QCOMPARE(s.effectiveSudoPassword().utf8(), QByteArray("login"));
    s.sudoPassword = SecretString(QStringLiteral("sudo"));
    QCOMPARE(s.effectiveSudoPassword().utf8(), QByteArray("sudo"));
}

void TestSecrets::allValuesAndClear()
{
    Secrets secrets;
    secrets.forRole(Role::Primary).password = SecretString(QStringLiteral("same"));
    secrets.forRole(Role::Primary).sudoPassword = SecretString(QStringLiteral("same"));
    secrets.forRole(Role::Secondary).keyPassphrase = SecretString(QStringLiteral("phrase"));
    QList<QByteArray> values = secrets.allValues();
    std::sort(values.begin(), values.end());
    QCOMPARE(values, (QList<QByteArray>{"phrase", "same"}));
    values.clear();

    WipeWatch watch;
    secrets.clear();
    QVERIFY(secrets.allValues().isEmpty());
    QVERIFY(!secrets.hasRole(Role::Primary));
    QCOMPARE(g_wiped.size(), std::size_t(3));
    for (const Wiped &w : g_wiped)
        QVERIFY(w.allZero);
}

void TestSecrets::copyIsIndependent()
{
    SecretString a(QStringLiteral("original"));
    SecretString b(a);
    QCOMPARE(b.utf8(), a.utf8());
    QVERIFY(b.c_str() != a.c_str()); // its own storage
    b.clear();
    QVERIFY(b.isEmpty());
    QCOMPARE(a.utf8(), QByteArray("original"));

    SecretString c;
    c = a;
    QVERIFY(c.c_str() != a.c_str());
    QCOMPARE(c.utf8(), QByteArray("original"));
    a.clear();
    QCOMPARE(c.utf8(), QByteArray("original"));
}

void TestSecrets::moveLeavesSourceEmpty()
{
    SecretString a(QStringLiteral("moving"));
    const char *storage = a.c_str();
    SecretString b(std::move(a));
    QVERIFY(a.isEmpty());         // NOLINT(bugprone-use-after-move)
    QCOMPARE(b.c_str(), storage); // the buffer moved, nothing was copied
    QCOMPARE(b.utf8(), QByteArray("moving"));

    SecretString c(QStringLiteral("old value"));
    c = std::move(b);
    QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)
    QCOMPARE(c.utf8(), QByteArray("moving"));
    QCOMPARE(c.c_str(), storage);
}

void TestSecrets::selfAssignment()
{
    SecretString a(QStringLiteral("self"));
    SecretString &ref = a;
    a = ref;
    QCOMPARE(a.utf8(), QByteArray("self"));
    a = std::move(ref);
    QCOMPARE(a.utf8(), QByteArray("self"));
}

void TestSecrets::byteArrayConstructorNeverTouchesCallersBuffer()
{
    WipeWatch watch;
    const QByteArray callers("callers-secret");
    {
        SecretString s(callers); // shared with the caller: a private copy is made
        QVERIFY(s.c_str() != callers.constData());
    }
    QCOMPARE(callers, QByteArray("callers-secret"));
    QCOMPARE(g_wiped.size(), std::size_t(1));

    QByteArray owned("handed-over");
    const char *storage = owned.constData();
    SecretString t(std::move(owned)); // unshared: adopted as is
    QCOMPARE(t.c_str(), storage);
}

void TestSecrets::wipeZeroesOnDestruction()
{
    WipeWatch watch;
    const char *storage = nullptr;
    qsizetype size = 0;
    {
        SecretString s(QStringLiteral("top secret"));
        storage = s.c_str();
        size = s.utf8().size();
        QVERIFY(g_wiped.empty());
    }
    // The observer ran on the very buffer that held the secret, before it was freed, and
    // every byte was zero.
    QCOMPARE(size, qsizetype(10));
    QVERIFY(watch.sawWipeOf(storage, size));
}

void TestSecrets::wipeZeroesOnClearAndReassign()
{
    WipeWatch watch;
    SecretString s(QStringLiteral("first"));
    const char *first = s.c_str();
    s = SecretString(QStringLiteral("second value"));
    QVERIFY(watch.sawWipeOf(first, 5));
    const char *second = s.c_str();
    s.clear();
    QVERIFY(s.isEmpty());
    QVERIFY(watch.sawWipeOf(second, 12));

    SecretString m(QStringLiteral("third"));
    SecretString target(QStringLiteral("overwritten"));
    const char *overwritten = target.c_str();
    g_wiped.clear();
    target = std::move(m);
    // Only the overwritten value was wiped; the moved one is still in use.
    QCOMPARE(g_wiped.size(), std::size_t(1));
    QVERIFY(watch.sawWipeOf(overwritten, 11));
    QCOMPARE(target.utf8(), QByteArray("third"));
}

void TestSecrets::sharedBufferIsNotOverwritten()
{
    // Someone copied utf8(): overwriting would change their value under their feet, so the
    // secret only drops its reference; the copy holder is responsible for it.
    WipeWatch watch;
    QByteArray copy;
    {
        SecretString s(QStringLiteral("shared"));
        copy = s.utf8();
    }
    QCOMPARE(copy, QByteArray("shared"));
    QVERIFY(g_wiped.empty());
}

void TestSecrets::redact_data()
{
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("none") << QStringList() << QStringLiteral("nothing to hide") << QStringLiteral("nothing to hide");
    QTest::newRow("simple") << QStringList{QStringLiteral("hunter2")}
                            << QStringLiteral("password is hunter2, again hunter2.")
                            << QStringLiteral("password is ***, again ***.");
    QTest::newRow("awkward") << QStringList{kAwkward}
                             << QStringLiteral("login with ") + kAwkward + QStringLiteral(" now")
                             << QStringLiteral("login with *** now");
    QTest::newRow("awkward shell-quoted")
        << QStringList{kAwkward} << QStringLiteral("$ sh -c ") + shellQuote(kAwkward) + QStringLiteral(" done")
        << QStringLiteral("$ sh -c *** done");
    QTest::newRow("quote shell-quoted") << QStringList{QStringLiteral("it's")}
                                        << QStringLiteral("echo ") + shellQuote(QStringLiteral("it's"))
                                        << QStringLiteral("echo ***");
    QTest::newRow("longest first") << QStringList{QStringLiteral("pass"), QStringLiteral("password")}
                                   << QStringLiteral("my password is pass") << QStringLiteral("my *** is ***");
    QTest::newRow("overlapping") << QStringList{QStringLiteral("abcd"), QStringLiteral("cdef")}
                                 << QStringLiteral("xxabcdefyy") << QStringLiteral("xx***yy");
    QTest::newRow("overlapping self") << QStringList{QStringLiteral("aa")} << QStringLiteral("baaab")
                                      << QStringLiteral("b***b");
    QTest::newRow("adjacent") << QStringList{QStringLiteral("pw")} << QStringLiteral("pwpw")
                              << QStringLiteral("******");
    QTest::newRow("non-ASCII") << QStringList{QStringLiteral("mötdepässe日本")} << QStringLiteral("é mötdepässe日本 é")
                               << QStringLiteral("é *** é");
    QTest::newRow("multi-line") << QStringList{QStringLiteral("line1\nline2")} << QStringLiteral("a line1\nline2 b")
                                << QStringLiteral("a *** b");
    QTest::newRow("secret is stars") << QStringList{QStringLiteral("*")} << QStringLiteral("a*b")
                                     << QStringLiteral("a***b");
}

void TestSecrets::redact()
{
    QFETCH(QStringList, secrets);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    Redactor r;
    for (const QString &s : secrets)
        r.addSecret(s.toUtf8());
    QCOMPARE(r.redact(input), expected);
    QCOMPARE(r.redact(input.toUtf8()), expected.toUtf8());
}

void TestSecrets::redactFromSecrets()
{
    QByteArray json =
        QJsonDocument(
            QJsonObject{
                {Role::Primary, QJsonObject{{QStringLiteral("password"), kAwkward},
                                            {QStringLiteral("sudoPassword"), QStringLiteral("s3cr3t")}}},
                {Role::Secondary, QJsonObject{{QStringLiteral("keyPassphrase"), QStringLiteral("phrase phrase")}}}})
            .toJson();
    SecretsError error;
    const auto secrets = parseSecrets(json, &error);
    QVERIFY(secrets);
    Redactor r;
    r.addSecrets(*secrets);
    const QString text = QStringLiteral("[sudo] s3cr3t | ") + shellQuote(kAwkward) + QStringLiteral(" | phrase phrase");
    QCOMPARE(r.redact(text), QStringLiteral("[sudo] *** | *** | ***"));
}

void TestSecrets::redactorIgnoresEmpty()
{
    Redactor r;
    r.addSecret(QByteArray());
    QCOMPARE(r.redact(QStringLiteral("abc")), QStringLiteral("abc"));
    QCOMPARE(r.redact(QByteArray("abc")), QByteArray("abc"));
    QCOMPARE(r.redact(QString()), QString());
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
