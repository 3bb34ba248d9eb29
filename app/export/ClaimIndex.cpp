#include "ClaimIndex_p.h"

#include "align/AlignTypes.h"

#include <QSet>

namespace parallax::html {

ClaimIndex::ClaimIndex(const Comparison &comparison)
{
    m_articleCounts.reserve(comparison.claims.size());
    for (int c = 0; c < comparison.claims.size(); ++c) {
        QSet<int> articles;
        for (const ClaimMember &member : comparison.claims[c].members) {
            m_byBlock[{member.article, member.block}].append({member.sentence, c});
            articles.insert(member.article);
        }
        m_articleCounts.append(int(articles.size()));
    }
}

QList<SentenceClaim> ClaimIndex::sentences(int article, int block) const
{
    return m_byBlock.value({article, block});
}

} // namespace parallax::html
