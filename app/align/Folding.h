#pragma once

#include "Language.h"

#include <QStringView>

#include <string>

namespace parallax {

// The key a written word is matched by, never shown: case folded
// ("ß" -> "ss"), NFKC (full-width letters and digits as ASCII), curly
// apostrophes straightened, thousands separators and initialism dots
// dropped ("5,000" -> "5000", "U.S" -> "us"). English loses its accents
// here ("café" -> "cafe"); other languages keep them for their stemmer,
// which needs them ("arrivée"), and lose them in the stem (foldAccents).
// Arabic loses its vowel marks and tatweel, and writes its letter variants
// one way (أ إ آ -> ا, ى -> ي, ة -> ه).
void foldWord(QStringView raw, Language language, std::u16string &out);

// Drops the combining marks of word in place ("é" -> "e", "ä" -> "a").
void foldAccents(std::u16string &word);

} // namespace parallax
