// FlowRunner and FlowThread with fake steps (Calamares' testJobQueue style): order, weighted
// progress, failure and cancel clean-ups, exceptions, redaction, thread affinity, shutdown.
#include "backend/core/runner.h"
#include "backend/core/secrets.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QSignalSpy>
#include <QtTest>

#include <atomic>
#include <memory>
#include <stdexcept>

using namespace oef;

namespace {

constexpr int kTimeoutMs = 10000;

// What the steps did, in order; written on the worker thread, read after it finished.
class Journal
{
public:
    void add(const QString &entry)
    {
        const QMutexLocker lock(&m_mutex);
        m_entries << entry;
    }
    QStringList entries() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_entries;
    }

private:
    mutable QMutex m_mutex;
    QStringList m_entries;
};

std::unique_ptr<Step> okStep(const QString &label, Journal *journal, double weight = 1.0, bool withCleanup = false)
{
    LambdaStep::CleanupFn cleanup;
    if (withCleanup)
        cleanup = [journal, label](StepContext &) { journal->add(QStringLiteral("undo:") + label); };
    return std::make_unique<LambdaStep>(
        label, weight,
        [journal, label](StepContext &) {
            journal->add(QStringLiteral("run:") + label);
            return StepResult::success();
        },
        cleanup);
}

std::unique_ptr<Step> failingStep(const QString &label, Journal *journal, bool withCleanup = true)
{
    LambdaStep::CleanupFn cleanup;
    if (withCleanup)
        cleanup = [journal, label](StepContext &) { journal->add(QStringLiteral("undo:") + label); };
    return std::make_unique<LambdaStep>(
        label, 1.0,
        [journal, label](StepContext &) {
            journal->add(QStringLiteral("run:") + label);
            return StepResult::error(QStringLiteral("%1 broke").arg(label), QStringLiteral("exit code 3"));
        },
        cleanup);
}

std::unique_ptr<Step> cleanupStep(const QString &label, Journal *journal, bool ok = true)
{
    return std::make_unique<LambdaStep>(label, 1.0, [journal, label, ok](StepContext &c) {
        journal->add(QStringLiteral("cleanup:") + label
                     + (c.isCancelled() ? QStringLiteral("(cancel visible)") : QString()));
        return ok ? StepResult::success()
                  : StepResult::error(QStringLiteral("%1 could not").arg(label),
                                      QStringLiteral("details of %1").arg(label));
    });
}

// A step that runs until the flow is cancelled (with a safety limit so a broken runner
// cannot hang the test), then reports an error as real steps do.
std::unique_ptr<Step> longStep(const QString &label, Journal *journal, std::atomic_bool *started)
{
    return std::make_unique<LambdaStep>(
        label, 1.0,
        [journal, label, started](StepContext &c) {
            journal->add(QStringLiteral("run:") + label);
            started->store(true);
            for (int i = 0; i < 3000 && !c.isCancelled(); ++i)
                QThread::msleep(5);
            return c.cancelFlag().load() ? StepResult::error(QStringLiteral("interrupted")) : StepResult::success();
        },
        [journal, label](StepContext &c) {
            journal->add(QStringLiteral("undo:") + label
                         + (c.isCancelled() ? QStringLiteral("(cancel visible)") : QString()));
        });
}

FlowOutcome outcomeOf(const QSignalSpy &finished)
{
    return FlowOutcome(finished.first().first().toInt());
}

} // namespace

class TestRunner : public QObject
{
    Q_OBJECT

private slots:
    void stepsRunInOrder();
    void weightedProgress();
    void progressWithoutWeights();
    void failureRunsCleanupsInReverse();
    void cleanupFailuresDoNotStopTheRest();
    void failureAfterCommitPointRollsForward();
    void cancelAfterCommitPointRollsForward();
    void failureBeforeCommitPointUndoes();
    void cancelDuringCommitStepLetsItFinish();
    void cancelDuringLongStep();
    void cancelBeforeStart();
    void errorAfterCancelIsCancelled();
    void exceptionInStep_data();
    void exceptionInStep();
    void redactsEverything();
    void signalsArriveOnReceiverThread();
    void destructorWhileRunning();
    void destructorWithoutStart();
    void runnerGoneAfterFinish();
};

void TestRunner::stepsRunInOrder()
{
    Journal journal;
    Flow flow;
    flow.name = QStringLiteral("test");
    flow.steps.push_back(okStep(QStringLiteral("A"), &journal));
    flow.steps.push_back(okStep(QStringLiteral("B"), &journal));
    flow.steps.push_back(okStep(QStringLiteral("C"), &journal, 1.0, true));
    flow.cleanupSteps.push_back(cleanupStep(QStringLiteral("X"), &journal));

    auto *runner = new FlowRunner(std::move(flow));
    QCOMPARE(runner->stepCount(), 3);
    QCOMPARE(runner->stepLabels(), (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    FlowThread thread(runner);
    QSignalSpy started(runner, &FlowRunner::stepStarted);
    QSignalSpy done(runner, &FlowRunner::stepFinished);
    QSignalSpy failed(runner, &FlowRunner::failed);
    QSignalSpy finished(runner, &FlowRunner::finished);
    thread.start();
    QVERIFY(thread.wait(kTimeoutMs)); // the spies are read only once the worker has ended

    // Success: no clean-ups at all.
    QCOMPARE(journal.entries(),
             (QStringList{QStringLiteral("run:A"), QStringLiteral("run:B"), QStringLiteral("run:C")}));
    QCOMPARE(started.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(started.at(i).at(0).toInt(), i);
        QCOMPARE(done.at(i).at(0).toInt(), i);
        QCOMPARE(done.at(i).at(1).toBool(), true);
        QVERIFY(done.at(i).at(3).toLongLong() >= 0);
    }
    QCOMPARE(started.at(1).at(1).toString(), QStringLiteral("B"));
    QCOMPARE(started.at(1).at(2).toString(), QStringLiteral("B")); // status defaults to label
    QCOMPARE(failed.size(), 0);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(outcomeOf(finished), FlowOutcome::Succeeded);
}

void TestRunner::weightedProgress()
{
    Journal journal;
    Flow flow;
    flow.steps.push_back(okStep(QStringLiteral("A"), &journal, 1.0));
    flow.steps.push_back(std::make_unique<LambdaStep>(
        QStringLiteral("B"), 3.0,
        [](StepContext &c) {
            c.progress(0.5, QStringLiteral("B half"));
            c.progress(0.25); // going back is ignored
            c.progress(1.0);
            c.progress(7.0); // clamped
            return StepResult::success();
        },
        LambdaStep::CleanupFn(), QStringLiteral("Doing B…")));
    flow.steps.push_back(okStep(QStringLiteral("C"), &journal, 0.0));
    flow.steps.push_back(std::make_unique<LambdaStep>(QStringLiteral("D"), 2.0, [](StepContext &c) {
        c.progress(0.5);
        return StepResult::success();
    }));
    FlowRunner runner(std::move(flow));
    QSignalSpy progress(&runner, &FlowRunner::progress);
    QSignalSpy finished(&runner, &FlowRunner::finished);
    runner.run(); // synchronously, on this thread

    QCOMPARE(outcomeOf(finished), FlowOutcome::Succeeded);
    QList<double> values;
    QStringList messages;
    for (const auto &args : progress) {
        values << args.at(0).toDouble();
        messages << args.at(1).toString();
    }
    QVERIFY(!values.isEmpty());
    for (qsizetype i = 1; i < values.size(); ++i)
        QVERIFY2(values.at(i) >= values.at(i - 1), qPrintable(QString::number(i)));
    QCOMPARE(values.last(), 1.0); // exactly
    for (const double v : values)
        QVERIFY(v >= 0.0 && v <= 1.0);

    auto contains = [&values](double expected) {
        for (const double v : values) {
            if (qAbs(v - expected) < 1e-9)
                return true;
        }
        return false;
    };
    // Total weight 6: A=1, B=3, C=0, D=2.
    QVERIFY(contains(1.0 / 6.0));         // A done
    QVERIFY(contains((1.0 + 1.5) / 6.0)); // B half way
    QVERIFY(contains(4.0 / 6.0));         // B done
    QVERIFY(contains(5.0 / 6.0));         // D half way
    const qsizetype half = messages.indexOf(QStringLiteral("B half"));
    QVERIFY(half >= 0);
    QVERIFY(qAbs(values.at(half) - 2.5 / 6.0) < 1e-9);
    QVERIFY(messages.contains(QStringLiteral("Doing B…")));
}

void TestRunner::progressWithoutWeights()
{
    Journal journal;
    Flow flow;
    flow.steps.push_back(okStep(QStringLiteral("A"), &journal, 0.0));
    flow.steps.push_back(okStep(QStringLiteral("B"), &journal, -3.0));
    FlowRunner runner(std::move(flow));
    QSignalSpy progress(&runner, &FlowRunner::progress);
    runner.run();
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toDouble(), 1.0);
    bool sawHalf = false;
    for (const auto &args : progress)
        sawHalf = sawHalf || qAbs(args.at(0).toDouble() - 0.5) < 1e-9;
    QVERIFY(sawHalf); // equal shares when no step has a usable weight

    // An empty flow succeeds at once.
    FlowRunner empty{Flow{}};
    QSignalSpy emptyProgress(&empty, &FlowRunner::progress);
    QSignalSpy emptyFinished(&empty, &FlowRunner::finished);
    empty.run();
    QCOMPARE(outcomeOf(emptyFinished), FlowOutcome::Succeeded);
    QCOMPARE(emptyProgress.last().at(0).toDouble(), 1.0);
}

void TestRunner::failureRunsCleanupsInReverse()
{
    Journal journal;
    Flow flow;
    flow.steps.push_back(okStep(QStringLiteral("A"), &journal, 1.0, true));
    flow.steps.push_back(okStep(QStringLiteral("B"), &journal, 1.0, false));
    flow.steps.push_back(failingStep(QStringLiteral("C"), &journal, true));
    flow.steps.push_back(okStep(QStringLiteral("D"), &journal, 1.0, true));
    flow.cleanupSteps.push_back(cleanupStep(QStringLiteral("X"), &journal));
    flow.cleanupSteps.push_back(cleanupStep(QStringLiteral("Y"), &journal));

    auto *runner = new FlowRunner(std::move(flow));
    FlowThread thread(runner);
    QSignalSpy done(runner, &FlowRunner::stepFinished);
    QSignalSpy failed(runner, &FlowRunner::failed);
    QSignalSpy progress(runner, &FlowRunner::progress);
    QSignalSpy finished(runner, &FlowRunner::finished);
    thread.start();
    QVERIFY(thread.wait(kTimeoutMs));

    QCOMPARE(journal.entries(), (QStringList{QStringLiteral("run:A"), QStringLiteral("run:B"), QStringLiteral("run:C"),
                                             QStringLiteral("undo:C"), QStringLiteral("undo:A"),
                                             QStringLiteral("cleanup:X"), QStringLiteral("cleanup:Y")}));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("C broke"));
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("exit code 3"));
    QCOMPARE(done.size(), 3);
    QCOMPARE(done.last().at(0).toInt(), 2);
    QCOMPARE(done.last().at(1).toBool(), false);
    QCOMPARE(done.last().at(2).toString(), QStringLiteral("C broke"));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(outcomeOf(finished), FlowOutcome::Failed);
    QVERIFY(progress.last().at(0).toDouble() < 1.0);
}

void TestRunner::cleanupFailuresDoNotStopTheRest()
{
    Journal journal;
    Flow flow;
    flow.steps.push_back(std::make_unique<LambdaStep>(
        QStringLiteral("A"), 1.0, [](StepContext &) { return StepResult::success(); },
        [&journal](StepContext &) {
            journal.add(QStringLiteral("undo:A"));
            throw std::runtime_error("undo exploded");
        }));
    flow.steps.push_back(okStep(QStringLiteral("B"), &journal, 1.0, true));
    flow.steps.push_back(failingStep(QStringLiteral("C"), &journal, false));
    flow.cleanupSteps.push_back(cleanupStep(QStringLiteral("X"), &journal, false));
    flow.cleanupSteps.push_back(
        std::make_unique<LambdaStep>(QStringLiteral("T"), 1.0, [&journal](StepContext &) -> StepResult {
            journal.add(QStringLiteral("cleanup:T"));
            throw 42;
        }));
    flow.cleanupSteps.push_back(cleanupStep(QStringLiteral("Y"), &journal));

    FlowRunner runner(std::move(flow));
    QSignalSpy log(&runner, &FlowRunner::logLine);
    QSignalSpy finished(&runner, &FlowRunner::finished);
    runner.run();

    QCOMPARE(journal.entries(), (QStringList{QStringLiteral("run:B"), QStringLiteral("run:C"), QStringLiteral("undo:B"),
                                             QStringLiteral("undo:A"), QStringLiteral("cleanup:X"),
                                             QStringLiteral("cleanup:T"), QStringLiteral("cleanup:Y")}));
    QCOMPARE(outcomeOf(finished), FlowOutcome::Failed);
    QStringList warnings;
    for (const auto &args : log) {
        if (args.at(1).toInt() == int(LogStream::Warning))
            warnings << args.at(2).toString();
    }
    const QString all = warnings.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("undo exploded")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("X could not")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("details of X")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("T")), qPrintable(all));
}

void TestRunner::cancelDuringLongStep()
{
    Journal journal;
    std::atomic_bool longStarted{false};
    Flow flow;
    flow.steps.push_back(okStep(QStringLiteral("A"), &journal, 1.0, true));
    flow.steps.push_back(longStep(QStringLiteral("L"), &journal, &longStarted));
    flow.steps.push_back(okStep(QStringLiteral("Z"), &journal, 1.0, true));
    flow.cleanupSteps.push_back(cleanupStep(QStringLiteral("X"), &journal));

    auto *runner = new FlowRunner(std::move(flow));
    FlowThread thread(runner);
    QSignalSpy failed(runner, &FlowRunner::failed);
    QSignalSpy finished(runner, &FlowRunner::finished);
    QSignalSpy done(runner, &FlowRunner::stepFinished);
    QElapsedTimer timer;
    timer.start();
    thread.start();
    QTRY_VERIFY_WITH_TIMEOUT(longStarted.load(), kTimeoutMs);
    thread.cancel();
    QVERIFY(thread.wait(kTimeoutMs));
    QVERIFY(timer.elapsed() < 10000); // the step noticed the cancel, not its safety limit

    // Clean-ups see no cancel request: they must be able to finish their undo work.
    QCOMPARE(journal.entries(), (QStringList{QStringLiteral("run:A"), QStringLiteral("run:L"), QStringLiteral("undo:L"),
                                             QStringLiteral("undo:A"), QStringLiteral("cleanup:X")}));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(outcomeOf(finished), FlowOutcome::Cancelled);
    QCOMPARE(done.size(), 2);
    QCOMPARE(done.last().at(1).toBool(), false);
}

void TestRunner::cancelBeforeStart()
{
    Journal journal;
    Flow flow;
    flow.steps.push_back(okStep(QStringLiteral("A"), &journal, 1.0, true));
    flow.cleanupSteps.push_back(cleanupStep(QStringLiteral("X"), &journal));
    auto *runner = new FlowRunner(std::move(flow));
    FlowThread thread(runner);
    QSignalSpy started(runner, &FlowRunner::stepStarted);
    QSignalSpy finished(runner, &FlowRunner::finished);
    runner->cancel();
    QVERIFY(runner->isCancelRequested());
    thread.start();
    QVERIFY(thread.wait(kTimeoutMs));
    QCOMPARE(started.size(), 0);
    QVERIFY(journal.entries().isEmpty()); // nothing ran, so nothing to undo
    QCOMPARE(outcomeOf(finished), FlowOutcome::Cancelled);
}

void TestRunner::errorAfterCancelIsCancelled()
{
    // The last step fails while a cancel is pending: the outcome is Cancelled, not Failed.
    Journal journal;
    Flow flow;
    flow.steps.push_back(okStep(QStringLiteral("A"), &journal, 1.0, true));
    FlowRunner *self = nullptr;
    flow.steps.push_back(std::make_unique<LambdaStep>(QStringLiteral("B"), 1.0, [&self](StepContext &) {
        self->cancel();
        return StepResult::error(QStringLiteral("gave up"));
    }));
    FlowRunner runner(std::move(flow));
    self = &runner;
    QSignalSpy failed(&runner, &FlowRunner::failed);
    QSignalSpy finished(&runner, &FlowRunner::finished);
    runner.run();
    QCOMPARE(failed.size(), 0);
    QCOMPARE(outcomeOf(finished), FlowOutcome::Cancelled);
    QCOMPARE(journal.entries(), (QStringList{QStringLiteral("run:A"), QStringLiteral("undo:A")}));
}

void TestRunner::exceptionInStep_data()
{
    QTest::addColumn<bool>("standard");
    QTest::addColumn<QString>("details");
    QTest::newRow("std::exception") << true << QStringLiteral("boom");
    QTest::newRow("anything else") << false << QString();
}

void TestRunner::exceptionInStep()
{
    QFETCH(bool, standard);
    QFETCH(QString, details);
    Journal journal;
    Flow flow;
    flow.steps.push_back(okStep(QStringLiteral("A"), &journal, 1.0, true));
    flow.steps.push_back(std::make_unique<LambdaStep>(
        QStringLiteral("Thrower"), 1.0,
        [standard](StepContext &) -> StepResult {
            if (standard)
                throw std::runtime_error("boom");
            throw 7;
        },
        [&journal](StepContext &) { journal.add(QStringLiteral("undo:Thrower")); }));
    auto *runner = new FlowRunner(std::move(flow));
    FlowThread thread(runner);
    QSignalSpy failed(runner, &FlowRunner::failed);
    QSignalSpy finished(runner, &FlowRunner::finished);
    thread.start();
    QVERIFY(thread.wait(kTimeoutMs));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("Thrower")));
    if (!details.isEmpty())
        QCOMPARE(failed.first().at(1).toString(), details);
    QCOMPARE(outcomeOf(finished), FlowOutcome::Failed);
    QCOMPARE(journal.entries(),
             (QStringList{QStringLiteral("run:A"), QStringLiteral("undo:Thrower"), QStringLiteral("undo:A")}));
}

void TestRunner::redactsEverything()
{
    const QString secret = QStringLiteral("Lab pass \"q\" 'x' $HOME; ok");
    Redactor redactor;
    redactor.addSecret(secret.toUtf8());

    Flow flow;
    flow.steps.push_back(std::make_unique<LambdaStep>(QStringLiteral("Log"), 1.0, [secret](StepContext &c) {
        c.log(QStringLiteral("oe-primary"), LogStream::StdErr, QStringLiteral("sudo said: ") + secret);
        c.progress(0.5, QStringLiteral("using ") + secret);
        return StepResult::error(QStringLiteral("failed with ") + secret, QStringLiteral("echo ") + secret);
    }));
    FlowRunner runner(std::move(flow));
    runner.setServices(nullptr, nullptr, nullptr, &redactor);
    QSignalSpy log(&runner, &FlowRunner::logLine);
    QSignalSpy progress(&runner, &FlowRunner::progress);
    QSignalSpy failed(&runner, &FlowRunner::failed);
    QSignalSpy done(&runner, &FlowRunner::stepFinished);
    runner.run();

    QCOMPARE(log.first().at(0).toString(), QStringLiteral("oe-primary"));
    QCOMPARE(log.first().at(1).toInt(), int(LogStream::StdErr));
    QCOMPARE(log.first().at(2).toString(), QStringLiteral("sudo said: ***"));
    bool sawProgress = false;
    for (const auto &args : progress) {
        QVERIFY(!args.at(1).toString().contains(QStringLiteral("$HOME")));
        sawProgress = sawProgress || args.at(1).toString() == QStringLiteral("using ***");
    }
    QVERIFY(sawProgress);
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("failed with ***"));
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("echo ***"));
    QCOMPARE(done.first().at(2).toString(), QStringLiteral("failed with ***"));
}

void TestRunner::signalsArriveOnReceiverThread()
{
    QThread *const mainThread = QThread::currentThread();
    std::atomic<QThread *> stepThread{nullptr};
    Flow flow;
    flow.steps.push_back(std::make_unique<LambdaStep>(QStringLiteral("Where"), 1.0, [&stepThread](StepContext &c) {
        stepThread.store(QThread::currentThread());
        c.log(QString(), LogStream::Info, QStringLiteral("hello"));
        c.progress(0.5);
        return StepResult::success();
    }));
    auto *runner = new FlowRunner(std::move(flow));
    FlowThread thread(runner);

    QObject receiver; // lives on this (the main) thread
    QList<QThread *> seen;
    bool finished = false;
    int outcome = -1;
    connect(runner, &FlowRunner::stepStarted, &receiver, [&seen] { seen << QThread::currentThread(); });
    connect(runner, &FlowRunner::logLine, &receiver, [&seen] { seen << QThread::currentThread(); });
    connect(runner, &FlowRunner::progress, &receiver, [&seen] { seen << QThread::currentThread(); });
    connect(runner, &FlowRunner::stepFinished, &receiver, [&seen] { seen << QThread::currentThread(); });
    connect(runner, &FlowRunner::finished, &receiver, [&](int o) {
        seen << QThread::currentThread();
        outcome = o;
        finished = true;
    });
    thread.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished, kTimeoutMs);

    QCOMPARE(outcome, int(FlowOutcome::Succeeded));
    QVERIFY(stepThread.load() != nullptr);
    QVERIFY(stepThread.load() != mainThread); // the step ran on the worker
    QVERIFY(seen.size() >= 5);
    for (QThread *t : std::as_const(seen))
        QCOMPARE(t, mainThread); // every slot ran on the receiver's
}

void TestRunner::destructorWhileRunning()
{
    Journal journal;
    std::atomic_bool longStarted{false};
    Flow flow;
    flow.steps.push_back(okStep(QStringLiteral("A"), &journal, 1.0, true));
    flow.steps.push_back(longStep(QStringLiteral("L"), &journal, &longStarted));
    flow.cleanupSteps.push_back(cleanupStep(QStringLiteral("X"), &journal));

    auto *thread = new FlowThread(new FlowRunner(std::move(flow)));
    thread->start();
    QTRY_VERIFY_WITH_TIMEOUT(longStarted.load(), kTimeoutMs);
    QElapsedTimer timer;
    timer.start();
    delete thread; // cancels, quits, waits; must neither hang nor crash
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(journal.entries(), (QStringList{QStringLiteral("run:A"), QStringLiteral("run:L"), QStringLiteral("undo:L"),
                                             QStringLiteral("undo:A"), QStringLiteral("cleanup:X")}));
}

void TestRunner::destructorWithoutStart()
{
    Journal journal;
    Flow flow;
    flow.steps.push_back(okStep(QStringLiteral("A"), &journal));
    QPointer<FlowRunner> runner = new FlowRunner(std::move(flow));
    {
        FlowThread thread(runner);
        QCOMPARE(thread.runner(), runner.data());
    }
    QVERIFY(runner.isNull()); // deleted, not leaked
    QVERIFY(journal.entries().isEmpty());

    // Started and immediately destroyed: quick, and the runner is gone too.
    Flow flow2;
    flow2.steps.push_back(okStep(QStringLiteral("B"), &journal));
    QPointer<FlowRunner> runner2 = new FlowRunner(std::move(flow2));
    {
        FlowThread thread(runner2);
        thread.start();
    }
    QVERIFY(runner2.isNull());
}

void TestRunner::runnerGoneAfterFinish()
{
    Journal journal;
    Flow flow;
    flow.steps.push_back(okStep(QStringLiteral("A"), &journal));
    FlowThread thread(new FlowRunner(std::move(flow)));
    QVERIFY(thread.runner() != nullptr);
    thread.start();
    QVERIFY(thread.wait(kTimeoutMs));
    QCOMPARE(thread.runner(), static_cast<FlowRunner *>(nullptr));
    thread.cancel(); // harmless once the flow is over
    QVERIFY(thread.wait(0));
}

// A flow whose step "P" (index 1) is the point of no return.
Flow committedFlow(Journal *journal, std::unique_ptr<Step> last)
{
    Flow flow;
    flow.steps.push_back(okStep(QStringLiteral("A"), journal, 1.0, true));
    flow.markCommitPoint();
    flow.steps.push_back(okStep(QStringLiteral("P"), journal, 1.0, true));
    flow.steps.push_back(okStep(QStringLiteral("B"), journal, 1.0, true));
    flow.steps.push_back(std::move(last));
    flow.addRollForward(QStringLiteral("F1"), [journal](StepContext &c) {
        journal->add(QStringLiteral("forward:F1") + (c.isCancelled() ? QStringLiteral("(cancel visible)") : QString()));
        return StepResult::error(QStringLiteral("F1 could not"));
    });
    flow.addRollForward(QStringLiteral("F2"), [journal](StepContext &) {
        journal->add(QStringLiteral("forward:F2"));
        return StepResult::success();
    });
    flow.rollForwardAdvice = QStringLiteral("Run it again to finish.");
    flow.cleanupSteps.push_back(cleanupStep(QStringLiteral("X"), journal));
    return flow;
}

void TestRunner::failureAfterCommitPointRollsForward()
{
    Journal journal;
    auto *runner = new FlowRunner(committedFlow(&journal, failingStep(QStringLiteral("C"), &journal, true)));
    FlowThread thread(runner);
    QSignalSpy failed(runner, &FlowRunner::failed);
    QSignalSpy finished(runner, &FlowRunner::finished);
    QSignalSpy log(runner, &FlowRunner::logLine);
    thread.start();
    QVERIFY(thread.wait(kTimeoutMs));
    // Steps after the point are undone; the point and what came before it are not; every
    // roll-forward step runs even when one fails; then the flow's clean-up steps.
    QCOMPARE(journal.entries(),
             (QStringList{QStringLiteral("run:A"), QStringLiteral("run:P"), QStringLiteral("run:B"),
                          QStringLiteral("run:C"), QStringLiteral("undo:C"), QStringLiteral("undo:B"),
                          QStringLiteral("forward:F1"), QStringLiteral("forward:F2"), QStringLiteral("cleanup:X")}));
    QCOMPARE(outcomeOf(finished), FlowOutcome::Failed);
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().at(1).toString().endsWith(QStringLiteral("Run it again to finish.")));
    bool advised = false;
    for (const QList<QVariant> &line : log)
        advised = advised || line.at(2).toString() == QStringLiteral("Run it again to finish.");
    QVERIFY(advised);
}

void TestRunner::cancelAfterCommitPointRollsForward()
{
    Journal journal;
    std::atomic_bool started{false};
    auto *runner = new FlowRunner(committedFlow(&journal, longStep(QStringLiteral("L"), &journal, &started)));
    FlowThread thread(runner);
    QSignalSpy finished(runner, &FlowRunner::finished);
    thread.start();
    QTRY_VERIFY_WITH_TIMEOUT(started.load(), kTimeoutMs);
    thread.cancel();
    QVERIFY(thread.wait(kTimeoutMs));
    QCOMPARE(outcomeOf(finished), FlowOutcome::Cancelled);
    // The roll-forward does not see the cancel: it must finish its work.
    QCOMPARE(journal.entries(),
             (QStringList{QStringLiteral("run:A"), QStringLiteral("run:P"), QStringLiteral("run:B"),
                          QStringLiteral("run:L"), QStringLiteral("undo:L"), QStringLiteral("undo:B"),
                          QStringLiteral("forward:F1"), QStringLiteral("forward:F2"), QStringLiteral("cleanup:X")}));
}

void TestRunner::failureBeforeCommitPointUndoes()
{
    Journal journal;
    Flow flow;
    flow.steps.push_back(okStep(QStringLiteral("A"), &journal, 1.0, true));
    flow.steps.push_back(failingStep(QStringLiteral("C"), &journal, true));
    flow.markCommitPoint();
    flow.steps.push_back(okStep(QStringLiteral("P"), &journal, 1.0, true));
    flow.addRollForward(QStringLiteral("F"), [&journal](StepContext &) {
        journal.add(QStringLiteral("forward:F"));
        return StepResult::success();
    });
    flow.rollForwardAdvice = QStringLiteral("never shown");
    auto *runner = new FlowRunner(std::move(flow));
    FlowThread thread(runner);
    QSignalSpy failed(runner, &FlowRunner::failed);
    thread.start();
    QVERIFY(thread.wait(kTimeoutMs));
    QCOMPARE(journal.entries(), (QStringList{QStringLiteral("run:A"), QStringLiteral("run:C"), QStringLiteral("undo:C"),
                                             QStringLiteral("undo:A")}));
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("exit code 3"));
}

void TestRunner::cancelDuringCommitStepLetsItFinish()
{
    Journal journal;
    std::atomic_bool started{false}, cancelSent{false};
    Flow flow;
    flow.steps.push_back(okStep(QStringLiteral("A"), &journal, 1.0, true));
    flow.markCommitPoint();
    flow.add(QStringLiteral("P"), 1.0, [&](StepContext &c) {
        journal.add(QStringLiteral("run:P"));
        started.store(true);
        while (!cancelSent.load())
            QThread::msleep(5);
        QThread::msleep(50);
        journal.add(c.isCancelled() ? QStringLiteral("P saw the cancel") : QStringLiteral("P ran to its end"));
        return StepResult::success();
    });
    flow.steps.push_back(okStep(QStringLiteral("B"), &journal, 1.0, true));
    flow.addRollForward(QStringLiteral("F"), [&journal](StepContext &) {
        journal.add(QStringLiteral("forward:F"));
        return StepResult::success();
    });
    auto *runner = new FlowRunner(std::move(flow));
    FlowThread thread(runner);
    QSignalSpy finished(runner, &FlowRunner::finished);
    thread.start();
    QTRY_VERIFY_WITH_TIMEOUT(started.load(), kTimeoutMs);
    thread.cancel();
    cancelSent.store(true);
    QVERIFY(thread.wait(kTimeoutMs));
    QCOMPARE(outcomeOf(finished), FlowOutcome::Cancelled);
    QCOMPARE(journal.entries(), (QStringList{QStringLiteral("run:A"), QStringLiteral("run:P"),
                                             QStringLiteral("P ran to its end"), QStringLiteral("forward:F")}));
}

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
