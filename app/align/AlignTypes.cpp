#include "AlignTypes.h"

#include <QString>

using namespace Qt::StringLiterals;

namespace parallax {

QString linkKindName(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Identical:
        return u"identical"_s;
    case LinkKind::Near:
        return u"near"_s;
    case LinkKind::Paraphrase:
        return u"paraphrase"_s;
    }
    return u"paraphrase"_s;
}

bool linkKindFromName(const QString &name, LinkKind *kind)
{
    for (LinkKind candidate : {LinkKind::Identical, LinkKind::Near, LinkKind::Paraphrase}) {
        if (linkKindName(candidate) == name) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QString clashKindName(ClashKind kind)
{
    switch (kind) {
    case ClashKind::None:
        return u"none"_s;
    case ClashKind::Figure:
        return u"figure"_s;
    case ClashKind::Date:
        return u"date"_s;
    case ClashKind::Name:
        return u"name"_s;
    case ClashKind::Opposite:
        return u"opposite"_s;
    case ClashKind::Negation:
        return u"negation"_s;
    }
    return u"none"_s;
}

} // namespace parallax
