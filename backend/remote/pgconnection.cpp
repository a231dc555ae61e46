#include "backend/remote/pgconnection.h"
#include <QByteArrayList>
#include <vector>

namespace oef {

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

bool PgConnection::connect(const QString &host, int port, const QString &user, const SecretString &password,
                           const QString &database, int connectTimeoutSeconds)
{
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
    const QByteArray h = host.toUtf8(), p = QByteArray::number(port), u = user.toUtf8(), d = database.toUtf8(),
                     t = QByteArray::number(connectTimeoutSeconds);
    const char *keys[] = {"host",    "port", "user", "password", "dbname", "connect_timeout", "application_name",
                          "sslmode", nullptr};
    const char *values[] = {h.constData(), p.constData(), u.constData(), password.c_str(), d.constData(),
                            t.constData(), "oe-failover", "prefer",      nullptr};
    m_conn = PQconnectdbParams(keys, values, 0);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        return false;
    }
    m_error.clear();
    return true;
}

PgResult PgConnection::exec(const QString &sql, const QStringList &params)
{
    if (!m_conn) {
        m_error = QStringLiteral("not connected");
        return {};
    }
    QByteArrayList storage;
    std::vector<const char *> values;
    storage.reserve(params.size());
    for (const QString &v : params) {
        storage << v.toUtf8();
        values.push_back(v.isNull() ? nullptr : storage.last().constData());
    }
    const QByteArray q = sql.toUtf8();
    PgResult r(PQexecParams(m_conn, q.constData(), int(values.size()), nullptr,
                            values.empty() ? nullptr : values.data(), nullptr, nullptr, 0));
    const ExecStatusType st = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        return {};
    }
    return r;
}

std::optional<QString> PgConnection::scalar(const QString &sql, const QStringList &params)
{
    PgResult r = exec(sql, params);
    if (!r || PQntuples(r.get()) < 1 || PQnfields(r.get()) < 1)
        return std::nullopt;
    if (PQgetisnull(r.get(), 0, 0))
        return QString();
    return QString::fromUtf8(PQgetvalue(r.get(), 0, 0));
}

QString PgConnection::escapeIdentifier(const QString &name) const
{
    const QByteArray n = name.toUtf8();
    char *e = PQescapeIdentifier(m_conn, n.constData(), size_t(n.size()));
    if (!e)
        return {};
    const QString out = QString::fromUtf8(e);
    PQfreemem(e);
    return out;
}

PGPing pingDatabase(const QString &host, int port, int timeoutSeconds)
{
    const QByteArray h = host.toUtf8(), p = QByteArray::number(port), t = QByteArray::number(timeoutSeconds);
    const char *keys[] = {"host", "port", "connect_timeout", "dbname", nullptr};
    const char *values[] = {h.constData(), p.constData(), t.constData(), "postgres", nullptr};
    return PQpingParams(keys, values, 0);
}

} // namespace oef
