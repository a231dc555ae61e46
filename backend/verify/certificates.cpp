#include "backend/core/tr.h"
#include "backend/remote/serverpool.h"
#include "backend/verify/scripts.h"
#include "backend/verify/verifyparts.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>

namespace oef {

namespace {

const QString kCertDir = QStringLiteral("/etc/openelis-global");

QString certOneLine(const QSslCertificate &c, QSslCertificate::SubjectInfo what, bool issuer)
{
    const QStringList parts = issuer ? c.issuerInfo(what) : c.subjectInfo(what);
    return parts.join(QStringLiteral(", "));
}

// What this computer's trust store says about a chain (as a browser here would). Loading the
// system's CA certificates takes a while: self-signed certificates skip it (they are
// reported as such).
QStringList browserComplaints(const QList<QSslCertificate> &chain, const QString &host)
{
    QStringList out;
    for (const QSslError &e : QSslCertificate::verify(chain, host))
        out << e.errorString();
    return out;
}

bool coversByCommonName(const QString &cn, const QString &address)
{
    return !cn.isEmpty() && certificateCovers({cn}, {cn}, address);
}

} // namespace

namespace verifyparts {

// For a standby, whose OpenELIS is stopped until a failover.
void certificateFromServer(DirectContext &ctx, const QString &role, CertificateInfo &info)
{
    // Certificates are public: read them as the login user when the files allow it, with
    // sudo otherwise.
    CommandResult r;
    for (const bool asRoot : {false, true}) {
        r = runOn(ctx, role, shellScript(scripts::cert_files, {kCertDir}, asRoot, std::chrono::seconds(20)), false);
        if (r.ok() && r.stdOut.contains("-----BEGIN CERTIFICATE-----"))
            break;
    }
    if (!r.ok())
        return;
    const QString out = QString::fromUtf8(r.stdOut);
    const QStringList blocks = out.split(QStringLiteral("=== "), Qt::SkipEmptyParts);
    struct Candidate
    {
        QString path;
        QByteArray pem;
        bool covers;
    };
    QList<Candidate> candidates;
    for (const QString &block : blocks) {
        const qsizetype nl = block.indexOf(QLatin1Char('\n'));
        if (nl < 0)
            continue;
        const QString path = block.left(nl);
        const QByteArray pem = block.mid(nl + 1).toUtf8();
        const QList<QSslCertificate> certs = QSslCertificate::fromData(pem, QSsl::Pem);
        if (certs.isEmpty())
            continue;
        const QSslCertificate &leaf = certs.first();
        const auto san = leaf.subjectAlternativeNames();
        const bool covers = certificateCovers(san.values(QSsl::DnsEntry), san.values(QSsl::IpAddressEntry), info.host);
        candidates.append({path, leaf.toPem(), covers});
    }
    if (candidates.isEmpty())
        return;
    // Prefer the certificate that names this server; else the first one found.
    auto best = std::find_if(candidates.cbegin(), candidates.cend(), [](const Candidate &c) { return c.covers; });
    if (best == candidates.cend())
        best = candidates.cbegin();
    info.source = CertificateInfo::Source::ServerFile;
    info.filePath = best->path;
    describeCertificate(info, best->pem, true);
}

} // namespace verifyparts

bool certificateCovers(const QStringList &dnsNames, const QStringList &ipAddresses, const QString &address)
{
    QString a = address.trimmed();
    if (a.startsWith(QLatin1Char('[')) && a.endsWith(QLatin1Char(']')))
        a = a.mid(1, a.size() - 2);
    const QHostAddress ip(a);
    if (!ip.isNull()) {
        return std::any_of(ipAddresses.cbegin(), ipAddresses.cend(), [&](const QString &entry) {
            const QHostAddress e(entry.trimmed());
            return !e.isNull() && e.isEqual(ip, QHostAddress::StrictConversion);
        });
    }
    auto norm = [](QString s) {
        s = s.trimmed().toLower();
        while (s.endsWith(QLatin1Char('.')))
            s.chop(1);
        return s;
    };
    const QString name = norm(a);
    if (name.isEmpty())
        return false;
    for (const QString &entry : dnsNames) {
        const QString pattern = norm(entry);
        if (pattern == name)
            return true;
        if (pattern.startsWith(QLatin1String("*."))) {
            const QString suffix = pattern.mid(1); // ".example.org"
            const qsizetype dot = name.indexOf(QLatin1Char('.'));
            // One label only, and never a bare public suffix: the pattern keeps two labels.
            if (dot > 0 && name.mid(dot) == suffix && suffix.count(QLatin1Char('.')) >= 2)
                return true;
        }
    }
    return false;
}

void describeCertificate(CertificateInfo &info, const QByteArray &certificate, bool pem)
{
    const QSslCertificate c(certificate, pem ? QSsl::Pem : QSsl::Der);
    if (c.isNull())
        return;
    info.commonName = certOneLine(c, QSslCertificate::CommonName, false);
    info.subject = c.subjectDisplayName();
    info.issuer = c.issuerDisplayName();
    const auto san = c.subjectAlternativeNames();
    info.dnsNames = san.values(QSsl::DnsEntry);
    info.ipAddresses = san.values(QSsl::IpAddressEntry);
    std::sort(info.dnsNames.begin(), info.dnsNames.end());
    std::sort(info.ipAddresses.begin(), info.ipAddresses.end());
    info.selfSigned = c.isSelfSigned();
    info.notBefore = c.effectiveDate().toUTC();
    info.notAfter = c.expiryDate().toUTC();
    info.sha256 = QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex(':')).toUpper();
    info.coversHost = certificateCovers(info.dnsNames, info.ipAddresses, info.host);
    info.commonNameOnly = !info.coversHost && coversByCommonName(info.commonName, info.host);
    if (info.source == CertificateInfo::Source::ServerFile && !info.selfSigned)
        info.handshakeErrors = browserComplaints({c}, info.host);
}

CertificateInfo fetchCertificate(const QString &host, int port, std::chrono::milliseconds timeout,
                                 const std::atomic_bool *cancel)
{
    CertificateInfo info;
    info.host = host;
    info.port = port;
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::QueryPeer); // read it, never refuse it
    socket.setProtocol(QSsl::SecureProtocols);
    // A local event loop (not waitFor…) so that cancel is honoured within 50 ms.
    QEventLoop loop;
    bool timedOut = false, cancelled = false;
    QObject::connect(&socket, &QSslSocket::encrypted, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QAbstractSocket::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QAbstractSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer poll;
    poll.setInterval(50);
    QElapsedTimer t;
    t.start();
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancel && cancel->load())
            cancelled = true;
        else if (t.elapsed() >= timeout.count())
            timedOut = true;
        else
            return;
        loop.quit();
    });
    poll.start();
    socket.connectToHostEncrypted(host, quint16(port), host);
    if (socket.state() != QAbstractSocket::UnconnectedState)
        loop.exec();
    poll.stop();
    const bool connected = socket.state() == QAbstractSocket::ConnectedState;
    if (socket.isEncrypted()) {
        info.handshakeOk = true;
    } else if (cancelled) {
        info.connectError = Tr::tr("cancelled");
    } else if (timedOut) {
        info.connectError = connected ? Tr::tr("no TLS handshake within %n second(s)", nullptr,
                                               int(std::max<qint64>(1, timeout.count() / 1000)))
                                      : Tr::tr("no answer on port %1 within %n second(s)", nullptr,
                                               int(std::max<qint64>(1, timeout.count() / 1000)))
                                            .arg(port);
    } else {
        switch (socket.error()) {
        case QAbstractSocket::ConnectionRefusedError:
            info.connectError = Tr::tr("nothing answers on port %1").arg(port);
            break;
        case QAbstractSocket::HostNotFoundError:
            info.connectError = Tr::tr("the name %1 does not resolve").arg(host);
            break;
        default:
            info.connectError = connected ? Tr::tr("the TLS handshake failed: %1").arg(socket.errorString())
                                          : socket.errorString();
            break;
        }
    }
    const QSslCertificate peer = socket.peerCertificate(); // may have come before a failure
    if (!peer.isNull()) {
        info.source = CertificateInfo::Source::Handshake;
        describeCertificate(info, peer.toDer(), false);
        if (!info.selfSigned)
            info.handshakeErrors = browserComplaints(socket.peerCertificateChain(), host);
    }
    socket.abort();
    return info;
}

} // namespace oef
