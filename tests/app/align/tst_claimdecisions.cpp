#include "align/ClaimDecisions.h"
#include "core/Article.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

// Three stored articles (ids 11, 12, 13) of two one-sentence blocks each.
QList<Article> articles()
{
    QList<Article> list;
    for (int a = 0; a < 3; ++a) {
        Article article;
        article.id = 11 + a;
        for (int b = 0; b < 2; ++b)
            article.blocks.append(Block{u"Sentence %1 of article %2."_s.arg(b).arg(a), BlockRole::Body, false, {{0, 26}}});
        list.append(article);
    }
    return list;
}

// As the matcher might leave them: the first blocks of all three one
// claim (0), each second block a unique claim (1, 2, 3).
Comparison comparison()
{
    Comparison c;
    c.claims = {{0, false, {{0, 0, 0}, {1, 0, 0}, {2, 0, 0}}, {}},
                {1, true, {{0, 1, 0}}, {1, 1, 0, 0.31}},
                {2, true, {{1, 1, 0}}, {0, 1, 0, 0.31}},
                {3, true, {{2, 1, 0}}, {}}};
    return c;
}

SentenceRef ref(qint64 article, int block)
{
    return {article, block, 0};
}

const ClaimCluster *claimWith(const Comparison &c, int article, int block)
{
    for (const ClaimCluster &claim : c.claims) {
        for (const ClaimMember &m : claim.members) {
            if (m.article == article && m.block == block)
                return &claim;
        }
    }
    return nullptr;
}

} // namespace

class TestClaimDecisions final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noDecisionsChangeNothing()
    {
        Comparison c = comparison();
        QVERIFY(applyClaimDecisions(c, articles(), {}).isEmpty());
        QCOMPARE(c, comparison());
    }

    // "Same as closest elsewhere" on the first article's own claim.
    void sameMergesTwoUniqueClaims()
    {
        Comparison c = comparison();
        QVERIFY(applyClaimDecisions(c, articles(), {{ref(11, 1), ref(12, 1), true}}).isEmpty());
        QCOMPARE(c.claims.size(), 3);
        const ClaimCluster *merged = claimWith(c, 0, 1);
        QVERIFY(merged);
        QCOMPARE(merged, claimWith(c, 1, 1));
        QCOMPARE(merged->id, 1); // the smaller id of the two
        QVERIFY(!merged->unique);
        QVERIFY(merged->mergedByHand && !merged->splitByHand && merged->byHand());
        QVERIFY(!merged->nearest.isValid()); // unique claims only
        QCOMPARE(merged->members, (QList<ClaimMember>{{0, 1, 0}, {1, 1, 0}}));
        // Untouched claims are as the matcher left them.
        QCOMPARE(*claimWith(c, 0, 0), comparison().claims[0]);
        QCOMPARE(*claimWith(c, 2, 1), comparison().claims[3]);
    }

    void sameJoinsAUniqueClaimToASharedOne()
    {
        Comparison c = comparison();
        // Article 13's own sentence and article 11's are one claim, then
        // that claim is the same as the shared one: refused, 11 is in both.
        const QList<RefusedClaimDecision> refused =
            applyClaimDecisions(c, articles(), {{ref(13, 1), ref(11, 1), true}, {ref(11, 1), ref(12, 0), true}});
        QCOMPARE(refused, (QList<RefusedClaimDecision>{{1, ClaimDecisionRefusal::SameArticle}}));
        QCOMPARE(claimWith(c, 2, 1), claimWith(c, 0, 1));
        QCOMPARE(claimWith(c, 0, 1)->members.size(), 2);
        QCOMPARE(claimWith(c, 0, 0)->members.size(), 3);
        QVERIFY(!claimWith(c, 0, 0)->byHand());

        // Article 12's own sentence joins the shared claim? 12 is in it already.
        Comparison d = comparison();
        QCOMPARE(applyClaimDecisions(d, articles(), {{ref(12, 1), ref(11, 0), true}}).size(), 1);
        QCOMPARE(d, comparison());
    }

    void sameOnOneArticleIsRefused()
    {
        Comparison c = comparison();
        const auto refused = applyClaimDecisions(c, articles(), {{ref(11, 0), ref(11, 1), true}});
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().decision, 0);
        QCOMPARE(refused.first().reason, ClaimDecisionRefusal::SameArticle);
        QCOMPARE(c, comparison());
    }

    // "Not the same claim — split": 12's sentence leaves the shared claim.
    void differentSplitsASentenceOut()
    {
        Comparison c = comparison();
        QVERIFY(applyClaimDecisions(c, articles(), {{ref(12, 0), ref(11, 0), false}}).isEmpty());
        QCOMPARE(c.claims.size(), 5);
        const ClaimCluster *rest = claimWith(c, 0, 0);
        QCOMPARE(rest->id, 0);
        QCOMPARE(rest->members, (QList<ClaimMember>{{0, 0, 0}, {2, 0, 0}}));
        QVERIFY(!rest->unique && rest->splitByHand && !rest->mergedByHand);
        const ClaimCluster *alone = claimWith(c, 1, 0);
        QCOMPARE(alone->id, 4); // past every id the comparison held
        QVERIFY(alone->unique && alone->splitByHand);
        QVERIFY(!alone->nearest.isValid());
        QCOMPARE(alone->members, (QList<ClaimMember>{{1, 0, 0}}));

        // Then 13's too: the first article's sentence is left alone, unique.
        QVERIFY(applyClaimDecisions(c, articles(), {{ref(13, 0), ref(11, 0), false}}).isEmpty());
        QVERIFY(claimWith(c, 0, 0)->unique);
        QCOMPARE(claimWith(c, 2, 0)->id, 5);
    }

    void differentOnSentencesApartChangesNothing()
    {
        Comparison c = comparison();
        QVERIFY(applyClaimDecisions(c, articles(), {{ref(11, 1), ref(12, 1), false}}).isEmpty());
        QCOMPARE(c, comparison());
    }

    void laterDecisionsActOnWhatEarlierOnesLeft()
    {
        Comparison c = comparison();
        applyClaimDecisions(c, articles(), {{ref(11, 1), ref(12, 1), true}, {ref(12, 1), ref(11, 1), false}});
        const ClaimCluster *back = claimWith(c, 1, 1);
        QVERIFY(back->unique && back->splitByHand);
        QVERIFY(claimWith(c, 0, 1)->mergedByHand && claimWith(c, 0, 1)->splitByHand);
        QVERIFY(claimWith(c, 0, 1)->unique);
    }

    void sameClaimsAndDecisionsGiveTheSameResult()
    {
        const QList<ClaimDecision> decisions{{ref(12, 0), ref(11, 0), false},
                                             {ref(12, 0), ref(13, 1), true},
                                             {ref(11, 1), ref(13, 0), false},
                                             {ref(13, 0), ref(11, 0), false}};
        Comparison first = comparison();
        Comparison second = comparison();
        applyClaimDecisions(first, articles(), decisions);
        applyClaimDecisions(second, articles(), decisions);
        QCOMPARE(first, second);
        QSet<int> ids;
        for (const ClaimCluster &claim : first.claims)
            ids.insert(claim.id);
        QCOMPARE(ids.size(), first.claims.size());
        // Articles compared in another order name the same sentences.
        QList<Article> reversed = articles();
        std::reverse(reversed.begin(), reversed.end());
        Comparison mirrored;
        for (ClaimCluster claim : comparison().claims) {
            for (ClaimMember &m : claim.members)
                m.article = 2 - m.article;
            mirrored.claims.append(claim);
        }
        applyClaimDecisions(mirrored, reversed, decisions);
        QCOMPARE(mirrored.claims.size(), first.claims.size());
        QCOMPARE(claimWith(mirrored, 1, 0)->members.size(), 2); // 12's first sentence with 13's second
        QVERIFY(claimWith(mirrored, 1, 0) == claimWith(mirrored, 0, 1));
    }

    void decisionsOnSentencesNotComparedAreSkipped()
    {
        Comparison c = comparison();
        const QList<ClaimDecision> decisions{
            {ref(99, 0), ref(11, 1), true},     // an article not in this comparison
            {ref(11, 5), ref(12, 1), true},     // a block it does not have
            {{11, 1, 3}, ref(12, 1), true},     // a sentence it does not have
            {ref(0, 1), ref(12, 1), true},      // an article never stored
            {ref(11, 1), ref(11, 1), false},    // a sentence and itself
        };
        QVERIFY(applyClaimDecisions(c, articles(), decisions).isEmpty());
        QCOMPARE(c, comparison());

        // An unstored article (id 0) is never named, even when the list
        // holds several.
        QList<Article> unstored = articles();
        unstored[0].id = 0;
        unstored[1].id = 0;
        Comparison d = comparison();
        QVERIFY(applyClaimDecisions(d, unstored, {{ref(0, 1), ref(0, 1), true}}).isEmpty());
        QCOMPARE(d, comparison());
    }

    void membersNameTheirLibrarySentence()
    {
        QCOMPARE(sentenceRef(articles(), {2, 1, 0}), ref(13, 1));
        QCOMPARE(sentenceRef(articles(), {7, 1, 0}).article, 0);
    }
};

QTEST_GUILESS_MAIN(TestClaimDecisions)
#include "tst_claimdecisions.moc"
