#pragma once

#include "core/Article.h"
#include "coverage/ClaimMatrix.h"
#include "coverage/Discrepancies.h"

#include <QTextBrowser>

namespace parallax {

// Each outlet's sentence for one claim, with the words that differ from
// the first outlet's wording washed, and differing facts underlined in
// vermilion ("June 18-19" against "Sunday and Monday"). A claim only one
// outlet makes names the closest sentence elsewhere, whole, with the
// matcher's score; links under the claim let a person merge it with that
// sentence's claim, take a sentence out of it, or leave it to the matcher
// again when they grouped it by hand.
class ClaimDetailView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimDetailView)
public:
    explicit ClaimDetailView(QWidget *parent = nullptr);

    // editable: offer the links that record a person's decision on the
    // claim (the articles are stored, so a decision can name them).
    void showClaim(const QList<Article> &articles, const ClaimRow &row, const QStringList &names,
                   const QList<Discrepancy> &discrepancies, bool editable = false);
    void clear();

    // The claim shown (index into Comparison::claims), -1 for none.
    int claim() const { return m_claim; }

Q_SIGNALS:
    // The closest sentence elsewhere was clicked: go to it.
    void sentenceActivated(int article, int block, int sentence);
    // A person's word on the claim shown, from the links under it.
    void mergeWithNearestRequested(int claim);
    void mergeWithOtherRequested(int claim);
    void splitRequested(int claim, int article);
    void forgetRequested(int claim);

private:
    void follow(const QUrl &link);

    int m_claim = -1;
};

} // namespace parallax
