#include "Stemmer.h"

#include "Folding.h"

#include <QString>

#include <libstemmer.h>

#include <algorithm>
#include <unordered_map>

namespace parallax {

namespace {

// Irregular forms and demonyms that suffix rules cannot join, and the
// small numbers that news copy spells.
const std::unordered_map<std::u16string_view, std::u16string_view> &englishExceptions()
{
    static const std::unordered_map<std::u16string_view, std::u16string_view> forms = {
        {u"said", u"say"}, {u"says", u"say"}, {u"told", u"tell"}, {u"met", u"meet"},
        {u"held", u"hold"}, {u"made", u"make"}, {u"took", u"take"}, {u"taken", u"take"},
        {u"went", u"go"}, {u"gone", u"go"}, {u"came", u"come"}, {u"left", u"leave"},
        {u"saw", u"see"}, {u"seen", u"see"}, {u"began", u"begin"}, {u"begun", u"begin"},
        {u"sought", u"seek"}, {u"brought", u"bring"}, {u"thought", u"think"},
        {u"gave", u"give"}, {u"given", u"give"}, {u"spoke", u"speak"}, {u"spoken", u"speak"},
        {u"wrote", u"write"}, {u"written", u"write"}, {u"won", u"win"}, {u"lost", u"lose"},
        {u"ran", u"run"}, {u"chose", u"choose"}, {u"chosen", u"choose"}, {u"fell", u"fall"},
        {u"fallen", u"fall"}, {u"rose", u"rise"}, {u"risen", u"rise"}, {u"sent", u"send"},
        {u"spent", u"spend"}, {u"built", u"build"}, {u"kept", u"keep"}, {u"paid", u"pay"},
        {u"led", u"lead"}, {u"struck", u"strike"}, {u"hit", u"hit"}, {u"cut", u"cut"},
        {u"men", u"man"}, {u"women", u"woman"}, {u"children", u"child"},
        {u"people", u"people"}, {u"american", u"us"}, {u"americans", u"us"},
        {u"america", u"us"}, {u"usa", u"us"}, {u"british", u"britain"}, {u"uk", u"britain"},
        {u"chinese", u"china"}, {u"french", u"france"}, {u"german", u"germany"},
        {u"russian", u"russia"}, {u"japanese", u"japan"}, {u"indian", u"india"},
        {u"iranian", u"iran"}, {u"israeli", u"israel"}, {u"ukrainian", u"ukraine"},
        {u"european", u"europe"}, {u"taiwanese", u"taiwan"}, {u"canadian", u"canada"},
        {u"mexican", u"mexico"}, {u"spanish", u"spain"}, {u"italian", u"italy"},
        {u"two", u"2"}, {u"three", u"3"}, {u"four", u"4"}, {u"five", u"5"}, {u"six", u"6"},
        {u"seven", u"7"}, {u"eight", u"8"}, {u"nine", u"9"}, {u"ten", u"10"},
        {u"eleven", u"11"}, {u"twelve", u"12"},
    };
    return forms;
}

bool hasDigit(std::u16string_view word)
{
    return std::any_of(word.begin(), word.end(), [](char16_t c) { return QChar::isDigit(c); });
}

// The Arabic definite article and the particles written onto it ("والوزير",
// "بالوزير"), which Snowball's Arabic stemmer strips from some words and
// not others; taken off first, so that every form of a word gets one stem.
std::u16string_view withoutArabicArticle(std::u16string_view word)
{
    static constexpr std::u16string_view prefixes[] = {u"\u0648\u0627\u0644", u"\u0628\u0627\u0644",
                                                       u"\u0643\u0627\u0644", u"\u0641\u0627\u0644",
                                                       u"\u0627\u0644", u"\u0644\u0644"};
    for (std::u16string_view prefix : prefixes) {
        if (word.starts_with(prefix) && word.size() >= prefix.size() + 3)
            return word.substr(prefix.size());
    }
    return word;
}

} // namespace

Stemmer::Stemmer(Language language)
    : m_language(language)
    , m_arabic(language == Language::fromTag(u"ar"))
{
    // Snowball knows languages by ISO 639 code too ("de", "fr", "ar").
    if (!language.writesWithoutSpaces())
        m_snowball = sb_stemmer_new(language.code().toLatin1().constData(), "UTF_8");
}

Stemmer::~Stemmer()
{
    if (m_snowball)
        sb_stemmer_delete(m_snowball);
}

std::u16string_view Stemmer::stem(std::u16string_view word, std::u16string &buffer)
{
    if (m_language.isEnglish()) {
        if (word.ends_with(u"'s"))
            word.remove_suffix(2);
        else if (word.ends_with(u"'"))
            word.remove_suffix(1);
        if (auto it = englishExceptions().find(word); it != englishExceptions().end())
            return it->second;
    }
    // Numbers and words of one or two letters stay as they are.
    if (!m_snowball || word.size() <= 2 || hasDigit(word))
        return word;
    if (m_arabic)
        word = withoutArabicArticle(word);

    const QByteArray utf8 = QStringView(word.data(), qsizetype(word.size())).toUtf8();
    const sb_symbol *stemmed = sb_stemmer_stem(m_snowball, reinterpret_cast<const sb_symbol *>(utf8.constData()),
                                               int(utf8.size()));
    if (!stemmed)
        return word; // out of memory: the word is its own stem
    const QString result = QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(m_snowball));
    buffer.assign(reinterpret_cast<const char16_t *>(result.utf16()), size_t(result.size()));
    foldAccents(buffer);
    return buffer;
}

bool isNumberWord(std::u16string_view word)
{
    if (word.empty())
        return false;
    const bool digits = std::all_of(word.begin(), word.end(), [](char16_t c) { return QChar::isDigit(c) || c == u'.'; });
    if (digits)
        return word.front() != u'.';
    auto it = englishExceptions().find(word);
    return it != englishExceptions().end() && it->second.front() >= u'0' && it->second.front() <= u'9';
}

} // namespace parallax
