#pragma once

#include "ArticlePane.h"
#include "align/AlignTypes.h"
#include "palette/HighlightPalette.h"

#include <QHash>

namespace parallax {

// What the two panes of a comparison show, worked out once from the
// engine's result: the links oriented left → right, what to colour on each
// side, and the stops of next / previous difference in reading order.
struct PairPresentation {
    enum Side { Left = 0, Right = 1 };

    struct Stop {
        Side side = Left;  // the pane whose paragraph the stop is
        int block = 0;
        int link = -1;     // index into links, -1 for a paragraph only one side has
        bool unique = false;
    };

    static PairPresentation build(const Comparison &comparison, const QList<Article> &articles, int left,
                                  int right, const HighlightPalette &palette);

    int counterpart(Side side, int block, int *link = nullptr) const;

    QList<BlockLink> links; // aBlock is on the left, bBlock on the right
    QHash<int, QColor> paragraphs[2];
    QList<ArticlePane::Highlight> spans[2];
    QList<Stop> stops;
    double shared[2] = {0, 0};
    bool found = false; // the comparison holds this pair
};

} // namespace parallax
