// The LibraryService methods behind a person's claim decisions. Same thread
// rules as the rest of the class.
#include "LibraryService.h"

#include "store/ClaimDecisionStore.h"

#include <QSet>

namespace parallax {

void LibraryService::addClaimDecisions(const QList<ClaimDecision> &decisions)
{
    if (forwarded([this, decisions] { addClaimDecisions(decisions); }))
        return;
    if (!ready() || decisions.isEmpty())
        return;
    if (!m_decisions->add(decisions)) {
        Q_EMIT failed(tr("Could not save the decision on the claim: %1").arg(m_decisions->lastError()));
        return;
    }
    QSet<qint64> articles;
    for (const ClaimDecision &d : decisions)
        articles << d.a.article << d.b.article;
    Q_EMIT claimDecisionsChanged(QList<qint64>(articles.cbegin(), articles.cend()));
}

void LibraryService::forgetClaimDecisions(const QList<SentenceRef> &sentences)
{
    if (forwarded([this, sentences] { forgetClaimDecisions(sentences); }))
        return;
    if (!ready() || sentences.isEmpty())
        return;
    if (m_decisions->forget(sentences) < 0) {
        Q_EMIT failed(tr("Could not forget the decisions on the claim: %1").arg(m_decisions->lastError()));
        return;
    }
    QSet<qint64> articles;
    for (const SentenceRef &s : sentences)
        articles << s.article;
    Q_EMIT claimDecisionsChanged(QList<qint64>(articles.cbegin(), articles.cend()));
}

void LibraryService::loadClaimDecisions(const QList<qint64> &articleIds, quint64 ticket)
{
    if (forwarded([this, articleIds, ticket] { loadClaimDecisions(articleIds, ticket); }))
        return;
    if (ready())
        Q_EMIT claimDecisionsLoaded(ticket, m_decisions->forArticles(articleIds));
}

} // namespace parallax
