#include "Article.h"

#include <QStringTokenizer>

namespace parallax {

QString blockRoleName(BlockRole role)
{
    switch (role) {
    case BlockRole::Body:
        return QStringLiteral("body");
    case BlockRole::Heading:
        return QStringLiteral("heading");
    case BlockRole::Caption:
        return QStringLiteral("caption");
    case BlockRole::Furniture:
        return QStringLiteral("furniture");
    }
    return QStringLiteral("body");
}

bool blockRoleFromName(const QString &name, BlockRole *role)
{
    for (BlockRole candidate : {BlockRole::Body, BlockRole::Heading, BlockRole::Caption,
                                BlockRole::Furniture}) {
        if (blockRoleName(candidate) == name) {
            *role = candidate;
            return true;
        }
    }
    return false;
}

QString documentFormatName(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::PlainText:
        return QStringLiteral("text");
    case DocumentFormat::Html:
        return QStringLiteral("html");
    case DocumentFormat::Markdown:
        return QStringLiteral("markdown");
    }
    return QStringLiteral("text");
}

int Article::wordCount() const
{
    int words = 0;
    for (const Block &block : blocks) {
        if (!takesPartInAlignment(block.role))
            continue;
        for (QStringView token : QStringTokenizer(block.text, u' ', Qt::SkipEmptyParts)) {
            if (std::any_of(token.begin(), token.end(), [](QChar c) { return c.isLetterOrNumber(); }))
                ++words;
        }
    }
    return words;
}

} // namespace parallax
