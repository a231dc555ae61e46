#pragma once
// Tells the operator that a part of the product is not in this version yet. Used by the
// start window's wiring until the set-up, failover and verification screens land.
#include <QCoreApplication>

class QWidget;

namespace oef::ui {

class PendingFeature
{
    Q_DECLARE_TR_FUNCTIONS(oef::ui::PendingFeature)

public:
    enum class Feature { SetUp, Failover, Verify, OpenPlan };

    static QString message(Feature feature);
    static void inform(QWidget *parent, Feature feature);
};

} // namespace oef::ui
