#include "HtmlExport.h"

#include "ArticleSections_p.h"
#include "ClaimIndex_p.h"
#include "ClaimsTable_p.h"
#include "ExportText_p.h"
#include "HtmlEscape_p.h"
#include "Notes_p.h"
#include "OverlapMatrix_p.h"
#include "PairColumns_p.h"
#include "UniqueClaims_p.h"
#include "Utf8Writer_p.h"
#include "align/AlignTypes.h"
#include "core/Article.h"
#include "core/TranslationContexts.h"
#include "coverage/Annotation.h"
#include "coverage/BlindNames.h"

#include <QBuffer>
#include <QFile>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

using html::escaped;

// Compiled in from resources/export/comparison.css (see app/export/CMakeLists.txt):
// kept as a real stylesheet so that it can be read and linted as CSS.
QString styleSheet()
{
    QFile file(u":/parallax/export/comparison.css"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString item(const QString &text)
{
    return u"<li>"_s + escaped(text) + u"</li>\n"_s;
}

QString pairFigures(const QList<Article> &articles, const Comparison &comparison)
{
    const QString a = exporting::articleLabel(articles[0], 0);
    const QString b = exporting::articleLabel(articles[1], 1);
    QString out;
    int counts[3] = {0, 0, 0};
    int moved = 0;
    for (const PairAlignment &pair : comparison.pairs) {
        if (!((pair.a == 0 && pair.b == 1) || (pair.a == 1 && pair.b == 0)))
            continue;
        const double sharedA = pair.a == 0 ? pair.sharedA : pair.sharedB;
        const double sharedB = pair.a == 0 ? pair.sharedB : pair.sharedA;
        out += item(ExportText::tr("%1: %2% of its words shared with %3").arg(a).arg(qRound(sharedA * 100)).arg(b));
        out += item(ExportText::tr("%1: %2% of its words shared with %3").arg(b).arg(qRound(sharedB * 100)).arg(a));
        for (const BlockLink &link : pair.links) {
            ++counts[int(link.kind)];
            moved += link.moved ? 1 : 0;
        }
        break;
    }
    out += item(ExportText::tr("Matching paragraphs: %1 identical, %2 near-verbatim, %3 paraphrased; %4 of them moved")
                    .arg(counts[int(LinkKind::Identical)])
                    .arg(counts[int(LinkKind::Near)])
                    .arg(counts[int(LinkKind::Paraphrase)])
                    .arg(moved));
    int shared = 0;
    int only[2] = {0, 0};
    for (const ClaimCluster &claim : comparison.claims) {
        if (!claim.unique)
            ++shared;
        else if (!claim.members.isEmpty() && (claim.members.first().article == 0 || claim.members.first().article == 1))
            ++only[claim.members.first().article];
    }
    out += item(ExportText::tr("Claims: %1 in both, %2 only in %3, %4 only in %5").arg(shared).arg(only[0]).arg(a).arg(only[1]).arg(b));
    return u"<section aria-labelledby=\"figures-title\">\n<h2 id=\"figures-title\">"_s + escaped(ExportText::tr("Overlap"))
        + u"</h2>\n<ul>\n"_s + out + u"</ul>\n</section>\n"_s;
}

QString legendEntry(const QString &cls, const QString &sample, const QString &meaning)
{
    return u"<li><span class=\""_s + cls + u"\">"_s + escaped(sample) + u"</span> "_s + escaped(meaning)
        + u"</li>\n"_s;
}

QString legend(bool pair)
{
    QString entries;
    if (pair) {
        entries += legendEntry(u"span k-identical"_s, exporting::kindTitle(LinkKind::Identical),
                               ExportText::tr("the same words in both articles (solid underline)"));
        entries += legendEntry(u"span k-near"_s, exporting::kindTitle(LinkKind::Near),
                               ExportText::tr("shared words of a sentence with a few words changed (dashed)"));
        entries += legendEntry(u"span k-paraphrase"_s, exporting::kindTitle(LinkKind::Paraphrase),
                               ExportText::tr("shared words of the same claim put in other words (dotted)"));
        entries += legendEntry(u"tag moved"_s, ExportText::tr("Moved"), ExportText::tr("a matching paragraph out of order"));
        entries += legendEntry(u"unique"_s, exporting::uniqueTitle(),
                               ExportText::tr("a claim the other article does not make (wavy underline)"));
    } else {
        entries += legendEntry(u"claim shared"_s, ExportText::tr("Shared"),
                               ExportText::tr("a claim that two or more outlets make (solid underline)"));
        entries += legendEntry(u"claim unique"_s, exporting::uniqueTitle(),
                               ExportText::tr("a claim only this outlet makes (wavy underline)"));
    }
    const QString hint = pair ? ExportText::tr("Each highlight and paragraph label links to its counterpart in the other column.")
                              : ExportText::tr("Each highlighted sentence links to its row in the claims table.");
    return u"<section class=\"legend\" aria-labelledby=\"legend-title\">\n<h2 id=\"legend-title\">"_s
        + escaped(ExportText::tr("Legend")) + u"</h2>\n<ul>\n"_s + entries + u"</ul>\n<p class=\"note\">"_s + escaped(hint)
        + u"</p>\n</section>\n"_s;
}

QString pageTitle(const QList<Article> &articles)
{
    QStringList names;
    for (int a = 0; a < articles.size(); ++a)
        names << exporting::articleLabel(articles[a], a);
    return ExportText::tr("Comparison: %1").arg(names.join(u", "_s));
}

QString heading(const QList<Article> &articles)
{
    for (const Article &article : articles) {
        if (!article.meta.title.trimmed().isEmpty())
            return article.meta.title.trimmed();
    }
    return pageTitle(articles);
}

} // namespace

QByteArray comparisonHtml(const QList<Article> &articles, const Comparison &comparison)
{
    return comparisonHtml(articles, comparison, HtmlExportOptions{});
}

QByteArray comparisonHtml(const QList<Article> &articles, const Comparison &comparison, const HtmlExportOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeComparisonHtml(buffer, articles, comparison, options);
    return buffer.data();
}

bool writeComparisonHtml(QIODevice &device, const QList<Article> &articles, const Comparison &comparison)
{
    return writeComparisonHtml(device, articles, comparison, HtmlExportOptions{});
}

// Written piece by piece as it is made: a page of a thousand articles is
// hundreds of megabytes, and only one article's part is held at a time.
bool writeComparisonHtml(QIODevice &device, const QList<Article> &shown, const Comparison &comparison,
                         const HtmlExportOptions &options)
{
    // Blinding touches metadata only, so notes and the comparison still fit.
    const QList<Article> articles = options.blind ? blindedArticles(shown) : shown;
    const bool pair = articles.size() == 2;
    const html::ClaimIndex claims(comparison);
    const html::NoteIndex notes(articles, options.annotations);
    exporting::Utf8Writer out(device);
    // The translation names its own language, so that the page's lang matches its words.
    out << u"<!DOCTYPE html>\n<html lang=\""_s + escaped(ExportText::tr("en", "BCP 47 tag of this translation's language"))
            + u'"' + exporting::pageDirectionAttribute() + u">\n<head>\n<meta charset=\"utf-8\">\n"
              "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
              "<meta name=\"color-scheme\" content=\"light dark\">\n"
              "<meta name=\"generator\" content=\"Parallax\">\n<title>"_s
            + escaped(pageTitle(articles)) + u"</title>\n<style>\n"_s + styleSheet()
            + (notes.isEmpty() ? QString() : html::notesStyleSheet()) + u"</style>\n</head>\n<body class=\""_s
            + (pair ? u"pair"_s : u"many"_s) + u"\">\n<header class=\"page\">\n<p class=\"kicker\">"_s
            + escaped(ExportText::tr("Parallax comparison of %1 articles").arg(articles.size())) + u"</p>\n<h1"_s
            + exporting::directionAttribute(heading(articles)) + u'>' + escaped(heading(articles))
            + u"</h1>\n<div class=\"summary\">\n"_s;
    if (pair) {
        out << pairFigures(articles, comparison) << legend(pair);
    } else {
        out << legend(pair);
        html::writeOverlapMatrix(out, articles, comparison);
    }
    out << u"</div>\n</header>\n<main>\n"_s;
    if (pair) {
        out << html::pairColumnsHtml(articles, comparison, claims, notes);
    } else {
        html::writeArticleSections(out, articles, comparison, claims, notes);
        html::writeClaimsTable(out, articles, comparison, claims);
    }
    html::writeUniqueClaims(out, articles, comparison, pair);
    out << u"</main>\n<footer>\n<p>"_s
            + escaped(ExportText::tr("Exported from Parallax. The highlights are found by matching words automatically: "
                                     "read the articles before you rely on them."))
            + u"</p>\n</footer>\n</body>\n</html>\n"_s;
    return out.finish();
}

} // namespace parallax
