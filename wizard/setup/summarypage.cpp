#include "wizard/setup/summarypage.h"

#include "backend/core/plan.h"
#include "backend/core/shellquote.h"
#include "wizard/setup/setupwizard.h"
#include "wizard/widgets/iconlabel.h"
#include "wizard/widgets/icons.h"
#include "wizard/widgets/uisettings.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace oef::ui {

namespace {

QString li(const QString &text)
{
    return QStringLiteral("<li>%1</li>").arg(text.toHtmlEscaped());
}

const CheckResult *findCheck(const CheckList &checks, const QString &id)
{
    for (const CheckResult &c : checks)
        if (c.id == id)
            return &c;
    return nullptr;
}

} // namespace

SummaryPage::SummaryPage(SetupWizard *wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("summaryPage"));
    setCommitPage(true);

    m_changes = new QTextBrowser(this);
    m_changes->setObjectName(QStringLiteral("changes"));
    m_changes->setOpenLinks(false);
    m_changes->setTabChangesFocus(true);

    m_warningBox = new QFrame(this);
    m_warningBox->setObjectName(QStringLiteral("restartWarningBox"));
    m_warningBox->setFrameShape(QFrame::StyledPanel);
    m_warningIcon = new IconLabel(28, m_warningBox);
    m_warningIcon->setIcon(statusIcon(StatusIcon::Warning));
    m_warning = new QLabel(m_warningBox);
    m_warning->setObjectName(QStringLiteral("restartWarning"));
    m_warning->setWordWrap(true);
    auto *warningLayout = new QHBoxLayout(m_warningBox);
    warningLayout->addWidget(m_warningIcon, 0, Qt::AlignTop);
    warningLayout->addWidget(m_warning, 1);

    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("savePlan"));
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("savedPlan"));
    m_saved->setWordWrap(true);
    m_saved->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_commandLabel = new QLabel(this);
    m_command = new QPlainTextEdit(this);
    m_command->setObjectName(QStringLiteral("cliCommand"));
    m_command->setReadOnly(true);
    m_command->setTabChangesFocus(true);
    m_command->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setFixedHeight(QFontMetrics(m_command->font()).lineSpacing() * 2 + 2 * m_command->frameWidth() + 10);
    m_commandLabel->setBuddy(m_command);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyCommand"));
    m_commandNote = new QLabel(this);
    m_commandNote->setWordWrap(true);
    m_commandNote->setForegroundRole(QPalette::PlaceholderText);

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_saved, 1);
    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_warningBox);
    layout->addLayout(saveRow);
    layout->addWidget(m_commandLabel);
    layout->addLayout(commandRow);
    layout->addWidget(m_commandNote);

    setTabOrder(m_changes, m_save);
    setTabOrder(m_save, m_command);
    setTabOrder(m_command, m_copy);

    connect(m_save, &QPushButton::clicked, this, &SummaryPage::savePlan);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_command->toPlainText()); });
    retranslateUi();
}

void SummaryPage::retranslateUi()
{
    setTitle(tr("Summary"));
    setSubTitle(tr("This is what will change. Nothing has changed yet."));
    setButtonText(QWizard::CommitButton, tr("&Start the set-up"));
    m_save->setText(tr("Sa&ve plan…"));
    m_save->setToolTip(tr("Save the servers and options (never the passwords) as a plan file, "
                          "to run the same set-up again or from the command line."));
    m_commandLabel->setText(tr("The same set-up from the command &line:"));
    m_copy->setText(tr("Cop&y"));
    m_copy->setToolTip(tr("Copy the command to the clipboard."));
    m_commandNote->setText(tr("The plan holds no password: the command reads them as JSON on "
                              "its standard input, and asks before it changes anything."));
    if (m_wizard->currentPage() == this)
        initializePage();
}

void SummaryPage::initializePage()
{
    const Plan plan = m_wizard->plan();
    const CheckList &checks = m_wizard->checks();
    const ServerSpec &p = plan.server(Role::Primary);
    const ServerSpec &s = plan.server(Role::Secondary);

    QString restart = tr("No database restart is needed: OpenELIS keeps running.");
    if (const CheckResult *c = findCheck(checks, QStringLiteral("primary.restart"))) {
        if (c->status == CheckResult::Status::Warning && !c->message.isEmpty())
            restart = c->message;
        else if (c->status != CheckResult::Status::Ok)
            restart = tr("The database restarts only if a changed setting needs it (OpenELIS "
                         "then does not answer for 10 to 30 seconds).");
    }

    QString html;
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("On the primary, %1").arg(p.displayName()).toHtmlEscaped());
    html += li(tr("A replication role: the existing “backup” role and its password file in "
                  "%1 are reused when present, else created.")
                   .arg(plan.installDir + QStringLiteral("/secrets")));
    html += li(tr("One entry in pg_hba.conf that lets the secondary (%1) connect for "
                  "replication; the file is backed up first.")
                   .arg(s.host));
    html += li(tr("The replication settings (wal_level, wal_log_hints, hot_standby, "
                  "max_wal_senders, max_replication_slots, max_slot_wal_keep_size), never "
                  "lowered."));
    html += li(tr("A replication slot for the secondary, so that the primary keeps what the "
                  "standby has not received yet (up to 10 GB)."));
    html += li(restart);
    html += QStringLiteral("</ul>");
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("On the secondary, %1").arg(s.displayName()).toHtmlEscaped());
    html += li(tr("The OpenELIS application containers (%1) are stopped and no longer start "
                  "on their own: a standby must not serve users. Its database keeps running.")
                   .arg(plan.appContainers.join(QStringLiteral(", "))));
    html += li(tr("The install directory %1 is copied from the primary, except %2. "
                  "/etc/openelis-global is not touched.")
                   .arg(plan.installDir, plan.syncExclude.join(QStringLiteral(", "))));
    html += li(tr("Its database is replaced by a copy of the primary's, which then follows "
                  "every change. The current database is kept, not deleted, in %1.")
                   .arg(plan.installDir + QStringLiteral("/data.before-standby-…")));
    html += QStringLiteral("</ul>");
    QString otherWarnings;
    for (const CheckResult &c : checks) {
        if (c.status == CheckResult::Status::Warning && c.id != QLatin1String("primary.restart"))
            otherWarnings += li(c.host.isEmpty() ? c.message : QStringLiteral("%1: %2").arg(c.host, c.message));
    }
    if (!otherWarnings.isEmpty())
        html +=
            QStringLiteral("<h3>%1</h3><ul>%2</ul>").arg(tr("Warnings from the checks").toHtmlEscaped(), otherWarnings);
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("On both servers").toHtmlEscaped());
    html += li(tr("A small guard in %1: after a restart, a primary starts read-only and runs as "
                  "the primary again only once its standby streams from it, so that an old "
                  "primary replaced by a failover never comes back writable.")
                   .arg(plan.installDir + QStringLiteral("/oe-failover")));
    html += li(tr("wal_keep_size is kept at 512 MB or more, so that a former primary can later "
                  "be re-attached quickly with pg_rewind."));
    html += QStringLiteral("</ul>");
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(tr("Then").toHtmlEscaped(),
                     tr("A test record written on the primary must appear on the secondary, "
                        "and a report of everything that was done is saved.")
                         .toHtmlEscaped());
    m_changes->setHtml(html);

    QString warning;
    if (const CheckResult *c = findCheck(checks, QStringLiteral("primary.restart"));
        c && c->status == CheckResult::Status::Warning)
        warning = c->remedy.isEmpty() ? c->message : QStringLiteral("%1 %2").arg(c->message, c->remedy);
    m_warning->setText(warning);
    m_warningBox->setVisible(!warning.isEmpty());
    updateCommand();
}

QString SummaryPage::restartWarning() const
{
    return m_warningBox->isHidden() ? QString() : m_warning->text();
}

QString SummaryPage::changesText() const
{
    return m_changes->toPlainText();
}

QString SummaryPage::commandLine() const
{
    return m_command->toPlainText();
}

void SummaryPage::updateCommand()
{
    const QString planPath = m_wizard->savedPlanPath();
    QStringList argv{QStringLiteral("oe-failover-cli"), QStringLiteral("setup"),
                     QStringLiteral("--plan"),          planPath.isEmpty() ? tr("PLAN.json") : planPath,
                     QStringLiteral("--secrets"),       QStringLiteral("-")};
    const QString knownHosts = m_wizard->knownHostsFile();
    if (QDir::cleanPath(knownHosts) != QDir::cleanPath(QDir::homePath() + QStringLiteral("/.ssh/known_hosts")))
        argv << QStringLiteral("--known-hosts") << knownHosts;
    m_command->setPlainText(shellCommandLine(argv));
    m_saved->setText(planPath.isEmpty() ? tr("Not saved yet: save the plan to use the command.")
                                        : tr("Saved as %1").arg(QDir::toNativeSeparators(planPath)));
}

bool SummaryPage::savePlanTo(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(m_wizard->plan().toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    m_wizard->setSavedPlanPath(QFileInfo(path).absoluteFilePath());
    RecentPlans::add(path);
    updateCommand();
    return true;
}

void SummaryPage::savePlan()
{
    const Plan plan = m_wizard->plan();
    QString suggested = m_wizard->savedPlanPath();
    if (suggested.isEmpty())
        suggested = QDir::homePath()
                    + QStringLiteral("/oe-failover-plan-%1.json").arg(plan.server(Role::Secondary).host);
    const QString path = m_wizard->chooseSaveFile(this, suggested);
    if (path.isEmpty())
        return;
    QString error;
    if (!savePlanTo(path, &error))
        QMessageBox::warning(this, tr("Plan not saved"),
                             tr("The plan could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), error));
}

bool SummaryPage::validatePage()
{
    m_wizard->prepareRun();
    return true;
}

} // namespace oef::ui
