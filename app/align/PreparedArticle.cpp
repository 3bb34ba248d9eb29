#include "PreparedArticle.h"

#include "Vocabulary.h"
#include "core/Article.h"

#include <algorithm>

namespace parallax {

namespace {

// Names and numbers pin a claim down; "Blinken" or "June 18" shared by two
// sentences says more than "officials" does.
constexpr float NameBoost = 1.5f;
constexpr float NumberBoost = 1.5f;

FeatureVector featuresOf(const PreparedArticle &article, int firstToken, int endToken,
                         const Vocabulary &vocabulary, const StemWeights &weights)
{
    FeatureVector vector;
    for (int t = firstToken; t < endToken; ++t) {
        const WordInfo &info = vocabulary.info(article.tokens[size_t(t)].word);
        if (!info.content)
            continue;
        float weight = weights.weight[size_t(info.stem)];
        if (info.number)
            weight *= NumberBoost;
        else if (article.tokenIsName[size_t(t)])
            weight *= NameBoost;
        vector.features.push_back({info.stem, weight, weights.specific[size_t(info.stem)]});
    }
    std::sort(vector.features.begin(), vector.features.end(), [](const Feature &l, const Feature &r) {
        return l.stem < r.stem || (l.stem == r.stem && l.weight > r.weight);
    });
    // One entry a stem, keeping its heaviest occurrence.
    auto last = std::unique(vector.features.begin(), vector.features.end(),
                            [](const Feature &l, const Feature &r) { return l.stem == r.stem; });
    vector.features.erase(last, vector.features.end());
    for (const Feature &f : vector.features)
        vector.total += f.weight;
    return vector;
}

} // namespace

PreparedArticle prepareArticle(const Article &article, Vocabulary &vocabulary)
{
    PreparedArticle prepared;
    prepared.language = Language::ofArticle(article);
    for (int b = 0; b < int(article.blocks.size()); ++b) {
        const Block &block = article.blocks[b];
        if (!takesPartInAlignment(block.role))
            continue;
        PreparedBlock pb;
        pb.block = b;
        pb.firstToken = int(prepared.tokens.size());
        tokenize(block.text, vocabulary, prepared.tokens, prepared.language);
        pb.endToken = int(prepared.tokens.size());
        pb.firstSentence = int(prepared.sentences.size());

        // A token belongs to the sentence its first character falls in.
        int t = pb.firstToken;
        for (int s = 0; s < int(block.sentences.size()); ++s) {
            const Sentence &sentence = block.sentences[s];
            while (t < pb.endToken && prepared.tokens[size_t(t)].start < sentence.start) {
                prepared.tokenSentence.push_back(-1);
                ++t;
            }
            const int first = t;
            while (t < pb.endToken && prepared.tokens[size_t(t)].start < sentence.end) {
                prepared.tokenSentence.push_back(int(prepared.sentences.size()));
                ++t;
            }
            if (t > first)
                prepared.sentences.push_back({b, s, int(prepared.blocks.size()), first, t});
        }
        prepared.tokenSentence.resize(size_t(pb.endToken), -1);
        pb.endSentence = int(prepared.sentences.size());
        prepared.blocks.push_back(pb);
    }

    prepared.tokenIsName.resize(prepared.tokens.size());
    for (size_t t = 0; t < prepared.tokens.size(); ++t) {
        const int sentence = prepared.tokenSentence[t];
        const bool startsSentence = sentence < 0 || prepared.sentences[size_t(sentence)].firstToken == int(t);
        prepared.tokenIsName[t] = prepared.tokens[t].capitalised && !startsSentence;
    }
    collectClaimItems(prepared, article, vocabulary);
    return prepared;
}

std::vector<int> sentenceFrequencies(const std::vector<PreparedArticle> &articles, const Vocabulary &vocabulary)
{
    std::vector<int> frequency(static_cast<size_t>(vocabulary.stemCount()), 0);
    std::vector<int> lastSeen(static_cast<size_t>(vocabulary.stemCount()), -1);
    int sentenceId = 0;
    for (const PreparedArticle &article : articles) {
        for (const PreparedSentence &sentence : article.sentences) {
            for (int t = sentence.firstToken; t < sentence.endToken; ++t) {
                const WordInfo &info = vocabulary.info(article.tokens[size_t(t)].word);
                if (info.content && lastSeen[size_t(info.stem)] != sentenceId) {
                    lastSeen[size_t(info.stem)] = sentenceId;
                    ++frequency[size_t(info.stem)];
                }
            }
            ++sentenceId;
        }
    }
    return frequency;
}

void weighFeatures(PreparedArticle &article, const Vocabulary &vocabulary, const StemWeights &weights)
{
    article.sentenceFeatures.clear();
    for (const PreparedSentence &sentence : article.sentences)
        article.sentenceFeatures.push_back(
            featuresOf(article, sentence.firstToken, sentence.endToken, vocabulary, weights));
    article.blockFeatures.clear();
    for (const PreparedBlock &block : article.blocks)
        article.blockFeatures.push_back(featuresOf(article, block.firstToken, block.endToken, vocabulary, weights));
    weighClaimItems(article, vocabulary, weights);
    article.sentencePostings = Postings::build(article.sentenceFeatures);
    article.blockPostings = Postings::build(article.blockFeatures);
}

} // namespace parallax
