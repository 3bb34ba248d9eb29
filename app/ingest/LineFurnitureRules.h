#pragma once

#include "core/Article.h"

#include <QStringView>

#include <optional>

namespace parallax {

// Page furniture that a single line gives away by itself, whatever surrounds
// it: ad and video labels, reading tools, navigation, sign-up prompts,
// browser notices, copyright and syndication notes, metadata lines (dates,
// bylines, logos), counts and photo captions. Returns Furniture, Caption, or
// nothing when the line alone does not tell.
std::optional<BlockRole> lineFurnitureRole(QStringView line);

// A heading that introduces a list of links to other articles: "Read more:",
// "Related", "More Articles from X", "Latest World News".
bool isLinkListHeading(QStringView line);

} // namespace parallax
