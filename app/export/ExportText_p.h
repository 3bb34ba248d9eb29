#pragma once

// Words and names shared by the export writers; private to app/export.

#include "core/TranslationContexts.h"

#include <QList>
#include <QString>

namespace parallax {

struct Article;
struct ClaimMember;
enum class LinkKind;

namespace exporting {

// What names an article in a column head or a table cell: its outlet, else
// its title, else its file name, else its position in the comparison; cut
// short with an ellipsis past 40 characters.
QString articleLabel(const Article &article, int index);

// The sentence's text with its surrounding white space trimmed; empty when
// the member points past the article (a stale cached comparison).
QString sentenceText(const QList<Article> &articles, const ClaimMember &member);

// The names the window's legend uses: "Identical", "Near-verbatim", "Paraphrase".
QString kindTitle(LinkKind kind);
QString uniqueTitle();

// The page is laid out in the direction of the language it is written in
// (the translation's), text from an article in that of its own first strong
// letter: an English article in an Arabic page keeps its full stops where
// they belong. Each gives a dir attribute where it differs from the default,
// and nothing otherwise.
QString pageDirectionAttribute();
QString directionAttribute(const QString &articleText);

} // namespace exporting
} // namespace parallax
