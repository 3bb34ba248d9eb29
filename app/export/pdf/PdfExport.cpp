#include "PdfExport.h"

#include "export/HtmlExport.h"

#include <QFileDevice>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace parallax {

std::unique_ptr<QTextDocument> comparisonDocument(const QList<Article> &articles, const Comparison &comparison)
{
    auto document = std::make_unique<QTextDocument>();
    document->setHtml(QString::fromUtf8(comparisonHtml(articles, comparison)));
    return document;
}

bool writeComparisonPdf(QIODevice &device, const QList<Article> &articles, const Comparison &comparison)
{
    const std::unique_ptr<QTextDocument> document = comparisonDocument(articles, comparison);
    QPdfWriter writer(&device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(document->metaInformation(QTextDocument::DocumentTitle));
    writer.setCreator(u"Parallax"_s);
    document->print(&writer);
    // QPdfWriter reports no errors of its own; a file says whether its writes failed.
    const auto *file = qobject_cast<const QFileDevice *>(&device);
    return !file || file->error() == QFileDevice::NoError;
}

} // namespace parallax
