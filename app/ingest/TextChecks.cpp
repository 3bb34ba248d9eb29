#include "TextChecks_p.h"

#include <algorithm>

namespace parallax::decoding {
namespace {

constexpr qsizetype kControlSample = 64 * 1024;
constexpr qsizetype kMaxControlPercent = 5;

// C0 controls that text does not contain. Whitespace is fine, and so are ESC,
// SO and SI, the shift codes of the ISO-2022 charsets.
bool isStrayControl(char32_t unit)
{
    return unit < 0x20 && unit != u'\t' && unit != u'\n' && unit != u'\v' && unit != u'\f'
        && unit != u'\r' && unit != 0x0E && unit != 0x0F && unit != 0x1B;
}

char32_t unitValue(char unit) { return static_cast<unsigned char>(unit); }
char32_t unitValue(QChar unit) { return unit.unicode(); }

} // namespace

template <typename View>
bool mostlyControls(View units)
{
    const qsizetype sample = std::min(units.size(), kControlSample);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i)
        controls += isStrayControl(unitValue(units[i])) ? 1 : 0;
    return controls * 100 > sample * kMaxControlPercent;
}

template bool mostlyControls(QByteArrayView units);
template bool mostlyControls(QStringView units);

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

} // namespace parallax::decoding
