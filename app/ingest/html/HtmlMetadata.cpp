#include "HtmlMetadata_p.h"

#include "GumboTree_p.h"
#include "ingest/LineShape.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

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
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2:
            m_headings.append(visibleText(node).simplified());
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

    ArticleMetadata resolve(const QString &pageUrl) const;

private:
    // A property may name several keys at once ("og:title twitter:title").
    void addMeta(const GumboNode *node)
    {
        QString keys = attribute(node, "property");
        if (keys.isEmpty())
            keys = attribute(node, "name");
        const QString content = attribute(node, "content").simplified();
        if (content.isEmpty())
            return;
        const QStringList split = keys.toLower().split(u' ', Qt::SkipEmptyParts);
        for (const QString &key : split) {
            if (!m_meta.contains(key))
                m_meta.insert(key, content);
        }
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
    ArticleMetadata fromDublinCore() const;
    ArticleMetadata fromOpenGraph() const;
    ArticleMetadata fromMetaNames() const;
    QString pageTitle(const QString &outlet) const;
    QString outletFromAddress(const QString &url) const;

    QStringList m_jsonLd;
    QHash<QString, QString> m_meta;
    QString m_canonical;
    QString m_title;
    QStringList m_headings; // of the page's h1 and h2 elements
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

// Pages written as XHTML wrap their scripts in CDATA markers, sometimes
// behind // so that a browser's script engine skips them.
QString withoutCdata(const QString &script)
{
    static const QRegularExpression markers(uR"(^\s*(//\s*)?<!\[CDATA\[|(//\s*)?\]\]>\s*$)"_s);
    return QString(script).remove(markers);
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

// Words of a title, for comparing two titles.
QSet<QString> titleWords(const QString &title)
{
    QSet<QString> words;
    static const QRegularExpression nonWord(u"\\W+"_s);
    for (const QString &word : title.toCaseFolded().split(nonWord, Qt::SkipEmptyParts))
        words.insert(word);
    return words;
}

double sharedWordShare(const QString &a, const QString &b)
{
    const QSet<QString> wordsA = titleWords(a);
    const QSet<QString> wordsB = titleWords(b);
    if (wordsA.isEmpty() || wordsB.isEmpty())
        return 0;
    return double(QSet<QString>(wordsA).intersect(wordsB).size()) / double(std::max(wordsA.size(), wordsB.size()));
}

// An article object may give a headline and a name; when they differ, the
// one the page's <title> bears out is its title.
QString titleOf(const QJsonObject &article, const QString &pageTitle)
{
    const QString headline = article.value(u"headline").toString().simplified();
    const QString name = article.value(u"name").toString().simplified();
    if (headline.isEmpty() || name.isEmpty() || headline == name)
        return headline.isEmpty() ? name : headline;
    return sharedWordShare(name, pageTitle) > sharedWordShare(headline, pageTitle) ? name : headline;
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
        const QJsonDocument document = QJsonDocument::fromJson(withoutCdata(script).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            continue;
        const QJsonObject article = findArticle(document);
        if (article.isEmpty())
            continue;
        ArticleMetadata found;
        found.title = titleOf(article, m_title);
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
    const QString author = metaContent({u"article:author", u"og:article:author"});
    meta.byline = isWebUrl(author) ? QString() : author;
    return meta;
}

// Dublin Core says who made the page and what it is called in so many words.
ArticleMetadata MetadataCollector::fromDublinCore() const
{
    ArticleMetadata meta;
    meta.title = metaContent({u"dc:title", u"dc.title", u"dcterm:title", u"dcterms:title", u"dcterms.title"});
    meta.byline = metaContent({u"dc:creator", u"dc.creator", u"dcterm:creator", u"dcterms:creator",
                               u"dcterms.creator"});
    return meta;
}

ArticleMetadata MetadataCollector::fromMetaNames() const
{
    ArticleMetadata meta;
    meta.title = metaContent({u"citation_title", u"parsely-title", u"twitter:title", u"sailthru.title"});
    meta.byline = metaContent({u"author", u"byl", u"citation_author", u"parsely-author", u"sailthru.author"});
    meta.published = parseDate(metaContent({u"date", u"pubdate", u"publish-date",
                                     u"citation_publication_date", u"citation_date", u"dc.date",
                                     u"dc.date.issued", u"dcterms.date", u"dcterms.issued",
                                     u"dcterms.created"}));
    meta.outlet = metaContent({u"dc.publisher", u"dcterms.publisher", u"citation_publisher"});
    meta.url = isWebUrl(m_canonical) ? m_canonical : QString();
    return meta;
}

// A <title> is often the headline and the site's name around a separator.
struct TitleParts {
    QString head; // before the last separator
    QString tail; // after it
    bool isSplit() const { return !head.isEmpty() && !tail.isEmpty(); }
};

TitleParts splitTitle(const QString &title)
{
    static const QRegularExpression separator(uR"(\s+[|\-\x{2013}\x{2014}\x{00B7}\x{00BB}:/\\>]+\s+)"_s);
    TitleParts parts;
    qsizetype last = -1;
    qsizetype length = 0;
    for (auto it = separator.globalMatch(title); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        last = match.capturedStart();
        length = match.capturedLength();
    }
    if (last > 0) {
        parts.head = title.left(last).trimmed();
        parts.tail = title.mid(last + length).trimmed();
    }
    return parts;
}

// "https://www.news.example.co.uk/a" -> "news.example.co.uk"'s registrable
// part, "example.co.uk"; empty for anything but a web address.
QString registrableDomain(const QString &url)
{
    if (!isWebUrl(url))
        return {};
    QStringList labels = QUrl(url).host().toLower().split(u'.', Qt::SkipEmptyParts);
    if (labels.size() < 2)
        return labels.join(u'.');
    static const QStringList secondLevel = {u"co"_s, u"com"_s, u"org"_s, u"net"_s, u"gov"_s,
                                            u"ac"_s, u"edu"_s, u"ne"_s, u"or"_s, u"gob"_s};
    const bool countryPair = labels.size() >= 3 && labels.last().size() == 2
        && secondLevel.contains(labels.at(labels.size() - 2));
    const qsizetype keep = countryPair ? 3 : 2;
    return labels.mid(labels.size() - keep).join(u'.');
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

// The page's <title> less the site's name after it, when what comes before
// is a headline of some words that the page's own headline repeats or that
// a name of few words follows ("Council votes on the budget – My Town").
QString MetadataCollector::pageTitle(const QString &outlet) const
{
    const TitleParts parts = splitTitle(m_title);
    if (!parts.isSplit())
        return m_title;
    // A few words before a separator may as well be a section's or a
    // series' name as a headline ("Mozilla - Wikipedia", "Evolve: Shared
    // Mutable History — evolve extension for Mercurial"): the whole title
    // says more than such a part.
    constexpr int MinHeadlineWords = 5;
    constexpr int MaxSiteNameWords = 3;
    if (lineshape::wordCount(parts.head) < MinHeadlineWords)
        return withoutOutletSuffix(m_title, outlet);
    const QString head = comparableTitle(parts.head);
    if (std::any_of(m_headings.begin(), m_headings.end(),
                    [&](const QString &heading) { return comparableTitle(heading) == head; })
        || lineshape::wordCount(parts.tail) <= MaxSiteNameWords)
        return parts.head;
    return withoutOutletSuffix(m_title, outlet);
}

// A page that does not name its outlet is known by its address: by the name
// the page gives itself where that name is the address's ("The Daily" for
// thedaily.example), else by the address itself.
QString MetadataCollector::outletFromAddress(const QString &url) const
{
    const QString domain = registrableDomain(url);
    if (domain.isEmpty())
        return {};
    const QString label = comparableTitle(domain.section(u'.', 0, 0));
    QStringList names = {metaContent({u"application-name"}), metaContent({u"apple-mobile-web-app-title"})};
    const TitleParts parts = splitTitle(m_title);
    if (parts.isSplit())
        names << parts.head << parts.tail;
    for (const QString &name : std::as_const(names)) {
        if (!name.isEmpty() && comparableTitle(name) == label)
            return name;
    }
    return domain;
}

ArticleMetadata MetadataCollector::resolve(const QString &pageUrl) const
{
    ArticleMetadata meta = fromJsonLd();
    fillGaps(meta, fromDublinCore());
    fillGaps(meta, fromOpenGraph());
    fillGaps(meta, fromMetaNames());
    if (meta.title.isEmpty())
        meta.title = pageTitle(meta.outlet);
    meta.title = withoutOutletSuffix(meta.title, meta.outlet);
    meta.byline = withoutByPrefix(meta.byline);
    if (meta.url.isEmpty() && isWebUrl(pageUrl))
        meta.url = pageUrl;
    if (meta.outlet.isEmpty())
        meta.outlet = outletFromAddress(meta.url);
    return meta;
}


} // namespace

QString comparableTitle(const QString &title)
{
    QString folded;
    for (QChar c : title.toCaseFolded()) {
        if (c.isLetterOrNumber())
            folded.append(c);
    }
    return folded;
}

ArticleMetadata collectMetadata(const GumboNode *document, const QString &pageUrl)
{
    MetadataCollector metadata;
    walk(document, metadata);
    return metadata.resolve(pageUrl);
}

} // namespace parallax::htmlreader
