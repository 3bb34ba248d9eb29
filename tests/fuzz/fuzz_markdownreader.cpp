// readMarkdown (cmark and the YAML front matter) on any text.
#include "FuzzSupport.h"
#include "ingest/MarkdownReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString markdown = QString::fromUtf8(parallax::fuzz::bytes(data, size));
    const parallax::ParsedDocument document = parallax::readMarkdown(markdown);
    for (const parallax::ParsedBlock &block : document.blocks) {
        if (block.text.isEmpty())
            parallax::fuzz::broken("no empty blocks");
    }
    return 0;
}
