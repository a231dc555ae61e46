#include "wizard/failover/failoverdatalosspage.h"

#include "backend/failover/failoverwords.h"
#include "wizard/failover/failoverwizard.h"
#include "wizard/widgets/iconlabel.h"
#include "wizard/widgets/icons.h"
#include "wizard/widgets/textlabel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace oef::ui {

FailoverDataLossPage::FailoverDataLossPage(FailoverWizard *wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("failoverDataLossPage"));
    m_icon = new IconLabel(32, this);
    m_icon->setIcon(statusIcon(StatusIcon::Warning));
    m_headline = textLabel(this, QStringLiteral("dataLossHeadline"));
    QFont f = m_headline->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    m_headline->setFont(f);
    m_text = textLabel(this, QStringLiteral("dataLossText"));
    m_confirm = new QCheckBox(this);
    m_confirm->setObjectName(QStringLiteral("dataLossConfirm"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_headline, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_text);
    layout->addSpacing(8);
    layout->addWidget(m_confirm);
    layout->addStretch();
    connect(m_confirm, &QCheckBox::toggled, this, &FailoverDataLossPage::completeChanged);
    retranslateUi();
}

void FailoverDataLossPage::retranslateUi()
{
    setTitle(tr("Possible data loss"));
    setSubTitle(tr("Read this before anything changes."));
    if (wizard() && wizard()->currentPage() == this)
        initializePage();
}

QString FailoverDataLossPage::statement() const
{
    return m_headline->text() + QLatin1Char('\n') + m_text->text();
}

void FailoverDataLossPage::initializePage()
{
    const FailoverOptions o = m_wizard->options();
    const Plan plan = m_wizard->plan();
    const FailoverProbe &p = m_wizard->probe();
    if (o.switchover) {
        m_icon->setIcon(statusIcon(StatusIcon::Ok));
        m_headline->setText(tr("A planned switchover loses nothing."));
        m_confirm->setText(tr("I &understand that OpenELIS is unavailable for about a minute "
                              "during the switchover"));
    } else {
        m_icon->setIcon(statusIcon(p.byteGap == 0 ? StatusIcon::Ok : StatusIcon::Warning));
        m_headline->setText(p.dataLossText());
        m_confirm->setText(tr("I &understand that work entered on %1 and not yet received by %2 "
                              "is lost after the failover")
                               .arg(plan.server(Role::OldPrimary).host, plan.server(Role::NewPrimary).host));
    }
    QStringList lines = failoverIntentLines(plan, p, o);
    if (!o.switchover)
        lines.removeAll(p.dataLossText());
    m_text->setText(lines.join(QStringLiteral("\n\n")));
    m_confirm->setChecked(false);
}

bool FailoverDataLossPage::isComplete() const
{
    return m_confirm->isChecked();
}

} // namespace oef::ui
