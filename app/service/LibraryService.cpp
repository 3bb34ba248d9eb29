#include "LibraryService.h"

#include "align/ComparisonCodec.h"
#include "ingest/ArticleReader.h"
#include "store/AlignmentCache.h"
#include "store/AnnotationStore.h"
#include "store/ClaimDecisionStore.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QThread>

using namespace Qt::StringLiterals;

namespace parallax {

LibraryService::LibraryService(QObject *parent)
    : QObject(parent)
{
}

// The stores refer to the database, so they go first.
LibraryService::~LibraryService()
{
    close();
}

bool LibraryService::forwarded(std::function<void()> call)
{
    if (QThread::currentThread() == thread())
        return false;
    QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
    return true;
}

bool LibraryService::ready()
{
    if (m_db)
        return true;
    Q_EMIT failed(tr("No library is open."));
    return false;
}

void LibraryService::open(const QString &path)
{
    if (forwarded([this, path] { open(path); }))
        return;
    close();
    auto db = std::make_unique<Database>(path);
    // db->path() is what may be shown and kept: a server URL without its password.
    if (!db->isOpen()) {
        Q_EMIT opened(db->path(), db->errorString());
        // Only a backup or a person's decision brings such a library back.
        if (db->isDamaged() && !db->setAsidePath().isEmpty())
            Q_EMIT damaged(path, db->setAsidePath(), backups::list(path));
        return;
    }
    m_db = std::move(db);
    m_articles = std::make_unique<ArticleStore>(*m_db);
    m_stories = std::make_unique<StoryStore>(*m_db);
    m_cache = std::make_unique<AlignmentCache>(*m_db);
    m_annotations = std::make_unique<AnnotationStore>(*m_db);
    m_decisions = std::make_unique<ClaimDecisionStore>(*m_db);
    Q_EMIT opened(m_db->path(), {});
    emitSnapshot();
}

void LibraryService::restoreBackup(const QString &path, int number)
{
    if (forwarded([this, path, number] { restoreBackup(path, number); }))
        return;
    close();
    QString replaced;
    const QString error = backups::restore(path, number, &replaced);
    if (!error.isEmpty()) {
        Q_EMIT failed(tr("Cannot restore the backup: %1").arg(error));
        return;
    }
    open(path);
}

void LibraryService::close()
{
    if (forwarded([this] { close(); }))
        return;
    m_decisions.reset();
    m_annotations.reset();
    m_signatures.clear();
    m_cache.reset();
    m_stories.reset();
    m_articles.reset();
    m_db.reset();
}

void LibraryService::refresh()
{
    if (forwarded([this] { refresh(); }))
        return;
    if (ready())
        emitSnapshot();
}

void LibraryService::emitSnapshot()
{
    Q_EMIT libraryChanged({m_db->path(), m_stories->stories(), m_articles->summaries()});
}

void LibraryService::importPaths(const QStringList &paths, const QString &story)
{
    // Cleared before queuing, so that a cancel that arrives while the import
    // waits its turn still stops it.
    m_cancelImport = false;
    if (forwarded([this, paths, story] { importPaths(paths, story); }))
        return;
    if (!ready())
        return;
    Importer importer(*m_articles);
    ImportOptions options;
    options.story = story;
    const auto progress = [this](int done, int total, const QString &path) {
        Q_EMIT importProgress(done, total, path);
    };
    const QList<ImportOutcome> outcomes = importer.importPaths(paths, options, progress, &m_cancelImport);
    Q_EMIT importFinished(outcomes);
    emitSnapshot();
}

void LibraryService::importPages(const QList<FetchedPage> &pages, const QString &story)
{
    if (forwarded([this, pages, story] { importPages(pages, story); }))
        return;
    if (!ready())
        return;
    Importer importer(*m_articles);
    ImportOptions options;
    options.story = story;
    QList<ImportOutcome> outcomes;
    for (const FetchedPage &page : pages) {
        outcomes.append(importer.importPage(page, options));
        Q_EMIT importProgress(int(outcomes.size()), int(pages.size()), outcomes.constLast().path);
    }
    Q_EMIT importFinished(outcomes);
    emitSnapshot();
}

void LibraryService::importRefreshedPage(const FetchedPage &page, qint64 previousId)
{
    if (forwarded([this, page, previousId] { importRefreshedPage(page, previousId); }))
        return;
    if (!ready())
        return;
    const auto previous = m_articles->article(previousId);
    ImportOutcome outcome;
    if (!previous) {
        outcome.path = page.requestedUrl.toDisplayString();
        outcome.message = tr("the article it refreshes is no longer in the library");
    } else {
        // The same link is the same outlet, whatever a person named it.
        outcome = Importer(*m_articles).importPage(page, {QString(), previous->meta.outlet}, previousId);
    }
    Q_EMIT pageRefreshed(previousId, outcome);
    if (outcome.status == ImportOutcome::Status::Imported)
        emitSnapshot();
}

void LibraryService::importText(const QString &text, bool isHtml, const QString &story)
{
    if (forwarded([this, text, isHtml, story] { importText(text, isHtml, story); }))
        return;
    if (!ready())
        return;
    ImportOutcome outcome;
    outcome.path = tr("Pasted article");
    const QByteArray bytes = text.toUtf8();
    ArticleReader::Options options;
    options.outletLines = [this](const QString &outlet) { return m_articles->outletLines(outlet); };
    auto read = ArticleReader::read(bytes, isHtml ? u"pasted.html"_s : u"pasted.txt"_s, options);
    if (auto *error = std::get_if<QString>(&read)) {
        outcome.message = *error;
    } else {
        Article &article = std::get<Article>(read);
        if (article.contentHash.isEmpty())
            article.contentHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        const auto stored = m_articles->add(article, story);
        if (stored.error.isEmpty()) {
            outcome.articleId = stored.id;
            outcome.status = stored.duplicate ? ImportOutcome::Status::Duplicate : ImportOutcome::Status::Imported;
        } else {
            outcome.message = stored.error;
        }
    }
    Q_EMIT importFinished({outcome});
    emitSnapshot();
}

void LibraryService::loadArticles(const QList<qint64> &ids, quint64 ticket)
{
    if (forwarded([this, ids, ticket] { loadArticles(ids, ticket); }))
        return;
    if (!ready())
        return;
    QList<Article> result;
    result.reserve(ids.size());
    for (qint64 id : ids) {
        if (auto article = m_articles->article(id))
            result.append(std::move(*article));
    }
    Q_EMIT articlesLoaded(ticket, result);
}

void LibraryService::loadComparison(const QList<qint64> &ids, const AlignSettings &settings, quint64 ticket)
{
    if (forwarded([this, ids, settings, ticket] { loadComparison(ids, settings, ticket); }))
        return;
    if (!ready())
        return;
    QList<Article> articles;
    articles.reserve(ids.size());
    for (qint64 id : ids) {
        if (auto article = m_articles->article(id))
            articles.append(std::move(*article));
    }
    std::optional<Comparison> cached;
    if (const auto bytes = m_cache->find(comparisonKey(articles, settings), AlignAlgorithmVersion))
        cached = decodeComparison(*bytes);
    Q_EMIT comparisonLoaded(ticket, articles, cached.value_or(Comparison()), cached.has_value(),
                            m_decisions->forArticles(ids));
}

void LibraryService::cacheComparison(const QList<Article> &articles, const AlignSettings &settings,
                                     const Comparison &comparison)
{
    if (forwarded([this, articles, settings, comparison] { cacheComparison(articles, settings, comparison); }))
        return;
    if (!ready())
        return;
    QList<qint64> ids;
    for (const Article &article : articles)
        ids.append(article.id);
    m_cache->store(comparisonKey(articles, settings), AlignAlgorithmVersion, encodeComparison(comparison), ids);
}

void LibraryService::search(const QString &text, quint64 ticket)
{
    if (forwarded([this, text, ticket] { search(text, ticket); }))
        return;
    if (ready())
        Q_EMIT searchFinished(ticket, m_articles->search(text));
}

void LibraryService::createStory(const QString &name, const QList<qint64> &articleIds)
{
    if (forwarded([this, name, articleIds] { createStory(name, articleIds); }))
        return;
    if (!ready())
        return;
    const auto id = m_stories->create(name);
    if (!id) {
        Q_EMIT failed(m_stories->lastError());
        return;
    }
    for (qint64 articleId : articleIds)
        m_stories->addArticle(*id, articleId);
    emitSnapshot();
}

void LibraryService::renameStory(qint64 storyId, const QString &name)
{
    if (forwarded([this, storyId, name] { renameStory(storyId, name); }))
        return;
    if (!ready())
        return;
    if (!m_stories->rename(storyId, name))
        Q_EMIT failed(m_stories->lastError());
    emitSnapshot();
}

void LibraryService::removeStory(qint64 storyId)
{
    if (forwarded([this, storyId] { removeStory(storyId); }))
        return;
    if (!ready())
        return;
    if (!m_stories->remove(storyId))
        Q_EMIT failed(m_stories->lastError());
    emitSnapshot();
}

void LibraryService::addToStory(qint64 storyId, const QList<qint64> &articleIds)
{
    if (forwarded([this, storyId, articleIds] { addToStory(storyId, articleIds); }))
        return;
    if (!ready())
        return;
    for (qint64 articleId : articleIds) {
        if (!m_stories->addArticle(storyId, articleId))
            Q_EMIT failed(m_stories->lastError());
    }
    emitSnapshot();
}

void LibraryService::removeFromStory(qint64 storyId, const QList<qint64> &articleIds)
{
    if (forwarded([this, storyId, articleIds] { removeFromStory(storyId, articleIds); }))
        return;
    if (!ready())
        return;
    for (qint64 articleId : articleIds) {
        if (!m_stories->removeArticle(storyId, articleId))
            Q_EMIT failed(m_stories->lastError());
    }
    emitSnapshot();
}

void LibraryService::removeArticles(const QList<qint64> &articleIds)
{
    if (forwarded([this, articleIds] { removeArticles(articleIds); }))
        return;
    if (!ready())
        return;
    for (qint64 articleId : articleIds) {
        // SQLite may give a later article a freed id.
        m_signatures.remove(articleId);
        if (!m_articles->remove(articleId))
            Q_EMIT failed(m_articles->lastError());
    }
    emitSnapshot();
}

void LibraryService::setBlockRole(qint64 articleId, int blockIndex, BlockRole role)
{
    if (forwarded([this, articleId, blockIndex, role] { setBlockRole(articleId, blockIndex, role); }))
        return;
    if (!ready())
        return;
    if (!m_articles->setBlockRole(articleId, blockIndex, role))
        Q_EMIT failed(m_articles->lastError());
    reportArticle(articleId);
}

void LibraryService::setMetadata(qint64 articleId, const ArticleMetadata &meta)
{
    if (forwarded([this, articleId, meta] { setMetadata(articleId, meta); }))
        return;
    if (!ready())
        return;
    if (!m_articles->setMetadata(articleId, meta))
        Q_EMIT failed(m_articles->lastError());
    reportArticle(articleId);
    emitSnapshot();
}

void LibraryService::setLanguage(qint64 articleId, const QString &language)
{
    if (forwarded([this, articleId, language] { setLanguage(articleId, language); }))
        return;
    if (!ready())
        return;
    if (!m_articles->setLanguage(articleId, language))
        Q_EMIT failed(m_articles->lastError());
    reportArticle(articleId);
    emitSnapshot();
}

void LibraryService::reportArticle(qint64 articleId)
{
    if (auto article = m_articles->article(articleId))
        Q_EMIT articleChanged(*article);
}

} // namespace parallax
