// The closest sentence elsewhere and a person's word on claims, driven
// through the coverage view's real widgets: the unique list, the claim's
// detail with its links, the matrix's menu, and the claim picker.
#include "ClaimDetailView.h"
#include "ClaimFilterProxy.h"
#include "ClaimMatrixModel.h"
#include "ClaimPickerDialog.h"
#include "CoverageFixture.h"
#include "CoverageView.h"
#include "UniqueClaimsView.h"
#include "align/ClaimDecisions.h"

#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBlock>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

const QString wire = u"The ferry union called a strike for Monday after talks with the operator broke down."_s;

// The fixture story (Harbour Gazette 101, Island Times 102, Coast Radio
// 103) with a sentence of the Gazette's own more, and claims as a matcher
// might leave them, closest sentences included.
QList<Article> articles()
{
    QList<Article> story = test::fixtureStory();
    story[0].blocks.append(test::fixtureBlock(u"Fares will rise in June."_s));
    return story;
}

Comparison comparison()
{
    Comparison c;
    c.claims = {{0, false, {{0, 0, 0}, {1, 0, 0}}, {}},
                {1, false, {{0, 1, 0}, {1, 1, 0}}, {}},
                {2, false, {{0, 2, 0}, {2, 1, 0}}, {}},
                {3, true, {{1, 2, 0}}, {0, 1, 0, 0.22}},  // the billions' claim holds the Times' own
                {4, true, {{2, 0, 0}}, {0, 0, 0, 0.41}},  // the wire: Coast Radio is not in it
                {5, true, {{0, 3, 0}}, {}}};
    return c;
}

bool showStory(CoverageView &view, const QList<Article> &story, const Comparison &shown)
{
    QSignalSpy ready(&view, &CoverageView::coverageReady);
    view.setStory(story, shown);
    return ready.wait(10000);
}

// Clicks the nth link (from 0) whose text is text, as a person would.
bool clickLink(QTextBrowser *view, const QString &text, int nth = 0)
{
    QTextCursor found(view->document());
    for (int i = 0; i <= nth; ++i) {
        found = view->document()->find(text, found);
        if (found.isNull())
            return false;
    }
    QTextCursor middle(view->document());
    middle.setPosition((found.selectionStart() + found.selectionEnd()) / 2);
    view->setTextCursor(middle);
    view->ensureCursorVisible();
    const QPoint at = view->cursorRect(middle).center();
    if (view->anchorAt(at).isEmpty())
        return false;
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    return true;
}

void doubleClick(UniqueClaimsView *list, QTreeWidgetItem *item)
{
    list->scrollToItem(item);
    const QPoint at = list->visualItemRect(item).center();
    // As the platform delivers one: a click, then the second press as a
    // double click (QTest sends that alone), then its release.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(list->viewport(), Qt::LeftButton, {}, at);
}

QStringList uniqueTexts(const UniqueClaimsView *list)
{
    QStringList texts;
    for (QTreeWidgetItemIterator it(const_cast<UniqueClaimsView *>(list)); *it; ++it)
        texts << (*it)->text(0);
    return texts;
}

const ClaimRow &rowOfClaim(const CoverageView &view, int claim)
{
    for (int r = 0; r < view.matrixModel()->rowCount(); ++r) {
        if (view.matrixModel()->claimRow(r).claim == claim)
            return view.matrixModel()->claimRow(r);
    }
    qFatal("no row for claim %d", claim);
}

int currentClaim(const CoverageView &view)
{
    const QModelIndex current = view.matrixView()->currentIndex();
    return current.isValid() ? view.matrixModel()->claimRow(view.matrixProxy()->mapToSource(current).row()).claim : -1;
}

QAction *actionNamed(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
        if (action->menu()) {
            if (QAction *inner = actionNamed(action->menu(), text))
                return inner;
        }
    }
    return nullptr;
}

} // namespace

class TestClaimDecisionsView final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void uniqueClaimsNameTheirClosestSentence()
    {
        CoverageView view;
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(showStory(view, articles(), comparison()));
        view.showPage(CoverageView::Page::Unique);
        UniqueClaimsView *list = view.uniqueView();

        QTreeWidgetItem *closest = list->closestItem(4);
        QVERIFY(closest);
        QCOMPARE(closest->text(0), u"Closest elsewhere: Harbour Gazette, 0.41 — “"_s + wire + u"”"_s);
        QVERIFY(list->viewport()->rect().intersects(list->visualItemRect(closest)));
        QCOMPARE(list->closestItem(5)->text(0), u"Nothing elsewhere comes close."_s);
        // The list cuts a long sentence short; the detail has it whole.
        const QString shortened = UniqueClaimsView::closestText(articles(), rowOfClaim(view, 3),
                                                                {u"Harbour Gazette"_s}, 30);
        QVERIFY2(shortened.endsWith(u"…”"_s) && shortened.size() < 80, qPrintable(shortened));

        // Activating the closest line goes to that sentence's claim.
        doubleClick(list, closest);
        QCOMPARE(view.page(CoverageView::Page::Claims)->isVisible(), true);
        QCOMPARE(currentClaim(view), 0);
        QVERIFY(view.detailView()->toPlainText().contains(wire));
    }

    void mergingWithTheClosestSentenceLeavesTheUniqueList()
    {
        CoverageView view;
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(showStory(view, articles(), comparison()));
        view.showPage(CoverageView::Page::Unique);
        doubleClick(view.uniqueView(), view.uniqueView()->claimItem(4));
        QCOMPARE(currentClaim(view), 4);
        ClaimDetailView *detail = view.detailView();
        QVERIFY(detail->toPlainText().contains(u"Closest elsewhere: Harbour Gazette, 0.41 — “"_s + wire + u"”"_s));

        QSignalSpy requested(&view, &CoverageView::claimDecisionsRequested);
        QVERIFY(clickLink(detail, u"Same as closest elsewhere"_s));
        QCOMPARE(requested.size(), 1);
        const auto decisions = requested.first().first().value<QList<ClaimDecision>>();
        QCOMPARE(decisions, (QList<ClaimDecision>{{{103, 0, 0}, {101, 0, 0}, true}}));

        // What the window does once the library has it: the story again,
        // with the decision applied.
        Comparison decided = comparison();
        QVERIFY(applyClaimDecisions(decided, articles(), decisions).isEmpty());
        QVERIFY(showStory(view, articles(), decided));
        QVERIFY(!uniqueTexts(view.uniqueView()).join(u'\n').contains(u"Islanders"_s));
        // The merged claim stays selected, its detail saying whose grouping it is.
        const ClaimRow &row = view.matrixModel()->claimRow(view.matrixProxy()->mapToSource(view.matrixView()->currentIndex()).row());
        QCOMPARE(row.carriers, 3);
        QVERIFY(row.mergedByHand);
        QVERIFY(detail->toPlainText().contains(u"Merged by hand."_s));
        QVERIFY(detail->toPlainText().contains(u"Islanders face a weekend"_s));

        QSignalSpy forgotten(&view, &CoverageView::claimDecisionsForgotten);
        QVERIFY(clickLink(detail, u"Let the matcher decide"_s));
        QCOMPARE(forgotten.size(), 1);
        QCOMPARE(forgotten.first().first().value<QList<SentenceRef>>(),
                 (QList<SentenceRef>{{101, 0, 0}, {102, 0, 0}, {103, 0, 0}}));
    }

    void aClaimWithTwoSentencesOfOneOutletIsRefused()
    {
        CoverageView view;
        QVERIFY(showStory(view, articles(), comparison()));
        QSignalSpy requested(&view, &CoverageView::claimDecisionsRequested);
        QMenu menu;
        view.fillClaimMenu(&menu, 3, -1);
        QAction *same = actionNamed(&menu, u"Same as Closest Elsewhere"_s);
        QVERIFY(same && same->isEnabled());
        same->trigger();
        QCOMPARE(requested.size(), 0);
        QVERIFY2(view.statusText().contains(u"Island Times"_s), qPrintable(view.statusText()));

        // A claim with nothing close offers no such merge.
        QMenu none;
        view.fillClaimMenu(&none, 5, -1);
        QVERIFY(!actionNamed(&none, u"Same as Closest Elsewhere"_s)->isEnabled());
    }

    void splittingTakesASentenceOut()
    {
        CoverageView view;
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(showStory(view, articles(), comparison()));
        QSignalSpy requested(&view, &CoverageView::claimDecisionsRequested);
        // The quote: Coast Radio's wording is the second.
        for (int r = 0; r < view.matrixProxy()->rowCount(); ++r) {
            if (view.matrixProxy()->index(r, 0).data().toString().contains(u"We will keep"_s))
                view.matrixView()->setCurrentIndex(view.matrixProxy()->index(r, 0));
        }
        QCOMPARE(currentClaim(view), 2);
        QVERIFY(clickLink(view.detailView(), u"Not the same claim — split"_s, 1));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().value<QList<ClaimDecision>>(),
                 (QList<ClaimDecision>{{{103, 1, 0}, {101, 2, 0}, false}}));

        // The matrix's menu names each outlet; the one right-clicked first.
        QMenu menu;
        view.fillClaimMenu(&menu, 2, 2);
        QAction *out = actionNamed(&menu, u"Take Out the Sentence from Coast Radio"_s);
        QVERIFY(out);
        const auto *splitMenu = qobject_cast<QMenu *>(out->parent());
        QVERIFY(splitMenu);
        QCOMPARE(splitMenu->defaultAction(), out);
        QVERIFY(actionNamed(&menu, u"Take Out the Sentence from Harbour Gazette"_s));
        QVERIFY(!actionNamed(&menu, u"Take Out the Sentence from Island Times"_s));
    }

    void sameClaimAsAnotherOffersClaimsOfOtherOutletsOnly()
    {
        CoverageView view;
        QVERIFY(showStory(view, articles(), comparison()));
        QList<int> offered;
        view.setClaimChooser([&offered](const QList<Article> &, const QList<ClaimRow> &candidates, const QStringList &,
                                        QWidget *) {
            for (const ClaimRow &row : candidates)
                offered.append(row.claim);
            return 3;
        });
        QSignalSpy requested(&view, &CoverageView::claimDecisionsRequested);
        view.mergeWithOther(5); // the Gazette's fares
        std::sort(offered.begin(), offered.end());
        QCOMPARE(offered, (QList<int>{3, 4}));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().value<QList<ClaimDecision>>(),
                 (QList<ClaimDecision>{{{101, 3, 0}, {102, 2, 0}, true}}));
    }

    void thePickerFiltersByWords()
    {
        const QList<Article> story = articles();
        QList<ClaimRow> rows = claimMatrix(story, comparison());
        rows.removeIf([](const ClaimRow &row) { return row.carriers > 1; });
        ClaimPickerDialog picker(story, rows, {u"Harbour Gazette"_s, u"Island Times"_s, u"Coast Radio"_s});
        picker.show();
        QCOMPARE(picker.list()->count(), 3);
        QTest::keyClicks(picker.filter(), u"bread milk"_s);
        int shown = 0;
        for (int i = 0; i < picker.list()->count(); ++i)
            shown += picker.list()->item(i)->isHidden() ? 0 : 1;
        QCOMPARE(shown, 1);
        QCOMPARE(picker.chosenClaim(), -1);
        for (int i = 0; i < picker.list()->count(); ++i) {
            if (!picker.list()->item(i)->isHidden())
                picker.list()->setCurrentRow(i);
        }
        QCOMPARE(picker.chosenClaim(), 3);
        QVERIFY(picker.list()->currentItem()->text().startsWith(u"Island Times: Shops"_s));
    }

    // Articles that are not in a library cannot be named by a decision.
    void unstoredArticlesOfferNoDecisions()
    {
        QList<Article> story = articles();
        for (Article &article : story)
            article.id = 0;
        CoverageView view;
        view.resize(1000, 700);
        view.show();
        QVERIFY(showStory(view, story, comparison()));
        QVERIFY(!view.isEditable());
        view.showPage(CoverageView::Page::Unique);
        doubleClick(view.uniqueView(), view.uniqueView()->claimItem(4));
        QVERIFY(view.detailView()->toPlainText().contains(u"Closest elsewhere: Harbour Gazette"_s));
        QVERIFY(!view.detailView()->toPlainText().contains(u"Same as closest elsewhere"_s));
        QMenu menu;
        view.fillClaimMenu(&menu, 4, -1);
        QVERIFY(menu.isEmpty());
    }
};

QTEST_MAIN(TestClaimDecisionsView)
#include "tst_claimdecisionsview.moc"
