#include "CoverageView.h"

#include "ClaimCellDelegate.h"
#include "ClaimDetailView.h"
#include "ClaimFilterProxy.h"
#include "ClaimMatrixModel.h"
#include "CoverageColours.h"
#include "CoverageJob.h"
#include "CoverageRoles.h"
#include "DiscrepancyListView.h"
#include "OutletNames.h"
#include "OverlapHeatMap.h"
#include "QuotesView.h"
#include "TimelineView.h"
#include "UniqueClaimsView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>

namespace parallax {

using namespace coverage_ui;
using namespace Qt::StringLiterals;

namespace {

QString glyph(const QColor &colour, const QString &symbol, const QString &meaning)
{
    return u"<span style=\"color: %1\">%2</span>&nbsp;%3"_s.arg(colour.name(), symbol, meaning.toHtmlEscaped());
}

// What the matrix's glyphs and column letters mean.
QString legendHtml(const QStringList &names)
{
    QStringList kinds{glyph(identicalHue, u"●"_s, CoverageView::tr("identical")),
                      glyph(nearHue, u"◐"_s, CoverageView::tr("near-verbatim")),
                      glyph(paraphraseHue, u"○"_s, CoverageView::tr("paraphrase")),
                      glyph(soleHue, u"◆"_s, CoverageView::tr("only this outlet")),
                      glyph(discrepancyHue, u"◥"_s, CoverageView::tr("a figure, date, name or title differs")),
                      u"✎&nbsp;"_s + CoverageView::tr("grouped by hand").toHtmlEscaped()};
    QStringList outlets;
    for (int i = 0; i < names.size(); ++i)
        outlets << u"<b>%1</b>&nbsp;%2"_s.arg(QChar(u'A' + i % 26)).arg(names[i].toHtmlEscaped());
    return kinds.join(u" &nbsp; "_s) + u"<br>"_s + outlets.join(u" · "_s);
}

} // namespace

CoverageView::CoverageView(QWidget *parent)
    : QWidget(parent)
    , m_job(new CoverageJob(this))
{
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildClaimsPage(), tr("Claims"));

    m_heatMap = new OverlapHeatMap;
    auto *heatScroll = new QScrollArea;
    heatScroll->setWidget(m_heatMap);
    heatScroll->setWidgetResizable(true);
    m_tabs->addTab(heatScroll, tr("Overlap"));
    m_unique = new UniqueClaimsView;
    m_tabs->addTab(m_unique, tr("Unique claims"));
    m_timeline = new TimelineView;
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_discrepancies = new DiscrepancyListView;
    m_tabs->addTab(m_discrepancies, tr("Discrepancies"));
    m_quotes = new QuotesView;
    m_tabs->addTab(m_quotes, tr("Quotes"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    connect(m_job, &CoverageJob::finished, this, &CoverageView::present);
    connect(m_heatMap, &OverlapHeatMap::pairActivated, this, [this](int a, int b) {
        if (a < m_articles.size() && b < m_articles.size())
            Q_EMIT comparePairRequested(m_articles[a].id, m_articles[b].id);
    });
    connect(m_discrepancies, &DiscrepancyListView::claimActivated, this, &CoverageView::selectClaim);
    connect(m_unique, &UniqueClaimsView::claimActivated, this, &CoverageView::selectClaim);
    connect(m_unique, &UniqueClaimsView::sentenceActivated, this, &CoverageView::goToSentence);
    connect(m_unique, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { showClaimMenu(m_unique->viewport(), pos, m_unique->claimAt(pos), -1); });
    connect(m_detail, &ClaimDetailView::sentenceActivated, this, &CoverageView::goToSentence);
    connect(m_detail, &ClaimDetailView::mergeWithNearestRequested, this, &CoverageView::mergeWithNearest);
    connect(m_detail, &ClaimDetailView::mergeWithOtherRequested, this, &CoverageView::mergeWithOther);
    connect(m_detail, &ClaimDetailView::splitRequested, this, &CoverageView::split);
    connect(m_detail, &ClaimDetailView::forgetRequested, this, &CoverageView::forgetDecisions);
    clear();
}

CoverageView::~CoverageView() = default;

QWidget *CoverageView::buildClaimsPage()
{
    auto *page = new QWidget;
    m_uniqueOnly = new QCheckBox(tr("&Unique only"));
    m_quotesOnly = new QCheckBox(tr("&Quotes only"));
    m_numbersOnly = new QCheckBox(tr("With &figures"));
    m_blindBox = new QCheckBox(tr("&Blind"));
    m_blindBox->setToolTip(tr("Hide outlet names: show them as Outlet A, Outlet B, …"));
    m_minCarriers = new QSpinBox;
    m_minCarriers->setRange(1, 99);
    m_minCarriers->setPrefix(tr("Shared by ≥ "));
    m_minCarriers->setAccessibleName(tr("Shared by at least this many outlets"));
    m_order = new QComboBox;
    m_order->addItems({tr("Story order"), tr("Most carried first"), tr("Fewest carried first")});
    m_order->setAccessibleName(tr("Order of the claims"));

    auto *filters = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_uniqueOnly, m_minCarriers, m_quotesOnly, m_numbersOnly,
                                                       m_order})
        filters->addWidget(w);
    filters->addStretch(1);
    filters->addWidget(m_blindBox);

    m_legend = new QLabel;
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);

    m_model = new ClaimMatrixModel(this);
    m_proxy = new ClaimFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_matrix = new QTableView;
    m_matrix->setModel(m_proxy);
    m_matrix->setItemDelegate(new ClaimCellDelegate(m_matrix));
    m_matrix->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->setWordWrap(false);
    m_matrix->setTextElideMode(Qt::ElideRight);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_matrix->horizontalHeader()->setDefaultSectionSize(fontMetrics().height() * 3);
    m_matrix->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_matrix->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_matrix->setAccessibleName(tr("Claims matrix"));

    m_detail = new ClaimDetailView;
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_matrix);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(m_legend);
    layout->addWidget(splitter, 1);

    for (QCheckBox *box : {m_uniqueOnly, m_quotesOnly, m_numbersOnly})
        connect(box, &QCheckBox::toggled, this, &CoverageView::applyFilter);
    connect(m_minCarriers, &QSpinBox::valueChanged, this, &CoverageView::applyFilter);
    connect(m_order, &QComboBox::currentIndexChanged, this,
            [this](int order) { m_proxy->setOrder(ClaimOrder(order)); });
    connect(m_blindBox, &QCheckBox::toggled, this, &CoverageView::setBlind);
    connect(m_matrix->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CoverageView::showSelectedClaim);
    m_matrix->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_matrix, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_matrix->indexAt(pos);
        if (index.isValid()) {
            showClaimMenu(m_matrix->viewport(), pos, m_model->claimRow(m_proxy->mapToSource(index).row()).claim,
                          index.column() - 1);
        }
    });
    return page;
}

void CoverageView::setStory(const QList<Article> &articles, const Comparison &comparison)
{
    m_status->setText(tr("Working out who reported what across %Ln article(s)…", nullptr, int(articles.size())));
    m_status->setVisible(true);
    m_job->start(articles, comparison);
}

void CoverageView::clear()
{
    m_job->cancel();
    m_articles.clear();
    m_comparison = {};
    m_coverage = {};
    m_follow.reset();
    m_model->setMatrix({}, {}, {});
    m_detail->clear();
    m_status->setText(tr("Choose a story or several articles to see who reported what."));
    m_status->setVisible(true);
    refreshNames();
}

bool CoverageView::isBusy() const
{
    return m_job->isRunning();
}

void CoverageView::present(const QList<Article> &articles, const Comparison &comparison, const Coverage &coverage)
{
    // The same story back after a person's decision keeps its claim in view.
    const std::optional<SentenceRef> follow = m_follow ? m_follow : selectedSentence();
    m_follow.reset();
    m_articles = articles;
    m_comparison = comparison;
    m_coverage = coverage;
    m_model->setMatrix(articles, coverage.claims, coverage.discrepancies);
    m_minCarriers->setMaximum(std::max(1, int(articles.size())));
    m_status->setVisible(false);
    m_matrix->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    refreshNames();
    m_proxy->setOrder(ClaimOrder(m_order->currentIndex()));
    if (follow) {
        for (int a = 0; a < articles.size(); ++a) {
            if (articles[a].id != follow->article)
                continue;
            const int row = rowHolding(coverage.claims, a, follow->block, follow->sentence);
            const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
            if (index.isValid())
                m_matrix->setCurrentIndex(index);
        }
    }
    Q_EMIT coverageReady();
}

void CoverageView::setBlind(bool blind)
{
    if (blind == m_blind)
        return;
    m_blind = blind;
    m_blindBox->setChecked(blind);
    refreshNames();
    Q_EMIT blindChanged(blind);
}

void CoverageView::refreshNames()
{
    const QStringList names = outletNames(m_articles, m_blind);
    m_model->setOutletNames(names);
    m_legend->setText(legendHtml(names));
    m_heatMap->setOverlap(m_coverage.overlap, names);
    m_unique->setClaims(m_articles, m_coverage.claims, names);
    m_timeline->setTimeline(m_coverage.timeline, m_coverage.derivation, names);
    QHash<int, int> positions;
    for (const ClaimRow &row : m_coverage.claims)
        positions.insert(row.claim, row.position);
    m_discrepancies->setDiscrepancies(m_coverage.discrepancies, positions, names);
    m_quotes->setQuotes(m_coverage.quotes, names);
    showSelectedClaim();
}

void CoverageView::applyFilter()
{
    m_proxy->setFilter({.uniqueOnly = m_uniqueOnly->isChecked(),
                        .minCarriers = m_minCarriers->value(),
                        .quotesOnly = m_quotesOnly->isChecked(),
                        .numbersOnly = m_numbersOnly->isChecked()});
}

void CoverageView::showSelectedClaim()
{
    const QModelIndex current = m_matrix->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const int row = m_proxy->mapToSource(current).row();
    m_detail->showClaim(m_articles, m_model->claimRow(row), outletNames(m_articles, m_blind),
                        m_model->discrepancies(row), isEditable());
}

void CoverageView::selectClaim(int claim)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->claimRow(r).claim != claim)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(r, 0));
        if (!index.isValid()) {
            // The claim is filtered out: show every claim again.
            for (QCheckBox *box : {m_uniqueOnly, m_quotesOnly, m_numbersOnly})
                box->setChecked(false);
            m_minCarriers->setValue(1);
        }
        showPage(Page::Claims);
        m_matrix->setCurrentIndex(m_proxy->mapFromSource(m_model->index(r, 0)));
        return;
    }
}

void CoverageView::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

QWidget *CoverageView::page(Page page) const
{
    return m_tabs->widget(int(page));
}

} // namespace parallax
