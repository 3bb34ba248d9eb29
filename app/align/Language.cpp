#include "Language.h"

#include "Folding.h"
#include "StopWords.h"
#include "core/Article.h"

#include <QMutex>
#include <QStringList>

#include <algorithm>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// Codes by id; grows when a comparison meets a language first, and never
// shrinks, so an id handed out stays valid.
struct Registry {
    QMutex mutex;
    QStringList codes{u"en"_s};
};

Registry &registry()
{
    static Registry r;
    return r;
}

QString primarySubtag(QStringView tag)
{
    qsizetype end = 0;
    while (end < tag.size() && tag[end] != u'-' && tag[end] != u'_')
        ++end;
    const QString primary = tag.left(end).toString().toLower();
    if (primary.size() < 2 || primary.size() > 3)
        return {};
    for (QChar c : primary) {
        if (c < u'a' || c > u'z')
            return {};
    }
    // Norwegian Bokmål and Nynorsk read as Norwegian; Snowball has one.
    if (primary == u"nb"_s || primary == u"nn"_s)
        return u"no"_s;
    return primary;
}

// The language a script is (nearly) always written in, for an article whose
// language was never detected; empty for Latin and scripts shared widely.
QString languageOfScript(const Article &article)
{
    int counts[9] = {};
    enum { Han, Kana, Hangul, Arabic, Greek, Cyrillic, Hebrew, Thai, Latin };
    int seen = 0;
    for (const Block &block : article.blocks) {
        if (!takesPartInAlignment(block.role))
            continue;
        for (QChar c : block.text) {
            if (!c.isLetter())
                continue;
            switch (c.script()) {
            case QChar::Script_Han: ++counts[Han]; break;
            case QChar::Script_Hiragana:
            case QChar::Script_Katakana: ++counts[Kana]; break;
            case QChar::Script_Hangul: ++counts[Hangul]; break;
            case QChar::Script_Arabic: ++counts[Arabic]; break;
            case QChar::Script_Greek: ++counts[Greek]; break;
            case QChar::Script_Cyrillic: ++counts[Cyrillic]; break;
            case QChar::Script_Hebrew: ++counts[Hebrew]; break;
            case QChar::Script_Thai: ++counts[Thai]; break;
            default: ++counts[Latin]; break;
            }
            // Enough letters to tell; an article is one script throughout.
            if (++seen == 2000)
                break;
        }
        if (seen == 2000)
            break;
    }
    int best = Latin;
    for (int s = 0; s < 9; ++s) {
        if (counts[s] > counts[best])
            best = s;
    }
    // Japanese mixes kanji with kana; Chinese has no kana.
    if (best == Han && counts[Kana] * 10 > counts[Han])
        best = Kana;
    static const char16_t *const codes[] = {u"zh", u"ja", u"ko", u"ar", u"el", u"ru", u"he", u"th", u""};
    return QString::fromUtf16(codes[best]);
}

// For Latin text without a stored language: the language whose stop words
// ("und", "der"; "les", "des"; "los", "que") are most of its first few hundred
// words, English unless another has clearly more. Articles stored before
// languages were detected are read so.
QString languageOfStopWords(const Article &article)
{
    static const QStringList candidates{u"en"_s, u"de"_s, u"fr"_s, u"es"_s, u"it"_s, u"pt"_s, u"nl"_s};
    std::vector<int> hits(size_t(candidates.size()), 0);
    std::vector<Language> languages;
    for (const QString &code : candidates)
        languages.push_back(Language::fromTag(code));
    std::u16string folded;
    int words = 0;
    for (const Block &block : article.blocks) {
        if (!takesPartInAlignment(block.role))
            continue;
        for (QStringView word : QStringView(block.text).split(u' ', Qt::SkipEmptyParts)) {
            for (size_t l = 0; l < languages.size(); ++l) {
                foldWord(word, languages[l], folded);
                hits[l] += StopWords::of(languages[l]).contains(folded) ? 1 : 0;
            }
            if (++words == 300)
                break;
        }
        if (words == 300)
            break;
    }
    size_t best = 0;
    for (size_t l = 1; l < hits.size(); ++l) {
        if (hits[l] > hits[best])
            best = l;
    }
    // Clearly ahead: shared words ("a", "in", "de") must not tip it.
    return hits[best] >= 5 && hits[best] > hits[0] * 3 / 2 ? candidates[qsizetype(best)] : u"en"_s;
}

} // namespace

Language Language::fromTag(QStringView tag)
{
    const QString code = primarySubtag(tag);
    if (code.isEmpty())
        return {};
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    qsizetype id = r.codes.indexOf(code);
    if (id < 0) {
        id = r.codes.size();
        r.codes.append(code);
    }
    return Language(int(id));
}

Language Language::ofArticle(const Article &article)
{
    if (!article.language.isEmpty())
        return fromTag(article.language);
    const QString script = languageOfScript(article);
    return fromTag(script.isEmpty() ? languageOfStopWords(article) : script);
}

QString Language::code() const
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    return r.codes.at(m_id);
}

bool Language::writesWithoutSpaces() const
{
    const QString c = code();
    return c == u"zh"_s || c == u"ja"_s || c == u"th"_s || c == u"lo"_s || c == u"km"_s || c == u"my"_s;
}

bool Language::capitalMarksName() const
{
    return code() != u"de"_s;
}

QList<std::pair<QString, int>> languageCounts(const QList<Article> &articles)
{
    QList<std::pair<QString, int>> counts;
    for (const Article &article : articles) {
        const QString code = Language::ofArticle(article).code();
        auto it = std::find_if(counts.begin(), counts.end(), [&code](const auto &c) { return c.first == code; });
        if (it == counts.end())
            counts.append({code, 1});
        else
            ++it->second;
    }
    return counts;
}

} // namespace parallax
