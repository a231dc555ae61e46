#include "wizard/widgets/uisettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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

RecentPlans *RecentPlans::instance()
{
    static RecentPlans *notifier = new RecentPlans(QCoreApplication::instance());
    return notifier;
}

void RecentPlans::add(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList paths = UiSettings::recentPlans();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    UiSettings::setRecentPlans(paths);
    emit instance()->changed();
}

void RecentPlans::remove(const QString &path)
{
    QStringList paths = UiSettings::recentPlans();
    paths.removeAll(path);
    UiSettings::setRecentPlans(paths);
    emit instance()->changed();
}

} // namespace oef::ui
