#include "MetadataDialog.h"

#include "core/LanguageNames.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace parallax {

namespace {

// Every language ICU names, by name in the interface's language, after
// "Unknown"; a code it does not list (set by an older import, say) is kept.
void fillLanguages(QComboBox *combo, const QString &current)
{
    QStringList codes = choosableLanguages();
    if (!current.isEmpty() && !codes.contains(current))
        codes.append(current);
    QList<std::pair<QString, QString>> named;
    named.reserve(codes.size());
    for (const QString &code : std::as_const(codes))
        named.append({languageName(code), code});
    QCollator collator;
    std::sort(named.begin(), named.end(),
              [&collator](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    combo->addItem(MetadataDialog::tr("Unknown"), QString());
    for (const auto &[name, code] : std::as_const(named))
        combo->addItem(name, code);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace

MetadataDialog::MetadataDialog(const ArticleMetadata &meta, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_outlet(new QLineEdit(meta.outlet, this))
    , m_title(new QLineEdit(meta.title, this))
    , m_byline(new QLineEdit(meta.byline, this))
    , m_url(new QLineEdit(meta.url, this))
    , m_dated(new QCheckBox(tr("&Known"), this))
    , m_date(new QDateEdit(meta.published.isValid() ? meta.published : QDate::currentDate(), this))
    , m_language(new QComboBox(this))
{
    // Not editable, so that no text can stand for no language; typing a
    // name's first letters still finds it among the hundred and more.
    fillLanguages(m_language, language);
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
    // A row that is a layout gets no buddy from the form, and its label
    // would show the "&" instead of a shortcut.
    auto *publishedLabel = new QLabel(tr("&Published:"), this);
    publishedLabel->setBuddy(m_dated);
    form->addRow(publishedLabel, dateRow);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&Language:"), m_language);
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

QString MetadataDialog::language() const
{
    return m_language->currentData().toString();
}

} // namespace parallax
