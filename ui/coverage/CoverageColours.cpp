#include "CoverageColours.h"

#include <QPalette>

namespace parallax::coverage_ui {

QColor wash(const QColor &hue, const QPalette &palette, double strength)
{
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [strength](int from, int to) { return int(from + (to - from) * strength); };
    return QColor(mix(base.red(), hue.red()), mix(base.green(), hue.green()), mix(base.blue(), hue.blue()));
}

} // namespace parallax::coverage_ui
