// The set-up's facts without servers: the parts of a script's output ("@@oef-NAME" ...
// "@@oef-rc N"), the tagged SQL lines, the settings and what must change in them, the access
// facts, the standby state, disk, clock, image tag and the copy's answers and progress, on
// outputs recorded from the lab (setup-facts-primary.sh, setup-facts-secondary.sh) and on
// odd cases: a part missing, a status other than 0, an ERROR line, empty output.
#include "backend/core/pgversion.h"
#include "backend/setup/setupfacts.h"

#include <QtTest>

using namespace oef;

namespace {

// pg_hba.conf as the lab's primary has it (shortened), and as the SQL gives it (hex).
const QByteArray kHba = QByteArrayLiteral("# PostgreSQL Client Authentication Configuration File\n"
                                          "local all all trust\n"
                                          "host all all all scram-sha-256\n");

// setup-facts-primary.sh on the lab's primary, with the prefetch (the hba line shortened).
QByteArray recordedPrimary()
{
    return QByteArrayLiteral("@@oef-clock 1796310437810\n"
                             "@@oef-sql\n"
                             "rec|false|150018\n"
                             "size|30554680\n"
                             "set|hot_standby|on||postmaster\n"
                             "set|max_replication_slots|10||postmaster\n"
                             "set|max_slot_wal_keep_size|-1|MB|sighup\n"
                             "set|max_wal_senders|10||postmaster\n"
                             "set|server_version_num|150018||internal\n"
                             "set|wal_keep_size|0|MB|sighup\n"
                             "set|wal_level|replica||postmaster\n"
                             "set|wal_log_hints|off||postmaster\n"
                             "role|true|true\n"
                             "method|scram-sha-256\n"
                             "hbafile|/var/lib/postgresql/data/pg_hba.conf\n"
                             "hba|")
           + kHba.toHex()
           + QByteArrayLiteral("\n"
                               "slot|0\n"
                               "@@oef-rc 0\n"
                               "@@oef-image\n"
                               "oef-lab/openelis-global-webapp:3.2.1.3\n"
                               "@@oef-rc 0\n"
                               "@@oef-cont\n"
                               "/openelisglobal-database|true|always|running|oef-lab/base:1\n"
                               "/openelisglobal-webapp|true|always|running|oef-lab/openelis-global-webapp:3.2.1.3\n"
                               "/external-fhir-api|true|always|running|oef-lab/base:1\n"
                               "/autoheal-oe|true|always|running|oef-lab/base:1\n"
                               "@@oef-rc 0\n"
                               "@@oef-file yes\n");
}

// setup-facts-secondary.sh on the lab's secondary (not yet a standby), with the prefetch.
const QByteArray kRecordedSecondary = QByteArrayLiteral(
    "@@oef-clock 1796310445243\n"
    "@@oef-sql\n"
    "150018\n"
    "false|\n"
    "id|7715093415242870810\n"
    "@@oef-rc 0\n"
    "@@oef-ready\n"
    "10.77.0.11:5432 - accepting connections\n"
    "@@oef-rc 0\n"
    "@@oef-image\n"
    "oef-lab/openelis-global-webapp:3.2.1.3\n"
    "@@oef-rc 0\n"
    "@@oef-cont\n"
    "/openelisglobal-database|true|always|running|oef-lab/base:1\n"
    "/openelisglobal-webapp|true|always|running|oef-lab/openelis-global-webapp:3.2.1.3\n"
    "/external-fhir-api|true|always|running|oef-lab/base:1\n"
    "/autoheal-oe|true|always|running|oef-lab/base:1\n"
    "@@oef-rc 0\n"
    "@@oef-disk\n"
    "79469924352\n"
    "48031157\n"
    "@@oef-rc 0\n");

// The same with no database container (the SQL could not run, nor the reach test), cut after
// the image part.
const QByteArray kRecordedSecondaryNoDb = QByteArrayLiteral("@@oef-clock 1796310445642\n"
                                                            "@@oef-sql\n"
                                                            "Error response from daemon: No such container: nosuchdb\n"
                                                            "@@oef-rc 1\n"
                                                            "@@oef-ready\n"
                                                            "docker: invalid reference format\n"
                                                            "\n"
                                                            "Run 'docker run --help' for more information\n"
                                                            "@@oef-rc 125\n"
                                                            "@@oef-image\n"
                                                            "oef-lab/openelis-global-webapp:3.2.1.3\n"
                                                            "@@oef-rc 0\n");

// The primary's SQL failing (psql's exit status 3 with ON_ERROR_STOP).
const QByteArray kRecordedPrimarySqlError = QByteArrayLiteral("@@oef-clock 1796310445864\n"
                                                              "@@oef-sql\n"
                                                              "psql:<stdin>:1: ERROR:  division by zero\n"
                                                              "@@oef-rc 3\n");

ScriptPart makePart(const QByteArray &out, int rc)
{
    ScriptPart p;
    p.out = out;
    p.rc = rc;
    p.present = true;
    return p;
}

} // namespace

class TestSetupFacts : public QObject
{
    Q_OBJECT

private slots:
    void scriptParts_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("present");
        QTest::addColumn<int>("rc");
        QTest::addColumn<QByteArray>("out");

        QTest::newRow("primary: one-line part")
            << recordedPrimary() << QByteArray("clock") << true << 0 << QByteArray("1796310437810");
        QTest::newRow("primary: image") << recordedPrimary() << QByteArray("image") << true << 0
                                        << QByteArray("oef-lab/openelis-global-webapp:3.2.1.3\n");
        QTest::newRow("primary: file") << recordedPrimary() << QByteArray("file") << true << 0 << QByteArray("yes");
        QTest::newRow("primary: no disk part")
            << recordedPrimary() << QByteArray("disk") << false << -1 << QByteArray();
        QTest::newRow("secondary: disk") << kRecordedSecondary << QByteArray("disk") << true << 0
                                         << QByteArray("79469924352\n48031157\n");
        QTest::newRow("secondary: ready") << kRecordedSecondary << QByteArray("ready") << true << 0
                                          << QByteArray("10.77.0.11:5432 - accepting connections\n");
        QTest::newRow("no database: sql rc 1")
            << kRecordedSecondaryNoDb << QByteArray("sql") << true << 1
            << QByteArray("Error response from daemon: No such container: nosuchdb\n");
        QTest::newRow("no database: ready rc 125, blank line kept")
            << kRecordedSecondaryNoDb << QByteArray("ready") << true << 125
            << QByteArray("docker: invalid reference format\n\nRun 'docker run --help' for more information\n");
        QTest::newRow("no database: cont missing")
            << kRecordedSecondaryNoDb << QByteArray("cont") << false << -1 << QByteArray();
        QTest::newRow("SQL error rc 3") << kRecordedPrimarySqlError << QByteArray("sql") << true << 3
                                        << QByteArray("psql:<stdin>:1: ERROR:  division by zero\n");
        QTest::newRow("empty output") << QByteArray() << QByteArray("sql") << false << -1 << QByteArray();
        QTest::newRow("cut off before its status (the end counts as an empty line)")
            << QByteArrayLiteral("@@oef-sql\nrec|false|150018\n") << QByteArray("sql") << true << -1
            << QByteArray("rec|false|150018\n\n");
        QTest::newRow("a status line outside a part is a one-line part of its own")
            << QByteArrayLiteral("@@oef-rc 0\n@@oef-at config\n@@oef-rc 5\n@@oef-at stop\n") << QByteArray("rc") << true
            << 0 << QByteArray("5");
        QTest::newRow("one-line parts between status lines")
            << QByteArrayLiteral("@@oef-rc 0\n@@oef-at config\n@@oef-rc 5\n@@oef-at stop\n") << QByteArray("at") << true
            << 0 << QByteArray("stop");
        QTest::newRow("the last one-line part of a name wins")
            << QByteArrayLiteral("@@oef-at config\n@@oef-at stop\n@@oef-at swap\n") << QByteArray("at") << true << 0
            << QByteArray("swap");
        QTest::newRow("lines before any part are ignored") << QByteArrayLiteral("noise\n@@oef-owner 999:999\n")
                                                           << QByteArray("owner") << true << 0 << QByteArray("999:999");
    }

    void scriptParts()
    {
        QFETCH(QByteArray, output);
        QFETCH(QByteArray, name);
        QFETCH(bool, present);
        QFETCH(int, rc);
        QFETCH(QByteArray, out);
        const ScriptParts parts = oef::scriptParts(output);
        QCOMPARE(parts.contains(name), present);
        const ScriptPart p = parts.value(name);
        QCOMPARE(p.present, present);
        QCOMPARE(p.rc, rc);
        QCOMPARE(p.out, out);
    }

    void taggedLines_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QStringList>("lines");

        QTest::newRow("rec") << recordedPrimary() << QStringLiteral("rec")
                             << QStringList{QStringLiteral("false|150018")};
        QTest::newRow("size") << recordedPrimary() << QStringLiteral("size") << QStringList{QStringLiteral("30554680")};
        QTest::newRow("set: eight lines") << recordedPrimary() << QStringLiteral("set")
                                          << QStringList{QStringLiteral("hot_standby|on||postmaster"),
                                                         QStringLiteral("max_replication_slots|10||postmaster"),
                                                         QStringLiteral("max_slot_wal_keep_size|-1|MB|sighup"),
                                                         QStringLiteral("max_wal_senders|10||postmaster"),
                                                         QStringLiteral("server_version_num|150018||internal"),
                                                         QStringLiteral("wal_keep_size|0|MB|sighup"),
                                                         QStringLiteral("wal_level|replica||postmaster"),
                                                         QStringLiteral("wal_log_hints|off||postmaster")};
        QTest::newRow("a tag that is a prefix of another is not it")
            << QByteArrayLiteral("@@oef-sql\nsettings|x\nset|a\n@@oef-rc 0\n") << QStringLiteral("set")
            << QStringList{QStringLiteral("a")};
        QTest::newRow("status not 0: none") << kRecordedPrimarySqlError << QStringLiteral("rec") << QStringList();
        QTest::newRow("part missing: none")
            << QByteArrayLiteral("@@oef-clock 1796310445642\n") << QStringLiteral("rec") << QStringList();
        QTest::newRow("empty output: none") << QByteArray() << QStringLiteral("rec") << QStringList();
    }

    void taggedLines()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, tag);
        QFETCH(QStringList, lines);
        const ScriptPart sql = oef::scriptParts(output).value("sql");
        QCOMPARE(oef::taggedLines(sql, tag), lines);
        const std::optional<QString> first = firstTagged(sql, tag);
        QCOMPARE(first.has_value(), !lines.isEmpty());
        if (first)
            QCOMPARE(*first, lines.first());
    }

    void sqlPartComplete_data()
    {
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<int>("rc");
        QTest::addColumn<bool>("complete");
        QTest::newRow("answers") << QByteArrayLiteral("150018\nfalse|\n") << 0 << true;
        QTest::newRow("an ERROR after ON_ERROR_STOP off")
            << QByteArrayLiteral("150018\npsql:<stdin>:4: ERROR:  permission denied for table pg_authid\n") << 0
            << false;
        QTest::newRow("status 3") << QByteArrayLiteral("psql:<stdin>:1: ERROR:  division by zero\n") << 3 << false;
        QTest::newRow("never ended") << QByteArray() << -1 << false;
        QTest::newRow("empty, status 0") << QByteArray() << 0 << true;
    }

    void sqlPartComplete()
    {
        QFETCH(QByteArray, out);
        QFETCH(int, rc);
        QFETCH(bool, complete);
        QCOMPARE(oef::sqlPartComplete(makePart(out, rc)), complete);
    }

    void settingChanges_data()
    {
        QTest::addColumn<QString>("lines");
        QTest::addColumn<QStringList>("changes"); // "name: from -> to (restart)"

        const QStringList lab = oef::taggedLines(oef::scriptParts(recordedPrimary()).value("sql"),
                                                 QStringLiteral("set"));
        QTest::newRow("the lab's fresh primary") << lab.join(QLatin1Char('\n'))
                                                 << QStringList{QStringLiteral("wal_log_hints: off -> on (restart)"),
                                                                QStringLiteral("wal_keep_size: 0MB -> 512MB"),
                                                                QStringLiteral("max_slot_wal_keep_size: -1 -> 10GB")};
        QTest::newRow("ready already") << QStringLiteral(
            "hot_standby|on||postmaster\nmax_replication_slots|10||postmaster\n"
            "max_slot_wal_keep_size|10240|MB|sighup\nmax_wal_senders|16||postmaster\n"
            "wal_keep_size|512|MB|sighup\nwal_level|logical||postmaster\nwal_log_hints|on||postmaster")
                                       << QStringList();
        QTest::newRow("minimal server, never lowered")
            << QStringLiteral("hot_standby|off||postmaster\nmax_replication_slots|0||postmaster\n"
                              "max_wal_senders|20||postmaster\nwal_level|minimal||postmaster\n"
                              "wal_log_hints|off||postmaster")
            << QStringList{QStringLiteral("wal_level: minimal -> replica (restart)"),
                           QStringLiteral("wal_log_hints: off -> on (restart)"),
                           QStringLiteral("hot_standby: off -> on"),
                           QStringLiteral("max_replication_slots: 0 -> 10 (restart)")};
        QTest::newRow("no answer: asks for everything it needs")
            << QString()
            << QStringList{QStringLiteral("wal_log_hints:  -> on"), QStringLiteral("hot_standby:  -> on"),
                           QStringLiteral("max_wal_senders:  -> 10"), QStringLiteral("max_replication_slots:  -> 10")};
        QTest::newRow("short lines are skipped")
            << QStringLiteral("wal_level|minimal\nwal_log_hints|on||sighup")
            << QStringList{QStringLiteral("hot_standby:  -> on"), QStringLiteral("max_wal_senders:  -> 10"),
                           QStringLiteral("max_replication_slots:  -> 10")};
    }

    void settingChanges()
    {
        QFETCH(QString, lines);
        QFETCH(QStringList, changes);
        QStringList got;
        for (const SettingChange &c : oef::settingChanges(lines))
            got << QStringLiteral("%1: %2 -> %3%4")
                       .arg(c.name, c.from, c.to, c.needsRestart ? QStringLiteral(" (restart)") : QString());
        QCOMPARE(got, changes);
    }

    void settingsAnswers()
    {
        const QString prefetched = settingsPrefetchLines(oef::scriptParts(recordedPrimary()).value("sql"));
        QCOMPARE(prefetched.count(QLatin1Char('\n')), 8); // eight "set|" lines and "slot|0"
        QVERIFY(prefetched.startsWith(QLatin1String("set|hot_standby|on||postmaster\n")));
        QVERIFY(prefetched.endsWith(QLatin1String("\nslot|0")));
        const SettingsAnswer a = parseSettingsAnswer(prefetched);
        QCOMPARE(a.settingLines.size(), 8);
        QCOMPARE(a.settingLines.first(), QStringLiteral("hot_standby|on||postmaster"));
        QVERIFY(!a.slotExists);
        QVERIFY(parseSettingsAnswer(QStringLiteral("slot|1")).slotExists);
        QVERIFY(!parseSettingsAnswer(QString()).slotExists);

        const SettingsApplied applied = parseSettingsApplied(QStringLiteral("pending|wal_log_hints\nslot|created"));
        QCOMPARE(applied.pending, QStringLiteral("wal_log_hints"));
        QCOMPARE(applied.slot, QStringLiteral("created"));
        const SettingsApplied none = parseSettingsApplied(QStringLiteral("pending|\n"));
        QVERIFY(none.pending.isEmpty());
        QVERIFY(none.slot.isEmpty());
    }

    void accessFacts_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("roleInfo");
        QTest::addColumn<bool>("haveFile");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("hbaFile");
        QTest::addColumn<QByteArray>("hba");

        const ScriptParts parts = oef::scriptParts(recordedPrimary());
        QTest::newRow("the lab's primary")
            << parts.value("file").out << parts.value("sql").out << QStringLiteral("true|true") << true
            << QStringLiteral("scram-sha-256") << QStringLiteral("/var/lib/postgresql/data/pg_hba.conf") << kHba;
        QTest::newRow("no role, no file")
            << QByteArray("no\n")
            << QByteArrayLiteral("hbafile|/var/lib/postgresql/data/pg_hba.conf\nhba|") + kHba.toHex() + '\n'
            << QString() << false << QString() << QStringLiteral("/var/lib/postgresql/data/pg_hba.conf") << kHba;
        QTest::newRow("md5 role without replication")
            << QByteArray("yes") << QByteArrayLiteral("role|false|true\nmethod|md5\n") << QStringLiteral("false|true")
            << true << QStringLiteral("md5") << QString() << QByteArray();
        QTest::newRow("an ERROR line only")
            << QByteArray() << QByteArrayLiteral("psql:<stdin>:2: ERROR:  permission denied\n") << QString() << false
            << QString() << QString() << QByteArray();
        QTest::newRow("empty") << QByteArray() << QByteArray() << QString() << false << QString() << QString()
                               << QByteArray();
    }

    void accessFacts()
    {
        QFETCH(QByteArray, file);
        QFETCH(QByteArray, sql);
        QFETCH(QString, roleInfo);
        QFETCH(bool, haveFile);
        QFETCH(QString, method);
        QFETCH(QString, hbaFile);
        QFETCH(QByteArray, hba);
        const AccessFacts f = parseAccessFacts(file, sql);
        QCOMPARE(f.roleInfo, roleInfo);
        QCOMPARE(f.haveFile, haveFile);
        QCOMPARE(f.method, method);
        QCOMPARE(f.hbaFile, hbaFile);
        QCOMPARE(f.hba, hba);
    }

    void standbyFacts_data()
    {
        QTest::addColumn<QString>("out");
        QTest::addColumn<bool>("streaming");
        QTest::addColumn<QString>("sender");
        QTest::addColumn<QString>("systemId");

        QTest::newRow("the lab's secondary before the set-up")
            << standbyPrefetchLines(oef::scriptParts(kRecordedSecondary).value("sql")) << false << QString()
            << QStringLiteral("7715093415242870810");
        QTest::newRow("a streaming standby")
            << QStringLiteral("true|streaming|10.77.0.11|oef_10_77_0_12\nid|7715093415242870810") << true
            << QStringLiteral("10.77.0.11") << QStringLiteral("7715093415242870810");
        QTest::newRow("in recovery, not streaming") << QStringLiteral("true|waiting|10.77.0.11|oef_10_77_0_12\nid|1")
                                                    << false << QString() << QStringLiteral("1");
        QTest::newRow("the first line alone")
            << QStringLiteral("true|streaming|oe-primary|oef_x") << true << QStringLiteral("oe-primary") << QString();
        QTest::newRow("empty") << QString() << false << QString() << QString();
    }

    void standbyFacts()
    {
        QFETCH(QString, out);
        QFETCH(bool, streaming);
        QFETCH(QString, sender);
        QFETCH(QString, systemId);
        const StandbyFacts f = parseStandbyFacts(out);
        QCOMPARE(f.streaming, streaming);
        QCOMPARE(f.sender, sender);
        QCOMPARE(f.systemId, systemId);
    }

    void secondaryVersion()
    {
        const ScriptPart sql = oef::scriptParts(kRecordedSecondary).value("sql");
        QCOMPARE(oef::secondaryVersion(sql), QStringLiteral("150018"));
        QCOMPARE(standbyPrefetchLines(sql), QStringLiteral("false|\nid|7715093415242870810"));
        QCOMPARE(oef::secondaryVersion(oef::scriptParts(kRecordedSecondaryNoDb).value("sql")), QString());
        QCOMPARE(oef::secondaryVersion(ScriptPart()), QString());
    }

    void diskSpace_data()
    {
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<bool>("read");
        QTest::addColumn<qint64>("available");
        QTest::addColumn<qint64>("own");
        QTest::newRow("the lab's secondary") << oef::scriptParts(kRecordedSecondary).value("disk").out << true
                                             << qint64(79469924352) << qint64(48031157);
        QTest::newRow("no data directory")
            << QByteArrayLiteral("79469924352\n") << true << qint64(79469924352) << qint64(0);
        QTest::newRow("df failed") << QByteArrayLiteral("\n\n") << false << qint64(0) << qint64(0);
        QTest::newRow("part missing") << oef::scriptParts(kRecordedSecondaryNoDb).value("disk").out << false
                                      << qint64(0) << qint64(0);
    }

    void diskSpace()
    {
        QFETCH(QByteArray, out);
        QFETCH(bool, read);
        QFETCH(qint64, available);
        QFETCH(qint64, own);
        const std::optional<DiskSpace> d = parseDiskSpace(out);
        QCOMPARE(d.has_value(), read);
        if (d) {
            QCOMPARE(d->available, available);
            QCOMPARE(d->own, own);
        }
    }

    void copySpaceNeeded()
    {
        QCOMPARE(oef::copySpaceNeeded(0), qint64(256) << 20);
        QCOMPARE(oef::copySpaceNeeded(30554680), qint64(30554680 * 1.2) + (qint64(256) << 20));
        QCOMPARE(oef::copySpaceNeeded(qint64(100) << 30),
                 qint64(double(qint64(100) << 30) * 1.2) + (qint64(256) << 20));
    }

    void clockSkew_data()
    {
        QTest::addColumn<QByteArray>("clock");
        QTest::addColumn<qint64>("before");
        QTest::addColumn<qint64>("after");
        QTest::addColumn<bool>("read");
        QTest::addColumn<qint64>("skew");
        const QByteArray lab = oef::scriptParts(recordedPrimary()).value("clock").out;
        QTest::newRow("in step, 200 ms command")
            << lab << qint64(1796310437700) << qint64(1796310437900) << true << qint64(10);
        QTest::newRow("slow command: at most 150 ms allowed")
            << lab << qint64(1796310437000) << qint64(1796310439000) << true << qint64(660);
        QTest::newRow("40 s behind") << QByteArrayLiteral("1796310397810\n") << qint64(1796310437810)
                                     << qint64(1796310437810) << true << qint64(-40000);
        QTest::newRow("not read") << QByteArray() << qint64(1) << qint64(2) << false << qint64(0);
        QTest::newRow("not a number") << QByteArrayLiteral("%3N") << qint64(1) << qint64(2) << false << qint64(0);
    }

    void clockSkew()
    {
        QFETCH(QByteArray, clock);
        QFETCH(qint64, before);
        QFETCH(qint64, after);
        QFETCH(bool, read);
        QFETCH(qint64, skew);
        const std::optional<qint64> s = clockSkewMs(clock, before, after);
        QCOMPARE(s.has_value(), read);
        if (s)
            QCOMPARE(*s, skew);
    }

    void imageTag_data()
    {
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<int>("rc");
        QTest::addColumn<QString>("tag");
        QTest::newRow("the lab's webapp")
            << oef::scriptParts(recordedPrimary()).value("image").out << 0 << QStringLiteral("3.2.1.3");
        QTest::newRow("no tag") << QByteArrayLiteral("openelis/webapp\n") << 0 << QString();
        QTest::newRow("no container (rc 1)")
            << QByteArrayLiteral("no container openelisglobal-webapp\n") << 1 << QString();
        QTest::newRow("empty") << QByteArray() << 0 << QString();
    }

    void imageTag()
    {
        QFETCH(QByteArray, out);
        QFETCH(int, rc);
        QFETCH(QString, tag);
        QCOMPARE(oef::imageTag(makePart(out, rc)), tag);
    }

    void copyAnswers()
    {
        const CopySqlAnswer a = parseCopySqlAnswer(QByteArrayLiteral("id|7715093415242870810\nbusy|0\n"));
        QCOMPARE(a.systemId, QStringLiteral("7715093415242870810"));
        QVERIFY(!a.slotWasBusy);
        QVERIFY(parseCopySqlAnswer(QByteArrayLiteral("id|1\nbusy|1\n")).slotWasBusy);
        // Nothing said: the slot may be held (the copy waits for it to be released).
        const CopySqlAnswer none = parseCopySqlAnswer(QByteArrayLiteral("psql: error: connection refused\n"));
        QVERIFY(none.systemId.isEmpty());
        QVERIFY(none.slotWasBusy);
    }

    void copyProgress_data()
    {
        QTest::addColumn<QString>("part");
        QTest::addColumn<bool>("match");
        QTest::addColumn<double>("done");
        QTest::addColumn<double>("total");
        QTest::addColumn<int>("percent");
        QTest::newRow("pg_basebackup -P")
            << QStringLiteral("12345/30000 kB (41%), 0/1 tablespace") << true << 12345.0 << 30000.0 << 41;
        QTest::newRow("total 0 counts as 1")
            << QStringLiteral("0/0 kB (0%), 0/1 tablespace") << true << 0.0 << 1.0 << 0;
        QTest::newRow("another line") << QStringLiteral("pg_basebackup: checkpoint completed") << false << 0.0 << 0.0
                                      << 0;
        QTest::newRow("empty") << QString() << false << 0.0 << 0.0 << 0;
    }

    void copyProgress()
    {
        QFETCH(QString, part);
        QFETCH(bool, match);
        QFETCH(double, done);
        QFETCH(double, total);
        QFETCH(int, percent);
        const std::optional<CopyProgress> p = parseCopyProgress(part);
        QCOMPARE(p.has_value(), match);
        if (p) {
            QCOMPARE(p->doneKb, done);
            QCOMPARE(p->totalKb, total);
            QCOMPARE(p->percent, percent);
        }
    }

    void dataMount_data()
    {
        QTest::addColumn<QByteArray>("part");
        QTest::addColumn<int>("rc");
        QTest::addColumn<bool>("parsed");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("hostPath");
        QTest::addColumn<QString>("volume");

        // As the lab's database container answers (the installer's layout).
        const QByteArray lab = "env|PGDATA=/var/lib/postgresql/data\n"
                               "mount|bind|/var/lib/openelis-global/backups|/backups|\n"
                               "mount|bind|/var/lib/openelis-global/secrets/postgres.password|/run/secrets-pg|\n"
                               "mount|bind|/var/lib/openelis-global/data|/var/lib/postgresql/data|\n";
        QTest::newRow("installer layout") << lab << 0 << true << QStringLiteral("bind")
                                          << QStringLiteral("/var/lib/openelis-global/data") << QString();
        QTest::newRow("no PGDATA: the image's default")
            << QByteArray("mount|bind|/srv/oe/data/|/var/lib/postgresql/data|\n") << 0 << true
            << QStringLiteral("bind") << QStringLiteral("/srv/oe/data") << QString();
        QTest::newRow("PGDATA below the mount")
            << QByteArray("env|PGDATA=/var/lib/postgresql/data/pgdata\n"
                          "mount|bind|/opt/oe/db|/var/lib/postgresql/data|\n")
            << 0 << true << QStringLiteral("bind") << QStringLiteral("/opt/oe/db/pgdata") << QString();
        QTest::newRow("the deepest mount wins")
            << QByteArray("mount|bind|/srv|/var|\nmount|bind|/srv/oe/data|/var/lib/postgresql/data|\n") << 0
            << true << QStringLiteral("bind") << QStringLiteral("/srv/oe/data") << QString();
        QTest::newRow("named volume (openelis-docker)")
            << QByteArray("mount|volume|/var/lib/docker/volumes/oe_db-data/_data|/var/lib/postgresql/data|"
                          "oe_db-data\n")
            << 0 << true << QStringLiteral("volume") << QStringLiteral("/var/lib/docker/volumes/oe_db-data/_data")
            << QStringLiteral("oe_db-data");
        QTest::newRow("a mount that only shares a prefix")
            << QByteArray("mount|bind|/srv/x|/var/lib/postgresql/dat|\n") << 0 << true << QString() << QString()
            << QString();
        QTest::newRow("no mount at all") << QByteArray("env|PGDATA=/pg\n") << 0 << true << QString() << QString()
                                         << QString();
        QTest::newRow("inspect failed") << QByteArray() << 1 << false << QString() << QString() << QString();
    }

    void dataMount()
    {
        QFETCH(QByteArray, part);
        QFETCH(int, rc);
        QFETCH(bool, parsed);
        QFETCH(QString, type);
        QFETCH(QString, hostPath);
        QFETCH(QString, volume);
        const ScriptParts parts =
            oef::scriptParts("@@oef-pgdata\n" + part + "@@oef-rc " + QByteArray::number(rc) + "\n");
        const std::optional<DataMount> m = parseDataMount(parts.value("pgdata"));
        QCOMPARE(m.has_value(), parsed);
        if (!m)
            return;
        QCOMPARE(m->type, type);
        QCOMPARE(m->hostPath, hostPath);
        QCOMPARE(m->volumeName, volume);
    }

    void dataMountPartMissing() { QVERIFY(!parseDataMount(ScriptPart{})); }

    void pgVersions()
    {
        QCOMPARE(pgMajorName(150018), QStringLiteral("15"));
        QCOMPARE(pgMajorName(130022), QStringLiteral("13"));
        QCOMPARE(pgMajorName(170004), QStringLiteral("17"));
        QCOMPARE(pgMajorName(90624), QStringLiteral("9.6"));
        QCOMPARE(pgMajorName(90519), QStringLiteral("9.5"));
        QCOMPARE(pgMajorName(0), QStringLiteral("0")); // unknown, as verify showed it
        QVERIFY(pgMajor(90624) < kOldestPgMajor);
        QVERIFY(pgMajor(130000) >= kOldestPgMajor);
        QVERIFY(pgMajor(170004) <= kNewestPgMajor);
        QVERIFY(pgMajor(180000) > kNewestPgMajor);
    }
};

QTEST_GUILESS_MAIN(TestSetupFacts)
#include "tst_setupfacts.moc"
