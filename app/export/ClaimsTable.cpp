#include "ClaimsTable_p.h"

#include "ArticleSections_p.h"
#include "ClaimIndex_p.h"
#include "ExportText_p.h"
#include "HtmlEscape_p.h"
#include "UniqueClaims_p.h"
#include "Utf8Writer_p.h"
#include "align/AlignTypes.h"
#include "core/Article.h"
#include "core/TranslationContexts.h"

#include <algorithm>
#include <numeric>
#include <tuple>

using namespace Qt::StringLiterals;

namespace parallax::html {
namespace {

ClaimMember firstMember(const ClaimCluster &claim)
{
    if (claim.members.isEmpty())
        return {};
    return *std::min_element(claim.members.cbegin(), claim.members.cend(), [](const auto &x, const auto &y) {
        return std::tie(x.article, x.block, x.sentence) < std::tie(y.article, y.block, y.sentence);
    });
}

QString rowHtml(const QList<Article> &articles, const ClaimCluster &claim, int outlets, const QStringList &names)
{
    const QString sentence = exporting::sentenceText(articles, firstMember(claim));
    QString out = u"<tr id=\""_s + claimId(claim.id) + u"\" class=\""_s
        + (claim.unique ? u"unique"_s : u"shared"_s) + u"\">\n<td class=\"claim-text\""_s
        + exporting::directionAttribute(sentence) + u'>' + escaped(sentence) + byHandTagsHtml(claim) + u"</td>\n"_s;
    for (int a = 0; a < articles.size(); ++a) {
        const auto inArticle = [a](const ClaimMember &member) { return member.article == a; };
        // Most cells of a many-article table are empty: they cost one append.
        if (std::none_of(claim.members.cbegin(), claim.members.cend(), inArticle)) {
            out += u"<td class=\"absent\"></td>\n"_s;
            continue;
        }
        out += u"<td class=\"present\">"_s;
        for (const ClaimMember &member : claim.members) {
            if (!inArticle(member))
                continue;
            out += u"<a href=\"#"_s + sentenceId(member.article, member.block, member.sentence) + u"\" title=\""_s
                + escaped(ExportText::tr("The sentence in %1").arg(names[a])) + u"\">✓</a>"_s;
        }
        out += u"</td>\n"_s;
    }
    return out + u"<td class=\"count\">"_s + QString::number(outlets) + u"</td>\n</tr>\n"_s;
}

} // namespace

// A row a claim and a column an article: a thousand articles make a table
// of hundreds of megabytes, written a row at a time.
void writeClaimsTable(exporting::Utf8Writer &out, const QList<Article> &articles, const Comparison &comparison,
                      const ClaimIndex &claims)
{
    QStringList names;
    for (int a = 0; a < articles.size(); ++a)
        names << exporting::articleLabel(articles[a], a);

    QList<int> order(comparison.claims.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        const ClaimMember fx = firstMember(comparison.claims[x]);
        const ClaimMember fy = firstMember(comparison.claims[y]);
        return std::tuple(-claims.articleCount(x), fx.article, fx.block, fx.sentence)
            < std::tuple(-claims.articleCount(y), fy.article, fy.block, fy.sentence);
    });

    QString head = u"<section class=\"claims\" aria-labelledby=\"claims-title\">\n<h2 id=\"claims-title\">"_s
        + escaped(ExportText::tr("Claims")) + u"</h2>\n<p class=\"note\">"_s
        + escaped(ExportText::tr("Each row is one claim, in the words of the first article that makes it; "
                                "a tick links to the sentence in that outlet."))
        + u"</p>\n<div class=\"scroll\">\n<table class=\"claims-table\">\n<thead>\n<tr><th scope=\"col\">"_s
        + escaped(ExportText::tr("Claim")) + u"</th>"_s;
    for (const QString &name : std::as_const(names))
        head += u"<th scope=\"col\">"_s + escaped(name) + u"</th>"_s;
    out << head << u"<th scope=\"col\">"_s + escaped(ExportText::tr("Outlets")) + u"</th></tr>\n</thead>\n<tbody>\n"_s;
    for (int c : std::as_const(order))
        out << rowHtml(articles, comparison.claims[c], claims.articleCount(c), names);
    out << u"</tbody>\n</table>\n</div>\n</section>\n"_s;
}

} // namespace parallax::html
