// oe-failover-cli: wiring only; the command line lives in the backend (backend/cli/cli.cpp).
#include "backend/cli/cli.h"
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OpenELIS"));
    QCoreApplication::setApplicationName(QStringLiteral("oe-failover-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OEF_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("oe-failover"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    return oef::runCli(QCoreApplication::arguments());
}
