// readHtml on any text (the decoder hands it every UTF-16 string it makes).
#include "FuzzSupport.h"
#include "ingest/html/HtmlReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(parallax::fuzz::bytes(data, size));
    const parallax::ParsedDocument document = parallax::readHtml(html);
    for (const parallax::ParsedBlock &block : document.blocks) {
        if (block.text.isEmpty())
            parallax::fuzz::broken("no empty blocks");
    }
    return 0;
}
