#include "Folding.h"

#include <QString>

#include <algorithm>

namespace parallax {

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02BC';
}

// Arabic letters written more than one way in news copy, mapped to one.
char16_t arabicLetter(char16_t c)
{
    switch (c) {
    case u'\u0622': // آ
    case u'\u0623': // أ
    case u'\u0625': // إ
    case u'\u0671': // ٱ
        return u'\u0627'; // ا
    case u'\u0649': // ى
        return u'\u064A'; // ي
    case u'\u0629': // ة
        return u'\u0647'; // ه
    case u'\u0640': // tatweel, a stretch of the line
        return 0;
    default:
        return c;
    }
}

bool isArabicMark(char16_t c)
{
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670;
}

// Accents of the alphabets (Latin, Greek, Cyrillic) go; the marks of
// Indic and other scripts are their vowels and stay.
QString withoutMarks(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString kept;
    kept.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const bool accent = c.category() == QChar::Mark_NonSpacing && !kept.isEmpty() && kept.back().unicode() < 0x0530;
        if (!accent)
            kept.append(c);
    }
    return kept.normalized(QString::NormalizationForm_KC);
}

// French, Italian and Catalan write an article or pronoun into the next
// word ("l'armée", "dell'esercito"): the word is what follows it.
void dropElision(Language language, std::u16string &word)
{
    const size_t apostrophe = word.find(u'\'');
    if (apostrophe == std::u16string::npos || apostrophe == 0 || apostrophe > 6 || apostrophe + 1 == word.size())
        return;
    static const Language french = Language::fromTag(u"fr");
    static const Language italian = Language::fromTag(u"it");
    static const Language catalan = Language::fromTag(u"ca");
    if (language == french || language == italian || language == catalan)
        word.erase(0, apostrophe + 1);
}

} // namespace

void foldWord(QStringView raw, Language language, std::u16string &out)
{
    out.clear();
    bool ascii = true;
    for (QChar c : raw) {
        if (isApostrophe(c)) {
            out.push_back(u'\'');
        } else if (c.unicode() < 0x80) {
            // Initialism dots and thousands separators go; a decimal point stays.
            if (c == u',' || (c == u'.' && !out.empty() && !(out.back() >= u'0' && out.back() <= u'9')))
                continue;
            const char16_t u = c.unicode();
            out.push_back(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
        } else {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        dropElision(language, out);
        return;
    }

    QString kept;
    kept.reserve(raw.size());
    for (QChar c : raw) {
        if (isApostrophe(c))
            kept.append(u'\'');
        else if (c == u'.' && !kept.isEmpty() && kept.back().isDigit())
            kept.append(u'\u066B'); // a decimal point, read as such below
        else if (c != u',' && c != u'.' && c != u'\u066C')
            kept.append(c);
    }
    // Full case folding: "ß" -> "ss", which Qt's simple folding keeps.
    QString folded = kept.toCaseFolded().replace(u'\u00DF', QLatin1String("ss"));
    folded = language.isEnglish() ? withoutMarks(folded) : folded.normalized(QString::NormalizationForm_KC);
    out.clear();
    out.reserve(size_t(folded.size()));
    for (QChar c : std::as_const(folded)) {
        const char16_t u = c.unicode();
        if (c.isDigit()) {
            // Arabic-Indic and other digits as ASCII: "٣٠٠" meets "300".
            out.push_back(char16_t(u'0' + c.digitValue()));
        } else if (u == 0x066B) { // Arabic decimal separator
            out.push_back(u'.');
        } else if (u >= 0x0600 && u <= 0x06FF) {
            if (isArabicMark(u))
                continue;
            if (const char16_t letter = arabicLetter(u))
                out.push_back(letter);
        } else {
            out.push_back(u);
        }
    }
    dropElision(language, out);
}

void foldAccents(std::u16string &word)
{
    const bool ascii = std::all_of(word.begin(), word.end(), [](char16_t c) { return c < 0x80; });
    if (ascii)
        return;
    const QString kept = withoutMarks(QString::fromUtf16(word.data(), qsizetype(word.size())));
    word.assign(reinterpret_cast<const char16_t *>(kept.utf16()), size_t(kept.size()));
}

} // namespace parallax
