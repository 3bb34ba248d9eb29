#pragma once

#include "coverage/QuoteGroups.h"

#include <QTreeWidget>

namespace parallax {

// Quoted speech across the story: speaker, the quote, how many outlets
// carry it and whether their wording differs; each outlet's wording below.
class QuotesView final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotesView)
public:
    explicit QuotesView(QWidget *parent = nullptr);
    void setQuotes(const QList<QuoteGroup> &groups, const QStringList &names);
};

} // namespace parallax
