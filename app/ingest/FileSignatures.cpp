#include "FileSignatures_p.h"

#include <array>

namespace parallax::decoding {
namespace {

using namespace std::string_view_literals;

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

// UTF-32LE first: its mark begins with the UTF-16LE one.
constexpr std::array kByteOrderMarks = {
    ByteOrderMark{"\xFF\xFE\0\0"sv, QStringConverter::Utf32LE, u"UTF-32LE"},
    ByteOrderMark{"\0\0\xFE\xFF"sv, QStringConverter::Utf32BE, u"UTF-32BE"},
    ByteOrderMark{"\xEF\xBB\xBF"sv, QStringConverter::Utf8, u"UTF-8"},
    ByteOrderMark{"\xFF\xFE"sv, QStringConverter::Utf16LE, u"UTF-16LE"},
    ByteOrderMark{"\xFE\xFF"sv, QStringConverter::Utf16BE, u"UTF-16BE"},
};

} // namespace

const char *binaryFormat(QByteArrayView bytes)
{
    for (const Magic &magic : kMagics) {
        if (startsWithAt(bytes, 0, magic.head) && startsWithAt(bytes, magic.tailOffset, magic.tail))
            return magic.what;
    }
    return nullptr;
}

std::optional<ByteOrderMark> byteOrderMark(QByteArrayView bytes)
{
    for (const ByteOrderMark &mark : kByteOrderMarks) {
        if (startsWithAt(bytes, 0, mark.bytes))
            return mark;
    }
    return std::nullopt;
}

} // namespace parallax::decoding
