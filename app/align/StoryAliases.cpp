#include "StoryAliases.h"

#include "PreparedArticle.h"
#include "Vocabulary.h"

namespace parallax {

namespace {

// Words read back from a name for its title: "Secretary of State" is
// three, the longest common form ("Deputy Prime Minister" reads "deputy"
// and "prime" as words of the name run or the title, both fine).
constexpr int TitleReach = 3;
constexpr int Ambiguous = -1;

} // namespace

StoryAliases StoryAliases::learn(const std::vector<PreparedArticle> &articles, const Vocabulary &vocabulary)
{
    StoryAliases aliases;
    for (const PreparedArticle &article : articles) {
        for (const PreparedSentence &sentence : article.sentences) {
            for (int i = sentence.firstItem; i < sentence.endItem; ++i) {
                const ClaimItem &name = article.items[size_t(i)];
                if (name.kind != ClaimItem::Kind::Name)
                    continue;
                const int surname = article.tokens[size_t(name.endToken - 1)].word;
                const int firstToken = name.firstToken;
                for (int t = firstToken - 1; t >= 0 && t >= firstToken - TitleReach; --t) {
                    if (article.tokenSentence[size_t(t)] != article.tokenSentence[size_t(firstToken)])
                        break;
                    const int word = article.tokens[size_t(t)].word;
                    if (!vocabulary.info(word).title)
                        continue;
                    const auto [it, added] = aliases.m_surnameOf.emplace(word, surname);
                    if (!added && it->second != surname)
                        it->second = Ambiguous;
                }
            }
        }
    }
    return aliases;
}

} // namespace parallax
