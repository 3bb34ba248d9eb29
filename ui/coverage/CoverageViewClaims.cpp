// The CoverageView methods behind a person's word on claims: merging a
// claim with its closest sentence's claim or another, taking a sentence
// out of one, and leaving it to the matcher again.
#include "CoverageView.h"

#include "ClaimDetailView.h"
#include "ClaimFilterProxy.h"
#include "ClaimMatrixModel.h"
#include "OutletNames.h"

#include <QLabel>
#include <QMenu>
#include <QTableView>

#include <algorithm>

namespace parallax {

std::optional<SentenceRef> CoverageView::selectedSentence() const
{
    const QModelIndex current = m_matrix->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const ClaimRow &row = m_model->claimRow(m_proxy->mapToSource(current).row());
    for (int a = 0; a < row.cells.size() && a < m_articles.size(); ++a) {
        if (row.cells[a].carriage != Carriage::Absent && m_articles[a].id > 0)
            return SentenceRef{m_articles[a].id, row.cells[a].block, row.cells[a].sentence};
    }
    return std::nullopt;
}

const ClaimRow *CoverageView::rowOf(int claim) const
{
    for (const ClaimRow &row : m_coverage.claims) {
        if (row.claim == claim)
            return &row;
    }
    return nullptr;
}

bool CoverageView::isEditable() const
{
    return !m_articles.isEmpty()
        && std::all_of(m_articles.cbegin(), m_articles.cend(), [](const Article &a) { return a.id > 0; });
}

QString CoverageView::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void CoverageView::goToSentence(int article, int block, int sentence)
{
    const int row = rowHolding(m_coverage.claims, article, block, sentence);
    if (row >= 0)
        selectClaim(m_coverage.claims[row].claim);
}

void CoverageView::refuse(const QString &message)
{
    m_status->setText(message);
    m_status->setVisible(true);
}

void CoverageView::request(const QList<ClaimDecision> &decisions, const ClaimMember &follow)
{
    // What the window would do with them, tried first, so that a refusal
    // is said here and nothing is recorded.
    Comparison trial = m_comparison;
    if (!applyClaimDecisions(trial, m_articles, decisions).isEmpty()) {
        refuse(tr("These cannot be one claim: a claim holds at most one sentence of each outlet."));
        return;
    }
    m_status->setVisible(false);
    m_follow = sentenceRef(m_articles, follow);
    Q_EMIT claimDecisionsRequested(decisions);
}

void CoverageView::mergeWithNearest(int claim)
{
    const ClaimRow *row = rowOf(claim);
    if (!isEditable() || !row || !row->nearest.isValid() || claim >= m_comparison.claims.size())
        return;
    const NearestSentence &n = row->nearest;
    const int other = rowHolding(m_coverage.claims, n.article, n.block, n.sentence);
    const ClaimMember own = m_comparison.claims[claim].members.front();
    // The closest sentence's claim may already hold a sentence of this
    // outlet (the matcher paired it with another of its sentences).
    if (other >= 0) {
        const ClaimCell &cell = m_coverage.claims[other].cells.value(own.article);
        if (cell.carriage != Carriage::Absent) {
            refuse(tr("Not made one claim: the closest sentence, in %1, is in a claim that already holds a "
                      "sentence of %2, and a claim holds at most one sentence of each outlet.")
                       .arg(outletNames(m_articles, m_blind).value(n.article),
                            outletNames(m_articles, m_blind).value(own.article)));
            return;
        }
    }
    request({{sentenceRef(m_articles, own), sentenceRef(m_articles, {n.article, n.block, n.sentence}), true}}, own);
}

void CoverageView::mergeWithOther(int claim)
{
    const ClaimRow *row = rowOf(claim);
    if (!isEditable() || !row || claim >= m_comparison.claims.size())
        return;
    QList<ClaimRow> candidates;
    for (const ClaimRow &other : std::as_const(m_coverage.claims)) {
        bool apart = other.claim != claim;
        for (int a = 0; a < other.cells.size() && apart; ++a)
            apart = other.cells[a].carriage == Carriage::Absent || row->cells.value(a).carriage == Carriage::Absent;
        if (apart)
            candidates.append(other);
    }
    const int chosen = m_chooser(m_articles, candidates, outletNames(m_articles, m_blind), this);
    if (chosen < 0 || chosen >= m_comparison.claims.size() || m_comparison.claims[chosen].members.isEmpty())
        return;
    const ClaimMember own = m_comparison.claims[claim].members.front();
    const ClaimMember other = m_comparison.claims[chosen].members.front();
    request({{sentenceRef(m_articles, own), sentenceRef(m_articles, other), true}}, own);
}

void CoverageView::split(int claim, int article)
{
    if (!isEditable() || claim < 0 || claim >= m_comparison.claims.size())
        return;
    const QList<ClaimMember> &members = m_comparison.claims[claim].members;
    const auto out = std::find_if(members.cbegin(), members.cend(),
                                  [article](const ClaimMember &m) { return m.article == article; });
    if (out == members.cend() || members.size() < 2)
        return;
    // Not the claim of any sentence it was grouped with, so that it stays
    // out whichever of them the matcher groups it with next time.
    QList<ClaimDecision> decisions;
    ClaimMember stays;
    for (const ClaimMember &m : members) {
        if (m == *out)
            continue;
        decisions.append({sentenceRef(m_articles, *out), sentenceRef(m_articles, m), false});
        stays = m;
    }
    request(decisions, stays);
}

void CoverageView::forgetDecisions(int claim)
{
    if (!isEditable() || claim < 0 || claim >= m_comparison.claims.size())
        return;
    QList<SentenceRef> sentences;
    for (const ClaimMember &m : m_comparison.claims[claim].members)
        sentences.append(sentenceRef(m_articles, m));
    if (sentences.isEmpty())
        return;
    m_follow = sentences.first();
    Q_EMIT claimDecisionsForgotten(sentences);
}

void CoverageView::fillClaimMenu(QMenu *menu, int claim, int article)
{
    const ClaimRow *row = rowOf(claim);
    if (!row || !isEditable())
        return;
    const QStringList names = outletNames(m_articles, m_blind);
    if (row->carriers == 1) {
        QAction *same = menu->addAction(tr("Same as Closest Elsewhere"), this, [this, claim] { mergeWithNearest(claim); });
        same->setEnabled(row->nearest.isValid());
        menu->addAction(tr("Same Claim As…"), this, [this, claim] { mergeWithOther(claim); });
    } else {
        QMenu *splitMenu = menu->addMenu(tr("Not the Same Claim — Split"));
        for (int a = 0; a < row->cells.size(); ++a) {
            if (row->cells[a].carriage == Carriage::Absent)
                continue;
            QAction *action = splitMenu->addAction(tr("Take Out the Sentence from %1").arg(names.value(a)), this,
                                                   [this, claim, a] { split(claim, a); });
            if (a == article)
                splitMenu->setDefaultAction(action);
        }
    }
    if (row->byHand())
        menu->addAction(tr("Let the Matcher Decide"), this, [this, claim] { forgetDecisions(claim); });
}

void CoverageView::showClaimMenu(QWidget *view, const QPoint &pos, int claim, int article)
{
    QMenu menu;
    fillClaimMenu(&menu, claim, article);
    if (!menu.isEmpty())
        menu.exec(view->mapToGlobal(pos));
}

} // namespace parallax
