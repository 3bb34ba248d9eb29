#include "WordClasses.h"

#include <unordered_set>

namespace parallax {

namespace {

using WordSet = std::unordered_set<std::u16string_view>;

bool endsWith(std::u16string_view word, std::u16string_view suffix)
{
    return word.size() > suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

} // namespace

bool isNegation(std::u16string_view word)
{
    static const WordSet words = {u"not", u"no", u"never", u"none", u"nobody", u"nothing", u"neither",
                                  u"nor", u"cannot", u"without", u"nowhere"};
    return words.contains(word) || endsWith(word, u"n't");
}

bool isFrameWord(std::u16string_view word)
{
    static const WordSet words = {
        // Titles and roles: who speaks.
        u"president", u"vice", u"secretary", u"minister", u"premier", u"chancellor", u"ambassador",
        u"spokesman", u"spokeswoman", u"spokesperson", u"senator", u"governor", u"director",
        u"chairman", u"chairwoman", u"chief", u"executive", u"envoy", u"mayor", u"leader", u"deputy",
        u"official", u"officials", u"counterpart", u"representative", u"commander", u"adviser", u"advisor",
        u"manager", u"coach", u"head", u"former", u"spokesmen", u"spokeswomen", u"ministers",
        u"sources", u"source", u"analysts", u"analyst", u"statement", u"briefing",
        // Wire credits and page furniture that wire copy repeats.
        u"writer", u"contributed", u"contributing", u"reporting", u"editing", u"additional",
        u"correspondent", u"press", u"agency", u"newsroom", u"correction",
        // Attribution verbs beside "said", which is a function word already.
        u"confirmed", u"confirms", u"report", u"reported", u"reports", u"announced", u"announces", u"added",
        u"adds", u"noted", u"stated", u"insisted", u"claimed", u"explained", u"warned", u"told",
        u"asked", u"declined", u"comment", u"quoted", u"quoting", u"familiar", u"matter",
    };
    return words.contains(word);
}

bool isPersonalPronoun(std::u16string_view word)
{
    static const WordSet words = {u"he", u"she", u"they", u"him", u"her", u"them", u"his", u"hers",
                                  u"their", u"it", u"its", u"he's", u"she's", u"they're"};
    return words.contains(word);
}

bool isCalendarWord(std::u16string_view word)
{
    static const WordSet words = {
        u"january", u"february", u"march", u"april", u"may", u"june", u"july", u"august", u"september",
        u"october", u"november", u"december", u"monday", u"tuesday", u"wednesday", u"thursday",
        u"friday", u"saturday", u"sunday", u"yesterday", u"today", u"tomorrow", u"weekend",
        u"tonight"};
    return words.contains(word);
}

} // namespace parallax
