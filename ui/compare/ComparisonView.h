#pragma once

#include "PairPresentation.h"
#include "ScrollMap.h"
#include "coverage/Annotation.h"
#include "palette/HighlightPalette.h"

#include <QWidget>

class QAction;
class QToolButton;

namespace parallax {

class ArticlePane;
class LegendBar;
class LinkGutter;
class OverviewRuler;
class SideHeader;

// Two articles side by side with the link gutter between them, an overview
// ruler beside each, headers above and the legend below. It paints a
// Comparison it is given and never computes one.
class ComparisonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonView)
public:
    using Side = PairPresentation::Side;

    explicit ComparisonView(QWidget *parent = nullptr);

    void setComparison(const QList<Article> &articles, const Comparison &comparison);
    void clear();
    bool hasComparison() const { return m_articles.size() >= 2; }
    const QList<Article> &articles() const { return m_articles; }
    // Offered in a paragraph's context menu in either pane.
    void addBlockMenuAction(QAction *action) { m_blockActions.append(action); }
    const Comparison &comparison() const { return m_comparison; }
    // Indexes into articles() of the two sides.
    void showPair(int left, int right);
    int side(Side which) const { return which == Side::Left ? m_left : m_right; }
    void swapSides();

    void setScheme(HighlightPalette::Scheme scheme);
    void setShowFurniture(bool show);
    void setSyncScrolling(bool sync) { m_sync = sync; }
    // A person's notes on any of the articles; each pane marks its own.
    void setNotes(const QList<Annotation> &notes);

    bool nextDifference() { return step(+1, false); }
    bool previousDifference() { return step(-1, false); }
    bool nextUnique() { return step(+1, true); }
    bool previousUnique() { return step(-1, true); }
    int currentStop() const { return m_stop; }

    // Scrolls the other pane so the counterpart of this paragraph sits level with it.
    void bringCounterpartIntoView(Side from, int block);

    const PairPresentation &presentation() const { return m_presentation; }
    ArticlePane *pane(Side which) const { return m_panes[which]; }
    SideHeader *header(Side which) const { return m_headers[which]; }
    OverviewRuler *ruler(Side which) const { return m_rulers[which]; }
    LinkGutter *gutter() const { return m_gutter; }

Q_SIGNALS:
    void pairChanged();
    void stopChanged(int stop, int count);
    // Just before a paragraph's context menu opens, so its actions can be aimed.
    void blockMenuAboutToShow(const parallax::ArticlePane *pane, int block);

protected:
    void changeEvent(QEvent *event) override;

private:
    void present();
    void decorate();
    void showMarks(); // rulers, gutter and scroll map of the current presentation
    void rebuildScrollMap();
    void follow(Side leader);
    bool step(int direction, bool uniqueOnly);
    void goToStop(int stop);
    void showCounterpartOf(Side side, int block);

    QList<Article> m_articles;
    QList<QAction *> m_blockActions;
    Comparison m_comparison;
    int m_left = 0;
    int m_right = 1;
    PairPresentation m_presentation;
    HighlightPalette::Scheme m_scheme = HighlightPalette::Scheme::OkabeIto;
    HighlightPalette m_palette;
    bool m_showFurniture = false;
    bool m_sync = true;
    bool m_following = false; // set while one pane is moved to follow the other
    ScrollMap m_scrollMap;
    int m_stop = -1;

    ArticlePane *m_panes[2] = {};
    SideHeader *m_headers[2] = {};
    OverviewRuler *m_rulers[2] = {};
    LinkGutter *m_gutter = nullptr;
    LegendBar *m_legend = nullptr;
    QToolButton *m_swap = nullptr;
};

} // namespace parallax
