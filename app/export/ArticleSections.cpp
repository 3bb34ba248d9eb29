#include "ArticleSections_p.h"

#include "BlockHtml_p.h"
#include "ClaimIndex_p.h"
#include "Notes_p.h"
#include "SourceHeader_p.h"
#include "Utf8Writer_p.h"
#include "align/AlignTypes.h"
#include "core/Article.h"

using namespace Qt::StringLiterals;

namespace parallax::html {

QString sentenceId(int article, int block, int sentence)
{
    return blockId(article, block) + u"-c%1"_s.arg(sentence);
}

QString claimId(int claimId)
{
    return u"claim-%1"_s.arg(claimId);
}

namespace {

QString articleSectionHtml(const Article &article, int a, const Comparison &comparison, const ClaimIndex &claims,
                           const NoteIndex &notes)
{
    QString out = u"<section class=\"article\" aria-labelledby=\"a%1\">\n"_s.arg(a) + sourceHeaderHtml(article, a)
        + u"<div class=\"text\">\n"_s;
    for (int b = 0; b < article.blocks.size(); ++b) {
        const Block &block = article.blocks[b];
        if (block.role == BlockRole::Furniture)
            continue;
        QList<TextMark> marks;
        for (const SentenceClaim &sc : claims.sentences(a, b)) {
            if (sc.sentence < 0 || sc.sentence >= block.sentences.size())
                continue;
            const ClaimCluster &claim = comparison.claims[sc.claim];
            const Sentence &sentence = block.sentences[sc.sentence];
            marks.append({sentence.start, sentence.end, 0,
                          claim.unique ? u"claim unique"_s : u"claim shared"_s,
                          sentenceId(a, b, sc.sentence), u'#' + claimId(claim.id)});
        }
        marks += notes.marks(a, b);
        out += blockHtml(block, blockId(a, b), {}, {}, marks) + notes.asideHtml(a, b);
    }
    return out + u"</div>\n"_s + furnitureHtml(article, a) + u"</section>\n"_s;
}

} // namespace

void writeArticleSections(exporting::Utf8Writer &out, const QList<Article> &articles, const Comparison &comparison,
                          const ClaimIndex &claims, const NoteIndex &notes)
{
    out << u"<div class=\"articles\">\n"_s;
    for (int a = 0; a < articles.size(); ++a)
        out << articleSectionHtml(articles[a], a, comparison, claims, notes);
    out << u"</div>\n"_s;
}

} // namespace parallax::html
