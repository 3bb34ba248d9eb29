#include "PairColumns_p.h"

#include "BlockHtml_p.h"
#include "ClaimIndex_p.h"
#include "ExportText_p.h"
#include "HtmlEscape_p.h"
#include "Notes_p.h"
#include "SourceHeader_p.h"
#include "align/AlignTypes.h"
#include "core/Article.h"
#include "core/TranslationContexts.h"

#include <QHash>

#include <array>

using namespace Qt::StringLiterals;

namespace parallax::html {
namespace {

// What one column shows on top of the plain text of its blocks.
struct Column {
    QHash<int, QList<BlockLabel>> labels;
    QHash<int, QList<TextMark>> marks;
    QHash<int, QString> classes;
    QHash<int, QString> asides; // notes after the paragraph
};

const PairAlignment *firstPair(const Comparison &comparison)
{
    for (const PairAlignment &pair : comparison.pairs) {
        if ((pair.a == 0 && pair.b == 1) || (pair.a == 1 && pair.b == 0))
            return &pair;
    }
    return nullptr;
}

QString spanId(int article, int block, int link, int span)
{
    return blockId(article, block) + u"-l%1-s%2"_s.arg(link).arg(span);
}

// Marks one end of a link: the block's class and label, and its word runs.
void addLinkEnd(Column &column, int article, int block, int other, int otherBlock, const BlockLink &link,
                int linkIndex, bool isA, const QString &otherLabel)
{
    const QString kind = kindClass(link.kind);
    QString &classes = column.classes[block];
    if (classes.isEmpty())
        classes = u"linked "_s + kind;
    if (link.moved && !classes.contains(u"moved"))
        classes += u" moved"_s;
    QList<BlockLabel> &labels = column.labels[block];
    labels.append({exporting::kindTitle(link.kind), u"tag "_s + kind, u'#' + blockId(other, otherBlock),
                   ExportText::tr("The matching paragraph in %1").arg(otherLabel)});
    if (link.moved)
        labels.append({ExportText::tr("Moved"), u"tag moved"_s, {}, {}});
    for (int s = 0; s < link.spans.size(); ++s) {
        const SharedSpan &span = link.spans[s];
        column.marks[block].append({isA ? span.aStart : span.bStart, isA ? span.aEnd : span.bEnd, 1,
                                    u"span "_s + kind, spanId(article, block, linkIndex, s),
                                    u'#' + spanId(other, otherBlock, linkIndex, s)});
    }
}

void addUniqueSentences(Column &column, const Article &article, int articleIndex, const Comparison &comparison,
                        const ClaimIndex &claims)
{
    for (int b = 0; b < article.blocks.size(); ++b) {
        const Block &block = article.blocks[b];
        for (const SentenceClaim &sc : claims.sentences(articleIndex, b)) {
            if (!comparison.claims[sc.claim].unique || sc.sentence < 0 || sc.sentence >= block.sentences.size())
                continue;
            const Sentence &sentence = block.sentences[sc.sentence];
            column.marks[b].append({sentence.start, sentence.end, 0, u"unique"_s, {}, {}});
        }
    }
}

// Rows of block indexes, one list per side: the in-order links that keep
// both sides moving forward become rows of their own, and whatever lies
// between two of them shares one row.
QList<std::array<QList<int>, 2>> rows(const QList<Article> &articles, const PairAlignment *pair)
{
    QList<std::pair<int, int>> anchors;
    if (pair) {
        for (const BlockLink &link : pair->links) {
            if (!link.moved)
                anchors.append(pair->a == 0 ? std::pair(link.aBlock, link.bBlock) : std::pair(link.bBlock, link.aBlock));
        }
    }
    std::sort(anchors.begin(), anchors.end());
    QList<std::array<QList<int>, 2>> result;
    std::array<int, 2> next{0, 0};
    const auto shown = [&](int side, int block) {
        return articles[side].blocks[block].role != BlockRole::Furniture;
    };
    const auto addUpTo = [&](std::array<int, 2> ends) {
        std::array<QList<int>, 2> row;
        for (int side = 0; side < 2; ++side) {
            for (int b = next[size_t(side)]; b < ends[size_t(side)]; ++b) {
                if (shown(side, b))
                    row[size_t(side)].append(b);
            }
            next[size_t(side)] = std::max(next[size_t(side)], ends[size_t(side)]);
        }
        if (!row[0].isEmpty() || !row[1].isEmpty())
            result.append(row);
    };
    const std::array<int, 2> sizes{int(articles[0].blocks.size()), int(articles[1].blocks.size())};
    for (const auto &[a, b] : anchors) {
        if (a < next[0] || b < next[1] || a >= sizes[0] || b >= sizes[1])
            continue;
        addUpTo({a, b});
        addUpTo({a + 1, b + 1});
    }
    addUpTo(sizes);
    return result;
}

QString cellHtml(const Article &article, int articleIndex, const QList<int> &blocks, const Column &column)
{
    const QString side = articleIndex == 0 ? u"side-a"_s : u"side-b"_s;
    if (blocks.isEmpty())
        return u"<td class=\""_s + side + u" empty\"></td>\n"_s;
    QString out = u"<td class=\""_s + side + u"\">\n"_s;
    for (int b : blocks) {
        out += blockHtml(article.blocks[b], blockId(articleIndex, b), column.classes.value(b), column.labels.value(b),
                         column.marks.value(b))
            + column.asides.value(b);
    }
    return out + u"</td>\n"_s;
}

} // namespace

QString kindClass(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Identical:
        return u"k-identical"_s;
    case LinkKind::Near:
        return u"k-near"_s;
    case LinkKind::Paraphrase:
        return u"k-paraphrase"_s;
    }
    return u"k-paraphrase"_s;
}

QString pairColumnsHtml(const QList<Article> &articles, const Comparison &comparison, const ClaimIndex &claims,
                        const NoteIndex &notes)
{
    const std::array<QString, 2> names{exporting::articleLabel(articles[0], 0), exporting::articleLabel(articles[1], 1)};
    std::array<Column, 2> columns;
    const PairAlignment *pair = firstPair(comparison);
    if (pair) {
        for (int l = 0; l < pair->links.size(); ++l) {
            const BlockLink &link = pair->links[l];
            addLinkEnd(columns[size_t(pair->a)], pair->a, link.aBlock, pair->b, link.bBlock, link, l, true,
                       names[size_t(pair->b)]);
            addLinkEnd(columns[size_t(pair->b)], pair->b, link.bBlock, pair->a, link.aBlock, link, l, false,
                       names[size_t(pair->a)]);
        }
    }
    for (int side = 0; side < 2; ++side) {
        addUniqueSentences(columns[size_t(side)], articles[side], side, comparison, claims);
        for (int b = 0; b < articles[side].blocks.size(); ++b) {
            columns[size_t(side)].marks[b] += notes.marks(side, b);
            const QString aside = notes.asideHtml(side, b);
            if (!aside.isEmpty())
                columns[size_t(side)].asides.insert(b, aside);
        }
    }

    QString out = u"<table class=\"columns\">\n<thead>\n<tr><th scope=\"col\" class=\"side-a\">"_s
        + escaped(names[0]) + u"</th><th scope=\"col\" class=\"side-b\">"_s + escaped(names[1])
        + u"</th></tr>\n</thead>\n<tbody>\n<tr class=\"sources\">"_s;
    for (int side = 0; side < 2; ++side) {
        out += u"<td class=\""_s + (side == 0 ? u"side-a"_s : u"side-b"_s) + u"\">"_s
            + sourceHeaderHtml(articles[side], side) + u"</td>\n"_s;
    }
    out += u"</tr>\n"_s;
    for (const auto &row : rows(articles, pair)) {
        out += u"<tr>\n"_s;
        for (int side = 0; side < 2; ++side)
            out += cellHtml(articles[side], side, row[size_t(side)], columns[size_t(side)]);
        out += u"</tr>\n"_s;
    }
    const std::array<QString, 2> furniture{furnitureHtml(articles[0], 0), furnitureHtml(articles[1], 1)};
    if (!furniture[0].isEmpty() || !furniture[1].isEmpty()) {
        out += u"<tr class=\"furniture-row\">\n"_s;
        for (int side = 0; side < 2; ++side) {
            out += u"<td class=\""_s + (side == 0 ? u"side-a"_s : u"side-b"_s)
                + (furniture[size_t(side)].isEmpty() ? u" empty\">"_s : u"\">"_s) + furniture[size_t(side)]
                + u"</td>\n"_s;
        }
        out += u"</tr>\n"_s;
    }
    return out + u"</tbody>\n</table>\n"_s;
}

} // namespace parallax::html
