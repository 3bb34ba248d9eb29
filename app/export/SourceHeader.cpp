#include "SourceHeader_p.h"

#include "ExportText_p.h"
#include "HtmlEscape_p.h"
#include "core/Article.h"
#include "core/TranslationContexts.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace parallax::html {
namespace {

QString titleOf(const Article &article, int articleIndex)
{
    if (!article.meta.title.trimmed().isEmpty())
        return article.meta.title.trimmed();
    const QString file = QFileInfo(article.sourcePath).fileName();
    return file.isEmpty() ? ExportText::tr("Article %1").arg(articleIndex + 1) : file;
}

QString sourceLine(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QString href = httpUrl(trimmed);
    const QString shown = href.isEmpty() ? escaped(trimmed)
                                         : u"<a href=\""_s + escaped(href) + u"\" rel=\"noreferrer\">"_s
            + escaped(trimmed) + u"</a>"_s;
    return u"<p class=\"url\">"_s + escaped(ExportText::tr("Source:")) + u' ' + shown + u"</p>\n"_s;
}

} // namespace

QString sourceHeaderHtml(const Article &article, int articleIndex)
{
    const ArticleMetadata &meta = article.meta;
    QString out = u"<div class=\"source\">\n"_s;
    if (!meta.outlet.trimmed().isEmpty()) {
        out += u"<p class=\"outlet\""_s + exporting::directionAttribute(meta.outlet) + u'>' + escaped(meta.outlet.trimmed())
            + u"</p>\n"_s;
    }
    const QString title = titleOf(article, articleIndex);
    out += u"<h2 id=\"a%1\""_s.arg(articleIndex) + exporting::directionAttribute(title) + u'>' + escaped(title)
        + u"</h2>\n"_s;
    QStringList facts;
    if (!meta.byline.trimmed().isEmpty())
        facts << u"<span class=\"byline\">"_s + escaped(meta.byline.trimmed()) + u"</span>"_s;
    if (meta.published.isValid()) {
        const QString date = meta.published.toString(Qt::ISODate);
        facts << u"<time datetime=\""_s + date + u"\">"_s + date + u"</time>"_s;
    }
    if (!facts.isEmpty())
        out += u"<p class=\"byline-date\""_s + exporting::directionAttribute(meta.byline) + u'>' + facts.join(u" · "_s)
            + u"</p>\n"_s;
    return out + sourceLine(meta.url) + u"</div>\n"_s;
}

} // namespace parallax::html
