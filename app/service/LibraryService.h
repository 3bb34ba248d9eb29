#pragma once

#include "LibrarySnapshot.h"
#include "align/AlignTypes.h"
#include "align/ClaimDecisions.h"
#include "coverage/Annotation.h"
#include "coverage/MinHash.h"
#include "core/Article.h"
#include "ingest/Importer.h"
#include "ingest/fetch/FetchedPage.h"
#include "store/Backups.h"

#include <QObject>

#include <QHash>

#include <atomic>
#include <functional>
#include <memory>

namespace parallax {

class AlignmentCache;
class AnnotationStore;
class ClaimDecisionStore;
class Database;

// A story an article may belong to, as the library's articles suggest it.
struct StorySuggestion {
    qint64 articleId = 0;
    qint64 storyId = 0;
    double score = 0; // estimated shingle similarity to the story's closest article
};

// The library, owned by whichever thread the service lives on: the Qt SQL
// connection must stay on the thread that opened it. Every public method may
// be called from any thread; called from another one it is queued to the
// service's own thread, so the caller never waits. Results come back by
// signal. Called on the service's thread (as the tests do) it runs at once.
class LibraryService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryService)
public:
    explicit LibraryService(QObject *parent = nullptr);
    ~LibraryService() override;

    void open(const QString &path);
    void close();
    // Puts backup `number` in place of the library at path (one set aside
    // as damaged, or one still there, which is set aside as replaced) and
    // opens it: answered by opened(), or failed() when it cannot be done.
    void restoreBackup(const QString &path, int number);
    void refresh();

    void importPaths(const QStringList &paths, const QString &story = {});
    // Safe from any thread: the running import stops after its current file.
    void cancelImport() { m_cancelImport = true; }
    // An article a person copied from a browser or an editor.
    void importText(const QString &text, bool isHtml, const QString &story = {});
    // Pages fetched from links (the fetching is the caller's, on its own
    // event loop); answered by importFinished with one outcome a page.
    void importPages(const QList<parallax::FetchedPage> &pages, const QString &story = {});
    // A page fetched again from the link of article previousId: answered by
    // pageRefreshed, whose outcome names previousId itself when unchanged.
    void importRefreshedPage(const parallax::FetchedPage &page, qint64 previousId);

    // ticket is handed back with the result, so a caller can drop answers
    // to questions it no longer asks.
    void loadArticles(const QList<qint64> &ids, quint64 ticket);
    void search(const QString &text, quint64 ticket);
    // Loads the articles and looks their comparison up in the cache; the
    // answer says whether the comparison is the cached one or still to do,
    // and brings the person's claim decisions on these articles, which the
    // caller applies (applyClaimDecisions) to the cached comparison or to
    // the one it computes: the cache holds the matcher's claims only.
    void loadComparison(const QList<qint64> &ids, const AlignSettings &settings, quint64 ticket);
    void cacheComparison(const QList<Article> &articles, const AlignSettings &settings,
                         const Comparison &comparison);

    void createStory(const QString &name, const QList<qint64> &articleIds = {});
    void renameStory(qint64 storyId, const QString &name);
    void removeStory(qint64 storyId);
    void addToStory(qint64 storyId, const QList<qint64> &articleIds);
    void removeFromStory(qint64 storyId, const QList<qint64> &articleIds);
    void removeArticles(const QList<qint64> &articleIds);
    void setBlockRole(qint64 articleId, int blockIndex, BlockRole role);
    void setMetadata(qint64 articleId, const ArticleMetadata &meta);
    // language as Article::language has it (empty: unknown).
    void setLanguage(qint64 articleId, const QString &language);

    // A person's notes. Each change answers with annotationsChanged for the
    // article, so that every view showing it reloads.
    void loadAnnotations(const QList<qint64> &articleIds, quint64 ticket);
    void addAnnotation(const Annotation &annotation);
    void updateAnnotation(const Annotation &annotation);
    void removeAnnotation(qint64 annotationId, qint64 articleId);

    // A person's word on which sentences state one claim. Each change
    // answers with claimDecisionsChanged for the articles it names.
    void addClaimDecisions(const QList<parallax::ClaimDecision> &decisions);
    void forgetClaimDecisions(const QList<parallax::SentenceRef> &sentences);
    void loadClaimDecisions(const QList<qint64> &articleIds, quint64 ticket);

    // The best stories for each article, from every filed article of the library.
    void suggestStories(const QList<qint64> &articleIds, quint64 ticket);
    // The articles that belong to no story, grouped into would-be stories.
    void groupLooseArticles(quint64 ticket);

Q_SIGNALS:
    void opened(const QString &path, const QString &error);
    // The library at path was found damaged and set aside as setAsidePath;
    // available lists its backups, newest first (possibly none).
    void damaged(const QString &path, const QString &setAsidePath,
                 const QList<parallax::backups::BackupFile> &available);
    void libraryChanged(const parallax::LibrarySnapshot &snapshot);
    void importProgress(int done, int total, const QString &path);
    void importFinished(const QList<parallax::ImportOutcome> &outcomes);
    void pageRefreshed(qint64 previousId, const parallax::ImportOutcome &outcome);
    void articlesLoaded(quint64 ticket, const QList<parallax::Article> &articles);
    void comparisonLoaded(quint64 ticket, const QList<parallax::Article> &articles,
                          const parallax::Comparison &comparison, bool cached,
                          const QList<parallax::ClaimDecision> &decisions);
    void articleChanged(const parallax::Article &article);
    void searchFinished(quint64 ticket, const QList<parallax::SearchHit> &hits);
    void annotationsLoaded(quint64 ticket, const QList<parallax::Annotation> &annotations);
    void annotationsChanged(qint64 articleId);
    void claimDecisionsChanged(const QList<qint64> &articleIds);
    void claimDecisionsLoaded(quint64 ticket, const QList<parallax::ClaimDecision> &decisions);
    void storiesSuggested(quint64 ticket, const QList<parallax::StorySuggestion> &suggestions);
    void looseArticlesGrouped(quint64 ticket, const QList<QList<qint64>> &groups);
    void failed(const QString &message);

private:
    // Queues call on the service's thread and returns true when the caller
    // is on another thread; returns false when the caller should go ahead.
    bool forwarded(std::function<void()> call);
    bool ready();
    void emitSnapshot();
    void reportArticle(qint64 articleId);
    const MinHashSignature &signature(qint64 articleId);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleStore> m_articles;
    std::unique_ptr<StoryStore> m_stories;
    std::unique_ptr<AlignmentCache> m_cache;
    std::unique_ptr<AnnotationStore> m_annotations;
    std::unique_ptr<ClaimDecisionStore> m_decisions;
    // Computed on first use; an article's text never changes once stored.
    QHash<qint64, MinHashSignature> m_signatures;
    std::atomic_bool m_cancelImport = false;
};

} // namespace parallax
