#include "wizard/start/planfile.h"

#include "wizard/widgets/uisettings.h"

#include <QDir>
#include <QMessageBox>

namespace oef::ui {

std::optional<Plan> PlanFile::open(QWidget *parent, const QString &path)
{
    PlanError error;
    std::optional<Plan> plan = loadPlanFile(path, &error);
    if (plan) {
        RecentPlans::add(path);
        return plan;
    }
    QMessageBox box(QMessageBox::Warning, tr("Cannot open plan"),
                    tr("The plan file %1 cannot be used.").arg(QDir::toNativeSeparators(path)), QMessageBox::Ok,
                    parent);
    box.setObjectName(QStringLiteral("planErrorBox"));
    box.setInformativeText(error.message);
    box.exec();
    return std::nullopt;
}

} // namespace oef::ui
