#pragma once

#include "ClaimPickerDialog.h"
#include "align/ClaimDecisions.h"
#include "core/Article.h"
#include "coverage/Coverage.h"

#include <optional>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace parallax {

class ClaimDetailView;
class ClaimFilterProxy;
class ClaimMatrixModel;
class CoverageJob;
class DiscrepancyListView;
class OverlapHeatMap;
class QuotesView;
class TimelineView;
class UniqueClaimsView;

// Who reported what across every article of a story: the claims matrix
// with each outlet's wording of the selected claim, the overlap heat map,
// unique claims per outlet, the timeline with wire-copy labels,
// discrepancies and quotes. Computed on the thread pool; the window stays
// responsive and a newer story replaces an unfinished one.
class CoverageView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageView)
public:
    explicit CoverageView(QWidget *parent = nullptr);
    ~CoverageView() override;

    // The articles and their comparison (as ComparisonJob or the cache
    // gives them); the coverage follows by coverageReady.
    void setStory(const QList<Article> &articles, const Comparison &comparison);
    void clear();

    // Blind mode: outlets shown as "Outlet A", "Outlet B" in every view.
    void setBlind(bool blind);
    bool isBlind() const { return m_blind; }
    bool isBusy() const;

    enum class Page { Claims, Overlap, Unique, Timeline, Discrepancies, Quotes };
    void showPage(Page page);
    QWidget *page(Page page) const;

    // A person's word on claims (see ClaimDecisions.h): checked against
    // the comparison shown, refused with a word in the status line when it
    // would put two sentences of one article in one claim, otherwise asked
    // for by claimDecisionsRequested. Only for stored articles (isEditable).
    void mergeWithNearest(int claim);
    void mergeWithOther(int claim);
    void split(int claim, int article);
    void forgetDecisions(int claim);
    bool isEditable() const;
    // Selects the claim that holds this sentence in the claims matrix.
    void goToSentence(int article, int block, int sentence);
    // How "Same claim as…" asks which claim (a dialog unless replaced).
    void setClaimChooser(ClaimChooser chooser) { m_chooser = std::move(chooser); }
    // What the status line above the tabs says, when it is shown.
    QString statusText() const;
    // The menu a claim offers in the matrix and the unique list; article
    // is the matrix column's article, -1 for none. Empty when it offers nothing.
    void fillClaimMenu(QMenu *menu, int claim, int article);

    QTableView *matrixView() const { return m_matrix; }
    UniqueClaimsView *uniqueView() const { return m_unique; }
    ClaimMatrixModel *matrixModel() const { return m_model; }
    ClaimFilterProxy *matrixProxy() const { return m_proxy; }
    ClaimDetailView *detailView() const { return m_detail; }
    OverlapHeatMap *heatMap() const { return m_heatMap; }

Q_SIGNALS:
    void coverageReady();
    // A heat-map cell was clicked: open these two articles side by side.
    // The ids are the articles' library ids (0 for an unstored article).
    void comparePairRequested(qint64 articleA, qint64 articleB);
    void blindChanged(bool blind);
    // To be recorded in the library; the window shows the story again with them.
    void claimDecisionsRequested(const QList<parallax::ClaimDecision> &decisions);
    void claimDecisionsForgotten(const QList<parallax::SentenceRef> &sentences);

private:
    QWidget *buildClaimsPage();
    void present(const QList<Article> &articles, const Comparison &comparison, const Coverage &coverage);
    void refreshNames();
    void applyFilter();
    void showSelectedClaim();
    void selectClaim(int claim);
    void request(const QList<ClaimDecision> &decisions, const ClaimMember &follow);
    void refuse(const QString &message);
    void showClaimMenu(QWidget *view, const QPoint &pos, int claim, int article);
    std::optional<SentenceRef> selectedSentence() const;
    const ClaimRow *rowOf(int claim) const;

    CoverageJob *m_job = nullptr;
    QList<Article> m_articles;
    Comparison m_comparison;
    Coverage m_coverage;
    bool m_blind = false;
    ClaimChooser m_chooser = dialogClaimChooser();
    // The sentence whose claim is selected again once the story shown anew
    // (after a person's decision) is ready.
    std::optional<SentenceRef> m_follow;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_legend = nullptr;
    QCheckBox *m_uniqueOnly = nullptr;
    QCheckBox *m_quotesOnly = nullptr;
    QCheckBox *m_numbersOnly = nullptr;
    QCheckBox *m_blindBox = nullptr;
    QSpinBox *m_minCarriers = nullptr;
    QComboBox *m_order = nullptr;
    QTableView *m_matrix = nullptr;
    ClaimMatrixModel *m_model = nullptr;
    ClaimFilterProxy *m_proxy = nullptr;
    ClaimDetailView *m_detail = nullptr;
    OverlapHeatMap *m_heatMap = nullptr;
    UniqueClaimsView *m_unique = nullptr;
    TimelineView *m_timeline = nullptr;
    DiscrepancyListView *m_discrepancies = nullptr;
    QuotesView *m_quotes = nullptr;
};

} // namespace parallax
