#include "Commands_p.h"
#include "core/LanguageNames.h"
#include "core/TranslationContexts.h"
#include "export/ArticleJson.h"
#include "store/ArticleStore.h"
#include "store/Database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace parallax::cli {

int runShow(const QStringList &arguments, Console console)
{
    QCommandLineParser parser;
    setUpParser(parser, u"show ID"_s,
                CliText::tr("Show an article with its blocks and their roles."));
    const QCommandLineOption jsonOption(u"json"_s, CliText::tr("Write JSON."));
    parser.addOption(jsonOption);
    int exitCode = Success;
    if (!parse(parser, arguments, console, &exitCode))
        return exitCode;
    bool isNumber = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&isNumber);
    if (parser.positionalArguments().size() != 1 || !isNumber) {
        console.err << CliText::tr("parallax show: give one article id (see parallax list)")
                    << Qt::endl;
        return UsageError;
    }
    auto db = openLibrary(parser, console);
    if (!db)
        return LibraryError;
    const ArticleStore store(*db);
    const auto article = store.article(id);
    if (!article) {
        console.err << CliText::tr("parallax show: no article %1").arg(id) << Qt::endl;
        return SomeInputsFailed;
    }
    if (parser.isSet(jsonOption)) {
        console.out << QString::fromUtf8(QJsonDocument(articleToJson(*article)).toJson(QJsonDocument::Indented))
                    << Qt::flush;
        return Success;
    }
    const auto line = [&](const char *label, const QString &value) {
        console.out << CliText::tr(label) << ": "
                    << (value.isEmpty() ? u"-"_s : value) << '\n';
    };
    line(QT_TRANSLATE_NOOP("CommandLine", "Title"), article->meta.title);
    line(QT_TRANSLATE_NOOP("CommandLine", "Outlet"), article->meta.outlet);
    line(QT_TRANSLATE_NOOP("CommandLine", "Byline"), article->meta.byline);
    line(QT_TRANSLATE_NOOP("CommandLine", "Published"), article->meta.published.toString(Qt::ISODate));
    line(QT_TRANSLATE_NOOP("CommandLine", "URL"), article->meta.url);
    line(QT_TRANSLATE_NOOP("CommandLine", "Language"),
         article->language.isEmpty() ? QString()
                                     : u"%1 (%2)"_s.arg(article->language, languageName(article->language)));
    line(QT_TRANSLATE_NOOP("CommandLine", "File"), article->sourcePath);
    if (!article->fetchedUrl.isEmpty()) {
        line(QT_TRANSLATE_NOOP("CommandLine", "Fetched from"), article->fetchedUrl);
        line(QT_TRANSLATE_NOOP("CommandLine", "Final URL"), article->finalUrl);
        line(QT_TRANSLATE_NOOP("CommandLine", "Fetched at"), article->fetchedAt.toUTC().toString(Qt::ISODate));
    }
    if (article->previousVersion)
        line(QT_TRANSLATE_NOOP("CommandLine", "Version"), versionText(store.version(id)));
    line(QT_TRANSLATE_NOOP("CommandLine", "Format"),
         documentFormatName(article->format) + u", "_s + article->encoding);
    console.out << '\n';
    for (qsizetype i = 0; i < article->blocks.size(); ++i) {
        const Block &block = article->blocks[i];
        console.out << u"[%1 %2]"_s.arg(i, 3).arg(blockRoleName(block.role), -9) << ' ' << block.text << '\n';
    }
    console.out << Qt::flush;
    return Success;
}

} // namespace parallax::cli
