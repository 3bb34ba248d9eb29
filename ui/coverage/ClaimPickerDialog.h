#pragma once

#include "core/Article.h"
#include "coverage/ClaimMatrix.h"

#include <QDialog>

#include <functional>

class QLineEdit;
class QListWidget;

namespace parallax {

// "Same claim as…": the claims one claim could be made one with, each by
// its outlets and first wording, filtered by the words typed.
class ClaimPickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimPickerDialog)
public:
    ClaimPickerDialog(const QList<Article> &articles, const QList<ClaimRow> &candidates, const QStringList &names,
                      QWidget *parent = nullptr);

    // The chosen claim (index into Comparison::claims), -1 for none.
    int chosenClaim() const;
    QLineEdit *filter() const { return m_filter; }
    QListWidget *list() const { return m_list; }

private:
    void applyFilter();

    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
};

// Asks which claim; -1 when the person cancels. The tests put their own
// answer in its place.
using ClaimChooser = std::function<int(const QList<Article> &articles, const QList<ClaimRow> &candidates,
                                       const QStringList &names, QWidget *parent)>;
ClaimChooser dialogClaimChooser();

} // namespace parallax
