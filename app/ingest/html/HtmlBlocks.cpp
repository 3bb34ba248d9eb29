#include "HtmlBlocks_p.h"

#include "ClassWords_p.h"
#include "GumboTree_p.h"

#include <algorithm>

namespace parallax::htmlreader {
namespace {

using namespace Qt::StringLiterals;

bool isDropped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
        return true;
    default:
        return false;
    }
}

// Elements that start and end a block of text of their own.
bool isBlockLevel(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR:
    case GUMBO_TAG_LEGEND: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR: case GUMBO_TAG_UL:
        return true;
    default:
        return false;
    }
}

// What a reader of the page never sees: the hidden attribute, aria-hidden,
// and inline styles that hide. (Style sheets are not read.)
bool isHidden(const GumboNode *element)
{
    const GumboVector &attributes = element->v.element.attributes;
    if (gumbo_get_attribute(&attributes, "hidden"))
        return true;
    if (attribute(element, "aria-hidden").trimmed().compare(u"true"_s, Qt::CaseInsensitive) == 0)
        return true;
    if (element->v.element.tag == GUMBO_TAG_INPUT)
        return true;
    const QString style = attribute(element, "style").toLower().remove(u' ');
    return style.contains(u"display:none"_s) || style.contains(u"visibility:hidden"_s);
}

struct Context {
    const GumboNode *node = nullptr;
    const GumboNode *blockNode = nullptr; // the nearest element that owns a block
    BlockRole role = BlockRole::Body; // Heading or Caption inside h1-h6 or figcaption
    bool preformatted = false;
    bool hidden = false;
    bool inLink = false;
    bool ownsBlock = false;
};

class BlockCollector final
{
public:
    bool enter(const GumboNode *node)
    {
        switch (node->type) {
        case GUMBO_NODE_DOCUMENT:
            m_contexts.push_back(Context{});
            return true;
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            appendText(QString::fromUtf8(node->v.text.text));
            return false;
        case GUMBO_NODE_ELEMENT:
            return enterElement(node);
        default:
            return false;
        }
    }

    void leave(const GumboNode *)
    {
        if (m_contexts.empty())
            return;
        const Context context = m_contexts.back();
        m_contexts.pop_back();
        if (context.ownsBlock || m_contexts.empty())
            flush(context);
    }

    std::vector<PageBlock> takeBlocks() { return std::move(m_blocks); }

private:
    bool enterElement(const GumboNode *node)
    {
        const GumboTag tag = node->v.element.tag;
        // Elements only occur under the document node, which pushed the
        // root context; the check also tells the optimiser so.
        if (isDropped(tag) || m_contexts.empty())
            return false;
        const Context &parent = m_contexts.back();
        if (tag == GUMBO_TAG_BR) {
            lineBreak(parent);
            return false;
        }
        if (tag == GUMBO_TAG_HR) {
            flush(parent);
            return false;
        }
        Context context = derive(parent, node);
        // A hidden or furniture-named span inside a paragraph becomes a block
        // of its own, so that it can be judged apart from the sentence.
        context.ownsBlock = isBlockLevel(tag) || context.hidden != parent.hidden
            || (tag != GUMBO_TAG_A && hasMeaning(node, ClassMeaning::Furniture));
        if (context.ownsBlock) {
            context.blockNode = node;
            flush(parent);
        }
        m_contexts.push_back(context);
        return true;
    }

    static Context derive(const Context &parent, const GumboNode *node)
    {
        Context context = parent;
        context.node = node;
        switch (node->v.element.tag) {
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
        case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
            if (context.role == BlockRole::Body)
                context.role = BlockRole::Heading;
            break;
        case GUMBO_TAG_FIGCAPTION:
            context.role = BlockRole::Caption;
            break;
        case GUMBO_TAG_PRE:
            context.preformatted = true;
            break;
        case GUMBO_TAG_A:
            context.inLink = context.inLink || !attribute(node, "href").isEmpty();
            break;
        default:
            break;
        }
        context.hidden = context.hidden || isHidden(node);
        return context;
    }

    void appendText(const QString &text)
    {
        m_text += text;
        if (m_contexts.back().inLink)
            m_linkText += text;
        if (!text.trimmed().isEmpty())
            m_breakPending = false;
    }

    // One <br> is a line break inside a paragraph; two in a row are how pages
    // built from <div>s separate paragraphs.
    void lineBreak(const Context &context)
    {
        if (m_breakPending) {
            flush(context);
            return;
        }
        m_text += u'\n';
        m_breakPending = true;
    }

    void flush(const Context &context)
    {
        const QString text = context.preformatted ? m_text.trimmed() : m_text.simplified();
        const int linkChars = int(m_linkText.simplified().size());
        m_text.clear();
        m_linkText.clear();
        m_breakPending = false;
        if (text.isEmpty())
            return;
        PageBlock page;
        page.block.text = text;
        page.block.role = context.role;
        page.block.roleFromStructure = context.role == BlockRole::Caption;
        page.owner = context.blockNode;
        page.linkChars = std::min(linkChars, int(text.size()));
        page.hidden = context.hidden;
        m_blocks.push_back(std::move(page));
    }

    std::vector<Context> m_contexts;
    std::vector<PageBlock> m_blocks;
    QString m_text;
    QString m_linkText;
    bool m_breakPending = false;
};

} // namespace

std::vector<PageBlock> collectBlocks(const GumboNode *document)
{
    BlockCollector blocks;
    walk(document, blocks);
    return blocks.takeBlocks();
}

} // namespace parallax::htmlreader
