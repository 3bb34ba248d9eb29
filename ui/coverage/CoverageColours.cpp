#include "CoverageColours.h"

#include <QPalette>

namespace parallax::coverage_ui {

QColor noteHue(AnnotationLabel label)
{
    switch (label) {
    case AnnotationLabel::Confirmed:
        return nearHue;
    case AnnotationLabel::Disputed:
        return discrepancyHue;
    case AnnotationLabel::Context:
        return {0x56, 0xb4, 0xe9}; // sky blue
    case AnnotationLabel::ToCheck:
        break;
    }
    return {0xb8, 0xa9, 0x00}; // Okabe–Ito yellow, darkened to read on white
}

QColor wash(const QColor &hue, const QPalette &palette, double strength)
{
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [strength](int from, int to) { return int(from + (to - from) * strength); };
    return QColor(mix(base.red(), hue.red()), mix(base.green(), hue.green()), mix(base.blue(), hue.blue()));
}

} // namespace parallax::coverage_ui
