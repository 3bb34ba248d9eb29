#include "coverage/BlindNames.h"
#include "coverage/WordDiff.h"
#include "core/Article.h"

#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

class TestWordDiff final : public QObject
{
    Q_OBJECT
private:
    static QStringList pieces(const QString &text, const QList<TextRange> &ranges)
    {
        QStringList out;
        for (const TextRange &r : ranges)
            out << text.mid(r.start, r.end - r.start);
        return out;
    }

private Q_SLOTS:
    void differingWordsOfOneClaim()
    {
        const QString a = u"Blinken will hold meetings in China on June 18-19, sources said."_s;
        const QString b = u"Blinken will hold meetings in China on Sunday and Monday, sources said."_s;
        const WordDifference diff = wordDifference(a, b);
        QCOMPARE(pieces(a, diff.onlyA), QStringList{u"June 18-19"_s});
        QCOMPARE(pieces(b, diff.onlyB), QStringList{u"Sunday and Monday"_s});
        QCOMPARE(diff.changes.size(), 1);
    }

    void normalisedWordsAreEqual()
    {
        const WordDifference diff = wordDifference(u"The U.S. said it’s over."_s, u"the US said it's over"_s);
        QVERIFY(diff.onlyA.isEmpty());
        QVERIFY(diff.onlyB.isEmpty());
    }

    void blindNames()
    {
        QCOMPARE(blindOutletName(0), u"Outlet A"_s);
        QCOMPARE(blindOutletName(25), u"Outlet Z"_s);
        QCOMPARE(blindOutletName(26), u"Outlet AA"_s);
        Article article;
        article.meta = {u"Daily Planet"_s, u"Ferry strike - Daily Planet"_s, u"Lois Lane"_s, QDate(2024, 1, 2),
                        u"https://planet.example/ferry"_s};
        article.sourcePath = u"/home/me/planet.html"_s;
        article.blocks.append(Block{u"Text stays."_s, BlockRole::Body, false, {{0, 11}}});
        article.blocks.append(Block{u"© Daily Planet 2024"_s, BlockRole::Furniture, false, {}});
        const Article blind = blindedArticles({article}).first();
        QCOMPARE(blind.meta.outlet, u"Outlet A"_s);
        QCOMPARE(blind.meta.title, u"Ferry strike"_s);
        QVERIFY(blind.meta.byline.isEmpty() && blind.meta.url.isEmpty() && blind.sourcePath.isEmpty());
        QCOMPARE(blind.blocks.first(), article.blocks.first());
        QCOMPARE(blind.blocks.size(), 2);
        QVERIFY(blind.blocks[1].text.isEmpty());
        QCOMPARE(blind.meta.published, article.meta.published);
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
