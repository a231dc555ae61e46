#include "wizard/serverwizard.h"

#include <QDesktopServices>

namespace oef::ui {

ServerWizard::ServerWizard() : m_knownHosts(qEnvironmentVariable("OEF_KNOWN_HOSTS")) {}

QString ServerWizard::knownHostsFile() const
{
    return hostKeyPolicy().effectiveKnownHostsFile();
}

HostKeyPolicy ServerWizard::hostKeyPolicy() const
{
    HostKeyPolicy policy;
    policy.knownHostsFile = m_knownHosts;
    policy.accepted = m_accepted;
    return policy;
}

void ServerWizard::noteAcceptedKey(const ServerSpec &server, const QString &fingerprint)
{
    m_accepted.insert(QStringLiteral("%1:%2").arg(server.host).arg(server.sshPort), fingerprint);
}

bool ServerWizard::openUrl(const QUrl &url) const
{
    if (m_openUrl)
        return m_openUrl(url);
    return QDesktopServices::openUrl(url);
}

} // namespace oef::ui
