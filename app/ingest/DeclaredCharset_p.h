#pragma once

// The charset an HTML page declares in its <meta>; private to the decoder.

#include <QByteArray>
#include <QByteArrayView>

namespace parallax::decoding {

// The first byte that is not whitespace is '<'.
bool looksLikeHtml(QByteArrayView bytes);

// A simplified form of the WHATWG prescan: walk tags and comments in the
// first bytes and return the label of the first <meta> that names a charset.
QByteArray declaredCharset(QByteArrayView bytes);

} // namespace parallax::decoding
