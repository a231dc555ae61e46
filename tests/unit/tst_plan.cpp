// Plan parsing and validation (DESIGN.md section 8): the example files parse, round-trip through
// toJson, and every kind of bad input is refused with the offending field named.
#include "backend/core/plan.h"

#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace oef;

namespace {

// Copies of /work/shared/examples/plan.json and failover-plan.json.
const QByteArray kSetupExample = R"json({
  "primary":   { "host": "192.0.2.21", "sshPort": 22, "user": "labadmin", "auth": "password", "dbPort": 5432 },
  "secondary": { "host": "oe-standby.lab.local", "sshPort": 22, "user": "labadmin", "auth": "key",
                 "keyFile": "~/.ssh/id_ed25519", "dbPort": 5432 },
  "installDir": "/var/lib/openelis-global",
  "containers": {
    "database": "openelisglobal-database",
    "app": ["openelisglobal-webapp", "external-fhir-api", "autoheal-oe",
            "openelisglobal-proxy", "openelisglobal-frontend"]
  },
  "sync": { "exclude": ["data", "backups", "logs", "tomcatLogs"], "deleteExtraneous": false },
  "keepOldDataCopies": 2
}
)json";

const QByteArray kFailoverExample = R"json({
  "oldPrimary":   { "host": "192.0.2.21", "sshPort": 22, "user": "labadmin", "auth": "password", "dbPort": 5432 },
  "newPrimary":   { "host": "192.0.2.22", "sshPort": 22, "user": "labadmin", "auth": "password", "dbPort": 5432 },
  "newSecondary": { "host": "192.0.2.23", "sshPort": 22, "user": "labadmin", "auth": "password", "dbPort": 5432 },
  "installDir": "/var/lib/openelis-global"
}
)json";

// A small valid setup plan, written so that one piece can be replaced per test row.
QByteArray setupPlan(const QByteArray &primary = {}, const QByteArray &secondary = {}, const QByteArray &extra = {})
{
    const QByteArray p = primary.isEmpty()
                             ? QByteArray(R"("host": "192.0.2.21", "user": "labadmin", "auth": "password")")
                             : primary;
    const QByteArray s = secondary.isEmpty()
                             ? QByteArray(R"("host": "192.0.2.22", "user": "labadmin", "auth": "password")")
                             : secondary;
    QByteArray json = "{ \"primary\": {" + p + "}, \"secondary\": {" + s + "}";
    if (!extra.isEmpty())
        json += ", " + extra;
    return json + " }";
}

} // namespace

class TestPlan : public QObject
{
    Q_OBJECT

private slots:
    void setupExample();
    void failoverExample();
    void roundTrip_data();
    void roundTrip();
    void defaults();
    void normalisation();
    void goodHosts_data();
    void goodHosts();
    void badPlans_data();
    void badPlans();
    void invalidJsonNamesOffset();
    void failoverMayReuseOldPrimaryAsNewSecondary();
    void validatePlanInCode();
    void loadFile();
    void displayName();
};

void TestPlan::setupExample()
{
    PlanError error;
    const auto plan = parsePlan(kSetupExample, &error);
    QVERIFY2(plan, qPrintable(error.field + QLatin1String(" ") + error.message));
    QCOMPARE(plan->kind, Plan::Kind::Setup);
    QCOMPARE(plan->roles(), (QStringList{Role::Primary, Role::Secondary}));
    const ServerSpec &p = plan->server(Role::Primary);
    QCOMPARE(p.host, QStringLiteral("192.0.2.21"));
    QCOMPARE(p.sshPort, 22);
    QCOMPARE(p.user, QStringLiteral("labadmin"));
    QCOMPARE(p.auth, AuthMethod::Password);
    QCOMPARE(p.dbPort, 5432);
    const ServerSpec &s = plan->server(Role::Secondary);
    QCOMPARE(s.host, QStringLiteral("oe-standby.lab.local"));
    QCOMPARE(s.auth, AuthMethod::Key);
    QCOMPARE(s.keyFile, QDir::homePath() + QStringLiteral("/.ssh/id_ed25519"));
    QCOMPARE(plan->installDir, QStringLiteral("/var/lib/openelis-global"));
    QCOMPARE(plan->dbContainer, QStringLiteral("openelisglobal-database"));
    QCOMPARE(plan->appContainers.size(), 5);
    QCOMPARE(plan->appContainers.last(), QStringLiteral("openelisglobal-frontend"));
    QCOMPARE(plan->syncExclude, (QStringList{QStringLiteral("data"), QStringLiteral("backups"), QStringLiteral("logs"),
                                             QStringLiteral("tomcatLogs")}));
    QCOMPARE(plan->deleteExtraneous, false);
    QCOMPARE(plan->keepOldDataCopies, 2);
}

void TestPlan::failoverExample()
{
    PlanError error;
    const auto plan = parsePlan(kFailoverExample, &error);
    QVERIFY2(plan, qPrintable(error.message));
    QCOMPARE(plan->kind, Plan::Kind::Failover);
    QCOMPARE(plan->roles(), (QStringList{Role::OldPrimary, Role::NewPrimary, Role::NewSecondary}));
    QCOMPARE(plan->server(Role::NewPrimary).host, QStringLiteral("192.0.2.22"));
    // Options left out take the defaults, which equal the setup example's values.
    QCOMPARE(plan->dbContainer, QStringLiteral("openelisglobal-database"));
    QCOMPARE(plan->keepOldDataCopies, 2);

    // newSecondary is optional.
    QJsonObject o = QJsonDocument::fromJson(kFailoverExample).object();
    o.remove(Role::NewSecondary);
    const auto two = parsePlan(QJsonDocument(o).toJson(), &error);
    QVERIFY2(two, qPrintable(error.message));
    QCOMPARE(two->roles(), (QStringList{Role::OldPrimary, Role::NewPrimary}));
}

void TestPlan::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("setup example") << kSetupExample;
    QTest::newRow("failover example") << kFailoverExample;
    QTest::newRow("non-default options") << setupPlan(
        R"("host": "db1.example.org", "sshPort": 2222, "user": "root", "auth": "agent", "dbPort": 6543)",
        R"("host": "fe80::1", "user": "oe_admin", "auth": "key", "keyFile": "/root/.ssh/id_rsa")",
        R"("installDir": "/srv/oe/", "containers": {"database": "db", "app": []},
                        "sync": {"exclude": ["a/b", "./c/"], "deleteExtraneous": true},
                        "keepOldDataCopies": 7)");
}

void TestPlan::roundTrip()
{
    QFETCH(QByteArray, json);
    PlanError error;
    const auto first = parsePlan(json, &error);
    QVERIFY2(first, qPrintable(error.message));
    const QByteArray again = QJsonDocument(first->toJson()).toJson();
    const auto second = parsePlan(again, &error);
    QVERIFY2(second, qPrintable(error.field + QLatin1String(": ") + error.message));
    QVERIFY(*first == *second);
    QCOMPARE(second->toJson(), first->toJson());
}

void TestPlan::defaults()
{
    PlanError error;
    const auto plan = parsePlan(setupPlan(), &error);
    QVERIFY2(plan, qPrintable(error.message));
    QCOMPARE(plan->server(Role::Primary).sshPort, 22);
    QCOMPARE(plan->server(Role::Primary).dbPort, 5432);
    QCOMPARE(plan->installDir, QStringLiteral("/var/lib/openelis-global"));
    QCOMPARE(plan->keepOldDataCopies, 2);
    QCOMPARE(plan->syncExclude.size(), 4);

    // auth may be left out: password.
    const auto noAuth = parsePlan(setupPlan(R"("host": "192.0.2.21", "user": "u")"), &error);
    QVERIFY2(noAuth, qPrintable(error.message));
    QCOMPARE(noAuth->server(Role::Primary).auth, AuthMethod::Password);
}

void TestPlan::normalisation()
{
    PlanError error;
    const auto plan = parsePlan(
        setupPlan({}, R"("host": "[2001:db8::5]", "user": "u", "auth": "password")",
                  R"("installDir": "/var/lib//openelis-global/./", "sync": {"exclude": ["./data/", "logs//x"]})"),
        &error);
    QVERIFY2(plan, qPrintable(error.message));
    QCOMPARE(plan->installDir, QStringLiteral("/var/lib/openelis-global"));
    QCOMPARE(plan->syncExclude, (QStringList{QStringLiteral("data"), QStringLiteral("logs/x")}));
    QCOMPARE(plan->server(Role::Secondary).host, QStringLiteral("2001:db8::5"));
}

void TestPlan::goodHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("ipv4") << QStringLiteral("10.0.0.1");
    QTest::newRow("ipv6") << QStringLiteral("2001:db8::1");
    QTest::newRow("ipv6 brackets") << QStringLiteral("[::1]");
    QTest::newRow("ipv6 zone") << QStringLiteral("fe80::1%eth0");
    QTest::newRow("short name") << QStringLiteral("oe-primary");
    QTest::newRow("fqdn") << QStringLiteral("oe-primary.lab.example.org");
    QTest::newRow("fqdn with dot") << QStringLiteral("oe-primary.lab.example.org.");
    QTest::newRow("digits label") << QStringLiteral("123.example.org");
}

void TestPlan::goodHosts()
{
    QFETCH(QString, host);
    QCOMPARE(checkHost(QStringLiteral("h"), host), QString());
}

void TestPlan::badPlans_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");

    const QByteArray okP = R"("host": "192.0.2.21", "user": "labadmin", "auth": "password")";

    QTest::newRow("port 0") << setupPlan({}, R"("host": "h2", "user": "u", "sshPort": 0)")
                            << QStringLiteral("secondary.sshPort");
    QTest::newRow("port 70000") << setupPlan(okP + R"(, "sshPort": 70000)") << QStringLiteral("primary.sshPort");
    QTest::newRow("port as text") << setupPlan(okP + R"(, "sshPort": "22")") << QStringLiteral("primary.sshPort");
    QTest::newRow("port 22.5") << setupPlan(okP + R"(, "sshPort": 22.5)") << QStringLiteral("primary.sshPort");
    QTest::newRow("port negative") << setupPlan(okP + R"(, "sshPort": -22)") << QStringLiteral("primary.sshPort");
    QTest::newRow("port bool") << setupPlan(okP + R"(, "sshPort": true)") << QStringLiteral("primary.sshPort");
    QTest::newRow("db port 0") << setupPlan(okP + R"(, "dbPort": 0)") << QStringLiteral("primary.dbPort");
    QTest::newRow("db port huge") << setupPlan(okP + R"(, "dbPort": 1e12)") << QStringLiteral("primary.dbPort");
    QTest::newRow("empty host") << setupPlan(R"("host": "", "user": "u")") << QStringLiteral("primary.host");
    QTest::newRow("missing host") << setupPlan(R"("user": "u")") << QStringLiteral("primary.host");
    QTest::newRow("host as number") << setupPlan(R"("host": 10, "user": "u")") << QStringLiteral("primary.host");
    QTest::newRow("host with space") << setupPlan(R"("host": "oe primary", "user": "u")")
                                     << QStringLiteral("primary.host");
    QTest::newRow("host trailing space") << setupPlan(R"("host": "oe-primary ", "user": "u")")
                                         << QStringLiteral("primary.host");
    QTest::newRow("host with ;") << setupPlan(R"("host": "a;reboot", "user": "u")") << QStringLiteral("primary.host");
    QTest::newRow("host with $") << setupPlan(R"x("host": "$(id)", "user": "u")x") << QStringLiteral("primary.host");
    QTest::newRow("host leading -") << setupPlan(R"("host": "-oProxyCommand=x", "user": "u")")
                                    << QStringLiteral("primary.host");
    QTest::newRow("host bad ipv4") << setupPlan(R"("host": "192.0.2.300", "user": "u")")
                                   << QStringLiteral("primary.host");
    QTest::newRow("host short ipv4") << setupPlan(R"("host": "10.1", "user": "u")") << QStringLiteral("primary.host");
    QTest::newRow("host bad ipv6") << setupPlan(R"("host": "2001:db8:::1:zz", "user": "u")")
                                   << QStringLiteral("primary.host");
    QTest::newRow("host newline") << setupPlan(R"("host": "a\nb", "user": "u")") << QStringLiteral("primary.host");
    QTest::newRow("empty user") << setupPlan(R"("host": "h1", "user": "")") << QStringLiteral("primary.user");
    QTest::newRow("missing user") << setupPlan(R"("host": "h1")") << QStringLiteral("primary.user");
    QTest::newRow("user leading -") << setupPlan(R"("host": "h1", "user": "-root")") << QStringLiteral("primary.user");
    QTest::newRow("user with space") << setupPlan(R"("host": "h1", "user": "lab admin")")
                                     << QStringLiteral("primary.user");
    QTest::newRow("user with ;") << setupPlan(R"("host": "h1", "user": "u;id")") << QStringLiteral("primary.user");
    QTest::newRow("user too long") << setupPlan(R"("host": "h1", "user": "abcdefghijabcdefghijabcdefghijabc")")
                                   << QStringLiteral("primary.user");
    QTest::newRow("bad auth") << setupPlan(R"("host": "h1", "user": "u", "auth": "pubkey")")
                              << QStringLiteral("primary.auth");
    QTest::newRow("auth upper case") << setupPlan(R"("host": "h1", "user": "u", "auth": "Key")")
                                     << QStringLiteral("primary.auth");
    QTest::newRow("key auth without keyFile")
        << setupPlan({}, R"("host": "h2", "user": "u", "auth": "key")") << QStringLiteral("secondary.keyFile");
    QTest::newRow("key auth with empty keyFile")
        << setupPlan({}, R"("host": "h2", "user": "u", "auth": "key", "keyFile": "")")
        << QStringLiteral("secondary.keyFile");
    QTest::newRow("unknown top-level key")
        << setupPlan({}, {}, R"("instalDir": "/var/lib/openelis-global")") << QStringLiteral("instalDir");
    QTest::newRow("unknown server key") << setupPlan(okP + R"(, "sshport": 22)") << QStringLiteral("primary.sshport");
    QTest::newRow("unknown containers key")
        << setupPlan({}, {}, R"("containers": {"db": "x"})") << QStringLiteral("containers.db");
    QTest::newRow("unknown sync key") << setupPlan({}, {}, R"("sync": {"excludes": []})")
                                      << QStringLiteral("sync.excludes");
    QTest::newRow("typo role") << QByteArray(R"({"primary": {"host": "a", "user": "u"},
                                               "secundary": {"host": "b", "user": "u"}})")
                               << QStringLiteral("secundary");
    QTest::newRow("same server twice") << setupPlan(R"("host": "OE-Server.lab", "user": "a")",
                                                    R"("host": "oe-server.LAB", "user": "b")")
                                       << QStringLiteral("secondary.host");
    QTest::newRow("same ipv6 server twice")
        << setupPlan(R"("host": "2001:db8::1", "user": "a")", R"("host": "2001:0db8:0:0::1", "user": "b")")
        << QStringLiteral("secondary.host");
    QTest::newRow("relative installDir") << setupPlan({}, {}, R"("installDir": "var/lib/oe")")
                                         << QStringLiteral("installDir");
    QTest::newRow("installDir ..") << setupPlan({}, {}, R"("installDir": "/var/lib/../../etc")")
                                   << QStringLiteral("installDir");
    QTest::newRow("installDir root") << setupPlan({}, {}, R"("installDir": "//")") << QStringLiteral("installDir");
    QTest::newRow("installDir empty") << setupPlan({}, {}, R"("installDir": "")") << QStringLiteral("installDir");
    QTest::newRow("installDir not text") << setupPlan({}, {}, R"("installDir": ["/x"])")
                                         << QStringLiteral("installDir");
    QTest::newRow("installDir with quote") << setupPlan({}, {}, R"("installDir": "/var/lib/oe'x")")
                                           << QStringLiteral("installDir");
    QTest::newRow("installDir with $()") << setupPlan({}, {}, R"x("installDir": "/var/$(reboot)")x")
                                         << QStringLiteral("installDir");
    QTest::newRow("installDir with backtick") << setupPlan({}, {}, R"("installDir": "/var/`id`")")
                                              << QStringLiteral("installDir");
    QTest::newRow("installDir with ;") << setupPlan({}, {}, R"("installDir": "/var/oe;rm")")
                                       << QStringLiteral("installDir");
    QTest::newRow("installDir with space") << setupPlan({}, {}, R"("installDir": "/var/lib/open elis")")
                                           << QStringLiteral("installDir");
    QTest::newRow("installDir with %") << setupPlan({}, {}, R"("installDir": "/var/%s")")
                                       << QStringLiteral("installDir");
    QTest::newRow("installDir with :ro") << setupPlan({}, {}, R"("installDir": "/var/lib/oe:ro")")
                                         << QStringLiteral("installDir");
    QTest::newRow("installDir zero-width space")
        << setupPlan({}, {}, "\"installDir\": \"/var/lib/oe\u200b\"") << QStringLiteral("installDir");
    QTest::newRow("installDir newline") << setupPlan({}, {}, R"("installDir": "/var/lib\noe")")
                                        << QStringLiteral("installDir");
    QTest::newRow("installDir 5000 chars")
        << setupPlan({}, {}, "\"installDir\": \"/" + QByteArray(5000, 'a') + "\"") << QStringLiteral("installDir");
    QTest::newRow("duplicate top-level key")
        << setupPlan({}, {}, R"("installDir": "/a", "installDir": "/var/lib/openelis-global")")
        << QStringLiteral("installDir");
    QTest::newRow("duplicate server key")
        << setupPlan(okP + R"(, "host": "192.0.2.99")") << QStringLiteral("primary.host");
    QTest::newRow("duplicate role") << QByteArray(R"({"primary": {"host": "a", "user": "u"},
                                                 "secondary": {"host": "b", "user": "u"},
                                                 "primary": {"host": "c", "user": "u"}})")
                                    << QStringLiteral("primary");
    QTest::newRow("duplicate key spelt with an escape")
        << setupPlan({}, {}, R"("installDir": "/a", "install\u0044ir": "/b")") << QStringLiteral("installDir");
    QTest::newRow("missing secondary") << QByteArray(R"({"primary": {"host": "a", "user": "u"}})")
                                       << QStringLiteral("secondary");
    QTest::newRow("missing newPrimary") << QByteArray(R"({"oldPrimary": {"host": "a", "user": "u"}})")
                                        << QStringLiteral("newPrimary");
    QTest::newRow("no roles") << QByteArray(R"({"installDir": "/x"})") << QStringLiteral("primary");
    QTest::newRow("mixed kinds") << setupPlan({}, {}, R"("newPrimary": {"host": "c", "user": "u"})")
                                 << QStringLiteral("newPrimary");
    QTest::newRow("role as text") << QByteArray(R"({"primary": {"host": "a", "user": "u"}, "secondary": "b"})")
                                  << QStringLiteral("secondary");
    QTest::newRow("bad db container name")
        << setupPlan({}, {}, R"("containers": {"database": "-db"})") << QStringLiteral("containers.database");
    QTest::newRow("bad app container name")
        << setupPlan({}, {}, R"("containers": {"app": ["ok", "web app"]})") << QStringLiteral("containers.app[1]");
    QTest::newRow("app containers not a list")
        << setupPlan({}, {}, R"("containers": {"app": "web"})") << QStringLiteral("containers.app");
    QTest::newRow("app container not text")
        << setupPlan({}, {}, R"("containers": {"app": [1]})") << QStringLiteral("containers.app[0]");
    QTest::newRow("exclude with ..") << setupPlan({}, {}, R"("sync": {"exclude": ["data", "../etc"]})")
                                     << QStringLiteral("sync.exclude[1]");
    QTest::newRow("exclude absolute") << setupPlan({}, {}, R"("sync": {"exclude": ["/etc"]})")
                                      << QStringLiteral("sync.exclude[0]");
    QTest::newRow("exclude dot") << setupPlan({}, {}, R"("sync": {"exclude": ["./"]})")
                                 << QStringLiteral("sync.exclude[0]");
    QTest::newRow("exclude empty") << setupPlan({}, {}, R"("sync": {"exclude": [""]})")
                                   << QStringLiteral("sync.exclude[0]");
    QTest::newRow("deleteExtraneous text")
        << setupPlan({}, {}, R"("sync": {"deleteExtraneous": "yes"})") << QStringLiteral("sync.deleteExtraneous");
    QTest::newRow("keepOldDataCopies 0") << setupPlan({}, {}, R"("keepOldDataCopies": 0)")
                                         << QStringLiteral("keepOldDataCopies");
    QTest::newRow("keepOldDataCopies 1.5")
        << setupPlan({}, {}, R"("keepOldDataCopies": 1.5)") << QStringLiteral("keepOldDataCopies");
    QTest::newRow("invalid JSON") << QByteArray(R"({"primary": {"host": "a",}})") << QString();
    QTest::newRow("empty input") << QByteArray() << QString();
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QString();
}

void TestPlan::badPlans()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    PlanError error;
    const auto plan = parsePlan(json, &error);
    QVERIFY2(!plan, json.constData());
    QCOMPARE(error.field, field);
    QVERIFY(!error.message.isEmpty());
    // The message names the field, so the operator knows where to look.
    if (!field.isEmpty())
        QVERIFY2(error.message.contains(field), qPrintable(error.message));
}

void TestPlan::invalidJsonNamesOffset()
{
    const QByteArray json = "{\n  \"primary\": {\"host\": \"a\",}\n}";
    PlanError error;
    QVERIFY(!parsePlan(json, &error));
    QVERIFY2(error.message.contains(QStringLiteral("line 2")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("offset")), qPrintable(error.message));
}

void TestPlan::failoverMayReuseOldPrimaryAsNewSecondary()
{
    // The repaired old primary re-joins as the new secondary: same server, allowed.
    const QByteArray json = R"({
        "oldPrimary":   {"host": "192.0.2.21", "user": "u"},
        "newPrimary":   {"host": "192.0.2.22", "user": "u"},
        "newSecondary": {"host": "192.0.2.21", "user": "u"}})";
    PlanError error;
    QVERIFY2(parsePlan(json, &error), qPrintable(error.message));

    // But the new primary cannot also be the new secondary.
    const QByteArray bad = R"({
        "oldPrimary":   {"host": "192.0.2.21", "user": "u"},
        "newPrimary":   {"host": "192.0.2.22", "user": "u"},
        "newSecondary": {"host": "192.0.2.22", "user": "u"}})";
    QVERIFY(!parsePlan(bad, &error));
    QCOMPARE(error.field, QStringLiteral("newSecondary.host"));

    // Same host on another SSH port is another server (e.g. two lab containers).
    const QByteArray ports = R"({
        "primary":   {"host": "127.0.0.1", "sshPort": 2201, "user": "u"},
        "secondary": {"host": "127.0.0.1", "sshPort": 2202, "user": "u"}})";
    QVERIFY2(parsePlan(ports, &error), qPrintable(error.message));
}

void TestPlan::validatePlanInCode()
{
    PlanError error;
    auto plan = parsePlan(kSetupExample, &error);
    QVERIFY(plan);
    QVERIFY2(validatePlan(*plan, &error), qPrintable(error.message));

    Plan p = *plan;
    p.servers[Role::Secondary].sshPort = 0;
    QVERIFY(!validatePlan(p, &error));
    QCOMPARE(error.field, QStringLiteral("secondary.sshPort"));

    p = *plan;
    p.installDir = QStringLiteral("/");
    QVERIFY(!validatePlan(p, &error));
    QCOMPARE(error.field, QStringLiteral("installDir"));

    p = *plan;
    p.servers.remove(Role::Secondary);
    QVERIFY(!validatePlan(p, &error));
    QCOMPARE(error.field, QStringLiteral("secondary"));

    p = *plan;
    p.kind = Plan::Kind::Failover;
    QVERIFY(!validatePlan(p, &error));

    p = *plan;
    p.appContainers << QStringLiteral("bad name");
    QVERIFY(!validatePlan(p, &error));
    QCOMPARE(error.field, QStringLiteral("containers.app[5]"));
}

void TestPlan::loadFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kSetupExample);
    f.close();
    PlanError error;
    const auto plan = loadPlanFile(path, &error);
    QVERIFY2(plan, qPrintable(error.message));
    QCOMPARE(plan->server(Role::Secondary).host, QStringLiteral("oe-standby.lab.local"));

    QVERIFY(!loadPlanFile(dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY(error.message.contains(QStringLiteral("missing.json")));

    // A FIFO (or a device) is refused before it is opened: opening a FIFO would wait forever.
    const QString fifo = dir.filePath(QStringLiteral("fifo.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QVERIFY(!loadPlanFile(fifo, &error));
    QVERIFY2(error.message.contains(QStringLiteral("fifo.json")), qPrintable(error.message));
    QVERIFY(!loadPlanFile(dir.path(), &error));
}

void TestPlan::displayName()
{
    ServerSpec s;
    s.host = QStringLiteral("oe-primary");
    s.user = QStringLiteral("labadmin");
    QCOMPARE(s.displayName(), QStringLiteral("labadmin@oe-primary:22"));
    s.host = QStringLiteral("2001:db8::1");
    s.sshPort = 2222;
    QCOMPARE(s.displayName(), QStringLiteral("labadmin@[2001:db8::1]:2222"));
}

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
