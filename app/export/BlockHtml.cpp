#include "BlockHtml_p.h"

#include "ExportText_p.h"
#include "HtmlEscape_p.h"
#include "core/Article.h"
#include "core/TranslationContexts.h"

using namespace Qt::StringLiterals;

namespace parallax::html {
namespace {

QString labelHtml(const BlockLabel &label)
{
    const QString cls = u" class=\""_s + escaped(label.cssClass) + u'"';
    if (label.href.isEmpty())
        return u"<span"_s + cls + u'>' + escaped(label.text) + u"</span> "_s;
    return u"<a"_s + cls + u" href=\""_s + escaped(label.href) + u"\" title=\""_s + escaped(label.title) + u"\">"_s
        + escaped(label.text) + u"</a> "_s;
}

} // namespace

QString blockId(int article, int block)
{
    return u"a%1-b%2"_s.arg(article).arg(block);
}

QString blockHtml(const Block &block, const QString &id, const QString &cssClass, const QList<BlockLabel> &labels,
                  const QList<TextMark> &marks)
{
    const bool heading = block.role == BlockRole::Heading;
    const QString tag = heading ? u"h3"_s : u"p"_s;
    QString classes = cssClass;
    if (block.role == BlockRole::Caption)
        classes += classes.isEmpty() ? u"caption"_s : u" caption"_s;
    QString out = u'<' + tag + u" id=\""_s + escaped(id) + u'"';
    if (!classes.isEmpty())
        out += u" class=\""_s + escaped(classes) + u'"';
    out += exporting::directionAttribute(block.text) + u'>';
    for (const BlockLabel &label : labels)
        out += labelHtml(label);
    return out + markedTextHtml(block.text, marks) + u"</"_s + tag + u">\n"_s;
}

QString furnitureHtml(const Article &article, int articleIndex)
{
    QString items;
    int count = 0;
    for (int b = 0; b < article.blocks.size(); ++b) {
        const Block &block = article.blocks[b];
        // Blind mode empties furniture; an empty line says nothing.
        if (block.role != BlockRole::Furniture || block.text.isEmpty())
            continue;
        ++count;
        items += u"<li id=\""_s + blockId(articleIndex, b) + u'"' + exporting::directionAttribute(block.text) + u'>'
            + escaped(block.text) + u"</li>\n"_s;
    }
    if (count == 0)
        return {};
    return u"<details class=\"furniture\">\n<summary>"_s
        + escaped(ExportText::tr("Page furniture, not compared (%1)").arg(count))
        + u"</summary>\n<ul>\n"_s + items + u"</ul>\n</details>\n"_s;
}

} // namespace parallax::html
