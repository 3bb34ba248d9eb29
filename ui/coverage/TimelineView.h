#pragma once

#include "core/Article.h"
#include "coverage/Derivation.h"
#include "coverage/Timeline.h"

#include <QTreeWidget>

namespace parallax {

// The story's articles by publication date, earliest first, undated last,
// each with its wire-copy label: who ran first and who followed whom.
class TimelineView final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)
public:
    explicit TimelineView(QWidget *parent = nullptr);
    void setTimeline(const QList<TimelineEntry> &timeline, const QList<ArticleDerivation> &derivation,
                     const QStringList &names);

    static QString derivationTitle(DerivationLabel label);
};

} // namespace parallax
