#pragma once

// Runs the command line in the test's own process and keeps what it printed.

#include "cli/CommandLine.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace parallax::testing {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// parallaxRun({"list", "--json"}) runs as `parallax list --json` would.
inline CliRun parallaxRun(const QStringList &arguments)
{
    CliRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = cli::run(QStringList{QStringLiteral("parallax")} + arguments, {out, err});
    out.flush();
    err.flush();
    return result;
}

} // namespace parallax::testing
