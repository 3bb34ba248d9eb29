#pragma once

// The subcommands of the command line; private to app/cli.

#include "CommandLine.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

namespace parallax {
class Database;
}

namespace parallax::cli {

int runImport(const QStringList &arguments, Console console);
int runList(const QStringList &arguments, Console console);
int runShow(const QStringList &arguments, Console console);
int runCompare(const QStringList &arguments, Console console);

// Shared by every subcommand: --library and the parser set-up.
QCommandLineOption libraryOption();
void setUpParser(QCommandLineParser &parser, const QString &synopsis, const QString &description);
// Parses; on error or --help prints and returns false with the exit code set.
bool parse(QCommandLineParser &parser, const QStringList &arguments, Console console, int *exitCode);
// Opens the library named by --library (or the default); prints why it failed.
std::unique_ptr<Database> openLibrary(const QCommandLineParser &parser, Console console);

} // namespace parallax::cli
