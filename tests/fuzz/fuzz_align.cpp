// Alignment of two fuzzed articles, pairwise and as an N-way comparison.
#include "FuzzSupport.h"
#include "align/Aligner.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace parallax;
    const auto [first, second] = fuzz::splitInTwo(fuzz::bytes(data, size));
    const std::optional<Article> a = fuzz::readArticle(first);
    const std::optional<Article> b = fuzz::readArticle(second);
    if (!a || !b)
        return 0;
    const PairAlignment pair = alignPair(*a, *b);
    for (const BlockLink &link : pair.links) {
        if (link.aBlock < 0 || link.aBlock >= a->blocks.size() || link.bBlock < 0 || link.bBlock >= b->blocks.size())
            fuzz::broken("links join blocks that exist");
        if (!(link.score >= 0.0 && link.score <= 1.0))
            fuzz::broken("scores are in [0, 1]");
    }
    compareArticles({*a, *b, *a});
    return 0;
}
