#include "CliRun.h"
#include "store/ClaimDecisionStore.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;
using parallax::testing::parallaxRun;
using Run = parallax::testing::CliRun;

namespace {

} // namespace

// `parallax claims` and `parallax quotes` over the seed story.
class TestCoverageCommands final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString library() const { return m_dir.filePath(u"library.sqlite"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDir(QStringLiteral(PARALLAX_SEEDS_DIR)).exists(u"001.txt"_s))
            QSKIP("the seed articles are not in " PARALLAX_SEEDS_DIR);
        QStringList files;
        for (const QString &name : {u"000.txt"_s, u"001.txt"_s, u"002.txt"_s, u"003.txt"_s})
            files << QStringLiteral(PARALLAX_SEEDS_DIR "/") + name;
        const Run imported = parallaxRun(QStringList{u"import"_s} + files
                                         + QStringList{u"--story"_s, u"Blinken"_s, u"--library"_s, library()});
        QCOMPARE(imported.exitCode, 0);
    }

    void claimsAsText()
    {
        const Run run = parallaxRun({u"claims"_s, u"--story"_s, u"blinken"_s, u"--library"_s, library()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"pre-trip briefing"_s));
        QVERIFY(run.out.contains(u"of 4: "_s));
    }

    void uniqueClaimsAsJson()
    {
        const Run run =
            parallaxRun({u"claims"_s, u"--story"_s, u"Blinken"_s, u"--unique"_s, u"--json"_s, u"--library"_s, library()});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(root.value(u"format"_s).toInt(), 1);
        QCOMPARE(root.value(u"articles"_s).toArray().size(), 4);
        const QJsonArray claims = root.value(u"claims"_s).toArray();
        QVERIFY(!claims.isEmpty());
        bool vicious = false;
        for (const QJsonValue &claim : claims) {
            QCOMPARE(claim[u"carriers"_s].toInt(), 1);
            QCOMPARE(claim[u"cells"_s].toArray().first()[u"how"_s].toString(), u"sole"_s);
            vicious = vicious || claim[u"cells"_s].toArray().first()[u"text"_s].toString().contains(u"vicious"_s);
        }
        QVERIFY(vicious);
    }

    void claimsAsCsv()
    {
        const Run run = parallaxRun({u"claims"_s, u"--story"_s, u"Blinken"_s, u"--csv"_s, u"--library"_s, library()});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(u"claim,carriers,"_s));
        QVERIFY(lines.first().endsWith(u",text,closest_outlet,closest_score,closest_text,by_hand"_s));
        QVERIFY(lines.size() > 10);
    }

    // A unique claim shows its closest sentence elsewhere; a person who
    // says the two are one claim sees it shared, marked by hand, in the
    // JSON and CSV of claims and export alike.
    void decisionsReachEveryOutput()
    {
        const Run before =
            parallaxRun({u"claims"_s, u"--story"_s, u"Blinken"_s, u"--unique"_s, u"--json"_s, u"--library"_s, library()});
        const QJsonObject root = QJsonDocument::fromJson(before.out.toUtf8()).object();
        const QJsonArray articles = root[u"articles"_s].toArray();
        QJsonObject chosen;
        for (const QJsonValue &claim : root[u"claims"_s].toArray()) {
            if (claim[u"nearest"_s].isObject() && chosen.isEmpty())
                chosen = claim.toObject();
        }
        QVERIFY2(!chosen.isEmpty(), "some unique claim should have a closest sentence elsewhere");
        const QJsonObject nearest = chosen[u"nearest"_s].toObject();
        QVERIFY(nearest[u"score"_s].toDouble() >= 0 && nearest[u"score"_s].toDouble() <= 1);
        QVERIFY(!nearest[u"text"_s].toString().isEmpty());
        const QJsonObject cell = chosen[u"cells"_s].toArray().first().toObject();
        const auto idOf = [&articles](const QJsonValue &index) {
            return articles[index.toInt()][u"id"_s].toInteger();
        };
        const ClaimDecision same{{idOf(cell[u"article"_s]), cell[u"block"_s].toInt(), cell[u"sentence"_s].toInt()},
                                 {idOf(nearest[u"article"_s]), nearest[u"block"_s].toInt(), nearest[u"sentence"_s].toInt()},
                                 true};
        {
            Database db(library());
            QVERIFY(db.isOpen());
            QVERIFY(ClaimDecisionStore(db).add({same}));
        }

        const Run after = parallaxRun({u"claims"_s, u"--story"_s, u"Blinken"_s, u"--json"_s, u"--library"_s, library()});
        QCOMPARE(after.exitCode, 0);
        QJsonObject merged;
        int byHand = 0;
        for (const QJsonValue &claim : QJsonDocument::fromJson(after.out.toUtf8())[u"claims"_s].toArray()) {
            if (!claim[u"by_hand"_s].toBool())
                continue;
            ++byHand;
            merged = claim.toObject();
        }
        QCOMPARE(byHand, 1);
        // The unique claim joined the claim its closest sentence is in.
        QVERIFY(merged[u"carriers"_s].toInt() >= 2);
        QVERIFY(!merged[u"unique"_s].toBool());
        const QString text = cell[u"text"_s].toString();
        QStringList texts;
        for (const QJsonValue &c : merged[u"cells"_s].toArray())
            texts << c[u"text"_s].toString();
        QVERIFY(texts.contains(text));
        QVERIFY(texts.contains(nearest[u"text"_s].toString()));
        const int carriers = merged[u"carriers"_s].toInt();
        const Run unique = parallaxRun(
            {u"claims"_s, u"--story"_s, u"Blinken"_s, u"--unique"_s, u"--json"_s, u"--library"_s, library()});
        for (const QJsonValue &claim : QJsonDocument::fromJson(unique.out.toUtf8())[u"claims"_s].toArray())
            QVERIFY(claim[u"cells"_s].toArray().first()[u"text"_s].toString() != text);

        const QString json = m_dir.filePath(u"export.json"_s);
        const Run exported =
            parallaxRun({u"export"_s, u"--story"_s, u"Blinken"_s, u"--json"_s, json, u"--library"_s, library()});
        QCOMPARE(exported.exitCode, 0);
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        int exportedByHand = 0;
        for (const QJsonValue &claim : QJsonDocument::fromJson(file.readAll())[u"claims"_s].toArray()) {
            if (claim[u"by_hand"_s].toBool()) {
                ++exportedByHand;
                QCOMPARE(claim[u"members"_s].toArray().size(), carriers);
                QVERIFY(!claim[u"unique"_s].toBool());
            }
        }
        QCOMPARE(exportedByHand, 1);

        const Run csv = parallaxRun({u"claims"_s, u"--story"_s, u"Blinken"_s, u"--csv"_s, u"--library"_s, library()});
        QCOMPARE(csv.out.count(u",true\r\n"_s), 1);
        const Run listed = parallaxRun({u"claims"_s, u"--story"_s, u"Blinken"_s, u"--library"_s, library()});
        QCOMPARE(listed.out.count(u"merged by hand"_s), 1);
        QVERIFY(listed.out.contains(u"closest elsewhere: "_s));

        // Taken back, the claims are the matcher's again.
        {
            Database db(library());
            QCOMPARE(ClaimDecisionStore(db).forget({same.a}), 1);
        }
        const Run back = parallaxRun({u"claims"_s, u"--story"_s, u"Blinken"_s, u"--json"_s, u"--library"_s, library()});
        QVERIFY(!back.out.contains(u"\"by_hand\""_s));
    }

    void quotes()
    {
        const Run text = parallaxRun({u"quotes"_s, u"--story"_s, u"Blinken"_s, u"--library"_s, library()});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(u"Andrew Small — 2 of 4 outlets"_s));
        const Run json =
            parallaxRun({u"quotes"_s, u"--story"_s, u"Blinken"_s, u"--json"_s, u"--library"_s, library()});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray quotes = QJsonDocument::fromJson(json.out.toUtf8()).object()[u"quotes"_s].toArray();
        bool small = false;
        for (const QJsonValue &q : quotes)
            small = small || (q[u"speaker"_s].toString() == u"Andrew Small"_s && q[u"outlets"_s].toInt() == 2);
        QVERIFY(small);
    }

    void usageErrors()
    {
        QCOMPARE(parallaxRun({u"claims"_s, u"--library"_s, library()}).exitCode, 2);
        QCOMPARE(parallaxRun({u"claims"_s, u"--story"_s, u"Blinken"_s, u"--json"_s, u"--csv"_s, u"--library"_s,
                              library()})
                     .exitCode,
                 2);
        const Run missing = parallaxRun({u"quotes"_s, u"--story"_s, u"Nothing"_s, u"--library"_s, library()});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(u"no story named Nothing"_s));
        QVERIFY(parallaxRun({u"--help"_s}).out.contains(u"claims"_s));
    }
};

QTEST_GUILESS_MAIN(TestCoverageCommands)
#include "tst_coveragecommands.moc"
