#pragma once

#include "align/Facts.h"

#include <QList>
#include <QString>

#include <vector>

namespace parallax {

// Words of a replaced by words of b at one place; an empty range on one
// side is a plain insertion or deletion.
struct WordChange {
    TextRange a;
    TextRange b;
};

// Which words two wordings of one claim do not share, as ranges of each
// text. Words are compared as the aligner normalises them, so "U.S." and
// "US", or curly and straight apostrophes, are the same word.
struct WordDifference {
    QList<TextRange> onlyA;
    QList<TextRange> onlyB;
    QList<WordChange> changes;
};

WordDifference wordDifference(const QString &a, const QString &b);

class Vocabulary;

// The text's words as the aligner normalises them, as ids of vocabulary:
// equal ids, the same word.
std::vector<int> normalisedWords(const QString &text, Vocabulary &vocabulary);

} // namespace parallax
