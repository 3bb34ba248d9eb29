#pragma once

#include "align/AlignTypes.h"

#include <QList>

namespace parallax {

struct Article;

// How one article carries a claim. Sole: it is the claim's only carrier, so
// there is nothing to be identical to.
enum class Carriage { Absent, Sole, Identical, Near, Paraphrase };

struct ClaimCell {
    Carriage carriage = Carriage::Absent;
    int block = -1;    // index into Article::blocks, -1 when absent
    int sentence = -1; // index into Block::sentences
    friend bool operator==(const ClaimCell &, const ClaimCell &) = default;
};

// One claim cluster across every compared article.
struct ClaimRow {
    int claim = 0;            // index into Comparison::claims
    int position = 0;         // place in story order
    int carriers = 0;         // articles that carry it
    bool quote = false;       // some carrier's sentence holds quoted speech
    bool number = false;      // some carrier's sentence holds a figure
    QList<ClaimCell> cells;   // one per compared article
    // Of a claim one article makes: the closest sentence elsewhere, invalid
    // when nothing comes close (or the claim is shared).
    NearestSentence nearest = {};
    bool mergedByHand = false; // as ClaimCluster: a person's grouping, not the matcher's
    bool splitByHand = false;
    bool byHand() const { return mergedByHand || splitByHand; }
    friend bool operator==(const ClaimRow &, const ClaimRow &) = default;
};

// Rows in story order: by where the claim is first told, reading the
// articles in the order they were compared (a story lists them by date).
QList<ClaimRow> claimMatrix(const QList<Article> &articles, const Comparison &comparison);

struct ClaimFilter {
    bool uniqueOnly = false;
    int minCarriers = 0; // shared by at least this many articles
    bool quotesOnly = false;
    bool numbersOnly = false;
};

bool acceptsRow(const ClaimFilter &filter, const ClaimRow &row);
QList<ClaimRow> filteredRows(const QList<ClaimRow> &rows, const ClaimFilter &filter);

enum class ClaimOrder { Story, MostCarried, LeastCarried };

// Stable: rows that tie keep their story order.
void sortRows(QList<ClaimRow> &rows, ClaimOrder order);

// The claim's sentence in one article; empty when the cell is absent.
QString cellText(const QList<Article> &articles, int article, const ClaimCell &cell);
// The nearest sentence's text; empty when it is invalid.
QString nearestText(const QList<Article> &articles, const NearestSentence &nearest);

// The index of the row whose claim holds this sentence, -1 when none does.
int rowHolding(const QList<ClaimRow> &rows, int article, int block, int sentence);

} // namespace parallax
