#include "MetadataDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>

namespace parallax {

MetadataDialog::MetadataDialog(const ArticleMetadata &meta, QWidget *parent)
    : QDialog(parent)
    , m_outlet(new QLineEdit(meta.outlet, this))
    , m_title(new QLineEdit(meta.title, this))
    , m_byline(new QLineEdit(meta.byline, this))
    , m_url(new QLineEdit(meta.url, this))
    , m_dated(new QCheckBox(tr("&Known"), this))
    , m_date(new QDateEdit(meta.published.isValid() ? meta.published : QDate::currentDate(), this))
{
    setWindowTitle(tr("Article Details"));
    m_date->setCalendarPopup(true);
    m_dated->setChecked(meta.published.isValid());
    m_date->setEnabled(m_dated->isChecked());
    connect(m_dated, &QCheckBox::toggled, m_date, &QWidget::setEnabled);

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dated);
    dateRow->addWidget(m_date, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Outlet:"), m_outlet);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Byline:"), m_byline);
    form->addRow(tr("&Published:"), dateRow);
    form->addRow(tr("&Address:"), m_url);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 60, 0)));
}

ArticleMetadata MetadataDialog::metadata() const
{
    ArticleMetadata meta;
    meta.outlet = m_outlet->text().trimmed();
    meta.title = m_title->text().trimmed();
    meta.byline = m_byline->text().trimmed();
    meta.url = m_url->text().trimmed();
    meta.published = m_dated->isChecked() ? m_date->date() : QDate();
    return meta;
}

} // namespace parallax
