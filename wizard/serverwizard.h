#pragma once
// What the pages shared by the wizards (host keys, the host key stop page) need from the
// wizard that shows them: the plan as entered so far, the host key policy, the worker thread,
// and where to go after the host keys. The set-up and the failover wizards implement it.
#include "backend/hostkeys.h"
#include "backend/plan.h"

#include <QList>
#include <QStringList>

namespace oef {
class GuiWorker;
struct HostKeyProbe;
} // namespace oef

namespace oef::ui {

class ServerWizard
{
public:
    virtual ~ServerWizard() = default;

    // The plan as the pages say now (no secrets).
    virtual Plan plan() const = 0;
    virtual HostKeyPolicy hostKeyPolicy() const = 0;
    virtual QString knownHostsFile() const = 0;
    virtual void noteAcceptedKey(const ServerSpec &server, const QString &fingerprint) = 0;
    virtual GuiWorker *worker() const = 0;

    // Every role the host key page may show a row for (rows of roles missing from plan()
    // stay hidden).
    virtual QStringList hostKeyRoles() const = 0;
    // The host key page's last probes (for the stop page).
    virtual QList<HostKeyProbe> hostKeyProbes() const = 0;
    // Page ids: after the host keys, and the stop page for a changed key.
    virtual int pageAfterHostKeys() const = 0;
    virtual int hostKeyStopPageId() const = 0;
};

} // namespace oef::ui
