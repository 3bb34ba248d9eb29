#include "HtmlReader.h"

#include "GumboTree_p.h"
#include "HtmlBlocks_p.h"
#include "HtmlMetadata_p.h"
#include "HtmlStructureLimiter_p.h"

namespace parallax {

ParsedDocument readHtml(QStringView html)
{
    using namespace htmlreader;
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
    document.blocks = collectBlocks(output->document);
    document.meta = collectMetadata(output->document);
    return document;
}

} // namespace parallax
