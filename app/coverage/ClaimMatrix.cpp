#include "ClaimMatrix.h"

#include "align/Facts.h"
#include "QuoteFinder.h"
#include "WordDiff.h"
#include "align/AlignTypes.h"
#include "align/Vocabulary.h"
#include "core/Article.h"

#include <map>

#include <algorithm>
#include <climits>
#include <tuple>

namespace parallax {
namespace {

// Strongest first, so that the best evidence for a sentence wins.
int strength(Carriage carriage)
{
    switch (carriage) {
    case Carriage::Identical:
        return 3;
    case Carriage::Near:
        return 2;
    case Carriage::Paraphrase:
        return 1;
    case Carriage::Absent:
    case Carriage::Sole:
        break;
    }
    return 0;
}

Carriage carriageOf(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Identical:
        return Carriage::Identical;
    case LinkKind::Near:
        return Carriage::Near;
    case LinkKind::Paraphrase:
        break;
    }
    return Carriage::Paraphrase;
}

// Every paragraph link of the comparison by its two ends, looked up once
// per pair of claim members rather than searched for: a wire story carried
// by a hundred outlets has thousands of such pairs.
class LinkIndex final
{
public:
    explicit LinkIndex(const Comparison &comparison)
    {
        for (const PairAlignment &pair : comparison.pairs) {
            for (const BlockLink &link : pair.links)
                m_kinds.emplace(key(pair.a, link.aBlock, pair.b, link.bBlock), link.kind);
        }
    }

    // The kind of the link between the two sentences' blocks, Paraphrase
    // when the pair was not aligned or the blocks not linked.
    Carriage carriage(const ClaimMember &x, const ClaimMember &y) const
    {
        auto it = m_kinds.find(key(x.article, x.block, y.article, y.block));
        if (it == m_kinds.end())
            it = m_kinds.find(key(y.article, y.block, x.article, x.block));
        return it == m_kinds.end() ? Carriage::Paraphrase : carriageOf(it->second);
    }

private:
    using Key = std::tuple<int, int, int, int>;
    static Key key(int a, int aBlock, int b, int bBlock) { return {a, aBlock, b, bBlock}; }
    std::map<Key, LinkKind> m_kinds;
};

bool validMember(const QList<Article> &articles, const ClaimMember &m)
{
    return m.article >= 0 && m.article < articles.size() && m.block >= 0
        && m.block < articles[m.article].blocks.size() && m.sentence >= 0
        && m.sentence < articles[m.article].blocks[m.block].sentences.size();
}

} // namespace

QString cellText(const QList<Article> &articles, int article, const ClaimCell &cell)
{
    if (cell.carriage == Carriage::Absent || !validMember(articles, {article, cell.block, cell.sentence}))
        return {};
    const Block &block = articles[article].blocks[cell.block];
    const Sentence &s = block.sentences[cell.sentence];
    return block.text.mid(s.start, s.end - s.start).trimmed();
}

QString nearestText(const QList<Article> &articles, const NearestSentence &nearest)
{
    if (!nearest.isValid())
        return {};
    return cellText(articles, nearest.article, {Carriage::Sole, nearest.block, nearest.sentence});
}

int rowHolding(const QList<ClaimRow> &rows, int article, int block, int sentence)
{
    for (int r = 0; r < rows.size(); ++r) {
        const ClaimCell cell = rows[r].cells.value(article);
        if (cell.carriage != Carriage::Absent && cell.block == block && cell.sentence == sentence)
            return r;
    }
    return -1;
}

QList<ClaimRow> claimMatrix(const QList<Article> &articles, const Comparison &comparison)
{
    const LinkIndex links(comparison);
    // A paragraph may be near-verbatim while one of its sentences is word
    // for word the same: the sentence's normalised words decide.
    Vocabulary vocabulary;
    struct Placed {
        std::tuple<int, int, int> first;
        ClaimRow row;
    };
    QList<Placed> placed;
    for (int c = 0; c < comparison.claims.size(); ++c) {
        const ClaimCluster &claim = comparison.claims[c];
        ClaimRow row;
        row.claim = c;
        row.cells.resize(articles.size());
        std::tuple<int, int, int> first{INT_MAX, INT_MAX, INT_MAX};
        QList<ClaimMember> members;
        for (const ClaimMember &m : claim.members) {
            if (!validMember(articles, m) || row.cells[m.article].carriage != Carriage::Absent)
                continue;
            members.append(m);
            row.cells[m.article] = {Carriage::Sole, m.block, m.sentence};
            first = std::min(first, std::tuple{m.article, m.block, m.sentence});
        }
        if (members.isEmpty())
            continue;
        row.carriers = int(members.size());
        const NearestSentence &nearest = claim.nearest;
        if (row.carriers == 1 && nearest.isValid() && validMember(articles, {nearest.article, nearest.block, nearest.sentence})
            && nearest.article != members.front().article)
            row.nearest = nearest;
        row.mergedByHand = claim.mergedByHand;
        row.splitByHand = claim.splitByHand;
        std::vector<std::vector<int>> words;
        for (const ClaimMember &m : members) {
            const QString text = cellText(articles, m.article, row.cells[m.article]);
            row.quote = row.quote || holdsQuote(text);
            row.number = row.number || holdsFigure(text);
            words.push_back(normalisedWords(text, vocabulary));
        }
        for (qsizetype i = 0; members.size() > 1 && i < members.size(); ++i) {
            Carriage best = Carriage::Paraphrase;
            for (qsizetype j = 0; j < members.size() && best != Carriage::Identical; ++j) {
                if (j == i)
                    continue;
                const Carriage how = words[size_t(i)] == words[size_t(j)] ? Carriage::Identical
                                                                         : links.carriage(members[i], members[j]);
                if (strength(how) > strength(best))
                    best = how;
            }
            row.cells[members[i].article].carriage = best;
        }
        placed.append({first, row});
    }
    std::stable_sort(placed.begin(), placed.end(),
                     [](const Placed &a, const Placed &b) { return a.first < b.first; });
    QList<ClaimRow> rows;
    rows.reserve(placed.size());
    for (Placed &p : placed) {
        p.row.position = int(rows.size());
        rows.append(std::move(p.row));
    }
    return rows;
}

bool acceptsRow(const ClaimFilter &filter, const ClaimRow &row)
{
    if (filter.uniqueOnly && row.carriers != 1)
        return false;
    if (row.carriers < filter.minCarriers)
        return false;
    if (filter.quotesOnly && !row.quote)
        return false;
    return !filter.numbersOnly || row.number;
}

QList<ClaimRow> filteredRows(const QList<ClaimRow> &rows, const ClaimFilter &filter)
{
    QList<ClaimRow> result;
    for (const ClaimRow &row : rows) {
        if (acceptsRow(filter, row))
            result.append(row);
    }
    return result;
}

void sortRows(QList<ClaimRow> &rows, ClaimOrder order)
{
    std::stable_sort(rows.begin(), rows.end(), [order](const ClaimRow &a, const ClaimRow &b) {
        switch (order) {
        case ClaimOrder::MostCarried:
            if (a.carriers != b.carriers)
                return a.carriers > b.carriers;
            break;
        case ClaimOrder::LeastCarried:
            if (a.carriers != b.carriers)
                return a.carriers < b.carriers;
            break;
        case ClaimOrder::Story:
            break;
        }
        return a.position < b.position;
    });
}

} // namespace parallax
