#include "BlindNames.h"

#include "core/Article.h"
#include "core/TranslationContexts.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace parallax {

QString blindOutletName(int index)
{
    QString letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return CoverageText::tr("Outlet %1").arg(letters);
}

QList<Article> blindedArticles(const QList<Article> &articles)
{
    QList<Article> result = articles;
    for (int a = 0; a < result.size(); ++a) {
        ArticleMetadata &meta = result[a].meta;
        if (!meta.outlet.trimmed().isEmpty()) {
            // "Blinken heads to Beijing - Reuters", "Reuters | Blinken …".
            const QRegularExpression name(u"\\s*[-–—|:]?\\s*"_s + QRegularExpression::escape(meta.outlet.trimmed())
                                              + u"\\s*[-–—|:]?\\s*"_s,
                                          QRegularExpression::CaseInsensitiveOption);
            meta.title = meta.title.replace(name, u" "_s).trimmed();
        }
        meta.outlet = blindOutletName(a);
        meta.byline.clear();
        meta.url.clear();
        result[a].sourcePath.clear();
        result[a].original.clear();
        // Furniture is mastheads, copyright lines and bylines: emptied, not
        // removed, so block indexes still fit the comparison.
        for (Block &block : result[a].blocks) {
            if (block.role == BlockRole::Furniture) {
                block.text.clear();
                block.sentences.clear();
            }
        }
    }
    return result;
}

} // namespace parallax
