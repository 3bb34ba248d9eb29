// The LibraryService methods behind the coverage view: notes and story
// suggestions. Same thread rules as the rest of the class.
#include "LibraryService.h"

#include "coverage/StorySuggester.h"
#include "store/AnnotationStore.h"

#include <QSet>

namespace parallax {

void LibraryService::loadAnnotations(const QList<qint64> &articleIds, quint64 ticket)
{
    if (forwarded([this, articleIds, ticket] { loadAnnotations(articleIds, ticket); }))
        return;
    if (ready())
        Q_EMIT annotationsLoaded(ticket, m_annotations->forArticles(articleIds));
}

void LibraryService::addAnnotation(const Annotation &annotation)
{
    if (forwarded([this, annotation] { addAnnotation(annotation); }))
        return;
    if (!ready())
        return;
    if (!m_annotations->add(annotation)) {
        Q_EMIT failed(tr("Could not save the note: %1").arg(m_annotations->lastError()));
        return;
    }
    Q_EMIT annotationsChanged(annotation.articleId);
}

void LibraryService::updateAnnotation(const Annotation &annotation)
{
    if (forwarded([this, annotation] { updateAnnotation(annotation); }))
        return;
    if (!ready())
        return;
    if (!m_annotations->update(annotation)) {
        Q_EMIT failed(tr("Could not change the note: %1").arg(m_annotations->lastError()));
        return;
    }
    Q_EMIT annotationsChanged(annotation.articleId);
}

void LibraryService::removeAnnotation(qint64 annotationId, qint64 articleId)
{
    if (forwarded([this, annotationId, articleId] { removeAnnotation(annotationId, articleId); }))
        return;
    if (!ready())
        return;
    if (!m_annotations->remove(annotationId)) {
        Q_EMIT failed(tr("Could not delete the note: %1").arg(m_annotations->lastError()));
        return;
    }
    Q_EMIT annotationsChanged(articleId);
}

const MinHashSignature &LibraryService::signature(qint64 articleId)
{
    auto it = m_signatures.find(articleId);
    if (it == m_signatures.end()) {
        const auto article = m_articles->article(articleId);
        it = m_signatures.insert(articleId, article ? minHashSignature(*article) : minHashSignature(Article{}));
    }
    return *it;
}

void LibraryService::suggestStories(const QList<qint64> &articleIds, quint64 ticket)
{
    if (forwarded([this, articleIds, ticket] { suggestStories(articleIds, ticket); }))
        return;
    if (!ready())
        return;
    QHash<qint64, QList<qint64>> storiesOf;
    for (const Story &story : m_stories->stories()) {
        for (const qint64 id : story.articleIds)
            storiesOf[id].append(story.id);
    }
    StorySuggester suggester;
    for (auto it = storiesOf.cbegin(); it != storiesOf.cend(); ++it)
        suggester.add(it.key(), signature(it.key()), it.value());
    QList<StorySuggestion> result;
    for (const qint64 id : articleIds) {
        const QList<qint64> already = storiesOf.value(id);
        for (const auto &s : suggester.suggest(signature(id), 3, id)) {
            if (!already.contains(s.storyId))
                result.append({id, s.storyId, s.score});
        }
    }
    Q_EMIT storiesSuggested(ticket, result);
}

void LibraryService::groupLooseArticles(quint64 ticket)
{
    if (forwarded([this, ticket] { groupLooseArticles(ticket); }))
        return;
    if (!ready())
        return;
    QSet<qint64> filed;
    for (const Story &story : m_stories->stories()) {
        for (const qint64 id : story.articleIds)
            filed.insert(id);
    }
    QList<qint64> loose;
    std::vector<MinHashSignature> signatures;
    for (const ArticleSummary &summary : m_articles->summaries()) {
        if (filed.contains(summary.id))
            continue;
        loose.append(summary.id);
        signatures.push_back(signature(summary.id));
    }
    QList<QList<qint64>> groups;
    for (const QList<int> &group : groupByStory(signatures)) {
        QList<qint64> ids;
        for (const int i : group)
            ids.append(loose[i]);
        groups.append(ids);
    }
    Q_EMIT looseArticlesGrouped(ticket, groups);
}

} // namespace parallax
