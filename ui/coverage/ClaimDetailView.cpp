#include "ClaimDetailView.h"

#include "ClaimMatrixModel.h"
#include "CoverageColours.h"
#include "UniqueClaimsView.h"
#include "coverage/WordDiff.h"

#include <QLocale>
#include <QUrlQuery>

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

// A link the view follows itself: parallax:ACTION?article=…
QString actionLink(const QString &action, const QString &text, const QList<std::pair<QString, int>> &query = {})
{
    QUrlQuery items;
    for (const auto &[key, value] : query)
        items.addQueryItem(key, QString::number(value));
    QUrl url;
    url.setScheme(u"parallax"_s);
    url.setPath(action);
    url.setQuery(items);
    return u"<a href=\""_s + url.toString(QUrl::FullyEncoded).toHtmlEscaped() + u"\">"_s + text.toHtmlEscaped()
        + u"</a>"_s;
}

} // namespace

ClaimDetailView::ClaimDetailView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &ClaimDetailView::follow);
    // In the placeholder colour rather than italics, which Arabic script has
    // no tradition of (and many Arabic fonts no glyphs for).
    setPlaceholderText(tr("Select a claim to read each outlet's wording of it."));
}

void ClaimDetailView::clear()
{
    m_claim = -1;
    QTextBrowser::clear();
}

void ClaimDetailView::follow(const QUrl &link)
{
    if (link.scheme() != u"parallax"_s || m_claim < 0)
        return;
    const QUrlQuery query(link);
    const auto number = [&query](const QString &key) { return query.queryItemValue(key).toInt(); };
    const QString action = link.path();
    if (action == u"sentence"_s)
        Q_EMIT sentenceActivated(number(u"article"_s), number(u"block"_s), number(u"sentence"_s));
    else if (action == u"merge-nearest"_s)
        Q_EMIT mergeWithNearestRequested(m_claim);
    else if (action == u"merge-other"_s)
        Q_EMIT mergeWithOtherRequested(m_claim);
    else if (action == u"split"_s)
        Q_EMIT splitRequested(m_claim, number(u"article"_s));
    else if (action == u"forget"_s)
        Q_EMIT forgetRequested(m_claim);
}

void ClaimDetailView::showClaim(const QList<Article> &articles, const ClaimRow &row, const QStringList &names,
                                const QList<Discrepancy> &discrepancies, bool editable)
{
    m_claim = row.claim;
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
        QString split;
        if (editable && row.carriers > 1)
            split = u" · "_s + actionLink(u"split"_s, tr("Not the same claim — split"), {{u"article"_s, a}});
        html += u"<p><b>"_s + names.value(a).toHtmlEscaped() + u"</b> · "_s
            + ClaimMatrixModel::carriageTitle(cell.carriage).toHtmlEscaped() + split + u"<br>"_s
            + markedHtml(text, changed, clash, washColour) + u"</p>"_s;
    }
    if (row.carriers == 1) {
        QString closest;
        if (row.nearest.isValid()) {
            const NearestSentence &n = row.nearest;
            const QString outlet = actionLink(u"sentence"_s, names.value(n.article),
                                              {{u"article"_s, n.article}, {u"block"_s, n.block}, {u"sentence"_s, n.sentence}});
            // The list's words; the template is escaped before the pieces
            // go in, in one pass.
            closest = UniqueClaimsView::tr("Closest elsewhere: %1, %2 — “%3”")
                          .toHtmlEscaped()
                          .arg(outlet, QLocale().toString(n.score, 'f', 2), nearestText(articles, n).toHtmlEscaped());
        } else {
            closest = UniqueClaimsView::closestText(articles, row, names, 0).toHtmlEscaped();
        }
        html += u"<p>"_s + closest + u"</p>"_s;
        if (editable) {
            QStringList actions;
            if (row.nearest.isValid())
                actions << actionLink(u"merge-nearest"_s, tr("Same as closest elsewhere"));
            actions << actionLink(u"merge-other"_s, tr("Same claim as…"));
            html += u"<p>"_s + actions.join(u" · "_s) + u"</p>"_s;
        }
    }
    if (row.byHand()) {
        QStringList how;
        if (row.mergedByHand)
            how << tr("Merged by hand.").toHtmlEscaped();
        if (row.splitByHand)
            how << tr("Split by hand.").toHtmlEscaped();
        if (editable)
            how << actionLink(u"forget"_s, tr("Let the matcher decide"));
        html += u"<p>"_s + how.join(u' ') + u"</p>"_s;
    }
    setHtml(html);
}

} // namespace parallax
