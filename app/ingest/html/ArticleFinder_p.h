#pragma once

// Finding the article in a page by what the page holds; private to the HTML
// reader.

#include "HtmlBlocks_p.h"

#include <QString>

#include <vector>

namespace parallax::htmlreader {

// Decides, for each block of a page, whether it is the article's text, and
// if not, why not (a reason code, see furnitureReasonText()).
//
// Containers are scored by the prose they hold, the way the published
// descriptions of Readability, boilerpipe and jusText do it: paragraphs of
// some length add to their parent and, less, to their ancestors, more for
// commas and length; link-heavy text counts less. The best container, with
// siblings that continue the story, is the article. Class and id words,
// <article>, <main> and schema.org articleBody only add or take away score:
// no name alone can discard a paragraph, and no element that holds the
// article's best container is ever furniture, whatever it is called.
// Inside the article, navigation, comment threads, sharing and ad slots,
// link lists and bylines are furniture.
class ArticleFinder final
{
public:
    ArticleFinder(const GumboNode *document, const std::vector<PageBlock> &blocks);

    // One entry a block: empty for the article's text, else the reason code.
    const std::vector<QString> &furnitureReasons() const { return m_reasons; }

    // The byline as the page prints it ("By Ann Lee"), from the element it
    // names as one in or above the article; empty when none is.
    QString visibleByline() const { return m_byline; }

private:
    std::vector<QString> m_reasons;
    QString m_byline;
};

} // namespace parallax::htmlreader
