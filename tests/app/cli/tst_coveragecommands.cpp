#include "CliRun.h"

#include <QDir>
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
        QVERIFY(lines.first().endsWith(u",text"_s));
        QVERIFY(lines.size() > 10);
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
