#pragma once

#include "core/Article.h"
#include "coverage/ClaimMatrix.h"
#include "coverage/Discrepancies.h"

#include <QTextBrowser>

namespace parallax {

// Each outlet's sentence for one claim, with the words that differ from
// the first outlet's wording washed, and differing facts underlined in
// vermilion ("June 18-19" against "Sunday and Monday").
class ClaimDetailView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimDetailView)
public:
    explicit ClaimDetailView(QWidget *parent = nullptr);

    void showClaim(const QList<Article> &articles, const ClaimRow &row, const QStringList &names,
                   const QList<Discrepancy> &discrepancies);
};

} // namespace parallax
