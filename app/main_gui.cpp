// The desktop application: wiring only (DESIGN.md section 3).
#include "wizard/icons.h"
#include "wizard/language.h"
#include "wizard/pendingfeature.h"
#include "wizard/planfile.h"
#include "wizard/startwindow.h"
#include "wizard/uisettings.h"

#include <QApplication>

using oef::ui::PendingFeature;
using oef::ui::StartWindow;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OpenELIS"));
    QApplication::setApplicationName(QStringLiteral("OE Failover"));
    QApplication::setApplicationVersion(QStringLiteral(OEF_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.openelis.OEFailover"));
    QApplication::setWindowIcon(oef::ui::appIcon());

    oef::ui::applyLanguage(oef::ui::UiSettings::language());

    StartWindow window;
    // The set-up, failover and verification screens are wired here when they land.
    QObject::connect(&window, &StartWindow::setUpRequested, &window, [&window] {
        PendingFeature::inform(&window, PendingFeature::Feature::SetUp);
    });
    QObject::connect(&window, &StartWindow::failoverRequested, &window, [&window] {
        PendingFeature::inform(&window, PendingFeature::Feature::Failover);
    });
    QObject::connect(&window, &StartWindow::verifyRequested, &window, [&window] {
        PendingFeature::inform(&window, PendingFeature::Feature::Verify);
    });
    QObject::connect(&window, &StartWindow::openPlanRequested, &window,
                     [&window](const QString &path) {
                         if (oef::ui::PlanFile::open(&window, path))
                             PendingFeature::inform(&window, PendingFeature::Feature::OpenPlan);
                     });
    window.show();
    return app.exec();
}
