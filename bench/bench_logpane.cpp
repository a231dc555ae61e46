// Pushes 100,000 log lines through the run page (ProgressPage: FlowFeed mailbox, LogView
// batches) from a flow on its worker thread, and measures on the GUI thread:
//   - the longest event-loop stall (a 5 ms precise timer; goal: under 50 ms),
//   - the memory growth (resident set size over the run; goal: bounded, under 50 MB).
// Usage: bench_logpane [--lines N] [--rate LINES_PER_SECOND] [--naive]
//   --rate 0 (default) floods as fast as the worker can; --naive appends each line through its
//   own queued signal into a plain QPlainTextEdit (what the page avoids), for comparison.
// Runs offscreen unless QT_QPA_PLATFORM says otherwise; the window is shown and painted.
#include "backend/core/runner.h"
#include "backend/core/step.h"
#include "wizard/common/progresspage.h"
#include "wizard/widgets/logview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QWizard>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <unistd.h>

using namespace oef;
using namespace oef::ui;

namespace {

qint64 residentBytes()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.value(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

double loadAverage()
{
    double load[1] = {0};
    return getloadavg(load, 1) == 1 ? load[0] : -1.0;
}

// CPU time used by the calling thread, in microseconds.
qint64 threadCpuMicros()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

double mb(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

Flow floodFlow(int lines, int rate)
{
    Flow flow;
    flow.name = QStringLiteral("bench");
    flow.steps.push_back(
        std::make_unique<LambdaStep>(QStringLiteral("Copy the primary's database"), 1.0, [lines, rate](StepContext &c) {
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < lines; ++i) {
                const QString host = i % 3 ? QStringLiteral("10.77.0.12") : QStringLiteral("10.77.0.11");
                c.log(host, i % 50 == 0 ? LogStream::Command : (i % 7 ? LogStream::StdOut : LogStream::StdErr),
                      QStringLiteral("%1/%2 kB (%3%), 1/1 tablespace  base/16384/%4 "
                                     "waiting for WAL to be archived")
                          .arg(i * 8)
                          .arg(lines * 8)
                          .arg(i * 100 / lines)
                          .arg(24576 + i));
                if (i % 100 == 0)
                    c.progress(double(i) / lines, QStringLiteral("Copying: line %1 of %2").arg(i).arg(lines));
                if (rate > 0) {
                    const qint64 due = qint64(i) * 1000 / rate;
                    const qint64 ahead = due - t.elapsed();
                    if (ahead > 0)
                        QThread::msleep(ulong(ahead));
                }
            }
            return StepResult::success();
        }));
    return flow;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int lines = 100000;
    int rate = 0;
    bool naive = false;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lines") && i + 1 < args.size())
            lines = args[++i].toInt();
        else if (args[i] == QLatin1String("--rate") && i + 1 < args.size())
            rate = args[++i].toInt();
        else if (args[i] == QLatin1String("--naive"))
            naive = true;
    }
    QTemporaryDir reports;

    QWizard wizard;
    wizard.resize(920, 720);
    auto *page = new ProgressPage;
    wizard.addPage(page);
    QPlainTextEdit naiveView;
    QElapsedTimer clock;
    clock.start();

    // The event loop's heartbeat: the longest gap between two 5 ms ticks, minus 5 ms.
    qint64 longestStall = 0;
    qint64 longestBusy = 0; // GUI-thread CPU time between two ticks (load-independent)
    qint64 lastCpu = 0;
    qint64 stalls50 = 0;
    qint64 peak = 0;
    QElapsedTimer beat;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, &app, [&] {
        const qint64 gap = beat.restart() - 5;
        const qint64 cpu = threadCpuMicros();
        longestBusy = std::max(longestBusy, cpu - lastCpu);
        lastCpu = cpu;
        longestStall = std::max(longestStall, gap);
        stalls50 += gap >= 50 ? 1 : 0;
        peak = std::max(peak, residentBytes());
    });

    qint64 baseline = 0;
    qint64 pushedMs = -1;
    qint64 finishedMs = -1;
    std::unique_ptr<FlowThread> naiveThread;
    if (!naive) {
        FlowJob job;
        job.makeFlow = [lines, rate] { return floodFlow(lines, rate); };
        job.reportDir = reports.filePath(QStringLiteral("report"));
        page->setJob(std::move(job));
        QObject::connect(page, &ProgressPage::runFinished, &app, [&] {
            finishedMs = clock.elapsed();
            // Quit once the log has shown everything (in its slices) and painted.
            auto *poll = new QTimer(&app);
            QObject::connect(poll, &QTimer::timeout, &app, [&, poll] {
                if (page->logView()->pendingLineCount() == 0) {
                    poll->stop();
                    QTimer::singleShot(300, &app, &QApplication::quit);
                }
            });
            poll->start(20);
        });
        wizard.show(); // starts the run (initializePage)
    } else {
        naiveView.resize(920, 500);
        naiveView.setReadOnly(true);
        naiveView.setMaximumBlockCount(5000);
        naiveView.show();
        auto *runner = new FlowRunner(floodFlow(lines, rate));
        QObject::connect(runner, &FlowRunner::logLine, &naiveView, [&](const QString &host, int, const QString &text) {
            naiveView.appendPlainText(host + QStringLiteral("  ") + text);
        });
        QObject::connect(runner, &FlowRunner::finished, &app, [&] {
            finishedMs = clock.elapsed();
            QTimer::singleShot(500, &app, &QApplication::quit);
        });
        naiveThread = std::make_unique<FlowThread>(runner);
    }
    QApplication::processEvents();
    baseline = residentBytes();
    peak = baseline;
    clock.restart();
    beat.start();
    lastCpu = threadCpuMicros();
    heartbeat.start();
    if (naiveThread)
        naiveThread->start();
    QTimer::singleShot(300000, &app, &QApplication::quit); // safety net
    app.exec();
    heartbeat.stop();
    const qint64 after = residentBytes();
    pushedMs = finishedMs;

    const qint64 shown = naive ? naiveView.document()->blockCount() : page->logView()->document()->blockCount();
    std::printf("bench_logpane: %d lines, %s, %s\n", lines,
                rate > 0 ? qPrintable(QStringLiteral("paced at %1 lines/s").arg(rate))
                         : "flood (as fast as the worker can)",
                naive ? "NAIVE: one queued signal per line into QPlainTextEdit::appendPlainText"
                      : "ProgressPage (FlowFeed mailbox + LogView 100 ms batches)");
    std::printf("  flow finished after          %8lld ms\n", static_cast<long long>(pushedMs));
    std::printf("  longest event-loop stall     %8lld ms   (goal < 50 ms: %s)\n", static_cast<long long>(longestStall),
                longestStall < 50 ? "met" : "NOT met");
    std::printf("  stalls >= 50 ms              %8lld\n", static_cast<long long>(stalls50));
    std::printf("  longest GUI-thread busy time %8.1f ms   (CPU time between two ticks: the stall\n"
                "                                            without other processes' load)\n",
                double(longestBusy) / 1000.0);
    std::printf("  machine load average         %8.2f   (%ld CPUs)\n", loadAverage(), sysconf(_SC_NPROCESSORS_ONLN));
    std::printf("  resident memory: baseline %.1f MB, peak %.1f MB, after %.1f MB\n", mb(baseline), mb(peak),
                mb(after));
    std::printf("  memory growth (peak - base)  %8.1f MB   (goal < 50 MB: %s)\n", mb(peak - baseline),
                peak - baseline < 50LL * 1024 * 1024 ? "met" : "NOT met");
    std::printf("  lines kept in the log view   %8lld", static_cast<long long>(shown));
    if (!naive)
        std::printf("   (total seen %lld, %lld batches)", static_cast<long long>(page->logView()->totalLines()),
                    static_cast<long long>(page->logView()->flushCount()));
    std::printf("\n");
    return 0;
}
