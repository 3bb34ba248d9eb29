#pragma once

#include "ClaimItems.h"
#include "Facts.h"
#include "Features.h"
#include "Tokenizer.h"

#include <vector>

namespace parallax {

struct Article;
class Vocabulary;

// A sentence of a block that takes part in alignment, as a token range.
struct PreparedSentence {
    int block = 0;    // index into Article::blocks
    int sentence = 0; // index into Block::sentences
    int owner = 0;    // index into PreparedArticle::blocks
    int firstToken = 0;
    int endToken = 0;
    int firstItem = 0; // range of PreparedArticle::items
    int endItem = 0;
    bool negated = false;   // holds "not", "never", "didn't"
    bool hasPronoun = false; // refers to someone as "he", "she", "they"
};

struct PreparedBlock {
    int block = 0; // index into Article::blocks
    int firstToken = 0;
    int endToken = 0;
    int firstSentence = 0; // range of PreparedArticle::sentences
    int endSentence = 0;
};

// Everything alignment needs from one article, worked out once per article
// and then shared read-only by every pair it takes part in.
struct PreparedArticle {
    Language language;               // Language::ofArticle(), which its words are read in
    std::vector<Token> tokens;       // tokens of body and heading blocks, in order
    std::vector<int> tokenSentence;  // prepared sentence of each token, -1 between sentences
    std::vector<bool> tokenIsName;   // capitalised away from the start of its sentence
    std::vector<PreparedBlock> blocks;
    std::vector<PreparedSentence> sentences;
    std::vector<ClaimItem> items;       // what each sentence states; see ClaimItems.h
    std::vector<NumberFact> figures;
    std::vector<DateFact> dates;

    // Filled by weighFeatures() once the whole comparison's statistics are known.
    std::vector<FeatureVector> sentenceFeatures;
    std::vector<FeatureVector> blockFeatures;
    Postings sentencePostings;
    Postings blockPostings;

    int blockTokenCount(int preparedBlock) const
    {
        return blocks[size_t(preparedBlock)].endToken - blocks[size_t(preparedBlock)].firstToken;
    }
};

PreparedArticle prepareArticle(const Article &article, Vocabulary &vocabulary);

// Counts, for each stem, how many sentences of the compared articles hold it.
std::vector<int> sentenceFrequencies(const std::vector<PreparedArticle> &articles, const Vocabulary &vocabulary);

// Builds the feature vectors and postings of one article from the collection
// statistics. Touches only that article, so articles can be weighed in parallel.
void weighFeatures(PreparedArticle &article, const Vocabulary &vocabulary, const StemWeights &weights);

} // namespace parallax
