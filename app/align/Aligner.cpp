#include "Aligner.h"

#include "CandidatePairs.h"
#include "ClaimClusterer.h"
#include "PairAligner.h"
#include "PreparedArticle.h"
#include "SentenceMatcher.h"
#include "StoryAliases.h"
#include "Vocabulary.h"
#include "core/Article.h"

#include <QtConcurrent/QtConcurrentMap>

namespace parallax {

namespace {

struct PreparedSet {
    Vocabulary vocabulary{WordNet::system()};
    std::vector<PreparedArticle> articles;
    StoryAliases aliases;
};

bool cancelled(const CompareControl &control)
{
    return control.cancel && control.cancel->load(std::memory_order_relaxed);
}

std::optional<PreparedSet> prepare(const QList<Article> &articles, const CompareControl &control)
{
    PreparedSet set;
    set.articles.reserve(size_t(articles.size()));
    // One shared vocabulary, so word ids mean the same in every article.
    for (const Article &article : articles) {
        if (cancelled(control))
            return std::nullopt;
        set.articles.push_back(prepareArticle(article, set.vocabulary));
    }
    int sentences = 0;
    for (const PreparedArticle &article : set.articles)
        sentences += int(article.sentences.size());
    const StemWeights weights =
        stemWeights(sentenceFrequencies(set.articles, set.vocabulary), sentences, int(set.articles.size()));
    QtConcurrent::blockingMap(set.articles, [&set, &weights](PreparedArticle &article) {
        weighFeatures(article, set.vocabulary, weights);
    });
    set.aliases = StoryAliases::learn(set.articles, set.vocabulary);
    return set;
}

struct PairJob {
    int a = 0;
    int b = 0;
    PairResult result;
};

ClaimMember memberOf(const PreparedArticle &article, int index, int sentence)
{
    const PreparedSentence &s = article.sentences[size_t(sentence)];
    return {index, s.block, s.sentence};
}

SentenceClash sentenceClash(const PreparedArticle &a, const PreparedArticle &b, int indexA, int indexB,
                            const PreparedClash &clash)
{
    SentenceClash out{memberOf(a, indexA, clash.a), memberOf(b, indexB, clash.b), clash.kind, 0, 0, 0, 0, clash.score};
    if (clash.aEndToken > clash.aFirstToken) {
        out.aStart = a.tokens[size_t(clash.aFirstToken)].start;
        out.aEnd = a.tokens[size_t(clash.aEndToken - 1)].end;
        out.bStart = b.tokens[size_t(clash.bFirstToken)].start;
        out.bEnd = b.tokens[size_t(clash.bEndToken - 1)].end;
    }
    return out;
}

} // namespace

PairAlignment alignPair(const Article &a, const Article &b, const AlignSettings &settings)
{
    std::optional<PreparedSet> set = prepare({a, b}, {});
    PairAlignment alignment = alignPrepared(set->articles[0], set->articles[1], {set->vocabulary, set->aliases}, settings).alignment;
    alignment.a = 0;
    alignment.b = 1;
    return alignment;
}

Comparison compareArticles(const QList<Article> &articles, const AlignSettings &settings)
{
    return *compareArticles(articles, settings, {});
}

std::optional<Comparison> compareArticles(const QList<Article> &articles, const AlignSettings &settings,
                                          const CompareControl &control)
{
    std::optional<PreparedSet> set = prepare(articles, control);
    if (!set)
        return std::nullopt;

    std::vector<PairJob> jobs;
    // Articles in different languages share no words (Vocabulary.h); they
    // are compared only within their language.
    for (const auto &[a, b] : candidatePairs(set->articles, set->vocabulary, settings)) {
        if (set->articles[size_t(a)].language == set->articles[size_t(b)].language)
            jobs.push_back({a, b, {}});
    }
    std::atomic<int> done = 0;
    const int total = int(jobs.size());
    auto align = [&](PairJob &job) {
        if (cancelled(control))
            return;
        job.result = alignPrepared(set->articles[size_t(job.a)], set->articles[size_t(job.b)],
                                   {set->vocabulary, set->aliases}, settings);
        const int finished = ++done;
        if (control.progress)
            control.progress(finished, total);
    };
    // A thread pool costs more than a single pair takes.
    if (jobs.size() == 1)
        align(jobs.front());
    else
        QtConcurrent::blockingMap(jobs, align);
    if (cancelled(control))
        return std::nullopt;

    Comparison comparison;
    std::vector<ClaimEdge> edges;
    std::vector<std::vector<bool>> compared(static_cast<size_t>(articles.size()), std::vector<bool>(size_t(articles.size()), false));
    for (PairJob &job : jobs) {
        job.result.alignment.a = job.a;
        job.result.alignment.b = job.b;
        comparison.pairs.append(std::move(job.result.alignment));
        compared[size_t(job.a)][size_t(job.b)] = true;
        for (const SentenceEdge &e : job.result.edges)
            edges.push_back({job.a, e.a, job.b, e.b, e.strength});
        for (const PreparedClash &c : job.result.clashes)
            comparison.clashes.append(sentenceClash(set->articles[size_t(job.a)], set->articles[size_t(job.b)], job.a, job.b, c));
    }

    std::vector<std::vector<ClaimSentence>> sentences;
    for (const PreparedArticle &article : set->articles) {
        std::vector<ClaimSentence> own;
        for (const PreparedSentence &s : article.sentences)
            own.push_back({s.block, s.sentence});
        sentences.push_back(std::move(own));
    }
    comparison.claims = ClaimClusterer(std::move(sentences)).cluster(edges, settings.claimThreshold, compared);
    return comparison;
}

} // namespace parallax
