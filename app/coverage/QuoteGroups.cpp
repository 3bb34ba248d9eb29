#include "QuoteGroups.h"

#include "WordDiff.h"
#include "align/Vocabulary.h"
#include "core/Article.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace parallax {
namespace {

using Words = std::vector<int>;

// x and y are sorted and without repeats.
bool sameQuote(const Words &x, const Words &y)
{
    if (x.empty() || y.empty())
        return false;
    size_t common = 0;
    for (auto i = x.cbegin(), j = y.cbegin(); i != x.cend() && j != y.cend();) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return double(common) / double(std::min(x.size(), y.size())) >= SameQuoteShare;
}

Words distinct(Words words)
{
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

bool isExcerpt(const Words &part, const Words &whole)
{
    if (part.size() > whole.size())
        return false;
    return std::search(whole.cbegin(), whole.cend(), part.cbegin(), part.cend()) != whole.cend();
}

int findRoot(std::vector<int> &parent, int i)
{
    while (parent[size_t(i)] != i) {
        parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
        i = parent[size_t(i)];
    }
    return i;
}

} // namespace

int QuoteGroup::outlets() const
{
    QSet<int> articles;
    for (const QuoteOccurrence &q : occurrences)
        articles.insert(q.article);
    return int(articles.size());
}

QList<QuoteGroup> groupQuotes(const QList<Article> &articles)
{
    QList<QuoteOccurrence> all;
    for (int a = 0; a < articles.size(); ++a)
        all += findQuotes(articles[a], a);
    // Compared as the aligner normalises words: "U.S." and "US", curly and
    // straight apostrophes are the same wording.
    Vocabulary vocabulary;
    std::vector<Words> words;
    words.reserve(size_t(all.size()));
    std::vector<Words> sets;
    for (const QuoteOccurrence &q : all) {
        words.push_back(normalisedWords(q.text, vocabulary));
        sets.push_back(distinct(words.back()));
    }

    std::vector<int> parent(static_cast<size_t>(all.size()));
    std::iota(parent.begin(), parent.end(), 0);
    for (int i = 0; i < all.size(); ++i) {
        for (int j = i + 1; j < all.size(); ++j) {
            if (all[i].article != all[j].article && sameQuote(sets[size_t(i)], sets[size_t(j)]))
                parent[size_t(findRoot(parent, j))] = findRoot(parent, i);
        }
    }

    // Roots are the earliest member, so groups come out in story order.
    QList<QuoteGroup> groups;
    QHash<int, qsizetype> groupOfRoot;
    QHash<qsizetype, std::vector<Words>> wordsOf;
    for (int i = 0; i < all.size(); ++i) {
        const int root = findRoot(parent, i);
        if (!groupOfRoot.contains(root)) {
            groupOfRoot.insert(root, groups.size());
            groups.append(QuoteGroup{});
        }
        groups[groupOfRoot.value(root)].occurrences.append(all[i]);
        wordsOf[groupOfRoot.value(root)].push_back(words[size_t(i)]);
    }
    for (qsizetype g = 0; g < groups.size(); ++g) {
        QuoteGroup &group = groups[g];
        QHash<QString, int> votes;
        for (const QuoteOccurrence &q : group.occurrences) {
            if (!q.speaker.isEmpty() && ++votes[q.speaker] > votes.value(group.speaker))
                group.speaker = q.speaker;
        }
        const std::vector<Words> &wordings = wordsOf.value(g);
        for (const Words &other : wordings) {
            if (!isExcerpt(wordings.front(), other) && !isExcerpt(other, wordings.front()))
                group.wordingDiffers = true;
        }
    }
    return groups;
}

} // namespace parallax
