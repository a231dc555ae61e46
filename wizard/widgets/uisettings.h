#pragma once
// Where the GUI keeps its preferences: QSettings for organization "OpenELIS", application
// "OE Failover". Only preferences and file paths live there, never secrets (DESIGN.md 7).
#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace oef::ui {

class UiSettings
{
public:
    static constexpr int MaxRecentPlans = 8;

    static QStringList recentPlans(); // most recent first
    static void setRecentPlans(const QStringList &paths);

    static QString language(); // "" (system default), "en", "fr"
    static void setLanguage(const QString &code);

private:
    static QSettings open();
};

// The "Recent plans" list, with a signal so every open window that shows it can refresh.
class RecentPlans : public QObject
{
    Q_OBJECT
public:
    static RecentPlans *instance();
    // Puts a plan file first (absolute path, no duplicates, at most UiSettings::MaxRecentPlans).
    // For the screens that open or save plans: call it once the file was read or written.
    static void add(const QString &path);
    static void remove(const QString &path);

signals:
    void changed();

private:
    using QObject::QObject;
};

} // namespace oef::ui
