#include "backend/checks/containerlines.h"
#include <QList>

namespace oef {

QMap<QString, ContainerLine> parseContainerLines(const QByteArray &out)
{
    QMap<QString, ContainerLine> m;
    for (const QByteArray &line : out.split('\n')) {
        const QList<QByteArray> f = line.trimmed().split('|');
        if (f.size() >= 5 && f[0].startsWith('/'))
            m.insert(QString::fromUtf8(f[0].mid(1)),
                     {f[1] == "true", QString::fromUtf8(f[2]), QString::fromUtf8(f[3])});
    }
    return m;
}

} // namespace oef
