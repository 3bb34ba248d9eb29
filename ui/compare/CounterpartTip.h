#pragma once

#include "PairPresentation.h"

#include <QCoreApplication>

namespace parallax {

// What the tooltip over a place in one pane says, in plain text: the
// sentence the other side has for it and that side's outlet, or that only
// this article says it. Empty where nothing is highlighted.
class CounterpartTip final
{
    Q_DECLARE_TR_FUNCTIONS(CounterpartTip)
public:
    using Side = PairPresentation::Side;

    // left and right index articles; block and offset are the hovered place.
    static QString text(const PairPresentation &presentation, const Comparison &comparison,
                        const QList<Article> &articles, int left, int right, Side side, int block, int offset);
};

} // namespace parallax
