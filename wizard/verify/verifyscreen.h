#pragma once
// The verification screen (DESIGN.md section 6): the verdict with its reason and what to do,
// every finding, the replication state refreshed every 2 seconds with a lag chart of the last
// minutes, the write test on a button, the install-directory drift and the certificates, and
// the report exported as HTML or PDF. Measurements run on a worker thread (VerifyService);
// the screen never waits for the network, and a refresh is skipped while one still runs.
#include "backend/core/plan.h"
#include "backend/core/secrets.h"
#include "backend/remote/hostkeys.h"
#include "backend/verify/verify.h"
#include "backend/verify/verifyverdict.h"

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;
class QTreeWidget;

namespace oef {
class VerifyService;
}

namespace oef::ui {

class VerifyLagChart;

class VerifyScreen : public QWidget
{
    Q_OBJECT

public:
    // The screen keeps a copy of the plan; the secrets go to the worker (copied, zeroed when
    // it ends). Nothing is measured before start().
    VerifyScreen(const Plan &plan, const Secrets &secrets, const HostKeyPolicy &policy, QWidget *parent = nullptr);
    ~VerifyScreen() override;

    // A full measurement now, then the replication state every refreshInterval() ms, and the
    // install directories and certificates every fullInterval() ms.
    void start();
    // Stops measuring (the worker thread ends); the last results stay on screen.
    void stop();
    bool isRunning() const;

    void setRefreshInterval(int ms); // default 2000
    int refreshInterval() const;
    void setFullInterval(int ms); // default 300000 (five minutes)
    bool isMeasuring() const;     // a measurement runs on the worker
    int skippedRefreshes() const { return m_skipped; }

    bool hasMeasurement() const { return m_hasMeasurement; }
    // The latest measurement, with the parts measured less often carried over.
    const VerifyMeasurement &measurement() const { return m_measurement; }
    const VerifyVerdict &verdict() const { return m_verdict; }

    // The report as shown (the same as oe-failover-cli verify --report writes).
    bool exportHtml(const QString &path, QString *error = nullptr) const;
    bool exportPdf(const QString &path, QString *error = nullptr) const;

public slots:
    // Shows a measurement (from the worker, or given directly by a caller without servers).
    void showMeasurement(const oef::VerifyMeasurement &measurement);
    void testRoundTrip();             // the write test, as soon as the worker is free
    void checkFilesAndCertificates(); // drift and certificates again, same
    void refreshNow();

signals:
    // After a measurement is on screen (verdict() and measurement() are up to date).
    void updated();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildUi();
    QHBoxLayout *buildBanner();
    void buildHostKeyBar();
    QWidget *buildFindingsTab();
    QWidget *buildReplicationTab();
    QWidget *buildDriftTab();
    QWidget *buildCertificatesTab();
    QHBoxLayout *buildButtons();
    void retranslateUi();
    void tick();
    void requestPending();
    void onStarted(VerifyParts parts);
    void updateRoundTripButton();
    void showVerdict();
    void fitBanner();
    void showFindings();
    void fitFindingRows();
    void showReplication();
    void showDrift();
    void showCertificates();
    void showHostKeyProblem();
    void trustHostKey();
    void updateStatusLine();
    void chooseAndExport(bool pdf);
    QString reportHtml() const;

    Plan m_plan;
    Secrets m_secrets; // until start() hands them to the worker
    HostKeyPolicy m_policy;
    VerifyService *m_service = nullptr;
    QTimer *m_timer = nullptr;
    VerifyParts m_pending;
    qint64 m_fullIntervalMs = 300000;
    QDateTime m_lastFullRequest;
    int m_skipped = 0;
    bool m_measuring = false;
    bool m_roundTripRunning = false; // a measurement with the write test runs
    bool m_hasMeasurement = false;
    VerifyMeasurement m_measurement;
    VerifyVerdict m_verdict;
    QString m_trustRole; // the role whose new host key can be trusted
    QString m_trustFingerprint;

    QLabel *m_verdictIcon = nullptr;
    QLabel *m_verdictLabel = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_advice = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_hostKeyBar = nullptr;
    QLabel *m_hostKeyText = nullptr;
    QPushButton *m_trustKey = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_findings = nullptr;
    VerifyLagChart *m_chart = nullptr;
    QLabel *m_replicationLabel = nullptr;
    QTableWidget *m_replication = nullptr;
    QLabel *m_slotsLabel = nullptr;
    QTableWidget *m_slots = nullptr;
    QLabel *m_standbyLabel = nullptr;
    QTableWidget *m_standby = nullptr;
    QLabel *m_roundTripText = nullptr;
    QLabel *m_driftSummary = nullptr;
    QTableWidget *m_drift = nullptr;
    QPushButton *m_compare = nullptr;
    QLabel *m_certSummary = nullptr;
    QTableWidget *m_certs = nullptr;
    QCheckBox *m_autoRefresh = nullptr;
    QPushButton *m_roundTrip = nullptr;
    QPushButton *m_exportHtml = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace oef::ui
