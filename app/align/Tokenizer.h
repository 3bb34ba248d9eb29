#pragma once

#include "Language.h"

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

// Splits text into words and folds each one for its language (Folding.h):
// words are runs of letters and digits, and ICU's dictionary cuts the runs
// of scripts written without spaces (Chinese, Japanese, Thai). "%" is
// "percent"; in English also "per cent", "United States" -> "us" and
// common abbreviations spelt out ("Sept" -> "september"). Appends to out.
void tokenize(QStringView text, Vocabulary &vocabulary, std::vector<Token> &out, Language language = {});

} // namespace parallax
