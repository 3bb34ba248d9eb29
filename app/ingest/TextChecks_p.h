#pragma once

// Checks that tell text from other bytes, and one Unicode form from another;
// private to the decoder.

#include "FileSignatures_p.h"

#include <QByteArrayView>
#include <QStringView>

#include <optional>

namespace parallax::decoding {

// More than 5% of the first 64K code units are C0 controls that text does not
// contain. For raw bytes (QByteArrayView) and decoded text (QStringView).
template <typename View>
bool mostlyControls(View units);

// Well-formedness by Unicode's table 3-7: no overlong forms, no surrogates,
// nothing above U+10FFFF. A file cut off inside its last character counts as
// UTF-8 still when it has other multi-byte characters: that happens to
// downloads, and the rest of the text is fine.
struct Utf8Scan {
    bool valid = true;
    bool truncatedAtEnd = false;
    bool multiByte = false;

    bool usable() const { return valid || (truncatedAtEnd && multiByte); }
};

Utf8Scan scanUtf8(QByteArrayView bytes);

// A high surrogate without its low one, or a low one alone.
bool hasUnpairedSurrogate(QStringView text);

// UTF-16 without a mark shows itself by NUL bytes on one side of the code
// units: the high byte of every Latin character, space and line break. Text
// in an ASCII-based charset with a stray NUL has them on both sides, rarely.
// The mark returned has no bytes, only the encoding and its name.
std::optional<ByteOrderMark> utf16ByNulPattern(QByteArrayView bytes);

} // namespace parallax::decoding
