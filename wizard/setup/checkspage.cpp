#include "wizard/setup/checkspage.h"

#include "backend/workers/guiworker.h"
#include "wizard/setup/setupwizard.h"
#include "wizard/widgets/iconlabel.h"
#include "wizard/widgets/icons.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace oef::ui {

namespace {
enum Column { StatusColumn, ServerColumn, CheckColumn, MessageColumn, RemedyColumn, ColumnCount };
constexpr int DetailsRole = Qt::UserRole + 1;

// Rows wrap onto several lines: the status icon goes to the top, next to the first line.
class TopAlignedDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->decorationAlignment = Qt::AlignLeft | Qt::AlignTop;
        option->displayAlignment = Qt::AlignLeft | Qt::AlignTop;
    }
};
} // namespace

ChecksPage::ChecksPage(SetupWizard *wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("checksPage"));
    m_summaryIcon = new IconLabel(22, this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("checksSummary"));
    m_summary->setWordWrap(true);

    createTable();
    createButtonsAndDetails();

    auto *top = new QHBoxLayout;
    top->addWidget(m_summaryIcon, 0, Qt::AlignTop);
    top->addWidget(m_summary, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_again);
    buttons->addWidget(m_showDetails);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(m_details);

    setTabOrder(m_table, m_again);
    setTabOrder(m_again, m_showDetails);
    setTabOrder(m_showDetails, m_details);

    connect(m_again, &QPushButton::clicked, this, &ChecksPage::runChecks);
    connect(m_showDetails, &QPushButton::toggled, this, [this](bool on) {
        m_detailsLabel->setVisible(on);
        m_details->setVisible(on);
        updateDetails();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &ChecksPage::updateDetails);

    GuiWorker *worker = m_wizard->worker();
    connect(worker, &GuiWorker::checkReported, this, [this](quint64 request, const CheckResult &check) {
        if (request != m_request)
            return;
        m_checks << check;
        addRow(check);
        updateSummary();
    });
    connect(worker, &GuiWorker::checksFinished, this, &ChecksPage::onFinished);
    retranslateUi();
}

// The results, one row per check; long texts wrap.
void ChecksPage::createTable()
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("checksTable"));
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setIconSize(QSize(18, 18));
    m_table->setItemDelegate(new TopAlignedDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ServerColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CheckColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RemedyColumn, QHeaderView::Stretch);
    header->resizeSection(CheckColumn, 170);
}

// "Run the checks again", "Show details" and the details of the selected check (hidden).
void ChecksPage::createButtonsAndDetails()
{
    m_again = new QPushButton(this);
    m_again->setObjectName(QStringLiteral("runChecksAgain"));
    m_showDetails = new QPushButton(this);
    m_showDetails->setObjectName(QStringLiteral("showCheckDetails"));
    m_showDetails->setCheckable(true);
    m_detailsLabel = new QLabel(this);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("checkDetails"));
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setMaximumHeight(110);
    m_detailsLabel->setBuddy(m_details);
    m_detailsLabel->hide();
    m_details->hide();
}

void ChecksPage::retranslateUi()
{
    setTitle(tr("Checks"));
    setSubTitle(tr("Everything is checked before anything changes. These checks change nothing "
                   "on the servers."));
    m_table->setHorizontalHeaderLabels({tr("Status"), tr("Server"), tr("Check"), tr("Result"), tr("What to do")});
    m_table->setAccessibleName(tr("Check results"));
    m_again->setText(tr("&Run the checks again"));
    m_showDetails->setText(tr("Show &details"));
    m_detailsLabel->setText(tr("Technical details of the selected check:"));
    updateSummary();
}

void ChecksPage::initializePage()
{
    runChecks();
}

void ChecksPage::cleanupPage()
{
    m_wizard->worker()->cancel(m_request);
    m_request = 0;
    m_running = false;
}

void ChecksPage::runChecks()
{
    if (m_running)
        m_wizard->worker()->cancel(m_request);
    m_checks.clear();
    m_table->setRowCount(0);
    m_running = true;
    m_cancelled = false;
    m_request = m_wizard->worker()->runSetupChecks(m_wizard->plan(), m_wizard->secrets(), m_wizard->hostKeyPolicy());
    m_again->setEnabled(false);
    updateSummary();
    updateDetails();
    emit completeChanged();
}

void ChecksPage::onFinished(quint64 request, const CheckList &checks, bool cancelled)
{
    if (request != m_request)
        return;
    m_running = false;
    m_cancelled = cancelled;
    // The complete list (the same checks, in order) replaces what arrived one by one.
    if (checks.size() != m_checks.size()) {
        m_checks.clear();
        m_table->setRowCount(0);
        for (const CheckResult &c : checks) {
            m_checks << c;
            addRow(c);
        }
    }
    m_wizard->setChecks(m_checks);
    m_again->setEnabled(true);
    updateSummary();
    if (m_table->currentRow() < 0) {
        // Start on the first problem, if any.
        int first = 0;
        for (int i = 0; i < m_checks.size(); ++i) {
            if (m_checks.at(i).status == CheckResult::Status::Error) {
                first = i;
                break;
            }
        }
        if (!m_checks.isEmpty())
            m_table->setCurrentCell(first, StatusColumn);
    }
    emit completeChanged();
}

void ChecksPage::addRow(const CheckResult &check)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    QString server;
    if (check.role == QLatin1String("primary"))
        server = tr("Primary");
    else if (check.role == QLatin1String("secondary"))
        server = tr("Secondary");
    else
        server = tr("Both");
    if (!check.host.isEmpty())
        server += QLatin1Char('\n') + check.host;
    auto *status = new QTableWidgetItem(statusIcon(check.status), CheckResult::statusText(check.status));
    status->setData(DetailsRole, check.details);
    m_table->setItem(row, StatusColumn, status);
    m_table->setItem(row, ServerColumn, new QTableWidgetItem(server));
    m_table->setItem(row, CheckColumn, new QTableWidgetItem(check.title));
    auto *message = new QTableWidgetItem(check.message);
    message->setToolTip(check.message);
    m_table->setItem(row, MessageColumn, message);
    auto *remedy = new QTableWidgetItem(check.remedy);
    remedy->setToolTip(check.remedy);
    m_table->setItem(row, RemedyColumn, remedy);
    if (m_running)
        m_table->scrollToBottom();
}

QString ChecksPage::summaryText() const
{
    return m_summary->text();
}

void ChecksPage::updateSummary()
{
    if (m_running) {
        m_summaryIcon->setIcon(statusIcon(StatusIcon::Running));
        m_summary->setText(tr("Checking both servers… %n check(s) done.", "", int(m_checks.size())));
        return;
    }
    int errors = 0;
    int warnings = 0;
    for (const CheckResult &c : m_checks) {
        errors += c.status == CheckResult::Status::Error ? 1 : 0;
        warnings += c.status == CheckResult::Status::Warning ? 1 : 0;
    }
    if (m_cancelled) {
        m_summaryIcon->setIcon(statusIcon(StatusIcon::Skipped));
        m_summary->setText(tr("The checks were stopped. Run them again to continue."));
    } else if (m_checks.isEmpty()) {
        m_summaryIcon->setIcon(QIcon());
        m_summary->setText(QString());
    } else if (errors > 0) {
        m_summaryIcon->setIcon(statusIcon(StatusIcon::Error));
        m_summary->setText(tr("%n problem(s) must be solved before the set-up can start. "
                              "Nothing was changed. See “What to do”, then run the checks "
                              "again.",
                              "", errors));
    } else if (warnings > 0) {
        m_summaryIcon->setIcon(statusIcon(StatusIcon::Warning));
        m_summary->setText(tr("All checks passed, with %n warning(s): read them before you "
                              "continue.",
                              "", warnings));
    } else {
        m_summaryIcon->setIcon(statusIcon(StatusIcon::Ok));
        m_summary->setText(tr("All checks passed."));
    }
}

void ChecksPage::updateDetails()
{
    if (!m_details->isVisible())
        return;
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_checks.size()) {
        m_details->setPlainText(tr("Select a check to see its details."));
        return;
    }
    const CheckResult &c = m_checks.at(row);
    QString text = QStringLiteral("%1 [%2]\n").arg(c.title, c.id);
    text += c.details.isEmpty() ? tr("No technical details for this check.") : c.details;
    m_details->setPlainText(text);
}

bool ChecksPage::isComplete() const
{
    return !m_running && !m_cancelled && !m_checks.isEmpty() && !hasErrors(m_checks);
}

} // namespace oef::ui
