#pragma once

#include "QuoteFinder.h"

#include <QList>
#include <QString>

namespace parallax {

struct Article;

// One quote as the outlets carry it.
struct QuoteGroup {
    QString speaker;                    // the name most occurrences give; empty when none does
    QList<QuoteOccurrence> occurrences; // in compared order
    // Two outlets put different words in the speaker's mouth. One quoting a
    // shorter excerpt of the other's wording is not a difference.
    bool wordingDiffers = false;
    int outlets() const;
};

// Two quotes are one when most words of the shorter are in the longer.
inline constexpr double SameQuoteShare = 0.6;

// Quotes of every article, grouped; groups in story order.
QList<QuoteGroup> groupQuotes(const QList<Article> &articles);

} // namespace parallax
