#include "backend/core/pgversion.h"

namespace oef {

QString pgMajorName(int versionNum)
{
    if (versionNum >= 100000 || versionNum <= 0)
        return QString::number(versionNum / 10000);
    return QStringLiteral("%1.%2").arg(versionNum / 10000).arg(versionNum / 100 % 100);
}

int pgMajor(int versionNum)
{
    return versionNum / 10000;
}

} // namespace oef
