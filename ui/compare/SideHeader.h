#pragma once

#include "core/Article.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace parallax {

// Above each pane: which article it shows (a choice among the compared
// ones), its title, outlet and date, and how much of it the other side shares.
class SideHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SideHeader)
public:
    explicit SideHeader(QWidget *parent = nullptr);

    void setChoices(const QList<Article> &articles, int current);
    void setArticle(const Article &article, double shared, const QString &otherOutlet);
    void clear();

    QComboBox *chooser() const { return m_chooser; }
    QString titleText() const;
    QString detailsText() const;
    QString overlapText() const;

    static QString outletOrFile(const Article &article);

Q_SIGNALS:
    void chosen(int index);

private:
    QComboBox *m_chooser = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_overlap = nullptr;
};

} // namespace parallax
