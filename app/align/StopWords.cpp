#include "StopWords.h"

#include "Folding.h"

#include <QFile>
#include <QMutex>
#include <QRegularExpression>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace parallax {

const StopWords &StopWords::of(Language language)
{
    static QMutex mutex;
    static std::map<int, std::unique_ptr<StopWords>> loaded;
    QMutexLocker lock(&mutex);
    std::unique_ptr<StopWords> &words = loaded[language.id()];
    if (words)
        return *words;
    words = std::make_unique<StopWords>();
    QFile file(u":/stopwords/"_s + language.code() + u".txt"_s);
    if (!file.open(QIODevice::ReadOnly))
        return *words;
    static const QRegularExpression space(u"\\s+"_s);
    std::u16string folded;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(u'#'))
            continue;
        for (const QString &word : line.split(space, Qt::SkipEmptyParts)) {
            foldWord(word, language, folded);
            if (!folded.empty())
                words->m_words.insert(folded);
        }
    }
    return *words;
}

} // namespace parallax
