#include "Decoder.h"

#include "CharsetNames_p.h"
#include "DeclaredCharset_p.h"
#include "FileSignatures_p.h"
#include "IcuDecoder_p.h"
#include "TextChecks_p.h"
#include "core/TranslationContexts.h"

#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <algorithm>
#include <memory>
#include <optional>

namespace parallax {
namespace {

using namespace Qt::StringLiterals;
using namespace decoding;

// No article is this large; refusing early keeps ICU's int32 lengths and our
// memory use safe.
constexpr qsizetype kMaxBytes = 256 * 1024 * 1024;
// Enough bytes for a confident guess; more only costs time.
constexpr qsizetype kDetectorBytes = 1024 * 1024;

DecodeResult failure(const QString &reason)
{
    DecodeResult result;
    result.error = reason;
    return result;
}

QString controlsError()
{
    return IngestText::tr("not text: too many control characters");
}

QString decodeUtf(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    return decoder(bytes);
}

QString normaliseLineEndings(const QString &text)
{
    if (!text.contains(u'\r'))
        return text;
    QString normalised;
    normalised.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'\r') {
            normalised.append(text[i]);
            continue;
        }
        normalised.append(u'\n');
        if (i + 1 < text.size() && text[i + 1] == u'\n')
            ++i;
    }
    return normalised;
}

DecodeResult finish(QString text, QStringView encoding, QStringView how)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.contains(QChar(0)))
        return failure(IngestText::tr("not text: contains NUL characters"));
    if (mostlyControls(QStringView(text)))
        return failure(controlsError());
    DecodeResult result;
    result.decoded.text = normaliseLineEndings(text);
    result.decoded.encoding = encoding.toString();
    result.decoded.how = how.toString();
    return result;
}

// A declaration is believed only when the bytes agree with it: a page that
// says UTF-8 must be valid UTF-8, and a page that says anything else must not
// be valid multi-byte UTF-8 and must decode without errors.
std::optional<DecodeResult> fromDeclaration(QByteArrayView bytes, const QByteArray &label, const Utf8Scan &utf8,
                                            QStringView how)
{
    if (label.isEmpty())
        return std::nullopt;
    QString canonical = canonicalCharset(label);
    // A page read as ASCII to find its <meta> cannot really be UTF-16 or
    // UTF-32; WHATWG reads such pages as UTF-8.
    if (canonical.startsWith(u"UTF-16") || canonical.startsWith(u"UTF-32"))
        canonical = u"UTF-8"_s;
    if (canonical.isEmpty())
        return std::nullopt;
    if (canonical == u"UTF-8") {
        if (!utf8.usable())
            return std::nullopt;
        return finish(QString::fromUtf8(bytes), canonical, how);
    }
    if (utf8.valid && utf8.multiByte)
        return std::nullopt;
    std::optional<QString> text = decodeWithIcu(canonical, bytes, Strictness::RefuseInvalid);
    if (!text)
        return std::nullopt;
    return finish(*std::move(text), canonical, how);
}

QByteArray detectCharset(QByteArrayView bytes)
{
    const std::unique_ptr<uchardet, decltype(&uchardet_delete)> detector(uchardet_new(),
                                                                        &uchardet_delete);
    if (!detector)
        return {};
    const QByteArrayView sample = bytes.first(std::min(bytes.size(), kDetectorBytes));
    if (uchardet_handle_data(detector.get(), sample.data(), size_t(sample.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    return QByteArray(uchardet_get_charset(detector.get()));
}

DecodeResult fromDetector(QByteArrayView bytes)
{
    const QByteArray label = detectCharset(bytes);
    if (label.isEmpty())
        return failure(IngestText::tr("cannot decode: invalid UTF-8 and no charset detected"));
    const QString canonical = canonicalCharset(label);
    if (canonical == u"UTF-8")
        return finish(QString::fromUtf8(bytes), canonical, u"detector");
    std::optional<QString> text;
    if (!canonical.isEmpty())
        text = decodeWithIcu(canonical, bytes, Strictness::ReplaceInvalid);
    if (!text) {
        return failure(IngestText::tr("cannot decode: detected charset %1 is not supported")
                           .arg(QString::fromLatin1(label)));
    }
    return finish(*std::move(text), canonical, u"detector");
}

} // namespace

DecodeResult decodeText(QByteArrayView bytes, QByteArrayView charsetHint)
{
    if (bytes.isEmpty())
        return finish(QString(), u"UTF-8", u"empty");
    if (bytes.size() > kMaxBytes) {
        return failure(IngestText::tr("too large for an article: %1 MB")
                           .arg(bytes.size() / (1024 * 1024)));
    }
    if (const char *format = binaryFormat(bytes))
        return failure(IngestText::tr("binary file (%1)").arg(IngestText::tr(format)));

    if (const std::optional<ByteOrderMark> mark = byteOrderMark(bytes)) {
        const auto markLength = qsizetype(mark->bytes.size());
        return finish(decodeUtf(mark->encoding, bytes.sliced(markLength)), mark->name, u"bom");
    }

    // Every charset but UTF-16 and UTF-32 is ASCII-based: a NUL byte in them
    // is not text.
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        if (const std::optional<ByteOrderMark> utf16 = utf16ByNulPattern(bytes)) {
            QStringDecoder decoder(utf16->encoding, QStringDecoder::Flag::Stateless);
            const QString text = decoder(bytes);
            if (!decoder.hasError() && !hasUnpairedSurrogate(text))
                return finish(text, utf16->name, u"nul-pattern");
        }
        return failure(IngestText::tr("not text: contains NUL bytes (first at byte %1)").arg(nul));
    }
    if (mostlyControls(bytes))
        return failure(controlsError());

    const Utf8Scan utf8 = scanUtf8(bytes);
    // The server's word comes before the page's own, as in browsers, and is
    // held to the same test.
    if (std::optional<DecodeResult> sent = fromDeclaration(bytes, charsetHint.toByteArray(), utf8, u"http"))
        return *std::move(sent);
    if (looksLikeHtml(bytes)) {
        if (std::optional<DecodeResult> declared = fromDeclaration(bytes, declaredCharset(bytes), utf8, u"meta"))
            return *std::move(declared);
    }
    if (utf8.usable())
        return finish(QString::fromUtf8(bytes), u"UTF-8", u"utf8");
    return fromDetector(bytes);
}

} // namespace parallax
