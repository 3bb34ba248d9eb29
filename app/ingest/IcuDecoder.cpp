#include "IcuDecoder_p.h"

#include <unicode/ucnv_cb.h>

namespace parallax::decoding {
namespace {

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

} // namespace

ConverterPointer openConverter(const QByteArray &name)
{
    UErrorCode status = U_ZERO_ERROR;
    ConverterPointer converter(ucnv_open(name.constData(), &status));
    if (U_FAILURE(status))
        return nullptr;
    return converter;
}

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

} // namespace parallax::decoding
