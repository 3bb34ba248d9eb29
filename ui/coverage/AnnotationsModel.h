#pragma once

#include "core/Article.h"
#include "coverage/Annotation.h"

#include <QAbstractTableModel>

namespace parallax {

// A person's notes on the shown articles: label, outlet, the marked words
// and the note, in article and text order.
class AnnotationsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationsModel)
public:
    enum Column { LabelColumn, OutletColumn, SpanColumn, NoteColumn, ColumnCount };

    explicit AnnotationsModel(QObject *parent = nullptr);

    void setArticles(const QList<Article> &articles, const QStringList &names);
    void setAnnotations(const QList<Annotation> &annotations);
    const Annotation &annotation(int row) const { return m_annotations[row]; }
    const QList<Annotation> &annotations() const { return m_annotations; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString labelTitle(AnnotationLabel label);

private:
    QString spanText(const Annotation &annotation) const;
    int articleIndex(qint64 id) const;

    QList<Article> m_articles;
    QStringList m_names;
    QList<Annotation> m_annotations;
};

} // namespace parallax
