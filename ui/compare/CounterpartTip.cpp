#include "CounterpartTip.h"

#include "SideHeader.h"

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

// A tooltip is read at a glance: a very long sentence is cut.
constexpr int maxTipCharacters = 400;

int sentenceAt(const Block &block, int offset)
{
    for (int i = 0; i < block.sentences.size(); ++i) {
        if (offset >= block.sentences[i].start && offset < block.sentences[i].end)
            return i;
    }
    return -1;
}

QString sentenceText(const Article &article, int block, int sentence)
{
    if (block < 0 || block >= article.blocks.size())
        return {};
    const Block &text = article.blocks[block];
    const Sentence range = text.sentences.value(sentence, {0, int(text.text.size())});
    return text.text.mid(range.start, range.end - range.start).trimmed();
}

QString cut(QString text)
{
    text.replace(QChar::LineSeparator, u' ');
    if (text.size() > maxTipCharacters)
        text = text.left(maxTipCharacters - 1).trimmed() + u'…';
    return text;
}

} // namespace

QString CounterpartTip::text(const PairPresentation &presentation, const Comparison &comparison,
                             const QList<Article> &articles, int left, int right, Side side, int block, int offset)
{
    const int here = side == Side::Left ? left : right;
    const int there = side == Side::Left ? right : left;
    if (block < 0 || here >= articles.size() || there >= articles.size()
        || block >= articles[here].blocks.size())
        return {};
    const Article &article = articles[here];
    const Article &other = articles[there];
    const QString outlet = SideHeader::outletOrFile(other);
    const int sentence = sentenceAt(article.blocks[block], offset);

    int link = -1;
    const int counterpart = presentation.counterpart(side, block, &link);
    const QString kind = link < 0 ? QString()
                                  : HighlightPalette::markTitle(HighlightPalette::markFor(presentation.links[link].kind));
    const auto tip = [&](const QString &said) {
        const QString where = kind.isEmpty() ? outlet : tr("%1, %2").arg(outlet, kind.toLower());
        return tr("%1:\n%2").arg(where, cut(said));
    };

    // The engine's claims pair sentences even where the paragraphs differ.
    if (sentence >= 0) {
        for (const ClaimCluster &claim : comparison.claims) {
            const bool hovered = std::any_of(claim.members.cbegin(), claim.members.cend(), [&](const ClaimMember &m) {
                return m.article == here && m.block == block && m.sentence == sentence;
            });
            if (!hovered)
                continue;
            for (const ClaimMember &member : claim.members) {
                if (member.article == there)
                    return tip(sentenceText(other, member.block, member.sentence));
            }
            if (claim.unique)
                return tr("Only %1 says this.").arg(SideHeader::outletOrFile(article));
        }
    }
    if (counterpart < 0) {
        return presentation.paragraphs[side].contains(block)
            ? tr("Only %1 has this paragraph.").arg(SideHeader::outletOrFile(article))
            : QString();
    }
    // Inside a shared run: the other side's sentence holding the same words.
    for (const SharedSpan &span : presentation.links[link].spans) {
        const int start = side == Side::Left ? span.aStart : span.bStart;
        const int end = side == Side::Left ? span.aEnd : span.bEnd;
        if (offset < start || offset >= end)
            continue;
        const int otherStart = side == Side::Left ? span.bStart : span.aStart;
        const int otherSentence = sentenceAt(other.blocks.value(counterpart), otherStart);
        return tip(sentenceText(other, counterpart, otherSentence));
    }
    return tip(sentenceText(other, counterpart, -1));
}

} // namespace parallax
