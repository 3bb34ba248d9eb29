#include "OverlapMatrix_p.h"

#include "ExportText_p.h"
#include "HtmlEscape_p.h"
#include "align/AlignTypes.h"
#include "core/Article.h"
#include "core/TranslationContexts.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace parallax::html {
namespace {

std::optional<double> shared(const Comparison &comparison, int row, int column)
{
    for (const PairAlignment &pair : comparison.pairs) {
        if (pair.a == row && pair.b == column)
            return pair.sharedA;
        if (pair.b == row && pair.a == column)
            return pair.sharedB;
    }
    return std::nullopt;
}

} // namespace

QString overlapMatrixHtml(const QList<Article> &articles, const Comparison &comparison)
{
    QStringList names;
    for (int a = 0; a < articles.size(); ++a)
        names << escaped(exporting::articleLabel(articles[a], a));
    QString out = u"<section class=\"overlap\" aria-labelledby=\"overlap-title\">\n<h2 id=\"overlap-title\">"_s
        + escaped(ExportText::tr("Overlap")) + u"</h2>\n<div class=\"scroll\">\n<table class=\"matrix\">\n<caption>"_s
        + escaped(ExportText::tr("Share of the row article's words that it shares with the column article"))
        + u"</caption>\n<thead>\n<tr><td></td>"_s;
    for (const QString &name : std::as_const(names))
        out += u"<th scope=\"col\">"_s + name + u"</th>"_s;
    out += u"</tr>\n</thead>\n<tbody>\n"_s;
    for (int row = 0; row < articles.size(); ++row) {
        out += u"<tr><th scope=\"row\">"_s + names[row] + u"</th>"_s;
        for (int column = 0; column < articles.size(); ++column) {
            const std::optional<double> share = row == column ? std::nullopt : shared(comparison, row, column);
            out += share ? u"<td>%1%</td>"_s.arg(qRound(*share * 100)) : u"<td class=\"none\">–</td>"_s;
        }
        out += u"</tr>\n"_s;
    }
    return out + u"</tbody>\n</table>\n</div>\n</section>\n"_s;
}

} // namespace parallax::html
