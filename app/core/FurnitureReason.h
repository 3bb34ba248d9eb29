#pragma once

#include <QString>

namespace parallax {

// Why the importer kept a block out of the article's text, in words a person
// reads: the block's role_reason code ("outside", "named:share", …)
// translated. Empty for an empty or unknown code.
QString furnitureReasonText(const QString &code);

} // namespace parallax
