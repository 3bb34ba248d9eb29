#include "ArticleFinder_p.h"

#include "ClassWords_p.h"
#include "GumboTree_p.h"
#include "HtmlNames_p.h"

#include <QRegularExpression>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace parallax::htmlreader {
namespace {

using namespace Qt::StringLiterals;

// A paragraph shorter than this says too little to vote for its container.
constexpr int MinScoredChars = 25;
// More commas than this in one paragraph say nothing more about it.
constexpr int MaxScoredCommas = 20;
// How far up a paragraph's score reaches.
constexpr int ScoredAncestorLevels = 5;
// Class and id words, schema.org, <article> and <main> are evidence of this
// weight; a long paragraph is worth about 4, a container of ten about 40.
constexpr double NameWeight = 25;
// A form or a gallery needs twice the prose of a plain container to win.
constexpr double NotProseFactor = 0.5;
// An element holding this share of the article's text is the article,
// whatever its name says.
constexpr double ArticleShare = 0.5;
// Text with this many commas is prose, whatever its links.
constexpr int ProseCommas = 10;
// A byline is a short line.
constexpr int MaxBylineChars = 100;

struct ElementStats {
    double chars = 0;
    double proseChars = 0; // in paragraphs that read as prose
    double namedProseChars = 0; // of those, under a descendant named as not the article
    double linkChars = 0;
    int commas = 0;
    int paragraphs = 0;
    int listItems = 0;
    int controls = 0; // form fields and buttons
    int images = 0;
    double score = 0;
    bool candidate = false;

    double linkDensity() const { return chars > 0 ? linkChars / chars : 0; }
    void add(const ElementStats &other)
    {
        chars += other.chars;
        proseChars += other.proseChars;
        namedProseChars += other.namedProseChars;
        linkChars += other.linkChars;
        commas += other.commas;
        paragraphs += other.paragraphs;
        listItems += other.listItems;
        controls += other.controls;
        images += other.images;
    }
};

using StatsMap = std::unordered_map<const GumboNode *, ElementStats>;

bool isElement(const GumboNode *node)
{
    return node && node->type == GUMBO_NODE_ELEMENT;
}

GumboTag tagOf(const GumboNode *node)
{
    return node->v.element.tag;
}

int commasIn(const QString &text)
{
    return int(std::count_if(text.begin(), text.end(), [](QChar c) {
        return c == u',' || c == u'\u060C' || c == u'\uFF0C' || c == u'\u3001' || c == u'\uFE50';
    }));
}

// Elements whose own text is a paragraph that votes for its container.
bool isParagraphLike(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_TD: case GUMBO_TAG_PRE: case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_BODY:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_FONT: case GUMBO_TAG_CENTER: case GUMBO_TAG_BLOCKQUOTE:
        return true;
    default:
        return false;
    }
}

double tagWeight(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_DIV:
        return 5;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE:
        return 3;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM:
        return -3;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TH:
        return -5;
    default:
        return 0;
    }
}

// What class, id, itemprop and the element itself say of an element as the
// article's container: evidence, weighed with the prose it holds.
double nameWeight(const GumboNode *element)
{
    double weight = 0;
    const ClassMeanings meanings = classWordsOf(element).meanings;
    if (meanings.testFlag(ClassMeaning::Content)
        || attribute(element, "itemprop").contains(u"articleBody"_s, Qt::CaseInsensitive))
        weight += NameWeight;
    if (meanings & (ClassMeaning::Furniture | ClassMeaning::Captions | ClassMeaning::Unlikely))
        weight -= NameWeight;
    if (tagOf(element) == GUMBO_TAG_ARTICLE || tagOf(element) == GUMBO_TAG_MAIN)
        weight += NameWeight / 2;
    return weight;
}

// The characters of a block that read as a paragraph of the story: long
// enough or ending a sentence, and not mostly links.
double proseChars(const PageBlock &page)
{
    static const QRegularExpression sentenceEnd(uR"([.!?\x{3002}\x{FF01}\x{FF1F}\x{061F}]["'\x{201D}\x{2019})]?\s*$)"_s);
    const QString &text = page.block.text;
    const double chars = double(text.size());
    if (chars < MinScoredChars || page.linkChars > chars / 2)
        return 0;
    constexpr int LongParagraphChars = 80;
    if (chars < LongParagraphChars && !text.contains(sentenceEnd))
        return 0;
    return chars - page.linkChars;
}

enum class Asides { Count, Ignore };

bool isInsideOtherPeoplesText(const GumboNode *element, Asides asides = Asides::Count)
{
    // Classes on <body> describe the page, not a part of it.
    for (const GumboNode *node = element; isElement(node) && tagOf(node) != GUMBO_TAG_BODY;
         node = node->parent) {
        if (asides == Asides::Count && (tagOf(node) == GUMBO_TAG_ASIDE || tagOf(node) == GUMBO_TAG_NAV))
            return true;
        if (hasMeaning(node, ClassMeaning::OthersText))
            return true;
    }
    return false;
}

// Navigation, asides, footers and elements whose class or id names furniture,
// comments or captions: what they hold is evidence against the article.
bool isNamedNotArticle(const GumboNode *element)
{
    switch (tagOf(element)) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER:
        return true;
    default:
        break;
    }
    return bool(classWordsOf(element).meanings
                & (ClassMeaning::Furniture | ClassMeaning::Captions | ClassMeaning::Unlikely));
}

bool isFormControl(GumboTag tag)
{
    return tag == GUMBO_TAG_INPUT || tag == GUMBO_TAG_SELECT || tag == GUMBO_TAG_TEXTAREA
        || tag == GUMBO_TAG_BUTTON;
}

bool isAncestorOrSelf(const GumboNode *ancestor, const GumboNode *node)
{
    for (; node; node = node->parent) {
        if (node == ancestor)
            return true;
    }
    return false;
}

int elementChildCount(const GumboNode *node)
{
    const GumboVector *children = childrenOf(node);
    int count = 0;
    for (unsigned int i = 0; children && i < children->length; ++i)
        count += isElement(static_cast<const GumboNode *>(children->data[i])) ? 1 : 0;
    return count;
}

bool namesByline(const GumboNode *element)
{
    if (attribute(element, "rel").split(u' ').contains(u"author"_s, Qt::CaseInsensitive))
        return true;
    if (attribute(element, "itemprop").contains(u"author"_s, Qt::CaseInsensitive))
        return true;
    return hasMeaning(element, ClassMeaning::Byline);
}

// A line of dates and times ("Sunday, Feb 1, 2015 11:57 AM UTC", "8h") names
// nobody, whatever its class says.
bool isOnlyDate(const QString &text)
{
    static const QRegularExpression dateWords(
        uR"(\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(am|pm|utc|gmt|[a-z]st|[a-z]dt|updated|published|posted|ago)\b|\d+[hmd]?\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString rest = text;
    rest.remove(dateWords);
    return std::count_if(rest.begin(), rest.end(), [](QChar c) { return c.isLetter(); }) < 2;
}

// A byline names people: most of its words are capitalised where the script
// has capitals ("By Ann Lee and Bo Chen", "por César Salza"), unlike a
// teaser's headline that happens to sit in an "author" box.
bool readsAsNames(const QString &text)
{
    static const QStringList joining = {u"by"_s, u"and"_s, u"par"_s, u"por"_s, u"von"_s, u"de"_s,
                                        u"la"_s, u"du"_s, u"der"_s, u"van"_s, u"y"_s, u"et"_s, u"und"_s,
                                        u"e"_s, u"di"_s, u"da"_s, u"in"_s, u"with"_s, u"for"_s};
    int capitalised = 0, lower = 0;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const auto first = std::find_if(word.begin(), word.end(), [](QChar c) { return c.isLetter(); });
        if (first == word.end() || (!first->isUpper() && !first->isLower()))
            continue;
        if (first->isUpper())
            ++capitalised;
        else if (!joining.contains(word.toLower()))
            ++lower;
    }
    return lower <= capitalised;
}

// Inside a byline the names themselves are often marked again ("By <span
// class=author-name>Ann Lee</span>, May 2"): those names, joined, are the
// byline; otherwise the whole line is. Bylines are short (the search reads
// only elements of a few hundred characters), so the nested search is too.
class BylineNames final
{
public:
    explicit BylineNames(const GumboNode *byline) : m_byline(byline) { }

    bool enter(const GumboNode *node)
    {
        if (node == m_byline)
            return true;
        if (node->type != GUMBO_NODE_ELEMENT)
            return false;
        if (hasMeaning(node, ClassMeaning::AuthorsJob)) {
            hasRole = true;
            return false;
        }
        const bool name = namesByline(node)
            || attribute(node, "itemprop").compare(u"name"_s, Qt::CaseInsensitive) == 0;
        if (!name)
            return true;
        // A marked part holding marked parts ("by <a rel=author>…</a>,
        // May 2") gives the innermost names.
        BylineNames inner(node);
        walk(node, inner);
        const QStringList found = inner.names.isEmpty() ? QStringList{visibleText(node).simplified()} : inner.names;
        for (const QString &text : found) {
            if (!text.isEmpty() && !isOnlyDate(text) && !names.contains(text))
                names.append(text);
        }
        return false;
    }
    void leave(const GumboNode *) { }

    QStringList names;
    bool hasRole = false; // the line gives the author's job too ("Games Editor")

private:
    const GumboNode *m_byline;
};

// The line as printed ("By Ann Lee"), unless it also dates the article or
// gives the author's job ("By Ann Lee, 5 May 2024", "Ann Lee Games
// Editor"): then the names it marks.
QString bylineText(const GumboNode *byline)
{
    const QString line = visibleText(byline).simplified();
    BylineNames inside(byline);
    walk(byline, inside);
    if (inside.names.isEmpty())
        return line;
    QString rest = line;
    for (const QString &name : std::as_const(inside.names))
        rest.remove(name);
    static const QRegularExpression label(uR"(^\W*(by|par|por|von|di|door)\b|\b(and|et|y|und|e|en)\b|\W)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    rest.remove(label);
    const bool dated = std::any_of(rest.begin(), rest.end(), [](QChar c) { return c.isDigit(); });
    return dated || inside.hasRole ? inside.names.join(u", ") : line;
}

// Sums what each element holds, children first, in one pass over the tree.
class StatsCollector final
{
public:
    StatsCollector(const std::vector<PageBlock> &blocks, StatsMap &stats) : m_stats(stats)
    {
        for (const PageBlock &page : blocks) {
            if (page.hidden || !page.owner)
                continue;
            ElementStats &own = m_own[page.owner];
            own.chars += double(page.block.text.size());
            own.proseChars += proseChars(page);
            own.linkChars += page.linkChars;
            own.commas += commasIn(page.block.text);
            own.paragraphs += tagOf(page.owner) == GUMBO_TAG_P ? 1 : 0;
            own.listItems += tagOf(page.owner) == GUMBO_TAG_LI ? 1 : 0;
        }
    }

    bool enter(const GumboNode *node)
    {
        if (node->type != GUMBO_NODE_DOCUMENT && node->type != GUMBO_NODE_ELEMENT)
            return false;
        const auto own = m_own.find(node);
        m_stack.push_back(own == m_own.end() ? ElementStats{} : own->second);
        if (node->type == GUMBO_NODE_ELEMENT && isFormControl(tagOf(node)))
            m_stack.back().controls += 1;
        if (node->type == GUMBO_NODE_ELEMENT && tagOf(node) == GUMBO_TAG_IMG)
            m_stack.back().images += 1;
        return true;
    }

    void leave(const GumboNode *node)
    {
        ElementStats done = m_stack.back();
        m_stack.pop_back();
        if (done.chars > 0 || done.controls > 0 || done.images > 0)
            m_stats[node] = done;
        if (m_stack.empty())
            return;
        if (done.proseChars > 0 && isElement(node) && isNamedNotArticle(node))
            done.namedProseChars = done.proseChars;
        m_stack.back().add(done);
    }

private:
    StatsMap &m_stats;
    StatsMap m_own;
    std::vector<ElementStats> m_stack;
};

// The whole decision for one page.
class Decision final
{
public:
    Decision(const GumboNode *document, const std::vector<PageBlock> &blocks)
        : m_blocks(blocks)
    {
        StatsCollector collector(blocks, m_stats);
        walk(document, collector);
        scoreParagraphs();
        chooseArticle();
    }

    std::vector<QString> reasons(const GumboNode *document, QString *byline)
    {
        const GumboNode *bylineElement = findByline(document);
        if (bylineElement)
            *byline = bylineText(bylineElement);
        std::vector<QString> reasons;
        reasons.reserve(m_blocks.size());
        for (const PageBlock &page : m_blocks) {
            if (page.hidden) {
                reasons.push_back(u"hidden"_s);
                continue;
            }
            QString reason = verdictOf(page.owner).reason;
            if ((reason.isEmpty() || reason == u"outside"_s)
                && (isBylineBlock(page, bylineElement) || namesBylineNearby(page)))
                reason = u"byline"_s;
            reasons.push_back(reason);
        }
        return reasons;
    }

private:
    struct Verdict {
        bool inArticle = false;
        QString reason;
    };

    void scoreParagraphs()
    {
        for (const PageBlock &page : m_blocks) {
            if (page.hidden || !isElement(page.owner) || !isParagraphLike(tagOf(page.owner)))
                continue;
            const QString &text = page.block.text;
            if (text.size() < MinScoredChars)
                continue;
            // Lists of names in links ("kudos from a, b, c…") are not prose,
            // however many commas they hold.
            const double prose = 1 - double(page.linkChars) / double(text.size());
            const double score = (1 + std::min(commasIn(text), MaxScoredCommas)
                                  + std::min(double(text.size()) / 100, 3.0)) * prose;
            const GumboNode *ancestor = page.owner->parent;
            for (int level = 0; level < ScoredAncestorLevels && isElement(ancestor);
                 ++level, ancestor = ancestor->parent) {
                ElementStats &stats = m_stats[ancestor];
                if (!stats.candidate) {
                    stats.candidate = true;
                    stats.score = tagWeight(tagOf(ancestor)) + nameWeight(ancestor);
                    m_candidates.push_back(ancestor);
                }
                stats.score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }
        for (const GumboNode *candidate : m_candidates) {
            ElementStats &stats = m_stats[candidate];
            stats.score *= 1 - stats.linkDensity();
            // Inside a comment thread, a list of other stories, a sign-up
            // form or a gallery's captions, even a good paragraph is not
            // the story's.
            if (isInsideOtherPeoplesText(candidate))
                stats.score *= NotProseFactor;
            // A container with more fields than a third of its paragraphs
            // is a form, even when it explains itself at length; one with a
            // picture for every paragraph is a gallery, its text captions.
            if (stats.controls > std::max(1, stats.paragraphs / 3))
                stats.score *= NotProseFactor;
            constexpr int MinGalleryImages = 3;
            if (stats.images >= MinGalleryImages && stats.images >= stats.paragraphs)
                stats.score *= NotProseFactor;
        }
    }

    double scoreOf(const GumboNode *node) const
    {
        const auto found = m_stats.find(node);
        return found != m_stats.end() && found->second.candidate ? found->second.score : 0;
    }

    const ElementStats &statsOf(const GumboNode *node) const
    {
        static const ElementStats none;
        const auto found = m_stats.find(node);
        return found == m_stats.end() ? none : found->second;
    }

    void chooseArticle()
    {
        if (m_candidates.empty()) {
            m_top = bodyOf();
            if (m_top)
                m_roots.insert(m_top);
            return;
        }
        std::stable_sort(m_candidates.begin(), m_candidates.end(),
                         [this](const GumboNode *a, const GumboNode *b) { return scoreOf(a) > scoreOf(b); });
        m_top = m_candidates.front();
        preferSharedAncestor();
        climbWhileParentsScoreHigher();
        climbToHoldTheProse();
        while (isElement(m_top->parent) && tagOf(m_top->parent) != GUMBO_TAG_BODY
               && elementChildCount(m_top->parent) == 1)
            m_top = m_top->parent;
        addContinuingSiblings();
        m_articleChars = 0;
        for (const GumboNode *root : m_roots)
            m_articleChars += statsOf(root).chars;
    }

    const GumboNode *bodyOf() const
    {
        for (const PageBlock &page : m_blocks) {
            for (const GumboNode *node = page.owner; isElement(node); node = node->parent) {
                if (tagOf(node) == GUMBO_TAG_BODY)
                    return node;
            }
        }
        return nullptr;
    }

    // When several near-best candidates sit under one ancestor, the article
    // is split across them (sections, pages of a story) and the ancestor is it.
    void preferSharedAncestor()
    {
        const double topScore = scoreOf(m_top);
        std::vector<const GumboNode *> alternatives;
        for (size_t i = 1; i < m_candidates.size() && i < 5; ++i) {
            if (scoreOf(m_candidates[i]) >= topScore * 0.75)
                alternatives.push_back(m_candidates[i]);
        }
        constexpr int MinAlternatives = 3;
        if (int(alternatives.size()) < MinAlternatives)
            return;
        for (const GumboNode *parent = m_top->parent; isElement(parent) && tagOf(parent) != GUMBO_TAG_BODY;
             parent = parent->parent) {
            const auto holds = std::count_if(alternatives.begin(), alternatives.end(),
                                             [&](const GumboNode *alt) { return isAncestorOrSelf(parent, alt); });
            if (holds >= MinAlternatives) {
                m_top = parent;
                return;
            }
        }
    }

    // A parent that scores higher than the best candidate holds more of
    // the story; one that scores far lower holds mostly other things.
    void climbWhileParentsScoreHigher()
    {
        double lastScore = scoreOf(m_top);
        const double threshold = lastScore / 3;
        for (const GumboNode *parent = m_top->parent; isElement(parent) && tagOf(parent) != GUMBO_TAG_BODY;
             parent = parent->parent) {
            if (!statsOf(parent).candidate)
                continue;
            const double parentScore = scoreOf(parent);
            if (parentScore < threshold)
                break;
            if (parentScore > lastScore) {
                m_top = parent;
                break;
            }
            lastScore = parentScore;
        }
    }

    // The container that holds the most prose for the least of anything
    // else: a best container holding only the standfirst, one step of a
    // how-to or one quoted passage grows to the story around it, while one
    // that already holds the story does not take in the page.
    // Prose under elements named as not the article (comments, galleries,
    // related links) counts as other text, except on the way up from the best
    // container, whatever that is named.
    void climbToHoldTheProse()
    {
        constexpr double OtherTextCost = 1.0;
        const auto worth = [](double prose, double chars) { return prose - OtherTextCost * (chars - prose); };
        const ElementStats &top = statsOf(m_top);
        double prose = top.proseChars - top.namedProseChars;
        double best = worth(prose, top.chars);
        const GumboNode *child = m_top;
        for (const GumboNode *parent = m_top->parent; isElement(parent) && tagOf(parent) != GUMBO_TAG_HTML;
             child = parent, parent = parent->parent) {
            prose += proseBeside(parent, child);
            const double parentWorth = worth(prose, statsOf(parent).chars);
            if (parentWorth > best) {
                best = parentWorth;
                m_top = parent;
            }
        }
    }

    // The prose a parent holds besides that of one child: its own, and its
    // other children's that are not named as something else.
    double proseBeside(const GumboNode *parent, const GumboNode *child) const
    {
        double prose = statsOf(parent).proseChars;
        const GumboVector *children = childrenOf(parent);
        for (unsigned int i = 0; children && i < children->length; ++i) {
            const auto *each = static_cast<const GumboNode *>(children->data[i]);
            if (!isElement(each))
                continue;
            const ElementStats &stats = statsOf(each);
            prose -= stats.proseChars;
            if (each != child && !isNamedNotArticle(each))
                prose += stats.proseChars - stats.namedProseChars;
        }
        return prose;
    }

    // Siblings of the best container that continue the story: other
    // containers with a good share of its score, and paragraphs of prose.
    void addContinuingSiblings()
    {
        m_roots.insert(m_top);
        const GumboNode *parent = m_top->parent;
        if (!isElement(parent))
            return;
        const double topScore = scoreOf(m_top);
        const double threshold = std::max(10.0, topScore * 0.2);
        const QString topClass = attribute(m_top, "class");
        const GumboVector *children = childrenOf(parent);
        for (unsigned int i = 0; children && i < children->length; ++i) {
            const auto *sibling = static_cast<const GumboNode *>(children->data[i]);
            if (!isElement(sibling) || sibling == m_top)
                continue;
            const double bonus = !topClass.isEmpty() && attribute(sibling, "class") == topClass
                ? topScore * 0.2 : 0;
            const ElementStats &stats = statsOf(sibling);
            bool append = stats.candidate && stats.score + bonus >= threshold;
            if (!append && tagOf(sibling) == GUMBO_TAG_P && stats.chars > 0) {
                const double density = stats.linkDensity();
                // A long paragraph with few links, or a short one without
                // links that ends a sentence (proseChars says so).
                append = (stats.chars > 80 && density < 0.25) || (density == 0 && stats.proseChars > 0);
            }
            if (append)
                m_roots.insert(sibling);
        }
    }

    // Why an element inside the article is not part of its text, if it is not.
    QString ownReason(const GumboNode *element) const
    {
        if (isAncestorOrSelf(element, m_top))
            return {};
        const ElementStats &stats = statsOf(element);
        const bool holdsArticle = m_articleChars > 0 && stats.chars >= m_articleChars * ArticleShare;
        switch (tagOf(element)) {
        case GUMBO_TAG_NAV:
            return u"navigation"_s;
        case GUMBO_TAG_ASIDE:
            return holdsArticle ? QString() : u"aside"_s;
        case GUMBO_TAG_FOOTER:
            return holdsArticle ? QString() : u"footer"_s;
        case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
        case GUMBO_TAG_TEXTAREA:
            return holdsArticle ? QString() : u"form"_s;
        default:
            break;
        }
        const QByteArray role = attribute(element, "role").trimmed().toLower().toLatin1();
        if (isOneOf(role, {"navigation", "banner", "contentinfo", "complementary", "menu", "menubar",
                           "dialog", "alert", "alertdialog", "search"}))
            return holdsArticle ? QString() : u"navigation"_s;
        const QString word = classWordsOf(element).furnitureWord;
        if (!word.isEmpty() && !holdsArticle)
            return u"named:"_s + word;
        if (isLinkList(element, stats))
            return u"links"_s;
        return {};
    }

    static bool isLinkList(const GumboNode *element, const ElementStats &stats)
    {
        switch (tagOf(element)) {
        case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION:
        case GUMBO_TAG_TABLE: case GUMBO_TAG_DL:
            break;
        default:
            return false;
        }
        if (stats.commas >= ProseCommas || stats.chars <= 0)
            return false;
        const double density = stats.linkDensity();
        return density > 0.5 || (stats.listItems > stats.paragraphs && density > 0.33);
    }

    Verdict verdictOf(const GumboNode *owner)
    {
        if (!isElement(owner))
            return {false, u"outside"_s};
        std::vector<const GumboNode *> chain;
        const GumboNode *node = owner;
        Verdict known{false, u"outside"_s};
        for (; isElement(node); node = node->parent) {
            if (const auto found = m_verdicts.find(node); found != m_verdicts.end()) {
                known = found->second;
                break;
            }
            if (m_roots.count(node)) {
                known = {true, ownReasonOfRoot(node)};
                m_verdicts.emplace(node, known);
                break;
            }
            chain.push_back(node);
        }
        for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
            Verdict verdict = known;
            if (known.reason.isEmpty() || known.reason == u"outside"_s) {
                const QString own = ownReason(*it);
                if (!own.isEmpty())
                    verdict.reason = own;
            }
            m_verdicts.emplace(*it, verdict);
            known = verdict;
        }
        return known;
    }

    // A sibling taken in for its prose can still be an ad slot or a list of
    // links; the best container itself never is.
    QString ownReasonOfRoot(const GumboNode *root) const
    {
        return root == m_top ? QString() : ownReason(root);
    }

    // A short block named as a byline (or an author line) by its own
    // element or one of its near ancestors holding nothing longer.
    bool namesBylineNearby(const PageBlock &page) const
    {
        if (page.block.text.size() > MaxBylineChars)
            return false;
        const GumboNode *node = page.owner;
        for (int level = 0; level < 3 && isElement(node); ++level, node = node->parent) {
            if (statsOf(node).chars > MaxBylineChars)
                return false;
            if (namesByline(node))
                return true;
        }
        return false;
    }

    // The block is the byline, or a short line that holds it.
    static bool isBylineBlock(const PageBlock &page, const GumboNode *byline)
    {
        if (!byline || !isElement(page.owner))
            return false;
        return isAncestorOrSelf(byline, page.owner)
            || (isAncestorOrSelf(page.owner, byline) && page.block.text.size() <= MaxBylineChars * 3 / 2);
    }

    // The page's byline: the first element named as one (rel=author,
    // itemprop=author, a byline or author class) with a short text, in the
    // article or above it; else anywhere but in other people's text.
    const GumboNode *findByline(const GumboNode *document) const
    {
        BylineSearch search(m_roots, m_stats);
        walk(document, search);
        return search.nearArticle ? search.nearArticle : search.elsewhere;
    }

    class BylineSearch final
    {
    public:
        BylineSearch(const std::unordered_set<const GumboNode *> &roots, const StatsMap &stats)
            : m_roots(roots), m_stats(stats)
        {
        }

        bool enter(const GumboNode *node)
        {
            if (node->type == GUMBO_NODE_DOCUMENT)
                return true;
            if (node->type != GUMBO_NODE_ELEMENT || nearArticle)
                return false;
            switch (tagOf(node)) {
            case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NAV:
            case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG:
                return false;
            default:
                break;
            }
            if (m_roots.count(node))
                ++m_inRoots;
            // A blog's byline often stands in an <aside> beside the post.
            if (!namesByline(node) || isInsideOtherPeoplesText(node, Asides::Ignore))
                return true;
            // Counted text first: reading out a long element's text for
            // every byline-named element around it would be quadratic.
            const auto counted = m_stats.find(node);
            if (counted != m_stats.end() && counted->second.chars > MaxBylineChars * 4)
                return true;
            const QString text = visibleText(node).simplified();
            if (text.isEmpty() || text.size() > MaxBylineChars || isOnlyDate(text) || !readsAsNames(text))
                return true;
            if (m_inRoots > 0 || !m_passedRoots)
                nearArticle = node;
            else if (!elsewhere)
                elsewhere = node;
            if (m_roots.count(node))
                leave(node);
            return false;
        }

        void leave(const GumboNode *node)
        {
            if (m_roots.count(node)) {
                --m_inRoots;
                m_passedRoots = true;
            }
        }

        const GumboNode *nearArticle = nullptr;
        const GumboNode *elsewhere = nullptr;

    private:
        const std::unordered_set<const GumboNode *> &m_roots;
        const StatsMap &m_stats;
        int m_inRoots = 0;
        bool m_passedRoots = false;
    };

    const std::vector<PageBlock> &m_blocks;
    StatsMap m_stats;
    std::vector<const GumboNode *> m_candidates;
    const GumboNode *m_top = nullptr;
    std::unordered_set<const GumboNode *> m_roots;
    double m_articleChars = 0;
    std::unordered_map<const GumboNode *, Verdict> m_verdicts;
};

} // namespace

ArticleFinder::ArticleFinder(const GumboNode *document, const std::vector<PageBlock> &blocks)
{
    Decision decision(document, blocks);
    m_reasons = decision.reasons(document, &m_byline);
}

} // namespace parallax::htmlreader
