#include "HtmlReader.h"

#include "ArticleFinder_p.h"
#include "GumboTree_p.h"
#include "HtmlBlocks_p.h"
#include "HtmlMetadata_p.h"
#include "HtmlStructureLimiter_p.h"
#include "PageLanguage_p.h"

namespace parallax {
namespace {

using namespace htmlreader;

// The headline usually stands above the article's container; it is kept as
// the article's heading when it says what the page's title says.
void keepHeadline(std::vector<PageBlock> &blocks, std::vector<QString> &reasons, const QString &title)
{
    const QString wanted = comparableTitle(title);
    if (wanted.isEmpty())
        return;
    for (size_t i = 0; i < blocks.size(); ++i) {
        if (reasons[i].isEmpty())
            return; // the article began without it
        if (blocks[i].block.role == BlockRole::Heading && reasons[i] == u"outside"
            && comparableTitle(blocks[i].block.text) == wanted) {
            reasons[i].clear();
            return;
        }
    }
}

} // namespace

ParsedDocument readHtml(QStringView html, const QString &pageUrl)
{
    const QByteArray bounded = limitStructure(html.toUtf8());

    GumboArena arena;
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &GumboArena::allocate;
    options.deallocator = &GumboArena::deallocate;
    options.userdata = &arena;
    options.max_errors = 0; // parse errors are of no use to us and cost memory
    const GumboOutput *output = gumbo_parse_with_options(&options, bounded.constData(),
                                                         size_t(bounded.size()));

    ParsedDocument document;
    document.meta = collectMetadata(output->document, pageUrl);
    document.declaredLanguage = declaredLanguage(output->document);
    std::vector<PageBlock> blocks = collectBlocks(output->document);
    const ArticleFinder finder(output->document, blocks);
    std::vector<QString> reasons = finder.furnitureReasons();
    keepHeadline(blocks, reasons, document.meta.title);
    if (document.meta.byline.isEmpty())
        document.meta.byline = finder.visibleByline();

    document.articleLocated = true;
    document.blocks.reserve(qsizetype(blocks.size()));
    for (size_t i = 0; i < blocks.size(); ++i) {
        ParsedBlock block = std::move(blocks[i].block);
        if (!reasons[i].isEmpty()) {
            block.role = BlockRole::Furniture;
            block.roleFromStructure = true;
            block.reason = std::move(reasons[i]);
        }
        document.blocks.append(std::move(block));
    }
    return document;
}

} // namespace parallax
