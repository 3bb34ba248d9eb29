// The public `compare --json` format 1 against a golden file, and the
// conversion of UTF-16 offsets to code points.
// After an intended change of the output, regenerate the golden file with
//   PARALLAX_REGENERATE_GOLDEN=1 build/<dir>/tests/app/tst_comparejson
// and review the diff before committing it.

#include "../align/AlignTestSupport.h"

#include "align/Aligner.h"
#include "align/ClaimDecisions.h"
#include "export/CompareJson.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

QList<Article> story()
{
    Article a = test::article({u"Harbour bridge to close for repairs"_s,
                               u"😀 The city council voted on Monday to close the Harbour Road bridge for six months. "
                               u"Traders on the quay fear for their takings."_s,
                               u"Advertisement"_s},
                              u"/data/ellery.txt"_s);
    a.id = 7;
    a.language = u"en"_s;
    a.blocks[0].role = BlockRole::Heading;
    a.blocks[2].role = BlockRole::Furniture;
    a.meta = {u"Ellery Courier"_s, u"Harbour bridge to close for repairs"_s, u"Ana Brill"_s, QDate(2026, 3, 14),
              u"https://courier.example/bridge"_s};
    const Article b = test::article({u"The city council voted on Monday to close the Harbour Road bridge for six months. "
                                     u"A ferry will run from October."_s},
                                    u"/data/meridian.txt"_s);
    return {a, b};
}

} // namespace

class TestCompareJson final : public QObject
{
    Q_OBJECT

private slots:
    void golden();
    void codePointOffsets();
    void unknownMetadataIsNull();
    void claimsGroupedByHandSaySo();
};

void TestCompareJson::golden()
{
    const QList<Article> articles = story();
    const QByteArray actual =
        QJsonDocument(comparisonToJson(articles, compareArticles(articles))).toJson(QJsonDocument::Indented);
    const QString path = QStringLiteral(PARALLAX_TEST_DATA "/align/compare-golden.json");
    if (qEnvironmentVariableIsSet("PARALLAX_REGENERATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
        QSKIP("golden file regenerated");
    }
    QFile expected(path);
    QVERIFY(expected.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(expected.readAll()));
}

void TestCompareJson::codePointOffsets()
{
    const QList<Article> articles = story();
    const QJsonObject json = comparisonToJson(articles, compareArticles(articles));
    QCOMPARE(json.value(u"format"_s).toInt(), 1);

    // The emoji is two UTF-16 units but one code point.
    const QJsonObject block = json[u"articles"_s][0][u"blocks"_s][1].toObject();
    const QJsonObject first = block[u"sentences"_s][0].toObject();
    QCOMPARE(first[u"start"_s].toInt(), 0);
    QCOMPARE(articles[0].blocks[1].sentences[0].end - first[u"end"_s].toInt(), 1);

    QJsonObject link;
    for (const QJsonValue &candidate : json[u"pairs"_s][0][u"links"_s].toArray()) {
        if (candidate[u"a_block"_s].toInt() == 1)
            link = candidate.toObject();
    }
    QCOMPARE(link[u"b_block"_s].toInt(), 0);
    const QJsonArray a = link[u"spans"_s][0][u"a"_s].toArray();
    const QJsonArray b = link[u"spans"_s][0][u"b"_s].toArray();
    const QString text = block[u"text"_s].toString();
    const QList<uint> codePoints = text.toUcs4().mid(a[0].toInt(), a[1].toInt() - a[0].toInt());
    const QString shared = QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()),
                                             codePoints.size());
    QVERIFY2(shared.startsWith(u"The city council voted"_s), qPrintable(shared));
    QCOMPARE(b[0].toInt(), 0);
}

void TestCompareJson::unknownMetadataIsNull()
{
    const QList<Article> articles = story();
    const QJsonObject json = comparisonToJson(articles, compareArticles(articles));
    const QJsonObject known = json[u"articles"_s][0].toObject();
    QCOMPARE(known[u"id"_s].toInteger(), 7);
    QCOMPARE(known[u"published"_s].toString(), u"2026-03-14"_s);
    QCOMPARE(known[u"file"_s].toString(), u"/data/ellery.txt"_s);
    const QJsonObject unknown = json[u"articles"_s][1].toObject();
    for (const QString &key : {u"id"_s, u"outlet"_s, u"title"_s, u"byline"_s, u"published"_s, u"url"_s})
        QVERIFY2(unknown[key].isNull(), qPrintable(key));
    QCOMPARE(json[u"articles"_s][0][u"blocks"_s][2][u"role"_s].toString(), u"furniture"_s);
}

// A claim a person made one carries "by_hand": true; the others carry no
// such key, so that format 1 readers see what they always saw.
void TestCompareJson::claimsGroupedByHandSaySo()
{
    QList<Article> articles = story();
    articles[1].id = 8;
    Comparison comparison = compareArticles(articles);
    // The ferry (b's second sentence) and the traders (a's) are no claim of
    // the other's: unique, until a person says they are one.
    const QList<ClaimDecision> decisions{{{7, 1, 1}, {8, 0, 1}, true}};
    QVERIFY(applyClaimDecisions(comparison, articles, decisions).isEmpty());
    const QJsonObject json = comparisonToJson(articles, comparison);
    QCOMPARE(json[u"format"_s].toInt(), 1);
    int byHand = 0;
    for (const QJsonValue &claim : json[u"claims"_s].toArray()) {
        if (!claim.toObject().contains(u"by_hand"_s))
            continue;
        ++byHand;
        QCOMPARE(claim[u"by_hand"_s].toBool(), true);
        QCOMPARE(claim[u"unique"_s].toBool(), false);
        QCOMPARE(claim[u"members"_s].toArray().size(), 2);
        QVERIFY(!claim.toObject().contains(u"nearest"_s));
    }
    QCOMPARE(byHand, 1);
}

QTEST_GUILESS_MAIN(TestCompareJson)
#include "tst_comparejson.moc"
