#pragma once

#include "align/AlignTypes.h"
#include "core/Article.h"
#include "export/HtmlExport.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QAction;
class QPrinter;
class QWidget;

namespace parallax {

// What leaves the window: the articles on screen and their comparison.
struct ExportSubject {
    QList<Article> articles;
    Comparison comparison;
    HtmlExportOptions html; // blind mode and a person's notes, for the HTML page
};

// Export…, Print… and Print Preview… for whatever comparison the window
// shows. The window puts the actions in its menus and hands in a function
// that returns the current comparison, or nothing when none is shown.
class ExportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportActions)
public:
    using Source = std::function<std::optional<ExportSubject>()>;
    enum class Format { Html, Pdf, Json, Csv };

    ExportActions(QWidget *parent, Source source);

    QAction *exportAction() const { return m_export; }
    QAction *printAction() const { return m_print; }
    QAction *printPreviewAction() const { return m_preview; }
    // Enables the actions; the window calls it when a comparison comes and goes.
    void setAvailable(bool available);

    // The save dialog's filters, one a format, in Format's order.
    static QStringList filters();
    static Format formatForFilter(const QString &filter);
    // The path with the format's suffix added when it has none of its own.
    static QString withSuffix(const QString &path, Format format);
    // Writes through a temporary file renamed into place; on failure returns
    // false with the reason in error.
    static bool write(const QString &path, Format format, const ExportSubject &subject, QString *error);
    // Lays the comparison out on the printer's pages.
    static void print(QPrinter &printer, const ExportSubject &subject);

private:
    void exportComparison();
    void printComparison();
    void previewComparison();

    QWidget *m_parent = nullptr;
    Source m_source;
    QAction *m_export = nullptr;
    QAction *m_print = nullptr;
    QAction *m_preview = nullptr;
};

} // namespace parallax
