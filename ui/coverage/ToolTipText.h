#pragma once

#include <QString>

namespace parallax {

// Qt renders a tooltip as rich text when it merely looks like markup, so an
// outlet called "<b>Daily</b>" or a sentence with "<img …>" would be
// interpreted. Escaped inside an explicit <qt> document, it shows literally.
inline QString plainToolTip(const QString &text)
{
    return QStringLiteral("<qt>") + text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace parallax
