#include "backend/remote/hostkeys.h"
#include "backend/core/tr.h"
#include <QDir>
#include <QRegularExpression>

namespace oef {

QString HostKeyPolicy::effectiveKnownHostsFile() const
{
    if (!knownHostsFile.isEmpty())
        return knownHostsFile;
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

QString HostKeyPolicy::acceptedFingerprintFor(const QString &host, int port) const
{
    const QString withPort = QStringLiteral("%1:%2").arg(host).arg(port);
    if (accepted.contains(withPort))
        return accepted.value(withPort);
    return accepted.value(host);
}

bool HostKeyPolicy::addAcceptance(const QString &spec, QString *error)
{
    static const QRegularExpression re(QStringLiteral("^([^=\\s]+)=(SHA256:[A-Za-z0-9+/]{43})=?$"));
    const QRegularExpressionMatch m = re.match(spec.trimmed());
    if (!m.hasMatch()) {
        if (error)
            *error = Tr::tr("--accept-host-key expects HOST=SHA256:<43 base64 characters>, "
                            "as printed by the tool or by \"ssh-keygen -lf\"; got \"%1\".")
                         .arg(spec);
        return false;
    }
    accepted.insert(m.captured(1), m.captured(2));
    return true;
}

} // namespace oef
