#include "ClaimMatrix.h"

#include "Facts.h"
#include "QuoteFinder.h"
#include "WordDiff.h"
#include "align/AlignTypes.h"
#include "core/Article.h"

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

// The kind of the paragraph link between the two sentences' blocks, if the
// pair was aligned and linked them.
Carriage linkCarriage(const Comparison &comparison, const ClaimMember &x, const ClaimMember &y)
{
    for (const PairAlignment &pair : comparison.pairs) {
        const bool forward = pair.a == x.article && pair.b == y.article;
        const bool backward = pair.a == y.article && pair.b == x.article;
        if (!forward && !backward)
            continue;
        for (const BlockLink &link : pair.links) {
            const int aBlock = forward ? x.block : y.block;
            const int bBlock = forward ? y.block : x.block;
            if (link.aBlock == aBlock && link.bBlock == bBlock)
                return carriageOf(link.kind);
        }
    }
    return Carriage::Paraphrase;
}

// A paragraph may be near-verbatim while one of its sentences is word for
// word the same: the sentence decides, punctuation and case aside.
bool sameWords(const QList<Article> &articles, const ClaimMember &x, const ClaimMember &y)
{
    const QString a = cellText(articles, x.article, {Carriage::Paraphrase, x.block, x.sentence});
    const QString b = cellText(articles, y.article, {Carriage::Paraphrase, y.block, y.sentence});
    if (a.isEmpty() || b.isEmpty())
        return false;
    const WordDifference diff = wordDifference(a, b);
    return diff.onlyA.isEmpty() && diff.onlyB.isEmpty();
}

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

QList<ClaimRow> claimMatrix(const QList<Article> &articles, const Comparison &comparison)
{
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
        for (const ClaimMember &m : members) {
            ClaimCell &cell = row.cells[m.article];
            const QString text = cellText(articles, m.article, cell);
            row.quote = row.quote || holdsQuote(text);
            row.number = row.number || holdsFigure(text);
            if (members.size() < 2)
                continue;
            Carriage best = Carriage::Paraphrase;
            for (const ClaimMember &other : members) {
                if (other.article == m.article)
                    continue;
                const Carriage how = sameWords(articles, m, other) ? Carriage::Identical
                                                                    : linkCarriage(comparison, m, other);
                if (strength(how) > strength(best))
                    best = how;
            }
            cell.carriage = best;
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
