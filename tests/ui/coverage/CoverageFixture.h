#pragma once

// A small invented story for the coverage widgets: three outlets, a shared
// wire paragraph, a figure that differs, a quote and a sentence of each
// outlet's own. Header-only: each test executable is one translation unit.

#include "align/Aligner.h"
#include "core/Article.h"

#include <QRegularExpression>

namespace parallax::test {

using namespace Qt::StringLiterals;

inline Block fixtureBlock(const QString &text)
{
    static const QRegularExpression end(u"[.!?]\\s+"_s);
    Block block{text, BlockRole::Body, false, {}};
    int start = 0;
    for (auto it = end.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        block.sentences.append({start, int(m.capturedStart()) + 1});
        start = int(m.capturedEnd());
    }
    if (start < text.size())
        block.sentences.append({start, int(text.size())});
    return block;
}

inline QList<Article> fixtureStory()
{
    const QString wire = u"The ferry union called a strike for Monday after talks with the operator broke down."_s;
    const QStringList outlets{u"Harbour Gazette"_s, u"Island Times"_s, u"Coast Radio"_s};
    const QList<QStringList> texts{
        {wire, u"The operator said the strike would cost 300 billion krona in lost trade."_s,
         u"“We will keep every ferry in port until we are heard,” said Maria Lopez, the union leader."_s},
        {wire, u"The operator said the strike would cost 200 billion krona in lost trade."_s,
         u"Shops on the islands ran short of bread and milk by Sunday evening."_s},
        {u"Islanders face a weekend without ferries as the union walks out."_s,
         u"“We will keep every ferry in port until we are heard,” Lopez said."_s}};
    QList<Article> articles;
    for (int i = 0; i < 3; ++i) {
        Article a;
        a.id = 101 + i;
        a.meta.outlet = outlets[i];
        a.meta.published = QDate(2024, 3, 3 - i);
        for (const QString &p : texts[i])
            a.blocks.append(fixtureBlock(p));
        articles.append(a);
    }
    return articles;
}

} // namespace parallax::test
