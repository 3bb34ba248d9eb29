#include "PageLanguage_p.h"

#include "GumboTree_p.h"
#include "ingest/LanguageDetector.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace parallax::htmlreader {
namespace {

const GumboNode *childElement(const GumboNode *parent, GumboTag tag)
{
    const GumboVector *children = childrenOf(parent);
    for (unsigned int i = 0; children && i < children->length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children->data[i]);
        if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == tag)
            return child;
    }
    return nullptr;
}

// The <meta> tags of the head, by what they claim, in order of trust.
QStringList metaClaims(const GumboNode *head)
{
    QString httpEquiv, locale, named;
    const GumboVector *children = childrenOf(head);
    for (unsigned int i = 0; children && i < children->length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children->data[i]);
        if (child->type != GUMBO_NODE_ELEMENT || child->v.element.tag != GUMBO_TAG_META)
            continue;
        const QString content = attribute(child, "content");
        if (attribute(child, "http-equiv").compare(u"content-language", Qt::CaseInsensitive) == 0)
            httpEquiv = content;
        const QString key = (attribute(child, "property") + u' ' + attribute(child, "name")).toLower();
        const QStringList keys = key.split(u' ', Qt::SkipEmptyParts);
        if (keys.contains(u"og:locale"))
            locale = content;
        if (keys.contains(u"language") || keys.contains(u"dc.language") || keys.contains(u"dcterms.language"))
            named = content;
    }
    return {httpEquiv, locale, named};
}

} // namespace

QString declaredLanguage(const GumboNode *document)
{
    const GumboNode *html = childElement(document, GUMBO_TAG_HTML);
    if (!html)
        return {};
    QStringList claims = {attribute(html, "lang"), attribute(html, "xml:lang")};
    if (const GumboNode *head = childElement(html, GUMBO_TAG_HEAD))
        claims += metaClaims(head);
    for (const QString &claim : std::as_const(claims)) {
        const QString tag = LanguageDetector::primaryTag(claim);
        if (!tag.isEmpty())
            return tag;
    }
    return {};
}

} // namespace parallax::htmlreader
