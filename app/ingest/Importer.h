#pragma once

#include "ArticleReader.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace parallax {

class ArticleStore;
struct FetchedPage;

struct ImportOptions {
    QString story;  // file every article under this story
    QString outlet; // the outlet a person named for these files
};

struct ImportOutcome {
    enum class Status { Imported, Duplicate, Failed };
    QString path;
    Status status = Status::Failed;
    qint64 articleId = 0;
    QString message; // why it failed, in plain words
};

// Reads files and folders into the library, one transaction a file, so that
// a bad file fails alone and the library never holds half an article.
class Importer final
{
    Q_DISABLE_COPY_MOVE(Importer)
public:
    // Larger files are refused before they are read (README, "Limits").
    static constexpr qint64 maxFileBytes = 20 * 1024 * 1024;

    explicit Importer(ArticleStore &store);

    // Called after each file; path is the file just done.
    using Progress = std::function<void(int done, int total, const QString &path)>;

    // Folders are searched recursively for .txt, .html, .htm, .xhtml, .md and
    // .markdown files; files named explicitly are tried whatever their name.
    QList<ImportOutcome> importPaths(const QStringList &paths, const ImportOptions &options,
                                     const Progress &progress = {},
                                     const std::atomic_bool *cancelled = nullptr);
    ImportOutcome importFile(const QString &path, const ImportOptions &options);
    // A page fetched from the web; previousVersion is the article it is a
    // newer fetch of (0 for none). Its path in the outcome is the link.
    ImportOutcome importPage(const FetchedPage &page, const ImportOptions &options, qint64 previousVersion = 0);

    // What importPaths would read, with failures for paths that do not exist.
    static QStringList collectFiles(const QStringList &paths, QList<ImportOutcome> *failures);

private:
    ArticleReader::Options readOptions(const ImportOptions &options) const;
    ImportOutcome store(const QString &path, const Article &article, const ImportOptions &options);

    ArticleStore &m_store;
};

} // namespace parallax
