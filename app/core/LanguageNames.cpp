#include "LanguageNames.h"

#include <unicode/uloc.h>

#include <iterator>

namespace parallax {

QString languageName(const QString &code, const QLocale &in)
{
    if (code.isEmpty())
        return {};
    UChar name[128];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = uloc_getDisplayLanguage(code.toLatin1().constData(), in.name().toLatin1().constData(),
                                                   name, int32_t(std::size(name)), &status);
    // ICU answers with the code itself when it knows no name.
    if (U_FAILURE(status) || length <= 0)
        return code;
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(name), length);
}

QStringList choosableLanguages()
{
    QStringList codes;
    for (const char *const *code = uloc_getISOLanguages(); *code; ++code) {
        const QString candidate = QString::fromLatin1(*code);
        if (candidate.size() == 2 && languageName(candidate, QLocale(QLocale::English)) != candidate)
            codes.append(candidate);
    }
    return codes;
}

} // namespace parallax
