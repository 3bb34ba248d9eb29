#pragma once

#include <QStringView>

namespace parallax::lineshape {

// The shape of one line of scraped text: how long it is and how it ends. The
// furniture rules and the metadata reader both tell headlines, prose and
// labels apart by shape, because scraped text carries no markup.

// Words that hold at least one letter or digit (a lone "—" or "•" is no word);
// a run of Chinese or Japanese counts a word for every two characters.
int wordCount(QStringView line);

// Ends with . ! ? or … (or the Chinese and Arabic stops and marks),
// possibly followed by closing quotes or brackets.
bool endsSentence(QStringView line);

// Like endsSentence, but only a full stop or an ellipsis: a question or an
// exclamation is how many headlines end, a full stop is how prose ends.
bool endsWithFullStop(QStringView line);

// Reads as article prose: a sentence of some length, not a label or headline.
bool isProse(QStringView line);

// Could be a headline: a few words, no closing full stop, no list bullet.
bool isHeadlineLike(QStringView line);

// A short proper name such as a masthead ("The Orrin Gazette", "Valley
// Post"): at most four words, each capitalised but for "of", "the", "and".
bool isShortProperName(QStringView line);

// Starts with a list bullet such as "•", "-", "*" or "–" followed by a space.
bool startsWithBullet(QStringView line);

// The first letter of the line is lowercase (skipping leading punctuation).
bool startsLowercase(QStringView line);

} // namespace parallax::lineshape
