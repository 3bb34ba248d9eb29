#include "ArticleReader.h"

#include "Decoder.h"
#include "FormatSniffer.h"
#include "FurnitureClassifier.h"
#include "LanguageDetector.h"
#include "html/HtmlReader.h"
#include "MarkdownReader.h"
#include "SentenceSplitter.h"
#include "TextMetadata.h"
#include "TextReader.h"
#include "core/TranslationContexts.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

ParsedDocument parse(DocumentFormat format, const QString &text, const QUrl &pageUrl)
{
    switch (format) {
    case DocumentFormat::Html:
        return readHtml(text, pageUrl.isValid() ? pageUrl.toString() : QString());
    case DocumentFormat::Markdown:
        return readMarkdown(text);
    case DocumentFormat::PlainText:
        break;
    }
    return readPlainText(text);
}

bool hasWords(const ParsedDocument &document)
{
    return std::any_of(document.blocks.cbegin(), document.blocks.cend(), [](const ParsedBlock &block) {
        return std::any_of(block.text.cbegin(), block.text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    });
}

QSet<QString> normalisedLines(const QStringList &lines)
{
    QSet<QString> normalised;
    normalised.reserve(lines.size());
    for (const QString &line : lines)
        normalised.insert(FurnitureClassifier::normaliseLine(line));
    return normalised;
}

// The article's own words, which say its language; furniture and captions
// are often in the site's language, or another.
QString articleWords(const ParsedDocument &document)
{
    QString words;
    for (const ParsedBlock &block : document.blocks) {
        if (takesPartInAlignment(block.role))
            words += block.text + u'\n';
    }
    return words;
}

} // namespace

ArticleReader::Result ArticleReader::read(const QByteArray &bytes, const QString &fileName, const Options &options)
{
    if (bytes.isEmpty())
        return IngestText::tr("empty file");
    const DecodeResult decoded = decodeText(bytes, options.charsetHint);
    if (!decoded.ok())
        return decoded.error;

    Article article;
    article.format = sniffFormat(fileName, decoded.decoded.text);
    ParsedDocument document = parse(article.format, decoded.decoded.text, options.pageUrl);
    if (!hasWords(document))
        return IngestText::tr("no text to read in it");

    FurnitureClassifier classifier;
    classifier.classify(document);
    document.meta = TextMetadataReader().read(document);
    if (!options.outlet.isEmpty())
        document.meta.outlet = options.outlet;
    if (document.meta.url.isEmpty() && options.pageUrl.isValid())
        document.meta.url = options.pageUrl.toString();

    // Once the outlet is known, what repeats across its pages is furniture
    // too; that needs a second pass, with the outlet's lines.
    if (!document.meta.outlet.isEmpty() && options.outletLines) {
        const QStringList outletLines = options.outletLines(document.meta.outlet);
        if (!outletLines.isEmpty()) {
            classifier.setOutletLines(normalisedLines(outletLines));
            classifier.classify(document);
        }
    }

    const QString declared = document.declaredLanguage.isEmpty() ? options.contentLanguage
                                                                 : document.declaredLanguage;
    article.language = LanguageDetector::detect(articleWords(document), declared);

    SentenceSplitter splitter(article.language);
    article.blocks.reserve(document.blocks.size());
    for (ParsedBlock &parsed : document.blocks) {
        Block block;
        block.sentences = splitter.split(parsed.text);
        block.text = std::move(parsed.text);
        block.role = parsed.role;
        block.roleReason = std::move(parsed.reason);
        article.blocks.append(std::move(block));
    }
    article.meta = std::move(document.meta);
    article.encoding = decoded.decoded.encoding;
    article.original = bytes;
    article.contentHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    article.importedAt = QDateTime::currentDateTimeUtc();
    return article;
}

} // namespace parallax
