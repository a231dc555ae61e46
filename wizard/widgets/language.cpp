#include "wizard/widgets/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace oef::ui {
namespace {

// Owned by the application object; QPointer in case it goes first.
QPointer<QTranslator> g_productTranslator;
QPointer<QTranslator> g_qtTranslator;

void uninstall(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator.data();
    translator.clear();
}

QTranslator *install(const QLocale &locale, const QString &baseName, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, baseName, QStringLiteral("_"), directory)
        && QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace

bool applyLanguage(const QString &code)
{
    uninstall(g_productTranslator);
    uninstall(g_qtTranslator);

    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    // Numbers and dates follow the chosen language too.
    QLocale::setDefault(locale);

    g_productTranslator = install(locale, QStringLiteral("oe-failover"), QStringLiteral(":/i18n"));
    g_qtTranslator = install(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return !g_productTranslator.isNull();
}

} // namespace oef::ui
