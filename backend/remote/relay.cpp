#include "backend/remote/relay.h"
#include "backend/core/tr.h"

#include <algorithm>
#include <chrono>

namespace oef {

namespace {
using Clock = std::chrono::steady_clock;

void drainStderr(ssh_channel ch, QByteArray *pending, CommandResult *r, bool isProducer, const RelayOptions &o)
{
    char buf[4096];
    int m;
    while ((m = ssh_channel_read_nonblocking(ch, buf, sizeof buf, 1)) > 0) {
        if (r->stdErr.size() < 1024 * 1024)
            r->stdErr.append(buf, m);
        pending->append(buf, m);
    }
    qsizetype nl;
    while ((nl = pending->indexOf('\n')) >= 0) {
        if (o.onLine)
            o.onLine(isProducer, LogStream::StdErr, QString::fromUtf8(pending->left(nl)));
        pending->remove(0, nl + 1);
    }
}
} // namespace

RelayResult relay(SshSession &from, const RemoteCommand &producer, SshSession &to, const RemoteCommand &consumer,
                  const RelayOptions &o)
{
    RelayResult rr;
    RunOptions ro;
    ro.cancel = o.cancel;
    ssh::Channel sink = to.openCommandChannel(consumer, &rr.consumer, ro);
    if (!sink) {
        rr.error = Tr::tr("The receiving command on %1 %2").arg(to.server().host, describeOutcome(rr.consumer));
        return rr;
    }
    bool sinkBroken = false;
    auto writeAll = [&](const char *data, size_t len) {
        size_t off = 0;
        while (off < len && !sinkBroken) {
            const int w = ssh_channel_write(sink.get(), data + off, uint32_t(len - off));
            if (w == SSH_ERROR || w < 0) {
                sinkBroken = true;
                break;
            }
            off += size_t(w);
        }
        rr.bytes += qint64(off);
    };
    RunOptions po;
    po.cancel = o.cancel;
    po.onStdout = writeAll;
    ssh::Channel source = from.openCommandChannel(producer, &rr.producer, po);
    if (!source) {
        rr.error = Tr::tr("The sending command on %1 %2").arg(from.server().host, describeOutcome(rr.producer));
        ssh_channel_request_send_signal(sink.get(), "TERM");
        return rr;
    }
    // The producer's stdin (e.g. a file list for tar -T -), written after its sudo handshake,
    // then EOF. Written as the channel window allows, interleaved with reading its output,
    // so a producer that reads its input while writing cannot deadlock with us.
    const QByteArray &input = producer.stdinData;
    qsizetype inputWritten = 0;
    bool inputDone = false;
    auto feedProducer = [&] {
        while (!inputDone && inputWritten < input.size()) {
            const uint32_t window = ssh_channel_window_size(source.get());
            if (window == 0)
                return true;
            const uint32_t chunk = uint32_t(
                std::min<qsizetype>({input.size() - inputWritten, qsizetype(window), qsizetype(32768)}));
            const int w = ssh_channel_write(source.get(), input.constData() + inputWritten, chunk);
            if (w == SSH_ERROR || w < 0)
                return false;
            inputWritten += w;
        }
        if (!inputDone) {
            ssh_channel_send_eof(source.get());
            inputDone = true;
        }
        return true;
    };
    QByteArray srcErr, dstErr;
    static constexpr size_t kBuf = 128 * 1024;
    std::unique_ptr<char[]> buf(new char[kBuf]);
    auto lastReport = Clock::now();
    bool cancelled = false;
    for (;;) {
        if (o.cancel && o.cancel->load()) {
            cancelled = true;
            break;
        }
        if (!feedProducer()) {
            rr.producer.outcome = CommandResult::Outcome::ConnectionLost;
            rr.producer.errorText = QString::fromUtf8(ssh_get_error(from.handle()));
            ssh_channel_request_send_signal(source.get(), "TERM");
            break;
        }
        const int n = ssh_channel_read_timeout(source.get(), buf.get(), kBuf, 0, inputDone ? 100 : 10);
        if (n == SSH_ERROR) {
            rr.producer.outcome = CommandResult::Outcome::ConnectionLost;
            rr.producer.errorText = QString::fromUtf8(ssh_get_error(from.handle()));
            break;
        }
        if (n > 0)
            writeAll(buf.get(), size_t(n));
        drainStderr(source.get(), &srcErr, &rr.producer, true, o);
        drainStderr(sink.get(), &dstErr, &rr.consumer, false, o);
        if (sinkBroken || ssh_channel_is_eof(sink.get())) {
            // The receiver ended first: its exit status says why. `tar -x` ends at the archive's
            // end marker, a moment before the sender's last padding: give the sender a moment
            // to end by itself (what it still sends is dropped), then stop it.
            const auto grace = Clock::now() + std::chrono::seconds(2);
            while (Clock::now() < grace
                   && !(ssh_channel_is_eof(source.get()) && ssh_channel_poll(source.get(), 0) == SSH_EOF)) {
                if (ssh_channel_read_timeout(source.get(), buf.get(), kBuf, 0, 50) == SSH_ERROR)
                    break;
                drainStderr(source.get(), &srcErr, &rr.producer, true, o);
            }
            if (!ssh_channel_is_eof(source.get()))
                ssh_channel_request_send_signal(source.get(), "TERM");
            break;
        }
        if (o.onProgress && Clock::now() - lastReport > std::chrono::milliseconds(100)) {
            o.onProgress(rr.bytes);
            lastReport = Clock::now();
        }
        if (n == 0 && ssh_channel_is_eof(source.get()) && ssh_channel_poll(source.get(), 0) == SSH_EOF)
            break;
    }
    if (cancelled) {
        ssh_channel_request_send_signal(source.get(), "TERM");
        ssh_channel_request_send_signal(sink.get(), "TERM");
        ssh_channel_close(source.get());
        ssh_channel_close(sink.get());
        rr.producer.outcome = rr.consumer.outcome = CommandResult::Outcome::Cancelled;
        rr.error = Tr::tr("The copy was cancelled.");
        return rr;
    }
    // Producer done: tell the consumer, then collect both exit statuses.
    ssh_channel_send_eof(sink.get());
    const auto deadline = Clock::now() + consumer.timeout;
    while (!ssh_channel_is_eof(sink.get()) && Clock::now() < deadline && !(o.cancel && o.cancel->load())) {
        char tmp[4096];
        if (ssh_channel_read_timeout(sink.get(), tmp, sizeof tmp, 0, 100) == SSH_ERROR)
            break;
        drainStderr(sink.get(), &dstErr, &rr.consumer, false, o);
    }
    drainStderr(source.get(), &srcErr, &rr.producer, true, o);
    drainStderr(sink.get(), &dstErr, &rr.consumer, false, o);
    if (rr.producer.outcome != CommandResult::Outcome::ConnectionLost)
        SshSession::finishChannel(source.get(), &rr.producer);
    SshSession::finishChannel(sink.get(), &rr.consumer);
    if (o.onProgress)
        o.onProgress(rr.bytes);
    rr.ok = rr.producer.ok() && rr.consumer.ok();
    if (!rr.producer.ok())
        rr.error = Tr::tr("The sending command on %1 %2").arg(from.server().host, describeOutcome(rr.producer));
    else if (!rr.consumer.ok())
        rr.error = Tr::tr("The receiving command on %1 %2").arg(to.server().host, describeOutcome(rr.consumer));
    return rr;
}

} // namespace oef
