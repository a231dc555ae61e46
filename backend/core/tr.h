#pragma once
// Translation context for backend messages: Tr::tr("...") is found by lupdate under the
// context "oef" and translated like every widget string.
#include <QCoreApplication>

namespace oef {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(oef)
};
} // namespace oef
