#include "PdfExport.h"

#include "export/HtmlExport.h"

#include <QFileDevice>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// QTextDocument reads only a subset of CSS and none of the page's custom
// properties, so paper gets the washes spelt out (Okabe–Ito at 30% on white)
// and plain black links, on the words only (type selectors: QTextDocument
// has no compound classes); the kind labels carry the meaning in words.
constexpr auto PaperStyle = R"(
a { color: #000000; text-decoration: none; }
a.k-identical, span.k-identical { background-color: #b3d5e8; }
a.k-near, span.k-near { background-color: #b3e2d5; }
a.k-paraphrase, span.k-paraphrase { background-color: #f8e2b3; }
a.unique, span.unique { background-color: #f2cfb3; }
a.shared, span.shared { background-color: #b3d5e8; }
.tag { font-size: small; font-weight: bold; background-color: #ffffff; }
.kicker, .note, .byline-date, .url, .caption { color: #444444; }
td, th { padding: 3px; }
)";

} // namespace

std::unique_ptr<QTextDocument> comparisonDocument(const QList<Article> &articles, const Comparison &comparison)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultStyleSheet(QString::fromUtf8(PaperStyle));
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
