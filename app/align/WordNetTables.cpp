#include "WordNetTables_p.h"

#include <algorithm>
#include <cstring>

namespace parallax::wordnet {
namespace {

// An array as its length and its bytes, in this machine's byte order: the
// file is a cache, never moved between machines.
template<typename Array>
void appendArray(std::string &out, const Array &array)
{
    const std::uint64_t count = array.size();
    out.append(reinterpret_cast<const char *>(&count), sizeof count);
    out.append(reinterpret_cast<const char *>(array.data()), count * sizeof(typename Array::value_type));
}

template<typename Array>
bool readArray(std::string_view &in, Array &array)
{
    std::uint64_t count = 0;
    if (in.size() < sizeof count)
        return false;
    std::memcpy(&count, in.data(), sizeof count);
    in.remove_prefix(sizeof count);
    if (count > in.size() / sizeof(typename Array::value_type))
        return false;
    array.resize(count);
    std::memcpy(array.data(), in.data(), count * sizeof(typename Array::value_type));
    in.remove_prefix(count * sizeof(typename Array::value_type));
    return true;
}

// Offsets that start at 0, never go back, and end at the end of what they index.
bool validOffsets(const std::vector<std::uint32_t> &start, size_t items, size_t end)
{
    return start.size() == items + 1 && start.front() == 0 && start.back() == end
        && std::is_sorted(start.cbegin(), start.cend());
}

// Slots are laid out by std::hash, which another build may compute otherwise.
constexpr std::string_view hashProbe = "parallax wordnet";

} // namespace

int SpellingTable::insert(std::string_view text, PartOfSpeech pos)
{
    if (size_t(size() + 1) * 2 > m_slots.size())
        grow();
    const size_t slot = slotOf(text, hashOf(text), pos);
    if (m_slots[slot] < 0) {
        m_slots[slot] = size();
        m_text.append(text);
        m_start.push_back(std::uint32_t(m_text.size()));
        m_pos.push_back(pos);
    }
    return m_slots[slot];
}

int SpellingTable::find(std::string_view text, size_t hash, PartOfSpeech pos) const
{
    return m_slots.empty() ? -1 : m_slots[slotOf(text, hash, pos)];
}

void SpellingTable::appendTo(std::string &out) const
{
    const std::uint64_t probe = hashOf(hashProbe);
    out.append(reinterpret_cast<const char *>(&probe), sizeof probe);
    appendArray(out, m_text);
    appendArray(out, m_start);
    appendArray(out, m_pos);
    appendArray(out, m_slots);
}

bool SpellingTable::readFrom(std::string_view &in)
{
    std::uint64_t probe = 0;
    if (in.size() < sizeof probe)
        return false;
    std::memcpy(&probe, in.data(), sizeof probe);
    in.remove_prefix(sizeof probe);
    if (probe != hashOf(hashProbe) || !readArray(in, m_text) || !readArray(in, m_start) || !readArray(in, m_pos)
        || !readArray(in, m_slots))
        return false;
    const auto ids = m_pos.size();
    const bool slotsFit = m_slots.size() >= 2 * ids && (m_slots.size() & (m_slots.size() - 1)) == 0
        && std::all_of(m_slots.cbegin(), m_slots.cend(), [ids](int id) { return id >= -1 && id < int(ids); })
        && size_t(std::count(m_slots.cbegin(), m_slots.cend(), -1)) == m_slots.size() - ids;
    return validOffsets(m_start, ids, m_text.size()) && slotsFit
        && std::all_of(m_pos.cbegin(), m_pos.cend(), [](PartOfSpeech pos) { return int(pos) < partsOfSpeech; });
}

std::string_view SpellingTable::text(int id) const
{
    const auto i = size_t(id);
    return std::string_view(m_text).substr(m_start[i], m_start[i + 1] - m_start[i]);
}

// The slot that holds text in pos, or the empty one where it would go.
size_t SpellingTable::slotOf(std::string_view text, size_t hash, PartOfSpeech pos) const
{
    const size_t mask = m_slots.size() - 1;
    // The parts of speech of one spelling spread over the table rather than
    // in neighbouring slots, which lengthened every probe near them.
    size_t slot = (hash ^ (size_t(pos) * 0x9e3779b97f4a7c15ULL)) & mask;
    while (m_slots[slot] >= 0 && (partOfSpeech(m_slots[slot]) != pos || this->text(m_slots[slot]) != text))
        slot = (slot + 1) & mask;
    return slot;
}

void SpellingTable::grow()
{
    m_slots.assign(std::max<size_t>(m_slots.size() * 2, 1024), -1);
    for (int id = 0; id < size(); ++id)
        m_slots[slotOf(text(id), hashOf(text(id)), partOfSpeech(id))] = id;
}

// A counting sort by source, then each id's few targets sorted in place:
// linear in the links, where sorting the pairs was a tenth of the load.
LinkTable::LinkTable(const std::vector<std::pair<int, int>> &links, int nodes)
{
    std::vector<std::uint32_t> start(size_t(nodes) + 1, 0);
    for (const auto &link : links)
        ++start[size_t(link.first) + 1];
    for (size_t i = 1; i < start.size(); ++i)
        start[i] += start[i - 1];
    m_targets.resize(links.size());
    std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
    for (const auto &[from, to] : links)
        m_targets[next[size_t(from)]++] = to;

    // Repeats go, closing the gaps they leave.
    m_start.assign(size_t(nodes) + 1, 0);
    size_t kept = 0;
    for (size_t id = 0; id < size_t(nodes); ++id) {
        const auto first = m_targets.begin() + start[id];
        const auto last = m_targets.begin() + start[id + 1];
        std::sort(first, last);
        for (auto it = first; it != last; ++it) {
            if (it == first || *it != m_targets[kept - 1])
                m_targets[kept++] = *it;
        }
        m_start[id + 1] = std::uint32_t(kept);
    }
    m_targets.resize(kept);
    m_targets.shrink_to_fit();
}

void LinkTable::appendTo(std::string &out) const
{
    appendArray(out, m_start);
    appendArray(out, m_targets);
}

bool LinkTable::readFrom(std::string_view &in, int nodes, int targets)
{
    return readArray(in, m_start) && readArray(in, m_targets)
        && validOffsets(m_start, size_t(nodes), m_targets.size())
        && std::all_of(m_targets.cbegin(), m_targets.cend(), [targets](int id) { return id >= 0 && id < targets; });
}

std::span<const int> LinkTable::from(int id) const
{
    if (id < 0 || size_t(id) + 1 >= m_start.size())
        return {};
    const auto i = size_t(id);
    return std::span(m_targets).subspan(m_start[i], m_start[i + 1] - m_start[i]);
}

bool LinkTable::joins(int from, int to) const
{
    const std::span<const int> targets = this->from(from);
    return std::binary_search(targets.begin(), targets.end(), to);
}

} // namespace parallax::wordnet
