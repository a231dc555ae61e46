#pragma once
// Access to the two-server lab (tests/lab/lab.sh) for integration tests. A test that needs the
// lab calls LabEnv::require(): it fails loudly when the lab is not up, it never skips.
#include <QByteArray>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace oef::test {

struct LabEnv
{
    QMap<QString, QString> vars;
    QString value(const QString &key) const { return vars.value(key); }
    QString primary() const { return value(QStringLiteral("OEF_LAB_PRIMARY")); }
    QString secondary() const { return value(QStringLiteral("OEF_LAB_SECONDARY")); }
    QString spare() const { return value(QStringLiteral("OEF_LAB_SPARE")); }
    QString user() const { return value(QStringLiteral("OEF_LAB_USER")); }
    QString password() const { return value(QStringLiteral("OEF_LAB_PASSWORD")); }
    QString labSh() const { return QStringLiteral(OEF_LAB_SH); }

    // Loads `lab.sh env`; on failure returns false and sets *why.
    bool load(QString *why);

    // Runs `lab.sh ARGS...` (stdin optional); returns exit code, fills out/err.
    int lab(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr, const QByteArray &input = {},
            int timeoutMs = 300000) const;
    // `lab.sh exec HOST sh -c SCRIPT`, stdout trimmed.
    QString exec(const QString &host, const QString &script, int *exitCode = nullptr) const;
    // `lab.sh psql HOST DB` with SQL on stdin, stdout trimmed.
    QString psql(const QString &host, const QString &sql, const QString &db = QStringLiteral("postgres"),
                 int *exitCode = nullptr) const;
    // SHA256 fingerprint of a server's current ed25519 host key ("SHA256:...").
    QString hostKeyFingerprint(const QString &address) const;
    // Writes a known_hosts file with the current keys of the given servers.
    bool writeKnownHosts(const QString &path, const QStringList &addresses) const;
};

// Parses shell assignments NAME=VALUE with single/double quotes and backslash escapes,
// as printed by `lab.sh env` (printf %q style).
QMap<QString, QString> parseShellAssignments(const QByteArray &text);

} // namespace oef::test

// Use at the start of a lab test: QFAIL with the reason when the lab is missing.
#define OEF_REQUIRE_LAB(env)                                                                                           \
    do {                                                                                                               \
        QString why_;                                                                                                  \
        if (!(env).load(&why_))                                                                                        \
            QFAIL(qPrintable(QStringLiteral("The lab is not up (%1). Start it with "                                   \
                                            "'tests/lab/lab.sh up' (as root).")                                        \
                                 .arg(why_)));                                                                         \
    } while (false)
