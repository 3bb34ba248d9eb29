#include "FurnitureClassifier.h"

#include "ingest/LineFurnitureRules.h"
#include "ingest/LineShape.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

using namespace lineshape;

// An image's label (its alt text or a short title) sits right above the
// caption and is a few words long.
constexpr int MaxImageLabelWords = 8;
// In-body crossheads are a few words; a full headline of this many words or
// more between paragraphs is a link to another story.
constexpr int MinEmbeddedLinkWords = 7;
constexpr int MaxCrossheadWords = 6;
// Prose this long is body even when the outlet printed it before.
constexpr int MinReusedProseWords = 20;
// A line after the last paragraph longer than any headline is a paragraph
// that lost its full stop, not a link.
constexpr int MaxTrailingLinkWords = 30;

// One classification of one document; positions are block indexes.
class DocumentPass
{
public:
    DocumentPass(QList<ParsedBlock> &blocks, const QSet<QString> &outletLines)
        : m_blocks(blocks), m_outletLines(outletLines)
    {
    }

    // Only what lines say by themselves, and the link lists they introduce.
    void runOnLocatedArticle()
    {
        m_keepHeadings = true;
        markByLine();
        markImageLabels();
        markLinkLists();
    }

    void run()
    {
        markByLine();
        findBody();
        const qsizetype title = chooseTitle();
        markImageLabels();
        markHeader(title);
        markLinkLists();
        markBetweenParagraphs();
        markTrailer();
    }

private:
    QStringView text(qsizetype i) const { return m_blocks.at(i).text; }
    // Still Body and ours to change.
    bool isFree(qsizetype i) const
    {
        return !m_blocks.at(i).roleFromStructure && m_blocks.at(i).role == BlockRole::Body;
    }
    bool isBodyProse(qsizetype i) const
    {
        return m_blocks.at(i).role == BlockRole::Body && isProse(text(i));
    }
    void mark(qsizetype i, BlockRole role, const QString &reason)
    {
        if (!isFree(i))
            return;
        m_blocks[i].role = role;
        m_blocks[i].reason = role == BlockRole::Furniture ? reason : QString();
    }

    void markByLine()
    {
        for (qsizetype i = 0; i < m_blocks.size(); ++i) {
            if (m_blocks.at(i).roleFromStructure)
                continue;
            // A heading the format marked stays one unless its line says
            // otherwise; everything else is judged afresh on every pass.
            if (!m_keepHeadings || m_blocks[i].role != BlockRole::Heading)
                m_blocks[i].role = BlockRole::Body;
            m_blocks[i].reason.clear();
            if (const auto role = lineFurnitureRole(text(i))) {
                m_blocks[i].role = *role;
                m_blocks[i].reason = *role == BlockRole::Furniture ? u"line"_s : QString();
            } else if (isReusedByOutlet(text(i))) {
                m_blocks[i].role = BlockRole::Furniture;
                m_blocks[i].reason = u"outlet"_s;
            }
        }
    }

    bool isReusedByOutlet(QStringView line) const
    {
        if (m_outletLines.isEmpty())
            return false;
        const bool longProse = isProse(line) && wordCount(line) >= MinReusedProseWords;
        return !longProse && m_outletLines.contains(FurnitureClassifier::normaliseLine(line));
    }

    bool isImageLabel(qsizetype i) const
    {
        return i + 1 < m_blocks.size() && m_blocks.at(i + 1).role == BlockRole::Caption
            && wordCount(text(i)) <= MaxImageLabelWords && !endsSentence(text(i));
    }

    void markImageLabels()
    {
        for (qsizetype i = 0; i < m_blocks.size(); ++i) {
            if (isImageLabel(i))
                mark(i, BlockRole::Furniture, u"image-label"_s);
        }
    }

    // The article's text runs from the first to the last prose paragraph.
    void findBody()
    {
        for (qsizetype i = 0; i < m_blocks.size(); ++i) {
            if (!isBodyProse(i))
                continue;
            m_firstBody = m_firstBody < 0 ? i : m_firstBody;
            m_lastBody = i;
        }
    }

    // The headline is the last run of headline-like lines above the first
    // paragraph, and the first line of that run: a standfirst without a full
    // stop may follow the headline, while the lines above it are separated
    // from it by furniture (section labels, promotions, date lines). A short
    // line right above a caption is more likely the image's label, so it is
    // the headline only when there is nothing else.
    qsizetype chooseTitle()
    {
        const qsizetype end = m_firstBody < 0 ? m_blocks.size() : m_firstBody;
        for (qsizetype i = 0; i < end; ++i) {
            if (m_blocks.at(i).roleFromStructure && m_blocks.at(i).role == BlockRole::Heading)
                return i;
        }
        qsizetype title = lastHeadlineRun(end, false);
        if (title < 0)
            title = lastHeadlineRun(end, true);
        // A scrape often starts with the outlet's masthead right above the
        // headline; a short name followed by a fuller headline is that.
        if (title >= 0 && title + 1 < end && isShortProperName(text(title)) && isFree(title + 1)
            && isHeadlineLike(text(title + 1)) && wordCount(text(title + 1)) > wordCount(text(title)))
            ++title;
        if (title >= 0)
            mark(title, BlockRole::Heading, {});
        return title;
    }

    qsizetype lastHeadlineRun(qsizetype end, bool allowImageLabels) const
    {
        const auto candidate = [this, allowImageLabels](qsizetype i) {
            return isFree(i) && isHeadlineLike(text(i)) && (allowImageLabels || !isImageLabel(i));
        };
        qsizetype first = end - 1;
        while (first >= 0 && !candidate(first))
            --first;
        while (first > 0 && candidate(first - 1))
            --first;
        return first;
    }

    // Above the headline is the page's header: navigation, section labels,
    // promotions. Nothing there reads as prose (the body starts later).
    void markHeader(qsizetype title)
    {
        for (qsizetype i = 0; i < title; ++i)
            mark(i, BlockRole::Furniture, u"header"_s);
    }

    // Under a "Related" or "Read more:" heading, every line up to the next
    // paragraph is a link to another article.
    void markLinkLists()
    {
        for (qsizetype i = 0; i < m_blocks.size(); ++i) {
            if (!isLinkListHeading(text(i)))
                continue;
            for (qsizetype j = i + 1; j < m_blocks.size() && !isBodyProse(j); ++j)
                mark(j, BlockRole::Furniture, u"links"_s);
        }
    }

    // Between paragraphs, a full headline is an embedded link to another
    // story; a short line is a crosshead of this one.
    void markBetweenParagraphs()
    {
        for (qsizetype i = m_firstBody + 1; i < m_lastBody; ++i) {
            if (!isFree(i) || isProse(text(i)) || startsWithBullet(text(i)))
                continue;
            const QStringView line = text(i);
            const int words = wordCount(line);
            const QChar last = line.back();
            if (isHeadlineLike(line) && words >= MinEmbeddedLinkWords && last != u'?' && last != u':')
                mark(i, BlockRole::Furniture, u"other-story"_s);
            else if (words <= MaxCrossheadWords && !endsWithFullStop(line) && line.front().isUpper())
                mark(i, BlockRole::Heading, {});
        }
    }

    // After the last paragraph come lists of other articles and image
    // labels: lines without a full stop. A short closing sentence ("He
    // declined to comment.") is too short to count as prose but stays body.
    void markTrailer()
    {
        if (m_lastBody < 0)
            return;
        for (qsizetype i = m_lastBody + 1; i < m_blocks.size(); ++i) {
            if (wordCount(text(i)) <= MaxTrailingLinkWords && !endsWithFullStop(text(i)))
                mark(i, BlockRole::Furniture, u"trailer"_s);
        }
    }

    QList<ParsedBlock> &m_blocks;
    const QSet<QString> &m_outletLines;
    bool m_keepHeadings = false;
    qsizetype m_firstBody = -1;
    qsizetype m_lastBody = -1;
};

} // namespace

QString FurnitureClassifier::normaliseLine(QStringView line)
{
    static const QRegularExpression digits(uR"(\d+)"_s);
    QString normalised = line.toString().toCaseFolded().simplified();
    normalised.replace(digits, u"0"_s);
    return normalised;
}

void FurnitureClassifier::classify(ParsedDocument &document) const
{
    DocumentPass pass(document.blocks, m_outletLines);
    if (document.articleLocated)
        pass.runOnLocatedArticle();
    else
        pass.run();
}

} // namespace parallax
