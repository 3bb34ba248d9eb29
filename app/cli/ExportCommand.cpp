#include "Commands_p.h"
#include "align/AlignTypes.h"
#include "core/Article.h"
#include "core/TranslationContexts.h"
#include "export/CompareJson.h"
#include "export/CsvExport.h"
#include "export/HtmlExport.h"
#include "export/pdf/PdfExport.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/StoryStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QSaveFile>

#include <functional>

using namespace Qt::StringLiterals;

namespace parallax::cli {
namespace {

const QString htmlOption = u"html"_s;
const QString pdfOption = u"pdf"_s;
const QString csvOption = u"csv"_s;

// Written beside the target and renamed: never a half-written file.
bool save(const QString &target, const std::function<bool(QIODevice &)> &write, const QString &command,
          Console console)
{
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || !write(file) || !file.commit()) {
        console.err << CliText::tr("parallax %1: cannot write %2: %3")
                           .arg(command, QDir::toNativeSeparators(target), file.errorString())
                    << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

QList<QCommandLineOption> exportOptions()
{
    return {QCommandLineOption(htmlOption, CliText::tr("Write the comparison as a standalone HTML page to PATH."), u"PATH"_s),
            QCommandLineOption(pdfOption, CliText::tr("Write the comparison as PDF to PATH."), u"PATH"_s),
            QCommandLineOption(csvOption, CliText::tr("Write the claims as CSV to PATH."), u"PATH"_s)};
}

bool writeExports(const QCommandLineParser &parser, const QList<Article> &articles, const Comparison &comparison,
                  const QString &command, Console console)
{
    bool ok = true;
    if (parser.isSet(htmlOption)) {
        ok &= save(parser.value(htmlOption),
                   [&](QIODevice &device) { return writeComparisonHtml(device, articles, comparison); }, command,
                   console);
    }
    if (parser.isSet(csvOption)) {
        ok &= save(parser.value(csvOption),
                   [&](QIODevice &device) { return writeClaimsCsv(device, articles, comparison); }, command, console);
    }
    if (parser.isSet(pdfOption)) {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            console.err << CliText::tr("parallax %1: --pdf needs the offscreen Qt platform, which could not be started")
                               .arg(command)
                        << Qt::endl;
            return false;
        }
        ok &= save(parser.value(pdfOption),
                   [&](QIODevice &device) { return writeComparisonPdf(device, articles, comparison); }, command,
                   console);
    }
    return ok;
}

int runExport(const QStringList &arguments, Console console)
{
    QCommandLineParser parser;
    setUpParser(parser, u"export --story NAME [--html PATH] [--pdf PATH] [--csv PATH] [--json PATH]"_s,
                CliText::tr("Compare the articles of a story in the library and write the comparison."));
    const QCommandLineOption storyOption(u"story"_s, CliText::tr("The story whose articles to compare."), CliText::tr("NAME"));
    const QCommandLineOption jsonOption(u"json"_s, CliText::tr("Write the comparison as JSON to PATH."), u"PATH"_s);
    parser.addOptions({storyOption, jsonOption});
    parser.addOptions(exportOptions());
    int exitCode = Success;
    if (!parse(parser, arguments, console, &exitCode))
        return exitCode;
    if (!parser.isSet(storyOption) || !parser.positionalArguments().isEmpty()) {
        console.err << CliText::tr("parallax export: name one story with --story; see parallax export --help") << Qt::endl;
        return UsageError;
    }
    if (!parser.isSet(jsonOption) && !parser.isSet(htmlOption) && !parser.isSet(pdfOption)
        && !parser.isSet(csvOption)) {
        console.err << CliText::tr("parallax export: choose at least one of --html, --pdf, --csv, --json") << Qt::endl;
        return UsageError;
    }

    const std::unique_ptr<Database> db = openLibrary(parser, console);
    if (!db)
        return LibraryError;
    const auto story = StoryStore(*db).story(parser.value(storyOption));
    if (!story) {
        console.err << CliText::tr("parallax export: no story named %1 in the library").arg(parser.value(storyOption))
                    << Qt::endl;
        return UsageError;
    }
    const ArticleStore store(*db);
    QList<Article> articles;
    for (const qint64 id : story->articleIds) {
        if (auto article = store.article(id))
            articles.append(std::move(*article));
    }
    if (articles.size() < 2) {
        console.err << CliText::tr("parallax export: the story %1 holds fewer than two articles").arg(story->name) << Qt::endl;
        return UsageError;
    }

    const Comparison comparison = decidedComparison(*db, articles, {}, u"export"_s, console);
    bool ok = writeExports(parser, articles, comparison, u"export"_s, console);
    if (parser.isSet(jsonOption)) {
        const QByteArray json = QJsonDocument(comparisonToJson(articles, comparison)).toJson(QJsonDocument::Indented);
        ok &= save(parser.value(jsonOption), [&](QIODevice &device) { return device.write(json) == json.size(); },
                   u"export"_s, console);
    }
    return ok ? Success : LibraryError;
}

} // namespace parallax::cli
