#include "ClassWords_p.h"

#include "GumboTree_p.h"

#include <QHash>

namespace parallax::htmlreader {
namespace {

using namespace Qt::StringLiterals;
using M = ClassMeaning;

const QHash<QString, ClassMeanings> &vocabulary()
{
    static const QHash<QString, ClassMeanings> words = [] {
        QHash<QString, ClassMeanings> table;
        const auto add = [&table](std::initializer_list<QString> list, ClassMeanings meanings) {
            for (const QString &word : list)
                table[word] |= meanings;
        };
        add({u"article"_s, u"body"_s, u"content"_s, u"entry"_s, u"hentry"_s, u"main"_s, u"post"_s,
             u"text"_s, u"blog"_s, u"story"_s, u"prose"_s, u"column"_s},
            M::Content);
        add({u"ad"_s, u"ads"_s, u"advert"_s, u"adverts"_s, u"advertisement"_s, u"advertising"_s,
             u"promotion"_s, u"promoted"_s, u"sponsor"_s, u"cookie"_s, u"cookies"_s, u"consent"_s,
             u"gdpr"_s, u"share"_s, u"sharing"_s, u"sharebar"_s, u"social"_s, u"sidebar"_s,
             u"breadcrumb"_s, u"breadcrumbs"_s, u"popup"_s, u"modal"_s, u"paywall"_s,
             u"skyscraper"_s, u"banner"_s, u"masthead"_s, u"navbar"_s, u"nav"_s, u"navigation"_s,
             u"menu"_s, u"footer"_s, u"widget"_s, u"toolbar"_s, u"pagination"_s, u"pager"_s},
            M::Furniture);
        add({u"promo"_s, u"promos"_s, u"sponsored"_s, u"related"_s, u"newsletter"_s,
             u"newsletters"_s, u"subscribe"_s, u"subscription"_s, u"comment"_s, u"comments"_s,
             u"disqus"_s, u"replies"_s, u"outbrain"_s, u"taboola"_s, u"recommended"_s,
             u"trending"_s},
            M::Furniture | M::OthersText);
        add({u"respond"_s}, M::OthersText);
        add({u"legend"_s, u"legends"_s, u"gallery"_s, u"slideshow"_s, u"carousel"_s},
            M::Captions | M::OthersText);
        add({u"caption"_s, u"captions"_s}, M::Captions);
        add({u"hidden"_s, u"hid"_s, u"meta"_s, u"tags"_s, u"tag"_s, u"contact"_s, u"shopping"_s,
             u"combx"_s, u"scroll"_s, u"shoutbox"_s, u"supplemental"_s, u"extra"_s, u"remark"_s,
             u"rss"_s, u"community"_s, u"header"_s, u"media"_s},
            M::Unlikely);
        add({u"byline"_s, u"byl"_s, u"author"_s, u"authors"_s, u"dateline"_s, u"writtenby"_s},
            M::Byline);
        add({u"title"_s, u"role"_s, u"job"_s, u"position"_s}, M::AuthorsJob);
        return table;
    }();
    return words;
}

// "articlebody", "storycontent", "postbody": content words run together.
bool startsLikeContent(const QString &word)
{
    return word.startsWith(u"article"_s) || word.startsWith(u"story"_s)
        || word.startsWith(u"content"_s) || word.startsWith(u"post"_s);
}

// Words of a class or id, lower case, split at punctuation and camelCase
// humps: "related-stories", "relatedStories" and "ad_slot" all split.
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

} // namespace

ClassWords classWordsOf(const GumboNode *element)
{
    ClassWords found;
    const GumboVector &attributes = element->v.element.attributes;
    if (!gumbo_get_attribute(&attributes, "class") && !gumbo_get_attribute(&attributes, "id"))
        return found;
    QString captionsWord;
    const QStringList words = identifierWords(attribute(element, "class") + u' ' + attribute(element, "id"));
    for (const QString &word : words) {
        const ClassMeanings meanings = vocabulary().value(word);
        found.meanings |= meanings;
        if (startsLikeContent(word))
            found.meanings |= M::Content;
        if (found.furnitureWord.isEmpty() && meanings.testFlag(M::Furniture))
            found.furnitureWord = word;
        if (captionsWord.isEmpty() && meanings.testFlag(M::Captions))
            captionsWord = word;
    }
    if (found.furnitureWord.isEmpty())
        found.furnitureWord = captionsWord;
    return found;
}

} // namespace parallax::htmlreader
