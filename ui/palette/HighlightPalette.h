#pragma once

#include "align/AlignTypes.h"

#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QString>

namespace parallax {

// The colours of correspondence, chosen as hues and turned into backgrounds
// against whatever QPalette the window has, so that light and dark themes
// both keep text readable (Qt 6.4 cannot ask the system for its scheme).
class HighlightPalette final
{
    Q_DECLARE_TR_FUNCTIONS(HighlightPalette)
public:
    enum class Scheme { OkabeIto, Classic };
    enum class Mark { Identical, Near, Paraphrase, Unique };

    HighlightPalette() = default;
    HighlightPalette(Scheme scheme, const QPalette &palette);

    static QString schemeName(Scheme scheme);        // for settings, not shown
    static Scheme schemeFromName(const QString &name);
    static QString schemeTitle(Scheme scheme);       // shown in Preferences
    static QString markTitle(Mark mark);             // shown in the legend

    static Mark markFor(LinkKind kind);

    Scheme scheme() const { return m_scheme; }
    bool isDark() const { return m_dark; }
    QColor hue(Mark mark) const;          // strokes: gutter outlines, ruler marks
    QColor paragraph(Mark mark) const;    // faint wash behind a whole paragraph
    QColor span(Mark mark) const;         // stronger wash behind shared words
    QColor band(Mark mark) const;         // gutter band fill
    QColor furniture() const { return m_furniture; }

private:
    QColor blended(Mark mark, double amount) const;

    Scheme m_scheme = Scheme::OkabeIto;
    QColor m_base = Qt::white;
    QColor m_furniture = Qt::gray;
    bool m_dark = false;
};

} // namespace parallax
