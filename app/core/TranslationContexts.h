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

// Qt lays a window out right to left when the translation says "RTL" for
// this entry of Qt's own (qguiapplication.cpp, source and comment word for
// word, or the lookup misses). Declared here so that lupdate keeps it in
// every .ts file; the exported page follows it too.
struct TranslatableText {
    const char *source;
    const char *comment;
};
inline constexpr TranslatableText layoutDirectionEntry = QT_TRANSLATE_NOOP3(
    "QGuiApplication", "QT_LAYOUT_DIRECTION",
    "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left "
    "languages (such as Hebrew and Arabic) to get proper widget layout.");

inline bool translationIsRightToLeft()
{
    return QCoreApplication::translate("QGuiApplication", layoutDirectionEntry.source, layoutDirectionEntry.comment)
        == QLatin1String("RTL");
}

} // namespace parallax
