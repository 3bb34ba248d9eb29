#include "ArticleStore.h"

#include "Database.h"
#include "StoreQueries_p.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(store_p::storedText(text));
}

// For a NOT NULL column whose empty value means unknown: Qt binds a null
// QString as NULL.
QString emptyIfNull(const QString &text)
{
    return text.isNull() ? QString(u""_s) : text;
}

QVariant isoDateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

// The columns summaryFrom() reads, in its order.
const QString summaryColumns = u"a.id, o.name, a.title, a.byline, a.published, a.url, a.source_path, "
                               "a.format, a.encoding, a.content_hash, a.imported_at, a.word_count, "
                               "a.fetched_url, a.final_url, a.fetched_at, a.previous_version, a.language"_s;
// The column after them.
constexpr int originalColumn = 17;

DocumentFormat formatFromName(const QString &name)
{
    if (name == u"html")
        return DocumentFormat::Html;
    if (name == u"markdown")
        return DocumentFormat::Markdown;
    return DocumentFormat::PlainText;
}

ArticleSummary summaryFrom(const QSqlQuery &query)
{
    ArticleSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.meta.outlet = query.value(1).toString();
    summary.meta.title = query.value(2).toString();
    summary.meta.byline = query.value(3).toString();
    summary.meta.published = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    summary.meta.url = query.value(5).toString();
    summary.sourcePath = query.value(6).toString();
    summary.format = formatFromName(query.value(7).toString());
    summary.encoding = query.value(8).toString();
    summary.contentHash = query.value(9).toString().toLatin1();
    summary.importedAt = QDateTime::fromString(query.value(10).toString(), Qt::ISODate);
    summary.words = query.value(11).toInt();
    summary.fetchedUrl = query.value(12).toString();
    summary.finalUrl = query.value(13).toString();
    summary.fetchedAt = QDateTime::fromString(query.value(14).toString(), Qt::ISODate);
    summary.previousVersion = query.value(15).toLongLong();
    summary.language = query.value(16).toString();
    return summary;
}

// The words of what a person typed, letters and digits only: the dialect
// makes them prefix terms, and nothing else is left to be read as syntax.
QStringList searchWords(const QString &text)
{
    static const QRegularExpression words(u"[\\p{L}\\p{N}]+"_s);
    QStringList found;
    for (auto it = words.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    return found;
}

} // namespace

ArticleStore::ArticleStore(Database &db)
    : m_db(db)
{
}

ArticleStore::AddResult ArticleStore::add(const Article &article, const QString &story)
{
    AddResult result;
    QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    if (!transaction.isActive()) {
        result.error = transaction.errorString();
        return result;
    }
    if (const auto existing = idForHash(article.contentHash)) {
        result.id = *existing;
        result.duplicate = true;
    } else {
        QSqlQuery query(db);
        query.prepare(u"INSERT INTO articles (outlet_id, title, byline, published, url, source_path, "
                      "format, encoding, content_hash, imported_at, word_count, original, "
                      "fetched_url, final_url, fetched_at, previous_version, language) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        const qint64 outlet = article.meta.outlet.isEmpty() ? 0 : outletId(article.meta.outlet);
        if (!m_lastError.isEmpty()) {
            result.error = m_lastError;
            return result;
        }
        query.addBindValue(outlet ? QVariant(outlet) : QVariant(QMetaType::fromType<qint64>()));
        query.addBindValue(nullIfEmpty(article.meta.title));
        query.addBindValue(nullIfEmpty(article.meta.byline));
        query.addBindValue(isoDateOrNull(article.meta.published));
        query.addBindValue(nullIfEmpty(article.meta.url));
        query.addBindValue(nullIfEmpty(article.sourcePath));
        query.addBindValue(documentFormatName(article.format));
        query.addBindValue(article.encoding);
        query.addBindValue(QString::fromLatin1(article.contentHash));
        query.addBindValue((article.importedAt.isValid() ? article.importedAt : QDateTime::currentDateTimeUtc())
                               .toUTC()
                               .toString(Qt::ISODate));
        query.addBindValue(article.wordCount());
        query.addBindValue(article.original.isNull() ? QByteArray("") : article.original);
        query.addBindValue(nullIfEmpty(article.fetchedUrl));
        query.addBindValue(nullIfEmpty(article.finalUrl));
        query.addBindValue(article.fetchedAt.isValid() ? QVariant(article.fetchedAt.toUTC().toString(Qt::ISODate))
                                                       : QVariant(QMetaType::fromType<QString>()));
        query.addBindValue(article.previousVersion ? QVariant(article.previousVersion)
                                                   : QVariant(QMetaType::fromType<qint64>()));
        query.addBindValue(emptyIfNull(article.language));
        if (!query.exec() || !query.next()) {
            result.error = store_p::errorText(query);
            return result;
        }
        result.id = query.value(0).toLongLong();
        if (!insertBlocks(result.id, article.blocks)) {
            result.error = m_lastError;
            return result;
        }
        // A newer fetch of a page belongs with the stories its old one was
        // filed under.
        if (article.previousVersion) {
            QSqlQuery stories(db);
            stories.prepare(u"INSERT INTO story_articles (story_id, article_id) "
                            "SELECT story_id, CAST(? AS BIGINT) FROM story_articles WHERE article_id = ? "
                            "ON CONFLICT DO NOTHING"_s);
            stories.addBindValue(result.id);
            stories.addBindValue(article.previousVersion);
            if (!stories.exec()) {
                result.error = store_p::errorText(stories);
                return result;
            }
        }
    }
    if (!story.isEmpty()) {
        const auto storyId = store_p::ensureStory(db, story, &result.error);
        if (!storyId)
            return result;
        QSqlQuery member(db);
        member.prepare(u"INSERT INTO story_articles (story_id, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s);
        member.addBindValue(*storyId);
        member.addBindValue(result.id);
        if (!member.exec()) {
            result.error = store_p::errorText(member);
            return result;
        }
    }
    if (!transaction.commit())
        result.error = transaction.errorString();
    return result;
}

qint64 ArticleStore::outletId(const QString &name)
{
    m_lastError.clear();
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO outlets (name) VALUES (?) ON CONFLICT (name) DO NOTHING"_s);
    query.addBindValue(store_p::storedText(name));
    if (query.exec()) {
        query.prepare(u"SELECT id FROM outlets WHERE name = ?"_s);
        query.addBindValue(store_p::storedText(name));
        if (query.exec() && query.next())
            return query.value(0).toLongLong();
    }
    m_lastError = store_p::errorText(query);
    return 0;
}

bool ArticleStore::insertBlocks(qint64 articleId, const QList<Block> &blocks)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery blockQuery(db);
    blockQuery.prepare(u"INSERT INTO blocks (article_id, position, role, role_overridden, role_reason, text) "
                       "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s);
    QSqlQuery sentenceQuery(db);
    sentenceQuery.prepare(u"INSERT INTO sentences (block_id, position, start, \"end\") VALUES (?, ?, ?, ?)"_s);
    for (qsizetype position = 0; position < blocks.size(); ++position) {
        const Block &block = blocks[position];
        blockQuery.addBindValue(articleId);
        blockQuery.addBindValue(position);
        blockQuery.addBindValue(blockRoleName(block.role));
        blockQuery.addBindValue(block.roleOverridden ? 1 : 0);
        blockQuery.addBindValue(block.roleReason.isNull() ? u""_s : block.roleReason); // never NULL
        blockQuery.addBindValue(store_p::storedText(block.text));
        if (!blockQuery.exec() || !blockQuery.next()) {
            m_lastError = store_p::errorText(blockQuery);
            return false;
        }
        const qint64 blockId = blockQuery.value(0).toLongLong();
        for (qsizetype s = 0; s < block.sentences.size(); ++s) {
            sentenceQuery.addBindValue(blockId);
            sentenceQuery.addBindValue(s);
            sentenceQuery.addBindValue(block.sentences[s].start);
            sentenceQuery.addBindValue(block.sentences[s].end);
            if (!sentenceQuery.exec()) {
                m_lastError = store_p::errorText(sentenceQuery);
                return false;
            }
        }
    }
    return true;
}

std::optional<Article> ArticleStore::article(qint64 id) const
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery query(db);
    query.prepare(u"SELECT "_s + summaryColumns + u", a.original FROM articles a "
                  "LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const ArticleSummary summary = summaryFrom(query);
    Article article;
    article.id = summary.id;
    article.meta = summary.meta;
    article.sourcePath = summary.sourcePath;
    article.format = summary.format;
    article.encoding = summary.encoding;
    article.language = summary.language;
    article.contentHash = summary.contentHash;
    article.importedAt = summary.importedAt;
    article.original = query.value(originalColumn).toByteArray();
    article.fetchedUrl = summary.fetchedUrl;
    article.finalUrl = summary.finalUrl;
    article.fetchedAt = summary.fetchedAt;
    article.previousVersion = summary.previousVersion;

    // Blocks and sentences in two queries: joined, every sentence row would
    // carry its block's text again, quadratic for one long paragraph.
    query.prepare(u"SELECT position, role, role_overridden, text, role_reason FROM blocks "
                  "WHERE article_id = ? ORDER BY position"_s);
    query.addBindValue(id);
    query.setForwardOnly(true);
    if (!query.exec())
        return std::nullopt;
    QHash<int, qsizetype> blockAt; // position → index in article.blocks
    while (query.next()) {
        Block block;
        blockRoleFromName(query.value(1).toString(), &block.role);
        block.roleOverridden = query.value(2).toBool();
        block.text = query.value(3).toString();
        block.roleReason = query.value(4).toString();
        blockAt.insert(query.value(0).toInt(), article.blocks.size());
        article.blocks.append(std::move(block));
    }
    query.prepare(u"SELECT b.position, s.start, s.\"end\" FROM sentences s JOIN blocks b ON s.block_id = b.id "
                  "WHERE b.article_id = ? ORDER BY b.position, s.position"_s);
    query.addBindValue(id);
    query.setForwardOnly(true);
    if (!query.exec())
        return std::nullopt;
    while (query.next()) {
        const auto block = blockAt.constFind(query.value(0).toInt());
        if (block != blockAt.cend())
            article.blocks[*block].sentences.append({query.value(1).toInt(), query.value(2).toInt()});
    }
    return article;
}

std::optional<qint64> ArticleStore::idForHash(const QByteArray &contentHash) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT id FROM articles WHERE content_hash = ?"_s);
    query.addBindValue(QString::fromLatin1(contentHash));
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

VersionInfo ArticleStore::version(qint64 id) const
{
    VersionInfo info;
    info.firstId = id;
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT previous_version FROM articles WHERE id = ?"_s);
    // Bounded, so that a chain a person wrote into the file by hand as a
    // loop cannot hold us.
    for (int step = 0; step < 10000; ++step) {
        query.addBindValue(info.firstId);
        if (!query.exec() || !query.next() || query.value(0).isNull())
            break;
        info.firstId = query.value(0).toLongLong();
        ++info.number;
    }
    return info;
}

QList<ArticleSummary> ArticleStore::summaries() const
{
    QList<ArticleSummary> result;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT "_s + summaryColumns + u" FROM articles a "
                    "LEFT JOIN outlets o ON o.id = a.outlet_id ORDER BY a.id"_s))
        return result;
    while (query.next())
        result.append(summaryFrom(query));
    return result;
}

QList<ArticleSummary> ArticleStore::summaries(const QList<qint64> &ids) const
{
    QList<ArticleSummary> result;
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT "_s + summaryColumns + u" FROM articles a "
                  "LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ?"_s);
    for (qint64 id : ids) {
        query.addBindValue(id);
        if (query.exec() && query.next())
            result.append(summaryFrom(query));
    }
    return result;
}

bool ArticleStore::remove(qint64 id)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"DELETE FROM articles WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = store_p::errorText(query);
        return false;
    }
    return query.numRowsAffected() > 0;
}

bool ArticleStore::setBlockRole(qint64 articleId, int blockIndex, BlockRole role)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE blocks SET role = ?, role_overridden = 1 WHERE article_id = ? AND position = ?"_s);
    query.addBindValue(blockRoleName(role));
    query.addBindValue(articleId);
    query.addBindValue(blockIndex);
    if (!query.exec()) {
        m_lastError = store_p::errorText(query);
        return false;
    }
    return query.numRowsAffected() > 0;
}

bool ArticleStore::setMetadata(qint64 articleId, const ArticleMetadata &meta)
{
    Transaction transaction(m_db.connection());
    if (!transaction.isActive()) {
        m_lastError = transaction.errorString();
        return false;
    }
    const qint64 outlet = meta.outlet.isEmpty() ? 0 : outletId(meta.outlet);
    if (!m_lastError.isEmpty())
        return false;
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE articles SET outlet_id = ?, title = ?, byline = ?, published = ?, url = ? "
                  "WHERE id = ?"_s);
    query.addBindValue(outlet ? QVariant(outlet) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(nullIfEmpty(meta.title));
    query.addBindValue(nullIfEmpty(meta.byline));
    query.addBindValue(isoDateOrNull(meta.published));
    query.addBindValue(nullIfEmpty(meta.url));
    query.addBindValue(articleId);
    if (!query.exec() || query.numRowsAffected() == 0) {
        m_lastError = store_p::errorText(query);
        return false;
    }
    if (!transaction.commit()) {
        m_lastError = transaction.errorString();
        return false;
    }
    return true;
}

bool ArticleStore::setLanguage(qint64 articleId, const QString &language)
{
    Transaction transaction(m_db.connection());
    if (!transaction.isActive()) {
        m_lastError = transaction.errorString();
        return false;
    }
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE articles SET language = ? WHERE id = ?"_s);
    query.addBindValue(emptyIfNull(language));
    query.addBindValue(articleId);
    if (!query.exec() || query.numRowsAffected() == 0) {
        m_lastError = query.lastError().text();
        return false;
    }
    // The language decides how the words are read, so comparisons made
    // with the old one are stale.
    query.prepare(u"DELETE FROM alignment_cache WHERE cache_key IN "
                  "(SELECT cache_key FROM alignment_cache_articles WHERE article_id = ?)"_s);
    query.addBindValue(articleId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    if (!transaction.commit()) {
        m_lastError = transaction.errorString();
        return false;
    }
    return true;
}

QStringList ArticleStore::outletLines(const QString &outlet) const
{
    QStringList lines;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // Furniture is short; long paragraphs are never candidates. The outlet's
    // latest articles show its furniture as well as all of them would, and
    // keep each import's cost bounded however large the library grows.
    query.prepare(u"SELECT DISTINCT text FROM blocks WHERE length(text) <= 300 AND article_id IN "
                  "(SELECT a.id FROM articles a JOIN outlets o ON o.id = a.outlet_id "
                  " WHERE o.name = ? ORDER BY a.id DESC LIMIT 50)"_s);
    query.addBindValue(outlet);
    if (!query.exec())
        return lines;
    while (query.next())
        lines.append(query.value(0).toString());
    return lines;
}

QList<SearchHit> ArticleStore::search(const QString &text, int limit) const
{
    QList<SearchHit> hits;
    const QStringList words = searchWords(text);
    if (words.isEmpty())
        return hits;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(m_db.dialect().searchStatement());
    query.addBindValue(m_db.dialect().searchParameter(words));
    query.addBindValue(limit);
    if (!query.exec())
        return hits;
    while (query.next())
        hits.append({query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toString()});
    return hits;
}

} // namespace parallax
