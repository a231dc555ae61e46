#include "backend/core/shellquote.h"

namespace oef {

QString shellQuote(const QString &word)
{
    if (word.isEmpty())
        return QStringLiteral("''");
    bool safe = true;
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        const bool plain = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_'
                           || u == '-' || u == '.' || u == '/' || u == ':' || u == '@' || u == ',' || u == '+'
                           || u == '%';
        if (!plain) {
            safe = false;
            break;
        }
    }
    if (safe)
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString shellCommandLine(const QStringList &argv)
{
    QStringList words;
    words.reserve(argv.size());
    for (const QString &a : argv)
        words << shellQuote(a);
    return words.join(QLatin1Char(' '));
}

} // namespace oef
