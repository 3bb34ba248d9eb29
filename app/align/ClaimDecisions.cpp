#include "ClaimDecisions.h"

#include "core/Article.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

namespace parallax {
namespace {

using MemberKey = std::tuple<int, int, int>; // article index, block, sentence

MemberKey keyOf(const ClaimMember &m)
{
    return {m.article, m.block, m.sentence};
}

// Where each sentence of the comparison is: the id of the claim holding it.
// Claims are found by id, since merges take them out of the list.
class ClaimPlaces final
{
public:
    ClaimPlaces(const Comparison &comparison, const QList<Article> &articles)
    {
        for (int a = 0; a < articles.size(); ++a) {
            // An unstored article has no name a decision could use.
            if (articles[a].id > 0 && !m_articleIndex.contains(articles[a].id))
                m_articleIndex.insert(articles[a].id, a);
        }
        for (const ClaimCluster &claim : comparison.claims) {
            for (const ClaimMember &m : claim.members)
                m_claimOf.emplace(keyOf(m), claim.id);
        }
    }

    std::optional<MemberKey> member(const SentenceRef &ref) const
    {
        const auto article = m_articleIndex.constFind(ref.article);
        if (article == m_articleIndex.cend())
            return std::nullopt;
        const MemberKey key{*article, ref.block, ref.sentence};
        if (!m_claimOf.contains(key))
            return std::nullopt;
        return key;
    }

    int claimOf(const MemberKey &key) const { return m_claimOf.at(key); }
    void move(const MemberKey &key, int claimId) { m_claimOf[key] = claimId; }

private:
    QHash<qint64, int> m_articleIndex;
    std::map<MemberKey, int> m_claimOf;
};

qsizetype indexOfClaim(const QList<ClaimCluster> &claims, int id)
{
    for (qsizetype i = 0; i < claims.size(); ++i) {
        if (claims[i].id == id)
            return i;
    }
    return -1;
}

// unique and nearest after the members changed: nearest belongs to unique
// claims only, and a changed claim's old nearest may be one of its members.
void settle(ClaimCluster &claim)
{
    std::sort(claim.members.begin(), claim.members.end(),
              [](const ClaimMember &x, const ClaimMember &y) { return keyOf(x) < keyOf(y); });
    const bool wasUnique = claim.unique;
    claim.unique = std::all_of(claim.members.cbegin(), claim.members.cend(), [&claim](const ClaimMember &m) {
        return m.article == claim.members.front().article;
    });
    if (!claim.unique || !wasUnique)
        claim.nearest = {};
}

bool shareAnArticle(const ClaimCluster &x, const ClaimCluster &y)
{
    for (const ClaimMember &mx : x.members) {
        for (const ClaimMember &my : y.members) {
            if (mx.article == my.article)
                return true;
        }
    }
    return false;
}

} // namespace

SentenceRef sentenceRef(const QList<Article> &articles, const ClaimMember &member)
{
    if (member.article < 0 || member.article >= articles.size())
        return {0, member.block, member.sentence};
    return {articles[member.article].id, member.block, member.sentence};
}

QList<RefusedClaimDecision> applyClaimDecisions(Comparison &comparison, const QList<Article> &articles,
                                                const QList<ClaimDecision> &decisions)
{
    QList<RefusedClaimDecision> refused;
    if (decisions.isEmpty())
        return refused;
    ClaimPlaces places(comparison, articles);
    int nextId = 0;
    for (const ClaimCluster &claim : std::as_const(comparison.claims))
        nextId = std::max(nextId, claim.id + 1);
    QList<ClaimCluster> &claims = comparison.claims;

    for (int d = 0; d < decisions.size(); ++d) {
        const ClaimDecision &decision = decisions[d];
        const auto a = places.member(decision.a);
        const auto b = places.member(decision.b);
        if (!a || !b || *a == *b)
            continue;
        const int claimA = places.claimOf(*a);
        const int claimB = places.claimOf(*b);
        if (decision.same) {
            if (claimA == claimB)
                continue;
            const qsizetype into = indexOfClaim(claims, std::min(claimA, claimB));
            const qsizetype from = indexOfClaim(claims, std::max(claimA, claimB));
            if (shareAnArticle(claims[into], claims[from])) {
                refused.append({d, ClaimDecisionRefusal::SameArticle});
                continue;
            }
            ClaimCluster &target = claims[into];
            for (const ClaimMember &m : std::as_const(claims[from].members)) {
                target.members.append(m);
                places.move(keyOf(m), target.id);
            }
            target.mergedByHand = true;
            target.splitByHand = target.splitByHand || claims[from].splitByHand;
            settle(target);
            claims.removeAt(from);
        } else {
            if (claimA != claimB)
                continue;
            ClaimCluster &rest = claims[indexOfClaim(claims, claimA)];
            const auto member = std::find_if(rest.members.cbegin(), rest.members.cend(),
                                             [&a](const ClaimMember &m) { return keyOf(m) == *a; });
            ClaimCluster alone;
            alone.id = nextId++;
            alone.members = {*member};
            alone.splitByHand = true;
            rest.members.erase(member);
            rest.splitByHand = true;
            settle(rest);
            places.move(*a, alone.id);
            claims.append(alone);
        }
    }
    return refused;
}

} // namespace parallax
