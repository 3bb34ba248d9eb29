#pragma once

#include "align/Facts.h"

#include <QList>
#include <QString>

namespace parallax {

struct Article;

// Quoted speech in an article: the words inside straight or curly double
// quotes, guillemets or low-high quotes. A quote that runs on into the next
// paragraph (the opening mark repeated, the closing one left off, as news
// style has it) is one quote.
struct QuoteOccurrence {
    int article = 0;
    int block = 0;      // where the quote opens
    TextRange range;    // the quoted words in that block, marks excluded
    int lastBlock = 0;  // where it closes; after block when it runs on
    QString text;       // the quoted words, paragraphs joined by a space
    QString speaker;    // as the text names them; empty when it does not
    friend bool operator==(const QuoteOccurrence &, const QuoteOccurrence &) = default;
};

// Quotes shorter than this many words count only when a speaker is named:
// a word or two in quotes is usually a term held at arm's length.
inline constexpr int MinQuoteWords = 5;

QList<QuoteOccurrence> findQuotes(const Article &article, int articleIndex);

// Whether the text holds a quotation mark that opens quoted words.
bool holdsQuote(const QString &text);

} // namespace parallax
