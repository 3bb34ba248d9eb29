#pragma once

#include <QString>
#include <QStringView>

namespace parallax {

// The language an article is written in, as a BCP 47 primary language subtag
// ("en", "de", "zh", "ar"): found by CLD2 in the article's own words and
// weighed against what the page declares (<html lang>, og:locale,
// Content-Language). Empty when neither can be believed: an unknown language
// is better than a confident wrong one.
class LanguageDetector final
{
public:
    // text: the article's body and headings, not its furniture. declared:
    // what the page says, in any of the forms pages use ("de-DE", "en_US",
    // "fr, en"); may be empty.
    //
    // Words CLD2 is sure of win over the page, whose template may say "en"
    // on every article; among languages CLD2 cannot tell apart (Malay and
    // Indonesian, Croatian and Serbian) the page is believed. When the words
    // are too few to be sure of, the page is believed if it names a language
    // written in the text's script.
    static QString detect(QStringView text, QStringView declared = {});

    // The primary language subtag of a tag as pages write it, in lower case,
    // with retired codes replaced ("iw" is "he"); empty for "und", private
    // use and anything that is not a language tag.
    static QString primaryTag(QStringView tag);
};

} // namespace parallax
