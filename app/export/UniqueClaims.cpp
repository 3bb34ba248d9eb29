#include "UniqueClaims_p.h"

#include "ArticleSections_p.h"
#include "BlockHtml_p.h"
#include "ExportText_p.h"
#include "HtmlEscape_p.h"
#include "Utf8Writer_p.h"
#include "align/AlignTypes.h"
#include "core/Article.h"
#include "core/TranslationContexts.h"

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace parallax::html {
namespace {

bool readsBefore(const ClaimMember &x, const ClaimMember &y)
{
    return std::tie(x.article, x.block, x.sentence) < std::tie(y.article, y.block, y.sentence);
}

QString anchor(const ClaimMember &m, bool pair)
{
    return u'#' + (pair ? blockId(m.article, m.block) : sentenceId(m.article, m.block, m.sentence));
}

// The sentence's words, quoted, each in its own direction.
QString quotedSentence(const QList<Article> &articles, const ClaimMember &m)
{
    const QString text = exporting::sentenceText(articles, m);
    return u"<span class=\"quoted\""_s + exporting::directionAttribute(text) + u'>' + escaped(text) + u"</span>"_s;
}

QString closestHtml(const QList<Article> &articles, const ClaimCluster &claim, bool pair)
{
    const NearestSentence &n = claim.nearest;
    const ClaimMember near{n.article, n.block, n.sentence};
    if (n.isValid() && !exporting::sentenceText(articles, near).isEmpty()) {
        const QString outlet = u"<a href=\""_s + anchor(near, pair) + u"\">"_s
            + escaped(exporting::articleLabel(articles[n.article], n.article)) + u"</a>"_s;
        // The template is escaped before the pieces go in, in one pass, so
        // that no "%1" in an article's text is taken for a placeholder.
        return u"<p class=\"closest\">"_s
            + escaped(ExportText::tr("Closest elsewhere: %1, %2 — “%3”"))
                  .arg(outlet, QString::number(n.score, 'f', 2), quotedSentence(articles, near))
            + u"</p>\n"_s;
    }
    // A sentence a person split out has no score the page could give.
    if (claim.splitByHand)
        return {};
    return u"<p class=\"closest\">"_s + escaped(ExportText::tr("Nothing elsewhere comes close.")) + u"</p>\n"_s;
}

QString uniqueItem(const QList<Article> &articles, const ClaimCluster &claim, bool pair)
{
    const ClaimMember &m = claim.members.front();
    return u"<li><a class=\"own\" href=\""_s + anchor(m, pair) + u"\">"_s + quotedSentence(articles, m) + u"</a>"_s
        + byHandTagsHtml(claim) + u'\n' + closestHtml(articles, claim, pair) + u"</li>\n"_s;
}

QString byHandItem(const QList<Article> &articles, const ClaimCluster &claim, bool pair)
{
    QStringList sentences;
    for (const ClaimMember &m : claim.members) {
        sentences << escaped(ExportText::tr("%1: “%2”"))
                         .arg(u"<a href=\""_s + anchor(m, pair) + u"\">"_s
                                  + escaped(exporting::articleLabel(articles[m.article], m.article)) + u"</a>"_s,
                              quotedSentence(articles, m));
    }
    return u"<li>"_s + byHandTagsHtml(claim).trimmed() + u' ' + sentences.join(u"; "_s) + u"</li>\n"_s;
}

bool fits(const QList<Article> &articles, const ClaimCluster &claim)
{
    return !claim.members.isEmpty() && std::all_of(claim.members.cbegin(), claim.members.cend(), [&](const auto &m) {
        return !exporting::sentenceText(articles, m).isEmpty();
    });
}

} // namespace

QString byHandTagsHtml(const ClaimCluster &claim)
{
    QString tags;
    if (claim.mergedByHand)
        tags += u" <span class=\"tag by-hand\">"_s + escaped(ExportText::tr("Merged by hand")) + u"</span>"_s;
    if (claim.splitByHand)
        tags += u" <span class=\"tag by-hand\">"_s + escaped(ExportText::tr("Split by hand")) + u"</span>"_s;
    return tags;
}

void writeUniqueClaims(exporting::Utf8Writer &out, const QList<Article> &articles, const Comparison &comparison,
                       bool pair)
{
    QList<QList<const ClaimCluster *>> own(articles.size());
    QList<const ClaimCluster *> byHand;
    for (const ClaimCluster &claim : comparison.claims) {
        if (!fits(articles, claim))
            continue;
        if (claim.unique)
            own[claim.members.front().article].append(&claim);
        else if (claim.byHand())
            byHand.append(&claim);
    }
    const auto inReadingOrder = [](const ClaimCluster *x, const ClaimCluster *y) {
        return readsBefore(x->members.front(), y->members.front());
    };
    if (std::any_of(own.cbegin(), own.cend(), [](const auto &claims) { return !claims.isEmpty(); })) {
        out << u"<section class=\"unique-claims\" aria-labelledby=\"unique-title\">\n<h2 id=\"unique-title\">"_s
            + escaped(ExportText::tr("Claims only one outlet makes")) + u"</h2>\n<p class=\"note\">"_s
            + escaped(ExportText::tr("Each with the sentence elsewhere that comes closest and the matcher's score "
                                     "for the two: of pairs scored 0.4, about 4 in 10 state the same claim."))
            + u"</p>\n"_s;
        for (int a = 0; a < articles.size(); ++a) {
            if (own[a].isEmpty())
                continue;
            std::sort(own[a].begin(), own[a].end(), inReadingOrder);
            QString list = u"<h3>"_s + escaped(exporting::articleLabel(articles[a], a)) + u"</h3>\n<ul>\n"_s;
            for (const ClaimCluster *claim : std::as_const(own[a]))
                list += uniqueItem(articles, *claim, pair);
            out << list << u"</ul>\n"_s;
        }
        out << u"</section>\n"_s;
    }
    if (!byHand.isEmpty()) {
        std::sort(byHand.begin(), byHand.end(), inReadingOrder);
        QString grouped = u"<section class=\"grouped-by-hand\" aria-labelledby=\"by-hand-title\">\n<h2 id=\"by-hand-title\">"_s
            + escaped(ExportText::tr("Grouped by hand")) + u"</h2>\n<p class=\"note\">"_s
            + escaped(ExportText::tr("A reader said these sentences state one claim, or took a sentence out of a "
                                     "claim, where the matcher had judged otherwise."))
            + u"</p>\n<ul>\n"_s;
        for (const ClaimCluster *claim : std::as_const(byHand))
            grouped += byHandItem(articles, *claim, pair);
        out << grouped << u"</ul>\n</section>\n"_s;
    }
}

} // namespace parallax::html
