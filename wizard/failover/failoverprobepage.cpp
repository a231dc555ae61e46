#include "wizard/failover/failoverprobepage.h"

#include "backend/failover/failoverwords.h"
#include "backend/workers/guiworker.h"
#include "wizard/failover/failoverwizard.h"
#include "wizard/widgets/icons.h"
#include "wizard/widgets/serverfields.h"
#include "wizard/widgets/textlabel.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace oef::ui {

FailoverProbePage::FailoverProbePage(FailoverWizard *wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("failoverProbePage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("probeChecks"));
    m_tree->setColumnCount(3);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_status = textLabel(this, QStringLiteral("probeStatus"));
    m_verdict = textLabel(this, QStringLiteral("probeVerdict"));
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_refusal = problemLabel(this, QStringLiteral("probeRefusal"));
    m_refusal->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_choice = new QGroupBox(this);
    m_choice->setObjectName(QStringLiteral("oldPrimaryChoice"));
    m_choiceText = new QLabel(m_choice);
    m_choiceText->setWordWrap(true);
    m_restart = new QPushButton(m_choice);
    m_restart->setObjectName(QStringLiteral("restartOldPrimary"));
    m_restartResult = textLabel(m_choice, QStringLiteral("restartResult"));
    m_restartResult->hide();
    m_bringDown = new QCheckBox(m_choice);
    m_bringDown->setObjectName(QStringLiteral("bringDownCheck"));
    auto *restartRow = new QHBoxLayout;
    restartRow->addWidget(m_restart);
    restartRow->addStretch();
    auto *choiceLayout = new QVBoxLayout(m_choice);
    choiceLayout->addWidget(m_choiceText);
    choiceLayout->addLayout(restartRow);
    choiceLayout->addWidget(m_restartResult);
    choiceLayout->addWidget(m_bringDown);
    m_choice->hide();

    m_again = new QPushButton(this);
    m_again->setObjectName(QStringLiteral("probeAgain"));
    auto *againRow = new QHBoxLayout;
    againRow->addWidget(m_again);
    againRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_verdict);
    layout->addWidget(m_refusal);
    layout->addWidget(m_choice);
    layout->addLayout(againRow);

    GuiWorker *worker = m_wizard->worker();
    connect(worker, &GuiWorker::checkReported, this, &FailoverProbePage::onCheck);
    connect(worker, &GuiWorker::failoverProbed, this, &FailoverProbePage::onProbed);
    connect(worker, &GuiWorker::oldPrimaryRestarted, this, &FailoverProbePage::onRestarted);
    connect(m_again, &QPushButton::clicked, this, &FailoverProbePage::probe);
    connect(m_bringDown, &QCheckBox::toggled, this, &FailoverProbePage::completeChanged);
    connect(m_restart, &QPushButton::clicked, this, [this] {
        if (isBusy())
            return;
        m_restarting = true;
        m_restartResult->setText(tr("Restarting OpenELIS on the old primary and waiting for it "
                                    "to answer…"));
        m_restartResult->show();
        m_request = m_wizard->worker()->restartOldPrimary(m_wizard->plan(), m_wizard->secrets(),
                                                          m_wizard->hostKeyPolicy());
        refresh();
    });
    retranslateUi();
}

void FailoverProbePage::retranslateUi()
{
    setTitle(tr("The servers now"));
    setSubTitle(tr("What the target and the old primary answer. Nothing is changed here."));
    m_intro->setText(tr("The target must be a standby. The old primary is checked from this "
                        "computer and from the target: if it still answers, failing over may "
                        "not be needed, and if it goes on accepting work, two servers would "
                        "each hold part of it."));
    m_tree->setHeaderLabels({tr("Server"), tr("Check"), tr("Result")});
    m_choice->setTitle(tr("The old primary still answers"));
    m_restart->setText(tr("&Restart OpenELIS on the old primary and check again"));
    m_again->setText(tr("&Check again"));
    refresh();
}

bool FailoverProbePage::offersRestart() const
{
    return m_haveProbe && offersOldPrimaryRestart(m_wizard->probe(), m_wizard->isSwitchover());
}

QString FailoverProbePage::verdictText() const
{
    return m_verdict->text();
}

QString FailoverProbePage::refusalText() const
{
    return m_refusalText;
}

QString FailoverProbePage::restartText() const
{
    return m_restartResult->isVisibleTo(this) ? m_restartResult->text() : QString();
}

void FailoverProbePage::initializePage()
{
    m_restartResult->hide();
    m_restartResult->clear();
    probe();
}

void FailoverProbePage::cleanupPage()
{
    m_wizard->worker()->cancel(m_request);
    m_probing = false;
    m_restarting = false;
}

void FailoverProbePage::probe()
{
    if (isBusy())
        m_wizard->worker()->cancel(m_request);
    m_tree->clear();
    m_haveProbe = false;
    m_probing = true;
    m_restarting = false;
    m_bringDown->setChecked(false);
    m_wizard->setProbe(FailoverProbe(), CheckList());
    m_request = m_wizard->worker()->probeFailover(m_wizard->plan(), m_wizard->secrets(), m_wizard->hostKeyPolicy());
    refresh();
}

void FailoverProbePage::onCheck(quint64 request, const CheckResult &check)
{
    if (request != m_request || !m_probing)
        return;
    auto *item = new QTreeWidgetItem(m_tree);
    item->setIcon(0, statusIcon(check.status));
    item->setText(0, check.host);
    item->setText(1, check.title);
    QString text = check.message;
    if (!check.remedy.isEmpty() && check.status != CheckResult::Status::Ok)
        text += QLatin1Char('\n') + check.remedy;
    item->setText(2, text);
    item->setToolTip(2, check.details.isEmpty() ? text : text + QStringLiteral("\n\n") + check.details);
    m_tree->scrollToItem(item);
}

void FailoverProbePage::onProbed(quint64 request, const FailoverProbe &probe, const CheckList &checks, bool cancelled)
{
    if (request != m_request)
        return;
    m_probing = false;
    if (cancelled) {
        refresh();
        return;
    }
    showProbe(probe, checks);
}

void FailoverProbePage::showProbe(const FailoverProbe &probe, const CheckList &checks)
{
    if (m_probing) {
        m_wizard->worker()->cancel(m_request);
        m_probing = false;
    }
    m_wizard->setProbe(probe, checks);
    m_haveProbe = true;
    refresh();
}

void FailoverProbePage::onRestarted(quint64 request, bool healthy, const QString &message)
{
    if (request != m_request)
        return;
    m_restarting = false;
    m_restartResult->setText(healthy ? tr("%1 OpenELIS answers again on the old primary: a failover may not be needed. "
                                          "The servers are checked again below.")
                                           .arg(message)
                                     : tr("%1 The restart did not bring OpenELIS back. The servers are checked again "
                                          "below.")
                                           .arg(message));
    m_restartResult->show();
    probe();
}

void FailoverProbePage::refresh()
{
    m_again->setEnabled(!isBusy());
    const FailoverProbe &p = m_wizard->probe();
    if (m_restarting)
        m_status->setText(tr("Restarting OpenELIS on the old primary…"));
    else if (m_probing)
        m_status->setText(tr("Checking the servers…"));
    else if (!m_haveProbe)
        m_status->setText(tr("Not checked yet."));
    else
        m_status->clear();
    m_status->setVisible(!m_status->text().isEmpty());

    m_refusalText.clear();
    if (m_haveProbe) {
        QStringList lines;
        if (p.targetInRecovery)
            lines << tr("The target %1 is a standby.").arg(m_wizard->plan().server(Role::NewPrimary).host);
        lines << p.verdictText();
        m_verdict->setText(lines.join(QLatin1Char(' ')));
        // Refusals that no confirmation can lift (an unreachable old primary is settled on
        // the fencing page).
        FailoverOptions o = m_wizard->options();
        o.confirmedDown = true;
        m_refusalText = m_wizard->refusal(o);
    } else {
        m_verdict->clear();
    }
    m_verdict->setVisible(!m_verdict->text().isEmpty());
    showProblem(m_refusal, m_refusalText.isEmpty() ? QString() : tr("Failover is not possible: %1").arg(m_refusalText));

    const bool offer = offersRestart() && m_refusalText.isEmpty();
    m_choice->setVisible(offer);
    if (offer) {
        const QString old = m_wizard->plan().server(Role::OldPrimary).host;
        m_choiceText->setText(tr("The usual first remedy is to restart OpenELIS on %1 and check "
                                 "again. Fail over only if that does not help, or if %1 must be "
                                 "taken out of service.")
                                  .arg(old));
        m_bringDown->setText(tr("Fail over: &bring %1 down (OpenELIS and its database stopped, "
                                "nothing restarts on its own) before the target takes over")
                                 .arg(old));
    }
    m_restart->setEnabled(offer && !isBusy());
    m_bringDown->setEnabled(offer && !isBusy());
    emit completeChanged();
}

bool FailoverProbePage::isComplete() const
{
    if (isBusy() || !m_haveProbe || !m_refusalText.isEmpty())
        return false;
    if (offersRestart() && !m_bringDown->isChecked())
        return false;
    return true;
}

} // namespace oef::ui
