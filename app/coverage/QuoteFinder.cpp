#include "QuoteFinder.h"

#include "core/Article.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

// The mark that closes a quote opened by this one; a null QChar when it
// opens none.
QChar closingFor(QChar open)
{
    switch (open.unicode()) {
    case u'"':
        return u'"';
    case u'“':
        return u'”';
    case u'«':
        return u'»';
    case u'„':
        return u'“';
    default:
        return {};
    }
}

// Closers that may end a quote whichever mark opened it: texts mix styles.
bool closes(QChar c, QChar expected)
{
    return c == expected || (expected != u'"' && (c == u'”' || c == u'»' || c == u'“'));
}

int openingMark(const QString &text, int from)
{
    for (int i = from; i < text.size(); ++i) {
        if (!closingFor(text[i]).isNull())
            return i;
    }
    return -1;
}

int closingMark(const QString &text, int from, QChar expected)
{
    for (int i = from; i < text.size(); ++i) {
        if (closes(text[i], expected))
            return i;
    }
    return -1;
}

// The paragraph goes on with the quote when it opens with a quotation mark.
bool continuesQuote(const Block &block)
{
    const QString trimmed = block.text.trimmed();
    return !trimmed.isEmpty() && !closingFor(trimmed[0]).isNull();
}

const QSet<QString> &titleWords()
{
    static const QSet<QString> words{u"president"_s, u"secretary"_s, u"minister"_s, u"spokesman"_s,
                                     u"spokeswoman"_s, u"spokesperson"_s, u"ambassador"_s, u"senator"_s,
                                     u"governor"_s, u"chancellor"_s, u"premier"_s, u"director"_s,
                                     u"chairman"_s, u"general"_s, u"envoy"_s, u"mayor"_s, u"chief"_s};
    return words;
}

// "US Secretary of State Antony Blinken" names Antony Blinken: drop titles
// and what they govern ("of State").
QString personOf(const QString &run)
{
    static const QSet<QString> notNames{u"but"_s, u"and"_s, u"the"_s, u"mr"_s, u"mrs"_s, u"ms"_s, u"dr"_s,
                                        u"so"_s,  u"yet"_s, u"then"_s, u"still"_s};
    QStringList words = run.split(u' ', Qt::SkipEmptyParts);
    for (QString &w : words) {
        while (w.endsWith(u'.') && w.count(u'.') == 1)
            w.chop(1); // "Sun." at a sentence end; "U.S." keeps its dots
    }
    while (!words.isEmpty() && notNames.contains(words.first().toLower()))
        words.removeFirst();
    qsizetype cut = -1;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (titleWords().contains(words[i].toLower()))
            cut = i;
    }
    if (cut >= 0) {
        qsizetype next = cut + 1;
        while (next + 1 < words.size() && words[next] == u"of")
            next += 2;
        if (next < words.size())
            words = words.mid(next);
    }
    return words.join(u' ');
}

const QString namePattern = u"(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}'’.-]*)*)"_s;
const QString verbPattern = u"(?:said|says|added|adds|told\\s+\\w+|wrote|writes|explained|warned|stated)"_s;

// The speaker named right after the closing mark ("…,” said Andrew Small,
// "…,” Price said) or right before the opening one (Price said: “…).
// "he"/"she" returns pronoun, so that the caller can use the last speaker.
QString speakerNear(const QString &after, const QString &before, bool *pronoun)
{
    static const QRegularExpression verbThenName(u"^[\\s,]*"_s + verbPattern + u"\\s+"_s + namePattern);
    static const QRegularExpression nameThenVerb(u"^[\\s,]*"_s + namePattern + u"\\s+"_s + verbPattern + u"\\b"_s);
    static const QRegularExpression accordingAfter(u"^[\\s,]*according\\s+to\\s+(?:the\\s+)?"_s + namePattern);
    static const QRegularExpression pronounAfter(u"^[\\s,]*(?:(?:he|she)\\s+"_s + verbPattern
                                                 + u"|"_s + verbPattern + u"\\s+(?:he|she)\\b)"_s);
    static const QRegularExpression nameBefore(namePattern + u"\\s+"_s + verbPattern + u"\\s*[:,]?\\s*$"_s);
    static const QRegularExpression accordingBefore(u"according\\s+to\\s+(?:the\\s+)?"_s + namePattern
                                                    + u"\\s*[:,]\\s*$"_s);
    *pronoun = false;
    for (const QRegularExpression *re : {&verbThenName, &nameThenVerb, &accordingAfter}) {
        const auto m = re->match(after);
        if (m.hasMatch())
            return personOf(m.captured(1));
    }
    if (pronounAfter.match(after).hasMatch()) {
        *pronoun = true;
        return {};
    }
    for (const QRegularExpression *re : {&nameBefore, &accordingBefore}) {
        const auto m = re->match(before);
        if (m.hasMatch())
            return personOf(m.captured(1));
    }
    return {};
}

int wordCount(const QString &text)
{
    return int(foldedWords(text).size());
}

} // namespace

bool holdsQuote(const QString &text)
{
    const int open = openingMark(text, 0);
    return open >= 0 && closingMark(text, open + 1, closingFor(text[open])) > open + 1;
}

QList<QuoteOccurrence> findQuotes(const Article &article, int articleIndex)
{
    QList<QuoteOccurrence> quotes;
    QString lastSpeaker;
    const QList<Block> &blocks = article.blocks;
    for (int b = 0; b < blocks.size(); ++b) {
        if (!takesPartInAlignment(blocks[b].role))
            continue;
        const QString &text = blocks[b].text;
        int from = 0;
        while (true) {
            const int open = openingMark(text, from);
            if (open < 0)
                break;
            QuoteOccurrence quote{articleIndex, b, {open + 1, int(text.size())}, b, {}, {}};
            const QChar expected = closingFor(text[open]);
            int close = closingMark(text, open + 1, expected);
            QStringList parts;
            int last = b;
            QString afterText;
            if (close >= 0) {
                quote.range.end = close;
                parts << text.mid(open + 1, close - open - 1);
                afterText = text.mid(close + 1, 160);
                from = close + 1;
            } else {
                parts << text.mid(open + 1);
                from = int(text.size());
                // Runs on through paragraphs that reopen the quote.
                while (last + 1 < blocks.size() && continuesQuote(blocks[last + 1])) {
                    ++last;
                    const QString &next = blocks[last].text;
                    const int reopen = openingMark(next, 0);
                    close = closingMark(next, reopen + 1, closingFor(next[reopen]));
                    if (close >= 0) {
                        parts << next.mid(reopen + 1, close - reopen - 1);
                        afterText = next.mid(close + 1, 160);
                        break;
                    }
                    parts << next.mid(reopen + 1);
                }
            }
            quote.lastBlock = last;
            quote.text = parts.join(u' ').trimmed();
            bool pronoun = false;
            quote.speaker = speakerNear(afterText, text.left(open).right(160), &pronoun);
            if (pronoun)
                quote.speaker = lastSpeaker;
            if (!quote.speaker.isEmpty())
                lastSpeaker = quote.speaker;
            if (wordCount(quote.text) >= MinQuoteWords || (!quote.speaker.isEmpty() && wordCount(quote.text) > 0))
                quotes.append(quote);
            if (last != b) {
                b = last; // the paragraphs it ran through are read
                break;
            }
        }
    }
    return quotes;
}

} // namespace parallax
