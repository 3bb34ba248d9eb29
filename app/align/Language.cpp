#include "Language.h"

#include "core/Article.h"

#include <QMutex>
#include <QStringList>

#include <algorithm>

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
    return fromTag(article.language.isEmpty() ? languageOfScript(article) : article.language);
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
