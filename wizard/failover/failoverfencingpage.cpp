#include "wizard/failover/failoverfencingpage.h"

#include "wizard/failover/failoverwizard.h"
#include "wizard/widgets/iconlabel.h"
#include "wizard/widgets/icons.h"
#include "wizard/widgets/serverfields.h"
#include "wizard/widgets/textlabel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace oef::ui {

FailoverFencingPage::FailoverFencingPage(FailoverWizard *wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("failoverFencingPage"));
    setCommitPage(true);
    m_icon = new IconLabel(32, this);
    m_text = textLabel(this, QStringLiteral("fencingText"));
    m_confirm = new QCheckBox(this);
    m_confirm->setObjectName(QStringLiteral("confirmDownCheck"));
    m_confirmHost = new QLineEdit(this);
    m_confirmHost->setObjectName(QStringLiteral("confirmDownHost"));
    m_confirmHostLabel = new QLabel(this);
    m_confirmHostLabel->setWordWrap(true);
    m_confirmHostLabel->setBuddy(m_confirmHost);
    m_problem = problemLabel(this, QStringLiteral("fencingProblem"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(m_confirm);
    layout->addWidget(m_confirmHostLabel);
    layout->addWidget(m_confirmHost);
    layout->addWidget(m_problem);
    layout->addStretch();
    connect(m_confirm, &QCheckBox::toggled, this, &FailoverFencingPage::completeChanged);
    connect(m_confirmHost, &QLineEdit::textChanged, this, &FailoverFencingPage::completeChanged);
    retranslateUi();
}

void FailoverFencingPage::retranslateUi()
{
    setTitle(tr("Fencing the old primary"));
    setSubTitle(tr("The target is promoted only once the old primary cannot accept work any "
                   "more."));
    if (wizard() && wizard()->currentPage() == this)
        initializePage();
}

FailoverFencingPage::Mode FailoverFencingPage::mode() const
{
    if (m_wizard->isSwitchover())
        return Mode::Switchover;
    return m_wizard->probe().oldLoginWorks ? Mode::ByTool : Mode::ConfirmDown;
}

bool FailoverFencingPage::confirmedDown() const
{
    if (mode() != Mode::ConfirmDown || !m_confirm->isChecked())
        return false;
    const QString typed = plainHost(m_confirmHost->text());
    const QString old = m_wizard->plan().server(Role::OldPrimary).host;
    return !typed.isEmpty() && typed.compare(old, Qt::CaseInsensitive) == 0;
}

QString FailoverFencingPage::text() const
{
    return m_text->text();
}

void FailoverFencingPage::initializePage()
{
    const Plan plan = m_wizard->plan();
    const QString old = plan.server(Role::OldPrimary).host;
    const QString target = plan.server(Role::NewPrimary).host;
    const Mode m = mode();
    m_problem->hide();
    switch (m) {
    case Mode::Switchover:
        m_icon->setIcon(statusIcon(StatusIcon::Ok));
        m_text->setText(tr("OpenELIS stops on %1 and nothing there restarts on its own; its "
                           "database stops once %2 has received everything, and comes back as "
                           "%2's standby. Only then is %2 promoted.")
                            .arg(old, target));
        setButtonText(QWizard::CommitButton, tr("&Switch over now"));
        break;
    case Mode::ByTool:
        m_icon->setIcon(statusIcon(StatusIcon::Ok));
        m_text->setText(tr("This computer can log in to %1, so it fences it before anything "
                           "else: the restart policy of every OpenELIS container is set to "
                           "“no”, OpenELIS and its database are stopped, and the database is "
                           "marked so that it can only ever start read-only. If any of this "
                           "fails, %2 is not promoted.")
                            .arg(old, target));
        setButtonText(QWizard::CommitButton, tr("&Fail over now"));
        break;
    case Mode::ConfirmDown:
        m_icon->setIcon(statusIcon(StatusIcon::Warning));
        m_text->setText(tr("This computer cannot reach %1, so it cannot stop it. Promote %2 only "
                           "if %1 is powered off or disconnected from the network: if it came "
                           "back while %2 is the primary, both would accept work and the records "
                           "would split between them. Check it yourself (at the server, or with "
                           "whoever can see it), then confirm.")
                            .arg(old, target));
        m_confirm->setText(tr("I &confirm that %1 is powered off or disconnected from the network").arg(old));
        m_confirmHostLabel->setText(tr("T&ype the old primary's address (%1) to confirm:").arg(old));
        setButtonText(QWizard::CommitButton, tr("&Fail over now"));
        break;
    }
    const bool ask = m == Mode::ConfirmDown;
    m_confirm->setVisible(ask);
    m_confirmHostLabel->setVisible(ask);
    m_confirmHost->setVisible(ask);
    m_confirm->setChecked(false);
    m_confirmHost->clear();
}

bool FailoverFencingPage::isComplete() const
{
    return mode() != Mode::ConfirmDown || confirmedDown();
}

bool FailoverFencingPage::validatePage()
{
    QString why;
    if (!m_wizard->prepareRun(&why)) {
        showProblem(m_problem, why);
        return false;
    }
    return true;
}

} // namespace oef::ui
