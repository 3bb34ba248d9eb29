#pragma once

#include <QStringList>
#include <QTextStream>

namespace parallax::cli {

// Exit codes of the command line, a public interface (README).
enum ExitCode : int {
    Success = 0,
    SomeInputsFailed = 1, // the rest was done; each failure was reported
    UsageError = 2,
    LibraryError = 3,     // the library could not be opened or written
};

// Where a command writes; tests hand in string-backed streams.
struct Console {
    QTextStream &out;
    QTextStream &err;
};

// True when arguments (without the program name) start with a subcommand
// that runs without a window.
bool isHeadlessCommand(const QStringList &arguments);

// Runs `parallax <subcommand> ...` or the plain --help/--version; arguments
// include the program name as argv[0].
int run(const QStringList &arguments, Console console);

} // namespace parallax::cli
