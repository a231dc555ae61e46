#pragma once
// Runs oe-failover-cli as a child process, secrets on stdin, and parses its --json lines.
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace oef::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> objects; // every JSON line of stdout

    QList<QJsonObject> ofType(const QString &type) const
    {
        QList<QJsonObject> r;
        for (const QJsonObject &o : objects)
            if (o.value(QStringLiteral("type")).toString() == type)
                r << o;
        return r;
    }
    QJsonObject check(const QString &role, const QString &id) const
    {
        for (const QJsonObject &o : ofType(QStringLiteral("check")))
            if (o.value(QStringLiteral("role")).toString() == role && o.value(QStringLiteral("id")).toString() == id)
                return o;
        return {};
    }
    QJsonObject result() const
    {
        const QList<QJsonObject> r = ofType(QStringLiteral("result"));
        return r.isEmpty() ? QJsonObject() : r.last();
    }
    bool allLinesAreJson = true;
};

inline CliRun runCli(const QStringList &args, const QByteArray &stdinData = {}, int timeoutMs = 600000)
{
    CliRun r;
    QProcess p;
    p.start(QStringLiteral(OEF_CLI_BIN), args);
    p.waitForStarted();
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    for (const QByteArray &line : r.out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError e{};
        const QJsonDocument d = QJsonDocument::fromJson(line, &e);
        if (d.isObject())
            r.objects << d.object();
        else
            r.allLinesAreJson = false;
    }
    return r;
}

} // namespace oef::test
