// shellQuote / shellCommandLine, checked against a real POSIX shell: whatever we quote, /bin/sh
// must hand back exactly the original word.
#include "backend/core/shellquote.h"

#include <QProcess>
#include <QtTest>

using namespace oef;

namespace {

struct ShellRun
{
    bool ok = false;
    QByteArray out;
    QByteArray err;
};

ShellRun runShell(const QString &line)
{
    ShellRun r;
    QProcess p;
    p.setProgram(QStringLiteral("/bin/sh"));
    p.setArguments({QStringLiteral("-c"), line});
    p.start();
    if (!p.waitForFinished(10000))
        return r;
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestShellQuote : public QObject
{
    Q_OBJECT

private slots:
    void quote_data();
    void quote();
    void shellGivesWordBack_data();
    void shellGivesWordBack();
    void commandLineRoundTrip_data();
    void commandLineRoundTrip();
};

void TestShellQuote::quote_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("pg_basebackup") << QStringLiteral("pg_basebackup");
    QTest::newRow("path") << QStringLiteral("/var/lib/openelis-global") << QStringLiteral("/var/lib/openelis-global");
    QTest::newRow("all safe punctuation")
        << QStringLiteral("a_b.c/d:e@f,g+h%i-j") << QStringLiteral("a_b.c/d:e@f,g+h%i-j");
    QTest::newRow("leading dash stays bare") << QStringLiteral("-n") << QStringLiteral("-n");
    QTest::newRow("empty") << QString() << QStringLiteral("''");
    QTest::newRow("space") << QStringLiteral("Hello Remote World!") << QStringLiteral("'Hello Remote World!'");
    QTest::newRow("single quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
    QTest::newRow("only a quote") << QStringLiteral("'") << QStringLiteral("''\\'''");
    QTest::newRow("dollar") << QStringLiteral("$HOME") << QStringLiteral("'$HOME'");
    QTest::newRow("tilde") << QStringLiteral("~") << QStringLiteral("'~'");
    QTest::newRow("star") << QStringLiteral("*") << QStringLiteral("'*'");
    QTest::newRow("equals") << QStringLiteral("a=b") << QStringLiteral("'a=b'");
    QTest::newRow("non-ASCII") << QStringLiteral("é") << QStringLiteral("'é'");
}

void TestShellQuote::quote()
{
    QFETCH(QString, word);
    QFETCH(QString, expected);
    QCOMPARE(shellQuote(word), expected);
}

void TestShellQuote::shellGivesWordBack_data()
{
    QTest::addColumn<QString>("word");

    QTest::newRow("hello") << QStringLiteral("Hello Remote World!");
    QTest::newRow("single quotes") << QStringLiteral("it's 'quoted'");
    QTest::newRow("double quotes") << QStringLiteral("say \"hi\"");
    QTest::newRow("mixed quotes") << QStringLiteral("'\"'\"");
    QTest::newRow("only a quote") << QStringLiteral("'");
    QTest::newRow("dollar HOME") << QStringLiteral("$HOME");
    QTest::newRow("dollar braces") << QStringLiteral("${HOME}$(id)");
    QTest::newRow("backticks") << QStringLiteral("`id`");
    QTest::newRow("semicolon") << QStringLiteral("a; rm -rf /tmp/nothing-here");
    QTest::newRow("and-and") << QStringLiteral("true && false");
    QTest::newRow("pipe and redirect") << QStringLiteral("a | b > c < d 2>&1");
    QTest::newRow("newline") << QStringLiteral("line one\nline two");
    QTest::newRow("trailing newline") << QStringLiteral("ends with newline\n");
    QTest::newRow("only newlines") << QStringLiteral("\n\n");
    QTest::newRow("tab") << QStringLiteral("a\tb");
    QTest::newRow("backslash") << QStringLiteral("back\\slash\\");
    QTest::newRow("non-ASCII French") << QStringLiteral("Laboratoire d'Hématologie");
    QTest::newRow("non-ASCII Japanese") << QStringLiteral("日本");
    QTest::newRow("emoji") << QStringLiteral("🧪 test");
    QTest::newRow("empty") << QString();
    QTest::newRow("leading dash") << QStringLiteral("-n");
    QTest::newRow("leading dash with space") << QStringLiteral("-e x");
    QTest::newRow("star") << QStringLiteral("*");
    QTest::newRow("glob") << QStringLiteral("/etc/*.conf");
    QTest::newRow("tilde") << QStringLiteral("~");
    QTest::newRow("tilde path") << QStringLiteral("~root/x");
    QTest::newRow("hash") << QStringLiteral("#not a comment");
    QTest::newRow("braces") << QStringLiteral("{a,b}");
    QTest::newRow("brackets") << QStringLiteral("[abc]");
    QTest::newRow("exclamation") << QStringLiteral("!!");
    QTest::newRow("percent") << QStringLiteral("%s %d");
    QTest::newRow("plain") << QStringLiteral("plain-word_1.2");
}

void TestShellQuote::shellGivesWordBack()
{
    QFETCH(QString, word);
    // printf '%s\n' prints the word followed by exactly one newline, so comparing the whole
    // output with word + "\n" also covers words that contain or end with newlines.
    const QString line = QStringLiteral("printf '%s\\n' ") + shellQuote(word);
    const ShellRun r = runShell(line);
    QVERIFY2(r.ok, qPrintable(QString::fromUtf8(r.err)));
    QCOMPARE(r.out, word.toUtf8() + '\n');
}

void TestShellQuote::commandLineRoundTrip_data()
{
    QTest::addColumn<QStringList>("words");

    QTest::newRow("one") << QStringList{QStringLiteral("Hello Remote World!")};
    QTest::newRow("several") << QStringList{QStringLiteral("docker"),
                                            QStringLiteral("exec"),
                                            QStringLiteral("-i"),
                                            QStringLiteral("openelisglobal-database"),
                                            QStringLiteral("psql"),
                                            QStringLiteral("-c"),
                                            QStringLiteral("SELECT 'x' AS \"y\";")};
    QTest::newRow("awkward") << QStringList{QString(),
                                            QStringLiteral("$HOME"),
                                            QStringLiteral("`id`"),
                                            QStringLiteral("a;b"),
                                            QStringLiteral("&&"),
                                            QStringLiteral("x\ny"),
                                            QStringLiteral("\t"),
                                            QStringLiteral("é"),
                                            QStringLiteral("日本"),
                                            QStringLiteral("-rf"),
                                            QStringLiteral("*"),
                                            QStringLiteral("~"),
                                            QStringLiteral("'"),
                                            QStringLiteral("\"")};
    QTest::newRow("spaces only") << QStringList{QStringLiteral(" "), QStringLiteral("  ")};
}

void TestShellQuote::commandLineRoundTrip()
{
    QFETCH(QStringList, words);
    // printf '%s\0' word... : each argument comes back followed by a NUL byte.
    const QStringList argv = QStringList{QStringLiteral("printf"), QStringLiteral("%s\\0")} + words;
    const QString line = shellCommandLine(argv);
    const ShellRun r = runShell(line);
    QVERIFY2(r.ok, qPrintable(QString::fromUtf8(r.err)));
    QVERIFY(r.out.endsWith('\0'));
    QList<QByteArray> parts = r.out.split('\0');
    parts.removeLast(); // after the final NUL
    QStringList back;
    for (const QByteArray &p : parts)
        back << QString::fromUtf8(p);
    QCOMPARE(back, words);
}

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
