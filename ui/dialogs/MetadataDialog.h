#pragma once

#include "core/Article.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace parallax {

// Outlet, title, byline, date, address and language of one article, as a
// person corrects them. An unticked date means the date is not known; the
// language is chosen by name and kept as its code, empty for unknown.
class MetadataDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetadataDialog)
public:
    MetadataDialog(const ArticleMetadata &meta, const QString &language, QWidget *parent = nullptr);

    ArticleMetadata metadata() const;
    QString language() const;

private:
    QLineEdit *m_outlet = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_byline = nullptr;
    QLineEdit *m_url = nullptr;
    QCheckBox *m_dated = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace parallax
