#pragma once

// Bounding hostile structure before gumbo parses it; private to the HTML reader.

#include <QByteArray>
#include <QByteArrayView>

namespace parallax::htmlreader {

// The page with start tags nested deeper than 512 levels left out (with their
// end tags; the text stays) and attributes past the 256th of an element
// dropped, so that gumbo parses hostile structure in reasonable time.
QByteArray limitStructure(QByteArrayView html);

} // namespace parallax::htmlreader
