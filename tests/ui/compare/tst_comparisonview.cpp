#include "compare/ArticlePane.h"
#include "compare/ComparisonView.h"
#include "compare/LinkGutter.h"
#include "compare/OverviewRuler.h"
#include "compare/SideHeader.h"

#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QScrollBar>
#include <QImage>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolTip>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

Block body(const QString &text)
{
    return {text, BlockRole::Body, false, {{0, int(text.size())}}};
}

QString filler(int n)
{
    return u"Filler paragraph %1 says something nobody else says, at some length so that it wraps "
           "across more than one line of the pane and the pane has to scroll."_s.arg(n);
}

// Left: shared paragraph, a unique one, a reworded one, filler. Right: the
// shared paragraph, the reworded one, a paragraph moved from the end, filler.
// The twentieth fillers are linked, deep enough to scroll either pane to.
struct Fixture {
    QList<Article> articles;
    Comparison comparison;
};

Fixture fixture()
{
    Article left;
    left.id = 1;
    left.meta.outlet = u"<b>Left</b> Post"_s;
    left.meta.title = u"Bridge shut"_s;
    left.blocks = {body(u"The bridge was shut on Friday after cracks were found."_s),
                   body(u"Only the left paper says the mayor cried."_s),
                   body(u"Traders fear for their shops."_s)};
    Block ad{u"Advertisement"_s, BlockRole::Furniture, false, {}};
    left.blocks.append(ad);
    for (int i = 0; i < 30; ++i)
        left.blocks.append(body(filler(i)));
    left.blocks.append(body(u"A ferry starts on Monday."_s));

    Article right;
    right.id = 2;
    right.meta.outlet = u"Right Radio"_s;
    right.meta.title = u"Cracks close bridge"_s;
    right.blocks = {body(u"A ferry starts on Monday."_s),
                    body(u"The bridge was shut on Friday after cracks were found."_s),
                    body(u"Shop owners fear for their trade."_s)};
    for (int i = 0; i < 30; ++i)
        right.blocks.append(body(filler(100 + i)));

    PairAlignment pair;
    pair.a = 0;
    pair.b = 1;
    pair.sharedA = 0.41;
    pair.sharedB = 0.38;
    pair.links = {{0, 1, LinkKind::Identical, false, 1.0, {{0, 20, 0, 20}}},
                  {2, 2, LinkKind::Paraphrase, false, 0.5, {{14, 28, 19, 28}}},
                  {24, 23, LinkKind::Near, false, 0.9, {{0, 16, 0, 16}}},
                  {34, 0, LinkKind::Identical, true, 1.0, {{0, 25, 0, 25}}}};
    return {{left, right}, {{pair}, {}}};
}

} // namespace

class TestComparisonView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_view = std::make_unique<ComparisonView>();
        m_view->resize(1000, 500);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        const Fixture data = fixture();
        m_view->setComparison(data.articles, data.comparison);
    }

    void cleanup() { m_view.reset(); }

    void panesShowTextAsPlainTextWithoutFurniture()
    {
        ArticlePane *left = m_view->pane(ComparisonView::Side::Left);
        QVERIFY(left->toPlainText().startsWith(u"The bridge was shut"_s));
        QVERIFY(!left->toPlainText().contains(u"Advertisement"_s));
        QVERIFY(!left->isShown(3));
        // The outlet holds markup; it is shown as it is written.
        QCOMPARE(m_view->header(ComparisonView::Side::Right)->overlapText(),
                 u"38% of this article is shared with <b>Left</b> Post"_s);
        QCOMPARE(m_view->header(ComparisonView::Side::Left)->overlapText(),
                 u"41% of this article is shared with Right Radio"_s);
    }

    void furnitureIsShownGreyedOnRequest()
    {
        m_view->setShowFurniture(true);
        ArticlePane *left = m_view->pane(ComparisonView::Side::Left);
        QVERIFY(left->isShown(3));
        const QTextBlock ad = left->document()->findBlockByNumber(3);
        QCOMPARE(ad.text(), u"Advertisement"_s);
        QTextCursor cursor(ad);
        cursor.movePosition(QTextCursor::NextCharacter);
        QCOMPARE(cursor.charFormat().foreground().color(), left->palette().color(QPalette::Disabled, QPalette::Text));
    }

    void oneBandPerLink()
    {
        QCOMPARE(m_view->gutter()->bandCount(), 4);
        QVERIFY(!m_view->gutter()->bandPath(0).isEmpty());
    }

    void sharedSpanIsHighlightedWhereTheEngineSays()
    {
        ArticlePane *right = m_view->pane(ComparisonView::Side::Right);
        const QTextBlock block = right->document()->findBlockByNumber(2); // "Shop owners fear for their trade."
        const auto backgroundAt = [&](int offset) {
            QTextCursor cursor(block);
            cursor.setPosition(block.position() + offset + 1);
            return cursor.charFormat().background();
        };
        const HighlightPalette palette(HighlightPalette::Scheme::OkabeIto, right->palette());
        QCOMPARE(backgroundAt(20).color(), palette.span(HighlightPalette::Mark::Paraphrase));
        QCOMPARE(backgroundAt(5).style(), Qt::NoBrush);
        // The unique paragraph on the left is washed in its own colour.
        ArticlePane *left = m_view->pane(ComparisonView::Side::Left);
        QCOMPARE(left->document()->findBlockByNumber(1).blockFormat().background().color(),
                 palette.paragraph(HighlightPalette::Mark::Unique));
    }

    void nextDifferenceWalksInReadingOrder()
    {
        const auto &stops = m_view->presentation().stops;
        // The unique left paragraph, the paraphrase, the left fillers, the
        // moved ferry, then the right-only fillers.
        QVERIFY(stops.size() > 3);
        QCOMPARE(stops[0].block, 1);
        QVERIFY(stops[0].unique);
        QCOMPARE(stops[1].link, 1);
        QVERIFY(m_view->nextDifference());
        QVERIFY(m_view->nextDifference());
        QCOMPARE(m_view->currentStop(), 1);
        QCOMPARE(m_view->pane(ComparisonView::Side::Left)->currentBlock(), 2);
        QCOMPARE(m_view->pane(ComparisonView::Side::Right)->currentBlock(), 2);
        QVERIFY(m_view->previousDifference());
        QCOMPARE(m_view->currentStop(), 0);
        QVERIFY(!m_view->previousDifference());
    }

    void clickOnMovedLinkScrollsTheOtherPane()
    {
        ArticlePane *left = m_view->pane(ComparisonView::Side::Left);
        ArticlePane *right = m_view->pane(ComparisonView::Side::Right);
        m_view->setSyncScrolling(false);
        left->setScrollOffset(left->verticalScrollBar()->maximum());
        right->setScrollOffset(right->verticalScrollBar()->maximum());
        QTRY_VERIFY(m_view->gutter()->bandPath(3).boundingRect().bottom() > 0);
        // The moved ferry paragraph: at the end on the left, first on the right.
        const QRect leftRect = left->blockViewportRect(34);
        QVERIFY(leftRect.top() >= 0 && leftRect.top() < left->viewport()->height());
        const QPointF leftEdge = m_view->gutter()->bandPath(3).pointAtPercent(0);
        QTest::mouseClick(m_view->gutter(), Qt::LeftButton, {}, QPoint(2, int(leftEdge.y()) + 3));
        // The counterpart opens the right article: as near level as it can go.
        QCOMPARE(right->verticalScrollBar()->value(), 0);
        QCOMPARE(right->currentBlock(), 0);
        QCOMPARE(left->currentBlock(), 34);
    }

    void clickOnParagraphBringsCounterpartLevel()
    {
        ArticlePane *left = m_view->pane(ComparisonView::Side::Left);
        ArticlePane *right = m_view->pane(ComparisonView::Side::Right);
        m_view->setSyncScrolling(false);
        right->setScrollOffset(right->verticalScrollBar()->maximum());
        left->placeBlock(24, 100);
        const QRect rect = left->blockViewportRect(24);
        QCOMPARE(rect.top(), 100);
        QTest::mouseClick(left->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(right->blockViewportRect(23).top(), rect.top());
    }

    void syncedScrollingKeepsLinkedParagraphsLevel()
    {
        ArticlePane *left = m_view->pane(ComparisonView::Side::Left);
        ArticlePane *right = m_view->pane(ComparisonView::Side::Right);
        // Put the linked twentieth filler on the reading line a third down.
        const int line = left->viewport()->height() / 3;
        left->setScrollOffset(int(left->blockRect(24).top()) - line);
        QCOMPARE(left->blockViewportRect(24).top(), line);
        QVERIFY(qAbs(right->blockViewportRect(23).top() - line) <= 1);
        // And the other way round, from a little further down.
        right->setScrollOffset(int(right->blockRect(23).top()) - line + 10);
        QVERIFY(qAbs(left->blockViewportRect(24).top() - (line - 10)) <= 1);
    }

    void swapSidesFlipsLinks()
    {
        m_view->swapSides();
        QCOMPARE(m_view->side(ComparisonView::Side::Left), 1);
        QVERIFY(m_view->pane(ComparisonView::Side::Left)->toPlainText().startsWith(u"A ferry"_s));
        QCOMPARE(m_view->presentation().links.first().aBlock, 0);
        QCOMPARE(m_view->presentation().links.first().bBlock, 34);
        QCOMPARE(m_view->gutter()->bandCount(), 4);
    }

    // Arabic mirrors the window: the first article's pane is on the right, and
    // each band must leave from the edge that faces its paragraph.
    void bandsMeetTheirPanesRightToLeft()
    {
        m_view->setLayoutDirection(Qt::RightToLeft);
        LinkGutter *gutter = m_view->gutter();
        ArticlePane *left = m_view->pane(ComparisonView::Side::Left);
        ArticlePane *right = m_view->pane(ComparisonView::Side::Right);
        QTRY_VERIFY(left->mapTo(m_view.get(), QPoint()).x() > gutter->mapTo(m_view.get(), QPoint()).x());
        QVERIFY(right->mapTo(m_view.get(), QPoint()).x() < gutter->mapTo(m_view.get(), QPoint()).x());
        // Link 0 joins the first left paragraph to the second right one.
        const QPainterPath band = gutter->bandPath(0);
        const QPointF firstEnd = band.pointAtPercent(0);
        QCOMPARE(firstEnd.x(), double(gutter->width()));
        const int leftTop = gutter->mapFromGlobal(left->viewport()->mapToGlobal(left->blockViewportRect(0).topLeft())).y();
        QCOMPARE(int(firstEnd.y()), leftTop);
        const int rightTop = gutter->mapFromGlobal(right->viewport()->mapToGlobal(right->blockViewportRect(1).topLeft())).y();
        QVERIFY(band.contains(QPointF(1, rightTop + 1)));
        QVERIFY(!band.contains(QPointF(1, leftTop + 1)) || leftTop == rightTop);
    }

    void rulerMarksSharedAndUniqueParagraphs()
    {
        const auto &marks = m_view->ruler(ComparisonView::Side::Left)->marks();
        // Four linked paragraphs and 30 unique ones (the unique line and 29 fillers).
        QCOMPARE(marks.size(), 4 + 30);
        ArticlePane *left = m_view->pane(ComparisonView::Side::Left);
        OverviewRuler *ruler = m_view->ruler(ComparisonView::Side::Left);
        QTest::mouseClick(ruler, Qt::LeftButton, {}, QPoint(2, ruler->height() - 2));
        QCOMPARE(left->verticalScrollBar()->value(), left->verticalScrollBar()->maximum());
    }

    void headerCountsWordsInPlainEnglish()
    {
        const QString left = m_view->header(ComparisonView::Side::Left)->detailsText();
        const int words = fixture().articles[0].wordCount();
        QVERIFY2(left.endsWith(u" · %1 words"_s.arg(QLocale().toString(words))), qPrintable(left));
        Fixture single = fixture();
        single.articles[1].blocks = {body(u"Closed."_s)};
        m_view->setComparison(single.articles, single.comparison);
        const QString right = m_view->header(ComparisonView::Side::Right)->detailsText();
        QVERIFY2(right.endsWith(u" · 1 word"_s), qPrintable(right));
    }

    // Hovering a highlight names the other side's outlet and shows its
    // sentence, as text: an outlet's markup is shown, not obeyed.
    void hoveringAHighlightShowsTheCounterpart()
    {
        ArticlePane *left = m_view->pane(ComparisonView::Side::Left);
        ArticlePane *right = m_view->pane(ComparisonView::Side::Right);
        const auto hover = [](ArticlePane *pane, int block) {
            const QRect rect = pane->blockViewportRect(block);
            const QPoint pos(rect.left() + 8, rect.top() + pane->fontMetrics().height() / 2);
            QHelpEvent event(QEvent::ToolTip, pos, pane->viewport()->mapToGlobal(pos));
            QApplication::sendEvent(pane->viewport(), &event);
        };

        hover(left, 0); // the shared opening sentence
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), u"<p>Right Radio, identical:<br>\n"
                                   "The bridge was shut on Friday after cracks were found.</p>"_s);

        hover(right, 1);
        QTRY_VERIFY(QToolTip::text().startsWith(u"<p>&lt;b&gt;Left&lt;/b&gt; Post, identical:"_s));

        hover(left, 1); // a paragraph only the left article has
        QTRY_COMPARE(QToolTip::text(), u"<p>Only &lt;b&gt;Left&lt;/b&gt; Post has this paragraph.</p>"_s);

        // The engine's claim, where it has one, names the sentence.
        Fixture claimed = fixture();
        claimed.comparison.claims = {{1, false, {{0, 2, 0}, {1, 32, 0}}}};
        m_view->setComparison(claimed.articles, claimed.comparison);
        hover(left, 2);
        QTRY_VERIFY(QToolTip::text().endsWith(u"<br>\n"_s + filler(129) + u"</p>"_s));
        QToolTip::hideText();
    }

    // Furniture shown greyed says why the import kept it out of the text,
    // or that the person marked it so.
    void furnitureSaysWhyItIsFurniture()
    {
        ArticlePane pane;
        pane.resize(600, 400);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        Article article;
        article.id = 3;
        article.blocks = {body(u"The bridge was shut on Friday after cracks were found."_s),
                          Block{u"Share this story"_s, BlockRole::Furniture, false, {}, u"named:share"_s},
                          Block{u"Most read"_s, BlockRole::Furniture, true, {}, u"outside"_s}};
        pane.setArticle(article, true);
        const auto hover = [&pane](int block) {
            const QRect rect = pane.blockViewportRect(block);
            const QPoint pos(rect.left() + 8, rect.top() + pane.fontMetrics().height() / 2);
            QHelpEvent event(QEvent::ToolTip, pos, pane.viewport()->mapToGlobal(pos));
            QApplication::sendEvent(pane.viewport(), &event);
        };
        hover(1);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(),
                 u"<p>Furniture: the page names it as “share”, and it is not the article's text</p>"_s);
        hover(2);
        QTRY_COMPARE(QToolTip::text(), u"<p>Furniture: marked by you</p>"_s);
        QToolTip::hideText();
    }

    // A note is underlined in its label's colour, with a bar in the margin
    // beside it, only in the pane of its own article; hovering it reads it.
    void notesAreMarkedWhereTheyStand()
    {
        ArticlePane *left = m_view->pane(ComparisonView::Side::Left);
        ArticlePane *right = m_view->pane(ComparisonView::Side::Right);
        // "the mayor cried" in "Only the left paper says the mayor cried."
        Annotation disputed;
        disputed.id = 7;
        disputed.articleId = 1;
        disputed.block = 1;
        disputed.start = 25;
        disputed.end = 40;
        disputed.label = AnnotationLabel::Disputed;
        disputed.note = u"<i>Nobody</i> else saw this"_s;
        const QImage before = right->viewport()->grab().toImage();
        m_view->setNotes({disputed});

        const QList<QRectF> lines = left->rangeRects(1, 25, 40);
        QCOMPARE(lines.size(), 1);
        QTextCursor start(left->textBlock(1));
        start.setPosition(left->textBlock(1).position() + 25);
        QCOMPARE(qRound(lines.first().left()), left->cursorRect(start).left());
        const QImage shown = left->viewport()->grab().toImage();
        const QColor vermilion(0xd5, 0x5e, 0x00);
        const auto near = [](QColor a, QColor b) {
            return qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue()) < 40;
        };
        const QPointF underline(lines.first().center().x(), lines.first().bottom() - 1);
        QVERIFY(near(shown.pixelColor(underline.toPoint()), vermilion));
        QVERIFY(near(shown.pixelColor(QPoint(3, int(lines.first().center().y()))), vermilion));
        // Words outside the note are not underlined.
        const QRectF other = left->rangeRects(1, 0, 4).first();
        QVERIFY(!near(shown.pixelColor(QPointF(other.center().x(), other.bottom() - 1).toPoint()), vermilion));
        // The other article's pane is untouched.
        QCOMPARE(right->viewport()->grab().toImage(), before);

        const QPoint pos = lines.first().center().toPoint();
        QHelpEvent event(QEvent::ToolTip, pos, left->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(left->viewport(), &event);
        QTRY_VERIFY(QToolTip::isVisible());
        // The note first and literally, then what the paragraph shares.
        const QString tip = QToolTip::text();
        QVERIFY2(tip.startsWith(u"<p>Note, Disputed: &lt;i&gt;Nobody&lt;/i&gt; else saw this</p>"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"<p>Only &lt;b&gt;Left&lt;/b&gt; Post has this paragraph.</p>"_s), qPrintable(tip));
        QToolTip::hideText();

        m_view->setNotes({});
        QVERIFY(!near(left->viewport()->grab().toImage().pixelColor(underline.toPoint()), vermilion));
    }

    void paneLoadsNoResource()
    {
        ArticlePane pane;
        // Every request is answered with a blank of our own, so that
        // QTextDocument never falls back to fetching the URL itself.
        const QImage image = pane.loadResource(QTextDocument::ImageResource, QUrl(u"http://example.org/x.png"_s))
                                 .value<QImage>();
        QCOMPARE(image.size(), QSize(1, 1));
        QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
        QVERIFY(pane.loadResource(QTextDocument::StyleSheetResource, QUrl(u"file:///etc/passwd"_s))
                    .toByteArray()
                    .isEmpty());
        Article article;
        article.blocks = {body(u"<img src=\"http://example.org/x.png\"> <b>bold</b>"_s)};
        pane.setArticle(article, false);
        QCOMPARE(pane.toPlainText(), article.blocks.first().text);
    }

private:
    std::unique_ptr<ComparisonView> m_view;
};

QTEST_MAIN(TestComparisonView)
#include "tst_comparisonview.moc"
