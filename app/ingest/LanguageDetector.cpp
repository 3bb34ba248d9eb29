#include "LanguageDetector.h"

#include <QHash>
#include <QLocale>

#include <unicode/uscript.h>

#include <algorithm>

// compact_lang_det.h uses FILE without including <cstdio>.
#include <cstdio>

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

// CLD2 counts the letters it read in UTF-8 bytes. Below this (about five
// Latin words, ten Chinese characters) even an answer it calls reliable is a
// guess: "Berlin" alone comes back as Indonesian.
constexpr int minimumLetterBytes = 30;

// A language shows in its first pages; the rest only costs time (CLD2 reads
// about 10 MB a second: 16K characters take under 2 ms).
constexpr qsizetype sampleLength = 16 * 1024;

struct Detection {
    CLD2::Language language = CLD2::UNKNOWN_LANGUAGE;
    bool trusted = false;
};

bool isRealLanguage(CLD2::Language language)
{
    // Above X_BORK_BORK_BORK CLD2 keeps joke languages and whole scripts.
    return language != CLD2::UNKNOWN_LANGUAGE && language != CLD2::TG_UNKNOWN_LANGUAGE
        && language < CLD2::X_BORK_BORK_BORK;
}

QStringView sample(QStringView text)
{
    if (text.size() <= sampleLength)
        return text;
    QStringView cut = text.left(sampleLength);
    if (cut.back().isHighSurrogate())
        cut.chop(1);
    return cut;
}

Detection detectWords(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    CLD2::CLDHints hints{nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
    CLD2::Language top3[3];
    int percent3[3];
    double scores3[3];
    int letterBytes = 0;
    bool reliable = false;
    int validPrefix = 0;
    const CLD2::Language language = CLD2::ExtDetectLanguageSummaryCheckUTF8(
        utf8.constData(), int(utf8.size()), true, &hints, 0, top3, percent3, scores3, nullptr, &letterBytes,
        &reliable, &validPrefix);
    Detection detection;
    detection.language = language;
    detection.trusted = reliable && letterBytes >= minimumLetterBytes && isRealLanguage(language);
    return detection;
}

// The script most of the text's letters are written in, as ISO 15924 names
// it and as CLD2 files languages under: CLD2 reads kana and hangul with Han.
QString dominantScript(QStringView text)
{
    QHash<QString, int> letters;
    for (const char32_t c : text.toUcs4()) {
        if (!QChar::isLetter(c))
            continue;
        UErrorCode status = U_ZERO_ERROR;
        UScriptCode script = uscript_getScript(UChar32(c), &status);
        if (U_FAILURE(status) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED)
            continue;
        if (script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA || script == USCRIPT_HANGUL)
            script = USCRIPT_HAN;
        ++letters[QString::fromLatin1(uscript_getShortName(script))];
    }
    QString dominant;
    int most = 0;
    for (auto it = letters.cbegin(); it != letters.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            dominant = it.key();
        }
    }
    return dominant;
}

// Whether the declared language could have written this text: nothing
// contradicts it when the text has no letters, or when CLD2 does not know
// the language and so cannot say which scripts it uses.
bool writtenInScriptOf(QStringView text, const QString &tag)
{
    const QString script = dominantScript(text);
    if (script.isEmpty())
        return true;
    const CLD2::Language language = CLD2::GetLanguageFromName(tag.toLatin1().constData());
    if (!isRealLanguage(language))
        return true;
    for (int n = 0; n < 4; ++n) {
        const CLD2::ULScript used = CLD2::LanguageRecognizedScript(language, n);
        if (used != CLD2::ULScript_Common && script == QLatin1StringView(CLD2::ULScriptCode(used)))
            return true;
    }
    return false;
}

bool indistinguishable(CLD2::Language detected, const QString &declaredTag)
{
    const CLD2::Language declared = CLD2::GetLanguageFromName(declaredTag.toLatin1().constData());
    if (!isRealLanguage(declared))
        return false;
    const int closeSet = CLD2::LanguageCloseSet(detected);
    return declared == detected || (closeSet != 0 && closeSet == CLD2::LanguageCloseSet(declared));
}

} // namespace

QString LanguageDetector::primaryTag(QStringView tag)
{
    // Content-Language may list several; og:locale writes "en_US".
    const QStringView trimmed = tag.trimmed();
    const auto subtagEnd = std::find_if(trimmed.cbegin(), trimmed.cend(), [](QChar c) {
        return c == u',' || c == u';' || c == u'-' || c == u'_' || c.isSpace();
    });
    const QString primary = trimmed.first(subtagEnd - trimmed.cbegin()).toString().toLower();
    if (primary.size() < 2 || primary.size() > 3
        || !std::all_of(primary.cbegin(), primary.cend(), [](QChar c) { return c >= u'a' && c <= u'z'; }))
        return {};
    static const QHash<QString, QString> retired = {
        {u"iw"_s, u"he"_s}, {u"in"_s, u"id"_s}, {u"ji"_s, u"yi"_s}, {u"jw"_s, u"jv"_s}, {u"mo"_s, u"ro"_s}};
    const QString current = retired.value(primary, primary);
    // "und", "mul", "zxx" and made-up codes name no language.
    if (QLocale::codeToLanguage(current, QLocale::ISO639) == QLocale::AnyLanguage)
        return {};
    return current;
}

QString LanguageDetector::detect(QStringView text, QStringView declared)
{
    const QStringView words = sample(text);
    const QString page = primaryTag(declared);
    const Detection found = detectWords(words);
    if (found.trusted) {
        if (!page.isEmpty() && indistinguishable(found.language, page))
            return page;
        return primaryTag(QString::fromLatin1(CLD2::LanguageCode(found.language)));
    }
    if (!page.isEmpty() && writtenInScriptOf(words, page))
        return page;
    return {};
}

} // namespace parallax
