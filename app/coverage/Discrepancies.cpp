#include "Discrepancies.h"

#include "WordDiff.h"
#include "core/Article.h"

#include <QSet>

#include <map>
#include <set>
#include <tuple>

#include <cmath>

namespace parallax {
namespace {

bool sameValue(double x, double y)
{
    return std::abs(x - y) <= 1e-9 * std::max(std::abs(x), std::abs(y));
}

QList<NumberFact> unmatched(const QList<NumberFact> &mine, const QList<NumberFact> &theirs)
{
    QList<NumberFact> result;
    for (const NumberFact &n : mine) {
        bool found = false;
        for (const NumberFact &t : theirs)
            found = found || sameValue(n.value, t.value);
        if (!found)
            result.append(n);
    }
    return result;
}

// A figure only one side states is a clash when the other states a
// different figure of the same unit, or when each side has exactly one
// figure the other lacks (the same slot, worded around it differently).
void numberClashes(const Facts &a, const Facts &b, QList<FactClash> &out)
{
    const QList<NumberFact> onlyA = unmatched(a.numbers, b.numbers);
    const QList<NumberFact> onlyB = unmatched(b.numbers, a.numbers);
    if (onlyA.size() == 1 && onlyB.size() == 1) {
        out.append({DiscrepancyKind::Number, onlyA[0].range, onlyB[0].range});
        return;
    }
    for (const NumberFact &x : onlyA) {
        for (const NumberFact &y : onlyB) {
            if (!x.unit.isEmpty() && x.unit == y.unit) {
                out.append({DiscrepancyKind::Number, x.range, y.range});
                break;
            }
        }
    }
}

bool shareParts(const DateFact &x, const DateFact &y)
{
    return (x.year && y.year) || (x.month && y.month) || (x.day && y.day);
}

QList<DateFact> unmatched(const QList<DateFact> &mine, const QList<DateFact> &theirs)
{
    QList<DateFact> result;
    for (const DateFact &d : mine) {
        bool found = false;
        for (const DateFact &t : theirs)
            found = found || d.compatible(t);
        if (!found)
            result.append(d);
    }
    return result;
}

// Only explicit dates are compared; a weekday on one side gives no fact, so
// "June 18-19" against "Sunday and Monday" raises nothing.
void dateClashes(const Facts &a, const Facts &b, QList<FactClash> &out)
{
    const QList<DateFact> onlyA = unmatched(a.dates, b.dates);
    const QList<DateFact> onlyB = unmatched(b.dates, a.dates);
    for (const DateFact &x : onlyA) {
        for (const DateFact &y : onlyB) {
            if (shareParts(x, y)) {
                out.append({DiscrepancyKind::Date, x.range, y.range});
                return;
            }
        }
    }
}

bool overlaps(const TextRange &x, const TextRange &y)
{
    return x.start < y.end && y.start < x.end;
}

// Whether any word of the range appears anywhere in the other text: a name
// or title that moved or was shortened ("Blinken" for "Antony Blinken") is
// the same one.
bool mentioned(const QString &text, const TextRange &range, const QStringList &otherWords)
{
    for (const QString &w : foldedWords(text.mid(range.start, range.end - range.start))) {
        if (otherWords.contains(w))
            return true;
    }
    return false;
}

// A name worth comparing: two words or more, none of them an acronym
// ("US", "PRC"), since a lone capitalised word is as often a place, a
// people or a sentence opener as a person.
bool isPersonLike(const QString &text, const TextRange &range)
{
    const QStringList words = text.mid(range.start, range.end - range.start).split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2)
        return false;
    for (const QString &w : words) {
        if (w.size() > 1 && w[1].isUpper())
            return false;
    }
    return true;
}

// Names and titles clash only inside one replaced stretch of words, where
// one wording put a different person or office in the same place.
void swapClashes(const QString &a, const QString &b, const QList<TextRange> &aRanges, const QList<TextRange> &bRanges,
                 DiscrepancyKind kind, const WordDifference &diff, QList<FactClash> &out)
{
    const QStringList aWords = foldedWords(a);
    const QStringList bWords = foldedWords(b);
    const bool needPerson = kind == DiscrepancyKind::Name;
    for (const WordChange &change : diff.changes) {
        for (const TextRange &x : aRanges) {
            if (!overlaps(x, change.a) || mentioned(a, x, bWords) || (needPerson && !isPersonLike(a, x)))
                continue;
            for (const TextRange &y : bRanges) {
                if (overlaps(y, change.b) && !mentioned(b, y, aWords) && (!needPerson || isPersonLike(b, y))) {
                    out.append({kind, x, y});
                    break;
                }
            }
        }
    }
}

DiscrepancyKind discrepancyKind(ClashKind kind)
{
    switch (kind) {
    case ClashKind::Figure:
    case ClashKind::None:
        break;
    case ClashKind::Date:
        return DiscrepancyKind::Date;
    case ClashKind::Name:
        return DiscrepancyKind::Name;
    case ClashKind::Opposite:
        return DiscrepancyKind::Opposite;
    case ClashKind::Negation:
        return DiscrepancyKind::Negation;
    }
    return DiscrepancyKind::Number;
}

} // namespace

QList<FactClash> factClashes(const QString &a, const QString &b)
{
    const Facts aFacts = factsOf(a);
    const Facts bFacts = factsOf(b);
    QList<FactClash> clashes;
    numberClashes(aFacts, bFacts, clashes);
    dateClashes(aFacts, bFacts, clashes);
    const WordDifference diff = wordDifference(a, b);
    swapClashes(a, b, aFacts.names, bFacts.names, DiscrepancyKind::Name, diff, clashes);
    swapClashes(a, b, aFacts.titles, bFacts.titles, DiscrepancyKind::Title, diff, clashes);
    return clashes;
}

QList<Discrepancy> findDiscrepancies(const QList<Article> &articles, const Comparison &comparison)
{
    const auto valid = [&articles](const ClaimMember &m) {
        return m.article >= 0 && m.article < articles.size() && m.block >= 0
            && m.block < articles[m.article].blocks.size() && m.sentence >= 0
            && m.sentence < articles[m.article].blocks[m.block].sentences.size();
    };
    QList<Discrepancy> result;
    std::map<std::tuple<int, int, int>, int> claimOf;
    for (int c = 0; c < comparison.claims.size(); ++c) {
        for (const ClaimMember &m : comparison.claims[c].members)
            claimOf.emplace(std::tuple{m.article, m.block, m.sentence}, c);
    }
    // The matcher's clashes first; a pair it flagged is not read again for
    // facts inside its claim.
    using Place = std::tuple<int, int, int>;
    std::set<std::pair<Place, Place>> flagged;
    const auto pairOf = [](const ClaimMember &x, const ClaimMember &y) {
        const Place p{x.article, x.block, x.sentence};
        const Place q{y.article, y.block, y.sentence};
        return p < q ? std::pair{p, q} : std::pair{q, p};
    };
    for (const SentenceClash &clash : comparison.clashes) {
        if (!valid(clash.a) || !valid(clash.b))
            continue;
        flagged.insert(pairOf(clash.a, clash.b));
        const Block &ab = articles[clash.a.article].blocks[clash.a.block];
        const Block &bb = articles[clash.b.article].blocks[clash.b.block];
        // A denial has no one word to point at: the sentences are the ranges.
        const Sentence &as = ab.sentences[clash.a.sentence];
        const Sentence &bs = bb.sentences[clash.b.sentence];
        const bool words = clash.aEnd > clash.aStart && clash.aEnd <= ab.text.size() && clash.bEnd > clash.bStart
            && clash.bEnd <= bb.text.size();
        const TextRange aRange = words ? TextRange{clash.aStart, clash.aEnd} : TextRange{as.start, as.end};
        const TextRange bRange = words ? TextRange{clash.bStart, clash.bEnd} : TextRange{bs.start, bs.end};
        const auto claim = claimOf.find(std::tuple{clash.a.article, clash.a.block, clash.a.sentence});
        result.append({claim == claimOf.end() ? 0 : claim->second, discrepancyKind(clash.kind),
                       clash.a, clash.b, aRange, bRange, ab.text.mid(aRange.start, aRange.end - aRange.start),
                       bb.text.mid(bRange.start, bRange.end - bRange.start)});
    }
    for (int c = 0; c < comparison.claims.size(); ++c) {
        // Each distinct wording once: wire copy carried word for word by
        // many outlets would otherwise cost a comparison per pair of them.
        QList<ClaimMember> members;
        QSet<QString> wordings;
        for (const ClaimMember &m : comparison.claims[c].members) {
            if (!valid(m))
                continue;
            const Block &block = articles[m.article].blocks[m.block];
            const Sentence &s = block.sentences[m.sentence];
            if (!wordings.contains(block.text.mid(s.start, s.end - s.start).trimmed())) {
                wordings.insert(block.text.mid(s.start, s.end - s.start).trimmed());
                members.append(m);
            }
        }
        for (int i = 0; i < members.size(); ++i) {
            for (int j = i + 1; j < members.size(); ++j) {
                const ClaimMember &x = members[i];
                const ClaimMember &y = members[j];
                if (!valid(x) || !valid(y) || x.article == y.article
                    || flagged.contains(pairOf(x, y)))
                    continue;
                const Block &xb = articles[x.article].blocks[x.block];
                const Block &yb = articles[y.article].blocks[y.block];
                const Sentence &xs = xb.sentences[x.sentence];
                const Sentence &ys = yb.sentences[y.sentence];
                const QString xt = xb.text.mid(xs.start, xs.end - xs.start);
                const QString yt = yb.text.mid(ys.start, ys.end - ys.start);
                for (const FactClash &clash : factClashes(xt, yt)) {
                    const TextRange aRange{xs.start + clash.a.start, xs.start + clash.a.end};
                    const TextRange bRange{ys.start + clash.b.start, ys.start + clash.b.end};
                    result.append({c, clash.kind, x, y, aRange, bRange,
                                   xt.mid(clash.a.start, clash.a.end - clash.a.start),
                                   yt.mid(clash.b.start, clash.b.end - clash.b.start)});
                }
            }
        }
    }
    return result;
}

} // namespace parallax
