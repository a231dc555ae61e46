#pragma once
// Files only their owner may read: reports and saved plans name servers and users, and a
// known_hosts folder decides whom SSH trusts.
#include <QByteArray>
#include <QString>

namespace oef {

// Creates `path` and its missing parents with mode 0700. Existing directories keep their mode.
bool makePrivateDirs(const QString &path, QString *error);
// Writes through a 0600 temporary file in the same folder, then renames it into place.
bool writePrivateFile(const QString &path, const QByteArray &data, QString *error);

} // namespace oef
