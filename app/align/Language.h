#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

namespace parallax {

struct Article;

// A language the engine reads words in, named by the primary subtag of its
// BCP 47 tag ("de" for "de-AT", "zh" for "zh-Hans-CN"). Each language has
// one small id for the life of the process, so that words, stems and
// stemmers can be kept apart by it. The default is English.
class Language final
{
public:
    Language() = default;

    // An empty or malformed tag is English, the engine's reading before it
    // knew languages.
    static Language fromTag(QStringView tag);
    // The article's stored language; when none was stored, a guess from
    // the script its text is written in (Han, kana, Hangul, Arabic, Greek,
    // Cyrillic, Hebrew, Thai), and for Latin text from the stop words of
    // English, German, French, Spanish, Italian, Portuguese and Dutch.
    static Language ofArticle(const Article &article);

    int id() const { return m_id; }
    QString code() const;
    bool isEnglish() const { return m_id == 0; }
    // Chinese and Japanese: no stemmer, and word boundaries from a dictionary.
    bool writesWithoutSpaces() const;
    // Whether a capital letter hints at a name; German capitalises every
    // noun, and most scripts have no case.
    bool capitalMarksName() const;

    friend bool operator==(Language, Language) = default;

private:
    explicit Language(int id) : m_id(id) {}
    int m_id = 0;
};

// How many of the articles are in each language (codes as Language::code()),
// in the order the languages first come; articles in different languages
// are compared only within their own.
QList<std::pair<QString, int>> languageCounts(const QList<Article> &articles);

} // namespace parallax
