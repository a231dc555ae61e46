// RunReport: follows a real FlowRunner on its FlowThread (fake steps), then its JSON, its HTML
// (escaped, redacted), the files it writes (0600 in a 0700 folder), cancel and not-started runs.
#include "backend/core/runner.h"
#include "backend/core/secrets.h"
#include "backend/report/runreport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <sys/stat.h>

using namespace oef;

namespace {

constexpr int kTimeoutMs = 10000;
const QString kSecret = QStringLiteral("S3cr3t!pässwörd");
const QString kHost = QStringLiteral("10.0.0.2");

Flow makeFlow()
{
    Flow flow;
    flow.name = QStringLiteral("test");
    flow.steps.push_back(std::make_unique<LambdaStep>(QStringLiteral("Prepare the primary"), 1.0, [](StepContext &c) {
        c.log(kHost, LogStream::Command, QStringLiteral("$ echo 'Hello Remote World!'"));
        c.log(kHost, LogStream::StdOut, QStringLiteral("Hello Remote World!"));
        c.log(QString(), LogStream::Info, QStringLiteral("the password is ") + kSecret);
        return StepResult::success();
    }));
    flow.steps.push_back(std::make_unique<LambdaStep>(
        QStringLiteral("Copy <b>data</b>"), 2.0,
        [](StepContext &c) {
            c.log(kHost, LogStream::Command, QStringLiteral("# systemctl stop thing"));
            c.log(kHost, LogStream::Command, QStringLiteral("# pg_basebackup -D /x"));
            for (int i = 1; i <= 50; ++i)
                c.log(kHost, LogStream::StdErr, QStringLiteral("line %1").arg(i));
            return StepResult::error(QStringLiteral("Copy failed: <script>alert(1)</script>"),
                                     QStringLiteral("Command: pg_basebackup\nResult: exit code 3\nsecret: ") + kSecret);
        },
        [](StepContext &c) { c.log(QString(), LogStream::Info, QStringLiteral("put the old data back")); }));
    flow.steps.push_back(std::make_unique<LambdaStep>(QStringLiteral("Start OpenELIS"), 1.0,
                                                      [](StepContext &) { return StepResult::success(); }));
    return flow;
}

Plan makePlan()
{
    Plan plan;
    plan.servers.insert(
        Role::Primary,
        ServerSpec{QStringLiteral("10.0.0.1"), 22, QStringLiteral("admin"), AuthMethod::Password, {}, 5432});
    plan.servers.insert(Role::Secondary, ServerSpec{kHost, 2222, QStringLiteral("admin"), AuthMethod::Key,
                                                    QStringLiteral("/home/a/.ssh/id"), 5432});
    return plan;
}

// Runs the flow on a FlowThread with the report attached; returns once it has finished.
void runFollowed(RunReport &report, Flow flow)
{
    QObject context;
    auto *runner = new FlowRunner(std::move(flow));
    report.attach(runner, &context);
    bool done = false;
    QObject::connect(runner, &FlowRunner::finished, &context, [&done](int) { done = true; });
    FlowThread thread(runner);
    thread.start();
    QTRY_VERIFY_WITH_TIMEOUT(done, kTimeoutMs);
    QVERIFY(thread.wait(kTimeoutMs));
    QVERIFY(thread.runner() == nullptr); // the runner is gone; the report must not care
}

mode_t modeOf(const QString &path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

} // namespace

class TestRunReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void followsAFailingFlow();
    void secretsNeverLeave();
    void htmlIsEscapedAndSelfContained();
    void writesPrivateFiles();
    void cancelledFlow();
    void notStarted();
    void htmlPathFor_data();
    void htmlPathFor();
    void defaultRunDirIsUnique();

private:
    void runFailingFlow(RunReport &report, Redactor &redactor);
};

void TestRunReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRunReport::runFailingFlow(RunReport &report, Redactor &redactor)
{
    redactor.addSecret(kSecret.toUtf8());
    report.setKind(RunReport::Kind::Setup);
    report.setPlan(makePlan());
    report.setRedactor(&redactor);
    CheckResult check;
    check.id = QStringLiteral("ssh.login");
    check.role = Role::Primary;
    check.host = QStringLiteral("10.0.0.1");
    check.status = CheckResult::Status::Warning;
    check.title = QStringLiteral("Login");
    check.message = QStringLiteral("slow <login>");
    report.addCheck(check);
    report.setExtra(
        QJsonObject{{QStringLiteral("slotName"), QStringLiteral("oef_standby")}, {QStringLiteral("leak"), kSecret}});
    // The runner gets no redactor here, so the report's own redaction is what is tested.
    runFollowed(report, makeFlow());
}

void TestRunReport::followsAFailingFlow()
{
    RunReport report;
    Redactor redactor;
    runFailingFlow(report, redactor);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(report.outcome(), RunReport::Outcome::Failed);
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("setup"));
    QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
    QCOMPARE(json.value(QStringLiteral("message")).toString(),
             QStringLiteral("Copy failed: <script>alert(1)</script>"));
    QVERIFY(json.value(QStringLiteral("details")).toString().contains(QStringLiteral("exit code 3")));
    QCOMPARE(json.value(QStringLiteral("tool")).toObject().value(QStringLiteral("version")).toString(),
             QStringLiteral(OEF_VERSION));
    QVERIFY(json.value(QStringLiteral("operator")).toObject().contains(QStringLiteral("user")));
    QVERIFY(!json.value(QStringLiteral("operator")).toObject().value(QStringLiteral("machine")).toString().isEmpty());
    const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)$"));
    QVERIFY2(iso.match(json.value(QStringLiteral("startedAt")).toString()).hasMatch(),
             qPrintable(json.value(QStringLiteral("startedAt")).toString()));
    QVERIFY(iso.match(json.value(QStringLiteral("finishedAt")).toString()).hasMatch());
    QVERIFY(json.value(QStringLiteral("durationMs")).toInteger(-1) >= 0);
    QCOMPARE(json.value(QStringLiteral("plan"))
                 .toObject()
                 .value(Role::Secondary)
                 .toObject()
                 .value(QStringLiteral("host"))
                 .toString(),
             kHost);
    QCOMPARE(json.value(QStringLiteral("checks")).toArray().size(), 1);
    QCOMPARE(json.value(QStringLiteral("results")).toObject().value(QStringLiteral("slotName")).toString(),
             QStringLiteral("oef_standby"));

    QCOMPARE(json.value(QStringLiteral("stepCount")).toInt(), 3);
    const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 3);

    const QJsonObject first = steps.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("index")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("label")).toString(), QStringLiteral("Prepare the primary"));
    QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
    QVERIFY(first.value(QStringLiteral("elapsedMs")).toInteger(-1) >= 0);
    const QJsonArray firstCommands = first.value(QStringLiteral("commands")).toArray();
    QCOMPARE(firstCommands.size(), 1);
    QCOMPARE(firstCommands.at(0).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("$ echo 'Hello Remote World!'"));
    QCOMPARE(firstCommands.at(0).toObject().value(QStringLiteral("host")).toString(), kHost);
    QCOMPARE(first.value(QStringLiteral("output")).toArray().size(), 3);

    const QJsonObject second = steps.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(second.value(QStringLiteral("message")).toString(),
             QStringLiteral("Copy failed: <script>alert(1)</script>"));
    QVERIFY(second.value(QStringLiteral("details")).toString().contains(QStringLiteral("exit code 3")));
    const QJsonArray secondCommands = second.value(QStringLiteral("commands")).toArray();
    QCOMPARE(secondCommands.size(), 2);
    QCOMPARE(secondCommands.at(1).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("# pg_basebackup -D /x"));
    // 2 commands + 50 lines, the last 40 kept.
    const QJsonArray output = second.value(QStringLiteral("output")).toArray();
    QCOMPARE(output.size(), RunReport::kOutputTail);
    QCOMPARE(output.last().toObject().value(QStringLiteral("text")).toString(), QStringLiteral("line 50"));
    QCOMPARE(output.last().toObject().value(QStringLiteral("stream")).toString(), QStringLiteral("stderr"));
    QCOMPARE(second.value(QStringLiteral("droppedOutputLines")).toInt(), 52 - RunReport::kOutputTail);

    const QJsonObject third = steps.at(2).toObject();
    QCOMPARE(third.value(QStringLiteral("state")).toString(), QStringLiteral("not-run"));
    QCOMPARE(third.value(QStringLiteral("label")).toString(), QStringLiteral("Start OpenELIS"));

    const QJsonObject stopped = json.value(QStringLiteral("stoppedAt")).toObject();
    QCOMPARE(stopped.value(QStringLiteral("index")).toInt(), 2);
    QCOMPARE(stopped.value(QStringLiteral("label")).toString(), QStringLiteral("Copy <b>data</b>"));
    QCOMPARE(stopped.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));

    // The clean-up's lines are kept apart from the steps.
    const QString after = QString::fromUtf8(QJsonDocument(json.value(QStringLiteral("afterStop")).toObject()).toJson());
    QVERIFY2(after.contains(QStringLiteral("put the old data back")), qPrintable(after));
    // Step 2's clean-up ran; step 1 has none, so what it changed stays.
    QVERIFY(second.value(QStringLiteral("undone")).toBool());
    QVERIFY(!first.value(QStringLiteral("undone")).toBool());
    const QString summary = json.value(QStringLiteral("summary")).toString();
    QVERIFY2(summary.contains(QStringLiteral("step 2 of 3")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Copy failed")), qPrintable(summary));
}

void TestRunReport::secretsNeverLeave()
{
    RunReport report;
    Redactor redactor;
    runFailingFlow(report, redactor);
    if (QTest::currentTestFailed())
        return;
    const QByteArray json = QJsonDocument(report.toJson()).toJson();
    const QString html = report.toHtml();
    QVERIFY(!json.contains(kSecret.toUtf8()));
    QVERIFY(!QString::fromUtf8(json).contains(kSecret));
    QVERIFY(!html.contains(kSecret));
    QVERIFY(!html.contains(kSecret.toHtmlEscaped()));
    // It was there, and was masked.
    QVERIFY(QString::fromUtf8(json).contains(QStringLiteral("the password is ***")));
    QVERIFY(html.contains(QStringLiteral("the password is ***")));

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QString error;
    QVERIFY2(report.writeTo(tmp.filePath(QStringLiteral("run")), &error), qPrintable(error));
    for (const QString &name : {QStringLiteral("run/report.json"), QStringLiteral("run/report.html")}) {
        QFile f(tmp.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(!bytes.contains(kSecret.toUtf8()), qPrintable(name));
    }
}

void TestRunReport::htmlIsEscapedAndSelfContained()
{
    RunReport report;
    Redactor redactor;
    runFailingFlow(report, redactor);
    if (QTest::currentTestFailed())
        return;
    const QString html = report.toHtml();
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QStringLiteral("Copy &lt;b&gt;data&lt;/b&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<b>data")));
    QVERIFY(html.contains(QStringLiteral("slow &lt;login&gt;")));
    // Self-contained: no external style sheets, images or scripts.
    QVERIFY(!html.contains(QStringLiteral("<link")));
    QVERIFY(!html.contains(QStringLiteral("src=")));
    QVERIFY(!html.contains(QStringLiteral("http://")));
    QVERIFY(!html.contains(QStringLiteral("https://")));
    // The commands, the failed step and the results are shown.
    QVERIFY(html.contains(QStringLiteral("# pg_basebackup -D /x")));
    QVERIFY(html.contains(QStringLiteral("$ echo &#x27;Hello Remote World!&#x27;"))
            || html.contains(QStringLiteral("$ echo 'Hello Remote World!'")));
    QVERIFY(html.contains(QStringLiteral("line 50")));
    QVERIFY(!html.contains(QStringLiteral("line 5\n"))); // beyond the tail
    QVERIFY(html.contains(QStringLiteral("oef_standby")));
    QVERIFY(html.contains(QStringLiteral("class=\"summary bad\"")));
    QVERIFY(html.contains(QStringLiteral("10.0.0.1")));
}

void TestRunReport::writesPrivateFiles()
{
    RunReport report;
    report.setKind(RunReport::Kind::Verify);
    report.finishWithoutRunning(QStringLiteral("nothing to do"));
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("reports/20250101-120000-verify"));
    QString error;
    QVERIFY2(report.writeTo(dir, &error), qPrintable(error));
    QCOMPARE(modeOf(dir), mode_t(0700));
    QCOMPARE(modeOf(tmp.filePath(QStringLiteral("reports"))), mode_t(0700));
    const QString json = QDir(dir).filePath(QStringLiteral("report.json"));
    const QString html = QDir(dir).filePath(QStringLiteral("report.html"));
    QCOMPARE(modeOf(json), mode_t(0600));
    QCOMPARE(modeOf(html), mode_t(0600));
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 2); // no temp files left

    // An existing, wider file is rewritten 0600.
    QFile::setPermissions(json, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    QVERIFY(report.writeTo(dir, &error));
    QCOMPARE(modeOf(json), mode_t(0600));

    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject parsed = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(parsed.value(QStringLiteral("kind")).toString(), QStringLiteral("verify"));
    QCOMPARE(parsed.value(QStringLiteral("outcome")).toString(), QStringLiteral("not-started"));

    // --report FILE: the JSON at FILE, the HTML next to it.
    const QString file = tmp.filePath(QStringLiteral("out/my.json"));
    QVERIFY2(report.writeFiles(file, RunReport::htmlPathFor(file), &error), qPrintable(error));
    QCOMPARE(modeOf(file), mode_t(0600));
    QCOMPARE(modeOf(tmp.filePath(QStringLiteral("out/my.html"))), mode_t(0600));

    // A path that cannot be a folder fails with a message.
    QVERIFY(!report.writeTo(json + QStringLiteral("/sub"), &error));
    QVERIFY(!error.isEmpty());
}

void TestRunReport::cancelledFlow()
{
    // Cancelled while the second step runs: that step is "cancelled", the third did not run.
    std::atomic_bool inSecond{false};
    Flow flow;
    flow.steps.push_back(
        std::make_unique<LambdaStep>(QStringLiteral("One"), 1.0, [](StepContext &) { return StepResult::success(); }));
    flow.steps.push_back(std::make_unique<LambdaStep>(QStringLiteral("Two"), 1.0, [&inSecond](StepContext &c) {
        inSecond = true;
        for (int i = 0; i < 2000 && !c.isCancelled(); ++i)
            QThread::msleep(5);
        return StepResult::error(QStringLiteral("interrupted"));
    }));
    flow.steps.push_back(std::make_unique<LambdaStep>(QStringLiteral("Three"), 1.0,
                                                      [](StepContext &) { return StepResult::success(); }));

    RunReport report;
    report.setKind(RunReport::Kind::Failover);
    QObject context;
    auto *runner = new FlowRunner(std::move(flow));
    report.attach(runner, &context);
    bool done = false;
    QObject::connect(runner, &FlowRunner::finished, &context, [&done](int) { done = true; });
    FlowThread thread(runner);
    thread.start();
    QTRY_VERIFY_WITH_TIMEOUT(inSecond.load(), kTimeoutMs);
    thread.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(done, kTimeoutMs);
    QVERIFY(thread.wait(kTimeoutMs));

    QCOMPARE(report.outcome(), RunReport::Outcome::Cancelled);
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("cancelled"));
    const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
    QCOMPARE(steps.at(1).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(steps.at(2).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("not-run"));
    QCOMPARE(json.value(QStringLiteral("stoppedAt")).toObject().value(QStringLiteral("index")).toInt(), 2);
    QVERIFY(report.toHtml().contains(QStringLiteral("class=\"summary warn\"")));
}

void TestRunReport::notStarted()
{
    // Fed by hand, without a runner: the checks failed, nothing ran.
    RunReport report;
    report.setPlan(makePlan());
    report.setStepLabels({QStringLiteral("A"), QStringLiteral("B")});
    CheckResult check;
    check.id = QStringLiteral("ssh.hostkey");
    check.status = CheckResult::Status::Error;
    report.addChecks({check});
    report.finishWithoutRunning(QStringLiteral("Some checks failed. Nothing was changed."));
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("not-started"));
    QVERIFY(json.value(QStringLiteral("stoppedAt")).isNull());
    QCOMPARE(json.value(QStringLiteral("steps")).toArray().at(1).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("not-run"));
    QVERIFY(json.value(QStringLiteral("summary"))
                .toString()
                .contains(QStringLiteral("Some checks failed. Nothing was changed.")));
}

void TestRunReport::htmlPathFor_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("html");
    QTest::newRow("json") << QStringLiteral("/tmp/r.json") << QStringLiteral("/tmp/r.html");
    QTest::newRow("no suffix") << QStringLiteral("/tmp/report") << QStringLiteral("/tmp/report.html");
    QTest::newRow("html") << QStringLiteral("/tmp/r.html") << QStringLiteral("/tmp/r.html.html");
    QTest::newRow("dots") << QStringLiteral("a.b/c.d.json") << QStringLiteral("a.b/c.d.html");
    QTest::newRow("relative") << QStringLiteral("r.txt") << QStringLiteral("r.html");
}

void TestRunReport::htmlPathFor()
{
    QFETCH(QString, json);
    QFETCH(QString, html);
    QCOMPARE(RunReport::htmlPathFor(json), html);
}

void TestRunReport::defaultRunDirIsUnique()
{
    const QString first = RunReport::defaultRunDir(QStringLiteral("setup"));
    QVERIFY(first.contains(QStringLiteral("/reports/")));
    QVERIFY(first.endsWith(QStringLiteral("-setup")));
    QVERIFY(QRegularExpression(QStringLiteral("/reports/\\d{8}-\\d{6}-setup$")).match(first).hasMatch());
    QVERIFY(!QFileInfo::exists(first));
    QVERIFY(QDir().mkpath(first));
    const QString second = RunReport::defaultRunDir(QStringLiteral("setup"));
    QVERIFY(second != first);
    QVERIFY(!QFileInfo::exists(second));
    QDir(first).removeRecursively();
}

QTEST_GUILESS_MAIN(TestRunReport)
#include "tst_runreport.moc"
