#include "coverage/StorySuggester.h"
#include "core/Article.h"
#include "ingest/ArticleReader.h"

#include <QDir>
#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

class TestStorySuggester final : public QObject
{
    Q_OBJECT
private:
    // The invented stories of the align tests: a council budget and a ferry strike.
    static QList<Article> readStory(const QString &folder)
    {
        QList<Article> articles;
        const QDir dir(QStringLiteral(PARALLAX_TEST_DATA "/align/") + folder);
        for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            auto read = ArticleReader::read(file.readAll(), name, {});
            if (std::holds_alternative<Article>(read))
                articles.append(std::get<Article>(std::move(read)));
        }
        return articles;
    }

private Q_SLOTS:
    void signaturesEstimateJaccard()
    {
        Article a;
        a.blocks.append(Block{u"Ferry strike halts island crossings for a second day"_s, BlockRole::Body, false, {}});
        const MinHashSignature sa = minHashSignature(a);
        QCOMPARE(estimatedJaccard(sa, sa), 1.0);
        Article b;
        b.blocks.append(Block{u"Council approves budget after six hours of debate"_s, BlockRole::Body, false, {}});
        QVERIFY(estimatedJaccard(sa, minHashSignature(b)) < 0.05);
        QCOMPARE(estimatedJaccard(minHashSignature(Article{}), minHashSignature(Article{})), 0.0);
    }

    void suggestsTheStoryANewArticleBelongsTo()
    {
        const QList<Article> budget = readStory(u"story"_s);
        const QList<Article> ferry = readStory(u"story2"_s);
        QVERIFY(budget.size() >= 3 && ferry.size() >= 3);
        StorySuggester suggester;
        for (int i = 1; i < budget.size(); ++i)
            suggester.add(100 + i, minHashSignature(budget[i]), {1});
        for (int i = 1; i < ferry.size(); ++i)
            suggester.add(200 + i, minHashSignature(ferry[i]), {2});
        const auto forBudget = suggester.suggest(minHashSignature(budget[0]));
        QVERIFY(!forBudget.isEmpty());
        QCOMPARE(forBudget.first().storyId, 1);
        const auto forFerry = suggester.suggest(minHashSignature(ferry[0]));
        QVERIFY(!forFerry.isEmpty());
        QCOMPARE(forFerry.first().storyId, 2);
    }

    void groupsLooseArticles()
    {
        const QList<Article> budget = readStory(u"story"_s);
        const QList<Article> ferry = readStory(u"story2"_s);
        std::vector<MinHashSignature> signatures;
        // Interleaved, as a folder of downloads would be.
        for (int i = 0; i < std::max(budget.size(), ferry.size()); ++i) {
            if (i < budget.size())
                signatures.push_back(minHashSignature(budget[i]));
            if (i < ferry.size())
                signatures.push_back(minHashSignature(ferry[i]));
        }
        const QList<QList<int>> groups = groupByStory(signatures);
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups[0].size() + groups[1].size(), budget.size() + ferry.size());
        QCOMPARE(groups[0].first(), 0);
        QCOMPARE(groups[1].first(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStorySuggester)
#include "tst_storysuggester.moc"
