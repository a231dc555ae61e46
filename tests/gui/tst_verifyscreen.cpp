// The verification screen without servers (offscreen): a measurement shown as verdict,
// findings, tables and chart; the texts follow the language; the report exports as HTML and
// PDF; closing it leaves no window behind.
#include "backend/verify/verify.h"
#include "backend/verify/verifyverdict.h"
#include "wizard/verify/verifylagchart.h"
#include "wizard/verify/verifylaunchdialog.h"
#include "wizard/verify/verifyscreen.h"
#include "wizard/widgets/credentialsform.h"
#include "wizard/widgets/uisettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>

using namespace oef;
using oef::ui::UiSettings;
using oef::ui::VerifyLagChart;
using oef::ui::VerifyLaunchDialog;
using oef::ui::VerifyScreen;

namespace {

Plan plan()
{
    Plan p;
    ServerSpec a;
    a.host = QStringLiteral("192.0.2.21");
    a.user = QStringLiteral("labadmin");
    ServerSpec b = a;
    b.host = QStringLiteral("192.0.2.22");
    p.servers.insert(Role::Primary, a);
    p.servers.insert(Role::Secondary, b);
    return p;
}

VerifyMeasurement measurement(bool paused)
{
    VerifyMeasurement m;
    m.startedAt = QDateTime::currentDateTimeUtc();
    m.elapsedMs = 640;
    m.parts = kVerifyEverything;
    m.primaryHost = QStringLiteral("192.0.2.21");
    m.secondaryHost = QStringLiteral("192.0.2.22");
    m.primaryAddresses = {m.primaryHost};
    m.secondaryAddresses = {m.secondaryHost};
    m.dbContainer = QStringLiteral("openelisglobal-database");
    m.expectedSlot = standbySlotName(m.secondaryHost);
    m.primary.reach.sshOk = m.primary.reach.databaseOk = true;
    m.primary.serverVersion = 150004;
    m.primary.currentLsn = QStringLiteral("0/3100000");
    ReplicationRow row;
    row.applicationName = m.expectedSlot;
    row.clientAddress = m.secondaryHost;
    row.state = QStringLiteral("streaming");
    row.syncState = QStringLiteral("async");
    row.sentLsn = row.writeLsn = row.flushLsn = QStringLiteral("0/3100000");
    row.replayLsn = paused ? QStringLiteral("0/3000000") : QStringLiteral("0/3100000");
    row.flushBehindBytes = 0;
    m.primary.replication << row;
    SlotInfo slot;
    slot.name = m.expectedSlot;
    slot.type = QStringLiteral("physical");
    slot.active = true;
    slot.retainedBytes = 0;
    m.primary.replicationSlots << slot;
    SecondaryStatus &s = m.secondary;
    s.reach.sshOk = s.reach.databaseOk = true;
    s.serverVersion = 150004;
    s.inRecovery = true;
    s.receiveLsn = QStringLiteral("0/3100000");
    s.replayLsn = row.replayLsn;
    s.replayPaused = paused;
    s.receiverPresent = true;
    s.receiverStatus = QStringLiteral("streaming");
    s.senderHost = m.primaryHost;
    s.senderPort = 5432;
    s.receiverSlot = m.expectedSlot;
    s.delayBytes = paused ? 0x100000 : 0;
    s.delaySeconds = paused ? 12.0 : 0.0;
    m.drift.checked = true;
    m.drift.compared = 15;
    m.driftAt = m.certificatesAt = m.startedAt;
    if (paused) {
        DriftEntry e;
        e.path = QStringLiteral("config/SystemConfiguration.properties");
        e.description = QStringLiteral("content differs (SHA-256)");
        e.newer = DriftEntry::Newer::Secondary;
        m.drift.entries << e;
    }
    CertificateInfo c;
    c.role = Role::Primary;
    c.host = m.primaryHost;
    c.source = CertificateInfo::Source::Handshake;
    c.ipAddresses = {m.primaryHost};
    c.coversHost = true;
    c.selfSigned = true;
    c.notAfter = m.startedAt.addYears(2);
    m.certificates << c;
    return m;
}

} // namespace

class TestVerifyScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // No keychain here: the launch dialog must still work (passwords typed each time).
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
        QStandardPaths::setTestModeEnabled(true);
        UiSettings::setRecentPlans({});
    }

    void launchDialogTakesPlanAndPasswords()
    {
        const QString path = m_tmp.filePath(QStringLiteral("lab plan é.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(plan().toJson()).toJson());
        f.close();
        VerifyLaunchDialog dialog(nullptr, path);
        QVERIFY(dialog.plan().has_value());
        QCOMPARE(dialog.plan()->server(Role::Secondary).host, QStringLiteral("192.0.2.22"));
        QVERIFY(!dialog.verifyButton()->isEnabled()); // no password yet
        const QString password = QStringLiteral("Hello \"Remote\" $World; é");
        for (const QString &role : {Role::Primary, Role::Secondary})
            dialog.form(role)->passwordEdit()->setText(password);
        QTRY_VERIFY(dialog.verifyButton()->isEnabled());
        QCOMPARE(QString::fromUtf8(dialog.secrets().forRole(Role::Secondary).password.utf8()), password);
        QCOMPARE(dialog.plan()->server(Role::Primary).user, QStringLiteral("labadmin"));

        // A failover plan is refused with a reason.
        Plan failover;
        failover.kind = Plan::Kind::Failover;
        ServerSpec s;
        s.host = QStringLiteral("192.0.2.21");
        s.user = QStringLiteral("labadmin");
        failover.servers.insert(Role::OldPrimary, s);
        s.host = QStringLiteral("192.0.2.22");
        failover.servers.insert(Role::NewPrimary, s);
        const QString failoverPath = m_tmp.filePath(QStringLiteral("failover.json"));
        QFile g(failoverPath);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(QJsonDocument(failover.toJson()).toJson());
        g.close();
        QVERIFY(!dialog.loadPlan(failoverPath));
        QVERIFY(!dialog.verifyButton()->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("planInfo"))->text().contains(QStringLiteral("failover")));
        QVERIFY(!dialog.loadPlan(m_tmp.filePath(QStringLiteral("missing.json"))));
    }

    void showsTheVerdictAndEverySection()
    {
        VerifyScreen screen(plan(), Secrets(), HostKeyPolicy());
        screen.show();
        QVERIFY(!screen.hasMeasurement());
        QVERIFY(!screen.isRunning());
        auto *verdict = screen.findChild<QLabel *>(QStringLiteral("verdictLabel"));
        QVERIFY(verdict);
        QCOMPARE(verdict->text(), VerifyScreen::tr("Measuring…"));

        QSignalSpy updated(&screen, &VerifyScreen::updated);
        screen.showMeasurement(measurement(false));
        QCOMPARE(updated.count(), 1);
        QCOMPARE(screen.verdict().severity, Severity::Ok);
        QCOMPARE(verdict->text(), VerifyVerdict::severityText(Severity::Ok));
        QCOMPARE(screen.findChild<QLabel *>(QStringLiteral("headlineLabel"))->text(), screen.verdict().headline);
        auto *tree = screen.findChild<QTreeWidget *>(QStringLiteral("findingsTree"));
        QCOMPARE(tree->topLevelItemCount(), screen.verdict().findings.size());
        QCOMPARE(screen.findChild<QTableWidget *>(QStringLiteral("replicationTable"))->rowCount(), 1);
        QCOMPARE(screen.findChild<QTableWidget *>(QStringLiteral("slotTable"))->rowCount(), 1);
        QCOMPARE(screen.findChild<QTableWidget *>(QStringLiteral("certificateTable"))->rowCount(), 1);
        QCOMPARE(screen.findChild<QTableWidget *>(QStringLiteral("driftTable"))->rowCount(), 0);
        QCOMPARE(screen.findChild<VerifyLagChart *>(QStringLiteral("lagChart"))->sampleCount(), 1);

        // Next refresh: replication only (as every 2 s); drift and certificates carry over.
        VerifyMeasurement quick = measurement(true);
        quick.parts = VerifyPart::Replication;
        quick.certificates.clear();
        quick.startedAt = quick.startedAt.addSecs(2);
        screen.showMeasurement(quick);
        QCOMPARE(screen.verdict().severity, Severity::Warning);
        QCOMPARE(verdict->text(), VerifyVerdict::severityText(Severity::Warning));
        QVERIFY(screen.measurement().parts.testFlag(VerifyPart::Certificates));
        QCOMPARE(screen.findChild<QTableWidget *>(QStringLiteral("certificateTable"))->rowCount(), 1);
        QCOMPARE(screen.findChild<QTableWidget *>(QStringLiteral("driftTable"))->rowCount(), 0);
        QCOMPARE(screen.findChild<VerifyLagChart *>(QStringLiteral("lagChart"))->sampleCount(), 2);
        QCOMPARE(screen.findChild<VerifyLagChart *>(QStringLiteral("lagChart"))->maxSeconds(), 12.0);
        QVERIFY(screen.findChild<QLabel *>(QStringLiteral("headlineLabel"))->text().contains(QStringLiteral("paused")));
        // A full one with drift.
        VerifyMeasurement full = measurement(true);
        full.startedAt = quick.startedAt.addSecs(2);
        screen.showMeasurement(full);
        auto *drift = screen.findChild<QTableWidget *>(QStringLiteral("driftTable"));
        QCOMPARE(drift->rowCount(), 1);
        QCOMPARE(drift->item(0, 0)->text(), QStringLiteral("config/SystemConfiguration.properties"));
        QVERIFY(!screen.findChild<QWidget *>(QStringLiteral("hostKeyBar"))->isVisible());

        // OEF_SCREENSHOT_DIR=dir: pictures of every tab, for a person to look at.
        const QString dir = qEnvironmentVariable("OEF_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            auto *tabs = screen.findChild<QTabWidget *>(QStringLiteral("tabs"));
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QTest::qWait(100);
                QVERIFY(screen.grab().save(QDir(dir).filePath(QStringLiteral("verifyscreen-%1.png").arg(i))));
            }
        }
    }

    void offersToTrustANewHostKeyOnly()
    {
        VerifyScreen screen(plan(), Secrets(), HostKeyPolicy());
        screen.show();
        VerifyMeasurement m = measurement(false);
        m.secondary = {};
        m.secondary.reach.sshError = QStringLiteral("unknown host key");
        m.secondary.reach.sshHostKeyProblem = true;
        m.secondary.reach.hostKeyState = HostKeyInfo::State::New;
        m.secondary.reach.hostKeyFingerprint = QStringLiteral("SHA256:newkey");
        screen.showMeasurement(m);
        QCOMPARE(screen.verdict().severity, Severity::Critical);
        auto *bar = screen.findChild<QWidget *>(QStringLiteral("hostKeyBar"));
        auto *trust = screen.findChild<QPushButton *>(QStringLiteral("trustKeyButton"));
        QVERIFY(bar->isVisible());
        QVERIFY(trust->isVisible());
        m.secondary.reach.hostKeyState = HostKeyInfo::State::Changed;
        screen.showMeasurement(m);
        QVERIFY(bar->isVisible());
        QVERIFY(!trust->isVisible());
    }

    void exportsHtmlAndPdf()
    {
        VerifyScreen screen(plan(), Secrets(), HostKeyPolicy());
        QString error;
        QVERIFY(!screen.exportHtml(m_tmp.filePath(QStringLiteral("none.html")), &error));
        QVERIFY(!error.isEmpty());
        screen.showMeasurement(measurement(true));
        const QString html = m_tmp.filePath(QStringLiteral("verify.html"));
        QVERIFY2(screen.exportHtml(html, &error), qPrintable(error));
        QFile h(html);
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QByteArray page = h.readAll();
        QVERIFY(page.contains("verdict warn"));
        QVERIFY(page.contains("config/SystemConfiguration.properties"));
        const QString pdf = m_tmp.filePath(QStringLiteral("verify.pdf"));
        QVERIFY2(screen.exportPdf(pdf, &error), qPrintable(error));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");
        QVERIFY(p.size() > 2000);

        // OEF_SCREENSHOT_DIR=dir: the report as the PDF lays it out (QTextDocument), as a picture.
        const QString dir = qEnvironmentVariable("OEF_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QTextDocument doc;
            doc.setHtml(QString::fromUtf8(page));
            doc.setTextWidth(800);
            QImage image(800, int(doc.size().height()), QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            doc.drawContents(&painter);
            painter.end();
            QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("verifyreport.png"))));
        }
    }

    void retranslatesOnLanguageChange()
    {
        VerifyScreen screen(plan(), Secrets(), HostKeyPolicy());
        screen.showMeasurement(measurement(false));
        const QString headline = screen.verdict().headline;
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(&screen, &change);
        QCOMPARE(screen.verdict().headline, headline); // judged again, same language
        QVERIFY(screen.findChild<QCheckBox *>(QStringLiteral("autoRefreshCheck"))->text().contains(QLatin1Char('2')));
    }

    void chartKeepsOnlyItsWindow()
    {
        VerifyLagChart chart;
        chart.setWindowSeconds(60);
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 100; ++i)
            chart.addSample(t0.addSecs(i * 2), double(i), qint64(i) * 1024);
        QCOMPARE(chart.sampleCount(), 31); // 60 s at one sample per 2 s, both ends
        QCOMPARE(chart.maxSeconds(), 99.0);
        chart.addSample(t0, std::nullopt, std::nullopt); // clock went back
        QCOMPARE(chart.sampleCount(), 1);
        chart.resize(400, 120);
        QImage image(chart.size(), QImage::Format_ARGB32);
        chart.render(&image); // paints without samples values
    }

    void noTopLevelLeaks()
    {
        const int before = int(QApplication::topLevelWidgets().size());
        {
            auto *screen = new VerifyScreen(plan(), Secrets(), HostKeyPolicy());
            screen->setAttribute(Qt::WA_DeleteOnClose);
            screen->show();
            screen->showMeasurement(measurement(false));
            screen->close();
        }
        QTRY_COMPARE(int(QApplication::topLevelWidgets().size()), before);
    }

private:
    QTemporaryDir m_tmp;
};

QTEST_MAIN(TestVerifyScreen)
#include "tst_verifyscreen.moc"
