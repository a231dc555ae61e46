#include "backend/cli/clicommon.h"
#include "backend/checks/connectionchecks.h"
#include "backend/core/tr.h"
#include "backend/remote/serverpool.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace oef {

std::atomic_bool &cliInterrupted()
{
    static std::atomic_bool flag{false};
    return flag;
}

namespace {
std::atomic_bool &g_interrupted = cliInterrupted();
}

// Asks on the controlling terminal, not on stdin (stdin may have carried the secrets) and not
// on stdout (it may be JSON or a file). Ctrl-C while waiting counts as "no".
Answer askOnTerminal(const QString &text)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return Answer::NoTerminal;
    const QByteArray out = text.toLocal8Bit();
    qsizetype done = 0;
    while (done < out.size()) {
        const ssize_t n = ::write(fd, out.constData() + done, size_t(out.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ::close(fd);
            return Answer::NoTerminal;
        }
        done += n;
    }
    QByteArray line;
    bool interrupted = false;
    for (;;) {
        if (g_interrupted) {
            interrupted = true;
            break;
        }
        pollfd pfd{fd, POLLIN, 0};
        const int ready = ::poll(&pfd, 1, 100);
        if (ready < 0 && errno != EINTR)
            break;
        if (ready <= 0)
            continue;
        char c = 0;
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || c == '\n')
            break;
        line.append(c);
    }
    if (interrupted) {
        const char nl = '\n';
        [[maybe_unused]] const ssize_t ignored = ::write(fd, &nl, 1);
    }
    ::close(fd);
    if (interrupted)
        return Answer::No;
    const QString answer = QString::fromLocal8Bit(line).trimmed().toLower();
    const QStringList yes{QStringLiteral("y"), QStringLiteral("yes"),
                          Tr::tr("y", "short answer yes to \"Continue? [y/N]\""),
                          Tr::tr("yes", "answer to \"Continue? [y/N]\"")};
    return !answer.isEmpty() && yes.contains(answer) ? Answer::Yes : Answer::No;
}

Answer confirmChanges(const QStringList &lines, const CliOptions &o, CliPrinter &printer)
{
    if (!o.yes)
        return askOnTerminal(lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + Tr::tr("Continue? [y/N] "));
    if (!printer.isJson()) {
        for (const QString &line : lines)
            printer.printLog(QString(), LogStream::Info, line);
    }
    return Answer::Yes;
}

CliOutcome checksOutcome(const CheckList &checks)
{
    if (g_interrupted)
        return CliOutcome::Cancelled;
    if (hasHostKeyProblem(checks))
        return CliOutcome::HostKey;
    if (hasErrors(checks))
        return CliOutcome::ChecksFailed;
    return CliOutcome::Ok;
}

QString checksStopText(CliOutcome outcome)
{
    switch (outcome) {
    case CliOutcome::Cancelled: return Tr::tr("Cancelled. Nothing was changed.");
    case CliOutcome::HostKey: return Tr::tr("A host key is unknown or has changed. Nothing was changed.");
    case CliOutcome::ChecksFailed: return Tr::tr("Some checks failed. Nothing was changed.");
    case CliOutcome::Ok:
    case CliOutcome::Failed:
    case CliOutcome::BadInput: break;
    }
    return QString();
}

std::optional<SavedReport> saveRunReport(const RunReport &report, const CliOptions &o, CliPrinter &printer)
{
    QString error;
    SavedReport saved;
    if (!o.reportFile.isEmpty()) {
        const QString html = RunReport::htmlPathFor(o.reportFile);
        if (!report.writeFiles(o.reportFile, html, &error)) {
            printer.printError(Tr::tr("Could not save the report: %1").arg(error));
            return std::nullopt;
        }
        saved.shown = Tr::tr("%1 and %2").arg(o.reportFile, html);
        saved.json = QJsonObject{{QStringLiteral("report"), o.reportFile}, {QStringLiteral("reportHtml"), html}};
        return saved;
    }
    const QString dir = RunReport::defaultRunDir(RunReport::kindName(report.kind()));
    if (!report.writeTo(dir, &error)) {
        printer.printError(Tr::tr("Could not save the report: %1").arg(error));
        return std::nullopt;
    }
    saved.shown = dir;
    saved.json = QJsonObject{{QStringLiteral("report"), dir},
                             {QStringLiteral("reportHtml"), dir + QStringLiteral("/report.html")}};
    return saved;
}

int runFlowOnWorker(Flow flow, const Plan &plan, CliOptions &o, Redactor &redactor, CliPrinter &printer,
                    RunReport &report, QString *failMessage, QString *failDetails, ServerPool *sessionsFrom)
{
    int outcome = -1;
    // The pool is made here; it starts with the sessions handed over (this thread is done with
    // them), others are opened on first use on the worker thread, and all are closed there.
    ServerPool flowPool(plan, o.secrets, o.hostKeys);
    if (sessionsFrom)
        flowPool.takeSessions(*sessionsFrom);
    auto *runner = new FlowRunner(std::move(flow));
    runner->setServices(&plan, &o.secrets, &flowPool, &redactor);

    QObject context; // the slots below run on this (the main) thread
    QEventLoop loop;
    printer.follow(runner, &context);
    report.attach(runner, &context);
    QObject::connect(runner, &FlowRunner::failed, &context, [&](const QString &message, const QString &details) {
        *failMessage = message;
        *failDetails = details;
    });
    // Connected last: everything the runner sent before is handled first.
    QObject::connect(runner, &FlowRunner::finished, &context, [&](int value) {
        outcome = value;
        loop.quit();
    });
    QObject::connect(
        runner, &FlowRunner::finished, runner, [&flowPool] { flowPool.disconnectAll(); }, Qt::DirectConnection);

    FlowThread thread(runner);
    bool cancelling = false;
    QTimer interruptPoll;
    interruptPoll.setInterval(100);
    QObject::connect(&interruptPoll, &QTimer::timeout, &context, [&] {
        if (!g_interrupted || cancelling)
            return;
        cancelling = true;
        printer.printLog(QString(), LogStream::Info, Tr::tr("Cancelling: leaving both servers safe…"));
        thread.cancel();
    });
    interruptPoll.start();
    thread.start();
    loop.exec();
    interruptPoll.stop();
    thread.wait();
    QCoreApplication::sendPostedEvents(); // anything still queued for this thread
    return outcome;
}

} // namespace oef
