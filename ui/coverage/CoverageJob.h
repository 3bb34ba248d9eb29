#pragma once

#include "align/AlignTypes.h"
#include "core/Article.h"
#include "coverage/Coverage.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace parallax {

// Computes a story's coverage on the thread pool, one at a time from the
// caller's point of view: starting another cancels the one before, whose
// result is dropped. Lives on the caller's thread.
class CoverageJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageJob)
public:
    explicit CoverageJob(QObject *parent = nullptr);
    ~CoverageJob() override;

    void start(const QList<Article> &articles, const Comparison &comparison);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    // articles and comparison are the ones start() was given.
    void finished(const QList<parallax::Article> &articles, const parallax::Comparison &comparison,
                  const parallax::Coverage &coverage);

private:
    void deliver();

    QFutureWatcher<std::optional<Coverage>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QList<Article> m_articles;
    Comparison m_comparison;
};

} // namespace parallax
