#include "Schema.h"

#include "Database.h"
#include "SqlDialect.h"
#include "core/TranslationContexts.h"
#include "ingest/LanguageDetector.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <span>

using namespace Qt::StringLiterals;

namespace parallax::schema {
namespace {

// Version 1: the library as described in docs/schema.md.
constexpr const char16_t *version1[] = {
    uR"(CREATE TABLE outlets (
        id    INTEGER PRIMARY KEY,
        name  TEXT NOT NULL UNIQUE COLLATE NOCASE))",
    uR"(CREATE TABLE articles (
        id           INTEGER PRIMARY KEY,
        outlet_id    INTEGER REFERENCES outlets(id) ON DELETE SET NULL,
        title        TEXT,
        byline       TEXT,
        published    TEXT,
        url          TEXT,
        source_path  TEXT,
        format       TEXT NOT NULL CHECK (format IN ('text', 'html', 'markdown')),
        encoding     TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        imported_at  TEXT NOT NULL,
        word_count   INTEGER NOT NULL DEFAULT 0,
        original     BLOB NOT NULL))",
    uR"(CREATE INDEX articles_outlet ON articles(outlet_id))",
    uR"(CREATE TABLE blocks (
        id              INTEGER PRIMARY KEY,
        article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position        INTEGER NOT NULL,
        role            TEXT NOT NULL CHECK (role IN ('body', 'heading', 'caption', 'furniture')),
        role_overridden INTEGER NOT NULL DEFAULT 0 CHECK (role_overridden IN (0, 1)),
        text            TEXT NOT NULL,
        UNIQUE (article_id, position)))",
    uR"(CREATE TABLE sentences (
        block_id  INTEGER NOT NULL REFERENCES blocks(id) ON DELETE CASCADE,
        position  INTEGER NOT NULL,
        start     INTEGER NOT NULL CHECK (start >= 0),
        end       INTEGER NOT NULL CHECK (end >= start),
        PRIMARY KEY (block_id, position)) WITHOUT ROWID)",
    uR"(CREATE TABLE stories (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
        created_at TEXT NOT NULL))",
    uR"(CREATE TABLE story_articles (
        story_id   INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (story_id, article_id)) WITHOUT ROWID)",
    uR"(CREATE INDEX story_articles_article ON story_articles(article_id))",
    uR"(CREATE TABLE alignment_cache (
        cache_key         TEXT PRIMARY KEY,
        algorithm_version INTEGER NOT NULL,
        result            BLOB NOT NULL,
        created_at        TEXT NOT NULL))",
    uR"(CREATE TABLE alignment_cache_articles (
        cache_key  TEXT NOT NULL REFERENCES alignment_cache(cache_key) ON DELETE CASCADE,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (cache_key, article_id)) WITHOUT ROWID)",
    uR"(CREATE INDEX alignment_cache_articles_article ON alignment_cache_articles(article_id))",
    // A cached alignment is worthless once any of its articles is gone.
    uR"(CREATE TRIGGER alignment_cache_orphan AFTER DELETE ON alignment_cache_articles BEGIN
        DELETE FROM alignment_cache WHERE cache_key = old.cache_key;
    END)",
    // External-content FTS5: the text lives once, in blocks; triggers keep
    // the index in step.
    uR"(CREATE VIRTUAL TABLE blocks_fts USING fts5(
        text, content='blocks', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'))",
    uR"(CREATE TRIGGER blocks_fts_insert AFTER INSERT ON blocks BEGIN
        INSERT INTO blocks_fts(rowid, text) VALUES (new.id, new.text);
    END)",
    uR"(CREATE TRIGGER blocks_fts_delete AFTER DELETE ON blocks BEGIN
        INSERT INTO blocks_fts(blocks_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END)",
    uR"(CREATE TRIGGER blocks_fts_update AFTER UPDATE OF text ON blocks BEGIN
        INSERT INTO blocks_fts(blocks_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO blocks_fts(rowid, text) VALUES (new.id, new.text);
    END)",
};

// Version 2: a person's notes on spans of block text. They name the block by
// article and position, not by blocks.id, so that they survive anything that
// rewrites an article's rows without changing its text.
constexpr const char16_t *version2[] = {
    uR"(CREATE TABLE annotations (
        id         INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        block      INTEGER NOT NULL CHECK (block >= 0),
        start      INTEGER NOT NULL CHECK (start >= 0),
        end        INTEGER NOT NULL CHECK (end >= start),
        label      TEXT NOT NULL CHECK (label IN ('to-check', 'confirmed', 'disputed', 'context')),
        note       TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    uR"(CREATE INDEX annotations_article ON annotations(article_id, block, start))",
};

// Version 3: why the importer marked a block as furniture, so that a person
// can see it (a code, translated when shown; empty for the article's text
// and for libraries imported before it was kept); and articles fetched from
// the web keep the link asked for, where its redirects ended and when, a
// re-fetch that changed being stored as a new article naming the one it
// replaces.
constexpr const char16_t *version3[] = {
    uR"(ALTER TABLE blocks ADD COLUMN role_reason TEXT NOT NULL DEFAULT '')",
    uR"(ALTER TABLE articles ADD COLUMN fetched_url TEXT)",
    uR"(ALTER TABLE articles ADD COLUMN final_url TEXT)",
    uR"(ALTER TABLE articles ADD COLUMN fetched_at TEXT)",
    uR"(ALTER TABLE articles ADD COLUMN previous_version INTEGER
        REFERENCES articles(id) ON DELETE SET NULL)",
    uR"(CREATE INDEX articles_previous_version ON articles(previous_version))",
};

// Version 4: a person's word on which sentences state one claim, against
// the matcher's. Sentences are named as notes name blocks, by article and
// position, so that a decision outlives any alignment and applies to every
// comparison holding both; two sentences of one article are never one claim.
constexpr const char16_t *version4[] = {
    uR"(CREATE TABLE claim_decisions (
        id         INTEGER PRIMARY KEY,
        a_article  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        a_block    INTEGER NOT NULL CHECK (a_block >= 0),
        a_sentence INTEGER NOT NULL CHECK (a_sentence >= 0),
        b_article  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        b_block    INTEGER NOT NULL CHECK (b_block >= 0),
        b_sentence INTEGER NOT NULL CHECK (b_sentence >= 0),
        same       INTEGER NOT NULL CHECK (same IN (0, 1)),
        created_at TEXT NOT NULL,
        CHECK (a_article <> b_article)))",
    uR"(CREATE INDEX claim_decisions_a ON claim_decisions(a_article))",
    uR"(CREATE INDEX claim_decisions_b ON claim_decisions(b_article))",
};

// Version 5: the language each article is written in, a BCP 47 primary
// subtag ("de"), empty when unknown. Articles already in the library are
// given the language their stored words show, in the same step: an empty
// language must mean "could not tell", not "not looked at yet".
constexpr const char16_t *version5[] = {
    uR"(ALTER TABLE articles ADD COLUMN language TEXT NOT NULL DEFAULT '')",
};

QString detectStoredLanguages(QSqlDatabase db)
{
    QSqlQuery articles(db);
    articles.setForwardOnly(true);
    if (!articles.exec(u"SELECT id FROM articles"_s))
        return articles.lastError().text();
    QList<qint64> ids;
    while (articles.next())
        ids.append(articles.value(0).toLongLong());

    QSqlQuery words(db);
    words.setForwardOnly(true);
    words.prepare(u"SELECT text FROM blocks WHERE article_id = ? AND role IN ('body', 'heading') "
                  "ORDER BY position"_s);
    QSqlQuery update(db);
    update.prepare(u"UPDATE articles SET language = ? WHERE id = ?"_s);
    for (const qint64 id : std::as_const(ids)) {
        words.addBindValue(id);
        if (!words.exec())
            return words.lastError().text();
        QString text;
        while (words.next())
            text += words.value(0).toString() + u'\n';
        const QString language = LanguageDetector::detect(text);
        if (language.isEmpty())
            continue;
        update.addBindValue(language);
        update.addBindValue(id);
        if (!update.exec())
            return update.lastError().text();
    }
    return {};
}

struct Step {
    int toVersion;
    std::span<const char16_t *const> statements;
    // What the statements cannot work out in SQL, run after them in the
    // same transaction; returns what went wrong, empty on success.
    QString (*fill)(QSqlDatabase) = nullptr;
    // When PostgreSQL needs other words for this step; empty: the same.
    std::span<const char16_t *const> postgresStatements = {};
};

constexpr Step ladder[] = {
    {1, version1},
    {2, version2},
    {3, version3},
    {4, version4},
    {5, version5, detectStoredLanguages},
};
static_assert(std::size(ladder) == currentVersion, "one ladder step per schema version");

std::span<const char16_t *const> statementsFor(const SqlDialect &dialect, const Step &step)
{
    if (&dialect == &SqlDialect::postgresql() && !step.postgresStatements.empty())
        return step.postgresStatements;
    return step.statements;
}

QString runStep(QSqlDatabase db, int toVersion, std::span<const char16_t *const> statements,
                QString (*fill)(QSqlDatabase) = nullptr)
{
    const SqlDialect &dialect = SqlDialect::of(db);
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.errorString();
    // Two people opening a new shared library at once: the second finds the
    // step done once it holds the write lock.
    if (dialect.schemaVersion(db) >= toVersion)
        return {};
    QSqlQuery query(db);
    for (const char16_t *statement : statements) {
        if (!query.exec(QString::fromUtf16(statement)))
            return dialect.describe(query.lastError());
    }
    if (fill) {
        if (const QString error = fill(db); !error.isEmpty())
            return error;
    }
    if (!query.exec(dialect.setSchemaVersion(toVersion)))
        return dialect.describe(query.lastError());
    if (!transaction.commit())
        return transaction.errorString();
    return {};
}

} // namespace

int version(QSqlDatabase db)
{
    return SqlDialect::of(db).schemaVersion(db);
}

QString migrate(QSqlDatabase db)
{
    const int from = version(db);
    if (from < 0)
        return LibraryText::tr("not a Parallax library (cannot read its version)");
    if (from > currentVersion) {
        return LibraryText::tr("the library was written by a newer Parallax (schema %1; this one reads up to %2)")
            .arg(from)
            .arg(currentVersion);
    }
    const SqlDialect &dialect = SqlDialect::of(db);
    // Only an empty library is below a backend's baseline.
    if (from < dialect.baselineVersion()) {
        const QString error = runStep(db, dialect.baselineVersion(), dialect.baseline());
        if (!error.isEmpty()) {
            return LibraryText::tr("upgrading the library to schema %1 failed: %2")
                .arg(dialect.baselineVersion())
                .arg(error);
        }
    }
    for (const Step &step : ladder) {
        if (step.toVersion <= std::max(from, dialect.baselineVersion()))
            continue;
        const QString error = runStep(db, step.toVersion, statementsFor(dialect, step), step.fill);
        if (!error.isEmpty()) {
            return LibraryText::tr("upgrading the library to schema %1 failed: %2")
                .arg(step.toVersion)
                .arg(error);
        }
    }
    return {};
}

} // namespace parallax::schema
