#include "HtmlMetadata_p.h"

#include "GumboTree_p.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace parallax::htmlreader {
namespace {

using namespace Qt::StringLiterals;

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

ArticleMetadata collectMetadata(const GumboNode *document)
{
    MetadataCollector metadata;
    walk(document, metadata);
    return metadata.resolve();
}

} // namespace parallax::htmlreader
