#include "ArticleNames.h"

#include "core/Article.h"
#include "core/TranslationContexts.h"

#include <QFileInfo>

namespace parallax {

QString articleName(const Article &article, int index)
{
    if (!article.meta.outlet.trimmed().isEmpty())
        return article.meta.outlet.trimmed();
    if (!article.meta.title.trimmed().isEmpty())
        return article.meta.title.trimmed();
    const QString file = QFileInfo(article.sourcePath).fileName();
    return file.isEmpty() ? CoverageText::tr("Article %1").arg(index + 1) : file;
}

} // namespace parallax
