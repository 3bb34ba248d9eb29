#include "ComparisonView.h"

#include "ArticlePane.h"
#include "CounterpartTip.h"
#include "LegendBar.h"
#include "LinkGutter.h"
#include "OverviewRuler.h"
#include "SideHeader.h"

#include <QEvent>
#include <QGridLayout>
#include <QMenu>
#include <QToolButton>

namespace parallax {

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_palette(m_scheme, palette())
{
    for (Side which : {Side::Left, Side::Right}) {
        m_panes[which] = new ArticlePane(this);
        m_headers[which] = new SideHeader(this);
        m_rulers[which] = new OverviewRuler(m_panes[which], this);
    }
    m_panes[Side::Left]->setObjectName(QStringLiteral("leftPane"));
    m_panes[Side::Right]->setObjectName(QStringLiteral("rightPane"));
    // What a first start shows: how to get articles side by side.
    m_panes[Side::Left]->setPlaceholderText(
        tr("Select two or more articles in the library to compare them, or drop article files or folders on "
           "the window."));
    m_gutter = new LinkGutter(m_panes[Side::Left], m_panes[Side::Right], this);
    m_legend = new LegendBar(this);
    m_swap = new QToolButton(this);
    m_swap->setText(tr("⇄"));
    m_swap->setToolTip(tr("Swap sides"));
    m_swap->setAutoRaise(true);
    m_swap->setEnabled(false);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(0);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_headers[Side::Left], 0, 0, 1, 2);
    grid->addWidget(m_swap, 0, 2, Qt::AlignCenter);
    grid->addWidget(m_headers[Side::Right], 0, 3, 1, 2);
    grid->addWidget(m_rulers[Side::Left], 1, 0);
    grid->addWidget(m_panes[Side::Left], 1, 1);
    grid->addWidget(m_gutter, 1, 2);
    grid->addWidget(m_panes[Side::Right], 1, 3);
    grid->addWidget(m_rulers[Side::Right], 1, 4);
    grid->addWidget(m_legend, 2, 0, 1, 5);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setRowStretch(1, 1);

    connect(m_swap, &QToolButton::clicked, this, &ComparisonView::swapSides);
    connect(m_gutter, &LinkGutter::linkClicked, this, [this](int link) {
        bringCounterpartIntoView(Side::Left, m_presentation.links.value(link).aBlock);
    });
    for (Side which : {Side::Left, Side::Right}) {
        ArticlePane *pane = m_panes[which];
        connect(pane, &ArticlePane::scrolled, this, [this, which] { follow(which); });
        connect(pane, &ArticlePane::geometryChanged, this, &ComparisonView::rebuildScrollMap);
        connect(pane, &ArticlePane::blockClicked, this,
                [this, which](int block) { bringCounterpartIntoView(which, block); });
        connect(pane, &ArticlePane::blockMenuRequested, this, [this, pane](int block, const QPoint &globalPos) {
            if (m_blockActions.isEmpty())
                return;
            QMenu menu(this);
            menu.addActions(m_blockActions);
            Q_EMIT blockMenuAboutToShow(pane, block);
            menu.exec(globalPos);
        });
        connect(pane, &ArticlePane::blockHovered, this,
                [this, which](int block) { showCounterpartOf(which, block); });
        pane->setToolTipSource([this, which](int block, int offset) {
            return hasComparison() ? CounterpartTip::text(m_presentation, m_comparison, m_articles, m_left, m_right,
                                                          which, block, offset)
                                   : QString();
        });
        connect(m_headers[which], &SideHeader::chosen, this, [this, which](int index) {
            const int other = which == Side::Left ? m_right : m_left;
            if (index == other)
                swapSides();
            else
                showPair(which == Side::Left ? index : m_left, which == Side::Left ? m_right : index);
        });
    }
}

void ComparisonView::setComparison(const QList<Article> &articles, const Comparison &comparison)
{
    m_articles = articles;
    m_comparison = comparison;
    m_swap->setEnabled(articles.size() >= 2);
    const bool keepSides = m_left < articles.size() && m_right < articles.size() && m_left != m_right;
    if (keepSides)
        present();
    else
        showPair(0, 1);
}

void ComparisonView::clear()
{
    m_articles.clear();
    m_comparison = {};
    m_presentation = {};
    for (Side which : {Side::Left, Side::Right}) {
        m_panes[which]->clearArticle();
        m_headers[which]->clear();
        m_rulers[which]->setMarks({});
    }
    m_gutter->setLinks({}, m_palette);
    m_swap->setEnabled(false);
    m_stop = -1;
}

void ComparisonView::showPair(int left, int right)
{
    if (m_articles.size() < 2)
        return;
    m_left = std::clamp(left, 0, int(m_articles.size()) - 1);
    m_right = std::clamp(right, 0, int(m_articles.size()) - 1);
    if (m_left == m_right)
        m_right = m_left == 0 ? 1 : 0;
    present();
}

void ComparisonView::swapSides()
{
    if (!hasComparison())
        return;
    std::swap(m_left, m_right);
    present();
}

void ComparisonView::setScheme(HighlightPalette::Scheme scheme)
{
    m_scheme = scheme;
    m_palette = HighlightPalette(m_scheme, palette());
    m_legend->setPalette(m_palette);
    if (hasComparison())
        decorate();
}

void ComparisonView::setNotes(const QList<Annotation> &notes)
{
    for (ArticlePane *pane : m_panes)
        pane->setNotes(notes);
}

void ComparisonView::setShowFurniture(bool show)
{
    m_showFurniture = show;
    if (hasComparison())
        present();
}

void ComparisonView::present()
{
    m_stop = -1;
    const Article &left = m_articles[m_left];
    const Article &right = m_articles[m_right];
    // Each pane is filled once, decorations and all: a document layout of a
    // long article is most of what showing a comparison costs.
    m_presentation = PairPresentation::build(m_comparison, m_articles, m_left, m_right, m_palette);
    for (Side which : {Side::Left, Side::Right}) {
        m_panes[which]->setArticle(which == Side::Left ? left : right, m_showFurniture,
                                   m_presentation.paragraphs[which], m_presentation.spans[which]);
    }
    m_headers[Side::Left]->setChoices(m_articles, m_left);
    m_headers[Side::Right]->setChoices(m_articles, m_right);
    showMarks();
    m_headers[Side::Left]->setArticle(left, m_presentation.shared[Side::Left], SideHeader::outletOrFile(right));
    m_headers[Side::Right]->setArticle(right, m_presentation.shared[Side::Right], SideHeader::outletOrFile(left));
    Q_EMIT pairChanged();
    Q_EMIT stopChanged(m_stop, int(m_presentation.stops.size()));
}

void ComparisonView::decorate()
{
    m_presentation = PairPresentation::build(m_comparison, m_articles, m_left, m_right, m_palette);
    for (Side which : {Side::Left, Side::Right})
        m_panes[which]->setDecorations(m_presentation.paragraphs[which], m_presentation.spans[which]);
    showMarks();
}

void ComparisonView::showMarks()
{
    for (Side which : {Side::Left, Side::Right}) {
        QList<OverviewRuler::Mark> marks;
        for (auto it = m_presentation.paragraphs[which].cbegin(); it != m_presentation.paragraphs[which].cend(); ++it)
            marks.append({it.key(), m_palette.span(HighlightPalette::Mark::Unique)});
        for (const BlockLink &link : std::as_const(m_presentation.links)) {
            const int block = which == Side::Left ? link.aBlock : link.bBlock;
            for (OverviewRuler::Mark &mark : marks) {
                if (mark.block == block)
                    mark.colour = m_palette.hue(HighlightPalette::markFor(link.kind));
            }
        }
        std::sort(marks.begin(), marks.end(), [](const auto &a, const auto &b) { return a.block < b.block; });
        m_rulers[which]->setMarks(marks);
    }
    m_gutter->setLinks(m_presentation.links, m_palette);
    rebuildScrollMap();
}

void ComparisonView::rebuildScrollMap()
{
    QList<QPointF> anchors;
    const ArticlePane *left = m_panes[Side::Left];
    const ArticlePane *right = m_panes[Side::Right];
    for (const BlockLink &link : std::as_const(m_presentation.links)) {
        if (link.moved || !left->isShown(link.aBlock) || !right->isShown(link.bBlock))
            continue;
        const QRectF a = left->blockRect(link.aBlock);
        const QRectF b = right->blockRect(link.bBlock);
        anchors.append({a.top(), b.top()});
        anchors.append({a.bottom(), b.bottom()});
    }
    m_scrollMap.setAnchors(anchors, left->documentHeight(), right->documentHeight());
}

// The line a third of the way down each viewport is where the eye reads;
// the follower is scrolled so that the same text of both is on that line.
void ComparisonView::follow(Side leader)
{
    if (!m_sync || m_following || !hasComparison())
        return;
    const Side follower = leader == Side::Left ? Side::Right : Side::Left;
    ArticlePane *from = m_panes[leader];
    ArticlePane *to = m_panes[follower];
    const double line = from->viewport()->height() / 3.0;
    const double y = from->scrollOffset() + line;
    const double mapped = leader == Side::Left ? m_scrollMap.toRight(y) : m_scrollMap.toLeft(y);
    m_following = true;
    to->setScrollOffset(qRound(mapped - to->viewport()->height() / 3.0));
    m_following = false;
}

void ComparisonView::bringCounterpartIntoView(Side from, int block)
{
    int link = -1;
    const int counterpart = m_presentation.counterpart(from, block, &link);
    if (counterpart < 0)
        return;
    ArticlePane *source = m_panes[from];
    ArticlePane *target = m_panes[from == Side::Left ? Side::Right : Side::Left];
    QRect rect = source->blockViewportRect(block);
    if (rect.isNull())
        return;
    if (rect.bottom() < 0 || rect.top() > source->viewport()->height()) {
        m_following = true;
        source->placeBlock(block, source->viewport()->height() / 3);
        m_following = false;
        rect = source->blockViewportRect(block);
    }
    m_following = true;
    target->placeBlock(counterpart, rect.top());
    m_following = false;
    source->setCurrentBlock(block);
    target->setCurrentBlock(counterpart);
    m_gutter->setCurrentLink(link);
}

void ComparisonView::showCounterpartOf(Side side, int block)
{
    const int counterpart = block < 0 ? -1 : m_presentation.counterpart(side, block);
    m_panes[side == Side::Left ? Side::Right : Side::Left]->setCounterpartBlock(counterpart);
}

bool ComparisonView::step(int direction, bool uniqueOnly)
{
    const auto &stops = m_presentation.stops;
    for (int i = m_stop + direction; i >= 0 && i < stops.size(); i += direction) {
        if (!uniqueOnly || stops[i].unique) {
            goToStop(i);
            return true;
        }
    }
    return false;
}

void ComparisonView::goToStop(int stop)
{
    m_stop = stop;
    const PairPresentation::Stop &target = m_presentation.stops[stop];
    const Side other = target.side == Side::Left ? Side::Right : Side::Left;
    ArticlePane *pane = m_panes[target.side];
    pane->placeBlock(target.block, pane->viewport()->height() / 3);
    pane->setCurrentBlock(target.block);
    const int counterpart = m_presentation.counterpart(target.side, target.block);
    if (counterpart >= 0) {
        bringCounterpartIntoView(target.side, target.block);
    } else {
        m_panes[other]->setCurrentBlock(-1);
        m_gutter->setCurrentLink(-1);
    }
    Q_EMIT stopChanged(m_stop, int(m_presentation.stops.size()));
}

// Highlight colours are worked out against the palette: a switch between
// light and dark needs them again.
void ComparisonView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        setScheme(m_scheme);
}

} // namespace parallax
