// CliPrinter: --json lines are JSON objects with the right type and fields; text mode is
// readable (aligned checks with remedies, step headers, progress, host-prefixed logs).
#include "backend/cli/cliprinter.h"
#include "backend/core/runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace oef;

namespace {

CheckResult check(const QString &id, const QString &role, CheckResult::Status status, const QString &title,
                  const QString &message, const QString &remedy = {})
{
    CheckResult c;
    c.id = id;
    c.role = role;
    c.host = QStringLiteral("192.0.2.21");
    c.status = status;
    c.title = title;
    c.message = message;
    c.remedy = remedy;
    return c;
}

QList<QJsonObject> parseLines(const QString &output)
{
    QList<QJsonObject> out;
    const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            qWarning("not a JSON object: %s", qPrintable(line));
            return {};
        }
        out << doc.object();
    }
    return out;
}

} // namespace

class TestCliPrinter : public QObject
{
    Q_OBJECT

private slots:
    void jsonLines_data();
    void jsonLines();
    void jsonProgressRounded();
    void jsonResultMergesExtra();
    void exitCodes();
    void textChecksWithRemedies();
    void textSteps();
    void textProgressNotTerminal();
    void textProgressTerminal();
    void textLogPrefixedWithHost();
    void errorsGoToStderr();
    void followsARunner();
};

void TestCliPrinter::jsonLines_data()
{
    QTest::addColumn<int>("what");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("check") << 0 << QStringLiteral("check")
                           << QStringList{QStringLiteral("id"),     QStringLiteral("role"),   QStringLiteral("host"),
                                          QStringLiteral("status"), QStringLiteral("title"),  QStringLiteral("message"),
                                          QStringLiteral("remedy"), QStringLiteral("details")};
    const QStringList stepFields{QStringLiteral("index"), QStringLiteral("count"),   QStringLiteral("label"),
                                 QStringLiteral("state"), QStringLiteral("message"), QStringLiteral("elapsedMs")};
    QTest::newRow("step started") << 1 << QStringLiteral("step") << stepFields;
    QTest::newRow("step finished") << 2 << QStringLiteral("step") << stepFields;
    QTest::newRow("progress") << 3 << QStringLiteral("progress")
                              << QStringList{QStringLiteral("fraction"), QStringLiteral("message")};
    QTest::newRow("log") << 4 << QStringLiteral("log")
                         << QStringList{QStringLiteral("host"), QStringLiteral("stream"), QStringLiteral("text")};
    QTest::newRow("result") << 5 << QStringLiteral("result")
                            << QStringList{QStringLiteral("outcome"), QStringLiteral("exitCode"),
                                           QStringLiteral("message"), QStringLiteral("details")};
}

void TestCliPrinter::jsonLines()
{
    QFETCH(int, what);
    QFETCH(QString, type);
    QFETCH(QStringList, fields);
    QString buffer;
    QTextStream out(&buffer);
    CliPrinter printer(true, &out, nullptr);
    switch (what) {
    case 0:
        printer.printCheck(check(QStringLiteral("ssh.login"), QStringLiteral("primary"), CheckResult::Status::Error,
                                 QStringLiteral("Login"), QStringLiteral("Permission denied\nfor \"labadmin\""),
                                 QStringLiteral("Check the password")));
        break;
    case 1: printer.printStepStarted(1, 6, QStringLiteral("Copy the install directory")); break;
    case 2: printer.printStepFinished(1, 6, QStringLiteral("Copy"), false, QStringLiteral("rsync failed"), 1234); break;
    case 3: printer.printProgress(0.5, QStringLiteral("Copying…")); break;
    case 4: printer.printLog(QStringLiteral("oe-primary"), LogStream::StdErr, QStringLiteral("é 日本")); break;
    case 5: printer.printResult(CliOutcome::ChecksFailed, QStringLiteral("2 checks failed")); break;
    }
    QVERIFY(buffer.endsWith(QLatin1Char('\n')));
    QCOMPARE(buffer.count(QLatin1Char('\n')), 1); // one compact object per line
    const QList<QJsonObject> objects = parseLines(buffer);
    QCOMPARE(objects.size(), 1);
    const QJsonObject o = objects.first();
    QCOMPARE(o.value(QStringLiteral("type")).toString(), type);
    for (const QString &f : fields)
        QVERIFY2(o.contains(f), qPrintable(f));

    switch (what) {
    case 0:
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QCOMPARE(o.value(QStringLiteral("message")).toString(), QStringLiteral("Permission denied\nfor \"labadmin\""));
        break;
    case 1:
        QCOMPARE(o.value(QStringLiteral("index")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("count")).toInt(), 6);
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("started"));
        break;
    case 2:
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(o.value(QStringLiteral("elapsedMs")).toInteger(), 1234);
        QCOMPARE(o.value(QStringLiteral("message")).toString(), QStringLiteral("rsync failed"));
        break;
    case 3: QCOMPARE(o.value(QStringLiteral("fraction")).toDouble(), 0.5); break;
    case 4:
        QCOMPARE(o.value(QStringLiteral("stream")).toString(), QStringLiteral("stderr"));
        QCOMPARE(o.value(QStringLiteral("text")).toString(), QStringLiteral("é 日本"));
        QCOMPARE(o.value(QStringLiteral("host")).toString(), QStringLiteral("oe-primary"));
        break;
    case 5:
        QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("checks-failed"));
        QCOMPARE(o.value(QStringLiteral("exitCode")).toInt(), 3);
        break;
    }
}

void TestCliPrinter::jsonProgressRounded()
{
    QString buffer;
    QTextStream out(&buffer);
    CliPrinter printer(true, &out, nullptr);
    printer.printProgress(1.0 / 3.0, QStringLiteral("a"));
    printer.printProgress(1.0 / 3.0, QStringLiteral("a")); // same again: not repeated
    printer.printProgress(2.0, QStringLiteral("b"));       // clamped
    const QList<QJsonObject> objects = parseLines(buffer);
    QCOMPARE(objects.size(), 2);
    QCOMPARE(objects.at(0).value(QStringLiteral("fraction")).toDouble(), 0.3333);
    QCOMPARE(objects.at(1).value(QStringLiteral("fraction")).toDouble(), 1.0);
}

void TestCliPrinter::jsonResultMergesExtra()
{
    QString buffer;
    QTextStream out(&buffer);
    CliPrinter printer(true, &out, nullptr);
    printer.printResult(QStringLiteral("ok"), 0, QStringLiteral("Replication is healthy"), QString(),
                        QJsonObject{{QStringLiteral("lagBytes"), 0},
                                    {QStringLiteral("report"), QStringLiteral("/tmp/r.html")},
                                    {QStringLiteral("type"), QStringLiteral("hijack")}});
    const QList<QJsonObject> objects = parseLines(buffer);
    QCOMPARE(objects.size(), 1);
    const QJsonObject o = objects.first();
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("result"));
    QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
    QCOMPARE(o.value(QStringLiteral("exitCode")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("lagBytes")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("report")).toString(), QStringLiteral("/tmp/r.html"));
}

void TestCliPrinter::exitCodes()
{
    QCOMPARE(CliPrinter::exitCode(CliOutcome::Ok), 0);
    QCOMPARE(CliPrinter::exitCode(CliOutcome::Failed), 1);
    QCOMPARE(CliPrinter::exitCode(CliOutcome::BadInput), 2);
    QCOMPARE(CliPrinter::exitCode(CliOutcome::ChecksFailed), 3);
    QCOMPARE(CliPrinter::exitCode(CliOutcome::HostKey), 4);
    QCOMPARE(CliPrinter::exitCode(CliOutcome::Cancelled), 5);
    QCOMPARE(CliPrinter::outcomeName(CliOutcome::HostKey), QStringLiteral("host-key"));
    QCOMPARE(CliPrinter::outcomeName(CliOutcome::BadInput), QStringLiteral("bad-input"));
    QCOMPARE(CliPrinter::streamName(LogStream::Command), QStringLiteral("command"));
    QCOMPARE(CliPrinter::streamName(LogStream::Warning), QStringLiteral("warning"));
}

void TestCliPrinter::textChecksWithRemedies()
{
    QString buffer;
    QTextStream out(&buffer);
    CliPrinter printer(false, &out, nullptr);
    printer.printChecks(
        {check(QStringLiteral("ssh.login"), QStringLiteral("primary"), CheckResult::Status::Ok, QStringLiteral("Login"),
               QStringLiteral("Logged in as labadmin"), QStringLiteral("never shown")),
         check(QStringLiteral("sudo"), QStringLiteral("secondary"), CheckResult::Status::Error,
               QStringLiteral("Administrator rights"), QStringLiteral("sudo refused the password"),
               QStringLiteral("Check the sudo password of labadmin")),
         check(QStringLiteral("clock"), QString(), CheckResult::Status::Warning, QStringLiteral("Clock"),
               QStringLiteral("Clocks differ by 4 s"))});
    const QStringList lines = buffer.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("[  OK  ] primary")), qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).contains(QStringLiteral("ssh.login")));
    QVERIFY(lines.at(0).contains(QStringLiteral("Login")));
    QVERIFY(lines.at(0).endsWith(QStringLiteral("— Logged in as labadmin")));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("[ FAIL ] secondary")), qPrintable(lines.at(1)));
    // The remedy follows its check, indented.
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("         ")), qPrintable(lines.at(2)));
    QVERIFY(lines.at(2).contains(QStringLiteral("Check the sudo password of labadmin")));
    QVERIFY(lines.at(3).startsWith(QStringLiteral("[ WARN ] ")));
    QVERIFY(!buffer.contains(QStringLiteral("never shown")));
    // Columns are aligned: the id and the title start at the same place on every line.
    const qsizetype idColumn = lines.at(0).indexOf(QStringLiteral("ssh.login"));
    QCOMPARE(lines.at(1).indexOf(QStringLiteral("sudo")), idColumn);
    QCOMPARE(lines.at(3).indexOf(QStringLiteral("clock")), idColumn);
    QCOMPARE(lines.at(0).indexOf(QStringLiteral("Login")), lines.at(1).indexOf(QStringLiteral("Administrator rights")));
}

void TestCliPrinter::textSteps()
{
    QString buffer;
    QTextStream out(&buffer);
    CliPrinter printer(false, &out, nullptr);
    printer.printStepStarted(1, 6, QStringLiteral("Copy the install directory"));
    printer.printStepFinished(1, 6, QStringLiteral("Copy the install directory"), true, QString(), 2500);
    printer.printStepStarted(2, 6, QStringLiteral("Base backup"));
    printer.printStepFinished(2, 6, QStringLiteral("Base backup"), false, QStringLiteral("pg_basebackup failed"), 100);
    const QStringList lines = buffer.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("==> (2/6) Copy the install directory"));
    QVERIFY2(lines.at(1).contains(QStringLiteral("2.5")), qPrintable(lines.at(1)));
    QCOMPARE(lines.at(2), QStringLiteral("==> (3/6) Base backup"));
    QVERIFY(lines.at(3).contains(QStringLiteral("pg_basebackup failed")));
}

void TestCliPrinter::textProgressNotTerminal()
{
    QString buffer;
    QTextStream out(&buffer);
    CliPrinter printer(false, &out, nullptr, false);
    for (int i = 0; i <= 100; ++i)
        printer.printProgress(i / 100.0, QStringLiteral("working"));
    const QStringList lines = buffer.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 11); // 0 %, 10 %, … 100 %: one line per 10 %
    QVERIFY(!buffer.contains(QLatin1Char('\r')));
    QVERIFY(lines.last().contains(QStringLiteral("100")));
}

void TestCliPrinter::textProgressTerminal()
{
    QString buffer;
    QTextStream out(&buffer);
    CliPrinter printer(false, &out, nullptr, true);
    printer.printProgress(0.25, QStringLiteral("working"));
    printer.printProgress(0.5, QStringLiteral("working"));
    QVERIFY(!buffer.contains(QLatin1Char('\n'))); // one line, redrawn
    QCOMPARE(buffer.count(QLatin1Char('\r')), 2);
    QVERIFY(buffer.contains(QStringLiteral(" 50%")));
    printer.printLog(QStringLiteral("h"), LogStream::Info, QStringLiteral("a log line"));
    // The progress line is cleared before an ordinary line is written.
    QVERIFY(buffer.endsWith(QStringLiteral("\r\x1b[K[h] a log line\n")));
}

void TestCliPrinter::textLogPrefixedWithHost()
{
    QString buffer;
    QTextStream out(&buffer);
    CliPrinter printer(false, &out, nullptr);
    printer.printLog(QStringLiteral("oe-primary"), LogStream::StdOut, QStringLiteral("line one\nline two\n"));
    printer.printLog(QStringLiteral("oe-standby"), LogStream::Command, QStringLiteral("docker ps"));
    printer.printLog(QString(), LogStream::Info, QStringLiteral("local note"));
    const QStringList lines = buffer.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines, (QStringList{QStringLiteral("[oe-primary] line one"), QStringLiteral("[oe-primary] line two"),
                                 QStringLiteral("[oe-standby] $ docker ps"), QStringLiteral("local note")}));
}

void TestCliPrinter::errorsGoToStderr()
{
    QString outBuffer;
    QString errBuffer;
    QTextStream out(&outBuffer);
    QTextStream err(&errBuffer);
    CliPrinter printer(true, &out, &err);
    printer.printError(QStringLiteral("--plan is required"));
    QVERIFY(outBuffer.isEmpty());
    QCOMPARE(errBuffer, QStringLiteral("--plan is required\n"));
}

void TestCliPrinter::followsARunner()
{
    Flow flow;
    flow.steps.push_back(std::make_unique<LambdaStep>(QStringLiteral("One"), 1.0, [](StepContext &c) {
        c.log(QStringLiteral("h1"), LogStream::Warning, QStringLiteral("careful"));
        return StepResult::success();
    }));
    flow.steps.push_back(std::make_unique<LambdaStep>(
        QStringLiteral("Two"), 1.0, [](StepContext &) { return StepResult::error(QStringLiteral("no")); }));
    FlowRunner runner(std::move(flow));
    QString buffer;
    QTextStream out(&buffer);
    CliPrinter printer(true, &out, nullptr);
    QObject context;
    printer.follow(&runner, &context);
    runner.run();
    const QList<QJsonObject> objects = parseLines(buffer);
    QStringList types;
    for (const QJsonObject &o : objects)
        types << o.value(QStringLiteral("type")).toString();
    QVERIFY(types.contains(QStringLiteral("step")));
    QVERIFY(types.contains(QStringLiteral("progress")));
    QVERIFY(types.contains(QStringLiteral("log")));
    QJsonObject lastStep;
    for (const QJsonObject &o : objects) {
        if (o.value(QStringLiteral("type")).toString() == QLatin1String("step"))
            lastStep = o;
    }
    QCOMPARE(lastStep.value(QStringLiteral("label")).toString(), QStringLiteral("Two"));
    QCOMPARE(lastStep.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(lastStep.value(QStringLiteral("index")).toInt(), 2);
    QCOMPARE(lastStep.value(QStringLiteral("count")).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestCliPrinter)
#include "tst_cliprinter.moc"
