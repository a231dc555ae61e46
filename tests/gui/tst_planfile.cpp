// Opening plan files from the GUI: valid plans go to the recent list, broken ones are explained.
#include "wizard/start/planfile.h"
#include "wizard/widgets/uisettings.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using oef::ui::PlanFile;
using oef::ui::UiSettings;

class TestPlanFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensValidPlans_data();
    void opensValidPlans();
    void explainsBrokenPlans_data();
    void explainsBrokenPlans();

private:
    QString write(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
};

namespace {

struct SeenBox
{
    bool seen = false;
    QString text;
    QString informativeText;
};

// Closes the next message box as soon as it is shown, and records what it said.
void closeNextMessageBox(SeenBox *seen)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, seen] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            seen->seen = true;
            seen->text = box->text();
            seen->informativeText = box->informativeText();
            box->accept();
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
    QTimer::singleShot(10000, timer, [timer] { timer->deleteLater(); });
}

} // namespace

void TestPlanFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Every QSettings of this process goes to a throwaway directory, never the user's own.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
}

void TestPlanFile::init()
{
    UiSettings::setRecentPlans({});
}

QString TestPlanFile::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(content);
    return path;
}

void TestPlanFile::opensValidPlans_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("kind");
    QTest::newRow("setup") << QByteArray(R"({
        "primary":   {"host": "192.0.2.21", "user": "labadmin", "auth": "password"},
        "secondary": {"host": "192.0.2.22", "user": "labadmin", "auth": "password"}})")
                           << static_cast<int>(oef::Plan::Kind::Setup);
    QTest::newRow("failover") << QByteArray(R"({
        "oldPrimary": {"host": "192.0.2.21", "user": "labadmin", "auth": "password"},
        "newPrimary": {"host": "192.0.2.22", "user": "labadmin", "auth": "password"}})")
                              << static_cast<int>(oef::Plan::Kind::Failover);
}

void TestPlanFile::opensValidPlans()
{
    QFETCH(QByteArray, json);
    QFETCH(int, kind);
    const QString path = write(QStringLiteral("plan é %1.json").arg(QString::fromLatin1(QTest::currentDataTag())),
                               json);
    QVERIFY(!path.isEmpty());
    const std::optional<oef::Plan> plan = PlanFile::open(nullptr, path);
    QVERIFY(plan);
    QCOMPARE(static_cast<int>(plan->kind), kind);
    QCOMPARE(UiSettings::recentPlans(), QStringList{path});
}

void TestPlanFile::explainsBrokenPlans_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("create");
    QTest::newRow("not JSON") << QStringLiteral("broken.json") << QByteArray("{ not json") << true;
    QTest::newRow("not a plan") << QStringLiteral("list.json") << QByteArray("[1, 2]") << true;
    QTest::newRow("one server") << QStringLiteral("one.json")
                                << QByteArray(R"({"primary": {"host": "a", "user": "u"}})") << true;
    QTest::newRow("missing file") << QStringLiteral("gone.json") << QByteArray() << false;
}

void TestPlanFile::explainsBrokenPlans()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(bool, create);
    const QString path = create ? write(name, content) : m_dir.filePath(name);
    QVERIFY(!path.isEmpty());

    SeenBox seen;
    closeNextMessageBox(&seen);
    QVERIFY(!PlanFile::open(nullptr, path));
    QVERIFY2(seen.seen, "no message box was shown");
    QVERIFY2(seen.text.contains(QDir::toNativeSeparators(path)), qPrintable(seen.text));
    QVERIFY2(!seen.informativeText.isEmpty(), "the reason is missing");
    QVERIFY(UiSettings::recentPlans().isEmpty());
}

QTEST_MAIN(TestPlanFile)
#include "tst_planfile.moc"
