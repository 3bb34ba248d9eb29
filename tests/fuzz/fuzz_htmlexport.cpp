// The exported page of two fuzzed articles: whatever the articles say, the
// page carries no script and no element the articles wrote.
#include "FuzzSupport.h"
#include "align/Aligner.h"
#include "export/HtmlExport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace parallax;
    const auto [first, second] = fuzz::splitInTwo(fuzz::bytes(data, size));
    std::optional<Article> a = fuzz::readArticle(first);
    std::optional<Article> b = fuzz::readArticle(second);
    if (!a || !b)
        return 0;
    // Metadata straight from the fuzzer too, not only what the readers keep.
    a->meta.title = QString::fromUtf8(second.left(200));
    a->meta.url = QString::fromUtf8(first.left(200));
    b->sourcePath = QString::fromUtf8(first.right(100));
    const QList<Article> articles = {*a, *b};
    const QByteArray page = comparisonHtml(articles, compareArticles(articles));
    // Text is escaped, so "<script" can only be markup; a link's target is
    // a fragment of the page or an http(s) URL, never "javascript:" and
    // the like (which may well appear, inert, in the text). An attribute
    // follows a space; "a%20href=" closing a URL's query is not one.
    const QByteArray lower = page.toLower();
    if (const qsizetype at = lower.indexOf("<script"); at >= 0)
        fuzz::broken("the page holds no script", page, at);
    for (qsizetype at = lower.indexOf(" href=\""); at >= 0; at = lower.indexOf(" href=\"", at + 1)) {
        const QByteArray target = lower.mid(at + 7, 8);
        if (!target.startsWith('#') && !target.startsWith("http://") && !target.startsWith("https://"))
            fuzz::broken("links go to the page itself or to http(s)", page, at);
    }
    if (!page.endsWith("</html>\n"))
        fuzz::broken("the page is whole");
    return 0;
}
