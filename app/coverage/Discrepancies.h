#pragma once

#include "align/Facts.h"
#include "align/AlignTypes.h"

#include <QList>
#include <QString>

namespace parallax {

struct Article;

// Opposite: "rose" against "fell"; Negation: one outlet denies what the
// other states.
enum class DiscrepancyKind { Number, Date, Name, Title, Opposite, Negation };

// Two outlets telling one claim with facts that cannot both be right:
// "300 billion" against "200 billion", "June 18" against "June 19", Qin Gang
// against Wang Yi, "rose" against "fell". Rewordings that say the same
// ("June 18-19" and "Sunday and Monday", "$300bn" and "300 billion
// dollars") are not discrepancies.
struct Discrepancy {
    int claim = 0; // index into Comparison::claims
    DiscrepancyKind kind = DiscrepancyKind::Number;
    ClaimMember a;
    ClaimMember b;
    TextRange aRange; // in the sentence's block text
    TextRange bRange;
    QString aText;
    QString bText;
};

// The sentence pairs the matcher found telling one frame with a different
// fact (Comparison::clashes), which are never one claim; then, for every
// claim carried by two or more articles, each pair of its distinct wordings
// compared once (a wording several outlets share is reported with the
// first of them).
QList<Discrepancy> findDiscrepancies(const QList<Article> &articles, const Comparison &comparison);

// The discrepancies between two wordings of one claim, with ranges into
// the two strings; what findDiscrepancies does for each pair of sentences.
struct FactClash {
    DiscrepancyKind kind = DiscrepancyKind::Number;
    TextRange a;
    TextRange b;
};
QList<FactClash> factClashes(const QString &a, const QString &b);

} // namespace parallax
