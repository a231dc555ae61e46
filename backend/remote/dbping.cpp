#include "backend/remote/dbping.h"
#include "backend/remote/sshhandles.h"

#include <libpq-fe.h>

namespace oef {

namespace {

void appendInt32(QByteArray &b, quint32 v)
{
    b += char(v >> 24);
    b += char(v >> 16);
    b += char(v >> 8);
    b += char(v);
}

// StartupMessage, protocol 3.0: user and database "postgres"; no password is ever sent.
QByteArray startupPacket()
{
    QByteArray body;
    appendInt32(body, 196608);
    body += QByteArray("user\0postgres\0database\0postgres\0\0", 33);
    QByteArray packet;
    appendInt32(packet, quint32(body.size() + 4));
    return packet + body;
}

// The server's first message so far: type, length, then (for an error) fields
// "<code><text>\0". Returns -1 while more is needed.
int judgeFirstMessage(const QByteArray &in)
{
    if (in.size() < 5)
        return -1;
    if (in[0] == 'R')
        return PQPING_OK;
    if (in[0] != 'E')
        return PQPING_NO_RESPONSE; // not PostgreSQL
    const quint32 len = (quint32(uchar(in[1])) << 24) | (quint32(uchar(in[2])) << 16) | (quint32(uchar(in[3])) << 8)
                        | quint32(uchar(in[4]));
    if (in.size() < qsizetype(len) + 1)
        return -1;
    for (const QByteArray &field : in.mid(5, qsizetype(len) - 4).split('\0'))
        if (field.startsWith('C') && field.mid(1) == "57P03")
            return PQPING_REJECT;
    return PQPING_OK;
}

int readAnswer(ssh_channel ch, std::chrono::milliseconds timeout)
{
    QByteArray in;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    char buf[4096];
    while (std::chrono::steady_clock::now() < deadline && !ssh_channel_is_eof(ch)) {
        const int n = ssh_channel_read_timeout(ch, buf, sizeof buf, 0, 50);
        if (n == SSH_ERROR)
            break;
        in.append(buf, n);
        if (const int verdict = judgeFirstMessage(in); verdict >= 0)
            return verdict;
    }
    return PQPING_NO_RESPONSE;
}

} // namespace

int pingThroughSession(SshSession &session, int port, std::chrono::milliseconds timeout, bool *forwardingRefused,
                       QString *detail)
{
    *forwardingRefused = false;
    ssh_session s = session.handle();
    if (!s || !session.isConnected())
        return PQPING_NO_RESPONSE;
    ssh::Channel ch(ssh_channel_new(s));
    if (!ch || ssh_channel_open_forward(ch.get(), "127.0.0.1", port, "127.0.0.1", 0) != SSH_OK) {
        const QString error = QString::fromUtf8(ssh_get_error(s));
        *forwardingRefused = error.contains(QLatin1String("prohibited"), Qt::CaseInsensitive);
        *detail = error;
        return PQPING_NO_RESPONSE;
    }
    const QByteArray packet = startupPacket();
    int result = PQPING_NO_RESPONSE;
    if (ssh_channel_write(ch.get(), packet.constData(), uint32_t(packet.size())) == int(packet.size()))
        result = readAnswer(ch.get(), timeout);
    if (result == PQPING_NO_RESPONSE)
        *detail = QStringLiteral("no PostgreSQL answer on port %1").arg(port);
    ssh_channel_close(ch.get());
    return result;
}

} // namespace oef
