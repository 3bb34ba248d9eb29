#include "OverlapMatrix_p.h"

#include "ExportText_p.h"
#include "HtmlEscape_p.h"
#include "Utf8Writer_p.h"
#include "align/AlignTypes.h"
#include "core/Article.h"
#include "core/TranslationContexts.h"

#include <QHash>

#include <utility>

using namespace Qt::StringLiterals;

namespace parallax::html {
namespace {

// The share of each ordered pair of articles, looked up per cell: a
// thousand articles make a million cells.
QHash<std::pair<int, int>, double> sharesOf(const Comparison &comparison)
{
    QHash<std::pair<int, int>, double> shares;
    shares.reserve(comparison.pairs.size() * 2);
    for (const PairAlignment &pair : comparison.pairs) {
        // The first alignment of a pair wins, as it did when the cells searched the list.
        if (!shares.contains({pair.a, pair.b}))
            shares.insert({pair.a, pair.b}, pair.sharedA);
        if (!shares.contains({pair.b, pair.a}))
            shares.insert({pair.b, pair.a}, pair.sharedB);
    }
    return shares;
}

} // namespace

void writeOverlapMatrix(exporting::Utf8Writer &out, const QList<Article> &articles, const Comparison &comparison)
{
    const QHash<std::pair<int, int>, double> shares = sharesOf(comparison);
    QStringList names;
    for (int a = 0; a < articles.size(); ++a)
        names << escaped(exporting::articleLabel(articles[a], a));
    QString head = u"<section class=\"overlap\" aria-labelledby=\"overlap-title\">\n<h2 id=\"overlap-title\">"_s
        + escaped(ExportText::tr("Overlap")) + u"</h2>\n<div class=\"scroll\">\n<table class=\"matrix\">\n<caption>"_s
        + escaped(ExportText::tr("Share of the row article's words that it shares with the column article"))
        + u"</caption>\n<thead>\n<tr><td></td>"_s;
    for (const QString &name : std::as_const(names))
        head += u"<th scope=\"col\">"_s + name + u"</th>"_s;
    out << head << u"</tr>\n</thead>\n<tbody>\n"_s;
    for (int row = 0; row < articles.size(); ++row) {
        QString line = u"<tr><th scope=\"row\">"_s + names[row] + u"</th>"_s;
        for (int column = 0; column < articles.size(); ++column) {
            const auto share = row == column ? shares.constEnd() : shares.constFind({row, column});
            if (share == shares.constEnd()) {
                line += u"<td class=\"none\">–</td>"_s;
            } else {
                line += u"<td>"_s;
                line += QString::number(qRound(*share * 100));
                line += u"%</td>"_s;
            }
        }
        out << line << u"</tr>\n"_s;
    }
    out << u"</tbody>\n</table>\n</div>\n</section>\n"_s;
}

} // namespace parallax::html
