#include "AnnotationsPanel.h"

#include "AnnotationsModel.h"
#include "ArticleTextDelegate.h"
#include "OutletNames.h"
#include "service/LibraryService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

namespace parallax {

AnnotationsPanel::AnnotationsPanel(LibraryService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    m_model = new AnnotationsModel(this);
    m_view = new QTableView;
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ArticleTextDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(AnnotationsModel::LabelColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AnnotationsModel::OutletColumn, QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Notes"));
    m_edit = new QPushButton(tr("&Edit…"));
    m_delete = new QPushButton(tr("&Delete"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_edit, &QPushButton::clicked, this, &AnnotationsPanel::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &AnnotationsPanel::deleteCurrent);
    connect(m_view, &QTableView::doubleClicked, this, &AnnotationsPanel::editCurrent);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const Annotation &a = m_model->annotation(index.row());
        Q_EMIT noteActivated(a.articleId, a.block, a.start, a.end);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AnnotationsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AnnotationsPanel::updateButtons);
    connect(&m_service, &LibraryService::annotationsLoaded, this,
            [this](quint64 ticket, const QList<Annotation> &annotations) {
                if (ticket == m_ticket)
                    m_model->setAnnotations(annotations);
            });
    connect(&m_service, &LibraryService::annotationsChanged, this, [this](qint64 articleId) {
        for (const Article &article : std::as_const(m_articles)) {
            if (article.id == articleId) {
                reload();
                return;
            }
        }
    });
    updateButtons();
}

void AnnotationsPanel::setArticles(const QList<Article> &articles)
{
    m_articles = articles;
    m_model->setArticles(articles, outletNames(articles, m_blind));
    reload();
}

void AnnotationsPanel::setBlind(bool blind)
{
    m_blind = blind;
    m_model->setArticles(m_articles, outletNames(m_articles, m_blind));
}

void AnnotationsPanel::reload()
{
    QList<qint64> ids;
    for (const Article &article : std::as_const(m_articles)) {
        if (article.id != 0)
            ids.append(article.id);
    }
    m_service.loadAnnotations(ids, ++m_ticket);
}

void AnnotationsPanel::updateButtons()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void AnnotationsPanel::editCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const Annotation annotation = m_model->annotation(current.row());
    const QString marked = m_model->index(current.row(), AnnotationsModel::SpanColumn).data().toString();
    if (const auto edited = m_editor(annotation, marked, this))
        m_service.updateAnnotation(*edited);
}

void AnnotationsPanel::deleteCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const Annotation &annotation = m_model->annotation(current.row());
    m_service.removeAnnotation(annotation.id, annotation.articleId);
}

} // namespace parallax
