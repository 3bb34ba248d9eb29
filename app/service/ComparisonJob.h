#pragma once

#include "align/AlignTypes.h"
#include "core/Article.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace parallax {

struct CompareControl;

// Aligns articles on the thread pool, one comparison at a time from the
// caller's point of view: starting a new one cancels the one before, whose
// result is then dropped. Lives on the caller's thread.
class ComparisonJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonJob)
public:
    // Returns nullopt when it saw the control's cancel flag.
    using Comparer = std::function<std::optional<Comparison>(const QList<Article> &, const AlignSettings &,
                                                             const CompareControl &)>;

    // The engine's compareArticles.
    static Comparer engineComparer();

    explicit ComparisonJob(Comparer comparer = engineComparer(), QObject *parent = nullptr);
    ~ComparisonJob() override;

    void start(const QList<Article> &articles, const AlignSettings &settings);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void started();
    void progress(int done, int total);
    // articles are the ones start() was given, so that a receiver can never
    // pair a result with the wrong text; elapsedMs is the wall time it took.
    void finished(const QList<parallax::Article> &articles, const parallax::Comparison &comparison,
                  qint64 elapsedMs);
    void cancelled();

private:
    void deliver();

    Comparer m_comparer;
    QFutureWatcher<std::optional<Comparison>> m_watcher;
    // Shared with the running task, which may outlive this job by a moment.
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QList<Article> m_articles;
    QElapsedTimer m_clock;
};

} // namespace parallax
