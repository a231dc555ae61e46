#include "wizard/verify/verifyscreen.h"

#include "backend/core/privatefile.h"
#include "backend/report/verifyreport.h"
#include "backend/workers/verifyservice.h"
#include "wizard/verify/verifylagchart.h"
#include "wizard/widgets/icons.h"

#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPageSize>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace oef::ui {

namespace {

constexpr int kDefaultRefreshMs = 2000;
constexpr qint64 kRoundTripKeepMs = 5 * 60 * 1000; // a write test result counts this long

StatusIcon iconFor(Severity s)
{
    switch (s) {
    case Severity::Ok: return StatusIcon::Ok;
    case Severity::Warning: return StatusIcon::Warning;
    case Severity::Critical: return StatusIcon::Error;
    }
    return StatusIcon::Error;
}

QString roleText(const QString &role)
{
    if (role == Role::Primary)
        return VerifyScreen::tr("primary");
    if (role == Role::Secondary)
        return VerifyScreen::tr("secondary");
    return QString();
}

QString optSeconds(const std::optional<double> &v)
{
    return v ? formatSeconds(*v) : QStringLiteral("—");
}

QString optBytes(const std::optional<qint64> &v)
{
    return v ? formatBytes(*v) : QStringLiteral("—");
}

QTableWidget *makeTable(const QString &objectName, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(objectName);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->setVisible(false);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    t->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    t->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    return t;
}

void setHeaders(QTableWidget *t, const QStringList &headers)
{
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
}

// Fills a table with rows of texts, reusing the items that are there (no flicker, keeps the
// selection and the scroll position across refreshes).
void fillTable(QTableWidget *t, const QList<QStringList> &rows, const QList<Severity> &marks = {})
{
    bool changed = t->rowCount() != rows.size();
    if (changed)
        t->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < t->columnCount(); ++c) {
            const QString text = rows[r].value(c);
            QTableWidgetItem *item = t->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                t->setItem(r, c, item);
            }
            if (item->text() != text) {
                item->setText(text);
                item->setToolTip(text);
                changed = true;
            }
            if (c == 0 && r < marks.size())
                item->setIcon(marks[r] == Severity::Ok ? QIcon() : statusIcon(iconFor(marks[r])));
        }
    }
    if (changed)
        t->resizeColumnsToContents();
}

bool writeText(const QString &path, const QByteArray &data, QString *error)
{
    return writePrivateFile(path, data, error); // 0600, as the CLI's reports
}

} // namespace

VerifyScreen::VerifyScreen(const Plan &plan, const Secrets &secrets, const HostKeyPolicy &policy, QWidget *parent)
    : QWidget(parent, Qt::Window), m_plan(plan), m_secrets(secrets), m_policy(policy)
{
    setObjectName(QStringLiteral("verifyScreen"));
    m_timer = new QTimer(this);
    m_timer->setInterval(kDefaultRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &VerifyScreen::tick);
    buildUi();
    retranslateUi();
    showVerdict();
    updateRoundTripButton();
}

VerifyScreen::~VerifyScreen()
{
    stop();
    m_secrets.clear();
}

void VerifyScreen::buildUi()
{
    QHBoxLayout *banner = buildBanner();
    buildHostKeyBar();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(buildFindingsTab(), QString());
    m_tabs->addTab(buildReplicationTab(), QString());
    m_tabs->addTab(buildDriftTab(), QString());
    m_tabs->addTab(buildCertificatesTab(), QString());

    QHBoxLayout *buttons = buildButtons();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(banner);
    layout->addWidget(m_hostKeyBar);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    resize(900, 680);
}

// The verdict banner.
QHBoxLayout *VerifyScreen::buildBanner()
{
    m_verdictIcon = new QLabel(this);
    m_verdictIcon->setObjectName(QStringLiteral("verdictIcon"));
    m_verdictIcon->setFixedSize(40, 40);
    m_verdictLabel = new QLabel(this);
    m_verdictLabel->setObjectName(QStringLiteral("verdictLabel"));
    QFont big = m_verdictLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_verdictLabel->setFont(big);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("headlineLabel"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_advice = new QLabel(this);
    m_advice->setObjectName(QStringLiteral("adviceLabel"));
    m_advice->setWordWrap(true);
    m_advice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *bannerText = new QVBoxLayout;
    bannerText->setSpacing(2);
    bannerText->addWidget(m_verdictLabel);
    bannerText->addWidget(m_headline);
    bannerText->addWidget(m_advice);
    bannerText->addWidget(m_status);
    auto *banner = new QHBoxLayout;
    banner->setSpacing(12);
    banner->addWidget(m_verdictIcon, 0, Qt::AlignTop);
    banner->addLayout(bannerText, 1);
    return banner;
}

// A new host key the operator may trust after comparing it.
void VerifyScreen::buildHostKeyBar()
{
    m_hostKeyBar = new QWidget(this);
    m_hostKeyBar->setObjectName(QStringLiteral("hostKeyBar"));
    m_hostKeyText = new QLabel(m_hostKeyBar);
    m_hostKeyText->setWordWrap(true);
    m_hostKeyText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trustKey = new QPushButton(m_hostKeyBar);
    m_trustKey->setObjectName(QStringLiteral("trustKeyButton"));
    connect(m_trustKey, &QPushButton::clicked, this, &VerifyScreen::trustHostKey);
    auto *keyRow = new QHBoxLayout(m_hostKeyBar);
    keyRow->setContentsMargins(0, 0, 0, 0);
    keyRow->addWidget(m_hostKeyText, 1);
    keyRow->addWidget(m_trustKey, 0, Qt::AlignTop);
    m_hostKeyBar->hide();
}

// Findings.
QWidget *VerifyScreen::buildFindingsTab()
{
    m_findings = new QTreeWidget(this);
    m_findings->setObjectName(QStringLiteral("findingsTree"));
    m_findings->setColumnCount(4);
    m_findings->setRootIsDecorated(false);
    m_findings->setWordWrap(true);
    m_findings->setUniformRowHeights(false);
    m_findings->header()->setStretchLastSection(true);
    m_findings->setSelectionMode(QAbstractItemView::NoSelection);
    m_findings->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Wrapped rows take their height again when the message column changes width.
    connect(m_findings->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == 3)
            fitFindingRows();
    });
    return m_findings;
}

// Replication.
QWidget *VerifyScreen::buildReplicationTab()
{
    auto *replicationPage = new QWidget(this);
    m_chart = new VerifyLagChart(replicationPage);
    m_replicationLabel = new QLabel(replicationPage);
    m_replication = makeTable(QStringLiteral("replicationTable"), replicationPage);
    m_slotsLabel = new QLabel(replicationPage);
    m_slots = makeTable(QStringLiteral("slotTable"), replicationPage);
    m_standbyLabel = new QLabel(replicationPage);
    m_standby = makeTable(QStringLiteral("standbyTable"), replicationPage);
    m_standby->setColumnCount(2);
    m_standby->horizontalHeader()->setVisible(false);
    m_roundTripText = new QLabel(replicationPage);
    m_roundTripText->setObjectName(QStringLiteral("roundTripLabel"));
    m_roundTripText->setWordWrap(true);
    m_standby->horizontalHeader()->setStretchLastSection(true);
    auto *rl = new QVBoxLayout(replicationPage);
    rl->addWidget(m_chart);
    rl->addWidget(m_replicationLabel);
    rl->addWidget(m_replication);
    rl->addWidget(m_slotsLabel);
    rl->addWidget(m_slots);
    rl->addWidget(m_standbyLabel);
    rl->addWidget(m_standby);
    rl->addWidget(m_roundTripText);
    rl->addStretch(1);
    return replicationPage;
}

// Install directories.
QWidget *VerifyScreen::buildDriftTab()
{
    auto *driftPage = new QWidget(this);
    m_driftSummary = new QLabel(driftPage);
    m_driftSummary->setObjectName(QStringLiteral("driftSummary"));
    m_driftSummary->setWordWrap(true);
    m_drift = makeTable(QStringLiteral("driftTable"), driftPage);
    m_compare = new QPushButton(driftPage);
    m_compare->setObjectName(QStringLiteral("compareButton"));
    connect(m_compare, &QPushButton::clicked, this, &VerifyScreen::checkFilesAndCertificates);
    auto *dl = new QVBoxLayout(driftPage);
    dl->addWidget(m_driftSummary);
    dl->addWidget(m_drift, 1);
    dl->addWidget(m_compare, 0, Qt::AlignLeft);
    return driftPage;
}

// Certificates.
QWidget *VerifyScreen::buildCertificatesTab()
{
    auto *certPage = new QWidget(this);
    m_certSummary = new QLabel(certPage);
    m_certSummary->setWordWrap(true);
    m_certs = makeTable(QStringLiteral("certificateTable"), certPage);
    auto *cl = new QVBoxLayout(certPage);
    cl->addWidget(m_certSummary);
    cl->addWidget(m_certs, 1);
    return certPage;
}

// Buttons.
QHBoxLayout *VerifyScreen::buildButtons()
{
    m_autoRefresh = new QCheckBox(this);
    m_autoRefresh->setObjectName(QStringLiteral("autoRefreshCheck"));
    m_autoRefresh->setChecked(true);
    m_roundTrip = new QPushButton(this);
    m_roundTrip->setObjectName(QStringLiteral("roundTripButton"));
    connect(m_roundTrip, &QPushButton::clicked, this, &VerifyScreen::testRoundTrip);
    m_exportHtml = new QPushButton(this);
    m_exportHtml->setObjectName(QStringLiteral("exportHtmlButton"));
    connect(m_exportHtml, &QPushButton::clicked, this, [this] { chooseAndExport(false); });
    m_exportPdf = new QPushButton(this);
    m_exportPdf->setObjectName(QStringLiteral("exportPdfButton"));
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { chooseAndExport(true); });
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_autoRefresh);
    buttons->addStretch();
    buttons->addWidget(m_roundTrip);
    buttons->addWidget(m_exportHtml);
    buttons->addWidget(m_exportPdf);
    buttons->addWidget(m_close);
    return buttons;
}

void VerifyScreen::retranslateUi()
{
    setWindowTitle(tr("Verify replication: %1 → %2")
                       .arg(m_plan.has(Role::Primary) ? m_plan.server(Role::Primary).host : QString(),
                            m_plan.has(Role::Secondary) ? m_plan.server(Role::Secondary).host : QString()));
    m_findings->setHeaderLabels({tr("Status"), tr("Server"), tr("Check"), tr("What was found")});
    m_tabs->setTabText(0, tr("&Findings"));
    m_tabs->setTabText(1, tr("&Replication"));
    m_tabs->setTabText(2, tr("&Install directories"));
    m_tabs->setTabText(3, tr("C&ertificates"));
    m_replicationLabel->setText(tr("Replication connections on the primary (pg_stat_replication):"));
    setHeaders(m_replication, {tr("Client"), tr("State"), tr("Sync"), tr("Sent"), tr("Written"), tr("Stored"),
                               tr("Applied"), tr("Write lag"), tr("Store lag"), tr("Apply lag")});
    m_slotsLabel->setText(tr("Replication slots on the primary:"));
    setHeaders(m_slots, {tr("Slot"), tr("Type"), tr("Active"), tr("WAL kept"), tr("WAL status")});
    m_standbyLabel->setText(tr("The standby:"));
    setHeaders(m_drift, {tr("File"), tr("Difference"), tr("Newer side")});
    setHeaders(m_certs, {tr("Server"), tr("Address users type"), tr("Covered"), tr("Names in the certificate"),
                         tr("Valid until"), tr("Issuer"), tr("How it was read")});
    m_compare->setText(tr("Compare &again"));
    m_autoRefresh->setText(tr("Refresh every %n second(s)", nullptr, std::max(1, m_timer->interval() / 1000)));
    m_roundTrip->setText(tr("&Test a write now"));
    m_roundTrip->setToolTip(tr("Writes a record into the small check database oe_failover on the "
                               "primary (never into OpenELIS's own data) and measures how long "
                               "the standby takes to show it."));
    m_exportHtml->setText(tr("Export &HTML…"));
    m_exportPdf->setText(tr("Export &PDF…"));
    m_close->setText(tr("&Close"));
    m_trustKey->setText(tr("&Trust this key…"));
    if (m_hasMeasurement) {
        // The verdict's words come from the backend: judge again in the new language.
        m_verdict = judge(m_measurement);
        showVerdict();
        showFindings();
        showReplication();
        showDrift();
        showCertificates();
        showHostKeyProblem();
    } else {
        showVerdict();
    }
    updateStatusLine();
}

void VerifyScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void VerifyScreen::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitBanner();
}

// Wrapped labels in nested layouts do not always get the height their text needs: give it.
void VerifyScreen::fitBanner()
{
    for (QLabel *label : {m_headline, m_advice, m_hostKeyText}) {
        const int h = label->text().isEmpty() ? 0 : label->heightForWidth(label->width());
        if (label->minimumHeight() != h)
            label->setMinimumHeight(h);
    }
}

void VerifyScreen::closeEvent(QCloseEvent *event)
{
    stop();
    QWidget::closeEvent(event);
}

void VerifyScreen::start()
{
    if (m_service)
        return;
    m_service = new VerifyService(m_plan, m_secrets, m_policy, {}, this);
    m_secrets.clear(); // the worker has its own copy now
    connect(m_service, &VerifyService::measured, this, &VerifyScreen::showMeasurement);
    connect(m_service, &VerifyService::started, this, &VerifyScreen::onStarted);
    m_pending = kVerifyEverything;
    requestPending();
    m_timer->start();
    updateRoundTripButton();
}

void VerifyScreen::stop()
{
    m_timer->stop();
    if (!m_service)
        return;
    delete m_service; // cancels, closes the sessions on their thread, waits
    m_service = nullptr;
    m_measuring = false;
    m_roundTripRunning = false;
    updateRoundTripButton();
    updateStatusLine();
}

bool VerifyScreen::isRunning() const
{
    return m_service != nullptr;
}
bool VerifyScreen::isMeasuring() const
{
    return m_measuring;
}

void VerifyScreen::setRefreshInterval(int ms)
{
    m_timer->setInterval(std::max(100, ms));
    retranslateUi();
}

int VerifyScreen::refreshInterval() const
{
    return m_timer->interval();
}

void VerifyScreen::setFullInterval(int ms)
{
    m_fullIntervalMs = std::max(1000, ms);
}

void VerifyScreen::tick()
{
    if (!m_autoRefresh->isChecked() && m_pending == VerifyParts())
        return;
    m_pending |= VerifyPart::Replication;
    if (!m_lastFullRequest.isValid() || m_lastFullRequest.msecsTo(QDateTime::currentDateTimeUtc()) >= m_fullIntervalMs)
        m_pending |= VerifyPart::Drift | VerifyPart::Certificates;
    if (m_service && m_service->isBusy()) {
        ++m_skipped; // the previous measurement still runs: never pile up
        return;
    }
    requestPending();
}

void VerifyScreen::requestPending()
{
    if (!m_service || m_pending == VerifyParts())
        return;
    const VerifyParts parts = m_pending | VerifyPart::Replication;
    if (!m_service->request(parts))
        return;
    if (parts & (VerifyPart::Drift | VerifyPart::Certificates))
        m_lastFullRequest = QDateTime::currentDateTimeUtc();
    m_pending = {};
}

void VerifyScreen::onStarted(VerifyParts parts)
{
    m_measuring = true;
    if (parts.testFlag(VerifyPart::RoundTrip))
        m_roundTripRunning = true;
    updateRoundTripButton();
    updateStatusLine();
}

void VerifyScreen::updateRoundTripButton()
{
    m_roundTrip->setEnabled(m_service && !m_roundTripRunning && !m_pending.testFlag(VerifyPart::RoundTrip));
}

void VerifyScreen::refreshNow()
{
    m_pending |= VerifyPart::Replication;
    requestPending();
}

void VerifyScreen::testRoundTrip()
{
    m_pending |= VerifyPart::RoundTrip;
    updateRoundTripButton();
    m_roundTripText->setText(tr("Writing a test record on the primary…"));
    requestPending();
}

void VerifyScreen::checkFilesAndCertificates()
{
    m_pending |= VerifyPart::Drift | VerifyPart::Certificates;
    requestPending();
}

void VerifyScreen::showMeasurement(const VerifyMeasurement &measurement)
{
    m_measuring = m_service && m_service->isBusy();
    VerifyMeasurement merged = measurement;
    if (m_hasMeasurement)
        merged.takeMissingPartsFrom(m_measurement);
    if (merged.parts.testFlag(VerifyPart::RoundTrip) && merged.roundTripAt.isValid()
        && merged.roundTripAt.msecsTo(QDateTime::currentDateTimeUtc()) > kRoundTripKeepMs)
        merged.parts &= ~VerifyParts(VerifyPart::RoundTrip);
    m_measurement = merged;
    m_hasMeasurement = true;
    m_verdict = judge(m_measurement);
    if (measurement.parts.testFlag(VerifyPart::Replication))
        m_chart->addSample(measurement.startedAt, measurement.secondary.delaySeconds, measurement.secondary.delayBytes);
    if (measurement.parts.testFlag(VerifyPart::RoundTrip))
        m_roundTripRunning = false;
    updateRoundTripButton();
    showVerdict();
    showFindings();
    showReplication();
    showDrift();
    showCertificates();
    showHostKeyProblem();
    updateStatusLine();
    emit updated();
    if (m_pending & (VerifyPart::RoundTrip | VerifyPart::Drift | VerifyPart::Certificates))
        requestPending(); // a button was pressed while the last one ran
}

void VerifyScreen::showVerdict()
{
    if (!m_hasMeasurement) {
        m_verdictIcon->setPixmap(statusIcon(StatusIcon::Running).pixmap(QSize(40, 40), devicePixelRatioF()));
        m_verdictLabel->setText(tr("Measuring…"));
        m_headline->setText(tr("Reading the replication state of both servers."));
        m_advice->clear();
        return;
    }
    m_verdictIcon->setPixmap(statusIcon(iconFor(m_verdict.severity)).pixmap(QSize(40, 40), devicePixelRatioF()));
    m_verdictLabel->setText(VerifyVerdict::severityText(m_verdict.severity));
    m_headline->setText(m_verdict.headline);
    m_advice->setText(m_verdict.advice.isEmpty() ? QString() : tr("What to do: %1").arg(m_verdict.advice));
    fitBanner();
}

void VerifyScreen::showFindings()
{
    const QList<VerifyFinding> &findings = m_verdict.findings;
    // Same findings as before: update the texts in place (keeps the scroll position).
    bool same = m_findings->topLevelItemCount() == findings.size();
    for (int i = 0; same && i < findings.size(); ++i)
        same = m_findings->topLevelItem(i)->data(0, Qt::UserRole).toString()
               == findings[i].id + QLatin1Char('/') + findings[i].role;
    if (!same)
        m_findings->clear();
    bool relayout = !same;
    for (int i = 0; i < findings.size(); ++i) {
        const VerifyFinding &f = findings[i];
        QTreeWidgetItem *item = same ? m_findings->topLevelItem(i) : new QTreeWidgetItem(m_findings);
        item->setData(0, Qt::UserRole, f.id + QLatin1Char('/') + f.role);
        item->setIcon(0, statusIcon(iconFor(f.severity)));
        if (item->text(0) != VerifyVerdict::severityText(f.severity)) {
            item->setText(0, VerifyVerdict::severityText(f.severity));
            relayout = true;
        }
        item->setText(1, f.role.isEmpty() ? QString() : roleText(f.role));
        item->setToolTip(1, f.host);
        item->setText(2, f.title);
        const QString text = f.remedy.isEmpty() || f.severity == Severity::Ok
                                 ? f.message
                                 : tr("%1\nWhat to do: %2").arg(f.message, f.remedy);
        if (item->text(3) != text) {
            item->setText(3, text);
            item->setToolTip(3, f.details.isEmpty() ? text : text + QLatin1String("\n\n") + f.details);
            relayout = true;
        }
    }
    if (relayout) {
        for (int c = 0; c < 3; ++c)
            m_findings->resizeColumnToContents(c);
        fitFindingRows();
    }
}

// QTreeView sizes rows without wrapping the text: give each row the height its wrapped
// message needs at the column's width.
void VerifyScreen::fitFindingRows()
{
    const int width = m_findings->header()->sectionSize(3)
                      - 2 * m_findings->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) - 6;
    if (width <= 0)
        return;
    const QFontMetrics fm(m_findings->font());
    bool changed = false;
    for (int i = 0; i < m_findings->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_findings->topLevelItem(i);
        const int h = fm.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, item->text(3)).height() + 4;
        if (item->sizeHint(3).height() != h) {
            item->setSizeHint(3, QSize(width, h));
            changed = true;
        }
    }
    if (changed)
        m_findings->doItemsLayout(); // the view caches row heights
}

void VerifyScreen::showReplication()
{
    const VerifyMeasurement &m = m_measurement;
    QList<QStringList> rows;
    for (const ReplicationRow &r : m.primary.replication)
        rows << QStringList{QStringLiteral("%1 (%2)").arg(r.applicationName, r.clientAddress),
                            r.state,
                            r.syncState,
                            r.sentLsn,
                            r.writeLsn,
                            r.flushLsn,
                            r.replayLsn,
                            optSeconds(r.writeLagS),
                            optSeconds(r.flushLagS),
                            optSeconds(r.replayLagS)};
    fillTable(m_replication, rows);
    rows.clear();
    QList<Severity> marks;
    for (const SlotInfo &s : m.primary.replicationSlots) {
        rows << QStringList{s.name, s.type, s.active ? tr("yes") : tr("no"), optBytes(s.retainedBytes), s.walStatus};
        marks << (s.active && s.walStatus != QLatin1String("lost") ? Severity::Ok : Severity::Warning);
    }
    fillTable(m_slots, rows, marks);

    const SecondaryStatus &s = m.secondary;
    const QStringList keys{tr("In recovery (a standby)"),  tr("WAL receiver"),      tr("Slot used"),
                           tr("Received up to"),           tr("Applied up to"),     tr("Replay paused"),
                           tr("Last transaction applied"), tr("Behind the primary")};
    m_standby->setRowCount(int(keys.size()));
    rows.clear();
    const bool db = s.reach.databaseOk;
    rows << QStringList{keys[0], db ? (s.inRecovery ? tr("yes") : tr("no")) : s.reach.databaseError}
         << QStringList{keys[1],
                        s.receiverPresent
                            ? QStringLiteral("%1 (%2:%3)").arg(s.receiverStatus, s.senderHost).arg(s.senderPort)
                            : tr("none")}
         << QStringList{keys[2], s.receiverSlot} << QStringList{keys[3], s.receiveLsn}
         << QStringList{keys[4], s.replayLsn} << QStringList{keys[5], s.replayPaused ? tr("yes") : tr("no")}
         << QStringList{keys[6], formatDateTime(s.lastReplayTime)}
         << QStringList{keys[7], tr("%1, %2").arg(optBytes(s.delayBytes), optSeconds(s.delaySeconds))};
    fillTable(m_standby, rows);

    if (!m.parts.testFlag(VerifyPart::RoundTrip)) {
        if (!m_pending.testFlag(VerifyPart::RoundTrip))
            m_roundTripText->setText(tr("Write test: not run yet. It writes a record on the "
                                        "primary (database oe_failover) and measures when the "
                                        "standby shows it."));
    } else if (m.roundTrip.ok) {
        m_roundTripText->setText(tr("Write test at %1: a record written on the primary showed on "
                                    "the standby after %n ms.",
                                    nullptr, int(m.roundTrip.ms))
                                     .arg(formatDateTime(m.roundTripAt)));
    } else {
        m_roundTripText->setText(tr("Write test at %1: %2").arg(formatDateTime(m.roundTripAt), m.roundTrip.error));
    }
}

void VerifyScreen::showDrift()
{
    const VerifyMeasurement &m = m_measurement;
    if (!m.parts.testFlag(VerifyPart::Drift)) {
        m_driftSummary->setText(tr("Not compared yet."));
        fillTable(m_drift, {});
        return;
    }
    const DriftResult &d = m.drift;
    if (!d.checked)
        m_driftSummary->setText(tr("Not compared at %1: %2").arg(formatDateTime(m.driftAt), d.error));
    else if (d.entries.isEmpty())
        m_driftSummary->setText(
            tr("Compared at %1: %2 is the same on both servers (%n file(s); "
               "not compared: %3).",
               nullptr, d.compared)
                .arg(formatDateTime(m.driftAt), m_plan.installDir, m_plan.syncExclude.join(QStringLiteral(", "))));
    else
        m_driftSummary->setText(
            tr("Compared at %1: %n file(s) differ between the two copies of "
               "%2 (not compared: %3).",
               nullptr, int(d.entries.size()))
                .arg(formatDateTime(m.driftAt), m_plan.installDir, m_plan.syncExclude.join(QStringLiteral(", "))));
    QList<QStringList> rows;
    QList<Severity> marks;
    for (const DriftEntry &e : d.entries) {
        rows << QStringList{e.path, e.description, driftNewerText(e.newer)};
        marks << Severity::Warning;
    }
    fillTable(m_drift, rows, marks);
}

void VerifyScreen::showCertificates()
{
    const VerifyMeasurement &m = m_measurement;
    if (!m.parts.testFlag(VerifyPart::Certificates)) {
        m_certSummary->setText(tr("Not checked yet."));
        fillTable(m_certs, {});
        return;
    }
    m_certSummary->setText(tr("Checked at %1 with a TLS handshake from this computer, as users' "
                              "browsers do; the findings say what each result means.")
                               .arg(formatDateTime(m.certificatesAt)));
    QList<QStringList> rows;
    QList<Severity> marks;
    for (const CertificateInfo &c : m.certificates) {
        const bool found = c.source != CertificateInfo::Source::None;
        const QString how = c.source == CertificateInfo::Source::Handshake ? tr("TLS handshake")
                            : c.source == CertificateInfo::Source::ServerFile
                                ? tr("file %1 on the server (no answer: %2)").arg(c.filePath, c.connectError)
                                : c.connectError;
        rows << QStringList{roleText(c.role),
                            webUrl(c.host, c.port),
                            found ? (c.coversHost ? tr("yes") : tr("no")) : tr("unknown"),
                            certificateNamesText(c),
                            formatDateTime(c.notAfter),
                            c.selfSigned ? tr("self-signed") : c.issuer,
                            how};
        const VerifyFinding *f = nullptr;
        for (const VerifyFinding &x : m_verdict.findings)
            if (x.id == QLatin1String("certificate") && x.role == c.role)
                f = &x;
        marks << (f ? f->severity : Severity::Ok);
    }
    fillTable(m_certs, rows, marks);
}

void VerifyScreen::showHostKeyProblem()
{
    m_trustRole.clear();
    m_trustFingerprint.clear();
    QStringList texts;
    for (const QString &role : {Role::Primary, Role::Secondary}) {
        const ServerReach &r = role == Role::Primary ? m_measurement.primary.reach : m_measurement.secondary.reach;
        if (!r.sshHostKeyProblem)
            continue;
        const QString host = role == Role::Primary ? m_measurement.primaryHost : m_measurement.secondaryHost;
        if (r.hostKeyState == HostKeyInfo::State::New && m_trustRole.isEmpty()) {
            m_trustRole = role;
            m_trustFingerprint = r.hostKeyFingerprint;
            texts << tr("This computer does not know the SSH key of %1 yet. Its fingerprint is "
                        "%2: compare it with the one the server's administrator reads on the "
                        "server (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) before "
                        "trusting it.")
                         .arg(host, r.hostKeyFingerprint);
        } else if (r.hostKeyState == HostKeyInfo::State::New) {
            texts << tr("The SSH key of %1 is also new (%2).").arg(host, r.hostKeyFingerprint);
        } else {
            texts << tr("The SSH key of %1 is not the one this computer knows (%2). This may be "
                        "an attack: nothing is done with this server until its administrator "
                        "confirms the change.")
                         .arg(host, r.hostKeyFingerprint);
        }
    }
    m_hostKeyText->setText(texts.join(QLatin1Char('\n')));
    fitBanner();
    m_trustKey->setVisible(!m_trustRole.isEmpty());
    m_hostKeyBar->setVisible(!texts.isEmpty());
}

void VerifyScreen::trustHostKey()
{
    if (m_trustRole.isEmpty() || !m_service)
        return;
    const QString host = m_plan.server(m_trustRole).host;
    const auto answer = QMessageBox::question(
        this, tr("Trust this SSH key?"),
        tr("Trust the SSH key %1 for %2?\n\nOnly say yes if it matches the fingerprint read on "
           "the server itself. It is then remembered in this computer's known_hosts file.")
            .arg(m_trustFingerprint, host));
    if (answer != QMessageBox::Yes)
        return;
    m_service->trustHostKey(m_trustRole, m_trustFingerprint);
    m_pending |= kVerifyEverything;
    requestPending();
}

void VerifyScreen::updateStatusLine()
{
    QString text;
    if (m_hasMeasurement)
        text = tr("Measured at %1 in %2.")
                   .arg(formatDateTime(m_measurement.startedAt),
                        formatSeconds(double(m_measurement.elapsedMs) / 1000.0));
    if (m_measuring)
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + tr("Measuring…");
    else if (!m_service && m_hasMeasurement)
        text += QStringLiteral(" ") + tr("Not refreshing.");
    if (m_status->text() != text)
        m_status->setText(text);
}

QString VerifyScreen::reportHtml() const
{
    VerifyReportInfo info;
    info.tool = QStringLiteral("%1 %2").arg(QApplication::applicationName(), QStringLiteral(OEF_VERSION));
    return verifyReportHtml(m_plan, m_measurement, m_verdict, info);
}

bool VerifyScreen::exportHtml(const QString &path, QString *error) const
{
    if (!m_hasMeasurement) {
        if (error)
            *error = tr("Nothing has been measured yet.");
        return false;
    }
    return writeText(path, reportHtml().toUtf8(), error);
}

bool VerifyScreen::exportPdf(const QString &path, QString *error) const
{
    if (!m_hasMeasurement) {
        if (error)
            *error = tr("Nothing has been measured yet.");
        return false;
    }
    QTextDocument doc;
    doc.setHtml(reportHtml());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setOutputFileName(path);
    printer.setDocName(windowTitle());
    doc.print(&printer);
    if (QFileInfo(path).size() <= 0) {
        if (error)
            *error = tr("The PDF file could not be written.");
        return false;
    }
    return true;
}

void VerifyScreen::chooseAndExport(bool pdf)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("oe-failover-verify-%1.%2")
                             .arg(m_measurement.startedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                  pdf ? QStringLiteral("pdf") : QStringLiteral("html"));
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Export the report as PDF") : tr("Export the report as HTML"), QDir(dir).filePath(name),
        pdf ? tr("PDF documents (*.pdf)") : tr("Web pages (*.html)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!(pdf ? exportPdf(path, &error) : exportHtml(path, &error)))
        QMessageBox::warning(this, tr("Export failed"), tr("The report could not be saved as %1: %2").arg(path, error));
}

} // namespace oef::ui
