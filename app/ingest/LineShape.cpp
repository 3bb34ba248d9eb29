#include "LineShape.h"

#include <QList>

namespace parallax::lineshape {

namespace {

// Headlines run from a few words to a long sentence; past this a line without
// a full stop is more likely a truncated paragraph than a headline.
constexpr int MaxHeadlineWords = 30;
constexpr int MinHeadlineWords = 3;

// A sentence this long is prose even when it ends with "?" or "!".
constexpr int MinQuestionProseWords = 15;
constexpr int MinProseWords = 6;

bool isClosing(QChar c)
{
    const auto category = c.category();
    return category == QChar::Punctuation_Close || category == QChar::Punctuation_FinalQuote
        || c == u'"' || c == u'\'';
}

// The last character before any closing quotes and brackets, or a null QChar.
QChar lastSignificant(QStringView line)
{
    qsizetype i = line.size() - 1;
    while (i >= 0 && (line.at(i).isSpace() || isClosing(line.at(i))))
        --i;
    return i >= 0 ? line.at(i) : QChar();
}

// Chinese and Japanese put no space between words, which run about two
// characters long: a line of them is as many words as half its letters.
bool isUnspacedLetter(QChar c)
{
    if (c.unicode() < 0x3040)
        return false;
    const QChar::Script script = c.script();
    return script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana;
}

} // namespace

int wordCount(QStringView line)
{
    int words = 0;
    int unspaced = 0;
    bool inWord = false;
    bool wordHasLetter = false;
    for (QChar c : line) {
        if (isUnspacedLetter(c)) {
            ++unspaced;
            continue;
        }
        if (c.isSpace()) {
            words += inWord && wordHasLetter ? 1 : 0;
            inWord = false;
            wordHasLetter = false;
            continue;
        }
        inWord = true;
        wordHasLetter = wordHasLetter || c.isLetterOrNumber();
    }
    return words + (inWord && wordHasLetter ? 1 : 0) + (unspaced + 1) / 2;
}

bool endsSentence(QStringView line)
{
    const QChar last = lastSignificant(line);
    return last == u'.' || last == u'!' || last == u'?' || last == u'…' || last == u'。' || last == u'！'
        || last == u'？' || last == u'؟' || last == u'۔';
}

bool endsWithFullStop(QStringView line)
{
    const QChar last = lastSignificant(line);
    return last == u'.' || last == u'…' || last == u'。' || last == u'۔';
}

bool isProse(QStringView line)
{
    if (!endsSentence(line))
        return false;
    const int words = wordCount(line);
    return words >= MinQuestionProseWords || (endsWithFullStop(line) && words >= MinProseWords);
}

bool isHeadlineLike(QStringView line)
{
    const int words = wordCount(line);
    return words >= MinHeadlineWords && words <= MaxHeadlineWords && !endsWithFullStop(line)
        && !startsWithBullet(line);
}

bool isShortProperName(QStringView line)
{
    const auto words = line.trimmed().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 4 || endsSentence(line))
        return false;
    return std::all_of(words.cbegin(), words.cend(), [](QStringView word) {
        return word.front().isUpper() || word == u"of" || word == u"the" || word == u"and" || word == u"&";
    });
}

bool startsWithBullet(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.size() < 2)
        return false;
    const QChar first = trimmed.front();
    const bool bullet = first == u'•' || first == u'·' || first == u'▪' || first == u'-'
        || first == u'*' || first == u'–' || first == u'—';
    return bullet && trimmed.at(1).isSpace();
}

bool startsLowercase(QStringView line)
{
    for (QChar c : line) {
        if (c.isLetter())
            return c.isLower();
        if (c.isDigit())
            return false;
    }
    return false;
}

} // namespace parallax::lineshape
