#include "wizard/uisettings.h"

namespace oef::ui {
namespace {
const QString RecentPlansKey = QStringLiteral("recentPlans");
const QString LanguageKey = QStringLiteral("language");
} // namespace

QSettings UiSettings::open()
{
    return QSettings(QStringLiteral("OpenELIS"), QStringLiteral("OE Failover"));
}

QStringList UiSettings::recentPlans()
{
    QStringList paths = open().value(RecentPlansKey).toStringList();
    paths.removeAll(QString());
    paths.removeDuplicates();
    if (paths.size() > MaxRecentPlans)
        paths.resize(MaxRecentPlans);
    return paths;
}

void UiSettings::setRecentPlans(const QStringList &paths)
{
    QStringList kept = paths;
    kept.removeAll(QString());
    kept.removeDuplicates();
    if (kept.size() > MaxRecentPlans)
        kept.resize(MaxRecentPlans);
    QSettings settings = open();
    settings.setValue(RecentPlansKey, kept);
}

QString UiSettings::language()
{
    return open().value(LanguageKey).toString();
}

void UiSettings::setLanguage(const QString &code)
{
    QSettings settings = open();
    settings.setValue(LanguageKey, code);
}

} // namespace oef::ui
