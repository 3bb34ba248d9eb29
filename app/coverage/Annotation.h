#pragma once

#include <QDateTime>
#include <QString>

namespace parallax {

// What a person's note says about the text it marks.
enum class AnnotationLabel { ToCheck, Confirmed, Disputed, Context };

// "to-check", "confirmed", "disputed", "context": the names the library stores.
QString annotationLabelName(AnnotationLabel label);
bool annotationLabelFromName(const QString &name, AnnotationLabel *label);

// A note on a span of one block's text. It is anchored to the block and its
// text, not to any alignment, so re-aligning an article keeps it.
struct Annotation {
    qint64 id = 0; // 0 until the library stores it
    qint64 articleId = 0;
    int block = 0; // index into Article::blocks
    int start = 0; // UTF-16 code units into the block text, end exclusive
    int end = 0;
    AnnotationLabel label = AnnotationLabel::ToCheck;
    QString note;
    QDateTime created; // UTC
    QDateTime updated;
    friend bool operator==(const Annotation &, const Annotation &) = default;
};

} // namespace parallax
