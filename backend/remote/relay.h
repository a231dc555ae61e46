#pragma once
// The stream relay: the stdout of a command on one server feeds the stdin of a command on
// another server, through this computer, with progress in bytes (e.g. tar -c | tar -x).
#include "backend/remote/sshsession.h"
#include <functional>

namespace oef {

struct RelayResult
{
    bool ok = false;
    qint64 bytes = 0;
    CommandResult producer;
    CommandResult consumer;
    QString error; // translated, when !ok
};

struct RelayOptions
{
    std::function<void(qint64 bytes)> onProgress;                          // called at most ~10 times a second
    std::function<void(bool producer, LogStream, const QString &)> onLine; // stderr lines
    const std::atomic_bool *cancel = nullptr;
};

RelayResult relay(SshSession &from, const RemoteCommand &producer, SshSession &to, const RemoteCommand &consumer,
                  const RelayOptions &options = {});

} // namespace oef
