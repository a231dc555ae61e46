#include "wizard/failover/failoverresultpage.h"

#include "backend/core/runner.h"
#include "backend/failover/failoverwords.h"
#include "wizard/common/progresspage.h"
#include "wizard/failover/failoverwizard.h"
#include "wizard/widgets/iconlabel.h"
#include "wizard/widgets/icons.h"
#include "wizard/widgets/textlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace oef::ui {

FailoverResultPage::FailoverResultPage(FailoverWizard *wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("failoverResultPage"));
    setFinalPage(true);
    m_icon = new IconLabel(40, this);
    m_headline = textLabel(this, QStringLiteral("resultHeadline"));
    QFont f = m_headline->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_headline->setFont(f);
    m_addressLabel = new QLabel(this);
    m_address = textLabel(this, QStringLiteral("newAddress"));
    QFont big = m_address->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_address->setFont(big);
    m_address->setFocusPolicy(Qt::StrongFocus);
    m_health = textLabel(this, QStringLiteral("resultHealth"));
    m_certificate = textLabel(this, QStringLiteral("resultCertificate"));
    m_message = textLabel(this, QStringLiteral("resultMessage"));
    m_panel = new ReportPanel(m_wizard, m_wizard->progressPage(), this);
    m_panel->reportLabel()->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_headline, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_addressLabel);
    layout->addWidget(m_address);
    layout->addWidget(m_health);
    layout->addWidget(m_certificate);
    layout->addSpacing(4);
    layout->addWidget(m_message);
    layout->addWidget(m_panel, 1);

    connect(m_panel->verifyButton(), &QPushButton::clicked, this, [this] { m_wizard->openVerification(); });
    retranslateUi();
}

void FailoverResultPage::retranslateUi()
{
    setTitle(tr("Result"));
    m_addressLabel->setText(tr("The address users must now use:"));
    if (wizard() && wizard()->currentPage() == this)
        initializePage();
}

QString FailoverResultPage::headline() const
{
    return m_headline->text();
}
QString FailoverResultPage::addressText() const
{
    return m_address->isVisibleTo(this) ? m_address->text() : QString();
}
QString FailoverResultPage::healthText() const
{
    return m_health->text();
}
QString FailoverResultPage::certificateText() const
{
    return m_certificate->text();
}
QString FailoverResultPage::messageText() const
{
    return m_message->text();
}

void FailoverResultPage::initializePage()
{
    const ProgressPage *progress = m_wizard->progressPage();
    const Plan plan = m_wizard->plan();
    const std::shared_ptr<FailoverState> state = m_wizard->failoverState();
    const bool switchover = m_wizard->isSwitchover();
    const int outcome = progress->outcome();
    const bool ok = outcome == int(FlowOutcome::Succeeded);
    const bool promoted = !state->newAddress.isEmpty();

    if (ok) {
        m_icon->setIcon(statusIcon(state->healthy && state->certificateCovers ? StatusIcon::Ok : StatusIcon::Warning));
        m_headline->setText(switchover ? tr("The switchover is complete.") : tr("The failover is complete."));
        m_message->setText(failoverSuccessText(plan, *state, switchover));
    } else if (outcome == int(FlowOutcome::Cancelled)) {
        m_icon->setIcon(statusIcon(StatusIcon::Warning));
        m_headline->setText(tr("Cancelled."));
        m_message->setText(tr("Cancelled. The report says where it stopped and the state of each "
                              "server."));
    } else {
        m_icon->setIcon(statusIcon(StatusIcon::Error));
        m_headline->setText(switchover ? tr("The switchover stopped.") : tr("The failover stopped."));
        QString text = progress->failureMessage();
        const int stopped = progress->stoppedStep();
        if (stopped >= 0 && stopped < progress->stepLabels().size())
            text = tr("It stopped at “%1”: %2").arg(progress->stepLabels().at(stopped), text);
        if (!promoted)
            text += QLatin1Char(' ')
                    + tr("%1 was not promoted: users go on using %2 if it still works.")
                          .arg(plan.server(Role::NewPrimary).host, plan.server(Role::OldPrimary).host);
        m_message->setText(text);
    }

    const QString address = promoted ? state->newAddress : plan.server(Role::NewPrimary).host;
    m_addressLabel->setVisible(promoted);
    m_address->setVisible(promoted);
    m_address->setText(QStringLiteral("https://%1:8443/").arg(address));
    m_health->setVisible(promoted);
    m_health->setText(state->healthy ? tr("OpenELIS answers its health check there (%1).").arg(state->healthPath)
                                     : tr("OpenELIS did not answer its health check there: look at the "
                                          "report and at the containers on %1.")
                                           .arg(address));
    m_certificate->setVisible(promoted);
    m_certificate->setText(state->certificateCovers
                               ? tr("Its certificate names this address: browsers will not warn.")
                               : tr("Its certificate does not name this address: browsers will warn "
                                    "until a certificate for %1 is installed.")
                                     .arg(address));

    m_panel->setDetails(ok ? QString() : progress->failureDetails());
    const QString dir = progress->reportDir();
    m_panel->setReport(dir, !dir.isEmpty() ? tr("The report (JSON and HTML, without any password) is in %1.").arg(dir)
                                           : tr("The report could not be written: %1").arg(progress->reportError()));
    const bool pair = ok && m_wizard->pairAfterRun().has_value();
    m_panel->verifyButton()->setEnabled(pair);
    m_panel->verifyButton()->setToolTip(pair ? tr("Open the verification screen for %1 and its standby.").arg(address)
                                             : tr("There is no standby yet: set one up first (Set up failover), "
                                                  "then verify."));
}

} // namespace oef::ui
