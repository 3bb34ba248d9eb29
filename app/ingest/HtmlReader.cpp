#include "HtmlReader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gumbo.h>

#include <algorithm>
#include <cstdlib>
#include <utility>
#include <vector>

namespace parallax {
namespace {

using namespace Qt::StringLiterals;

// --- bounding the structure before gumbo sees it ---------------------------

// Gumbo is not hardened against hostile structure. Checks such as "is there a
// <p> in button scope" walk the whole stack of open elements, so 100,000
// nested <div>s cost time quadratic in the depth, and every attribute is
// compared with all earlier ones of its element. So before parsing, start
// tags nested deeper than this are left out (with their end tags; the text
// stays, only the nesting is lost; Blink caps its tree depth at 512 too) and
// attributes past kMaxAttributes are dropped. No real article comes close.
constexpr int kMaxDepth = 512;
constexpr int kMaxAttributes = 256;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isOneOf(const QByteArray &name, std::initializer_list<QByteArrayView> names)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements that never nest: void ones, and ones the parser closes when the
// next of their kind starts (a <p> ends the open <p>, a <li> the open <li>).
bool neverNests(const QByteArray &name)
{
    return isOneOf(name, {"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame",
                          "hr", "img", "input", "keygen", "link", "meta", "param", "source",
                          "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr",
                          "td", "th", "tbody", "thead", "tfoot", "caption", "colgroup", "rb",
                          "rt", "rp", "rtc", "html", "head", "body"});
}

// Elements whose content the tokenizer reads as text up to their end tag.
bool holdsRawText(const QByteArray &name)
{
    return isOneOf(name, {"script", "style", "xmp", "iframe", "noembed", "noframes", "textarea",
                          "title"});
}

bool isForeignRoot(const QByteArray &name)
{
    return name == "svg" || name == "math";
}

// A single linear pass that follows the tokenizer's rules for tags, quoted
// attribute values, comments and raw text. Where it guesses differently from
// gumbo the cost is time, never safety: GumboArena frees the tree without
// recursion, and readHtml walks it with an explicit stack.
class StructureLimiter final
{
public:
    explicit StructureLimiter(QByteArrayView html) : m_in(html) { m_out.reserve(html.size()); }

    QByteArray run()
    {
        while (m_at < m_in.size()) {
            const qsizetype open = m_in.indexOf('<', m_at);
            if (open < 0) {
                copyTo(m_in.size());
                break;
            }
            copyTo(open);
            if (m_in.sliced(m_at).startsWith("<!--"))
                comment();
            else if (charAt(m_at + 1) == '/' && isLetter(charAt(m_at + 2)))
                endTag();
            else if (isLetter(charAt(m_at + 1)))
                startTag();
            else if (charAt(m_at + 1) == '!' || charAt(m_at + 1) == '?' || charAt(m_at + 1) == '/')
                copyTo(endOfBogusComment());
            else
                copyTo(m_at + 1);
        }
        return std::move(m_out);
    }

private:
    char charAt(qsizetype at) const { return at < m_in.size() ? m_in[at] : '\0'; }

    void copyTo(qsizetype end)
    {
        m_out.append(m_in.sliced(m_at, end - m_at));
        m_at = end;
    }

    qsizetype endOfBogusComment() const
    {
        const qsizetype close = m_in.indexOf('>', m_at + 1);
        return close < 0 ? m_in.size() : close + 1;
    }

    // "-->", "--!>", and the abrupt "<!-->" and "<!--->" all end a comment.
    void comment()
    {
        const qsizetype body = m_at + 4;
        if (charAt(body) == '>') {
            copyTo(body + 1);
            return;
        }
        if (charAt(body) == '-' && charAt(body + 1) == '>') {
            copyTo(body + 2);
            return;
        }
        qsizetype from = body;
        for (;;) {
            const qsizetype dashes = m_in.indexOf("--", from);
            if (dashes < 0) {
                copyTo(m_in.size());
                return;
            }
            if (charAt(dashes + 2) == '>') {
                copyTo(dashes + 3);
                return;
            }
            if (charAt(dashes + 2) == '!' && charAt(dashes + 3) == '>') {
                copyTo(dashes + 4);
                return;
            }
            from = dashes + 1;
        }
    }

    QByteArray readName()
    {
        const qsizetype start = m_at;
        while (m_at < m_in.size() && !isSpace(m_in[m_at]) && m_in[m_at] != '/' && m_in[m_at] != '>')
            ++m_at;
        return m_in.sliced(start, m_at - start).toByteArray().toLower();
    }

    // Steps over one attribute; false at the end of the tag.
    bool skipAttribute()
    {
        while (m_at < m_in.size() && (isSpace(m_in[m_at]) || m_in[m_at] == '/'))
            ++m_at;
        if (m_at >= m_in.size() || m_in[m_at] == '>')
            return false;
        const qsizetype nameStart = m_at;
        while (m_at < m_in.size() && !isSpace(m_in[m_at]) && m_in[m_at] != '/' && m_in[m_at] != '>'
               && (m_in[m_at] != '=' || m_at == nameStart))
            ++m_at;
        qsizetype afterName = m_at;
        while (afterName < m_in.size() && isSpace(m_in[afterName]))
            ++afterName;
        if (charAt(afterName) != '=')
            return true;
        m_at = afterName + 1;
        while (m_at < m_in.size() && isSpace(m_in[m_at]))
            ++m_at;
        const char quote = charAt(m_at);
        if (quote == '"' || quote == '\'') {
            const qsizetype close = m_in.indexOf(quote, m_at + 1);
            m_at = close < 0 ? m_in.size() : close + 1;
        } else {
            while (m_at < m_in.size() && !isSpace(m_in[m_at]) && m_in[m_at] != '>')
                ++m_at;
        }
        return true;
    }

    void startTag()
    {
        const qsizetype tagStart = m_at++;
        const QByteArray name = readName();
        int attributes = 0;
        qsizetype keptUntil = m_at;
        while (skipAttribute()) {
            if (++attributes <= kMaxAttributes)
                keptUntil = m_at;
        }
        if (m_at >= m_in.size()) {
            // A tag cut off by the end of the file: the parser drops it.
            m_at = tagStart;
            copyTo(m_in.size());
            return;
        }
        const bool selfClosing = m_in[m_at - 1] == '/';
        const qsizetype tagEnd = m_at + 1;
        m_at = tagEnd;

        if (!neverNests(name) && !(m_foreign > 0 && selfClosing)) {
            if (m_open.size() >= kMaxDepth) {
                ++m_leftOut[name];
                return;
            }
            m_open.push_back(name);
            m_foreign += isForeignRoot(name) ? 1 : 0;
        }
        if (attributes > kMaxAttributes) {
            m_out.append(m_in.sliced(tagStart, keptUntil - tagStart));
            m_out.append(selfClosing ? "/>" : ">");
        } else {
            m_out.append(m_in.sliced(tagStart, tagEnd - tagStart));
        }
        if (m_foreign == 0 && name == "plaintext")
            copyTo(m_in.size());
        else if (m_foreign == 0 && holdsRawText(name))
            copyTo(endOfRawText(name));
    }

    // Where "</name" followed by a space, '/' or '>' starts, or the end.
    qsizetype endOfRawText(const QByteArray &name) const
    {
        qsizetype from = m_at;
        for (;;) {
            const qsizetype close = m_in.indexOf("</", from);
            if (close < 0)
                return m_in.size();
            const qsizetype after = close + 2 + name.size();
            if (after <= m_in.size()
                && m_in.sliced(close + 2, name.size()).compare(name, Qt::CaseInsensitive) == 0
                && (after == m_in.size() || isSpace(m_in[after]) || m_in[after] == '/'
                    || m_in[after] == '>'))
                return close;
            from = close + 2;
        }
    }

    void endTag()
    {
        const qsizetype tagStart = m_at;
        m_at += 2;
        const QByteArray name = readName();
        while (skipAttribute()) { }
        m_at = std::min(m_at + 1, m_in.size());

        if (auto leftOut = m_leftOut.find(name); leftOut != m_leftOut.end() && *leftOut > 0) {
            --*leftOut;
            return;
        }
        for (auto open = m_open.rbegin(); open != m_open.rend(); ++open) {
            if (*open != name)
                continue;
            const auto keep = m_open.size() - size_t(open - m_open.rbegin()) - 1;
            for (size_t i = keep; i < m_open.size(); ++i)
                m_foreign -= isForeignRoot(m_open[i]) ? 1 : 0;
            m_open.resize(keep);
            break;
        }
        m_out.append(m_in.sliced(tagStart, m_at - tagStart));
    }

    QByteArrayView m_in;
    QByteArray m_out;
    qsizetype m_at = 0;
    std::vector<QByteArray> m_open;
    QHash<QByteArray, int> m_leftOut;
    int m_foreign = 0; // open <svg> or <math>: no raw text there, and "/>" closes
};

// --- parsing ----------------------------------------------------------------

// Owns every block gumbo allocates, so that the tree is freed without
// gumbo_destroy_output, which recurses as deep as the tree is.
class GumboArena final
{
    Q_DISABLE_COPY_MOVE(GumboArena)
public:
    GumboArena() = default;
    ~GumboArena()
    {
        while (m_last) {
            Header *previous = m_last->previous;
            std::free(m_last);
            m_last = previous;
        }
    }

    static void *allocate(void *arena, size_t size)
    {
        auto *header = static_cast<Header *>(std::malloc(sizeof(Header) + size));
        if (!header)
            std::abort(); // gumbo has no way to fail an allocation
        auto *self = static_cast<GumboArena *>(arena);
        header->previous = self->m_last;
        header->next = nullptr;
        if (self->m_last)
            self->m_last->next = header;
        self->m_last = header;
        return header + 1;
    }

    static void deallocate(void *arena, void *pointer)
    {
        if (!pointer)
            return;
        auto *self = static_cast<GumboArena *>(arena);
        Header *header = static_cast<Header *>(pointer) - 1;
        if (header->previous)
            header->previous->next = header->next;
        if (header->next)
            header->next->previous = header->previous;
        else
            self->m_last = header->previous;
        std::free(header);
    }

private:
    struct alignas(std::max_align_t) Header {
        Header *previous;
        Header *next;
    };
    Header *m_last = nullptr;
};

const GumboVector *childrenOf(const GumboNode *node)
{
    switch (node->type) {
    case GUMBO_NODE_DOCUMENT:
        return &node->v.document.children;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
        return &node->v.element.children;
    default:
        return nullptr;
    }
}

// Visits the tree in document order with an explicit stack: a gumbo tree can
// be as deep as its input allows. The visitor's enter() says whether to go
// into a node; leave() is called for the nodes it went into.
template <typename Visitor>
void walk(const GumboNode *root, Visitor &visitor)
{
    std::vector<std::pair<const GumboNode *, unsigned int>> stack;
    if (visitor.enter(root))
        stack.emplace_back(root, 0);
    while (!stack.empty()) {
        const GumboNode *node = stack.back().first;
        const GumboVector *children = childrenOf(node);
        const unsigned int next = stack.back().second++;
        if (children && next < children->length) {
            const auto *child = static_cast<const GumboNode *>(children->data[next]);
            if (visitor.enter(child))
                stack.emplace_back(child, 0);
        } else {
            visitor.leave(node);
            stack.pop_back();
        }
    }
}

QString attribute(const GumboNode *node, const char *name)
{
    const GumboAttribute *found = gumbo_get_attribute(&node->v.element.attributes, name);
    return found ? QString::fromUtf8(found->value) : QString();
}

QString textOf(const GumboNode *element)
{
    QString text;
    const GumboVector &children = element->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE
            || child->type == GUMBO_NODE_CDATA)
            text += QString::fromUtf8(child->v.text.text);
    }
    return text;
}

// --- blocks -----------------------------------------------------------------

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

// --- metadata ---------------------------------------------------------------

// What the page says about itself, as found, before choosing among sources.
class MetadataCollector final
{
public:
    bool enter(const GumboNode *node)
    {
        if (node->type == GUMBO_NODE_DOCUMENT)
            return true;
        if (node->type != GUMBO_NODE_ELEMENT)
            return false;
        switch (node->v.element.tag) {
        case GUMBO_TAG_META:
            addMeta(node);
            return false;
        case GUMBO_TAG_LINK:
            if (m_canonical.isEmpty()
                && attribute(node, "rel").toLower().split(u' ').contains(u"canonical"_s))
                m_canonical = attribute(node, "href").trimmed();
            return false;
        case GUMBO_TAG_TITLE:
            if (m_title.isEmpty())
                m_title = textOf(node).simplified();
            return false;
        case GUMBO_TAG_SCRIPT:
            if (attribute(node, "type").trimmed().toLower() == u"application/ld+json")
                m_jsonLd.append(textOf(node));
            return false;
        case GUMBO_TAG_SVG:
        case GUMBO_TAG_MATH:
        case GUMBO_TAG_TEMPLATE:
            return false; // an SVG <title> is not the page's
        default:
            return true;
        }
    }

    void leave(const GumboNode *) { }

    ArticleMetadata resolve() const;

private:
    void addMeta(const GumboNode *node)
    {
        QString key = attribute(node, "property");
        if (key.isEmpty())
            key = attribute(node, "name");
        const QString content = attribute(node, "content").simplified();
        key = key.trimmed().toLower();
        if (!key.isEmpty() && !content.isEmpty() && !m_meta.contains(key))
            m_meta.insert(key, content);
    }

    QString metaContent(std::initializer_list<QStringView> keys) const
    {
        for (QStringView key : keys) {
            const QString value = m_meta.value(key.toString());
            if (!value.isEmpty())
                return value;
        }
        return {};
    }

    ArticleMetadata fromJsonLd() const;
    ArticleMetadata fromOpenGraph() const;
    ArticleMetadata fromMetaNames() const;

    QStringList m_jsonLd;
    QHash<QString, QString> m_meta;
    QString m_canonical;
    QString m_title;
};

bool isWebUrl(const QString &value)
{
    return value.startsWith(u"https://", Qt::CaseInsensitive)
        || value.startsWith(u"http://", Qt::CaseInsensitive);
}

// The calendar date an ISO 8601 date or timestamp names, as the outlet wrote
// it: "2024-03-05T23:30:00-05:00" is 5 March, whatever the time zone.
QDate parseDate(const QString &value)
{
    static const QRegularExpression separated(u"^\\s*(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})(?!\\d)"_s);
    static const QRegularExpression compact(u"^\\s*(\\d{4})(\\d{2})(\\d{2})(?!\\d)"_s);
    QRegularExpressionMatch match = separated.match(value);
    if (match.hasMatch())
        return QDate(match.captured(1).toInt(), match.captured(3).toInt(), match.captured(4).toInt());
    match = compact.match(value);
    if (match.hasMatch())
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    return {};
}

void fillGaps(ArticleMetadata &meta, const ArticleMetadata &more)
{
    if (meta.outlet.isEmpty())
        meta.outlet = more.outlet;
    if (meta.title.isEmpty())
        meta.title = more.title;
    if (meta.byline.isEmpty())
        meta.byline = more.byline;
    if (!meta.published.isValid())
        meta.published = more.published;
    if (meta.url.isEmpty())
        meta.url = more.url;
}

bool isArticleType(const QJsonValue &type)
{
    static const QStringList articleTypes = {
        u"NewsArticle"_s, u"Article"_s, u"ReportageNewsArticle"_s, u"AnalysisNewsArticle"_s,
        u"OpinionNewsArticle"_s, u"BackgroundNewsArticle"_s, u"ReviewNewsArticle"_s};
    if (type.isString())
        return articleTypes.contains(type.toString());
    const QJsonArray types = type.toArray();
    return std::any_of(types.begin(), types.end(), [](const QJsonValue &each) {
        return articleTypes.contains(each.toString());
    });
}

// The first article object at the top of a JSON-LD block, in an array, or in
// an @graph; breadth first, so each value is looked at once.
QJsonObject findArticle(const QJsonDocument &document)
{
    QList<QJsonValue> queue;
    queue.append(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const QJsonValue value = queue.at(i);
        if (value.isArray()) {
            const QJsonArray items = value.toArray();
            for (const QJsonValue &item : items)
                queue.append(item);
            continue;
        }
        const QJsonObject object = value.toObject();
        if (isArticleType(object.value(u"@type")))
            return object;
        if (object.contains(u"@graph"))
            queue.append(object.value(u"@graph"));
    }
    return {};
}

QString nameOf(const QJsonValue &value)
{
    const QString name = (value.isObject() ? value.toObject().value(u"name") : value).toString();
    return isWebUrl(name) ? QString() : name.simplified();
}

// "author" may be a name, a Person, or a list of either.
QString namesOf(const QJsonValue &value)
{
    const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
    QStringList names;
    for (const QJsonValue &each : list) {
        const QString name = nameOf(each);
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names.join(u", ");
}

QString urlOf(const QJsonObject &article)
{
    const QString url = article.value(u"url").toString().trimmed();
    if (isWebUrl(url))
        return url;
    const QJsonValue page = article.value(u"mainEntityOfPage");
    const QString pageUrl = (page.isObject() ? page.toObject().value(u"@id") : page).toString().trimmed();
    return isWebUrl(pageUrl) ? pageUrl : QString();
}

ArticleMetadata MetadataCollector::fromJsonLd() const
{
    ArticleMetadata meta;
    for (const QString &script : m_jsonLd) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(script.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            continue;
        const QJsonObject article = findArticle(document);
        if (article.isEmpty())
            continue;
        ArticleMetadata found;
        found.title = article.value(u"headline").toString().simplified();
        found.byline = namesOf(article.value(u"author"));
        found.published = parseDate(article.value(u"datePublished").toString());
        const QJsonValue publisher = article.value(u"publisher");
        found.outlet = nameOf(publisher.isArray() ? publisher.toArray().at(0) : publisher);
        found.url = urlOf(article);
        fillGaps(meta, found);
    }
    return meta;
}

ArticleMetadata MetadataCollector::fromOpenGraph() const
{
    ArticleMetadata meta;
    meta.title = metaContent({u"og:title"});
    meta.outlet = metaContent({u"og:site_name"});
    const QString url = metaContent({u"og:url"});
    meta.url = isWebUrl(url) ? url : QString();
    meta.published = parseDate(metaContent({u"article:published_time"}));
    const QString author = metaContent({u"article:author"});
    meta.byline = isWebUrl(author) ? QString() : author;
    return meta;
}

ArticleMetadata MetadataCollector::fromMetaNames() const
{
    ArticleMetadata meta;
    meta.title = metaContent({u"citation_title", u"dc.title", u"dcterms.title"});
    meta.byline = metaContent({u"author", u"byl", u"citation_author", u"dc.creator", u"dcterms.creator"});
    meta.published = parseDate(metaContent({u"date", u"pubdate", u"publish-date",
                                     u"citation_publication_date", u"citation_date", u"dc.date",
                                     u"dc.date.issued", u"dcterms.date", u"dcterms.issued",
                                     u"dcterms.created"}));
    meta.outlet = metaContent({u"dc.publisher", u"dcterms.publisher", u"citation_publisher"});
    meta.url = isWebUrl(m_canonical) ? m_canonical : QString();
    return meta;
}

// "Council votes | The Daily" -> "Council votes" when the outlet is The Daily.
QString withoutOutletSuffix(const QString &title, const QString &outlet)
{
    if (outlet.isEmpty())
        return title;
    for (QStringView separator : {u" | ", u" - ", u" – ", u" — "}) {
        const QString suffix = separator + outlet;
        if (title.size() > suffix.size() && title.endsWith(suffix, Qt::CaseInsensitive))
            return title.chopped(suffix.size()).trimmed();
    }
    return title;
}

// Bylines often carry their label ("By Jane Doe").
QString withoutByPrefix(const QString &byline)
{
    static const QRegularExpression by(u"^by\\s+"_s, QRegularExpression::CaseInsensitiveOption);
    return QString(byline).remove(by);
}

ArticleMetadata MetadataCollector::resolve() const
{
    ArticleMetadata meta = fromJsonLd();
    fillGaps(meta, fromOpenGraph());
    fillGaps(meta, fromMetaNames());
    if (meta.title.isEmpty())
        meta.title = m_title;
    meta.title = withoutOutletSuffix(meta.title, meta.outlet);
    meta.byline = withoutByPrefix(meta.byline);
    return meta;
}

} // namespace

ParsedDocument readHtml(QStringView html)
{
    const QByteArray bounded = StructureLimiter(html.toUtf8()).run();

    GumboArena arena;
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &GumboArena::allocate;
    options.deallocator = &GumboArena::deallocate;
    options.userdata = &arena;
    options.max_errors = 0; // parse errors are of no use to us and cost memory
    const GumboOutput *output = gumbo_parse_with_options(&options, bounded.constData(),
                                                         size_t(bounded.size()));

    BlockCollector blocks;
    walk(output->document, blocks);
    MetadataCollector metadata;
    walk(output->document, metadata);

    ParsedDocument document;
    document.blocks = blocks.blocks();
    document.meta = metadata.resolve();
    return document;
}

} // namespace parallax
