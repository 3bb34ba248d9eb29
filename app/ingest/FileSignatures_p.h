#pragma once

// What a file's first bytes say it is; private to the decoder.

#include <QByteArrayView>
#include <QStringConverter>
#include <QStringView>

#include <optional>
#include <string_view>

namespace parallax::decoding {

// A binary format recognised by its magic number, as a name marked with
// QT_TRANSLATE_NOOP("Ingest", ...) ("PNG image"); nullptr for anything else.
const char *binaryFormat(QByteArrayView bytes);

struct ByteOrderMark {
    std::string_view bytes;
    QStringConverter::Encoding encoding;
    QStringView name;
};

// The UTF-8, UTF-16 or UTF-32 byte order mark the bytes start with, if any.
std::optional<ByteOrderMark> byteOrderMark(QByteArrayView bytes);

} // namespace parallax::decoding
