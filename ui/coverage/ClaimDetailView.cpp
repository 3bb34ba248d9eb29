#include "ClaimDetailView.h"

#include "ClaimMatrixModel.h"
#include "CoverageColours.h"
#include "coverage/WordDiff.h"

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

// The sentence's offset in its block, so discrepancy ranges (block
// offsets) can be laid over the sentence's text.
int sentenceStart(const QList<Article> &articles, int article, const ClaimCell &cell)
{
    const Block &block = articles[article].blocks[cell.block];
    const Sentence &s = block.sentences[cell.sentence];
    int start = s.start;
    while (start < s.end && block.text[start].isSpace())
        ++start;
    return start;
}

// The text as HTML: runs inside changed washed, runs inside clash underlined.
QString markedHtml(const QString &text, const QList<TextRange> &changed, const QList<TextRange> &clash,
                   const QString &washColour)
{
    QList<int> flags(text.size(), 0);
    for (const TextRange &r : changed) {
        for (int i = std::max(0, r.start); i < std::min(int(text.size()), r.end); ++i)
            flags[i] |= 1;
    }
    for (const TextRange &r : clash) {
        for (int i = std::max(0, r.start); i < std::min(int(text.size()), r.end); ++i)
            flags[i] |= 2;
    }
    QString out;
    for (int i = 0; i < text.size();) {
        int j = i;
        while (j < text.size() && flags[j] == flags[i])
            ++j;
        QString run = text.mid(i, j - i).toHtmlEscaped();
        if (flags[i] & 2)
            run = u"<u style=\"text-decoration-color: %1\"><b>"_s.arg(coverage_ui::discrepancyHue.name()) + run
                + u"</b></u>"_s;
        if (flags[i] & 1)
            run = u"<span style=\"background-color: %1\">"_s.arg(washColour) + run + u"</span>"_s;
        out += run;
        i = j;
    }
    return out;
}

} // namespace

ClaimDetailView::ClaimDetailView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    // In the placeholder colour rather than italics, which Arabic script has
    // no tradition of (and many Arabic fonts no glyphs for).
    setPlaceholderText(tr("Select a claim to read each outlet's wording of it."));
}

void ClaimDetailView::showClaim(const QList<Article> &articles, const ClaimRow &row, const QStringList &names,
                                const QList<Discrepancy> &discrepancies)
{
    int reference = -1;
    for (int a = 0; a < row.cells.size() && reference < 0; ++a) {
        if (row.cells[a].carriage != Carriage::Absent)
            reference = a;
    }
    if (reference < 0) {
        clear();
        return;
    }
    const QString referenceText = cellText(articles, reference, row.cells[reference]);
    const QString washColour = coverage_ui::wash(coverage_ui::paraphraseHue, palette(), 0.35).name();
    QString html = u"<p>"_s
        + tr("Claim %L1, carried by %Ln outlet(s). Words that differ from %2's wording are highlighted; "
             "facts that differ are underlined.", nullptr, row.carriers)
              .arg(row.position + 1)
              .arg(names.value(reference))
              .toHtmlEscaped()
        + u"</p>"_s;
    for (int a = 0; a < row.cells.size(); ++a) {
        const ClaimCell &cell = row.cells[a];
        if (cell.carriage == Carriage::Absent)
            continue;
        const QString text = cellText(articles, a, cell);
        QList<TextRange> changed;
        if (a != reference) {
            changed = wordDifference(referenceText, text).onlyB;
        } else {
            for (int other = 0; other < row.cells.size() && changed.isEmpty(); ++other) {
                if (other != a && row.cells[other].carriage != Carriage::Absent)
                    changed = wordDifference(text, cellText(articles, other, row.cells[other])).onlyA;
            }
        }
        const int offset = sentenceStart(articles, a, cell);
        QList<TextRange> clash;
        for (const Discrepancy &d : discrepancies) {
            if (d.a.article == a)
                clash.append({d.aRange.start - offset, d.aRange.end - offset});
            if (d.b.article == a)
                clash.append({d.bRange.start - offset, d.bRange.end - offset});
        }
        html += u"<p><b>"_s + names.value(a).toHtmlEscaped() + u"</b> · "_s
            + ClaimMatrixModel::carriageTitle(cell.carriage).toHtmlEscaped() + u"<br>"_s
            + markedHtml(text, changed, clash, washColour) + u"</p>"_s;
    }
    setHtml(html);
}

} // namespace parallax
