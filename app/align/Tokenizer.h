#pragma once

#include <QStringView>

#include <cstdint>
#include <vector>

namespace parallax {

class Vocabulary;

// One word of a block. Punctuation, quote and dash styles never become tokens,
// so they cannot make two texts differ.
struct Token {
    int word = 0;  // Vocabulary id of the normalised form: equal ids, same word
    int start = 0; // UTF-16 range in the block text, end exclusive
    int end = 0;
    bool capitalised = false; // as written; with sentence position it hints at a name
};

// Splits text into words and normalises each one: NFKC, case folding,
// accents dropped, curly apostrophes straightened, "U.S." -> "us",
// "5,000" -> "5000", "%" and "per cent" -> "percent", "United States" -> "us",
// and common abbreviations spelt out ("Sept" -> "september"). Appends to out.
void tokenize(QStringView text, Vocabulary &vocabulary, std::vector<Token> &out);

} // namespace parallax
