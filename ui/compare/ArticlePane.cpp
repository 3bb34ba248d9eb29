#include "ArticlePane.h"

#include "core/FurnitureReason.h"

#include "coverage/AnnotationsModel.h"
#include "coverage/CoverageColours.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolTip>

namespace parallax {

ArticlePane::ArticlePane(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    setMouseTracking(true);
    document()->setDocumentMargin(12);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ArticlePane::scrolled);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &ArticlePane::geometryChanged);
}

// An article's text is data: a pane shows what was imported and never
// fetches an image, style sheet or anything else it names. The answer is a
// real, empty value, never a null QVariant or an image that fails to decode:
// on those QTextDocument and its image handler fall back to reading data:
// URLs and local files themselves (/dev/zero: forever).
QVariant ArticlePane::loadResource(int type, const QUrl &)
{
    if (type == QTextDocument::ImageResource) {
        QImage blank(1, 1, QImage::Format_ARGB32);
        blank.fill(Qt::transparent);
        return blank;
    }
    return QByteArray();
}

void ArticlePane::setArticle(const Article &article, bool showFurniture, const QHash<int, QColor> &paragraphs,
                             const QList<Highlight> &spans)
{
    m_article = article;
    m_showFurniture = showFurniture;
    m_paragraphColours = paragraphs;
    m_spans = spans;
    m_current = -1;
    m_counterpart = -1;
    render();
}

void ArticlePane::clearArticle()
{
    setArticle({}, m_showFurniture);
}

void ArticlePane::setDecorations(const QHash<int, QColor> &paragraphs, const QList<Highlight> &spans)
{
    m_paragraphColours = paragraphs;
    m_spans = spans;
    const int offset = scrollOffset();
    render();
    setScrollOffset(offset);
}

void ArticlePane::setNotes(const QList<Annotation> &notes)
{
    m_notes = notes;
    viewport()->update();
}

QList<QRectF> ArticlePane::rangeRects(int block, int start, int end) const
{
    const QTextBlock shown = textBlock(block);
    if (!shown.isValid() || shown.layout() == nullptr)
        return {};
    const QTextLayout *layout = shown.layout();
    const QPointF origin = layout->position() - QPointF(horizontalScrollBar()->value(), scrollOffset());
    QList<QRectF> rects;
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        const int from = std::max(start, line.textStart());
        const int to = std::min(end, line.textStart() + line.textLength());
        if (from >= to)
            continue;
        const qreal x1 = line.cursorToX(from);
        const qreal x2 = line.cursorToX(to);
        rects.append(QRectF(origin.x() + std::min(x1, x2), origin.y() + line.y(), std::abs(x2 - x1), line.height()));
    }
    return rects;
}

void ArticlePane::render()
{
    QTextDocument *doc = document();
    doc->clear();
    m_documentBlock.fill(-1, m_article.blocks.size());
    m_articleBlock.clear();
    QTextCursor cursor(doc);
    // One edit block: the layout runs once for the whole article instead of
    // after every paragraph and every highlighted span.
    cursor.beginEditBlock();
    const QFont base = font();
    for (int i = 0; i < m_article.blocks.size(); ++i) {
        const Block &block = m_article.blocks[i];
        const bool furniture = block.role == BlockRole::Furniture;
        if (furniture && !m_showFurniture)
            continue;
        QTextBlockFormat blockFormat;
        blockFormat.setBottomMargin(base.pointSizeF() * 0.8);
        if (m_paragraphColours.contains(i))
            blockFormat.setBackground(m_paragraphColours.value(i));
        QTextCharFormat charFormat;
        if (block.role == BlockRole::Heading) {
            charFormat.setFontWeight(QFont::Bold);
            charFormat.setFontPointSize(base.pointSizeF() * 1.15);
        } else if (block.role == BlockRole::Caption) {
            charFormat.setFontItalic(true);
        } else if (furniture) {
            charFormat.setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
        if (m_articleBlock.isEmpty()) {
            cursor.setBlockFormat(blockFormat);
            cursor.setBlockCharFormat(charFormat);
        } else {
            cursor.insertBlock(blockFormat, charFormat);
        }
        // A line break inside a block must not start a new paragraph: the
        // separator keeps one document block per article block, and keeps
        // the engine's UTF-16 offsets valid because it is one unit long.
        QString text = block.text;
        text.replace(QLatin1Char('\n'), QChar::LineSeparator);
        cursor.insertText(text, charFormat);
        m_documentBlock[i] = int(m_articleBlock.size());
        m_articleBlock.append(i);
    }
    for (const Highlight &span : std::as_const(m_spans)) {
        const int number = documentBlockNumber(span.block);
        if (number < 0)
            continue;
        const QTextBlock textBlock = doc->findBlockByNumber(number);
        const int length = textBlock.length() - 1;
        const int start = std::clamp(span.start, 0, length);
        const int end = std::clamp(span.end, start, length);
        QTextCursor range(textBlock);
        range.setPosition(textBlock.position() + start);
        range.setPosition(textBlock.position() + end, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setBackground(span.colour);
        range.mergeCharFormat(format);
    }
    cursor.endEditBlock();
    viewport()->update();
}

int ArticlePane::documentBlockNumber(int block) const
{
    return block >= 0 && block < m_documentBlock.size() ? m_documentBlock[block] : -1;
}

bool ArticlePane::isShown(int block) const
{
    return documentBlockNumber(block) >= 0;
}

QTextBlock ArticlePane::textBlock(int block) const
{
    const int number = documentBlockNumber(block);
    return number < 0 ? QTextBlock() : document()->findBlockByNumber(number);
}

QRectF ArticlePane::blockRect(int block) const
{
    const int number = documentBlockNumber(block);
    if (number < 0)
        return {};
    return document()->documentLayout()->blockBoundingRect(document()->findBlockByNumber(number));
}

QRect ArticlePane::blockViewportRect(int block) const
{
    const QRectF rect = blockRect(block);
    if (rect.isNull())
        return {};
    return rect.translated(-horizontalScrollBar()->value(), -scrollOffset()).toAlignedRect();
}

int ArticlePane::blockAt(QPoint viewportPos, int *offset) const
{
    const QPointF documentPos(viewportPos.x() + horizontalScrollBar()->value(), viewportPos.y() + scrollOffset());
    const int position = document()->documentLayout()->hitTest(documentPos, Qt::FuzzyHit);
    if (position < 0)
        return -1;
    const QTextBlock textBlock = document()->findBlock(position);
    if (!textBlock.isValid() || textBlock.blockNumber() >= m_articleBlock.size())
        return -1;
    if (!document()->documentLayout()->blockBoundingRect(textBlock).contains(documentPos))
        return -1;
    if (offset)
        *offset = position - textBlock.position();
    return m_articleBlock[textBlock.blockNumber()];
}

int ArticlePane::documentHeight() const
{
    return int(document()->size().height());
}

int ArticlePane::scrollOffset() const
{
    return verticalScrollBar()->value();
}

void ArticlePane::setScrollOffset(int y)
{
    verticalScrollBar()->setValue(y);
}

void ArticlePane::placeBlock(int block, int viewportY)
{
    const QRectF rect = blockRect(block);
    if (!rect.isNull())
        setScrollOffset(int(rect.top()) - viewportY);
}

void ArticlePane::setCurrentBlock(int block)
{
    m_current = block;
    viewport()->update();
}

void ArticlePane::setCounterpartBlock(int block)
{
    if (m_counterpart == block)
        return;
    m_counterpart = block;
    viewport()->update();
}

// What the notes under the mouse say, each on a line of its own.
QString ArticlePane::notesAt(int block, int offset) const
{
    QStringList lines;
    for (const Annotation &note : m_notes) {
        if (note.articleId == m_article.id && note.block == block && note.start <= offset && offset < note.end)
            lines.append(tr("Note, %1: %2").arg(AnnotationsModel::labelTitle(note.label), note.note));
    }
    return lines.join(QLatin1Char('\n'));
}

// Why a block shown greyed is not part of the article's text.
QString ArticlePane::roleNote(int block) const
{
    if (block < 0 || block >= m_article.blocks.size())
        return {};
    const Block &shown = m_article.blocks.at(block);
    if (shown.role != BlockRole::Furniture)
        return {};
    if (shown.roleOverridden)
        return tr("Furniture: marked by you");
    const QString reason = furnitureReasonText(shown.roleReason);
    return reason.isEmpty() ? tr("Furniture") : tr("Furniture: %1").arg(reason);
}

bool ArticlePane::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QTextBrowser::viewportEvent(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    int offset = 0;
    const int block = blockAt(help->pos(), &offset);
    QStringList parts;
    if (block >= 0) {
        parts.append(roleNote(block));
        parts.append(notesAt(block, offset));
        if (m_toolTipSource)
            parts.append(m_toolTipSource(block, offset));
        parts.removeAll(QString());
    }
    const QString text = parts.join(u"\n\n");
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        // Rich text made from escaped plain text: wrapped to a readable
        // width, and nothing in an article can become markup.
        QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal), viewport(),
                           blockViewportRect(block));
    }
    return true;
}

void ArticlePane::paintEvent(QPaintEvent *event)
{
    QTextBrowser::paintEvent(event);
    QPainter painter(viewport());
    const QColor frame = palette().color(QPalette::Highlight);
    // Frames sit in the document margin, around the text rather than on it.
    if (const QRect rect = blockViewportRect(m_current); !rect.isNull()) {
        painter.setPen(QPen(frame, 2));
        painter.drawRect(rect.adjusted(-5, -2, 5, 2));
    }
    if (const QRect rect = blockViewportRect(m_counterpart); !rect.isNull()) {
        painter.setPen(QPen(frame, 1.5, Qt::DashLine));
        painter.drawRect(rect.adjusted(-5, -2, 5, 2));
    }
    paintNotes(painter);
}

// Underlined rather than washed, since washes already say who shares what;
// the bar in the margin finds a note while scrolling.
void ArticlePane::paintNotes(QPainter &painter) const
{
    const qreal margin = document()->documentMargin();
    for (const Annotation &note : m_notes) {
        if (note.articleId != m_article.id)
            continue;
        const QList<QRectF> lines = rangeRects(note.block, note.start, note.end);
        if (lines.isEmpty() || lines.last().bottom() < 0 || lines.first().top() > viewport()->height())
            continue;
        const QColor hue = coverage_ui::noteHue(note.label);
        painter.setPen(QPen(hue, 2));
        for (const QRectF &line : lines)
            painter.drawLine(QPointF(line.left(), line.bottom() - 1), QPointF(line.right(), line.bottom() - 1));
        painter.fillRect(QRectF(margin / 6, lines.first().top(), margin / 4, lines.last().bottom() - lines.first().top()),
                         hue);
    }
}

void ArticlePane::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QTextBrowser::mousePressEvent(event);
}

// A click, not the end of a text selection, brings the counterpart into view.
void ArticlePane::mouseReleaseEvent(QMouseEvent *event)
{
    QTextBrowser::mouseReleaseEvent(event);
    const QPoint pos = event->position().toPoint();
    if (event->button() != Qt::LeftButton || (pos - m_pressPos).manhattanLength() > 4)
        return;
    int offset = 0;
    const int block = blockAt(pos, &offset);
    if (block >= 0)
        Q_EMIT blockClicked(block, offset);
}

void ArticlePane::mouseMoveEvent(QMouseEvent *event)
{
    QTextBrowser::mouseMoveEvent(event);
    int offset = 0;
    const int block = blockAt(event->position().toPoint(), &offset);
    if (block != m_hoverBlock || block >= 0) {
        m_hoverBlock = block;
        Q_EMIT blockHovered(block, offset);
    }
}

void ArticlePane::leaveEvent(QEvent *event)
{
    QTextBrowser::leaveEvent(event);
    m_hoverBlock = -1;
    Q_EMIT blockHovered(-1, 0);
}

bool ArticlePane::selectedRange(int *block, int *start, int *end) const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return false;
    const QTextBlock first = document()->findBlock(cursor.selectionStart());
    if (first != document()->findBlock(cursor.selectionEnd()))
        return false;
    const int articleBlock = m_articleBlock.value(first.blockNumber(), -1);
    if (articleBlock < 0)
        return false;
    *block = articleBlock;
    *start = cursor.selectionStart() - first.position();
    *end = cursor.selectionEnd() - first.position();
    return true;
}

void ArticlePane::contextMenuEvent(QContextMenuEvent *event)
{
    const int block = blockAt(viewport()->mapFrom(this, event->pos()));
    if (block < 0) {
        QTextBrowser::contextMenuEvent(event);
        return;
    }
    Q_EMIT blockMenuRequested(block, event->globalPos());
}

void ArticlePane::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    Q_EMIT geometryChanged();
}

// Greyed furniture takes its colour from the palette, so a palette change
// (light to dark) must rebuild the text.
void ArticlePane::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        const int offset = scrollOffset();
        render();
        setScrollOffset(offset);
    }
}

} // namespace parallax
