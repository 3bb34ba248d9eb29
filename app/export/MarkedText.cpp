#include "MarkedText_p.h"

#include "HtmlEscape_p.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace parallax::html {
namespace {

constexpr int Layers = 3;
constexpr int None = -1;

QString openTag(const TextMark &mark, bool withId)
{
    const bool link = !mark.href.isEmpty();
    QString tag = link ? u"<a"_s : u"<span"_s;
    if (!mark.cssClass.isEmpty())
        tag += u" class=\""_s + escaped(mark.cssClass) + u'"';
    if (withId && !mark.id.isEmpty())
        tag += u" id=\""_s + escaped(mark.id) + u'"';
    if (link)
        tag += u" href=\""_s + escaped(mark.href) + u'"';
    return tag + u'>';
}

QString closeTag(const TextMark &mark)
{
    return mark.href.isEmpty() ? u"</span>"_s : u"</a>"_s;
}

} // namespace

QString markedTextHtml(const QString &text, QList<TextMark> marks)
{
    const int size = int(text.size());
    for (TextMark &mark : marks) {
        mark.start = std::clamp(mark.start, 0, size);
        mark.end = std::clamp(mark.end, mark.start, size);
        mark.layer = std::clamp(mark.layer, 0, Layers - 1);
    }
    marks.removeIf([](const TextMark &mark) { return mark.start == mark.end; });
    std::stable_sort(marks.begin(), marks.end(),
                     [](const TextMark &a, const TextMark &b) { return a.start < b.start; });

    QList<int> cuts{0, size};
    for (const TextMark &mark : marks)
        cuts << mark.start << mark.end;
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    QString out;
    out.reserve(size + int(marks.size()) * 64);
    std::array<int, Layers> open{None, None, None};
    QList<bool> idGiven(marks.size(), false);
    const auto close = [&](int layer) {
        for (int l = Layers - 1; l >= layer; --l) {
            if (open[size_t(l)] != None)
                out += closeTag(marks[open[size_t(l)]]);
            open[size_t(l)] = None;
        }
    };
    for (qsizetype c = 0; c + 1 < cuts.size(); ++c) {
        const int from = cuts[c];
        const int to = cuts[c + 1];
        std::array<int, Layers> covering{None, None, None};
        for (qsizetype m = 0; m < marks.size() && marks[m].start <= from; ++m) {
            int &slot = covering[size_t(marks[m].layer)];
            if (slot == None && marks[m].end >= to)
                slot = int(m);
        }
        for (int layer = 0; layer < Layers; ++layer) {
            if (covering[size_t(layer)] == open[size_t(layer)])
                continue;
            close(layer);
            for (int l = layer; l < Layers; ++l) {
                const int m = covering[size_t(l)];
                if (m == None)
                    continue;
                out += openTag(marks[m], !idGiven[m]);
                idGiven[m] = true;
                open[size_t(l)] = m;
            }
            break;
        }
        out += escaped(QStringView(text).mid(from, to - from));
    }
    close(0);
    return out;
}

} // namespace parallax::html
