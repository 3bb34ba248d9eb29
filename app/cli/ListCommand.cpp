#include "Commands_p.h"
#include "core/TranslationContexts.h"
#include "export/ArticleJson.h"
#include "store/ArticleStore.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace parallax::cli {
namespace {

QString orDash(const QString &text)
{
    return text.isEmpty() ? u"-"_s : text;
}

} // namespace

QString versionText(const VersionInfo &version)
{
    return CliText::tr("version %1 of article %2").arg(version.number).arg(version.firstId);
}

int runList(const QStringList &arguments, Console console)
{
    QCommandLineParser parser;
    setUpParser(parser, u"list"_s, CliText::tr("List the articles in the library."));
    const QCommandLineOption jsonOption(u"json"_s, CliText::tr("Write JSON."));
    parser.addOption(jsonOption);
    int exitCode = Success;
    if (!parse(parser, arguments, console, &exitCode))
        return exitCode;
    auto db = openLibrary(parser, console);
    if (!db)
        return LibraryError;

    const ArticleStore store(*db);
    const QList<ArticleSummary> articles = store.summaries();
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const ArticleSummary &summary : articles)
            array.append(summaryToJson(summary));
        console.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)) << Qt::flush;
        return Success;
    }
    for (const ArticleSummary &summary : articles) {
        console.out << u"%1  %2  %3  %4  %5 words"_s.arg(summary.id, 4)
                           .arg(summary.meta.published.isValid() ? summary.meta.published.toString(Qt::ISODate)
                                                                 : u"----------"_s)
                           .arg(orDash(summary.meta.outlet), orDash(summary.meta.title))
                           .arg(summary.words);
        if (summary.previousVersion) {
            const VersionInfo version = store.version(summary.id);
            console.out << "  " << versionText(version);
        }
        console.out << '\n';
    }
    console.out << CliText::tr("%n article(s)", nullptr, int(articles.size()))
                << Qt::endl;
    return Success;
}

} // namespace parallax::cli
