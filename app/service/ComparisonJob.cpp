#include "ComparisonJob.h"

#include "align/Aligner.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace parallax {

ComparisonJob::ComparisonJob(Comparer comparer, QObject *parent)
    : QObject(parent)
    , m_comparer(std::move(comparer))
{
    using Watcher = QFutureWatcher<std::optional<Comparison>>;
    connect(&m_watcher, &Watcher::finished, this, &ComparisonJob::deliver);
    connect(&m_watcher, &Watcher::progressValueChanged, this,
            [this](int done) { Q_EMIT progress(done, m_watcher.progressMaximum()); });
}

// The pool thread only touches values it was given and a flag it shares,
// so it is told to stop rather than waited for.
ComparisonJob::~ComparisonJob()
{
    cancel();
}

void ComparisonJob::start(const QList<Article> &articles, const AlignSettings &settings)
{
    cancel();
    m_articles = articles;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_clock.start();
    auto task = [comparer = m_comparer, articles, settings,
                 flag = m_cancelled](QPromise<std::optional<Comparison>> &promise) {
        CompareControl control;
        control.cancel = flag.get();
        // Reported from several pool threads at once; QPromise serialises them.
        control.progress = [&promise](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
        };
        promise.addResult(*flag ? std::nullopt : comparer(articles, settings, control));
    };
    m_watcher.setFuture(QtConcurrent::run(std::move(task)));
    Q_EMIT started();
}

void ComparisonJob::cancel()
{
    if (!m_cancelled || *m_cancelled)
        return;
    // deliver() drops the result of a cancelled task; start() replaces the
    // watched future, so the old one cannot report into the new one.
    *m_cancelled = true;
    Q_EMIT cancelled();
}

void ComparisonJob::deliver()
{
    if (!m_cancelled || *m_cancelled || m_watcher.future().resultCount() == 0)
        return;
    const std::optional<Comparison> result = m_watcher.result();
    if (!result)
        return;
    *m_cancelled = true; // delivered: nothing left to cancel
    Q_EMIT finished(m_articles, *result, m_clock.elapsed());
}

ComparisonJob::Comparer ComparisonJob::engineComparer()
{
    return [](const QList<Article> &articles, const AlignSettings &settings, const CompareControl &control) {
        return compareArticles(articles, settings, control);
    };
}

} // namespace parallax
