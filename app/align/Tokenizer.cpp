#include "Tokenizer.h"

#include "Folding.h"
#include "Vocabulary.h"

#include <QString>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>
#include <unordered_map>

namespace parallax {

namespace {

// Reads the code point at i (joining surrogate pairs); sets its length.
char32_t codePointAt(QStringView text, qsizetype i, int *length)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(c, text[i + 1]);
    }
    *length = 1;
    return c.unicode();
}

bool isWordChar(char32_t c)
{
    if (QChar::isLetterOrNumber(c))
        return true;
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining;
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02BC';
}

bool isDecimalSeparator(QChar c)
{
    return c == u',' || c == u'.' || c == u'\u066B' || c == u'\u066C'; // Arabic decimal and thousands
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// The dot in "U.S" when a single letter stands on each side: an initialism,
// not the end of a sentence.
bool isInitialismDot(QStringView text, qsizetype i)
{
    return text[i] == u'.' && i >= 1 && i + 1 < text.size() && isAsciiLetter(text[i - 1]) && isAsciiLetter(text[i + 1])
        && (i < 2 || !text[i - 2].isLetter()) && (i + 2 >= text.size() || !text[i + 2].isLetter());
}

bool isNumberSeparator(QStringView text, qsizetype i)
{
    return isDecimalSeparator(text[i]) && i >= 1 && i + 1 < text.size()
        && text[i - 1].isDigit() && text[i + 1].isDigit();
}

// Abbreviations spelt out, so that "Sept." meets "September".
const std::unordered_map<std::u16string_view, std::u16string_view> &abbreviations()
{
    static const std::unordered_map<std::u16string_view, std::u16string_view> forms = {
        {u"jan", u"january"}, {u"feb", u"february"}, {u"mar", u"march"}, {u"apr", u"april"},
        {u"jun", u"june"}, {u"jul", u"july"}, {u"aug", u"august"}, {u"sep", u"september"},
        {u"sept", u"september"}, {u"oct", u"october"}, {u"nov", u"november"},
        {u"dec", u"december"}, {u"gov", u"governor"}, {u"govt", u"government"},
        {u"sen", u"senator"}, {u"dept", u"department"}, {u"intl", u"international"},
        {u"pct", u"percent"}, {u"usa", u"us"}, {u"mt", u"mount"}, {u"st", u"saint"},
    };
    return forms;
}

// Scripts written without spaces between words: a run of their letters is a
// phrase or a whole clause, not a word.
bool isUnspacedScript(char32_t c)
{
    // Below Thai, every script spaces its words: the common case costs
    // no lookup.
    if (c < 0x0E00)
        return false;
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
        return true;
    default:
        return false;
    }
}

bool hasUnspacedScript(QStringView run)
{
    for (qsizetype i = 0; i < run.size();) {
        int length = 0;
        if (isUnspacedScript(codePointAt(run, i, &length)))
            return true;
        i += length;
    }
    return false;
}

// ICU's word boundaries in run (dictionary-based for Chinese, Japanese and
// the scripts of South-East Asia), as offsets from its start; the run is a
// stretch of word characters, so every piece between two is a word. Empty
// when ICU has no word iterator. One iterator a thread: they are costly to
// make and not shareable.
std::vector<qsizetype> wordBoundaries(QStringView run)
{
    thread_local const std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> made(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        return U_SUCCESS(status) ? std::move(made) : nullptr;
    }();
    std::vector<qsizetype> boundaries;
    if (!iterator)
        return boundaries;
    const icu::UnicodeString alias(false, reinterpret_cast<const UChar *>(run.utf16()), int32_t(run.size()));
    iterator->setText(alias);
    for (int32_t at = iterator->first(); at != icu::BreakIterator::DONE; at = iterator->next())
        boundaries.push_back(at);
    // The iterator keeps the text's address; it must not outlive the alias.
    iterator->setText(icu::UnicodeString());
    return boundaries;
}

} // namespace

void tokenize(QStringView text, Vocabulary &vocabulary, std::vector<Token> &out, Language language)
{
    const bool english = language.isEnglish();
    const bool capitals = language.capitalMarksName();
    // Outside English these ids are never met but "percent" for "%".
    const int united = vocabulary.intern(u"united", language);
    const int states = vocabulary.intern(u"states", language);
    const int per = vocabulary.intern(u"per", language);
    const int cent = vocabulary.intern(u"cent", language);
    const int us = vocabulary.intern(u"us", language);
    const int percent = vocabulary.intern(u"percent", language);
    const size_t first = out.size();

    std::u16string buffer;
    qsizetype i = 0;
    while (i < text.size()) {
        int length = 0;
        const char32_t c = codePointAt(text, i, &length);
        if (c == U'%') {
            out.push_back({percent, int(i), int(i + 1), false});
            ++i;
            continue;
        }
        if (!isWordChar(c)) {
            i += length;
            continue;
        }
        const qsizetype start = i;
        i += length;
        while (i < text.size()) {
            const char32_t next = codePointAt(text, i, &length);
            if (isWordChar(next)) {
                i += length;
                continue;
            }
            const bool joins = i + 1 < text.size() && text[i + 1].isLetterOrNumber()
                && ((isApostrophe(text[i]) && text[i - 1].isLetter()) || isInitialismDot(text, i)
                    || isNumberSeparator(text, i));
            if (!joins)
                break;
            i += 1;
        }
        const QStringView raw = text.sliced(start, i - start);
        if (hasUnspacedScript(raw)) {
            const std::vector<qsizetype> boundaries = wordBoundaries(raw);
            if (boundaries.size() > 2) {
                for (size_t b = 0; b + 1 < boundaries.size(); ++b) {
                    const QStringView piece = raw.sliced(boundaries[b], boundaries[b + 1] - boundaries[b]);
                    foldWord(piece, language, buffer);
                    out.push_back({vocabulary.intern(buffer, language), int(start + boundaries[b]),
                                   int(start + boundaries[b + 1]), false});
                }
                continue;
            }
        }
        foldWord(raw, language, buffer);
        std::u16string_view folded = buffer;
        if (english) {
            if (auto it = abbreviations().find(folded); it != abbreviations().end())
                folded = it->second;
        }
        const int word = vocabulary.intern(folded, language);

        // Two-word forms become one token spanning both words.
        if (english && out.size() > first) {
            Token &previous = out.back();
            if ((previous.word == united && word == states) || (previous.word == per && word == cent)) {
                previous.word = word == states ? us : percent;
                previous.end = int(i);
                continue;
            }
        }
        out.push_back({word, int(start), int(i), capitals && QChar::isUpper(codePointAt(text, start, &length))});
    }
}

} // namespace parallax
