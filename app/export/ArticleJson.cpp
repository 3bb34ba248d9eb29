#include "ArticleJson.h"

#include "store/ArticleStore.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// Ids are given by the library; an article read with --no-store has none.
QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

void putMetadata(QJsonObject &object, const ArticleMetadata &meta)
{
    object.insert(u"outlet"_s, textOrNull(meta.outlet));
    object.insert(u"title"_s, textOrNull(meta.title));
    object.insert(u"byline"_s, textOrNull(meta.byline));
    object.insert(u"published"_s, dateOrNull(meta.published));
    object.insert(u"url"_s, textOrNull(meta.url));
}

// Where a fetched article came from; null for files.
void putFetch(QJsonObject &object, const Article &article)
{
    object.insert(u"fetched_url"_s, textOrNull(article.fetchedUrl));
    object.insert(u"final_url"_s, textOrNull(article.finalUrl));
    object.insert(u"fetched_at"_s, article.fetchedAt.isValid()
                                        ? QJsonValue(article.fetchedAt.toUTC().toString(Qt::ISODate))
                                        : QJsonValue(QJsonValue::Null));
    object.insert(u"previous_version"_s, idOrNull(article.previousVersion));
}

} // namespace

CodePointOffsets::CodePointOffsets(const QString &text)
    : m_offsets(size_t(text.size()) + 1)
{
    int codePoints = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        m_offsets[size_t(i)] = codePoints;
        const bool secondHalf = text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate();
        if (!secondHalf)
            ++codePoints;
    }
    m_offsets.back() = codePoints;
}

int CodePointOffsets::at(int utf16Offset) const
{
    return m_offsets[size_t(std::clamp(utf16Offset, 0, int(m_offsets.size()) - 1))];
}

QJsonObject summaryToJson(const ArticleSummary &summary)
{
    QJsonObject object{{u"id"_s, idOrNull(summary.id)}, {u"file"_s, textOrNull(summary.sourcePath)}};
    putMetadata(object, summary.meta);
    object.insert(u"language"_s, textOrNull(summary.language));
    object.insert(u"words"_s, summary.words);
    return object;
}

QJsonObject articleToJson(const Article &article)
{
    QJsonObject object{{u"id"_s, idOrNull(article.id)}, {u"file"_s, textOrNull(article.sourcePath)}};
    putMetadata(object, article.meta);
    object.insert(u"language"_s, textOrNull(article.language));
    putFetch(object, article);
    QJsonArray blocks;
    for (qsizetype b = 0; b < article.blocks.size(); ++b) {
        const Block &block = article.blocks[b];
        const CodePointOffsets offsets(block.text);
        QJsonArray sentences;
        for (qsizetype s = 0; s < block.sentences.size(); ++s) {
            sentences.append(QJsonObject{
                {u"index"_s, int(s)},
                {u"start"_s, offsets.at(block.sentences[s].start)},
                {u"end"_s, offsets.at(block.sentences[s].end)},
            });
        }
        QJsonObject blockObject{
            {u"index"_s, int(b)},
            {u"role"_s, blockRoleName(block.role)},
            {u"text"_s, block.text},
            {u"sentences"_s, sentences},
        };
        if (!block.roleReason.isEmpty() && !takesPartInAlignment(block.role))
            blockObject.insert(u"reason"_s, block.roleReason);
        blocks.append(blockObject);
    }
    object.insert(u"blocks"_s, blocks);
    return object;
}

} // namespace parallax
