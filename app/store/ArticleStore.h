#pragma once

#include "core/Article.h"

#include <QStringList>

#include <optional>

namespace parallax {

class Database;

// One line of the library listing: what a list or `parallax list` shows,
// without the article's text.
struct ArticleSummary {
    qint64 id = 0;
    ArticleMetadata meta;
    QString sourcePath;
    DocumentFormat format = DocumentFormat::PlainText;
    QString encoding;
    QString language; // BCP 47 primary subtag; empty when unknown
    QByteArray contentHash;
    QDateTime importedAt;
    int words = 0;
    QString fetchedUrl; // empty unless fetched from the web
    QString finalUrl;
    QDateTime fetchedAt;
    qint64 previousVersion = 0;
};

// Where an article stands among the fetches of one link.
struct VersionInfo {
    int number = 1;     // 1 for the first fetch
    qint64 firstId = 0; // the first version still in the library
};

struct SearchHit {
    qint64 articleId = 0;
    int blockIndex = 0;
    QString snippet; // plain text; the matched words are between «» marks
};

// Articles, their blocks and sentences in the library. Every write is one
// transaction: an article is either wholly stored or not at all.
class ArticleStore final
{
    Q_DISABLE_COPY_MOVE(ArticleStore)
public:
    explicit ArticleStore(Database &db);

    struct AddResult {
        qint64 id = 0;          // the new article, or the one with the same content
        bool duplicate = false; // the same bytes were already in the library
        QString error;          // empty on success
    };
    // Stores the article (its id is ignored) and, when story is not empty,
    // files it under that story, creating the story if needed. A newer
    // version of an article joins the stories of its previous version.
    AddResult add(const Article &article, const QString &story = {});

    std::optional<Article> article(qint64 id) const;
    std::optional<qint64> idForHash(const QByteArray &contentHash) const;
    VersionInfo version(qint64 id) const;
    QList<ArticleSummary> summaries() const;
    QList<ArticleSummary> summaries(const QList<qint64> &ids) const;
    bool remove(qint64 id);

    // A person's corrections: a re-marked block keeps its role on re-import
    // of the alignment and is flagged as overridden.
    bool setBlockRole(qint64 articleId, int blockIndex, BlockRole role);
    bool setMetadata(qint64 articleId, const ArticleMetadata &meta);
    // language as Article::language has it; drops the article's cached
    // comparisons, which read its words the old way.
    bool setLanguage(qint64 articleId, const QString &language);

    // Short block texts of the outlet's latest articles, each once: lines
    // that recur across an outlet's pages are its furniture.
    QStringList outletLines(const QString &outlet) const;

    // Full-text search over body and heading text; words are matched as
    // prefixes, the query is never interpreted as FTS syntax.
    QList<SearchHit> search(const QString &text, int limit = 200) const;

    QString lastError() const { return m_lastError; }

private:
    qint64 outletId(const QString &name);
    bool insertBlocks(qint64 articleId, const QList<Block> &blocks);

    Database &m_db;
    QString m_lastError;
};

} // namespace parallax
