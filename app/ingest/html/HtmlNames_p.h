#pragma once

// Matching tag names and attribute values; private to the HTML reader.

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <initializer_list>

namespace parallax::htmlreader {

inline bool isOneOf(const QByteArray &name, std::initializer_list<QByteArrayView> names)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

} // namespace parallax::htmlreader
