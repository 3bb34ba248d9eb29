#include "Importer.h"

#include "ArticleReader.h"
#include "fetch/FetchedPage.h"
#include "core/TranslationContexts.h"
#include "store/ArticleStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

ImportOutcome failure(const QString &path, const QString &message)
{
    ImportOutcome outcome;
    outcome.path = path;
    outcome.message = message;
    return outcome;
}

const QStringList articleNameFilters = {u"*.txt"_s,  u"*.text"_s, u"*.html"_s,    u"*.htm"_s,
                                        u"*.xhtml"_s, u"*.md"_s,   u"*.markdown"_s};

// The reader picks a format by name as well as by content; a fetched page's
// name is what the server said it is, whatever its path ends with.
QString nameForType(const FetchedPage &page)
{
    if (page.mimeType == u"text/html" || page.mimeType == u"application/xhtml+xml")
        return u"page.html"_s;
    const QString fileName = page.finalUrl.fileName();
    if (page.mimeType == u"text/plain" && !fileName.endsWith(u".md") && !fileName.endsWith(u".markdown"))
        return u"page.txt"_s;
    return fileName;
}

} // namespace

Importer::Importer(ArticleStore &store)
    : m_store(store)
{
}

QStringList Importer::collectFiles(const QStringList &paths, QList<ImportOutcome> *failures)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, articleNameFilters, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext())
                found.append(it.next());
            found.sort(); // a folder imports in the same order everywhere
            files += found;
        } else if (info.exists()) {
            files.append(path);
        } else {
            failures->append(failure(path, IngestText::tr("no such file or folder")));
        }
    }
    return files;
}

QList<ImportOutcome> Importer::importPaths(const QStringList &paths, const ImportOptions &options,
                                           const Progress &progress, const std::atomic_bool *cancelled)
{
    QList<ImportOutcome> outcomes;
    const QStringList files = collectFiles(paths, &outcomes);
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (cancelled && cancelled->load())
            break;
        outcomes.append(importFile(files[i], options));
        if (progress)
            progress(int(i + 1), int(files.size()), files[i]);
    }
    return outcomes;
}

ImportOutcome Importer::importFile(const QString &path, const ImportOptions &options)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return failure(path, info.exists() ? IngestText::tr("not a regular file") : IngestText::tr("no such file"));
    // Checked before reading, so an enormous file is refused at once.
    if (info.size() > maxFileBytes) {
        const QLocale locale;
        return failure(path, IngestText::tr("too large (%1; the limit is %2)")
                                 .arg(locale.formattedDataSize(info.size()), locale.formattedDataSize(maxFileBytes)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, IngestText::tr("cannot read: %1").arg(file.errorString()));
    const QByteArray bytes = file.read(maxFileBytes + 1);
    if (bytes.size() > maxFileBytes) // grew while we looked
        return failure(path, IngestText::tr("too large (the limit is %1)").arg(QLocale().formattedDataSize(maxFileBytes)));

    auto read = ArticleReader::read(bytes, info.fileName(), readOptions(options));
    if (auto *error = std::get_if<QString>(&read))
        return failure(path, *error);

    Article &article = std::get<Article>(read);
    article.sourcePath = info.absoluteFilePath();
    return store(path, article, options);
}

ImportOutcome Importer::importPage(const FetchedPage &page, const ImportOptions &options, qint64 previousVersion)
{
    const QString link = page.requestedUrl.toDisplayString();
    if (page.bytes.size() > maxFileBytes)
        return failure(link, IngestText::tr("too large (the limit is %1)").arg(QLocale().formattedDataSize(maxFileBytes)));
    ArticleReader::Options pageOptions = readOptions(options);
    pageOptions.pageUrl = page.finalUrl;
    pageOptions.charsetHint = page.charset;
    pageOptions.contentLanguage = page.contentLanguage;
    auto read = ArticleReader::read(page.bytes, nameForType(page), pageOptions);
    if (auto *error = std::get_if<QString>(&read))
        return failure(link, *error);

    Article &article = std::get<Article>(read);
    article.fetchedUrl = page.requestedUrl.toString();
    article.finalUrl = page.finalUrl.toString();
    article.fetchedAt = page.fetchedAt;
    article.previousVersion = previousVersion;
    return store(link, article, options);
}

ArticleReader::Options Importer::readOptions(const ImportOptions &options) const
{
    ArticleReader::Options readOptions;
    readOptions.outlet = options.outlet;
    readOptions.outletLines = [this](const QString &outlet) { return m_store.outletLines(outlet); };
    return readOptions;
}

ImportOutcome Importer::store(const QString &path, const Article &article, const ImportOptions &options)
{
    const auto stored = m_store.add(article, options.story);
    if (!stored.error.isEmpty())
        return failure(path, IngestText::tr("the library could not store it: %1").arg(stored.error));

    ImportOutcome outcome;
    outcome.path = path;
    outcome.articleId = stored.id;
    outcome.status = stored.duplicate ? ImportOutcome::Status::Duplicate : ImportOutcome::Status::Imported;
    return outcome;
}

} // namespace parallax
