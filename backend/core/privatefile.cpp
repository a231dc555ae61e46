#include "backend/core/privatefile.h"
#include "backend/core/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace oef {

bool makePrivateDirs(const QString &path, QString *error)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList missing;
    QString probe = clean;
    while (!probe.isEmpty() && !QFileInfo::exists(probe)) {
        missing.prepend(probe);
        const QString parent = QFileInfo(probe).path();
        if (parent == probe)
            break;
        probe = parent;
    }
    if (!QFileInfo(probe).isDir() && !missing.contains(probe)) {
        if (error)
            *error = Tr::tr("%1 is not a folder.").arg(probe);
        return false;
    }
    for (const QString &dir : std::as_const(missing)) {
        const QByteArray native = QFile::encodeName(dir);
        if (::mkdir(native.constData(), S_IRWXU) != 0 && errno != EEXIST) {
            if (error)
                *error =
                    Tr::tr("Could not create the folder %1: %2").arg(dir, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        ::chmod(native.constData(), S_IRWXU); // whatever the umask said
    }
    if (!QFileInfo(clean).isDir()) {
        if (error)
            *error = Tr::tr("%1 is not a folder.").arg(clean);
        return false;
    }
    return true;
}

bool writePrivateFile(const QString &path, const QByteArray &data, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QByteArray templ = QFile::encodeName(absolute) + ".tmp-XXXXXX";
    auto fail = [&](int code) {
        if (error)
            *error = Tr::tr("Could not write %1: %2").arg(absolute, QString::fromLocal8Bit(std::strerror(code)));
        return false;
    };
    const int fd = ::mkstemp(templ.data()); // mode 0600
    if (fd < 0)
        return fail(errno);
    int code = 0;
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0)
        code = errno;
    qsizetype done = 0;
    while (code == 0 && done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            code = errno;
        else if (n == 0)
            code = EIO;
        else
            done += n;
    }
    if (code == 0 && ::fsync(fd) != 0)
        code = errno;
    if (::close(fd) != 0 && code == 0)
        code = errno;
    if (code == 0 && ::rename(templ.constData(), QFile::encodeName(absolute).constData()) != 0)
        code = errno;
    if (code == 0)
        return true;
    ::unlink(templ.constData());
    return fail(code);
}

} // namespace oef
