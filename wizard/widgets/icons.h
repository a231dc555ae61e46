#pragma once
// The product's icons: status icons for checks and steps, the three start-window choices and
// the application icon. Status and choice icons are drawn (VectorIconEngine), so they are
// sharp at any device pixel ratio.
#include "backend/core/check.h"

#include <QIcon>

namespace oef::ui {

enum class StatusIcon { Ok, Warning, Error, Skipped, Running };
enum class ChoiceIcon { SetUp, Failover, Verify };

QIcon statusIcon(StatusIcon status);
QIcon choiceIcon(ChoiceIcon choice);

inline QIcon statusIcon(CheckResult::Status status)
{
    switch (status) {
    case CheckResult::Status::Ok: return statusIcon(StatusIcon::Ok);
    case CheckResult::Status::Warning: return statusIcon(StatusIcon::Warning);
    case CheckResult::Status::Error: return statusIcon(StatusIcon::Error);
    case CheckResult::Status::Skipped: break;
    }
    return statusIcon(StatusIcon::Skipped);
}

// The application icon: PNGs embedded at 32, 64, 128 and 256 px (no image plugin needed),
// plus the SVG when this Qt can read SVG.
QIcon appIcon();

} // namespace oef::ui
