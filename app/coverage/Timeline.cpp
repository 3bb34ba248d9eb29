#include "Timeline.h"

#include "core/Article.h"

#include <algorithm>

namespace parallax {

QList<TimelineEntry> storyTimeline(const QList<Article> &articles)
{
    QList<TimelineEntry> entries;
    entries.reserve(articles.size());
    for (int a = 0; a < articles.size(); ++a)
        entries.append({a, articles[a].meta.published});
    std::stable_sort(entries.begin(), entries.end(), [](const TimelineEntry &x, const TimelineEntry &y) {
        if (x.published.isValid() != y.published.isValid())
            return x.published.isValid();
        return x.published.isValid() && x.published < y.published;
    });
    return entries;
}

} // namespace parallax
