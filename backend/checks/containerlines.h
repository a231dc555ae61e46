#pragma once
// The containers' lines of `docker inspect`, as the connection checks' probe lists them (and
// the set-up's facts when they run on their own).
#include <QByteArray>
#include <QMap>
#include <QString>

namespace oef {

// `docker inspect -f <this>` gives "/name|running|restart policy|status|image" for each
// existing container (a missing one only an error line).
inline const QString kContainerLineFormat = QStringLiteral(
    "{{.Name}}|{{.State.Running}}|{{.HostConfig.RestartPolicy.Name}}|{{.State.Status}}|{{.Config.Image}}");
struct ContainerLine
{
    bool running = false;
    QString policy, status;
};
// Those lines by container name (other lines are skipped).
QMap<QString, ContainerLine> parseContainerLines(const QByteArray &out);

} // namespace oef
