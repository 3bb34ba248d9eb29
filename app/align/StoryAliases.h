#pragma once

#include <unordered_map>
#include <vector>

namespace parallax {

struct PreparedArticle;
class Vocabulary;

// The titles a story gives its people, learned from the compared articles:
// where one writes "Foreign Minister Qin Gang" or "Secretary of State Antony
// Blinken", another may write "the minister" or "the secretary". A title is
// kept only when it goes with one surname across the whole set: a story
// with two presidents gives "the president" to neither.
class StoryAliases final
{
public:
    static StoryAliases learn(const std::vector<PreparedArticle> &articles, const Vocabulary &vocabulary);

    // Whether the title word (a word id) stands for the person whose name
    // ends in surname (a word id) in this story.
    bool refersTo(int title, int surname) const
    {
        const auto it = m_surnameOf.find(title);
        return it != m_surnameOf.end() && it->second == surname;
    }

private:
    std::unordered_map<int, int> m_surnameOf; // title word -> surname word
};

} // namespace parallax
