// The alignment engine on small hand-made cases: normalised tokens and their
// offsets, link kinds, moves, exact spans, claims, the cache codec, and the
// N-way controls.

#include "AlignTestSupport.h"

#include "align/Aligner.h"
#include "align/CandidatePairs.h"
#include "align/ComparisonCodec.h"
#include "align/PreparedArticle.h"
#include "align/Stemmer.h"
#include "align/Tokenizer.h"
#include "align/Vocabulary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

// "aBlock-bBlock-kind" plus "-moved" when moved, in link order.
QStringList describe(const PairAlignment &pair)
{
    QStringList out;
    for (const BlockLink &l : pair.links) {
        out.append(u"%1-%2-%3"_s.arg(l.aBlock).arg(l.bBlock).arg(linkKindName(l.kind))
                   + (l.moved ? u"-moved"_s : QString()));
    }
    return out;
}

const QString Lead = u"The city council voted on Monday to close the Harbour Road bridge for six months of repairs."_s;
const QString Cost = u"The work will cost 4.2 million euros and start in September, officials said."_s;
const QString Mayor = u"Mayor Lena Holt called the decision painful but necessary for public safety."_s;
const QString Ferry = u"A temporary ferry service will carry pedestrians across the river from October."_s;

} // namespace

class TestAligner final : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data();
    void tokens();
    void stems_data();
    void stems();
    void links_data();
    void links();
    void spansAreExact();
    void commonWordsNeverLightUp();
    void furnitureTakesNoPart();
    void claims();
    void claimHoldsOneSentencePerArticle();
    void paraphraseNeedsSpecificWords();
    void sharedWordFigures();
    void codecRoundTrip();
    void keyFollowsRoles();
    void cancelAndProgress();
    void candidatesStayWithinStories();
};

void TestAligner::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QList<int>>("ranges"); // start, end for each word

    QTest::newRow("initialism") << u"U.S. officials"_s << QStringList{u"us"_s, u"officials"_s} << QList<int>{0, 3, 5, 14};
    QTest::newRow("single letters apart") << u"A U.S. ship"_s << QStringList{u"a"_s, u"us"_s, u"ship"_s}
                                          << QList<int>{0, 1, 2, 5, 7, 11};
    QTest::newRow("united states") << u"the United States said"_s << QStringList{u"the"_s, u"us"_s, u"said"_s}
                                   << QList<int>{0, 3, 4, 17, 18, 22};
    QTest::newRow("curly apostrophe") << u"Biden’s plan"_s << QStringList{u"biden's"_s, u"plan"_s} << QList<int>{0, 7, 8, 12};
    QTest::newRow("quotes and dashes") << u"“Yes” — she said"_s << QStringList{u"yes"_s, u"she"_s, u"said"_s}
                                       << QList<int>{1, 4, 8, 11, 12, 16};
    QTest::newRow("thousands") << u"5,000 people"_s << QStringList{u"5000"_s, u"people"_s} << QList<int>{0, 5, 6, 12};
    QTest::newRow("decimal") << u"4.2 million"_s << QStringList{u"4.2"_s, u"million"_s} << QList<int>{0, 3, 4, 11};
    QTest::newRow("percent sign") << u"31% full"_s << QStringList{u"31"_s, u"percent"_s, u"full"_s} << QList<int>{0, 2, 2, 3, 4, 8};
    QTest::newRow("per cent") << u"31 per cent"_s << QStringList{u"31"_s, u"percent"_s} << QList<int>{0, 2, 3, 11};
    QTest::newRow("accents") << u"Zürich CAFÉ"_s << QStringList{u"zurich"_s, u"cafe"_s} << QList<int>{0, 6, 7, 11};
    QTest::newRow("abbreviation") << u"Sept. 5"_s << QStringList{u"september"_s, u"5"_s} << QList<int>{0, 4, 6, 7};
    QTest::newRow("hyphen splits") << u"state-run"_s << QStringList{u"state"_s, u"run"_s} << QList<int>{0, 5, 6, 9};
    QTest::newRow("outside the BMP") << u"😀 word"_s << QStringList{u"word"_s} << QList<int>{3, 7};
    QTest::newRow("compatibility form") << u"ﬁnal"_s << QStringList{u"final"_s} << QList<int>{0, 4};
    // Chinese has no spaces: ICU's dictionary finds the words, offsets stay
    // in the text.
    QTest::newRow("chinese") << u"他抵达北京。"_s << QStringList{u"他"_s, u"抵达"_s, u"北京"_s}
                             << QList<int>{0, 1, 1, 3, 3, 5};
    QTest::newRow("latin inside chinese") << u"G20峰会"_s << QStringList{u"g20"_s, u"峰会"_s} << QList<int>{0, 3, 3, 5};
}

void TestAligner::tokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QFETCH(QList<int>, ranges);

    Vocabulary vocabulary;
    std::vector<Token> tokens;
    tokenize(text, vocabulary, tokens);
    QCOMPARE(int(tokens.size()), words.size());
    for (int i = 0; i < words.size(); ++i) {
        QCOMPARE(tokens[size_t(i)].word, vocabulary.intern(words[i].toStdU16String()));
        QCOMPARE(tokens[size_t(i)].start, ranges[2 * i]);
        QCOMPARE(tokens[size_t(i)].end, ranges[2 * i + 1]);
    }
}

void TestAligner::stems_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("same");
    QTest::addColumn<QString>("language");

    QTest::newRow("plural") << u"visits"_s << u"visit"_s << u"en"_s;
    QTest::newRow("past") << u"visited"_s << u"visiting"_s << u"en"_s;
    QTest::newRow("doubled consonant") << u"stopped"_s << u"stop"_s << u"en"_s;
    QTest::newRow("final e") << u"raised"_s << u"raise"_s << u"en"_s;
    QTest::newRow("ies") << u"policies"_s << u"policy"_s << u"en"_s;
    QTest::newRow("irregular") << u"met"_s << u"meeting"_s << u"en"_s;
    QTest::newRow("demonym") << u"chinese"_s << u"china"_s << u"en"_s;
    QTest::newRow("possessive") << u"biden's"_s << u"biden"_s << u"en"_s;
    QTest::newRow("spelled number") << u"two"_s << u"2"_s << u"en"_s;
    QTest::newRow("german plural") << u"Gespräche"_s << u"Gespräch"_s << u"de"_s;
    QTest::newRow("german ß") << u"Straße"_s << u"Strasse"_s << u"de"_s;
    QTest::newRow("french feminine") << u"arrivée"_s << u"arrivé"_s << u"fr"_s;
    QTest::newRow("french elision") << u"l'armée"_s << u"armées"_s << u"fr"_s;
    QTest::newRow("spanish plural") << u"negociaciones"_s << u"negociación"_s << u"es"_s;
    QTest::newRow("spanish accent comes and goes") << u"países"_s << u"país"_s << u"es"_s;
    QTest::newRow("arabic article") << u"الوزير"_s << u"وزير"_s << u"ar"_s;
    QTest::newRow("arabic and the") << u"والوزير"_s << u"بالوزير"_s << u"ar"_s;
    QTest::newRow("arabic hamza") << u"أمريكا"_s << u"امريكا"_s << u"ar"_s;
}

void TestAligner::stems()
{
    QFETCH(QString, word);
    QFETCH(QString, same);
    QFETCH(QString, language);
    const Language lang = Language::fromTag(language);
    Vocabulary vocabulary;
    std::vector<Token> a;
    std::vector<Token> b;
    tokenize(word, vocabulary, a, lang);
    tokenize(same, vocabulary, b, lang);
    QCOMPARE(a.size(), size_t(1));
    QCOMPARE(b.size(), size_t(1));
    QCOMPARE(vocabulary.info(a[0].word).stem, vocabulary.info(b[0].word).stem);
    QVERIFY(isNumberWord(u"2023") && isNumberWord(u"two") && !isNumberWord(u"tower"));
}

void TestAligner::links_data()
{
    QTest::addColumn<QStringList>("a");
    QTest::addColumn<QStringList>("b");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("identical despite quotes and case")
        << QStringList{u"He said: \"The bridge is unsafe.\""_s}
        << QStringList{u"He said: “the bridge is UNSAFE.”"_s} << QStringList{u"0-0-identical"_s};
    QTest::newRow("near: a word changed") << QStringList{Lead} << QStringList{QString(Lead).replace(u"voted"_s, u"decided"_s)}
                                          << QStringList{u"0-0-near"_s};
    QTest::newRow("near: wire copy plus a sentence")
        << QStringList{Cost} << QStringList{Cost + u" Local traders fear they will lose customers."_s}
        << QStringList{u"0-0-near"_s};
    QTest::newRow("paraphrase")
        << QStringList{Mayor}
        << QStringList{u"Calling it painful, Lena Holt, the mayor, said public safety made the decision necessary."_s}
        << QStringList{u"0-0-paraphrase"_s};
    QTest::newRow("moved paragraph") << QStringList{Lead, Cost, Mayor, Ferry} << QStringList{Lead, Mayor, Ferry, Cost}
                                     << QStringList{u"0-0-identical"_s, u"1-3-identical-moved"_s, u"2-1-identical"_s,
                                                    u"3-2-identical"_s};
    QTest::newRow("chinese: a title dropped")
        << QStringList{u"美国国务卿布林肯周日抵达北京，开始为期两天的访问。"_s}
        << QStringList{u"布林肯周日抵达北京，开始为期两天的访问。"_s} << QStringList{u"0-0-near"_s};
    QTest::newRow("unrelated") << QStringList{Lead}
                               << QStringList{u"The national football team lost its opening match in Lisbon."_s}
                               << QStringList{};
}

void TestAligner::links()
{
    QFETCH(QStringList, a);
    QFETCH(QStringList, b);
    QFETCH(QStringList, expected);
    const PairAlignment pair = alignPair(test::article(a), test::article(b));
    QCOMPARE(describe(pair), expected);
    for (const BlockLink &l : pair.links)
        QVERIFY(l.score > 0 && l.score <= 1);
}

void TestAligner::spansAreExact()
{
    const QString a = u"The mayor said the new bridge will open in May next year."_s;
    const QString b = u"Officials confirmed that the new bridge will open in May, after delays."_s;
    const PairAlignment pair = alignPair(test::article({a}), test::article({b}), AlignSettings{});
    QCOMPARE(pair.links.size(), 1);
    QCOMPARE(pair.links[0].spans.size(), 1);
    const SharedSpan span = pair.links[0].spans[0];
    const QString shared = u"the new bridge will open in May"_s;
    QCOMPARE(a.mid(span.aStart, span.aEnd - span.aStart), shared);
    QCOMPARE(b.mid(span.bStart, span.bEnd - span.bStart), shared);
}

void TestAligner::commonWordsNeverLightUp()
{
    const QString a = u"Ferry tickets will cost two euros, the operator said on the quay at Marston harbour."_s;
    const QString b = u"Ferry tickets will be free for children, said the operator of the Marston harbour line."_s;
    const PairAlignment pair = alignPair(test::article({a}), test::article({b}));
    for (const BlockLink &l : pair.links) {
        for (const SharedSpan &s : l.spans)
            QVERIFY2(s.aEnd - s.aStart > 12, qPrintable(a.mid(s.aStart, s.aEnd - s.aStart)));
    }
}

void TestAligner::furnitureTakesNoPart()
{
    Article a = test::article({u"Subscribe to our newsletter for the latest headlines every morning."_s, Lead});
    Article b = test::article({Lead, u"Subscribe to our newsletter for the latest headlines every morning."_s});
    a.blocks[0].role = BlockRole::Furniture;
    b.blocks[1].role = BlockRole::Caption;
    const Comparison c = compareArticles({a, b});
    QCOMPARE(describe(c.pairs.value(0)), QStringList{u"1-0-identical"_s});
    for (const ClaimCluster &claim : c.claims) {
        for (const ClaimMember &m : claim.members)
            QVERIFY(!(m.article == 0 && m.block == 0) && !(m.article == 1 && m.block == 1));
    }
}

void TestAligner::claims()
{
    const QString own = u"Shop owners on Dock Street say their takings have halved since the closure began."_s;
    const Comparison c = compareArticles({test::article({Lead + u' ' + own}), test::article({Lead}),
                                          test::article({u"Repairs: "_s + Lead})});
    QCOMPARE(c.claims.size(), 2);
    const ClaimCluster &shared = c.claims[0];
    QVERIFY(!shared.unique);
    QCOMPARE(shared.members, (QList<ClaimMember>{{0, 0, 0}, {1, 0, 0}, {2, 0, 0}}));
    const ClaimCluster &unique = c.claims[1];
    QVERIFY(unique.unique);
    QCOMPARE(unique.members, (QList<ClaimMember>{{0, 0, 1}}));
    for (int i = 0; i < c.claims.size(); ++i)
        QCOMPARE(c.claims[i].id, i);
}

void TestAligner::claimHoldsOneSentencePerArticle()
{
    // Article 0 repeats its lead as a summary line; only one copy joins b's
    // lead, the other stays a claim of its own.
    const Comparison c = compareArticles({test::article({Lead, Mayor, Lead}), test::article({Lead})});
    for (const ClaimCluster &claim : c.claims) {
        QSet<int> articles;
        for (const ClaimMember &m : claim.members) {
            QVERIFY2(!articles.contains(m.article), "two sentences of one article in one claim");
            articles.insert(m.article);
        }
    }
    const auto joined = std::find_if(c.claims.begin(), c.claims.end(),
                                     [](const ClaimCluster &claim) { return !claim.unique; });
    QVERIFY(joined != c.claims.end());
    QCOMPARE(joined->members.size(), 2);
}

void TestAligner::paraphraseNeedsSpecificWords()
{
    // A story about the bridge: "council", "bridge" and "Harbour Road" are in
    // every sentence, so sharing them says nothing. The ferry sentences say
    // the same thing in other words and share rarer ones.
    const Article a = test::article({
        u"The council will shut the Harbour Road bridge for repairs."_s,
        u"Council engineers found cracks in the Harbour Road bridge last spring."_s,
        u"A temporary ferry will carry pedestrians across the river from October, the council said."_s,
        u"Councillors on the Harbour Road bridge committee met shopkeepers on Friday."_s,
    });
    const Article b = test::article({
        u"Harbour Road bridge is to close, the council confirmed."_s,
        u"From October, pedestrians can cross the river on a temporary ferry while the council's bridge is shut."_s,
        u"The council's bridge budget for Harbour Road was cut in 2024."_s,
    });
    const Comparison c = compareArticles({a, b});
    auto claimOf = [&c](int article, int block) {
        for (const ClaimCluster &claim : c.claims) {
            for (const ClaimMember &m : claim.members) {
                if (m.article == article && m.block == block)
                    return claim.id;
            }
        }
        return -1;
    };
    QCOMPARE(claimOf(0, 2), claimOf(1, 1));
    QVERIFY(claimOf(0, 3) != claimOf(1, 2));
    QVERIFY(claimOf(0, 1) != claimOf(1, 2));
}

void TestAligner::sharedWordFigures()
{
    const PairAlignment pair = alignPair(test::article({Lead, Mayor}), test::article({Lead}));
    // Article a's lead is 17 of its 29 words; all of b is shared.
    QCOMPARE(pair.sharedB, 1.0);
    QVERIFY(qAbs(pair.sharedA - 17.0 / 29.0) < 1e-9);
}

void TestAligner::codecRoundTrip()
{
    const Comparison c = compareArticles({test::article({Lead, Cost, Mayor}), test::article({Mayor, Lead, Ferry}),
                                          test::article({Ferry, Cost})});
    QVERIFY(!c.pairs.isEmpty() && !c.claims.isEmpty());
    const std::optional<Comparison> back = decodeComparison(encodeComparison(c));
    QVERIFY(back);
    QCOMPARE(*back, c);
    QVERIFY(!decodeComparison("not cbor"_ba));
}

void TestAligner::keyFollowsRoles()
{
    Article a = test::article({Lead, Cost});
    const Article b = test::article({Mayor});
    const QByteArray key = comparisonKey({a, b}, {});
    QCOMPARE(comparisonKey({a, b}, {}), key);
    a.sourcePath = u"elsewhere.txt"_s;
    QCOMPARE(comparisonKey({a, b}, {}), key);
    a.blocks[1].role = BlockRole::Furniture;
    QVERIFY(comparisonKey({a, b}, {}) != key);
    AlignSettings settings;
    settings.minRunWords = 6;
    QVERIFY(comparisonKey({test::article({Lead, Cost}), b}, settings) != key);
}

void TestAligner::cancelAndProgress()
{
    const QList<Article> articles{test::article({Lead}), test::article({Cost}), test::article({Mayor})};
    std::atomic<bool> cancel = true;
    QVERIFY(!compareArticles(articles, {}, CompareControl{&cancel, {}}));

    cancel = false;
    std::atomic<int> calls = 0;
    std::atomic<int> lastTotal = 0;
    const std::optional<Comparison> c =
        compareArticles(articles, {}, CompareControl{&cancel, [&](int, int total) {
                                                         ++calls;
                                                         lastTotal = total;
                                                     }});
    QVERIFY(c);
    QCOMPARE(calls.load(), 3);
    QCOMPARE(lastTotal.load(), 3);
}

void TestAligner::candidatesStayWithinStories()
{
    const QList<Article> articles{
        test::article({Lead, Cost}),
        test::article({u"Heavy snow closed the Brenner motorway near Innsbruck for nine hours on Sunday."_s}),
        test::article({Lead, Mayor}),
        test::article({u"Snow closed the Brenner motorway near Innsbruck on Sunday, stranding lorries."_s}),
    };
    AlignSettings settings;
    settings.allPairsUpTo = 2;
    Vocabulary vocabulary;
    std::vector<PreparedArticle> prepared;
    for (const Article &a : articles)
        prepared.push_back(prepareArticle(a, vocabulary));
    const auto pairs = candidatePairs(prepared, vocabulary, settings);
    QCOMPARE(pairs, (std::vector<std::pair<int, int>>{{0, 2}, {1, 3}}));
}

QTEST_GUILESS_MAIN(TestAligner)
#include "tst_aligner.moc"
