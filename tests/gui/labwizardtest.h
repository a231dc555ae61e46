#pragma once
// What the wizards' lab tests share: the lab, a temporary folder that stands in for the user's
// settings, the known_hosts file, the watch for the lab password, and a clock for the log.
#include "../integration/labenv.h"
#include "labsecretwatch.h"

#include <QDebug>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace oef::test {

class LabWizardTest : public QObject
{
protected:
    // Starts the clock; keeps the user's settings and keychain out of the test: settings under
    // the temporary folder, test-mode standard paths, no session bus (and so no keychain).
    // False when the temporary folder could not be made.
    bool isolate()
    {
        m_clock.start();
        if (!m_dir.isValid())
            return false;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QStandardPaths::setTestModeEnabled(true);
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus"); // no keychain here
        return true;
    }
    // Watches both servers' containers for the lab password until stopped.
    void watchSecrets()
    {
        m_watch = std::make_unique<LabSecretWatch>(
            QList<QByteArray>{m_env.password().toUtf8()},
            QStringList{QStringLiteral("oef-primary"), QStringLiteral("oef-secondary")});
    }
    QString sql(const QString &host, const QString &query, const QString &db = QStringLiteral("clinlims")) const
    {
        return m_env.psql(host, query, db);
    }
    void log(const QString &what)
    {
        qInfo().noquote() << QStringLiteral("[%1 s] %2").arg(m_clock.elapsed() / 1000.0, 0, 'f', 1).arg(what);
    }

    LabEnv m_env;
    QTemporaryDir m_dir;
    QString m_knownHosts;
    std::unique_ptr<LabSecretWatch> m_watch;
    QElapsedTimer m_clock;
};

} // namespace oef::test
