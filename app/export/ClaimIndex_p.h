#pragma once

// Which claim each sentence belongs to; private to app/export.

#include <QHash>
#include <QList>

namespace parallax {

struct Comparison;

namespace html {

struct SentenceClaim {
    int sentence = 0;
    int claim = 0; // index into Comparison::claims
};

class ClaimIndex final
{
public:
    explicit ClaimIndex(const Comparison &comparison);

    QList<SentenceClaim> sentences(int article, int block) const;
    // How many different articles carry the claim.
    int articleCount(int claim) const { return m_articleCounts.value(claim); }

private:
    QHash<QPair<int, int>, QList<SentenceClaim>> m_byBlock;
    QList<int> m_articleCounts;
};

} // namespace html
} // namespace parallax
