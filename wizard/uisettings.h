#pragma once
// Where the GUI keeps its preferences: QSettings for organization "OpenELIS", application
// "OE Failover". Only preferences and file paths live there, never secrets (DESIGN.md 7).
#include <QSettings>
#include <QString>
#include <QStringList>

namespace oef::ui {

class UiSettings
{
public:
    static constexpr int MaxRecentPlans = 8;

    static QStringList recentPlans();                  // most recent first
    static void setRecentPlans(const QStringList &paths);

    static QString language();                         // "" (system default), "en", "fr"
    static void setLanguage(const QString &code);

private:
    static QSettings open();
};

} // namespace oef::ui
