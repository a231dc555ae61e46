#include "wizard/pendingfeature.h"

#include <QMessageBox>

namespace oef::ui {

QString PendingFeature::message(Feature feature)
{
    // Whole sentences per feature, so that each translation can agree in gender and number.
    switch (feature) {
    case Feature::SetUp:
        return tr("Setting up failover arrives in a later version of OE Failover.");
    case Feature::Failover:
        return tr("Executing a failover arrives in a later version of OE Failover.");
    case Feature::Verify:
        return tr("Verifying replication arrives in a later version of OE Failover.");
    case Feature::OpenPlan:
        return tr("The plan was read successfully. The screens that use a plan arrive in a "
                  "later version of OE Failover.");
    }
    return {};
}

void PendingFeature::inform(QWidget *parent, Feature feature)
{
    QMessageBox::information(parent, tr("Not available yet"), message(feature));
}

} // namespace oef::ui
