#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace parallax {

// A language's name as a person reads it, in the language of the interface:
// "German" in English, "Deutsch" in German, "allemand" in French. By ICU,
// which names every language in every other; QLocale names a language only
// in English or in itself. The code itself when ICU has no name for it.
QString languageName(const QString &code, const QLocale &in = QLocale());

// The languages a person may choose for an article: the two-letter ISO 639
// codes ICU can name, in no particular order.
QStringList choosableLanguages();

} // namespace parallax
