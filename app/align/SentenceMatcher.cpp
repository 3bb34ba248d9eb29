#include "SentenceMatcher.h"

#include "PreparedArticle.h"
#include "StoryAliases.h"
#include "Vocabulary.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <tuple>

namespace parallax {

namespace {

// How well two items correspond, 0 for not at all.
constexpr float SameWord = 1.0f;
constexpr float SameStem = 0.9f;
constexpr float PronounForName = 0.7f;
// WordNet: one word for another of the same sense ("purchase", "buy"), or
// of one family ("decision", "decided").
constexpr float Synonym = 0.8f;
constexpr float Derived = 0.7f;
// A title the story gives one person, for that person's name.
constexpr float TitleForName = 0.7f;
// Figures within this share of each other are one figure rounded
// ("$346,807" and "$347,000").
constexpr double RoundingShare = 0.01;
// A clash makes a discrepancy only where the rest of the two sentences,
// the clashing items counted as partners, is one frame.
constexpr float ClashFrameCover = 0.7f;
constexpr float NegationFrameCover = 0.7f;
constexpr float NameClashFrameCover = 0.7f;
constexpr float NameClashClaimCover = 0.6f;
// The matched claim weight at which a pair says enough to be one claim:
// about three content words (tests/align/fit_matcher.py).
constexpr float ClaimMassSaturation = 3.0f;
// The most items of a sentence the matcher reads; a longer "sentence" is a
// list or a run-on that no sentence elsewhere states whole anyway.
constexpr int MaxItems = 96;

struct Pairing {
    float level = 0;
    int i = 0; // item offsets in the two sentences
    int j = 0;
};

// Stronger pairings first; among equals, in reading order (as pushed),
// without the buffer a stable sort allocates.
bool strongerFirst(const Pairing &l, const Pairing &r)
{
    return l.level != r.level ? l.level > r.level : std::tie(l.i, l.j) < std::tie(r.i, r.j);
}

struct Clash {
    ClashKind kind = ClashKind::None;
    int i = 0;
    int j = 0;
};

QString currencyOf(const QString &unit)
{
    if (unit == u"dollar" || unit == u"usd")
        return QStringLiteral("$");
    if (unit == u"euro" || unit == u"eur")
        return QStringLiteral("€");
    if (unit == u"pound" || unit == u"gbp" || unit == u"sterling")
        return QStringLiteral("£");
    if (unit == u"yen")
        return QStringLiteral("¥");
    return unit;
}

bool sameFigure(double x, double y)
{
    return std::abs(x - y) <= RoundingShare * std::max(std::abs(x), std::abs(y));
}

class PairReading
{
public:
    PairReading(const PreparedArticle &a, const PreparedArticle &b, const StoryLexicon &lexicon, int sa, int sb)
        : m_a(a), m_b(b), m_vocabulary(lexicon.vocabulary), m_aliases(lexicon.aliases),
          m_sa(a.sentences[size_t(sa)]), m_sb(b.sentences[size_t(sb)])
    {
        m_aCount = std::min(m_sa.endItem - m_sa.firstItem, MaxItems);
        m_bCount = std::min(m_sb.endItem - m_sb.firstItem, MaxItems);
    }

    MatchEvidence read()
    {
        // Scratch reused across the pairs a thread reads: most pairs are
        // small, and an allocation each was a tenth of the matcher's time.
        thread_local std::vector<Pairing> pairings;
        thread_local std::vector<Clash> clashes;
        pairings.clear();
        clashes.clear();
        for (int i = 0; i < m_aCount; ++i) {
            for (int j = 0; j < m_bCount; ++j)
                relate(i, j, pairings, clashes);
        }
        std::sort(pairings.begin(), pairings.end(), strongerFirst);
        std::array<float, MaxItems> aLevel{};
        std::array<float, MaxItems> bLevel{};
        m_aPartner.fill(-1);
        assign(pairings, aLevel, bLevel);
        // Words still alone on both sides may be one word said another way,
        // or its opposite ("rose", "fell"). Read after the sure pairings, so
        // that a word is never taken for a synonym of what has its twin.
        pairings.clear();
        for (int i = 0; i < m_aCount; ++i) {
            if (aLevel[size_t(i)] > 0)
                continue;
            for (int j = 0; j < m_bCount; ++j) {
                if (bLevel[size_t(j)] > 0)
                    continue;
                if (itemA(i).kind == ClaimItem::Kind::Word && itemB(j).kind == ClaimItem::Kind::Word)
                    relateBySense(i, j, pairings, clashes);
                else if (titleFor(itemA(i), m_b, itemB(j)) || titleFor(itemB(j), m_a, itemA(i)))
                    pairings.push_back({TitleForName, i, j});
            }
        }
        std::sort(pairings.begin(), pairings.end(), strongerFirst);
        assign(pairings, aLevel, bLevel);
        // Names left over on both sides are two people, not one and a pronoun.
        const bool namesLeftA = hasUnmatchedName(m_a, m_sa, m_aCount, aLevel);
        const bool namesLeftB = hasUnmatchedName(m_b, m_sb, m_bCount, bLevel);
        if (!(namesLeftA && namesLeftB)) {
            rescueNameByPronoun(m_a, m_sa, m_sb.hasPronoun, m_aCount, aLevel);
            rescueNameByPronoun(m_b, m_sb, m_sa.hasPronoun, m_bCount, bLevel);
        }

        MatchEvidence evidence;
        const Cover a = cover(m_a, m_sa, m_aCount, aLevel);
        const Cover b = cover(m_b, m_sb, m_bCount, bLevel);
        evidence.coverA = a.all;
        evidence.coverB = b.all;
        evidence.claimCoverA = a.claim;
        evidence.claimCoverB = b.claim;
        evidence.weightA = a.total;
        evidence.weightB = b.total;
        evidence.claimMassA = a.claimMass;
        evidence.claimMassB = b.claimMass;
        evidence.claimMatches = a.claimMatches;
        evidence.figureMatches = a.figureMatches;
        findClash(clashes, aLevel, bLevel, a, b, evidence);
        return evidence;
    }

private:
    struct Cover {
        float all = 0;
        float claim = 0;
        float total = 0;
        float matched = 0;
        float claimMass = 0;
        int claimMatches = 0;
        int figureMatches = 0;
    };

    static bool isClaimKind(ClaimItem::Kind kind)
    {
        return kind == ClaimItem::Kind::Word || kind == ClaimItem::Kind::Figure || kind == ClaimItem::Kind::Date;
    }

    const ClaimItem &itemA(int i) const { return m_a.items[size_t(m_sa.firstItem + i)]; }
    const ClaimItem &itemB(int j) const { return m_b.items[size_t(m_sb.firstItem + j)]; }

    // One word of a name for another: the same word, or a short form of
    // it ("Dan" for "Daniel", "Fed" for "Federal").
    bool nameWordsMeet(int x, int y) const
    {
        if (x == y)
            return true;
        std::u16string_view sx = m_vocabulary.spelling(x);
        std::u16string_view sy = m_vocabulary.spelling(y);
        if (sx.size() > sy.size())
            std::swap(sx, sy);
        return sx.size() >= 3 && sy.substr(0, sx.size()) == sx;
    }

    enum class NameRelation { None, Same, Other };

    // Two names are one when the words of one are among the other's
    // ("Blinken", "Antony Blinken") or one is the other's initials ("ECB");
    // sharing only some words ("Kai Brandt", "Jonas Brandt") makes them two
    // people of one family.
    NameRelation nameRelation(const ClaimItem &x, const ClaimItem &y) const
    {
        if ((x.acronym && (x.acronym == y.initials || x.acronym == y.acronym))
            || (y.acronym && y.acronym == x.initials))
            return NameRelation::Same;
        auto found = [this](const PreparedArticle &p, int token, const PreparedArticle &q, const ClaimItem &outer) {
            for (int t = outer.firstToken; t < outer.endToken; ++t) {
                if (nameWordsMeet(p.tokens[size_t(token)].word, q.tokens[size_t(t)].word))
                    return true;
            }
            return false;
        };
        int xFound = 0;
        for (int s = x.firstToken; s < x.endToken; ++s)
            xFound += found(m_a, s, m_b, y) ? 1 : 0;
        int yFound = 0;
        for (int t = y.firstToken; t < y.endToken; ++t)
            yFound += found(m_b, t, m_a, x) ? 1 : 0;
        if (xFound == 0 && yFound == 0)
            return NameRelation::None;
        if (xFound == x.endToken - x.firstToken || yFound == y.endToken - y.firstToken)
            return NameRelation::Same;
        return NameRelation::Other;
    }

    float wordLevel(const ClaimItem &x, const ClaimItem &y) const
    {
        float best = 0;
        for (int s = x.firstToken; s < x.endToken; ++s) {
            const int ws = m_a.tokens[size_t(s)].word;
            const WordInfo &is = m_vocabulary.info(ws);
            for (int t = y.firstToken; t < y.endToken; ++t) {
                const int wt = m_b.tokens[size_t(t)].word;
                if (ws == wt)
                    return SameWord;
                if (is.stem == m_vocabulary.info(wt).stem)
                    best = std::max(best, SameStem);
            }
        }
        return best;
    }

    void relate(int i, int j, std::vector<Pairing> &pairings, std::vector<Clash> &clashes) const
    {
        const ClaimItem &x = itemA(i);
        const ClaimItem &y = itemB(j);
        if (x.word >= 0 && y.word >= 0) {
            if (x.word == y.word)
                pairings.push_back({SameWord, i, j});
            else if (x.stem == y.stem)
                pairings.push_back({SameStem, i, j});
            return;
        }
        using Kind = ClaimItem::Kind;
        const bool xFact = x.kind == Kind::Figure || x.kind == Kind::Date;
        const bool yFact = y.kind == Kind::Figure || y.kind == Kind::Date;
        if (xFact || yFact) {
            if (x.kind != y.kind)
                return;
            if (x.kind == Kind::Figure) {
                const NumberFact &fx = m_a.figures[size_t(x.firstFact)];
                const NumberFact &fy = m_b.figures[size_t(y.firstFact)];
                const QString ux = currencyOf(fx.unit);
                const QString uy = currencyOf(fy.unit);
                if (sameFigure(fx.value, fy.value) && (ux == uy || ux.isEmpty() || uy.isEmpty()))
                    pairings.push_back({SameWord, i, j});
                else if (ux == uy)
                    clashes.push_back({ClashKind::Figure, i, j});
                return;
            }
            for (int f = x.firstFact; f < x.endFact; ++f) {
                for (int g = y.firstFact; g < y.endFact; ++g) {
                    if (m_a.dates[size_t(f)].compatible(m_b.dates[size_t(g)])) {
                        pairings.push_back({SameWord, i, j});
                        return;
                    }
                }
            }
            clashes.push_back({ClashKind::Date, i, j});
            return;
        }
        if (x.kind == Kind::Name && y.kind == Kind::Name) {
            const NameRelation relation = nameRelation(x, y);
            if (relation == NameRelation::Same)
                pairings.push_back({SameWord, i, j});
            else if (relation == NameRelation::Other)
                clashes.push_back({ClashKind::Name, i, j});
            return;
        }
        if (const float level = wordLevel(x, y); level > 0)
            pairings.push_back({level, i, j});
    }

    void assign(const std::vector<Pairing> &pairings, std::array<float, MaxItems> &aLevel,
                std::array<float, MaxItems> &bLevel)
    {
        for (const Pairing &p : pairings) {
            if (aLevel[size_t(p.i)] > 0 || bLevel[size_t(p.j)] > 0)
                continue;
            aLevel[size_t(p.i)] = p.level;
            bLevel[size_t(p.j)] = p.level;
            m_aPartner[size_t(p.i)] = p.j;
        }
    }

    void relateBySense(int i, int j, std::vector<Pairing> &pairings, std::vector<Clash> &clashes) const
    {
        switch (m_vocabulary.relation(itemA(i).word, itemB(j).word)) {
        case WordNet::Relation::Synonym:
            pairings.push_back({Synonym, i, j});
            break;
        case WordNet::Relation::Derived:
            pairings.push_back({Derived, i, j});
            break;
        case WordNet::Relation::Antonym:
            clashes.push_back({ClashKind::Opposite, i, j});
            break;
        case WordNet::Relation::None:
            break;
        }
    }

    // "The secretary" for "Blinken", where the story calls him Secretary.
    bool titleFor(const ClaimItem &title, const PreparedArticle &nameArticle, const ClaimItem &name) const
    {
        return title.kind == ClaimItem::Kind::Frame && name.kind == ClaimItem::Kind::Name
            && m_vocabulary.info(title.word).title
            && m_aliases.refersTo(title.word, nameArticle.tokens[size_t(name.endToken - 1)].word);
    }

    static bool hasUnmatchedName(const PreparedArticle &article, const PreparedSentence &sentence, int count,
                                 const std::array<float, MaxItems> &level)
    {
        for (int i = 0; i < count; ++i) {
            if (article.items[size_t(sentence.firstItem + i)].kind == ClaimItem::Kind::Name && level[size_t(i)] == 0)
                return true;
        }
        return false;
    }

    // "He" in one sentence for "Blinken" in the other: the name is not
    // missing, only said another way. One name a sentence.
    static void rescueNameByPronoun(const PreparedArticle &article, const PreparedSentence &sentence,
                                    bool otherHasPronoun, int count, std::array<float, MaxItems> &level)
    {
        if (!otherHasPronoun)
            return;
        for (int i = 0; i < count; ++i) {
            if (article.items[size_t(sentence.firstItem + i)].kind == ClaimItem::Kind::Name && level[size_t(i)] == 0) {
                level[size_t(i)] = PronounForName;
                return;
            }
        }
    }

    static Cover cover(const PreparedArticle &article, const PreparedSentence &sentence, int count,
                       const std::array<float, MaxItems> &level)
    {
        Cover c;
        float claimTotal = 0;
        float claimMatched = 0;
        for (int i = 0; i < count; ++i) {
            const ClaimItem &item = article.items[size_t(sentence.firstItem + i)];
            c.total += item.weight;
            c.matched += item.weight * level[size_t(i)];
            if (isClaimKind(item.kind)) {
                claimTotal += item.weight;
                claimMatched += item.weight * level[size_t(i)];
                c.claimMatches += level[size_t(i)] > 0 ? 1 : 0;
                c.figureMatches += level[size_t(i)] > 0 && item.kind == ClaimItem::Kind::Figure ? 1 : 0;
            }
        }
        c.claimMass = claimMatched;
        c.all = c.total > 0 ? c.matched / c.total : 0;
        c.claim = claimTotal > 0 ? claimMatched / claimTotal : 0;
        return c;
    }

    // The cover of a side if the given unmatched items had found partners.
    static float coverWith(const Cover &c, float extra) { return c.total > 0 ? (c.matched + extra) / c.total : 0; }

    void findClash(const std::vector<Clash> &clashes, const std::array<float, MaxItems> &aLevel,
                   const std::array<float, MaxItems> &bLevel, const Cover &a, const Cover &b,
                   MatchEvidence &evidence) const
    {
        for (const Clash &clash : clashes) {
            if (aLevel[size_t(clash.i)] > 0 || bLevel[size_t(clash.j)] > 0)
                continue;
            const float frame = std::min(coverWith(a, itemA(clash.i).weight), coverWith(b, itemB(clash.j).weight));
            if (frame >= ClashFrameCover) {
                evidence.clash = clash.kind;
                evidence.clashItemA = clash.i;
                evidence.clashItemB = clash.j;
                return;
            }
        }
        if (m_sa.negated != m_sb.negated && std::min(a.all, b.all) >= NegationFrameCover) {
            evidence.clash = ClashKind::Negation;
            return;
        }
        // Two different people doing the same thing: names left over on
        // both sides in the same place of one frame, after the same word or
        // before it ("Foreign Minister Qin Gang told" and "Foreign Minister
        // Wang Yi told"), when all else is shared.
        for (int i = 0; i < m_aCount; ++i) {
            if (itemA(i).kind != ClaimItem::Kind::Name || aLevel[size_t(i)] > 0)
                continue;
            for (int j = 0; j < m_bCount; ++j) {
                if (itemB(j).kind != ClaimItem::Kind::Name || bLevel[size_t(j)] > 0 || !samePlace(i, j))
                    continue;
                if (std::min(coverWith(a, itemA(i).weight), coverWith(b, itemB(j).weight)) >= NameClashFrameCover
                    && std::min(a.claim, b.claim) >= NameClashClaimCover) {
                    evidence.clash = ClashKind::Name;
                    evidence.clashItemA = i;
                    evidence.clashItemB = j;
                    return;
                }
            }
        }
    }

    bool samePlace(int i, int j) const
    {
        const bool before = i > 0 && j > 0 && m_aPartner[size_t(i - 1)] == j - 1;
        const bool after = i + 1 < m_aCount && j + 1 < m_bCount && m_aPartner[size_t(i + 1)] == j + 1;
        return before || after;
    }

    const PreparedArticle &m_a;
    const PreparedArticle &m_b;
    const Vocabulary &m_vocabulary;
    const StoryAliases &m_aliases;
    const PreparedSentence &m_sa;
    const PreparedSentence &m_sb;
    int m_aCount = 0;
    int m_bCount = 0;
    std::array<int, MaxItems> m_aPartner{}; // item of b each item of a is paired with, -1 for none
};

} // namespace

SentenceMatcher::SentenceMatcher(const PreparedArticle &a, const PreparedArticle &b, const StoryLexicon &lexicon)
    : m_a(a), m_b(b), m_lexicon(lexicon)
{
}

MatchEvidence SentenceMatcher::evidence(int sentenceA, int sentenceB) const
{
    return PairReading(m_a, m_b, m_lexicon, sentenceA, sentenceB).read();
}

SentenceMatch SentenceMatcher::match(int sentenceA, int sentenceB) const
{
    SentenceMatch match;
    match.evidence = evidence(sentenceA, sentenceB);
    match.score = matchProbability(match.evidence);
    return match;
}

float matchProbability(const MatchEvidence &e)
{
    // Fitted by tests/align/fit_matcher.py on tests/data/pairs/dev-pairs.tsv
    // (611 pairs, discrepancies aside): cross-validated accuracy 0.82 at 0.45 and 0.5.
    const float shortCover = e.weightA <= e.weightB ? e.coverA : e.coverB;
    const float lengthRatio = std::max(e.weightA, e.weightB) > 0
        ? std::min(e.weightA, e.weightB) / std::max(e.weightA, e.weightB)
        : 0;
    const float mass = std::min(1.0f, std::min(e.claimMassA, e.claimMassB) / ClaimMassSaturation);
    const double z = -1.663 + 1.118 * std::min(e.coverA, e.coverB) + 0.497 * std::max(e.coverA, e.coverB)
        + 0.510 * std::min(e.claimCoverA, e.claimCoverB) + 1.402 * std::max(e.claimCoverA, e.claimCoverB)
        + 0.567 * shortCover - 0.609 * lengthRatio - (e.claimMatches == 0 ? 1.578 : 0.0) + 0.243 * mass
        + (e.figureMatches > 0 ? 1.063 : 0.0);
    return float(1.0 / (1.0 + std::exp(-z)));
}

} // namespace parallax
