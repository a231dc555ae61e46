#include "backend/core/check.h"

#include "backend/core/tr.h"

#include <algorithm>

namespace oef {

QJsonObject CheckResult::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},         {QStringLiteral("role"), role},
        {QStringLiteral("host"), host},     {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("title"), title},   {QStringLiteral("message"), message},
        {QStringLiteral("remedy"), remedy}, {QStringLiteral("details"), details},
    };
}

QString CheckResult::statusName(Status s)
{
    switch (s) {
    case Status::Ok: return QStringLiteral("ok");
    case Status::Warning: return QStringLiteral("warning");
    case Status::Error: return QStringLiteral("error");
    case Status::Skipped: return QStringLiteral("skipped");
    }
    return QStringLiteral("skipped");
}

QString CheckResult::statusText(Status s)
{
    switch (s) {
    case Status::Ok: return Tr::tr("OK", "check status");
    case Status::Warning: return Tr::tr("Warning", "check status");
    case Status::Error: return Tr::tr("Error", "check status");
    case Status::Skipped: return Tr::tr("Skipped", "check status");
    }
    return Tr::tr("Skipped", "check status");
}

bool hasErrors(const CheckList &checks)
{
    return std::any_of(checks.cbegin(), checks.cend(),
                       [](const CheckResult &c) { return c.status == CheckResult::Status::Error; });
}

bool hasWarnings(const CheckList &checks)
{
    return std::any_of(checks.cbegin(), checks.cend(),
                       [](const CheckResult &c) { return c.status == CheckResult::Status::Warning; });
}

void recordCheck(CheckList &list, const CheckCallback &onCheck, const QString &id, const QString &role,
                 const QString &host, CheckResult::Status status, const QString &title, const QString &message,
                 const QString &remedy, const QString &details)
{
    CheckResult r;
    r.id = id;
    r.role = role;
    r.host = host;
    r.status = status;
    r.title = title;
    r.message = message;
    r.remedy = remedy;
    r.details = details;
    list << r;
    if (onCheck)
        onCheck(r);
}

} // namespace oef
