// The plain-text path: lines to blocks, furniture rules, metadata from text.
#include "FuzzSupport.h"
#include "ingest/FurnitureClassifier.h"
#include "ingest/TextMetadata.h"
#include "ingest/TextReader.h"

#include <QSet>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace parallax;
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    ParsedDocument document = readPlainText(text);
    const qsizetype blocks = document.blocks.size();
    FurnitureClassifier classifier;
    // The first lines stand in for what the outlet's other articles repeat.
    QSet<QString> outletLines;
    for (qsizetype i = 0; i < std::min<qsizetype>(3, blocks); ++i)
        outletLines.insert(FurnitureClassifier::normaliseLine(document.blocks[i].text));
    classifier.setOutletLines(outletLines);
    classifier.classify(document);
    if (document.blocks.size() != blocks)
        fuzz::broken("furniture is marked, never deleted");
    TextMetadataReader reader;
    reader.setNumericDateOrder(size % 2 ? TextMetadataReader::NumericDateOrder::MonthFirst
                                        : TextMetadataReader::NumericDateOrder::DayFirst);
    const ArticleMetadata meta = reader.read(document);
    if (meta.published.isValid() && (meta.published.year() < 1 || meta.published.year() > 9999))
        fuzz::broken("a published date is a real date");
    for (const ParsedBlock &block : document.blocks) {
        TextMetadataReader::bylineIn(block.text);
        TextMetadataReader::outletIn(block.text);
        TextMetadataReader::isDateLine(block.text);
        reader.findDate(block.text);
    }
    return 0;
}
