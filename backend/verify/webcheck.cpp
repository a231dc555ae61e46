#include "backend/verify/webcheck.h"
#include "backend/verify/verify.h"

#include <QSslSocket>

namespace oef {

bool certificateCovers(const QSslCertificate &certificate, const QString &host)
{
    if (certificate.isNull())
        return false;
    const auto sans = certificate.subjectAlternativeNames();
    QStringList names = sans.values(QSsl::DnsEntry);
    if (sans.isEmpty()) // only then does the common name count
        names << certificate.subjectInfo(QSslCertificate::CommonName);
    return certificateCovers(names, sans.values(QSsl::IpAddressEntry), host);
}

namespace {
WebHealth tryPath(const QString &host, int port, const QString &path, std::chrono::milliseconds timeout)
{
    WebHealth w;
    w.path = path;
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone); // self-signed is normal; coverage is checked below
    socket.connectToHostEncrypted(host, quint16(port));
    const int ms = int(timeout.count());
    if (!socket.waitForEncrypted(ms)) {
        w.error = socket.errorString();
        return w;
    }
    w.reachable = true;
    w.certificate = socket.peerCertificate();
    w.certificateCoversHost = certificateCovers(w.certificate, host);
    w.certificateExpires = w.certificate.expiryDate();
    const QByteArray request = "GET " + path.toUtf8() + " HTTP/1.1\r\nHost: " + host.toUtf8()
                               + "\r\nConnection: close\r\nUser-Agent: oe-failover\r\n\r\n";
    socket.write(request);
    socket.waitForBytesWritten(ms);
    QByteArray response;
    while (socket.waitForReadyRead(ms)) {
        response += socket.readAll();
        if (response.size() > 65536)
            break;
    }
    response += socket.readAll();
    const QByteArray statusLine = response.left(response.indexOf("\r\n"));
    const QList<QByteArray> parts = statusLine.split(' ');
    w.httpStatus = parts.size() >= 2 ? parts[1].toInt() : 0;
    const QByteArray body = response.mid(response.indexOf("\r\n\r\n") + 4);
    w.healthy = w.httpStatus == 200 && body.contains("UP");
    if (!w.healthy && w.error.isEmpty())
        w.error = QString::fromUtf8(statusLine.isEmpty() ? QByteArray("no answer") : statusLine);
    return w;
}
} // namespace

WebHealth checkWebHealth(const QString &host, int port, std::chrono::milliseconds timeout)
{
    WebHealth w = tryPath(host, port, QStringLiteral("/api/OpenELIS-Global/health"), timeout);
    if (w.healthy || !w.reachable)
        return w;
    WebHealth old = tryPath(host, port, QStringLiteral("/OpenELIS-Global/health"), timeout);
    return old.healthy ? old : w;
}

} // namespace oef
