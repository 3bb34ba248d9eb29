#pragma once

// The language a parsed page declares; private to the HTML reader.

#include <QString>

#include <gumbo.h>

namespace parallax::htmlreader {

// As a primary language subtag: <html lang> (or xml:lang), then
// <meta http-equiv="content-language">, then og:locale, then
// <meta name="language"> or Dublin Core's, the first that names a language.
// Empty when none does. A claim only: the words may say otherwise
// (LanguageDetector).
QString declaredLanguage(const GumboNode *document);

} // namespace parallax::htmlreader
