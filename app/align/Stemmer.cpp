#include "Stemmer.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace parallax {

namespace {

const std::unordered_set<std::u16string_view> &stopWords()
{
    static const std::unordered_set<std::u16string_view> words = {
        u"a", u"an", u"the", u"and", u"or", u"but", u"nor", u"of", u"to", u"in", u"on", u"at",
        u"by", u"for", u"with", u"from", u"into", u"onto", u"over", u"under", u"about",
        u"after", u"before", u"since", u"than", u"then", u"as", u"is", u"are", u"was",
        u"were", u"be", u"been", u"being", u"am", u"it", u"its", u"it's", u"this", u"that",
        u"these", u"those", u"there", u"here", u"he", u"she", u"they", u"we", u"you", u"i",
        u"him", u"her", u"them", u"his", u"hers", u"their", u"our", u"your", u"my", u"me",
        u"who", u"whom", u"whose", u"which", u"what", u"when", u"where", u"why", u"how",
        u"will", u"would", u"shall", u"should", u"can", u"could", u"may", u"might", u"must",
        u"do", u"does", u"did", u"done", u"has", u"have", u"had", u"having", u"not", u"no",
        u"so", u"if", u"also", u"just", u"only", u"very", u"more", u"most", u"such", u"said",
        u"says", u"say", u"saying", u"told", u"tell", u"according", u"mr", u"mrs", u"ms",
        u"dr", u"while", u"during", u"between", u"against", u"all", u"any", u"each", u"other",
        u"some", u"both", u"own", u"same", u"too", u"again", u"further", u"once", u"out",
        u"up", u"down", u"off", u"through", u"because", u"until", u"one",
        u"he's", u"she's", u"they're", u"we're", u"don't", u"didn't", u"isn't", u"wasn't",
        u"there's", u"that's", u"i'm", u"we'll", u"we've", u"i've", u"even",
        u"still", u"now", u"well", u"yet", u"however", u"although", u"though", u"whether",
        u"via", u"per", u"within", u"without", u"among", u"around", u"across", u"along",
    };
    return words;
}

// Irregular forms and demonyms that plain suffix stripping cannot join.
const std::unordered_map<std::u16string_view, std::u16string_view> &irregular()
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

bool endsWith(std::u16string_view word, std::u16string_view suffix)
{
    return word.size() >= suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

bool isVowel(char16_t c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u' || c == u'y';
}

bool hasVowel(std::u16string_view word)
{
    return std::any_of(word.begin(), word.end(), isVowel);
}

} // namespace

bool isStopWord(std::u16string_view word)
{
    return stopWords().contains(word);
}

bool isNumberWord(std::u16string_view word)
{
    if (word.empty())
        return false;
    const bool digits = std::all_of(word.begin(), word.end(),
                                    [](char16_t c) { return (c >= u'0' && c <= u'9') || c == u'.'; });
    if (digits)
        return word.front() != u'.';
    auto it = irregular().find(word);
    return it != irregular().end() && it->second.front() >= u'0' && it->second.front() <= u'9';
}

std::u16string_view stem(std::u16string_view word, std::u16string &buffer)
{
    if (endsWith(word, u"'s"))
        word.remove_suffix(2);
    else if (endsWith(word, u"'"))
        word.remove_suffix(1);
    if (auto it = irregular().find(word); it != irregular().end())
        return it->second;
    // Numbers, short words and anything not Latin lower case stay as they are.
    if (word.size() <= 3 || !std::all_of(word.begin(), word.end(),
                                         [](char16_t c) { return c >= u'a' && c <= u'z'; }))
        return word;

    buffer.assign(word);
    // Every rule drops a suffix and adds at most one letter back.
    auto replaceSuffix = [&buffer](size_t drop, char16_t with = 0) {
        buffer.erase(buffer.size() - drop);
        if (with)
            buffer.push_back(with);
    };
    std::u16string_view w = buffer;
    if (endsWith(w, u"ies") || endsWith(w, u"ied"))
        replaceSuffix(3, u'y');
    else if (endsWith(w, u"sses"))
        replaceSuffix(2);
    else if (endsWith(w, u"s") && !endsWith(w, u"ss") && !endsWith(w, u"us") && !endsWith(w, u"is"))
        replaceSuffix(1);

    w = buffer;
    bool strippedVerbEnding = false;
    if (endsWith(w, u"ing") && w.size() >= 6 && hasVowel(w.substr(0, w.size() - 3))) {
        replaceSuffix(3);
        strippedVerbEnding = true;
    } else if (endsWith(w, u"ed") && w.size() >= 5 && hasVowel(w.substr(0, w.size() - 2))) {
        replaceSuffix(2);
        strippedVerbEnding = true;
    }
    w = buffer;
    if (endsWith(w, u"ation") && w.size() >= 8)
        replaceSuffix(3);
    else if (endsWith(w, u"ly") && w.size() >= 6)
        replaceSuffix(2);

    // "stopped" -> "stopp" -> "stop", so that it meets "stop".
    const size_t n = buffer.size();
    if (strippedVerbEnding && n >= 4 && buffer[n - 1] == buffer[n - 2] && !isVowel(buffer[n - 1])
        && buffer[n - 1] != u'l' && buffer[n - 1] != u's' && buffer[n - 1] != u'z')
        buffer.pop_back();
    // "raise", "raised" and "raising" all end as "rais".
    if (buffer.size() >= 5 && buffer.back() == u'e')
        buffer.pop_back();
    return buffer;
}

} // namespace parallax
