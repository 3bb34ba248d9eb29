#pragma once

#include "core/Article.h"
#include "coverage/ClaimMatrix.h"

#include <QTreeWidget>

namespace parallax {

// The claims only one outlet makes, under that outlet: what each adds that
// nobody else reports.
class UniqueClaimsView final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UniqueClaimsView)
public:
    explicit UniqueClaimsView(QWidget *parent = nullptr);
    void setClaims(const QList<Article> &articles, const QList<ClaimRow> &rows, const QStringList &names);
};

} // namespace parallax
