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
// One relay: the two commands' channels, the bytes passed on, the producer's stdin.
class Relay
{
public:
    Relay(SshSession &from, const RemoteCommand &producer, SshSession &to, const RemoteCommand &consumer,
          const RelayOptions &o)
        : m_from(from), m_to(to), m_producer(producer), m_consumer(consumer), m_o(o), m_buf(new char[kBuf])
    {}
    RelayResult run();

private:
    static constexpr size_t kBuf = 128 * 1024;
    bool open();
    bool pump();
    void letSenderEnd();
    void cancel();
    void finish();
    void writeAll(const char *data, size_t len);
    bool feedProducer();
    void drainSource() { drainStderr(m_source.get(), &m_srcErr, &m_rr.producer, true, m_o); }
    void drainSink() { drainStderr(m_sink.get(), &m_dstErr, &m_rr.consumer, false, m_o); }
    bool cancelAsked() const { return m_o.cancel && m_o.cancel->load(); }

    SshSession &m_from, &m_to;
    const RemoteCommand &m_producer, &m_consumer;
    const RelayOptions &m_o;
    RelayResult m_rr;
    ssh::Channel m_sink, m_source; // the sender's channel is freed first
    bool m_sinkBroken = false;
    qsizetype m_inputWritten = 0;
    bool m_inputDone = false;
    QByteArray m_srcErr, m_dstErr;
    std::unique_ptr<char[]> m_buf;
};

RelayResult Relay::run()
{
    if (!open())
        return m_rr;
    if (!pump()) {
        cancel();
        return m_rr;
    }
    finish();
    return m_rr;
}

// The receiving command's channel first, then the sending one's (its first bytes, read with
// sudo's marker, already go to the receiver).
bool Relay::open()
{
    RunOptions ro;
    ro.cancel = m_o.cancel;
    m_sink = m_to.openCommandChannel(m_consumer, &m_rr.consumer, ro);
    if (!m_sink) {
        m_rr.error = Tr::tr("The receiving command on %1 %2").arg(m_to.server().host, describeOutcome(m_rr.consumer));
        return false;
    }
    RunOptions po;
    po.cancel = m_o.cancel;
    po.onStdout = [this](const char *data, size_t len) { writeAll(data, len); };
    m_source = m_from.openCommandChannel(m_producer, &m_rr.producer, po);
    if (!m_source) {
        m_rr.error = Tr::tr("The sending command on %1 %2").arg(m_from.server().host, describeOutcome(m_rr.producer));
        ssh_channel_request_send_signal(m_sink.get(), "TERM");
        return false;
    }
    return true;
}

void Relay::writeAll(const char *data, size_t len)
{
    size_t off = 0;
    while (off < len && !m_sinkBroken) {
        const int w = ssh_channel_write(m_sink.get(), data + off, uint32_t(len - off));
        if (w == SSH_ERROR || w < 0) {
            m_sinkBroken = true;
            break;
        }
        off += size_t(w);
    }
    m_rr.bytes += qint64(off);
}

// The producer's stdin (e.g. a file list for tar -T -), written after its sudo handshake,
// then EOF. Written as the channel window allows, interleaved with reading its output,
// so a producer that reads its input while writing cannot deadlock with us.
bool Relay::feedProducer()
{
    const QByteArray &input = m_producer.stdinData;
    while (!m_inputDone && m_inputWritten < input.size()) {
        const uint32_t window = ssh_channel_window_size(m_source.get());
        if (window == 0)
            return true;
        const uint32_t chunk = uint32_t(
            std::min<qsizetype>({input.size() - m_inputWritten, qsizetype(window), qsizetype(32768)}));
        const int w = ssh_channel_write(m_source.get(), input.constData() + m_inputWritten, chunk);
        if (w == SSH_ERROR || w < 0)
            return false;
        m_inputWritten += w;
    }
    if (!m_inputDone) {
        ssh_channel_send_eof(m_source.get());
        m_inputDone = true;
    }
    return true;
}

// Passes the sender's output on until it ends, the receiver ends first or a channel fails;
// false when cancelled.
bool Relay::pump()
{
    auto lastReport = Clock::now();
    for (;;) {
        if (cancelAsked())
            return false;
        if (!feedProducer()) {
            m_rr.producer.outcome = CommandResult::Outcome::ConnectionLost;
            m_rr.producer.errorText = QString::fromUtf8(ssh_get_error(m_from.handle()));
            ssh_channel_request_send_signal(m_source.get(), "TERM");
            return true;
        }
        const int n = ssh_channel_read_timeout(m_source.get(), m_buf.get(), kBuf, 0, m_inputDone ? 100 : 10);
        if (n == SSH_ERROR) {
            m_rr.producer.outcome = CommandResult::Outcome::ConnectionLost;
            m_rr.producer.errorText = QString::fromUtf8(ssh_get_error(m_from.handle()));
            return true;
        }
        if (n > 0)
            writeAll(m_buf.get(), size_t(n));
        drainSource();
        drainSink();
        if (m_sinkBroken || ssh_channel_is_eof(m_sink.get())) {
            letSenderEnd();
            return true;
        }
        if (m_o.onProgress && Clock::now() - lastReport > std::chrono::milliseconds(100)) {
            m_o.onProgress(m_rr.bytes);
            lastReport = Clock::now();
        }
        if (n == 0 && ssh_channel_is_eof(m_source.get()) && ssh_channel_poll(m_source.get(), 0) == SSH_EOF)
            return true;
    }
}

// The receiver ended first: its exit status says why. `tar -x` ends at the archive's end
// marker, a moment before the sender's last padding: give the sender a moment to end by
// itself (what it still sends is dropped), then stop it.
void Relay::letSenderEnd()
{
    const auto grace = Clock::now() + std::chrono::seconds(2);
    while (Clock::now() < grace
           && !(ssh_channel_is_eof(m_source.get()) && ssh_channel_poll(m_source.get(), 0) == SSH_EOF)) {
        if (ssh_channel_read_timeout(m_source.get(), m_buf.get(), kBuf, 0, 50) == SSH_ERROR)
            break;
        drainSource();
    }
    if (!ssh_channel_is_eof(m_source.get()))
        ssh_channel_request_send_signal(m_source.get(), "TERM");
}

void Relay::cancel()
{
    ssh_channel_request_send_signal(m_source.get(), "TERM");
    ssh_channel_request_send_signal(m_sink.get(), "TERM");
    ssh_channel_close(m_source.get());
    ssh_channel_close(m_sink.get());
    m_rr.producer.outcome = m_rr.consumer.outcome = CommandResult::Outcome::Cancelled;
    m_rr.error = Tr::tr("The copy was cancelled.");
}

// Producer done: tell the consumer, then collect both exit statuses.
void Relay::finish()
{
    ssh_channel_send_eof(m_sink.get());
    const auto deadline = Clock::now() + m_consumer.timeout;
    while (!ssh_channel_is_eof(m_sink.get()) && Clock::now() < deadline && !cancelAsked()) {
        char tmp[4096];
        if (ssh_channel_read_timeout(m_sink.get(), tmp, sizeof tmp, 0, 100) == SSH_ERROR)
            break;
        drainSink();
    }
    drainSource();
    drainSink();
    if (m_rr.producer.outcome != CommandResult::Outcome::ConnectionLost)
        SshSession::finishChannel(m_source.get(), &m_rr.producer);
    SshSession::finishChannel(m_sink.get(), &m_rr.consumer);
    if (m_o.onProgress)
        m_o.onProgress(m_rr.bytes);
    m_rr.ok = m_rr.producer.ok() && m_rr.consumer.ok();
    if (!m_rr.producer.ok())
        m_rr.error = Tr::tr("The sending command on %1 %2").arg(m_from.server().host, describeOutcome(m_rr.producer));
    else if (!m_rr.consumer.ok())
        m_rr.error = Tr::tr("The receiving command on %1 %2").arg(m_to.server().host, describeOutcome(m_rr.consumer));
}

} // namespace

RelayResult relay(SshSession &from, const RemoteCommand &producer, SshSession &to, const RemoteCommand &consumer,
                  const RelayOptions &o)
{
    return Relay(from, producer, to, consumer, o).run();
}

} // namespace oef
