// The start window: the three choices, the recent plans, the language switch, no leaks.
#include "wizard/start/startwindow.h"
#include "wizard/widgets/choicebutton.h"
#include "wizard/widgets/icons.h"
#include "wizard/widgets/language.h"
#include "wizard/widgets/uisettings.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <memory>

using oef::ui::ChoiceButton;
using oef::ui::RecentPlans;
using oef::ui::StartWindow;
using oef::ui::UiSettings;

class TestStartWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void choicesEmitSignals_data();
    void choicesEmitSignals();
    void choicesAreAccessible();
    void tabOrder();
    void recentPlansFromSettings();
    void recentPlansEmpty();
    void addRecentPlanDedupsAndCaps();
    void addRecentPlanRefreshesOpenWindow();
    void switchToFrench();
    void statusIconsAreHiDpi_data();
    void statusIconsAreHiDpi();
    void screenshot();
    void noTopLevelLeaks();

private:
    QString makePlanFile(const QString &name);
    std::unique_ptr<StartWindow> makeWindow();

    QTemporaryDir m_configDir;
    QTemporaryDir m_plansDir;
};

void TestStartWindow::initTestCase()
{
    QVERIFY(m_configDir.isValid());
    QVERIFY(m_plansDir.isValid());
    // Every QSettings of this process goes to a throwaway directory, never the user's own.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_configDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_configDir.path());
    QStandardPaths::setTestModeEnabled(true);
}

void TestStartWindow::init()
{
    QSettings(QStringLiteral("OpenELIS"), QStringLiteral("OE Failover")).clear();
    oef::ui::applyLanguage(QString());
}

void TestStartWindow::cleanup()
{
    oef::ui::applyLanguage(QString());
}

QString TestStartWindow::makePlanFile(const QString &name)
{
    const QString path = m_plansDir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(R"({"primary": {"host": "a"}, "secondary": {"host": "b"}})");
    return path;
}

std::unique_ptr<StartWindow> TestStartWindow::makeWindow()
{
    auto window = std::make_unique<StartWindow>();
    window->show();
    return window;
}

void TestStartWindow::choicesEmitSignals_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QByteArray>("signal");
    QTest::newRow("set up") << QStringLiteral("setUpButton") << QByteArray(SIGNAL(setUpRequested()));
    QTest::newRow("failover") << QStringLiteral("failoverButton") << QByteArray(SIGNAL(failoverRequested()));
    QTest::newRow("verify") << QStringLiteral("verifyButton") << QByteArray(SIGNAL(verifyRequested()));
}

void TestStartWindow::choicesEmitSignals()
{
    QFETCH(QString, button);
    QFETCH(QByteArray, signal);
    auto window = makeWindow();
    auto *choice = window->findChild<ChoiceButton *>(button);
    QVERIFY2(choice, qPrintable(button));
    QVERIFY(choice->isVisible());
    QVERIFY(!choice->text().isEmpty());
    QVERIFY(!choice->description().isEmpty());
    QVERIFY(!choice->icon().isNull());

    QSignalSpy setUp(window.get(), &StartWindow::setUpRequested);
    QSignalSpy failover(window.get(), &StartWindow::failoverRequested);
    QSignalSpy verify(window.get(), &StartWindow::verifyRequested);
    QSignalSpy wanted(window.get(), signal.constData());
    QTest::mouseClick(choice, Qt::LeftButton);
    QCOMPARE(wanted.count(), 1);
    // Exactly one of the three fired.
    QCOMPARE(setUp.count() + failover.count() + verify.count(), 1);

    // The keyboard works too.
    choice->setFocus();
    QTest::keyClick(choice, Qt::Key_Space);
    QCOMPARE(wanted.count(), 2);
}

void TestStartWindow::choicesAreAccessible()
{
    auto window = makeWindow();
    const QStringList names{QStringLiteral("setUpButton"), QStringLiteral("failoverButton"),
                            QStringLiteral("verifyButton")};
    QSet<QChar> mnemonics;
    for (const QString &name : names) {
        auto *choice = window->findChild<ChoiceButton *>(name);
        QVERIFY(choice);
        QVERIFY2(!choice->accessibleName().isEmpty(), qPrintable(name));
        QVERIFY2(!choice->accessibleName().contains(QLatin1Char('&')), qPrintable(name));
        QCOMPARE(choice->accessibleDescription(), choice->description());
        const qsizetype amp = choice->text().indexOf(QLatin1Char('&'));
        QVERIFY2(amp >= 0 && amp + 1 < choice->text().size(), qPrintable(choice->text()));
        mnemonics.insert(choice->text().at(amp + 1).toLower());
    }
    QCOMPARE(mnemonics.size(), 3);
    auto *languageLabel = window->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(languageLabel);
    bool languageHasBuddy = false;
    const auto labels = window->findChildren<QLabel *>();
    for (QLabel *label : labels)
        languageHasBuddy = languageHasBuddy || label->buddy() == languageLabel;
    QVERIFY(languageHasBuddy);
}

void TestStartWindow::tabOrder()
{
    RecentPlans::add(makePlanFile(QStringLiteral("tab.json")));
    auto window = makeWindow();
    const QStringList expected{QStringLiteral("setUpButton"),    QStringLiteral("failoverButton"),
                               QStringLiteral("verifyButton"),   QStringLiteral("recentPlans"),
                               QStringLiteral("openPlanButton"), QStringLiteral("languageCombo")};
    QWidget *widget = window->findChild<QWidget *>(expected.constFirst());
    QVERIFY(widget);
    for (qsizetype i = 1; i < expected.size(); ++i) {
        QWidget *next = widget->nextInFocusChain();
        while (next && next != widget && !(next->focusPolicy() & Qt::TabFocus))
            next = next->nextInFocusChain();
        QVERIFY(next);
        QCOMPARE(next->objectName(), expected.at(i));
        widget = next;
    }
}

void TestStartWindow::recentPlansFromSettings()
{
    const QString first = makePlanFile(QStringLiteral("lab-setup.json"));
    const QString second = makePlanFile(QStringLiteral("failover drill é.json"));
    UiSettings::setRecentPlans({first, second});
    {
        // The documented location: organization "OpenELIS", application "OE Failover".
        const QSettings settings(QStringLiteral("OpenELIS"), QStringLiteral("OE Failover"));
        QCOMPARE(settings.value(QStringLiteral("recentPlans")).toStringList(), QStringList({first, second}));
    }

    auto window = makeWindow();
    auto *list = window->findChild<QListWidget *>(QStringLiteral("recentPlans"));
    QVERIFY(list);
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("lab-setup.json")));
    QVERIFY(list->item(1)->text().contains(QStringLiteral("failover drill é.json")));

    QSignalSpy open(window.get(), &StartWindow::openPlanRequested);
    emit list->itemActivated(list->item(1));
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), second);

    // Keyboard: select the first one and press Enter.
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(open.count(), 2);
    QCOMPARE(open.at(1).at(0).toString(), first);

    // Delete removes the current entry from the list and from the settings.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(list->count(), 1);
    QCOMPARE(UiSettings::recentPlans(), QStringList{second});
    QVERIFY(QFileInfo::exists(first)); // the file itself stays
}

void TestStartWindow::recentPlansEmpty()
{
    auto window = makeWindow();
    auto *list = window->findChild<QListWidget *>(QStringLiteral("recentPlans"));
    auto *empty = window->findChild<QLabel *>(QStringLiteral("recentPlansEmpty"));
    QVERIFY(list);
    QVERIFY(empty);
    QCOMPARE(list->count(), 0);
    QVERIFY(!list->isVisible());
    QVERIFY(empty->isVisible());
    QVERIFY(!empty->text().isEmpty());
}

void TestStartWindow::addRecentPlanDedupsAndCaps()
{
    QStringList added;
    for (int i = 0; i < 10; ++i) {
        added.prepend(makePlanFile(QStringLiteral("plan-%1.json").arg(i)));
        RecentPlans::add(added.constFirst());
    }
    QStringList recent = UiSettings::recentPlans();
    QCOMPARE(recent.size(), UiSettings::MaxRecentPlans);
    QCOMPARE(recent.size(), 8);
    QCOMPARE(recent, added.mid(0, 8)); // most recent first

    // Adding one again moves it to the front, once.
    const QString again = added.at(5);
    RecentPlans::add(again);
    recent = UiSettings::recentPlans();
    QCOMPARE(recent.size(), 8);
    QCOMPARE(recent.constFirst(), again);
    QCOMPARE(recent.count(again), 1);

    // A relative or unclean spelling of the same file is the same entry.
    const QString unclean = m_plansDir.path() + QStringLiteral("/./plan-9.json");
    RecentPlans::add(unclean);
    recent = UiSettings::recentPlans();
    QCOMPARE(recent.constFirst(), added.constFirst());
    QCOMPARE(recent.count(added.constFirst()), 1);
    QCOMPARE(recent.size(), 8);
}

void TestStartWindow::addRecentPlanRefreshesOpenWindow()
{
    auto window = makeWindow();
    auto *list = window->findChild<QListWidget *>(QStringLiteral("recentPlans"));
    QVERIFY(list);
    QCOMPARE(list->count(), 0);
    RecentPlans::add(makePlanFile(QStringLiteral("fresh.json")));
    QCOMPARE(list->count(), 1);
    QVERIFY(list->isVisible());
    RecentPlans::remove(UiSettings::recentPlans().constFirst());
    QCOMPARE(list->count(), 0);
}

void TestStartWindow::switchToFrench()
{
    // The French catalogue must translate the first choice's title. If it does not, French is
    // missing: fail and say so (never skip silently).
    const char *context = "oef::ui::StartWindow";
    const char *source = "&Set up failover";
    QTranslator french;
    QVERIFY2(french.load(QStringLiteral(":/i18n/oe-failover_fr.qm")),
             "French is missing: :/i18n/oe-failover_fr.qm is not embedded in the build.");
    const QString expected = french.translate(context, source);
    if (expected.isEmpty() || expected == QLatin1String(source)) {
        QFAIL("French is missing: translations/oe-failover_fr.ts has no translation for "
              "\"&Set up failover\" (context oef::ui::StartWindow). Translate the start window "
              "into French and rebuild.");
    }

    auto window = makeWindow();
    auto *setUp = window->findChild<ChoiceButton *>(QStringLiteral("setUpButton"));
    auto *combo = window->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(setUp);
    QVERIFY(combo);
    QCOMPARE(setUp->text(), QLatin1String(source));

    const int frenchIndex = combo->findData(QStringLiteral("fr"));
    QVERIFY(frenchIndex > 0);
    combo->setCurrentIndex(frenchIndex);
    QTRY_COMPARE(setUp->text(), expected); // QEvent::LanguageChange is posted
    QCOMPARE(UiSettings::language(), QStringLiteral("fr"));
    QCOMPARE(combo->currentIndex(), frenchIndex);
    QCOMPARE(combo->itemText(frenchIndex), QStringLiteral("Français"));

    // A new window opens in French, and English comes back live.
    {
        StartWindow second;
        auto *secondSetUp = second.findChild<ChoiceButton *>(QStringLiteral("setUpButton"));
        QVERIFY(secondSetUp);
        QCOMPARE(secondSetUp->text(), expected);
        QCOMPARE(second.findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentIndex(), frenchIndex);
    }
    combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
    QTRY_COMPARE(setUp->text(), QLatin1String(source));
    QCOMPARE(UiSettings::language(), QStringLiteral("en"));
}

void TestStartWindow::statusIconsAreHiDpi_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<qreal>("ratio");
    for (int status = 0; status <= static_cast<int>(oef::ui::StatusIcon::Running); ++status) {
        for (qreal ratio : {1.0, 1.5, 2.0}) {
            QTest::addRow("status %d at %.1fx", status, ratio) << status << ratio;
        }
    }
}

void TestStartWindow::statusIconsAreHiDpi()
{
    QFETCH(int, status);
    QFETCH(qreal, ratio);
    const QIcon icon = oef::ui::statusIcon(static_cast<oef::ui::StatusIcon>(status));
    QVERIFY(!icon.isNull());
    const QPixmap pixmap = icon.pixmap(QSize(16, 16), ratio);
    // Drawn at device resolution, not a 16 px bitmap blown up.
    QCOMPARE(pixmap.deviceIndependentSize().toSize(), QSize(16, 16));
    QCOMPARE(pixmap.size(), (QSizeF(16, 16) * ratio).toSize());
    QCOMPARE(pixmap.devicePixelRatio(), ratio);
    const QImage image = pixmap.toImage();
    const QRgb centre = image.pixel(image.width() / 2, image.height() / 2);
    const QRgb corner = image.pixel(0, 0);
    QVERIFY2(qAlpha(centre) > 0 || qAlpha(image.pixel(image.width() / 2, image.height() / 3)) > 0, "icon is empty");
    QCOMPARE(qAlpha(corner), 0);

    // Painting into a 2x device gives device-resolution pixels too.
    QImage target(QSize(32, 32), QImage::Format_ARGB32_Premultiplied);
    target.setDevicePixelRatio(2.0);
    target.fill(Qt::transparent);
    {
        QPainter painter(&target);
        icon.paint(&painter, QRect(0, 0, 16, 16));
    }
    QVERIFY(qAlpha(target.pixel(16, 16)) > 0 || qAlpha(target.pixel(16, 10)) > 0);

    const QIcon app = oef::ui::appIcon();
    QVERIFY(!app.isNull());
    QCOMPARE(app.pixmap(QSize(64, 64)).size(), QSize(64, 64));
}

void TestStartWindow::screenshot()
{
    // OEF_SCREENSHOT_DIR=dir: save pictures of the start window for a person to look at.
    const QString dir = qEnvironmentVariable("OEF_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set OEF_SCREENSHOT_DIR to a directory to save pictures of the start window.");
    RecentPlans::add(makePlanFile(QStringLiteral("lab-setup.json")));
    RecentPlans::add(makePlanFile(QStringLiteral("failover-drill.json")));
    auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(window->grab().save(QDir(dir).filePath(QStringLiteral("startwindow.png"))));
    UiSettings::setRecentPlans({});
    window->reloadRecentPlans();
    QVERIFY(window->grab().save(QDir(dir).filePath(QStringLiteral("startwindow-empty.png"))));
    auto *combo = window->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("fr")));
    QTest::qWait(50);

    // Every drawn icon at 16, 24 and 48 px, painted on a 2x device.
    using oef::ui::ChoiceIcon;
    using oef::ui::StatusIcon;
    const QList<QIcon> icons{oef::ui::statusIcon(StatusIcon::Ok),
                             oef::ui::statusIcon(StatusIcon::Warning),
                             oef::ui::statusIcon(StatusIcon::Error),
                             oef::ui::statusIcon(StatusIcon::Skipped),
                             oef::ui::statusIcon(StatusIcon::Running),
                             oef::ui::choiceIcon(ChoiceIcon::SetUp),
                             oef::ui::choiceIcon(ChoiceIcon::Failover),
                             oef::ui::choiceIcon(ChoiceIcon::Verify),
                             oef::ui::appIcon()};
    const QList<int> sizes{16, 24, 48};
    QImage sheet(QSize(static_cast<int>(icons.size()) * 56 + 8, 100) * 2, QImage::Format_ARGB32_Premultiplied);
    sheet.setDevicePixelRatio(2);
    sheet.fill(Qt::white);
    {
        QPainter painter(&sheet);
        for (qsizetype i = 0; i < icons.size(); ++i) {
            int y = 4;
            for (int size : sizes) {
                icons.at(i).paint(&painter, QRect(8 + static_cast<int>(i) * 56, y, size, size));
                y += size + 4;
            }
        }
    }
    QVERIFY(sheet.save(QDir(dir).filePath(QStringLiteral("icons@2x.png"))));
    QVERIFY(window->grab().save(QDir(dir).filePath(QStringLiteral("startwindow-fr.png"))));
}

void TestStartWindow::noTopLevelLeaks()
{
    const QWidgetList before = QApplication::topLevelWidgets();
    RecentPlans::add(makePlanFile(QStringLiteral("leak.json")));
    {
        auto *window = new StartWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // Open and close the language popup: it is a top-level of its own while shown.
        auto *combo = window->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        combo->showPopup();
        combo->hidePopup();
        QVERIFY(window->close());
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QTRY_COMPARE(QApplication::topLevelWidgets().size(), before.size());
    const QWidgetList after = QApplication::topLevelWidgets();
    for (QWidget *widget : after)
        QVERIFY2(before.contains(widget), widget->metaObject()->className());
}

QTEST_MAIN(TestStartWindow)
#include "tst_startwindow.moc"
