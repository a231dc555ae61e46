// The install-directory copy's plan without servers (planSync, copyProblems): from two
// manifests, what is created, removed, sent, what is extraneous, the estimate; after the copy,
// what differs. Awkward names (spaces, newlines, bytes that are not UTF-8) included.
#include "backend/setup/syncplan.h"

#include <QtTest>

#include <functional>

using namespace oef;

Q_DECLARE_METATYPE(oef::ManifestEntry)

namespace {

const QByteArray kSumA = QByteArray(64, 'a');
const QByteArray kSumB = QByteArray(64, 'b');

ManifestEntry node(char type, const QByteArray &raw, quint32 mode, qint64 mtime)
{
    ManifestEntry e;
    e.type = type;
    e.rawPath = raw;
    e.path = QString::fromUtf8(raw);
    e.mode = mode;
    e.mtime = mtime;
    return e;
}

ManifestEntry dir(const QByteArray &raw)
{
    return node('d', raw, 0755, 100);
}

ManifestEntry file(const QByteArray &raw, const QByteArray &sum = kSumA, qint64 size = 3)
{
    ManifestEntry e = node('f', raw, 0644, 200);
    e.size = size;
    e.sha256 = sum;
    return e;
}

ManifestEntry linkEntry(const QByteArray &raw, const QByteArray &target)
{
    ManifestEntry e = node('l', raw, 0777, 300);
    e.linkTarget = QString::fromUtf8(target);
    return e;
}

// An entry changed by `change`.
ManifestEntry with(ManifestEntry e, const std::function<void(ManifestEntry &)> &change)
{
    change(e);
    return e;
}

QStringList names(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

Manifest tree(std::initializer_list<ManifestEntry> entries)
{
    Manifest m;
    for (const ManifestEntry &e : entries)
        m.insert(e.path, e);
    return m;
}

const ManifestEntry kRoot = dir(".");
// A name that is not UTF-8 (Latin-1 é), shown as the manifest shows it.
const ManifestEntry kLatin1 = with(file("latin1-\xe9"),
                                   [](ManifestEntry &e) { e.path = QStringLiteral("latin1-\\xe9"); });

} // namespace

class TestSyncPlan : public QObject
{
    Q_OBJECT

private slots:
    void plan_data()
    {
        QTest::addColumn<Manifest>("source");
        QTest::addColumn<Manifest>("target");
        QTest::addColumn<bool>("targetMissing");
        QTest::addColumn<QStringList>("excludes");
        QTest::addColumn<bool>("deleteExtraneous");
        QTest::addColumn<QStringList>("send");
        QTest::addColumn<QStringList>("removeTops");
        QTest::addColumn<QStringList>("extraneous");
        QTest::addColumn<QStringList>("removed");
        QTest::addColumn<QStringList>("blocked");
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("sockets");

        const Manifest base = tree({kRoot, file("a"), dir("d"), file("d/b")});
        const QStringList none;
        auto changedA = [&](const std::function<void(ManifestEntry &)> &change) {
            return tree({kRoot, with(file("a"), change), dir("d"), file("d/b")});
        };
        auto changedD = [&](const std::function<void(ManifestEntry &)> &change) {
            return tree({kRoot, file("a"), with(dir("d"), change), file("d/b")});
        };
        const QStringList rootAndA{QStringLiteral("."), QStringLiteral("a")};

        QTest::newRow("identical") << base << base << false << none << false << none << none << none << none << none
                                   << 4 << 0;
        QTest::newRow("target missing") << base << Manifest() << true << none << false << names({".", "a", "d", "d/b"})
                                        << none << none << none << none << 4 << 0;
        QTest::newRow("only the root, target missing") << tree({kRoot}) << Manifest() << true << none << false
                                                       << names({"."}) << none << none << none << none << 1 << 0;
        // A new entry travels with its parent (whose time its creation moves).
        QTest::newRow("new file") << base << tree({kRoot, dir("d"), file("d/b")}) << false << none << false << rootAndA
                                  << none << none << none << none << 4 << 0;
        QTest::newRow("new file in a directory") << base << tree({kRoot, file("a"), dir("d")}) << false << none << false
                                                 << names({"d", "d/b"}) << none << none << none << none << 4 << 0;
        // A changed file is replaced by unlinking it: its parent travels too.
        QTest::newRow("changed content") << base << changedA([](ManifestEntry &e) { e.sha256 = kSumB; }) << false
                                         << none << false << rootAndA << none << none << none << none << 4 << 0;
        QTest::newRow("changed size") << base << changedA([](ManifestEntry &e) { e.size = 4; }) << false << none
                                      << false << rootAndA << none << none << none << none << 4 << 0;
        QTest::newRow("changed mode") << base << changedA([](ManifestEntry &e) { e.mode = 0600; }) << false << none
                                      << false << rootAndA << none << none << none << none << 4 << 0;
        QTest::newRow("changed owner") << base << changedA([](ManifestEntry &e) { e.gid = 8443; }) << false << none
                                       << false << rootAndA << none << none << none << none << 4 << 0;
        QTest::newRow("changed mtime") << base << changedA([](ManifestEntry &e) { e.mtime = 201; }) << false << none
                                       << false << rootAndA << none << none << none << none << 4 << 0;
        // A changed directory is kept by tar: its parent stays as it is.
        QTest::newRow("directory: changed mode")
            << base << changedD([](ManifestEntry &e) { e.mode = 02750; }) << false << none << false << names({"d"})
            << none << none << none << none << 4 << 0;
        QTest::newRow("directory: changed mtime")
            << base << changedD([](ManifestEntry &e) { e.mtime = 101; }) << false << none << false << names({"d"})
            << none << none << none << none << 4 << 0;
        // The root's time moves with data/ on each server: never compared.
        QTest::newRow("root: changed mtime")
            << base << tree({with(kRoot, [](ManifestEntry &e) { e.mtime = 999; }), file("a"), dir("d"), file("d/b")})
            << false << none << false << none << none << none << none << none << 4 << 0;
        QTest::newRow("root: changed owner")
            << base << tree({with(kRoot, [](ManifestEntry &e) { e.uid = 1; }), file("a"), dir("d"), file("d/b")})
            << false << none << false << names({"."}) << none << none << none << none << 4 << 0;
        QTest::newRow("symlink: changed target")
            << tree({kRoot, linkEntry("l", "a")}) << tree({kRoot, linkEntry("l", "b")}) << false << none << false
            << names({".", "l"}) << none << none << none << none << 2 << 0;
        QTest::newRow("symlink: mode not compared")
            << tree({kRoot, linkEntry("l", "a")})
            << tree({kRoot, with(linkEntry("l", "a"), [](ManifestEntry &e) { e.mode = 0755; })}) << false << none
            << false << none << none << none << none << none << 2 << 0;

        // Type changes: the target's entry is removed first.
        QTest::newRow("type change file -> dir")
            << tree({kRoot, dir("x")}) << tree({kRoot, file("x")}) << false << none << false << names({".", "x"})
            << names({"x"}) << none << none << none << 2 << 0;
        QTest::newRow("type change dir -> symlink")
            << tree({kRoot, linkEntry("x", "a")}) << tree({kRoot, dir("x")}) << false << none << false
            << names({".", "x"}) << names({"x"}) << none << none << none << 2 << 0;
        QTest::newRow("type change dir -> symlink, dir holds extraneous, kept")
            << tree({kRoot, linkEntry("x", "a")}) << tree({kRoot, dir("x"), file("x/y")}) << false << none << false
            << none << none << names({"x/y"}) << none << names({"x"}) << 2 << 0;
        QTest::newRow("type change dir -> symlink, dir holds extraneous, deleted")
            << tree({kRoot, linkEntry("x", "a")}) << tree({kRoot, dir("x"), file("x/y")}) << false << none << true
            << names({".", "x"}) << names({"x"}) << names({"x/y"}) << names({"x/y"}) << none << 2 << 0;

        // Only on the target.
        const Manifest extra = tree(
            {kRoot, file("a"), dir("d"), file("d/b"), dir("e"), file("e/f"), file("e/g"), file("d/x")});
        QTest::newRow("only on target, kept") << base << extra << false << none << false << none << none
                                              << names({"d/x", "e", "e/f", "e/g"}) << none << none << 4 << 0;
        // Only the tops are removed; the parents whose time rm moves travel.
        QTest::newRow("only on target, deleted")
            << base << extra << false << none << true << names({".", "d"}) << names({"d/x", "e"})
            << names({"d/x", "e", "e/f", "e/g"}) << names({"d/x", "e", "e/f", "e/g"}) << none << 4 << 0;

        // Excluded entries are not looked at on either side (data/, data.*, oe-failover/
        // always); an exclude covers its own tree only ("log" is not "logs").
        const Manifest withExcluded = tree({kRoot, file("a"), dir("data"), file("data/PG_VERSION"),
                                            dir("data.before-standby-1"), file("data.before-standby-1/PG_VERSION"),
                                            dir("oe-failover"), file("oe-failover/guard"), dir("logs"),
                                            file("logs/x.log"), dir("cache"), file("cache/c")});
        QTest::newRow("excluded paths") << withExcluded
                                        << tree({kRoot, file("a"), file("data/other"), file("logs/y.log"),
                                                 file("oe-failover/state")})
                                        << false << names({"./logs/", "cache"}) << true << none << none << none << none
                                        << none << 2 << 0;
        QTest::newRow("excluded paths: an exclude is not a prefix")
            << tree({kRoot, dir("logs"), file("logs/x.log"), file("login")}) << tree({kRoot, file("log")}) << false
            << names({"log"}) << true << names({".", "login", "logs", "logs/x.log"}) << none << none << none << none
            << 4 << 0;

        // Awkward names, and the order: a directory's contents right after it.
        QTest::newRow("names with spaces, newlines, non-UTF-8 bytes")
            << tree({kRoot, file("with space"), file("new\nline"), kLatin1, dir("sub dir"), file("sub dir/$x;'\"")})
            << tree({kRoot, file("old\nname"), file("back\\slash")}) << false << none << true
            << names({".", "latin1-\\xe9", "new\nline", "sub dir", "sub dir/$x;'\"", "with space"})
            << names({"back\\slash", "old\nname"}) << names({"back\\slash", "old\nname"})
            << names({"back\\slash", "old\nname"}) << none << 6 << 0;
        QTest::newRow("order") << tree({kRoot, dir("a"), file("a/b"), file("a b"), file("a-c")}) << tree({kRoot})
                               << false << none << false << names({".", "a", "a/b", "a b", "a-c"}) << none << none
                               << none << none << 5 << 0;
        QTest::newRow("socket left out") << tree({kRoot, node('s', "sock", 0755, 1), file("a")}) << tree({kRoot})
                                         << false << none << false << rootAndA << none << none << none << none << 3
                                         << 1;
    }

    void plan()
    {
        QFETCH(Manifest, source);
        QFETCH(Manifest, target);
        QFETCH(bool, targetMissing);
        QFETCH(QStringList, excludes);
        QFETCH(bool, deleteExtraneous);
        const SyncPlan p = planSync(source, target, targetMissing, excludes, deleteExtraneous);
        QCOMPARE(p.createRoot, targetMissing);
        QTEST(p.send, "send");
        QTEST(p.removeTops, "removeTops");
        QTEST(p.extraneous, "extraneous");
        QTEST(p.removed, "removed");
        QTEST(p.blocked, "blocked");
        QTEST(p.total, "total");
        QTEST(p.sockets, "sockets");
    }

    // The file data and the tar stream's size (512-byte headers, a long name's extra header
    // and blocks, data rounded to 512, two end blocks, all rounded to 10240).
    void estimate_data()
    {
        QTest::addColumn<Manifest>("source");
        QTest::addColumn<qint64>("payload");
        QTest::addColumn<qint64>("estimate");
        QTest::newRow("nothing") << tree({kRoot}) << qint64(0) << qint64(0);
        QTest::newRow("one small file") << tree({kRoot, file("a", kSumA, 1000)}) << qint64(1000) << qint64(10240);
        // 512 (root) + 512 + 512 + 512 (name of 152 bytes) + 20480 + 1024 = 23552
        QTest::newRow("long name") << tree({kRoot, file(QByteArray(150, 'n'), kSumA, 20000)}) << qint64(20000)
                                   << qint64(30720);
        QTest::newRow("long link target")
            << tree({kRoot, linkEntry("l", QByteArray(120, 't'))}) << qint64(0) << qint64(10240);
    }

    void estimate()
    {
        QFETCH(Manifest, source);
        QFETCH(qint64, payload);
        QFETCH(qint64, estimate);
        const Manifest target = tree({kRoot});
        const SyncPlan p = planSync(source, source.size() == 1 ? source : target, false, {}, false);
        QCOMPARE(p.payload, payload);
        if (estimate > 0)
            QCOMPARE(p.estimate, estimate);
        else
            QVERIFY(p.send.isEmpty());
    }

    void problems_data()
    {
        QTest::addColumn<Manifest>("after");
        QTest::addColumn<QStringList>("problems");
        QTest::addColumn<QStringList>("mismatches");
        const QStringList none;
        QTest::newRow("identical") << tree({kRoot, file("a"), dir("d"), linkEntry("l", "a")}) << none << none;
        // Directory times move when their contents change: only files' times are compared.
        QTest::newRow("directory times") << tree({with(kRoot, [](ManifestEntry &e) { e.mtime = 1; }), file("a"),
                                                  with(dir("d"), [](ManifestEntry &e) { e.mtime = 1; }),
                                                  linkEntry("l", "a")})
                                         << none << none;
        QTest::newRow("missing") << tree({kRoot, dir("d"), linkEntry("l", "a")}) << names({"a: missing"})
                                 << names({"a"});
        QTest::newRow("file time") << tree(
            {kRoot, with(file("a"), [](ManifestEntry &e) { e.mtime = 1; }), dir("d"), linkEntry("l", "a")})
                                   << names({"a: modification time differs"}) << names({"a"});
        QTest::newRow("content, mode, owner")
            << tree({kRoot,
                     with(file("a", kSumB),
                          [](ManifestEntry &e) {
                              e.mode = 0600;
                              e.uid = 1;
                          }),
                     dir("d"), linkEntry("l", "b")})
            << names({"a: mode 0600 instead of 0644, owner 1:0 instead of 0:0, content (SHA-256) differs",
                      "l: link target b instead of a"})
            << names({"a", "l"});
        QTest::newRow("type") << tree({kRoot, file("a"), file("d"), linkEntry("l", "a")})
                              << names({"d: type file instead of directory"}) << names({"d"});
    }

    void problems()
    {
        QFETCH(Manifest, after);
        const Manifest source = tree({kRoot, file("a"), dir("d"), linkEntry("l", "a"), node('s', "sock", 0755, 1)});
        QStringList mismatches;
        QTEST(copyProblems(source, after, &mismatches), "problems");
        QTEST(mismatches, "mismatches");
    }
};

QTEST_GUILESS_MAIN(TestSyncPlan)
#include "tst_syncplan.moc"
