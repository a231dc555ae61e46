#pragma once
// The user-interface language, switchable while the application runs.
#include <QString>

namespace oef::ui {

// Installs the translations for a language: "" follows the system, otherwise a code such as
// "fr" or "en". Loads the product catalogue (:/i18n/oe-failover_<lang>.qm) and Qt's own
// (qtbase_<lang>.qm, so standard dialog buttons follow), after removing the translators a
// previous call installed. Every widget then receives QEvent::LanguageChange.
// Returns false when no product catalogue matched (the English source text shows).
bool applyLanguage(const QString &code);

} // namespace oef::ui
