#include "Decoder.h"

#include "core/TranslationContexts.h"

#include <QStringDecoder>

#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <string_view>

namespace parallax {
namespace {

using namespace Qt::StringLiterals;
using namespace std::string_view_literals;

// No article is this large; refusing early keeps ICU's int32 lengths and our
// memory use safe.
constexpr qsizetype kMaxBytes = 256 * 1024 * 1024;
// WHATWG prescans 1024 bytes; real pages often put a long <head> before the
// charset, and a bounded window keeps this step constant-time.
constexpr qsizetype kPrescanBytes = 4096;
// Enough bytes for a confident guess; more only costs time.
constexpr qsizetype kDetectorBytes = 1024 * 1024;
constexpr qsizetype kControlSample = 64 * 1024;
constexpr qsizetype kMaxControlPercent = 5;

DecodeResult failure(const QString &reason)
{
    DecodeResult result;
    result.error = reason;
    return result;
}

bool startsWithAt(QByteArrayView bytes, qsizetype offset, std::string_view expected)
{
    const auto length = qsizetype(expected.size());
    return bytes.size() >= offset + length
        && bytes.sliced(offset, length) == QByteArrayView(expected.data(), length);
}

// A file format recognised by its first bytes, sometimes with a second
// signature further in (RIFF containers, ISO media).
struct Magic {
    std::string_view head;
    qsizetype tailOffset;
    std::string_view tail;
    const char *what;
};

constexpr std::array kMagics = {
    Magic{"\x89PNG\r\n\x1a\n"sv, 0, {}, QT_TRANSLATE_NOOP("Ingest", "PNG image")},
    Magic{"\xFF\xD8\xFF"sv, 0, {}, QT_TRANSLATE_NOOP("Ingest", "JPEG image")},
    Magic{"GIF87a"sv, 0, {}, QT_TRANSLATE_NOOP("Ingest", "GIF image")},
    Magic{"GIF89a"sv, 0, {}, QT_TRANSLATE_NOOP("Ingest", "GIF image")},
    Magic{"RIFF"sv, 8, "WEBP"sv, QT_TRANSLATE_NOOP("Ingest", "WebP image")},
    Magic{"II*\0"sv, 0, {}, QT_TRANSLATE_NOOP("Ingest", "TIFF image")},
    Magic{"MM\0*"sv, 0, {}, QT_TRANSLATE_NOOP("Ingest", "TIFF image")},
    Magic{"%PDF-"sv, 0, {}, QT_TRANSLATE_NOOP("Ingest", "PDF document")},
    Magic{"PK\x03\x04"sv, 0, {}, QT_TRANSLATE_NOOP("Ingest", "ZIP archive")},
    Magic{"PK\x05\x06"sv, 0, {}, QT_TRANSLATE_NOOP("Ingest", "ZIP archive")},
    Magic{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv, 0, {}, QT_TRANSLATE_NOOP("Ingest", "Microsoft Office document")},
    Magic{"\x1F\x8B"sv, 0, {}, QT_TRANSLATE_NOOP("Ingest", "gzip archive")},
    Magic{"\xFD" "7zXZ\0"sv, 0, {}, QT_TRANSLATE_NOOP("Ingest", "xz archive")},
    Magic{"7z\xBC\xAF\x27\x1C"sv, 0, {}, QT_TRANSLATE_NOOP("Ingest", "7-Zip archive")},
    Magic{"Rar!\x1A\x07"sv, 0, {}, QT_TRANSLATE_NOOP("Ingest", "RAR archive")},
    Magic{"\x28\xB5\x2F\xFD"sv, 0, {}, QT_TRANSLATE_NOOP("Ingest", "Zstandard archive")},
    Magic{"\x7F" "ELF"sv, 0, {}, QT_TRANSLATE_NOOP("Ingest", "ELF executable")},
    Magic{"MZ\x90\0"sv, 0, {}, QT_TRANSLATE_NOOP("Ingest", "Windows executable")},
    Magic{"\xCF\xFA\xED\xFE"sv, 0, {}, QT_TRANSLATE_NOOP("Ingest", "Mach-O executable")},
    Magic{"\xCA\xFE\xBA\xBE"sv, 0, {}, QT_TRANSLATE_NOOP("Ingest", "Java class or Mach-O executable")},
    Magic{"SQLite format 3\0"sv, 0, {}, QT_TRANSLATE_NOOP("Ingest", "SQLite database")},
    Magic{"OggS"sv, 0, {}, QT_TRANSLATE_NOOP("Ingest", "Ogg media")},
    Magic{"fLaC"sv, 0, {}, QT_TRANSLATE_NOOP("Ingest", "FLAC audio")},
    Magic{"ID3\x03"sv, 0, {}, QT_TRANSLATE_NOOP("Ingest", "MP3 audio")},
    Magic{"ID3\x04"sv, 0, {}, QT_TRANSLATE_NOOP("Ingest", "MP3 audio")},
    Magic{"RIFF"sv, 8, "WAVE"sv, QT_TRANSLATE_NOOP("Ingest", "WAV audio")},
    Magic{"RIFF"sv, 8, "AVI "sv, QT_TRANSLATE_NOOP("Ingest", "AVI video")},
    Magic{{}, 4, "ftyp"sv, QT_TRANSLATE_NOOP("Ingest", "MP4 or QuickTime media")},
    Magic{"wOFF"sv, 0, {}, QT_TRANSLATE_NOOP("Ingest", "WOFF font")},
    Magic{"wOF2"sv, 0, {}, QT_TRANSLATE_NOOP("Ingest", "WOFF font")},
};

const char *binaryFormat(QByteArrayView bytes)
{
    for (const Magic &magic : kMagics) {
        if (startsWithAt(bytes, 0, magic.head) && startsWithAt(bytes, magic.tailOffset, magic.tail))
            return magic.what;
    }
    return nullptr;
}

struct ByteOrderMark {
    std::string_view bytes;
    QStringConverter::Encoding encoding;
    QStringView name;
};

// UTF-32LE first: its mark begins with the UTF-16LE one.
constexpr std::array kByteOrderMarks = {
    ByteOrderMark{"\xFF\xFE\0\0"sv, QStringConverter::Utf32LE, u"UTF-32LE"},
    ByteOrderMark{"\0\0\xFE\xFF"sv, QStringConverter::Utf32BE, u"UTF-32BE"},
    ByteOrderMark{"\xEF\xBB\xBF"sv, QStringConverter::Utf8, u"UTF-8"},
    ByteOrderMark{"\xFF\xFE"sv, QStringConverter::Utf16LE, u"UTF-16LE"},
    ByteOrderMark{"\xFE\xFF"sv, QStringConverter::Utf16BE, u"UTF-16BE"},
};

// C0 controls that text does not contain. Whitespace is fine, and so are ESC,
// SO and SI, the shift codes of the ISO-2022 charsets.
bool isStrayControl(char32_t unit)
{
    return unit < 0x20 && unit != u'\t' && unit != u'\n' && unit != u'\v' && unit != u'\f'
        && unit != u'\r' && unit != 0x0E && unit != 0x0F && unit != 0x1B;
}

char32_t unitValue(char unit) { return static_cast<unsigned char>(unit); }
char32_t unitValue(QChar unit) { return unit.unicode(); }

template <typename View>
bool mostlyControls(View units)
{
    const qsizetype sample = std::min(units.size(), kControlSample);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i)
        controls += isStrayControl(unitValue(units[i])) ? 1 : 0;
    return controls * 100 > sample * kMaxControlPercent;
}

QString controlsError()
{
    return IngestText::tr("not text: too many control characters");
}

// Well-formedness by Unicode's table 3-7: no overlong forms, no surrogates,
// nothing above U+10FFFF. A file cut off inside its last character counts as
// UTF-8 still when it has other multi-byte characters: that happens to
// downloads, and the rest of the text is fine.
struct Utf8Scan {
    bool valid = true;
    bool truncatedAtEnd = false;
    bool multiByte = false;

    bool usable() const { return valid || (truncatedAtEnd && multiByte); }
};

Utf8Scan scanUtf8(QByteArrayView bytes)
{
    Utf8Scan scan;
    const qsizetype size = bytes.size();
    qsizetype at = 0;
    while (at < size) {
        const auto lead = static_cast<unsigned char>(bytes[at]);
        if (lead < 0x80) {
            ++at;
            continue;
        }
        int length = 0;
        unsigned char secondMin = 0x80;
        unsigned char secondMax = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            secondMin = lead == 0xE0 ? 0xA0 : 0x80;
            secondMax = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            secondMin = lead == 0xF0 ? 0x90 : 0x80;
            secondMax = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            scan.valid = false;
            return scan;
        }
        for (int k = 1; k < length; ++k) {
            if (at + k >= size) {
                scan.valid = false;
                scan.truncatedAtEnd = true;
                return scan;
            }
            const auto unit = static_cast<unsigned char>(bytes[at + k]);
            if (unit < (k == 1 ? secondMin : 0x80) || unit > (k == 1 ? secondMax : 0xBF)) {
                scan.valid = false;
                return scan;
            }
        }
        scan.multiByte = true;
        at += length;
    }
    return scan;
}

bool hasUnpairedSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            return true;
    }
    return false;
}

// UTF-16 without a mark shows itself by NUL bytes on one side of the code
// units: the high byte of every Latin character, space and line break. Text
// in an ASCII-based charset with a stray NUL has them on both sides, rarely.
std::optional<ByteOrderMark> utf16ByNulPattern(QByteArrayView bytes)
{
    if (bytes.size() % 2 != 0)
        return std::nullopt;
    const qsizetype units = std::min(bytes.size() / 2, kControlSample);
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < units; ++i) {
        evenNuls += bytes[2 * i] == '\0' ? 1 : 0;
        oddNuls += bytes[2 * i + 1] == '\0' ? 1 : 0;
    }
    const auto oneSided = [units](qsizetype nuls, qsizetype otherNuls) {
        return nuls * 10 >= units * 3 && otherNuls * 20 <= nuls;
    };
    if (oneSided(oddNuls, evenNuls))
        return ByteOrderMark{{}, QStringConverter::Utf16LE, u"UTF-16LE"};
    if (oneSided(evenNuls, oddNuls))
        return ByteOrderMark{{}, QStringConverter::Utf16BE, u"UTF-16BE"};
    return std::nullopt;
}

// --- the charset an HTML page declares -------------------------------------

bool isHtmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool startsWithNoCase(QByteArrayView bytes, qsizetype at, QByteArrayView word)
{
    return bytes.size() >= at + word.size()
        && bytes.sliced(at, word.size()).compare(word, Qt::CaseInsensitive) == 0;
}

bool looksLikeHtml(QByteArrayView bytes)
{
    const auto first = std::find_if_not(bytes.begin(), bytes.end(), isHtmlSpace);
    return first != bytes.end() && *first == '<';
}

struct Attribute {
    QByteArray name;
    QByteArray value;
};

// Reads the attribute at `at` and moves past it; false at the end of the tag.
bool nextAttribute(QByteArrayView bytes, qsizetype &at, Attribute &attribute)
{
    const qsizetype size = bytes.size();
    while (at < size && (isHtmlSpace(bytes[at]) || bytes[at] == '/'))
        ++at;
    if (at >= size || bytes[at] == '>')
        return false;
    const qsizetype nameStart = at;
    while (at < size && !isHtmlSpace(bytes[at]) && bytes[at] != '/' && bytes[at] != '>'
           && (bytes[at] != '=' || at == nameStart))
        ++at;
    attribute.name = bytes.sliced(nameStart, at - nameStart).toByteArray().toLower();
    attribute.value.clear();
    while (at < size && isHtmlSpace(bytes[at]))
        ++at;
    if (at >= size || bytes[at] != '=')
        return true;
    ++at;
    while (at < size && isHtmlSpace(bytes[at]))
        ++at;
    qsizetype valueStart = at;
    if (at < size && (bytes[at] == '"' || bytes[at] == '\'')) {
        const char quote = bytes[at];
        valueStart = ++at;
        while (at < size && bytes[at] != quote)
            ++at;
        attribute.value = bytes.sliced(valueStart, at - valueStart).toByteArray();
        if (at < size)
            ++at;
    } else {
        while (at < size && !isHtmlSpace(bytes[at]) && bytes[at] != '>')
            ++at;
        attribute.value = bytes.sliced(valueStart, at - valueStart).toByteArray();
    }
    return true;
}

// "text/html; charset=windows-1252" -> "windows-1252"
QByteArray charsetFromContentType(QByteArrayView content)
{
    const qsizetype key = content.toByteArray().toLower().indexOf("charset");
    if (key < 0)
        return {};
    qsizetype at = key + 7;
    while (at < content.size() && isHtmlSpace(content[at]))
        ++at;
    if (at >= content.size() || content[at] != '=')
        return {};
    ++at;
    while (at < content.size() && isHtmlSpace(content[at]))
        ++at;
    const bool quoted = at < content.size() && (content[at] == '"' || content[at] == '\'');
    const char quote = quoted ? content[at++] : '\0';
    const qsizetype start = at;
    while (at < content.size() && content[at] != quote && content[at] != ';'
           && (quoted || !isHtmlSpace(content[at])))
        ++at;
    return content.sliced(start, at - start).toByteArray();
}

// A simplified form of the WHATWG prescan: walk tags and comments in the
// first bytes and return the label of the first <meta> that names a charset.
QByteArray declaredCharset(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(std::min(bytes.size(), kPrescanBytes));
    qsizetype at = 0;
    Attribute attribute;
    while (at < head.size()) {
        if (head[at] != '<') {
            ++at;
        } else if (startsWithNoCase(head, at, "<!--")) {
            at = head.indexOf("-->", at + 4);
            if (at < 0)
                break;
            at += 3;
        } else if (startsWithNoCase(head, at, "<meta") && at + 5 < head.size()
                   && (isHtmlSpace(head[at + 5]) || head[at + 5] == '/')) {
            at += 5;
            QByteArray charset;
            QByteArray httpEquiv;
            QByteArray content;
            while (nextAttribute(head, at, attribute)) {
                if (attribute.name == "charset" && charset.isEmpty())
                    charset = attribute.value.trimmed();
                else if (attribute.name == "http-equiv")
                    httpEquiv = attribute.value.trimmed().toLower();
                else if (attribute.name == "content")
                    content = attribute.value;
            }
            if (!charset.isEmpty())
                return charset;
            if (httpEquiv == "content-type") {
                const QByteArray fromContent = charsetFromContentType(content).trimmed();
                if (!fromContent.isEmpty())
                    return fromContent;
            }
        } else if (at + 1 < head.size() && (isAsciiLetter(head[at + 1]) || head[at + 1] == '/')) {
            // Any other tag: step over its attributes so that a '<' or '>'
            // inside a quoted value does not confuse us.
            ++at;
            while (at < head.size() && !isHtmlSpace(head[at]) && head[at] != '>')
                ++at;
            while (nextAttribute(head, at, attribute)) { }
        } else if (at + 1 < head.size() && (head[at + 1] == '!' || head[at + 1] == '?')) {
            at = head.indexOf('>', at);
            if (at < 0)
                break;
        } else {
            ++at;
        }
    }
    return {};
}

// --- charset names ----------------------------------------------------------

struct CharsetLabel {
    std::string_view label;
    QStringView canonical;
};

// Labels whose decoder the WHATWG encoding standard replaces by a superset,
// because pages that say "iso-8859-1" are in practice windows-1252 and so on.
// Every other label is resolved by ICU's alias table.
constexpr std::array kWhatwgLabels = {
    CharsetLabel{"utf-8", u"UTF-8"}, CharsetLabel{"utf8", u"UTF-8"},
    CharsetLabel{"unicode-1-1-utf-8", u"UTF-8"},
    CharsetLabel{"us-ascii", u"windows-1252"}, CharsetLabel{"ascii", u"windows-1252"},
    CharsetLabel{"iso-8859-1", u"windows-1252"}, CharsetLabel{"iso8859-1", u"windows-1252"},
    CharsetLabel{"iso_8859-1", u"windows-1252"}, CharsetLabel{"latin1", u"windows-1252"},
    CharsetLabel{"l1", u"windows-1252"}, CharsetLabel{"cp1252", u"windows-1252"},
    CharsetLabel{"windows-1252", u"windows-1252"}, CharsetLabel{"x-cp1252", u"windows-1252"},
    CharsetLabel{"iso-8859-9", u"windows-1254"}, CharsetLabel{"latin5", u"windows-1254"},
    CharsetLabel{"iso-8859-11", u"windows-874"}, CharsetLabel{"tis-620", u"windows-874"},
    CharsetLabel{"gb2312", u"GBK"}, CharsetLabel{"gbk", u"GBK"}, CharsetLabel{"x-gbk", u"GBK"},
    CharsetLabel{"cp936", u"GBK"}, CharsetLabel{"gb18030", u"GB18030"},
    CharsetLabel{"big5", u"Big5"}, CharsetLabel{"big5-hkscs", u"Big5"},
    CharsetLabel{"x-x-big5", u"Big5"}, CharsetLabel{"cn-big5", u"Big5"},
    CharsetLabel{"shift_jis", u"Shift_JIS"}, CharsetLabel{"shift-jis", u"Shift_JIS"},
    CharsetLabel{"sjis", u"Shift_JIS"}, CharsetLabel{"x-sjis", u"Shift_JIS"},
    CharsetLabel{"ms_kanji", u"Shift_JIS"}, CharsetLabel{"windows-31j", u"Shift_JIS"},
    CharsetLabel{"euc-kr", u"EUC-KR"}, CharsetLabel{"ks_c_5601-1987", u"EUC-KR"},
    CharsetLabel{"windows-949", u"EUC-KR"}, CharsetLabel{"cp949", u"EUC-KR"},
};

struct ConverterCloser {
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};
using ConverterPointer = std::unique_ptr<UConverter, ConverterCloser>;

ConverterPointer openConverter(const QByteArray &name)
{
    UErrorCode status = U_ZERO_ERROR;
    ConverterPointer converter(ucnv_open(name.constData(), &status));
    if (U_FAILURE(status))
        return nullptr;
    return converter;
}

// The canonical name for a charset label, or an empty string when neither
// WHATWG nor ICU knows it.
QString canonicalCharset(const QByteArray &label)
{
    const QByteArray key = label.trimmed().toLower();
    for (const CharsetLabel &known : kWhatwgLabels) {
        if (key == QByteArrayView(known.label.data(), qsizetype(known.label.size())))
            return known.canonical.toString();
    }
    const ConverterPointer converter = openConverter(key);
    if (!converter)
        return {};
    UErrorCode status = U_ZERO_ERROR;
    const char *icuName = ucnv_getName(converter.get(), &status);
    for (const char *standard : {"MIME", "IANA"}) {
        status = U_ZERO_ERROR;
        const char *name = ucnv_getStandardName(icuName, standard, &status);
        if (name && U_SUCCESS(status))
            return QString::fromLatin1(name);
    }
    return QString::fromLatin1(icuName);
}

// WHATWG decodes GBK with the GB18030 decoder, a strict superset.
QByteArray converterName(const QString &canonical)
{
    return canonical == u"GBK" ? QByteArrayLiteral("GB18030") : canonical.toLatin1();
}

void substituteReplacementCharacter(const void *, UConverterToUnicodeArgs *arguments, const char *,
                                    int32_t, UConverterCallbackReason reason, UErrorCode *status)
{
    if (reason > UCNV_IRREGULAR)
        return; // reset, close or clone: nothing to substitute
    static constexpr UChar replacement = 0xFFFD;
    *status = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(arguments, &replacement, 1, 0, status);
}

enum class Strictness { RefuseInvalid, ReplaceInvalid };

// Qt only promises UTF and Latin-1 codecs, so legacy charsets go through ICU.
std::optional<QString> decodeWithIcu(const QString &canonical, QByteArrayView bytes,
                                     Strictness strictness)
{
    const ConverterPointer converter = openConverter(converterName(canonical));
    if (!converter)
        return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    if (strictness == Strictness::RefuseInvalid) {
        ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                            &status);
    } else {
        ucnv_setToUCallBack(converter.get(), substituteReplacementCharacter, nullptr, nullptr,
                            nullptr, &status);
    }
    const auto length = int32_t(bytes.size());
    QString text(bytes.size() + 1, Qt::Uninitialized);
    for (int attempt = 0; attempt < 2; ++attempt) {
        status = U_ZERO_ERROR;
        const int32_t written = ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(text.data()),
                                              int32_t(text.size()), bytes.data(), length, &status);
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            text.resize(qsizetype(written) + 1);
            continue;
        }
        if (U_FAILURE(status))
            return std::nullopt;
        text.truncate(written);
        return text;
    }
    return std::nullopt;
}

QString decodeUtf(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    return decoder(bytes);
}

// --- putting it together ----------------------------------------------------

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
std::optional<DecodeResult> fromDeclaration(QByteArrayView bytes, const Utf8Scan &utf8)
{
    const QByteArray label = declaredCharset(bytes);
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
        return finish(QString::fromUtf8(bytes), canonical, u"meta");
    }
    if (utf8.valid && utf8.multiByte)
        return std::nullopt;
    std::optional<QString> text = decodeWithIcu(canonical, bytes, Strictness::RefuseInvalid);
    if (!text)
        return std::nullopt;
    return finish(*std::move(text), canonical, u"meta");
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

DecodeResult decodeText(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return finish(QString(), u"UTF-8", u"empty");
    if (bytes.size() > kMaxBytes) {
        return failure(IngestText::tr("too large for an article: %1 MB")
                           .arg(bytes.size() / (1024 * 1024)));
    }
    if (const char *format = binaryFormat(bytes))
        return failure(IngestText::tr("binary file (%1)").arg(IngestText::tr(format)));

    for (const ByteOrderMark &mark : kByteOrderMarks) {
        if (startsWithAt(bytes, 0, mark.bytes)) {
            const auto markLength = qsizetype(mark.bytes.size());
            return finish(decodeUtf(mark.encoding, bytes.sliced(markLength)), mark.name, u"bom");
        }
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
    if (looksLikeHtml(bytes)) {
        if (std::optional<DecodeResult> declared = fromDeclaration(bytes, utf8))
            return *std::move(declared);
    }
    if (utf8.usable())
        return finish(QString::fromUtf8(bytes), u"UTF-8", u"utf8");
    return fromDetector(bytes);
}

} // namespace parallax
