#pragma once
// Opening a plan file from the GUI: read and validate it with the backend's parser, tell the
// operator plainly when it cannot be used, and remember it among the recent plans when it can.
#include "backend/core/plan.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class QWidget;

namespace oef::ui {

class PlanFile
{
    Q_DECLARE_TR_FUNCTIONS(oef::ui::PlanFile)

public:
    // On success adds the file to the recent plans. On failure shows a warning (parent may be
    // null) naming the file and the backend's reason, and returns std::nullopt.
    static std::optional<Plan> open(QWidget *parent, const QString &path);
};

} // namespace oef::ui
