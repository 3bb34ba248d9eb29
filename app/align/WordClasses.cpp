#include "WordClasses.h"

#include <cstdint>
#include <unordered_map>

namespace parallax {

namespace {

constexpr std::u16string_view Negations[] = {
    u"not", u"no", u"never", u"none", u"nobody", u"nothing", u"neither",
    u"nor", u"cannot", u"without", u"nowhere"
};

// Titles and roles: who speaks. Also what the coverage facts read as a
// title beside a name ("Foreign Minister Qin Gang").
constexpr std::u16string_view TitleWords[] = {
    u"president", u"vice", u"secretary", u"minister", u"premier", u"chancellor", u"ambassador",
    u"spokesman", u"spokeswoman", u"spokesperson", u"senator", u"governor", u"director",
    u"chairman", u"chairwoman", u"chief", u"executive", u"envoy", u"mayor", u"leader", u"deputy",
    u"official", u"officials", u"counterpart", u"representative", u"commander", u"adviser", u"advisor",
    u"manager", u"coach", u"head", u"former", u"spokesmen", u"spokeswomen", u"ministers",
    u"general", u"admiral", u"chair", u"king", u"queen", u"prince", u"diplomat", u"speaker",
};

constexpr std::u16string_view FrameWords[] = {
    // Who is said to speak, and how.
    u"sources", u"source", u"analysts", u"analyst", u"statement", u"briefing",
    // Wire credits and page furniture that wire copy repeats.
    u"writer", u"contributed", u"contributing", u"reporting", u"editing", u"additional",
    u"correspondent", u"press", u"agency", u"newsroom", u"correction",
    // Attribution verbs beside "said", which is a function word already.
    u"confirmed", u"confirms", u"report", u"reported", u"reports", u"announced", u"announces", u"added",
    u"adds", u"noted", u"stated", u"insisted", u"claimed", u"explained", u"warned", u"told",
    u"asked", u"declined", u"comment", u"quoted", u"quoting", u"familiar", u"matter",
};

constexpr std::u16string_view PersonalPronouns[] = {
    u"he", u"she", u"they", u"him", u"her", u"them", u"his", u"hers",
    u"their", u"it", u"its", u"he's", u"she's", u"they're"
};

constexpr std::u16string_view CalendarWords[] = {
    u"january", u"february", u"march", u"april", u"may", u"june", u"july", u"august", u"september",
    u"october", u"november", u"december", u"monday", u"tuesday", u"wednesday", u"thursday",
    u"friday", u"saturday", u"sunday", u"yesterday", u"today", u"tomorrow", u"weekend",
    u"tonight"
};

enum Flag : std::uint8_t { Negation = 1, Frame = 2, Pronoun = 4, Calendar = 8, Title = 16 };

// One table for the four classes: a new word costs one lookup, not four.
const std::unordered_map<std::u16string_view, std::uint8_t> &classTable()
{
    static const auto table = [] {
        std::unordered_map<std::u16string_view, std::uint8_t> t;
        const auto add = [&t](const auto &words, Flag flag) {
            for (std::u16string_view w : words)
                t[w] |= flag;
        };
        add(Negations, Negation);
        add(TitleWords, Frame);
        add(TitleWords, Title);
        add(FrameWords, Frame);
        add(PersonalPronouns, Pronoun);
        add(CalendarWords, Calendar);
        return t;
    }();
    return table;
}

} // namespace

WordClass wordClassOf(std::u16string_view word)
{
    const auto it = classTable().find(word);
    const std::uint8_t flags = it == classTable().end() ? 0 : it->second;
    return {(flags & Negation) != 0 || (word.size() > 3 && word.ends_with(u"n't")), (flags & Frame) != 0,
            (flags & Title) != 0, (flags & Pronoun) != 0, (flags & Calendar) != 0};
}

} // namespace parallax
