#pragma once

#include <array>
#include <cstdint>

namespace parallax {

struct Article;

// A MinHash signature (Broder, 1997) of an article's word shingles: the
// share of equal slots between two signatures estimates the Jaccard
// similarity of their shingle sets, in time independent of article length.
inline constexpr int MinHashSlots = 256;
using MinHashSignature = std::array<std::uint32_t, MinHashSlots>;

// Shingles are the stems of single content words and pairs of adjacent
// content words of the body and headings, case-folded. Single words keep a rewrite of the
// same story close (it names the same people and places); pairs keep apart
// stories that only share common words.
MinHashSignature minHashSignature(const Article &article);

double estimatedJaccard(const MinHashSignature &a, const MinHashSignature &b);

} // namespace parallax
