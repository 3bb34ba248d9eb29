#pragma once

#include <QByteArrayView>
#include <QString>

namespace parallax {

// A file's bytes turned into text, and how we knew the encoding.
struct DecodedText {
    QString text;     // line endings are "\n", no byte order mark
    QString encoding; // canonical name: "UTF-8", "UTF-16LE", "windows-1252", "GB18030", ...
    QString how;      // "empty", "bom", "http", "meta", "utf8", "nul-pattern" or "detector"
};

// Either decoded text or, when the bytes are not text we can read, the reason
// in plain words ("binary file (PNG image)", "not text: contains NUL bytes").
struct DecodeResult {
    DecodedText decoded;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// Decides the encoding in this order: byte order mark, the charset a server
// named (charsetHint, from Content-Type), then an HTML <meta> charset, each
// only when the bytes do not contradict it, well-formed UTF-8, UTF-16
// recognised by its NUL bytes, then libuchardet; legacy charsets are decoded
// with ICU. Binary files are refused. Runs in time linear in the input and
// never fails on hostile bytes.
DecodeResult decodeText(QByteArrayView bytes, QByteArrayView charsetHint = {});

} // namespace parallax
