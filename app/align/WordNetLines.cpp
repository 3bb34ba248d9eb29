#include "WordNetLines_p.h"

#include <QFileInfo>
#include <QString>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <optional>

namespace parallax::wordnet {
namespace {

// WordNet 3.0's largest file, data.noun, has 15 MB.
constexpr qint64 maxFileSize = 64 * 1024 * 1024;
constexpr size_t maxBases = 8;

// The space-separated fields of one line, read in order.
class Fields final
{
public:
    explicit Fields(std::string_view line) : m_rest(line) {}

    // The next field; empty at the end of the line. Fields are short, so a
    // plain loop beats memchr.
    std::string_view next()
    {
        size_t start = 0;
        while (start < m_rest.size() && m_rest[start] == ' ')
            ++start;
        size_t end = start;
        while (end < m_rest.size() && m_rest[end] != ' ')
            ++end;
        const std::string_view field = m_rest.substr(start, end - start);
        m_rest.remove_prefix(end);
        return field;
    }

    // The next field as an unsigned number below limit.
    std::optional<int> number(int base, int limit)
    {
        const std::string_view field = next();
        unsigned value = 0;
        const auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), value, base);
        if (field.empty() || error != std::errc() || end != field.data() + field.size() || value >= unsigned(limit))
            return std::nullopt;
        return int(value);
    }

    bool skip(int count)
    {
        for (int i = 0; i < count; ++i) {
            if (next().empty())
                return false;
        }
        return true;
    }

private:
    std::string_view m_rest;
};

std::optional<PartOfSpeech> partOfSpeech(std::string_view letter)
{
    if (letter.size() != 1)
        return std::nullopt;
    switch (letter.front()) {
    case 'n':
        return PartOfSpeech::Noun;
    case 'v':
        return PartOfSpeech::Verb;
    case 'a':
    case 's': // satellites live in data.adj with their heads
        return PartOfSpeech::Adjective;
    case 'r':
        return PartOfSpeech::Adverb;
    default:
        return std::nullopt;
    }
}

} // namespace

bool LineReader::open(const QString &path)
{
    m_file.close();
    m_file.setFileName(path);
    m_begin = m_end = 0;
    m_unread = maxFileSize;
    m_atEnd = !QFileInfo(path).isFile() || !m_file.open(QIODevice::ReadOnly) || m_file.size() > maxFileSize;
    return !m_atEnd;
}

bool LineReader::next(std::string_view &line)
{
    for (;;) {
        const char *data = m_buffer.data();
        if (const auto *newline = static_cast<const char *>(std::memchr(data + m_begin, '\n', m_end - m_begin))) {
            line = std::string_view(data + m_begin, size_t(newline - data) - m_begin);
            m_begin = size_t(newline - data) + 1;
        } else if (!m_atEnd) {
            readMore();
            continue;
        } else if (m_begin < m_end) {
            line = std::string_view(data + m_begin, m_end - m_begin);
            m_begin = m_end;
        } else {
            return false;
        }
        if (!line.empty() && line.front() != ' ')
            return true;
    }
}

void LineReader::readMore()
{
    std::memmove(m_buffer.data(), m_buffer.data() + m_begin, m_end - m_begin);
    m_end -= m_begin;
    m_begin = 0;
    if (m_end == m_buffer.size())
        m_buffer.resize(m_buffer.size() * 2);
    const qint64 read = m_file.read(m_buffer.data() + m_end, std::min(qint64(m_buffer.size() - m_end), m_unread));
    m_atEnd = read <= 0;
    m_end += size_t(std::max<qint64>(read, 0));
    m_unread -= std::max<qint64>(read, 0);
}

bool parseIndexLine(std::string_view line, char posLetter, IndexLine &out)
{
    Fields fields(line);
    out.lemma = fields.next();
    if (out.lemma.empty() || fields.next() != std::string_view(&posLetter, 1))
        return false;
    const std::optional<int> synsets = fields.number(10, offsetLimit);
    const std::optional<int> pointerSymbols = fields.number(10, offsetLimit);
    // sense_cnt repeats synset_cnt; tagsense_cnt is not used.
    if (!synsets || !pointerSymbols || !fields.skip(*pointerSymbols + 2))
        return false;
    out.senses = std::min(*synsets, sensesPerLemma);
    for (int i = 0; i < out.senses; ++i) {
        const std::optional<int> offset = fields.number(10, offsetLimit);
        if (!offset)
            return false;
        out.offsets[size_t(i)] = *offset;
    }
    return true;
}

bool parseDataLine(std::string_view line, DataLine &out)
{
    out.words.clear();
    out.pointers.clear();
    Fields fields(line);
    const std::optional<int> offset = fields.number(10, offsetLimit);
    const bool lexFile = !fields.next().empty();
    const std::string_view type = fields.next();
    const std::optional<int> words = fields.number(16, 0x100);
    if (!offset || !lexFile || !partOfSpeech(type) || !words)
        return false;
    out.offset = *offset;
    out.satellite = type == "s";
    for (int i = 0; i < *words; ++i) {
        out.words.push_back(fields.next());
        if (out.words.back().empty() || !fields.number(16, 0x10)) // lex_id
            return false;
    }
    const std::optional<int> pointers = fields.number(10, 1000);
    if (!pointers)
        return false;
    for (int i = 0; i < *pointers; ++i) {
        const std::string_view symbol = fields.next();
        const std::optional<int> target = fields.number(10, offsetLimit);
        const std::optional<PartOfSpeech> pos = partOfSpeech(fields.next());
        const std::optional<int> wordNumbers = fields.number(16, 0x10000);
        if (symbol.empty() || !target || !pos || !wordNumbers)
            return false;
        if (symbol == "+" || symbol == "!" || symbol == "&")
            out.pointers.push_back({symbol.front(), *target, *pos, *wordNumbers >> 8, *wordNumbers & 0xff});
    }
    return true;
}

bool parseExceptionLine(std::string_view line, ExceptionLine &out)
{
    out.bases.clear();
    Fields fields(line);
    out.form = fields.next();
    for (std::string_view base = fields.next(); !base.empty(); base = fields.next()) {
        // WordNet 3.0 gives a form two bases at most.
        if (out.bases.size() == maxBases)
            return false;
        out.bases.push_back(base);
    }
    return !out.form.empty() && !out.bases.empty();
}

} // namespace parallax::wordnet
