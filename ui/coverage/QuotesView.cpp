#include "QuotesView.h"

#include "ArticleTextDelegate.h"
#include "CoverageColours.h"

#include <QHeaderView>

namespace parallax {

QuotesView::QuotesView(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderLabels({tr("Speaker"), tr("Outlets"), tr("Wording"), tr("Quote")});
    setItemDelegate(new ArticleTextDelegate(this));
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

void QuotesView::setQuotes(const QList<QuoteGroup> &groups, const QStringList &names)
{
    clear();
    for (const QuoteGroup &group : groups) {
        const QString speaker = group.speaker.isEmpty() ? tr("(not named)") : group.speaker;
        auto *item = new QTreeWidgetItem(this, {speaker, QString::number(group.outlets()),
                                                group.outlets() < 2 ? QString()
                                                : group.wordingDiffers ? tr("differs")
                                                                       : tr("same"),
                                                group.occurrences.first().text});
        item->setToolTip(3, group.occurrences.first().text);
        if (group.wordingDiffers)
            item->setForeground(2, coverage_ui::discrepancyHue);
        for (const QuoteOccurrence &q : group.occurrences) {
            auto *child = new QTreeWidgetItem(item, {q.speaker, names.value(q.article), QString(), q.text});
            child->setToolTip(3, q.text);
        }
    }
}

} // namespace parallax
