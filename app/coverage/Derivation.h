#pragma once

#include <QList>

namespace parallax {

struct Article;
struct Comparison;

// Wire-copy provenance in the spirit of the METER corpus (Gaizauskas et
// al., 2001): how much of an article's text it shares word for word with
// the others.
enum class DerivationLabel { WhollyDerived, PartlyDerived, Independent };

// Shares at or above which an article counts as wholly or partly derived.
// METER's annotators called a text wholly derived when nearly all of it came
// from the source; shared runs found automatically miss reworded copy, so
// the bar is set lower than theirs.
inline constexpr double WhollyDerivedShare = 0.6;
inline constexpr double PartlyDerivedShare = 0.15;

DerivationLabel derivationLabel(double share);

struct PairDerivation {
    int other = 0;
    double share = 0; // of this article's words, in runs shared with other
    DerivationLabel label = DerivationLabel::Independent;
};

struct ArticleDerivation {
    int article = 0;
    double share = 0; // of its words, in runs shared with any other article
    DerivationLabel label = DerivationLabel::Independent;
    int closest = -1;  // the article it shares most with, -1 when none
    QList<PairDerivation> pairs; // every other article, in compared order
};

// One entry per article, in compared order.
QList<ArticleDerivation> derivation(const QList<Article> &articles, const Comparison &comparison);

} // namespace parallax
