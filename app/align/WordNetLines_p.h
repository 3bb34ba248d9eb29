#pragma once

// The lines of WordNet's files, and the fields the reader needs from each
// (wndb(5WN)); private to WordNet. Only what the tables use is kept: a
// lemma's first senses, a synset's words and its "+", "!" and "&" pointers.
// A line that does not follow the format is refused whole.

#include "WordNetTables_p.h"

#include <QFile>

#include <array>
#include <string_view>
#include <vector>

class QString;

namespace parallax::wordnet {

// "lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt
// synset_offset...", offsets in the order of the senses.
struct IndexLine {
    std::string_view lemma;
    std::array<int, sensesPerLemma> offsets{};
    int senses = 0; // offsets used, up to sensesPerLemma
};

// "synset_offset lex_filenum ss_type w_cnt word lex_id [word lex_id...]
// p_cnt [pointer...] [frames] | gloss", counts and word numbers in hex.
struct DataLine {
    struct Pointer {
        char symbol = 0; // '+' derivationally related, '!' antonym, '&' similar to
        int offset = 0;
        PartOfSpeech pos = PartOfSpeech::Noun; // of the target's file
        int sourceWord = 0; // 1-based word numbers; 0 for the whole synset
        int targetWord = 0;
    };

    int offset = 0;
    bool satellite = false; // an adjective satellite ('s'): its head is its '&' target
    std::vector<std::string_view> words; // as written: "Bank", "galore(ip)"
    std::vector<Pointer> pointers;
};

// "inflected_form base_form [base_form...]" of the exception lists (*.exc).
struct ExceptionLine {
    std::string_view form;
    std::vector<std::string_view> bases;
};

// The lines of one file but its licence header (lines that start with two
// spaces), read in blocks through one buffer kept from file to file; a line
// longer than the buffer makes it grow.
class LineReader final
{
public:
    // False when the file is missing, larger than any WordNet file (64 MB),
    // or not a regular file (reading a FIFO would wait for ever).
    bool open(const QString &path);
    // The next line, valid until the next call; false at the end.
    bool next(std::string_view &line);

private:
    void readMore();

    QFile m_file;
    std::vector<char> m_buffer = std::vector<char>(64 * 1024);
    size_t m_begin = 0;
    size_t m_end = 0;
    qint64 m_unread = 0; // bounds what is read should the file grow
    bool m_atEnd = true;
};

// Offsets of data lines have eight digits, so every offset is below 10^8.
inline constexpr int offsetLimit = 100'000'000;

bool parseIndexLine(std::string_view line, char posLetter, IndexLine &out);
// These reuse out's vectors, so reading a file allocates only a few times.
bool parseDataLine(std::string_view line, DataLine &out);
bool parseExceptionLine(std::string_view line, ExceptionLine &out);

} // namespace parallax::wordnet
