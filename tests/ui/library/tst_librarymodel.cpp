#include "library/LibraryModel.h"
#include "library/LibraryRoles.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

ArticleSummary summary(qint64 id, const QString &title, const QString &outlet, int words)
{
    ArticleSummary result;
    result.id = id;
    result.meta.title = title;
    result.meta.outlet = outlet;
    result.meta.published = QDate(2026, 3, 15);
    result.words = words;
    return result;
}

LibrarySnapshot snapshot()
{
    LibrarySnapshot result;
    result.articles = {summary(1, u"Bridge shut"_s, u"Valley Post"_s, 300),
                       summary(2, u"<i>Cracks</i> close bridge"_s, u"Meridian"_s, 250),
                       summary(3, {}, {}, 10)};
    // Story 8 names an article (9) that is gone: it is not listed.
    result.stories = {{7, u"Harrow Bridge"_s, {1, 2}}, {8, u"Empty"_s, {9}}};
    return result;
}

} // namespace

class TestLibraryModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester()
    {
        LibraryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot());
        model.setSnapshot({});
        model.setSnapshot(snapshot());
    }

    void namesEachArticlesLanguage()
    {
        LibrarySnapshot languages = snapshot();
        languages.articles[0].language = u"de"_s;
        languages.articles[1].language = u"zh"_s;
        LibraryModel model;
        model.setSnapshot(languages);
        QCOMPARE(model.headerData(LibraryModel::LanguageColumn, Qt::Horizontal).toString(), u"Language"_s);
        const QModelIndex all = model.index(2, 0);
        QCOMPARE(model.index(0, LibraryModel::LanguageColumn, all).data().toString(), u"German"_s);
        QCOMPARE(model.index(1, LibraryModel::LanguageColumn, all).data().toString(), u"Chinese"_s);
        QCOMPARE(model.index(2, LibraryModel::LanguageColumn, all).data().toString(), QString()); // unknown
        QCOMPARE(model.index(0, LibraryModel::LanguageColumn).data().toString(), QString()); // a story has none
    }

    void listsStoriesThenAllArticles()
    {
        LibraryModel model;
        model.setSnapshot(snapshot());
        QCOMPARE(model.rowCount(), 3);
        // A story shows its number of articles beside its name; editing starts from the bare name.
        QCOMPARE(model.index(0, 0).data().toString(), u"Harrow Bridge (2)"_s);
        QCOMPARE(model.index(0, 0).data(Qt::EditRole).toString(), u"Harrow Bridge"_s);
        QCOMPARE(model.index(0, LibraryModel::WordsColumn).data().toString(), QString());
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QCOMPARE(model.rowCount(model.index(1, 0)), 0);
        QCOMPARE(model.index(2, 0).data().toString(), u"All articles (3)"_s);
        QVERIFY(model.index(2, 0).data(Qt::ToolTipRole).toString().endsWith(u"3 articles"_s));
        QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().endsWith(u"0 articles"_s));
        QCOMPARE(model.index(2, 0).data(NodeKindRole).toInt(), int(LibraryNodeKind::AllArticles));
        QCOMPARE(model.rowCount(model.index(2, 0)), 3);

        const QModelIndex second = model.index(1, 0, model.index(0, 0));
        QCOMPARE(second.data(ArticleIdRole).toLongLong(), 2);
        QCOMPARE(second.data(StoryIdRole).toLongLong(), 7);
        QCOMPARE(second.siblingAtColumn(LibraryModel::OutletColumn).data().toString(), u"Meridian"_s);
        QCOMPARE(model.index(2, 0, model.index(2, 0)).data().toString(), u"(untitled)"_s);
        QCOMPARE(model.indexOfArticle(2), second);
        QCOMPARE(model.indexOfStory(7), model.index(0, 0));
    }

    void tooltipsEscapeMarkup()
    {
        LibraryModel model;
        model.setSnapshot(snapshot());
        const QModelIndex cracks = model.indexOfArticle(2);
        QCOMPARE(cracks.data().toString(), u"<i>Cracks</i> close bridge"_s);
        QVERIFY(cracks.data(Qt::ToolTipRole).toString().startsWith(u"&lt;i&gt;Cracks"_s));
    }
};

QTEST_MAIN(TestLibraryModel)
#include "tst_librarymodel.moc"
