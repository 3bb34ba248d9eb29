#include "Annotation.h"

#include <array>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

constexpr std::array names{u"to-check", u"confirmed", u"disputed", u"context"};

} // namespace

QString annotationLabelName(AnnotationLabel label)
{
    return QString::fromUtf16(names[size_t(label)]);
}

bool annotationLabelFromName(const QString &name, AnnotationLabel *label)
{
    for (size_t i = 0; i < names.size(); ++i) {
        if (name == QStringView(names[i])) {
            *label = AnnotationLabel(i);
            return true;
        }
    }
    return false;
}

} // namespace parallax
