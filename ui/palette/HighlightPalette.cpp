#include "HighlightPalette.h"

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

QColor mixed(const QColor &over, const QColor &under, double amount)
{
    const auto channel = [amount](double a, double b) { return a * amount + b * (1.0 - amount); };
    return QColor::fromRgbF(float(channel(over.redF(), under.redF())),
                            float(channel(over.greenF(), under.greenF())),
                            float(channel(over.blueF(), under.blueF())));
}

} // namespace

HighlightPalette::HighlightPalette(Scheme scheme, const QPalette &palette)
    : m_scheme(scheme)
    , m_base(palette.color(QPalette::Base))
    , m_furniture(palette.color(QPalette::Disabled, QPalette::Text))
    , m_dark(palette.color(QPalette::Base).lightnessF() < 0.5)
{
}

QString HighlightPalette::schemeName(Scheme scheme)
{
    return scheme == Scheme::Classic ? u"classic"_s : u"okabe-ito"_s;
}

HighlightPalette::Scheme HighlightPalette::schemeFromName(const QString &name)
{
    return name == u"classic" ? Scheme::Classic : Scheme::OkabeIto;
}

QString HighlightPalette::schemeTitle(Scheme scheme)
{
    return scheme == Scheme::Classic ? tr("Classic (green, yellow, red)")
                                     : tr("Okabe–Ito (safe for colour blindness)");
}

QString HighlightPalette::markTitle(Mark mark)
{
    switch (mark) {
    case Mark::Identical:
        return tr("Identical");
    case Mark::Near:
        return tr("Near-verbatim");
    case Mark::Paraphrase:
        return tr("Paraphrase");
    case Mark::Unique:
        return tr("Only here");
    }
    return {};
}

HighlightPalette::Mark HighlightPalette::markFor(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Identical:
        return Mark::Identical;
    case LinkKind::Near:
        return Mark::Near;
    case LinkKind::Paraphrase:
        return Mark::Paraphrase;
    }
    return Mark::Paraphrase;
}

QColor HighlightPalette::hue(Mark mark) const
{
    // Okabe & Ito (2008): blue, bluish green, orange and reddish purple stay
    // apart under the common forms of colour blindness, also as pale washes.
    if (m_scheme == Scheme::OkabeIto) {
        switch (mark) {
        case Mark::Identical:
            return QColor(0x00, 0x72, 0xB2);
        case Mark::Near:
            return QColor(0x00, 0x9E, 0x73);
        case Mark::Paraphrase:
            return QColor(0xE6, 0x9F, 0x00);
        case Mark::Unique:
            return QColor(0xCC, 0x79, 0xA7);
        }
    }
    switch (mark) {
    case Mark::Identical:
        return QColor(0x4E, 0x9A, 0x06);
    case Mark::Near:
        return QColor(0x8A, 0xB8, 0x34);
    case Mark::Paraphrase:
        return QColor(0xC4, 0xA0, 0x00);
    case Mark::Unique:
        return QColor(0xCC, 0x00, 0x00);
    }
    return {};
}

// On a dark base a wash needs more of the hue to be seen at all; on a light
// one less, or black text loses contrast.
QColor HighlightPalette::blended(Mark mark, double amount) const
{
    return mixed(hue(mark), m_base, m_dark ? amount * 1.5 : amount);
}

QColor HighlightPalette::paragraph(Mark mark) const
{
    return blended(mark, 0.10);
}

QColor HighlightPalette::span(Mark mark) const
{
    return blended(mark, 0.30);
}

QColor HighlightPalette::band(Mark mark) const
{
    return blended(mark, 0.35);
}

} // namespace parallax
