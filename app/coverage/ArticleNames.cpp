#include "ArticleNames.h"

#include "core/Article.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace parallax {

QString articleName(const Article &article, int index)
{
    if (!article.meta.outlet.trimmed().isEmpty())
        return article.meta.outlet.trimmed();
    if (!article.meta.title.trimmed().isEmpty())
        return article.meta.title.trimmed();
    const QString file = QFileInfo(article.sourcePath).fileName();
    return file.isEmpty() ? QCoreApplication::translate("Coverage", "Article %1").arg(index + 1) : file;
}

} // namespace parallax
