#pragma once

#include "core/Article.h"
#include "coverage/ClaimMatrix.h"

#include <QTreeWidget>

namespace parallax {

// The claims only one outlet makes, under that outlet: what each adds that
// nobody else reports. Under each claim, the sentence elsewhere that comes
// closest and the matcher's score for it, so that a person can check the
// judgement rather than believe it.
class UniqueClaimsView final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UniqueClaimsView)
public:
    explicit UniqueClaimsView(QWidget *parent = nullptr);
    void setClaims(const QList<Article> &articles, const QList<ClaimRow> &rows, const QStringList &names);

    // The claim (index into Comparison::claims) of the item at pos in the
    // viewport, or of its closest line; -1 for an outlet or nothing.
    int claimAt(const QPoint &pos) const;
    // The item of a claim, nullptr when the list does not hold it.
    QTreeWidgetItem *claimItem(int claim) const;
    // The closest-elsewhere line under a claim's item.
    QTreeWidgetItem *closestItem(int claim) const;

    // "Closest elsewhere: Harbour Gazette, 0.41 — “…”", the sentence cut
    // short past maxLength characters (0: whole), or why there is none.
    static QString closestText(const QList<Article> &articles, const ClaimRow &row, const QStringList &names,
                               int maxLength);

Q_SIGNALS:
    // A claim was activated (double-click, Enter): show it in the claims matrix.
    void claimActivated(int claim);
    // Its closest line was: go to that sentence.
    void sentenceActivated(int article, int block, int sentence);
};

} // namespace parallax
