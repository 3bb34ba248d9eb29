#include "OutletNames.h"

#include "core/Article.h"
#include "coverage/ArticleNames.h"
#include "coverage/BlindNames.h"

namespace parallax {

QStringList outletNames(const QList<Article> &articles, bool blind)
{
    QStringList names;
    for (int a = 0; a < articles.size(); ++a)
        names << (blind ? blindOutletName(a) : articleName(articles[a], a));
    return names;
}

} // namespace parallax
