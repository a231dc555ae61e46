#pragma once
// QJsonDocument keeps the last of two equal keys in an object without a word; a plan with
// "host" twice must be refused instead, since the operator meant one of them.
#include <QByteArray>
#include <QString>

namespace oef {

// The first key that appears twice in one object of `json` (valid JSON), as a dotted path
// ("secondary.host"); empty when there is none.
QString firstDuplicateKey(const QByteArray &json);

} // namespace oef
