#include "backend/core/jsonkeys.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace oef {

namespace {

struct Frame
{
    bool object = false;
    bool expectKey = false;
    QString name; // the key this value sits under ("" for the root and array items)
    QSet<QString> keys;
};

// Reads the string starting at json[*i] == '"' and leaves *i on its closing quote. Escapes
// are decoded so that "h\u006fst" and "host" compare equal.
QString readString(const QByteArray &json, qsizetype *i)
{
    QString out;
    QByteArray run;
    auto flush = [&] { out += QString::fromUtf8(run); run.clear(); };
    for (++*i; *i < json.size() && json.at(*i) != '"'; ++*i) {
        const char c = json.at(*i);
        if (c != '\\') {
            run += c;
            continue;
        }
        flush();
        const char e = *i + 1 < json.size() ? json.at(++*i) : '\\';
        if (e == 'u' && *i + 4 < json.size()) {
            out += QChar(json.mid(*i + 1, 4).toUShort(nullptr, 16));
            *i += 4;
        } else {
            static const QByteArray from("bfnrt"), to("\b\f\n\r\t");
            const qsizetype k = from.indexOf(e);
            out += QLatin1Char(k >= 0 ? to.at(k) : e);
        }
    }
    flush();
    return out;
}

QString pathOf(const QList<Frame> &stack, const QString &key)
{
    QStringList parts;
    for (const Frame &f : stack) {
        if (!f.name.isEmpty())
            parts << f.name;
    }
    parts << key;
    return parts.join(QLatin1Char('.'));
}

} // namespace

QString firstDuplicateKey(const QByteArray &json)
{
    QList<Frame> stack;
    QString lastKey;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '{' || c == '[') {
            const bool inObject = !stack.isEmpty() && stack.last().object;
            stack.append(Frame{c == '{', c == '{', inObject ? lastKey : QString(), {}});
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (c == ',' && !stack.isEmpty() && stack.last().object) {
            stack.last().expectKey = true;
        } else if (c == ':' && !stack.isEmpty()) {
            stack.last().expectKey = false;
        } else if (c == '"') {
            const QString s = readString(json, &i);
            if (stack.isEmpty() || !stack.last().expectKey)
                continue;
            if (stack.last().keys.contains(s))
                return pathOf(stack, s);
            stack.last().keys.insert(s);
            lastKey = s;
        }
    }
    return {};
}

} // namespace oef
