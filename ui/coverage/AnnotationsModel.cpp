#include "AnnotationsModel.h"

#include "CoverageRoles.h"
#include "ToolTipText.h"

namespace parallax {

AnnotationsModel::AnnotationsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString AnnotationsModel::labelTitle(AnnotationLabel label)
{
    switch (label) {
    case AnnotationLabel::ToCheck:
        return tr("To check");
    case AnnotationLabel::Confirmed:
        return tr("Confirmed");
    case AnnotationLabel::Disputed:
        return tr("Disputed");
    case AnnotationLabel::Context:
        break;
    }
    return tr("Context");
}

void AnnotationsModel::setArticles(const QList<Article> &articles, const QStringList &names)
{
    beginResetModel();
    m_articles = articles;
    m_names = names;
    endResetModel();
}

void AnnotationsModel::setAnnotations(const QList<Annotation> &annotations)
{
    beginResetModel();
    m_annotations = annotations;
    endResetModel();
}

int AnnotationsModel::articleIndex(qint64 id) const
{
    for (int a = 0; a < m_articles.size(); ++a) {
        if (m_articles[a].id == id)
            return a;
    }
    return -1;
}

QString AnnotationsModel::spanText(const Annotation &annotation) const
{
    const int a = articleIndex(annotation.articleId);
    if (a < 0 || annotation.block < 0 || annotation.block >= m_articles[a].blocks.size())
        return {};
    return m_articles[a].blocks[annotation.block].text.mid(annotation.start, annotation.end - annotation.start);
}

int AnnotationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotations.size());
}

int AnnotationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Annotation &a = m_annotations[index.row()];
    if (role == coverage_ui::AnnotationIdRole)
        return a.id;
    if (role == Qt::ToolTipRole)
        return plainToolTip(data(index, Qt::DisplayRole).toString());
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case LabelColumn:
        return labelTitle(a.label);
    case OutletColumn:
        return m_names.value(articleIndex(a.articleId));
    case SpanColumn:
        return spanText(a);
    case NoteColumn:
    case ColumnCount:
        break;
    }
    return a.note;
}

QVariant AnnotationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case LabelColumn:
        return tr("Label");
    case OutletColumn:
        return tr("Outlet");
    case SpanColumn:
        return tr("Marked text");
    case NoteColumn:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace parallax
