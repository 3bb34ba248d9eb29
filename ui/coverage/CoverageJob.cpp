#include "CoverageJob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace parallax {

CoverageJob::CoverageJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<std::optional<Coverage>>::finished, this, &CoverageJob::deliver);
}

// The task holds its own copies and cancel flag, so it may finish after us.
CoverageJob::~CoverageJob()
{
    cancel();
}

void CoverageJob::start(const QList<Article> &articles, const Comparison &comparison)
{
    cancel();
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_articles = articles;
    m_comparison = comparison;
    m_watcher.setFuture(QtConcurrent::run([articles, comparison, cancelled = m_cancelled] {
        return computeCoverage(articles, comparison, cancelled.get());
    }));
}

void CoverageJob::cancel()
{
    if (m_cancelled)
        *m_cancelled = true;
}

void CoverageJob::deliver()
{
    if (!m_cancelled || *m_cancelled)
        return;
    const std::optional<Coverage> result = m_watcher.result();
    if (result)
        Q_EMIT finished(m_articles, m_comparison, *result);
}

} // namespace parallax
