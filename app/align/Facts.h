#pragma once

#include "Language.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace parallax {

// A range of a text, in UTF-16 code units, end exclusive.
struct TextRange {
    int start = 0;
    int end = 0;
    bool isEmpty() const { return end <= start; }
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

// A figure normalised to its value: "300 billion", "$300bn" and "300,000,000,000"
// are all 3e11. unit says what it counts, so that only like is compared with
// like: a currency sign, "percent", or the word after it ("people").
struct NumberFact {
    double value = 0;
    QString unit;
    TextRange range;
};

// A calendar date; a part that the text leaves out is 0. "June 18-19" gives
// two facts, June 18 and June 19. A weekday ("on Sunday") is a fact of its
// own that agrees with the dates falling on that day; "this weekend" gives
// Saturday and Sunday. "Yesterday", "today" and "tomorrow" are dates only
// when one knows when the article ran.
struct DateFact {
    int year = 0;
    int month = 0;
    int day = 0;
    TextRange range;
    int weekday = 0;     // 1 Monday ... 7 Sunday, when the text names the day
    int contextYear = 0; // the publication's year: only to find a weekday, never compared
    bool compatible(const DateFact &other) const;
};

struct Facts {
    QList<NumberFact> numbers;
    QList<DateFact> dates;
    QList<TextRange> names;  // runs of capitalised words that are not titles, months or weekdays
    QList<TextRange> titles; // "Secretary of State", "foreign minister"
};

// published, when known, turns "yesterday" into a date and lets a weekday
// be checked against a date without a year. Outside English, figures are
// read with the language's separators and scale words ("1.450", "1,5
// Millionen", "1 500", "٣٠٠ مليون", "三百亿", "1.2万") and digits of any
// script; dates, names and titles are read in English only.
Facts factsOf(const QString &text, QDate published = {}, Language language = {});

// The words of a text, case-folded, letters and digits only: what "the same
// words" means when punctuation, quote styles and case do not count.
QStringList foldedWords(const QString &text);

// Whether the text states a figure (a digit or a spelled number).
bool holdsFigure(const QString &text);

} // namespace parallax
