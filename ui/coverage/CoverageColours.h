#pragma once

#include "coverage/Annotation.h"

#include <QColor>

class QPalette;

namespace parallax::coverage_ui {

// Okabe–Ito hues (Okabe & Ito, 2008), safe for the common colour-vision
// deficiencies and the same ones the comparison panes use.
inline const QColor identicalHue{0x00, 0x72, 0xb2}; // blue
inline const QColor nearHue{0x00, 0x9e, 0x73};      // bluish green
inline const QColor paraphraseHue{0xe6, 0x9f, 0x00}; // orange
inline const QColor soleHue{0xcc, 0x79, 0xa7};      // reddish purple
inline const QColor discrepancyHue{0xd5, 0x5e, 0x00}; // vermilion

// A note's underline and margin bar, by its label: the colours the exported
// page marks notes with (app/export/Notes.cpp).
QColor noteHue(AnnotationLabel label);

// The hue blended into the palette's base at strength (0-1), so a wash
// keeps text readable in light and dark themes alike.
QColor wash(const QColor &hue, const QPalette &palette, double strength);

} // namespace parallax::coverage_ui
