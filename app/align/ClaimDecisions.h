#pragma once

#include "AlignTypes.h"

#include <QList>
#include <QtGlobal>

#include <compare>

namespace parallax {

struct Article;

// A sentence as the library names it: the stored article's id (Article::id),
// the block's index in Article::blocks and the sentence's in Block::sentences.
// Unlike a ClaimMember it does not depend on which articles are compared or
// in what order, so a decision holds in every comparison of its articles.
struct SentenceRef {
    qint64 article = 0;
    int block = 0;
    int sentence = 0;
    friend auto operator<=>(const SentenceRef &, const SentenceRef &) = default;
};

// A person's word on two sentences of different articles, against the
// matcher's. same: they state one claim, so their claims become one. Not
// same: a does not state b's claim, so a leaves the claim the two share and
// stands alone (b's claim keeps its other sentences).
struct ClaimDecision {
    SentenceRef a;
    SentenceRef b;
    bool same = true;
    friend bool operator==(const ClaimDecision &, const ClaimDecision &) = default;
};

enum class ClaimDecisionRefusal {
    // The merged claim would hold two sentences of one article: an article
    // that says a thing twice says it in two claims (as the matcher keeps it).
    SameArticle,
};

struct RefusedClaimDecision {
    int decision = 0; // index into the decisions given
    ClaimDecisionRefusal reason = ClaimDecisionRefusal::SameArticle;
    friend bool operator==(const RefusedClaimDecision &, const RefusedClaimDecision &) = default;
};

// Applies a person's decisions to the matcher's claims, in the order given
// (a later decision acts on what the earlier ones left). A merge keeps the
// smaller id of the two claims; a sentence split out gets the next id past
// every id the comparison held, in the order of the decisions, so that the
// same claims and decisions always give the same ids, and claims no decision
// touched keep theirs. unique is worked out again for every touched claim;
// a claim no longer unique loses its nearest sentence, and one made unique
// by a split has none (the matcher's score for it is not known here).
// Touched claims are marked mergedByHand or splitByHand. Decisions naming a
// sentence that is in none of the comparison's claims (another article, a
// block that became furniture) are skipped without a word; a merge that
// would put two sentences of one article in one claim is refused, listed
// in the result and changes nothing.
QList<RefusedClaimDecision> applyClaimDecisions(Comparison &comparison, const QList<Article> &articles,
                                                const QList<ClaimDecision> &decisions);

// The library's name for a claim member of this comparison; article 0 when
// the member's article is not stored (its id is 0) or out of range.
SentenceRef sentenceRef(const QList<Article> &articles, const ClaimMember &member);

} // namespace parallax
