#pragma once
// Is PostgreSQL answering on a server, asked through its open SSH session (no login, no
// password): a direct-tcpip channel to 127.0.0.1:<port>, a startup packet, the first message.
#include "backend/remote/sshsession.h"

#include <QString>
#include <chrono>

namespace oef {

// An authentication request or an error other than "cannot connect now" (57P03) is
// PQPING_OK, 57P03 (starting up, shutting down, recovering) PQPING_REJECT, no answer
// PQPING_NO_RESPONSE. *forwardingRefused: the SSH server does not allow TCP forwarding.
int pingThroughSession(SshSession &session, int port, std::chrono::milliseconds timeout, bool *forwardingRefused,
                       QString *detail);

} // namespace oef
