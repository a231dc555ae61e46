// The desktop application: wiring only (DESIGN.md section 3).
//   oe-failover                 the start window
//   oe-failover --plan FILE     the set-up wizard, pre-filled from a setup plan (a failover
//                               plan: the failover wizard)
#include "wizard/failover/failoverwizard.h"
#include "wizard/setup/setupwizard.h"
#include "wizard/start/planfile.h"
#include "wizard/start/startwindow.h"
#include "wizard/verify/verifylaunchdialog.h"
#include "wizard/widgets/icons.h"
#include "wizard/widgets/language.h"
#include "wizard/widgets/uisettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPointer>

#include <optional>

using oef::ui::FailoverWizard;
using oef::ui::SetupWizard;
using oef::ui::StartWindow;

namespace {

// One wizard of each kind at a time; a second request brings the open one to the front.
template <typename Wizard> void openWizard(QPointer<Wizard> &open, const std::optional<oef::Plan> &plan)
{
    if (open) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *wizard = new Wizard;
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (plan)
        wizard->setPlan(*plan);
    open = wizard;
    wizard->show();
}

QPointer<SetupWizard> g_setupWizard;
QPointer<FailoverWizard> g_failoverWizard;

void openSetupWizard(const std::optional<oef::Plan> &plan)
{
    openWizard(g_setupWizard, plan);
}

void openFailoverWizard(const std::optional<oef::Plan> &plan)
{
    openWizard(g_failoverWizard, plan);
}

void openPlan(const oef::Plan &plan)
{
    if (plan.kind == oef::Plan::Kind::Setup)
        openSetupWizard(plan);
    else
        openFailoverWizard(plan);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OpenELIS"));
    QApplication::setApplicationName(QStringLiteral("OE Failover"));
    QApplication::setApplicationVersion(QStringLiteral(OEF_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.openelis.OEFailover"));
    QApplication::setWindowIcon(oef::ui::appIcon());

    oef::ui::applyLanguage(oef::ui::UiSettings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
                                                                 "Set up a hot-standby OpenELIS server, fail over to "
                                                                 "it, and verify replication."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption planOption(QStringLiteral("plan"),
                                        QCoreApplication::translate("main",
                                                                    "Open the set-up wizard or the failover wizard "
                                                                    "filled in from this plan."),
                                        QCoreApplication::translate("main", "FILE"));
    parser.addOption(planOption);
    parser.process(app);

    StartWindow window;
    QObject::connect(&window, &StartWindow::setUpRequested, &window, [] { openSetupWizard(std::nullopt); });
    QObject::connect(&window, &StartWindow::failoverRequested, &window, [] { openFailoverWizard(std::nullopt); });
    QObject::connect(&window, &StartWindow::verifyRequested, &window,
                     [&window] { oef::ui::VerifyLaunchDialog::openVerification(&window); });
    QObject::connect(&window, &StartWindow::openPlanRequested, &window, [&window](const QString &path) {
        const std::optional<oef::Plan> plan = oef::ui::PlanFile::open(&window, path);
        if (plan)
            openPlan(*plan);
    });
    window.show();

    if (parser.isSet(planOption)) {
        const std::optional<oef::Plan> plan = oef::ui::PlanFile::open(&window, parser.value(planOption));
        if (plan)
            openPlan(*plan);
    }
    return app.exec();
}
