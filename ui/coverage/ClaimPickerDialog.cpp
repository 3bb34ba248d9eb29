#include "ClaimPickerDialog.h"

#include "ArticleTextDelegate.h"

#include <QDialogButtonBox>
#include <algorithm>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

constexpr int ClaimRole = Qt::UserRole + 1;

} // namespace

ClaimPickerDialog::ClaimPickerDialog(const QList<Article> &articles, const QList<ClaimRow> &candidates,
                                     const QStringList &names, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Same Claim As"));
    auto *intro = new QLabel(tr("Choose the claim this one states too. Only claims with no sentence from the same "
                                "outlets are listed."));
    intro->setWordWrap(true);
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter by words"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the claims by words"));
    m_list = new QListWidget;
    m_list->setItemDelegate(new ArticleTextDelegate(m_list));
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Claims"));
    for (const ClaimRow &row : candidates) {
        QStringList outlets;
        QString wording;
        for (int a = 0; a < row.cells.size(); ++a) {
            if (row.cells[a].carriage == Carriage::Absent)
                continue;
            outlets << names.value(a);
            if (wording.isEmpty())
                wording = cellText(articles, a, row.cells[a]);
        }
        auto *item = new QListWidgetItem(tr("%1: %2").arg(outlets.join(u", "_s), wording), m_list);
        item->setData(ClaimRole, row.claim);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Make One Claim"));
    ok->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 420);

    connect(m_filter, &QLineEdit::textChanged, this, &ClaimPickerDialog::applyFilter);
    connect(m_list, &QListWidget::currentItemChanged, this,
            [ok](QListWidgetItem *current) { ok->setEnabled(current && !current->isHidden()); });
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ClaimPickerDialog::applyFilter()
{
    const QStringList words = m_filter->text().split(u' ', Qt::SkipEmptyParts);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool shown = std::all_of(words.cbegin(), words.cend(), [item](const QString &word) {
            return item->text().contains(word, Qt::CaseInsensitive);
        });
        item->setHidden(!shown);
    }
    if (m_list->currentItem() && m_list->currentItem()->isHidden())
        m_list->setCurrentItem(nullptr);
}

int ClaimPickerDialog::chosenClaim() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(ClaimRole).toInt() : -1;
}

ClaimChooser dialogClaimChooser()
{
    return [](const QList<Article> &articles, const QList<ClaimRow> &candidates, const QStringList &names,
              QWidget *parent) {
        ClaimPickerDialog dialog(articles, candidates, names, parent);
        return dialog.exec() == QDialog::Accepted ? dialog.chosenClaim() : -1;
    };
}

} // namespace parallax
