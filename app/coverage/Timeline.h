#pragma once

#include <QDate>
#include <QList>

namespace parallax {

struct Article;

struct TimelineEntry {
    int article = 0; // index into the compared list
    QDate published; // invalid when the article does not say
};

// The articles by publication date, earliest first; undated ones last, in
// their compared order, since placing them anywhere else would be a guess.
QList<TimelineEntry> storyTimeline(const QList<Article> &articles);

} // namespace parallax
