#pragma once

// Legacy charsets decoded with ICU; private to the decoder.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <unicode/ucnv.h>

#include <memory>
#include <optional>

namespace parallax::decoding {

struct ConverterCloser {
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};
using ConverterPointer = std::unique_ptr<UConverter, ConverterCloser>;

// The ICU converter of that name or alias; nullptr when ICU has none.
ConverterPointer openConverter(const QByteArray &name);

enum class Strictness { RefuseInvalid, ReplaceInvalid };

// Qt only promises UTF and Latin-1 codecs, so legacy charsets go through ICU.
// The charset is named as canonicalCharset() names it. Nothing when ICU does
// not know it or, with RefuseInvalid, when the bytes are not valid in it;
// ReplaceInvalid puts U+FFFD for what cannot be decoded.
std::optional<QString> decodeWithIcu(const QString &canonical, QByteArrayView bytes,
                                     Strictness strictness);

} // namespace parallax::decoding
