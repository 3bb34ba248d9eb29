#include "ExportActions.h"

#include "export/CompareJson.h"
#include "export/CsvExport.h"
#include "export/HtmlExport.h"
#include "export/pdf/PdfExport.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

constexpr ExportActions::Format formats[] = {ExportActions::Format::Html, ExportActions::Format::Pdf,
                                             ExportActions::Format::Json, ExportActions::Format::Csv};

QString suffix(ExportActions::Format format)
{
    switch (format) {
    case ExportActions::Format::Html:
        return u"html"_s;
    case ExportActions::Format::Pdf:
        return u"pdf"_s;
    case ExportActions::Format::Json:
        return u"json"_s;
    case ExportActions::Format::Csv:
        return u"csv"_s;
    }
    return u"html"_s;
}

bool writeFormat(QIODevice &device, ExportActions::Format format, const ExportSubject &subject)
{
    switch (format) {
    case ExportActions::Format::Html:
        return writeComparisonHtml(device, subject.articles, subject.comparison, subject.html);
    case ExportActions::Format::Pdf:
        return writeComparisonPdf(device, subject.articles, subject.comparison);
    case ExportActions::Format::Json: {
        const QByteArray json =
            QJsonDocument(comparisonToJson(subject.articles, subject.comparison)).toJson(QJsonDocument::Indented);
        return device.write(json) == json.size();
    }
    case ExportActions::Format::Csv:
        return writeClaimsCsv(device, subject.articles, subject.comparison);
    }
    return false;
}

} // namespace

ExportActions::ExportActions(QWidget *parent, Source source)
    : QObject(parent)
    , m_parent(parent)
    , m_source(std::move(source))
    , m_export(new QAction(tr("&Export…"), this))
    , m_print(new QAction(tr("&Print…"), this))
    , m_preview(new QAction(tr("Print Pre&view…"), this))
{
    m_export->setObjectName(u"exportComparison"_s);
    // Ctrl+E edits an article's details in the window.
    m_export->setShortcut(tr("Ctrl+Shift+E"));
    m_export->setStatusTip(tr("Save the comparison as an HTML page, PDF, JSON or CSV of claims"));
    m_print->setObjectName(u"printComparison"_s);
    m_print->setShortcut(QKeySequence::Print);
    m_preview->setObjectName(u"printPreviewComparison"_s);
    connect(m_export, &QAction::triggered, this, &ExportActions::exportComparison);
    connect(m_print, &QAction::triggered, this, &ExportActions::printComparison);
    connect(m_preview, &QAction::triggered, this, &ExportActions::previewComparison);
    setAvailable(false);
}

void ExportActions::setAvailable(bool available)
{
    for (QAction *action : {m_export, m_print, m_preview})
        action->setEnabled(available);
}

QStringList ExportActions::filters()
{
    return {tr("HTML page (*.html *.htm)"), tr("PDF document (*.pdf)"), tr("JSON data (*.json)"),
            tr("CSV of claims (*.csv)")};
}

ExportActions::Format ExportActions::formatForFilter(const QString &filter)
{
    const qsizetype index = filters().indexOf(filter);
    return index < 0 ? Format::Html : formats[index];
}

QString ExportActions::withSuffix(const QString &path, Format format)
{
    return QFileInfo(path).suffix().isEmpty() ? path + u'.' + suffix(format) : path;
}

bool ExportActions::write(const QString &path, Format format, const ExportSubject &subject, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && writeFormat(file, format, subject) && file.commit())
        return true;
    *error = file.errorString();
    return false;
}

void ExportActions::print(QPrinter &printer, const ExportSubject &subject)
{
    comparisonDocument(subject.articles, subject.comparison)->print(&printer);
}

void ExportActions::exportComparison()
{
    const std::optional<ExportSubject> subject = m_source();
    if (!subject)
        return;
    QString filter = filters().first();
    const QString chosen = QFileDialog::getSaveFileName(
        m_parent, tr("Export Comparison"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        filters().join(u";;"_s), &filter);
    if (chosen.isEmpty())
        return;
    const Format format = formatForFilter(filter);
    const QString path = withSuffix(chosen, format);
    QString error;
    if (!write(path, format, *subject, &error)) {
        QMessageBox::warning(m_parent, tr("Export Comparison"),
                             tr("Could not write %1:\n%2").arg(QDir::toNativeSeparators(path), error));
    }
}

void ExportActions::printComparison()
{
    const std::optional<ExportSubject> subject = m_source();
    if (!subject)
        return;
    QPrinter printer;
    QPrintDialog dialog(&printer, m_parent);
    if (dialog.exec() == QDialog::Accepted)
        print(printer, *subject);
}

void ExportActions::previewComparison()
{
    const std::optional<ExportSubject> subject = m_source();
    if (!subject)
        return;
    QPrintPreviewDialog dialog(m_parent);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&subject](QPrinter *printer) { print(*printer, *subject); });
    dialog.exec();
}

} // namespace parallax
