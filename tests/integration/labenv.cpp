#include "labenv.h"
#include <QFile>
#include <QRegularExpression>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace oef::test {

namespace {
// Lab test functions run real flows (and data rows of them) for longer than QtTest's default
// five-minute watchdog; set a longer one before QTest starts, unless the caller chose one.
const bool g_longWatchdog = [] {
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "2400000");
    return true;
}();
} // namespace

QMap<QString, QString> parseShellAssignments(const QByteArray &text)
{
    QMap<QString, QString> out;
    for (const QByteArray &rawLine : text.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || eq <= 0)
            continue;
        QString name = line.left(eq);
        if (name.startsWith(QStringLiteral("export ")))
            name = name.mid(7).trimmed();
        const QString v = line.mid(eq + 1);
        QString value;
        for (qsizetype i = 0; i < v.size(); ++i) {
            const QChar c = v[i];
            if (c == QLatin1Char('\'')) {
                const qsizetype end = v.indexOf(QLatin1Char('\''), i + 1);
                value += v.mid(i + 1, (end < 0 ? v.size() : end) - i - 1);
                i = end < 0 ? v.size() : end;
            } else if (c == QLatin1Char('$') && i + 1 < v.size() && v[i + 1] == QLatin1Char('\'')) {
                // $'...' ANSI-C quoting
                ++i;
                for (++i; i < v.size() && v[i] != QLatin1Char('\''); ++i) {
                    if (v[i] == QLatin1Char('\\') && i + 1 < v.size()) {
                        const QChar e = v[++i];
                        if (e == QLatin1Char('n'))
                            value += QLatin1Char('\n');
                        else if (e == QLatin1Char('t'))
                            value += QLatin1Char('\t');
                        else
                            value += e;
                    } else {
                        value += v[i];
                    }
                }
            } else if (c == QLatin1Char('"')) {
                for (++i; i < v.size() && v[i] != QLatin1Char('"'); ++i) {
                    if (v[i] == QLatin1Char('\\') && i + 1 < v.size())
                        ++i;
                    value += v[i];
                }
            } else if (c == QLatin1Char('\\') && i + 1 < v.size()) {
                value += v[++i];
            } else {
                value += c;
            }
        }
        out.insert(name, value);
    }
    return out;
}

int LabEnv::lab(const QStringList &args, QByteArray *out, QByteArray *err, const QByteArray &input, int timeoutMs) const
{
    QProcess p;
    p.start(QStringLiteral("bash"), QStringList{labSh()} + args);
    if (!p.waitForStarted())
        return -1;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return -2;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
}

bool LabEnv::load(QString *why)
{
    // One test process at a time drives the lab: they reset servers and inject faults.
    // The lock is held until this process exits.
    static int lockFd = -1;
    if (lockFd < 0) {
        lockFd = ::open("/run/oef-lab-test.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (lockFd >= 0 && ::flock(lockFd, LOCK_EX | LOCK_NB) != 0) {
            qInfo("Waiting for another test to finish with the lab...");
            ::flock(lockFd, LOCK_EX);
        }
    }
    QByteArray out, err;
    // status exits non-zero whenever a container is down, which flows do on purpose: what a
    // test needs is both servers' sshd and Docker engine.
    lab({QStringLiteral("status")}, &out, &err);
    for (const char *server : {"primary ", "secondary "}) {
        bool up = false;
        for (const QByteArray &line : out.split('\n'))
            up = up || (line.startsWith(server) && line.contains("ssh=up") && line.contains("docker=up"));
        if (!up) {
            *why = QStringLiteral("lab.sh status: %1").arg(QString::fromUtf8(err + out).trimmed());
            return false;
        }
    }
    if (lab({QStringLiteral("env")}, &out, &err) != 0) {
        *why = QString::fromUtf8(err).trimmed();
        return false;
    }
    vars = parseShellAssignments(out);
    if (primary().isEmpty() || secondary().isEmpty() || password().isEmpty()) {
        *why = QStringLiteral("lab.sh env printed no addresses");
        return false;
    }
    return true;
}

QString LabEnv::exec(const QString &host, const QString &script, int *exitCode) const
{
    QByteArray out;
    const int rc = lab({QStringLiteral("exec"), host, QStringLiteral("sh"), QStringLiteral("-c"), script}, &out);
    if (exitCode)
        *exitCode = rc;
    return QString::fromUtf8(out).trimmed();
}

QString LabEnv::psql(const QString &host, const QString &sql, const QString &db, int *exitCode) const
{
    QByteArray out;
    const int rc = lab({QStringLiteral("psql"), host, db}, &out, nullptr, sql.toUtf8());
    if (exitCode)
        *exitCode = rc;
    return QString::fromUtf8(out).trimmed();
}

QString LabEnv::hostKeyFingerprint(const QString &address) const
{
    QProcess p;
    p.start(QStringLiteral("sh"),
            {QStringLiteral("-c"),
             QStringLiteral("ssh-keyscan -T 5 -t ed25519 \"$1\" 2>/dev/null | ssh-keygen -lf - -E sha256"),
             QStringLiteral("sh"), address});
    p.waitForFinished(20000);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression re(QStringLiteral("(SHA256:[A-Za-z0-9+/]{43})"));
    return re.match(out).captured(1);
}

bool LabEnv::writeKnownHosts(const QString &path, const QStringList &addresses) const
{
    QProcess p;
    p.start(QStringLiteral("ssh-keyscan"), QStringList{QStringLiteral("-T"), QStringLiteral("5")} + addresses);
    p.waitForFinished(30000);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(p.readAllStandardOutput());
    return true;
}

} // namespace oef::test
