#pragma once

#include "core/Article.h"

#include <QStringList>
#include <QUrl>

#include <functional>
#include <variant>

namespace parallax {

// Lines of the outlet's other articles (see ArticleStore::outletLines).
using OutletLinesLookup = std::function<QStringList(const QString &outlet)>;

// Turns a file's bytes into an Article: decode, pick the format, read it,
// mark furniture, read metadata, find the language, split sentences. Pure apart from the
// lookup it is given; the same bytes always give the same article.
class ArticleReader final
{
public:
    struct Options {
        QString outlet;                 // given by a person; wins over what the text says
        OutletLinesLookup outletLines;  // may be empty
        QUrl pageUrl;                   // where a fetched page came from; the url when it names none
        QByteArray charsetHint;         // the server's charset, believed only when the bytes agree
        QString contentLanguage;        // the server's Content-Language; the page's own claim comes first
    };

    // Either the article or a reason it cannot be read, in plain words.
    using Result = std::variant<Article, QString>;

    static Result read(const QByteArray &bytes, const QString &fileName, const Options &options);
};

} // namespace parallax
