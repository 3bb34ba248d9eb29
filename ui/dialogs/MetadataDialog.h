#pragma once

#include "core/Article.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;

namespace parallax {

// Outlet, title, byline, date and address of one article, as a person
// corrects them. An unticked date means the date is not known.
class MetadataDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetadataDialog)
public:
    explicit MetadataDialog(const ArticleMetadata &meta, QWidget *parent = nullptr);

    ArticleMetadata metadata() const;

private:
    QLineEdit *m_outlet = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_byline = nullptr;
    QLineEdit *m_url = nullptr;
    QCheckBox *m_dated = nullptr;
    QDateEdit *m_date = nullptr;
};

} // namespace parallax
