#pragma once
// The OpenELIS web health URL over TLS, and whether the certificate presented covers the
// address users type. Blocking; call from a worker thread (or the CLI's main thread).
#include <QDateTime>
#include <QSslCertificate>
#include <QString>
#include <chrono>

namespace oef {

struct WebHealth
{
    bool reachable = false; // TLS handshake done
    bool healthy = false;   // HTTP 200 with "UP" in the body
    QString path;           // the URL path that answered
    int httpStatus = 0;
    QString error;
    QSslCertificate certificate;
    bool certificateCoversHost = false;
    QDateTime certificateExpires;
};

// Tries the 3.x path (/api/OpenELIS-Global/health), then the 2.7 path (/OpenELIS-Global/health).
WebHealth checkWebHealth(const QString &host, int port = 8443,
                         std::chrono::milliseconds timeout = std::chrono::seconds(5));

// Does the certificate name this host (IP address or DNS name, wildcards for one label)?
bool certificateCovers(const QSslCertificate &certificate, const QString &host);

} // namespace oef
