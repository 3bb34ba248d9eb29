#include "CharsetNames_p.h"

#include "IcuDecoder_p.h"

#include <QStringView>

#include <array>
#include <string_view>

namespace parallax::decoding {
namespace {

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

} // namespace

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

} // namespace parallax::decoding
