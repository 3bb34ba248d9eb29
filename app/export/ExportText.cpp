#include "ExportText_p.h"

#include "align/AlignTypes.h"
#include "core/Article.h"
#include "core/TranslationContexts.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace parallax::exporting {

namespace {

// Long enough for any outlet's name; a title standing in for one is cut
// short so that column heads and table heads stay narrow.
constexpr int LabelLength = 40;

QString shortened(const QString &text)
{
    if (text.size() <= LabelLength)
        return text;
    return text.left(LabelLength - 1).trimmed() + u'…';
}

} // namespace

QString articleLabel(const Article &article, int index)
{
    if (!article.meta.outlet.trimmed().isEmpty())
        return shortened(article.meta.outlet.trimmed());
    if (!article.meta.title.trimmed().isEmpty())
        return shortened(article.meta.title.trimmed());
    const QString file = QFileInfo(article.sourcePath).fileName();
    if (!file.isEmpty())
        return shortened(file);
    return ExportText::tr("Article %1").arg(index + 1);
}

QString sentenceText(const QList<Article> &articles, const ClaimMember &member)
{
    if (member.article < 0 || member.article >= articles.size())
        return {};
    const QList<Block> &blocks = articles[member.article].blocks;
    if (member.block < 0 || member.block >= blocks.size())
        return {};
    const Block &block = blocks[member.block];
    if (member.sentence < 0 || member.sentence >= block.sentences.size())
        return {};
    const Sentence &sentence = block.sentences[member.sentence];
    const int start = std::clamp(sentence.start, 0, int(block.text.size()));
    const int end = std::clamp(sentence.end, start, int(block.text.size()));
    return block.text.mid(start, end - start).trimmed();
}

QString kindTitle(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Identical:
        return ExportText::tr("Identical");
    case LinkKind::Near:
        return ExportText::tr("Near-verbatim");
    case LinkKind::Paraphrase:
        return ExportText::tr("Paraphrase");
    }
    return ExportText::tr("Paraphrase");
}

QString uniqueTitle()
{
    return ExportText::tr("Only here");
}

QString pageDirectionAttribute()
{
    return translationIsRightToLeft() ? u" dir=\"rtl\""_s : QString();
}

QString directionAttribute(const QString &articleText)
{
    const bool rightToLeft = articleText.isRightToLeft();
    if (rightToLeft == translationIsRightToLeft())
        return {};
    return rightToLeft ? u" dir=\"rtl\""_s : u" dir=\"ltr\""_s;
}

} // namespace parallax::exporting
