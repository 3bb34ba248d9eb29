#pragma once

#include <QCoreApplication>

namespace parallax {

// The engine's free functions translate through these, as CliText::tr("…").
// lupdate files such a call under the name given to Q_DECLARE_TR_FUNCTIONS,
// and tr() looks the string up under that same name, so what is extracted
// and what the program asks for always agree (a helper function named tr()
// in a namespace would be filed under the namespace instead).
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
struct IngestText {
    Q_DECLARE_TR_FUNCTIONS(Ingest)
};
struct LibraryText {
    Q_DECLARE_TR_FUNCTIONS(Library)
};
struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(Export)
};
struct CoverageText {
    Q_DECLARE_TR_FUNCTIONS(Coverage)
};

} // namespace parallax
