// Saves a screenshot of every page of the set-up wizard (and the start window), driving the
// real wizard against the lab exactly as tst_setupwizard_lab does. Used by
// scripts/screenshots.sh, under Xvfb:
//   oef_screenshots OUTPUT_DIR [SUFFIX]      e.g. SUFFIX "@2x" with QT_SCALE_FACTOR=2
//   oef_screenshots --no-lab OUTPUT_DIR [SUFFIX]   only the pages before the first connection
#include "tests/integration/labenv.h"
#include "wizard/common/hostkeypage.h"
#include "wizard/common/progresspage.h"
#include "wizard/setup/checkspage.h"
#include "wizard/setup/summarypage.h"
#include "wizard/start/startwindow.h"
#include "wizard/widgets/language.h"
#include "wizarddriver.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <cstdio>
#include <functional>

using namespace oef;
using namespace oef::ui;
using namespace oef::test;

namespace {

QString g_out;
QString g_suffix;
int g_failures = 0;

void say(const QString &text)
{
    std::fprintf(stderr, "oef_screenshots: %s\n", qPrintable(text));
}

// Waits (processing events) until `done` or the timeout; false on timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(50);
    }
    return true;
}

void shoot(QWidget *window, const QString &name)
{
    QTest::qWait(250); // let layouts and the log's batch timer settle
    QApplication::processEvents();
    const QString path = QStringLiteral("%1/%2%3.png").arg(g_out, name, g_suffix);
    if (window->grab().save(path)) {
        say(QStringLiteral("saved %1").arg(path));
    } else {
        say(QStringLiteral("could not save %1").arg(path));
        ++g_failures;
    }
}

bool fail(const QString &why)
{
    say(why);
    ++g_failures;
    return false;
}

// A known_hosts file that records another ed25519 key for `host`: its key has "changed".
bool writeWrongKnownHosts(const QString &dir, const QString &path, const QString &host)
{
    const QString key = dir + QStringLiteral("/other_key");
    QFile::remove(key);
    QFile::remove(key + QStringLiteral(".pub"));
    if (QProcess::execute(QStringLiteral("ssh-keygen"),
                          {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                           QString(), QStringLiteral("-f"), key})
        != 0)
        return false;
    QFile pub(key + QStringLiteral(".pub"));
    QFile out(path);
    if (!pub.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    const QList<QByteArray> fields = pub.readAll().trimmed().split(' ');
    out.write(host.toUtf8() + ' ' + fields.value(0) + ' ' + fields.value(1) + '\n');
    return true;
}

bool run(const LabEnv *lab, const QString &tmp)
{
    const QString primary = lab ? lab->primary() : QStringLiteral("192.0.2.21");
    const QString secondary = lab ? lab->secondary() : QStringLiteral("192.0.2.22");
    const QString user = lab ? lab->user() : QStringLiteral("labadmin");
    const QString password = lab ? lab->password() : QStringLiteral("not a real password");
    {
        StartWindow start;
        start.show();
        if (!QTest::qWaitForWindowExposed(&start))
            return fail(QStringLiteral("start window not shown"));
        shoot(&start, QStringLiteral("start-window"));
    }

    SetupWizard wizard;
    wizard.setKnownHostsFile(tmp + QStringLiteral("/known_hosts"));
    wizard.setSaveFileChooser([tmp](QWidget *, const QString &) { return tmp + QStringLiteral("/lab-plan.json"); });
    wizard.setUrlOpener([](const QUrl &) { return true; });
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return fail(QStringLiteral("wizard not shown"));
    shoot(&wizard, QStringLiteral("setup-01-welcome"));
    goForward(wizard);

    // The inline validation, then the real values.
    fillServers(wizard, primary, primary);
    typeInto(child<QLineEdit>(&wizard, QStringLiteral("secondarySshPort")), QStringLiteral("70000"));
    shoot(&wizard, QStringLiteral("setup-02-servers-invalid"));
    fillServers(wizard, primary, secondary);
    shoot(&wizard, QStringLiteral("setup-02-servers"));
    if (!goForward(wizard))
        return fail(QStringLiteral("servers page incomplete"));

    fillCredentials(wizard, user, password);
    QTest::keyClick(child<QLineEdit>(&wizard, QStringLiteral("primaryUser")), Qt::Key_Tab);
    shoot(&wizard, QStringLiteral("setup-03-credentials"));
    if (!lab)
        return g_failures == 0;
    if (!goForward(wizard))
        return fail(QStringLiteral("credentials page incomplete"));

    HostKeyPage *keys = wizard.hostKeyPage();
    if (!waitFor([&] { return !keys->isBusy(); }, 60000))
        return fail(QStringLiteral("host key probe timed out"));
    shoot(&wizard, QStringLiteral("setup-04-host-keys"));
    for (const QString &role : {Role::Primary, Role::Secondary})
        if (keys->acceptButton(role)->isVisible())
            keys->acceptButton(role)->click();
    if (!waitFor([&] { return !keys->isBusy() && keys->allTrusted(); }, 60000))
        return fail(QStringLiteral("host keys not accepted"));
    shoot(&wizard, QStringLiteral("setup-04-host-keys-accepted"));
    goForward(wizard);

    ChecksPage *checks = wizard.checksPage();
    if (!waitFor([&] { return !checks->isRunning(); }, 180000))
        return fail(QStringLiteral("checks timed out"));
    shoot(&wizard, QStringLiteral("setup-05-checks"));
    checks->table()->setCurrentCell(1, 0);
    checks->detailsButton()->click();
    shoot(&wizard, QStringLiteral("setup-05-checks-details"));
    if (!goForward(wizard))
        return fail(QStringLiteral("checks failed: ") + checks->summaryText());

    wizard.summaryPage()->savePlanButton()->click();
    shoot(&wizard, QStringLiteral("setup-06-summary"));
    goForward(wizard);

    ProgressPage *progress = wizard.progressPage();
    auto *steps = child<QTreeWidget>(progress, QStringLiteral("steps"));
    waitFor([&] { return progress->hasFinished() || steps->topLevelItem(4)->text(1) == QStringLiteral("Running"); },
            600000);
    QTest::qWait(1500);
    shoot(&wizard, QStringLiteral("setup-07-progress"));
    if (!waitFor([&] { return progress->hasFinished(); }, 1500000))
        return fail(QStringLiteral("the set-up did not finish"));
    shoot(&wizard, QStringLiteral("setup-07-progress-finished"));
    goForward(wizard);
    shoot(&wizard, QStringLiteral("setup-08-result"));
    wizard.close();

    // A changed host key: the stop page.
    const QString wrong = tmp + QStringLiteral("/known_hosts_changed");
    if (!writeWrongKnownHosts(tmp, wrong, primary))
        return fail(QStringLiteral("could not write a changed known_hosts"));
    SetupWizard stop;
    stop.setKnownHostsFile(wrong);
    stop.show();
    if (!QTest::qWaitForWindowExposed(&stop))
        return fail(QStringLiteral("wizard not shown"));
    goForward(stop);
    fillServers(stop, primary, secondary);
    goForward(stop);
    fillCredentials(stop, user, password);
    goForward(stop);
    if (!waitFor([&] { return stop.currentId() == SetupWizard::HostKeyStopPageId; }, 60000))
        return fail(QStringLiteral("the stop page did not show"));
    shoot(&stop, QStringLiteral("setup-09-host-key-changed"));
    stop.close();
    return g_failures == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OpenELIS"));
    QApplication::setApplicationName(QStringLiteral("OE Failover"));
    QStringList args = QCoreApplication::arguments().mid(1);
    const bool noLab = args.removeAll(QStringLiteral("--no-lab")) > 0;
    if (args.isEmpty()) {
        say(QStringLiteral("usage: oef_screenshots [--no-lab] OUTPUT_DIR [SUFFIX]"));
        return 2;
    }
    g_out = args.value(0);
    g_suffix = args.value(1);
    QDir().mkpath(g_out);

    QTemporaryDir tmp;
    // Settings and reports of this run stay in a throwaway place.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, tmp.filePath(QStringLiteral("config")));
    QStandardPaths::setTestModeEnabled(true);
    oef::ui::applyLanguage(QStringLiteral("en"));

    if (noLab)
        return run(nullptr, tmp.path()) ? 0 : 1;
    LabEnv env;
    QString why;
    if (!env.load(&why)) {
        say(QStringLiteral("the lab is not up (%1): start it with tests/lab/lab.sh up").arg(why));
        return 1;
    }
    if (env.lab({QStringLiteral("reset"), QStringLiteral("primary"), QStringLiteral("secondary")}) != 0) {
        say(QStringLiteral("lab.sh reset failed"));
        return 1;
    }
    const bool ok = run(&env, tmp.path());
    return ok ? 0 : 1;
}
