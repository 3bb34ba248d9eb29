#pragma once

// The subcommands of the command line; private to app/cli.

#include "CommandLine.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <QUrl>

#include <memory>
#include <optional>

namespace parallax {
class Database;
struct AlignSettings;
struct Article;
struct Comparison;
struct FetchOutcome;
struct VersionInfo;
}

namespace parallax::cli {

int runImport(const QStringList &arguments, Console console);
int runList(const QStringList &arguments, Console console);
int runShow(const QStringList &arguments, Console console);
int runCompare(const QStringList &arguments, Console console);
int runExport(const QStringList &arguments, Console console);
int runBackup(const QStringList &arguments, Console console);
int runRestoreBackup(const QStringList &arguments, Console console);
int runClaims(const QStringList &arguments, Console console);
int runQuotes(const QStringList &arguments, Console console);
int runRefresh(const QStringList &arguments, Console console);
int runLibrary(const QStringList &arguments, Console console);

// "version 2 of article 5"
QString versionText(const VersionInfo &version);

// Fetches the links a few at a time and waits for the last; the outcomes are
// in the order of urls.
QList<FetchOutcome> fetchLinks(const QList<QUrl> &urls);

// Shared by every subcommand: --library and the parser set-up.
QCommandLineOption libraryOption();
void setUpParser(QCommandLineParser &parser, const QString &synopsis, const QString &description);
// Parses; on error or --help prints and returns false with the exit code set.
bool parse(QCommandLineParser &parser, const QStringList &arguments, Console console, int *exitCode);
// The articles of a story, in story order; prints why as "parallax COMMAND: ..."
// when there is no such story or it holds fewer than two articles.
std::optional<QList<Article>> storyArticles(Database &db, const QString &name, const QString &command,
                                            Console console);
// Opens the library named by --library (or the default); prints why it failed.
std::unique_ptr<Database> openLibrary(const QCommandLineParser &parser, Console console);

// The comparison from the library's cache, computed and cached when missing.
Comparison cachedComparison(Database &db, const QList<Article> &articles, const AlignSettings &settings);
// The same with the person's claim decisions on these articles applied, as
// the window shows it; a decision that no longer fits is reported as
// "parallax COMMAND: ..." and left out.
Comparison decidedComparison(Database &db, const QList<Article> &articles, const AlignSettings &settings,
                             const QString &command, Console console);

// --html, --pdf and --csv, shared by compare and export.
QList<QCommandLineOption> exportOptions();
// Writes each format the parser was given; reports each failure as
// "parallax COMMAND: ..." and returns false when any failed.
bool writeExports(const QCommandLineParser &parser, const QList<Article> &articles, const Comparison &comparison,
                  const QString &command, Console console);

} // namespace parallax::cli
