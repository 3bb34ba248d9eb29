#include "TimelineView.h"

#include "ArticleTextDelegate.h"

#include <QHeaderView>
#include <QLocale>

namespace parallax {

TimelineView::TimelineView(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderLabels({tr("Published"), tr("Outlet"), tr("Provenance")});
    // Not the dates: they are written in the window's own script and order.
    setItemDelegateForColumn(1, new ArticleTextDelegate(this));
    setItemDelegateForColumn(2, new ArticleTextDelegate(this));
    setRootIsDecorated(false);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

QString TimelineView::derivationTitle(DerivationLabel label)
{
    switch (label) {
    case DerivationLabel::WhollyDerived:
        return tr("Wholly derived");
    case DerivationLabel::PartlyDerived:
        return tr("Partly derived");
    case DerivationLabel::Independent:
        break;
    }
    return tr("Independent");
}

void TimelineView::setTimeline(const QList<TimelineEntry> &timeline, const QList<ArticleDerivation> &derivation,
                               const QStringList &names)
{
    clear();
    for (const TimelineEntry &entry : timeline) {
        const QString date = entry.published.isValid() ? QLocale().toString(entry.published, QLocale::ShortFormat)
                                                       : tr("date unknown");
        QString provenance;
        if (entry.article < derivation.size()) {
            const ArticleDerivation &d = derivation[entry.article];
            provenance = tr("%1: %L2% of its words shared with other outlets").arg(derivationTitle(d.label))
                             .arg(qRound(d.share * 100));
            if (d.closest >= 0 && d.label != DerivationLabel::Independent)
                provenance += tr(", most with %1").arg(names.value(d.closest));
        }
        auto *item = new QTreeWidgetItem(this, {date, names.value(entry.article), provenance});
        item->setToolTip(2, provenance);
    }
}

} // namespace parallax
