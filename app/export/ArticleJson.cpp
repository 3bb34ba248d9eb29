#include "ArticleJson.h"

#include "store/ArticleStore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

void putMetadata(QJsonObject &object, const ArticleMetadata &meta)
{
    object.insert(u"outlet"_s, stringOrNull(meta.outlet));
    object.insert(u"title"_s, stringOrNull(meta.title));
    object.insert(u"byline"_s, stringOrNull(meta.byline));
    object.insert(u"published"_s, dateOrNull(meta.published));
    object.insert(u"url"_s, stringOrNull(meta.url));
}

} // namespace

int codePointOffset(const QString &text, int utf16Offset)
{
    int points = utf16Offset;
    const int end = std::min<int>(utf16Offset, int(text.size()));
    for (int i = 0; i < end; ++i) {
        if (text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate())
            --points;
    }
    return points;
}

QJsonObject summaryToJson(const ArticleSummary &summary)
{
    QJsonObject object{{u"id"_s, summary.id}};
    putMetadata(object, summary.meta);
    object.insert(u"file"_s, stringOrNull(summary.sourcePath));
    object.insert(u"words"_s, summary.words);
    return object;
}

QJsonObject articleToJson(const Article &article)
{
    QJsonObject object{{u"id"_s, article.id}, {u"file"_s, stringOrNull(article.sourcePath)}};
    putMetadata(object, article.meta);
    object.insert(u"format"_s, documentFormatName(article.format));
    object.insert(u"encoding"_s, article.encoding);
    QJsonArray blocks;
    for (qsizetype b = 0; b < article.blocks.size(); ++b) {
        const Block &block = article.blocks[b];
        QJsonArray sentences;
        for (qsizetype s = 0; s < block.sentences.size(); ++s) {
            sentences.append(QJsonObject{
                {u"index"_s, int(s)},
                {u"start"_s, codePointOffset(block.text, block.sentences[s].start)},
                {u"end"_s, codePointOffset(block.text, block.sentences[s].end)},
            });
        }
        blocks.append(QJsonObject{
            {u"index"_s, int(b)},
            {u"role"_s, blockRoleName(block.role)},
            {u"text"_s, block.text},
            {u"sentences"_s, sentences},
        });
    }
    object.insert(u"blocks"_s, blocks);
    return object;
}

} // namespace parallax
