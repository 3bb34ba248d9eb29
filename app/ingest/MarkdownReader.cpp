#include "MarkdownReader.h"

#include <QHash>
#include <QStringTokenizer>

#include <cmark.h>

#include <memory>

namespace parallax {
namespace {

using namespace Qt::StringLiterals;

// Front matter is a short header; a "---" line further down is a rule.
constexpr int kMaxFrontMatterLines = 200;

struct FrontMatter {
    QStringList lines;
    QStringView body;
};

bool isFence(QStringView line, QStringView fence)
{
    return line.trimmed() == fence && line.startsWith(fence);
}

// Splits off a leading block between "---" lines (or "---" and "...").
FrontMatter splitFrontMatter(QStringView text)
{
    FrontMatter result{{}, text};
    const qsizetype firstEnd = text.indexOf(u'\n');
    if (firstEnd < 0 || !isFence(text.first(firstEnd), u"---"))
        return result;
    QStringList lines;
    qsizetype at = firstEnd + 1;
    while (at <= text.size() && lines.size() < kMaxFrontMatterLines) {
        qsizetype end = text.indexOf(u'\n', at);
        if (end < 0)
            end = text.size();
        const QStringView line = text.sliced(at, end - at);
        if (isFence(line, u"---") || isFence(line, u"...")) {
            result.lines = lines;
            result.body = text.sliced(std::min(end + 1, text.size()));
            return result;
        }
        lines.append(line.toString());
        at = end + 1;
    }
    return result;
}

QString unquoted(QStringView value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'')
        && value.back() == value.front())
        value = value.sliced(1, value.size() - 2);
    return value.trimmed().toString();
}

// The scalars and lists of a flat YAML mapping: "key: value",
// "key: [a, b]", or "key:" followed by "- item" lines. Nested mappings are
// not metadata we use, and are skipped.
QHash<QString, QStringList> parseYamlMapping(const QStringList &lines)
{
    QHash<QString, QStringList> mapping;
    QString currentKey;
    for (const QString &line : lines) {
        const QStringView trimmed = QStringView(line).trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        if (trimmed.startsWith(u"- ") && !currentKey.isEmpty()) {
            mapping[currentKey].append(unquoted(trimmed.sliced(2)));
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        if (line.front().isSpace() || colon <= 0) {
            currentKey.clear();
            continue;
        }
        currentKey = line.first(colon).trimmed().toLower();
        const QStringView value = QStringView(line).sliced(colon + 1).trimmed();
        if (value.startsWith(u'[') && value.endsWith(u']')) {
            for (QStringView item : QStringTokenizer(value.sliced(1, value.size() - 2), u','))
                mapping[currentKey].append(unquoted(item));
        } else if (!value.isEmpty()) {
            mapping[currentKey].append(unquoted(value));
        }
    }
    return mapping;
}

QString firstOf(const QHash<QString, QStringList> &mapping, std::initializer_list<QStringView> keys)
{
    for (QStringView key : keys) {
        const QStringList values = mapping.value(key.toString());
        if (!values.isEmpty())
            return values.join(u", ");
    }
    return {};
}

ArticleMetadata metadataFrom(const QStringList &frontMatter)
{
    const QHash<QString, QStringList> mapping = parseYamlMapping(frontMatter);
    ArticleMetadata meta;
    meta.title = firstOf(mapping, {u"title", u"headline"});
    meta.byline = firstOf(mapping, {u"author", u"authors", u"byline"});
    meta.outlet = firstOf(mapping, {u"outlet", u"source", u"publisher", u"site"});
    // YAML dates and timestamps start with the ISO calendar date.
    meta.published = QDate::fromString(firstOf(mapping, {u"date", u"published", u"pubdate"}).left(10),
                                       Qt::ISODate);
    const QString url = firstOf(mapping, {u"url", u"link", u"canonical"});
    if (url.startsWith(u"https://") || url.startsWith(u"http://"))
        meta.url = url;
    return meta;
}

struct NodeDeleter {
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};
struct IteratorDeleter {
    void operator()(cmark_iter *iterator) const { cmark_iter_free(iterator); }
};

// Gathers text from cmark's event stream (iterative, so any nesting is safe).
class BlockCollector final
{
public:
    void handle(cmark_event_type event, cmark_node *node)
    {
        const cmark_node_type type = cmark_node_get_type(node);
        switch (type) {
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING:
            if (event == CMARK_EVENT_EXIT)
                finishBlock(type == CMARK_NODE_HEADING ? BlockRole::Heading : BlockRole::Body,
                            cmark_node_get_heading_level(node));
            break;
        case CMARK_NODE_CODE_BLOCK:
            add(literal(node).trimmed(), BlockRole::Body, false);
            break;
        case CMARK_NODE_HTML_BLOCK:
            // Raw HTML in an article is an embed or a comment, not prose.
            add(literal(node).trimmed(), BlockRole::Furniture, true);
            break;
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            (m_imageDepth > 0 ? m_altText : m_text) += literal(node);
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            (m_imageDepth > 0 ? m_altText : m_text) += u' ';
            break;
        case CMARK_NODE_IMAGE:
            if (event == CMARK_EVENT_ENTER) {
                ++m_imageDepth;
            } else if (--m_imageDepth == 0) {
                m_captions.append(m_altText.simplified());
                m_altText.clear();
            }
            break;
        default:
            break; // inline HTML, emphasis and links only wrap text
        }
    }

    QList<ParsedBlock> blocks() const { return m_blocks; }
    QString firstTopHeading() const { return m_firstTopHeading; }

private:
    static QString literal(cmark_node *node)
    {
        return QString::fromUtf8(cmark_node_get_literal(node));
    }

    void finishBlock(BlockRole role, int headingLevel)
    {
        const QString text = m_text.simplified();
        m_text.clear();
        if (role == BlockRole::Heading && headingLevel == 1 && m_firstTopHeading.isEmpty())
            m_firstTopHeading = text;
        add(text, role, false);
        for (const QString &caption : std::as_const(m_captions))
            add(caption, BlockRole::Caption, true);
        m_captions.clear();
    }

    void add(const QString &text, BlockRole role, bool fromStructure)
    {
        if (!text.isEmpty())
            m_blocks.append(ParsedBlock{text, role, fromStructure, {}});
    }

    QList<ParsedBlock> m_blocks;
    QString m_text;
    QString m_altText;
    QStringList m_captions;
    QString m_firstTopHeading;
    int m_imageDepth = 0;
};

} // namespace

ParsedDocument readMarkdown(QStringView markdown)
{
    const FrontMatter frontMatter = splitFrontMatter(markdown);
    const QByteArray body = frontMatter.body.toUtf8();
    const std::unique_ptr<cmark_node, NodeDeleter> root(
        cmark_parse_document(body.constData(), size_t(body.size()), CMARK_OPT_DEFAULT));

    BlockCollector collector;
    const std::unique_ptr<cmark_iter, IteratorDeleter> iterator(cmark_iter_new(root.get()));
    for (cmark_event_type event = cmark_iter_next(iterator.get()); event != CMARK_EVENT_DONE;
         event = cmark_iter_next(iterator.get()))
        collector.handle(event, cmark_iter_get_node(iterator.get()));

    ParsedDocument document;
    document.blocks = collector.blocks();
    document.meta = metadataFrom(frontMatter.lines);
    if (document.meta.title.isEmpty())
        document.meta.title = collector.firstTopHeading();
    return document;
}

} // namespace parallax
