#pragma once

#include "Features.h"

#include <vector>

namespace parallax {

struct ParagraphLink {
    int a = 0; // prepared block indexes
    int b = 0;
    float score = 0;
    bool moved = false;
};

// Links the paragraphs of two articles. dtl finds the longest in-order chain
// of pairs scoring at least linkThreshold (the backbone); then the remaining
// strong pairs are added greedily, best first: a pair that crosses the
// backbone needs moveThreshold and is marked moved, and a paragraph already
// linked may take a second partner only at moveThreshold (one article merged
// two wire paragraphs into one). candidates may hold pairs below the
// thresholds; they are ignored.
std::vector<ParagraphLink> alignParagraphs(int aCount, int bCount, const std::vector<ScoredPair> &candidates,
                                           double linkThreshold, double moveThreshold);

} // namespace parallax
