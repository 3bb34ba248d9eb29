#include "HtmlBlocks_p.h"

#include "GumboTree_p.h"
#include "HtmlNames_p.h"

#include <algorithm>
#include <vector>

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

// Words of a class or id, split at punctuation and camelCase humps:
// "related-stories", "relatedStories" and "ad_slot" all count.
QStringList identifierWords(const QString &identifiers)
{
    QStringList words;
    QString word;
    for (qsizetype i = 0; i <= identifiers.size(); ++i) {
        const QChar c = i < identifiers.size() ? identifiers[i] : QChar();
        const bool hump = c.isUpper() && !word.isEmpty() && word.back().isLower();
        if (!c.isLetterOrNumber() || hump) {
            if (!word.isEmpty())
                words.append(word.toLower());
            word.clear();
        }
        if (c.isLetterOrNumber())
            word.append(c);
    }
    return words;
}

bool namesFurniture(const QString &identifiers)
{
    static const QStringList furnitureWords = {
        u"ad"_s, u"ads"_s, u"advert"_s, u"adverts"_s, u"advertisement"_s, u"advertising"_s,
        u"promo"_s, u"promos"_s, u"promotion"_s, u"promoted"_s, u"sponsored"_s, u"related"_s,
        u"newsletter"_s, u"newsletters"_s, u"subscribe"_s, u"cookie"_s, u"cookies"_s,
        u"share"_s, u"sharing"_s, u"social"_s, u"sidebar"_s, u"breadcrumb"_s, u"breadcrumbs"_s};
    const QStringList words = identifierWords(identifiers);
    return std::any_of(words.begin(), words.end(),
                       [](const QString &word) { return furnitureWords.contains(word); });
}

struct Context {
    BlockRole role = BlockRole::Body; // Heading or Caption inside h1-h6 or figcaption
    bool furniture = false;
    bool inMain = false;
    bool inArticle = false;
    bool preformatted = false;
    bool ownsBlock = false;
};

struct PendingBlock {
    ParsedBlock block;
    bool inMain = false;
    bool inArticle = false;
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

    // Blocks outside the page's <main>, or else outside its <article>s, are
    // Furniture: the page says where its content is.
    QList<ParsedBlock> blocks() const
    {
        QList<ParsedBlock> result;
        result.reserve(qsizetype(m_pending.size()));
        for (const PendingBlock &pending : m_pending) {
            ParsedBlock block = pending.block;
            const bool outsideContent = m_sawMain ? !pending.inMain
                                                  : m_sawArticle && !pending.inArticle;
            if (outsideContent && block.role != BlockRole::Furniture) {
                block.role = BlockRole::Furniture;
                block.roleFromStructure = true;
            }
            result.append(block);
        }
        return result;
    }

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
        context.ownsBlock = isBlockLevel(tag) || context.furniture != parent.furniture;
        if (context.ownsBlock)
            flush(parent);
        m_contexts.push_back(context);
        return true;
    }

    Context derive(const Context &parent, const GumboNode *node)
    {
        Context context = parent;
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
        case GUMBO_TAG_MAIN:
            context.inMain = m_sawMain = true;
            break;
        case GUMBO_TAG_ARTICLE:
            context.inArticle = m_sawArticle = true;
            break;
        case GUMBO_TAG_NAV:
        case GUMBO_TAG_ASIDE:
        case GUMBO_TAG_FOOTER:
        case GUMBO_TAG_FORM:
            context.furniture = true;
            break;
        case GUMBO_TAG_HEADER:
            // The page's masthead; an article's own header holds its headline.
            context.furniture = context.furniture || (!parent.inMain && !parent.inArticle);
            break;
        default:
            break;
        }
        if (!context.furniture) {
            context.furniture = namesFurniture(attribute(node, "class") + u' ' + attribute(node, "id"))
                || isOneOf(attribute(node, "role").trimmed().toLower().toLatin1(),
                           {"navigation", "banner", "contentinfo", "complementary"});
        }
        return context;
    }

    void appendText(const QString &text)
    {
        m_text += text;
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
        m_text.clear();
        m_breakPending = false;
        if (text.isEmpty())
            return;
        PendingBlock pending;
        pending.block.text = text;
        pending.block.role = context.furniture ? BlockRole::Furniture : context.role;
        pending.block.roleFromStructure = context.furniture || context.role == BlockRole::Caption;
        pending.inMain = context.inMain;
        pending.inArticle = context.inArticle;
        m_pending.push_back(pending);
    }

    std::vector<Context> m_contexts;
    std::vector<PendingBlock> m_pending;
    QString m_text;
    bool m_breakPending = false;
    bool m_sawMain = false;
    bool m_sawArticle = false;
};

} // namespace

QList<ParsedBlock> collectBlocks(const GumboNode *document)
{
    BlockCollector blocks;
    walk(document, blocks);
    return blocks.blocks();
}

} // namespace parallax::htmlreader
