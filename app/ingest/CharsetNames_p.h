#pragma once

// Charset labels resolved to canonical names; private to the decoder.

#include <QByteArray>
#include <QString>

namespace parallax::decoding {

// The canonical name for a charset label, or an empty string when neither
// WHATWG nor ICU knows it.
QString canonicalCharset(const QByteArray &label);

} // namespace parallax::decoding
