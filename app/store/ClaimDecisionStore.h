#pragma once

#include "align/ClaimDecisions.h"

#include <QList>
#include <QString>

namespace parallax {

class Database;

// A person's word on which sentences state one claim (ClaimDecisions.h),
// kept in the library so that it outlives the comparison it was given on:
// it is applied to every comparison that holds both sentences, whatever
// the matcher makes of them then. Deleting an article forgets the
// decisions that name it.
class ClaimDecisionStore final
{
    Q_DISABLE_COPY_MOVE(ClaimDecisionStore)
public:
    explicit ClaimDecisionStore(Database &db);

    // Records the decisions in one transaction, in order; each replaces an
    // earlier one on the same two sentences (either way round), so that the
    // last word on a pair is the only one. Both sentences must exist and lie
    // in different articles; otherwise nothing is recorded and lastError
    // says why.
    bool add(const QList<ClaimDecision> &decisions);
    // Forgets every decision that names any of these sentences: the
    // matcher decides about them again. How many were forgotten, -1 on error.
    int forget(const QList<SentenceRef> &sentences);

    // The decisions whose two sentences both lie in these articles, oldest
    // first: the order applyClaimDecisions takes them in.
    QList<ClaimDecision> forArticles(const QList<qint64> &articleIds) const;

    QString lastError() const { return m_lastError; }

private:
    bool exists(const SentenceRef &sentence);

    Database &m_db;
    QString m_lastError;
};

} // namespace parallax
