#pragma once

// What the words of an element's class and id say it is; private to the
// HTML reader. One vocabulary for every judgement that reads names, so that
// a word means the same wherever it is weighed.

#include <QFlags>
#include <QString>

#include <gumbo.h>

namespace parallax::htmlreader {

enum class ClassMeaning {
    Content = 0x01,      // "article", "story-body", "entry-content"
    Furniture = 0x02,    // ads, sharing, navigation, related links, comments…
    Captions = 0x04,     // a gallery's legends, captions, a slideshow
    OthersText = 0x08,   // comments, related stories, sign-up, galleries: text not the story's
    Unlikely = 0x10,     // meta lines, tags, media boxes, headers: seldom the story
    Byline = 0x20,       // "byline", "author", "dateline"
    AuthorsJob = 0x40,   // "author-title", "job", "role"
};
Q_DECLARE_FLAGS(ClassMeanings, ClassMeaning)
Q_DECLARE_OPERATORS_FOR_FLAGS(ClassMeanings)

struct ClassWords {
    ClassMeanings meanings;
    QString furnitureWord; // the first word meaning Furniture, else Captions
};

// What the element's class and id words mean, together.
ClassWords classWordsOf(const GumboNode *element);

inline bool hasMeaning(const GumboNode *element, ClassMeaning meaning)
{
    return classWordsOf(element).meanings.testFlag(meaning);
}

} // namespace parallax::htmlreader
