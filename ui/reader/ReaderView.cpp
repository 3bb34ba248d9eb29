#include "ReaderView.h"

#include "compare/ArticlePane.h"
#include "core/LanguageNames.h"

#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

ReaderView::ReaderView(QWidget *parent)
    : QWidget(parent)
    , m_pane(new ArticlePane(this))
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
{
    m_pane->setObjectName(u"readerPane"_s);
    m_pane->setPlaceholderText(tr("Select one article in the library to read it here."));
    for (QLabel *label : {m_title, m_details}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    auto *edit = new QPushButton(tr("Edit &Details…"), this);
    edit->setToolTip(tr("Correct the outlet, title, byline, date or language"));

    auto *header = new QHBoxLayout;
    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_details);
    header->addLayout(text, 1);
    header->addWidget(edit, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_pane, 1);

    connect(edit, &QPushButton::clicked, this, &ReaderView::editDetailsRequested);
    connect(m_pane, &ArticlePane::blockMenuRequested, this, &ReaderView::showBlockMenu);
    setEnabled(false);
}

void ReaderView::setArticle(const Article &article)
{
    m_hasArticle = true;
    setEnabled(true);
    const int offset = m_pane->article().id == article.id ? m_pane->scrollOffset() : 0;
    m_pane->setArticle(article, m_showFurniture);
    m_pane->setScrollOffset(offset);
    m_title->setText(article.meta.title.isEmpty() ? tr("(untitled)") : article.meta.title);
    QStringList details;
    if (!article.meta.outlet.isEmpty())
        details.append(article.meta.outlet);
    if (!article.meta.byline.isEmpty())
        details.append(article.meta.byline);
    if (article.meta.published.isValid())
        details.append(QLocale().toString(article.meta.published, QLocale::LongFormat));
    details.append(article.language.isEmpty() ? tr("language unknown") : languageName(article.language));
    // English plurals without an English translation: each form is its own numerus string.
    if (article.fetchedAt.isValid()) {
        details.append(tr("fetched from %1 on %2")
                           .arg(QUrl(article.finalUrl).host(),
                                QLocale().toString(article.fetchedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    const int words = article.wordCount();
    details.append(words == 1 ? tr("%Ln word", nullptr, words) : tr("%Ln words", nullptr, words));
    if (!article.meta.url.isEmpty())
        details.append(article.meta.url);
    else if (!article.sourcePath.isEmpty())
        details.append(QFileInfo(article.sourcePath).fileName());
    m_details->setText(details.join(u" · "_s));
}

void ReaderView::clear()
{
    m_hasArticle = false;
    m_pane->clearArticle();
    m_title->clear();
    m_details->clear();
    setEnabled(false);
}

const Article &ReaderView::article() const
{
    return m_pane->article();
}

void ReaderView::setShowFurniture(bool show)
{
    m_showFurniture = show;
    if (m_hasArticle)
        setArticle(article());
}

void ReaderView::setNotes(const QList<Annotation> &notes)
{
    m_pane->setNotes(notes);
}

void ReaderView::revealBlock(int block)
{
    m_pane->placeBlock(block, m_pane->viewport()->height() / 4);
    m_pane->setCurrentBlock(block);
}

QString ReaderView::titleText() const
{
    return m_title->text();
}

void ReaderView::showBlockMenu(int block, const QPoint &globalPos)
{
    const Block &target = article().blocks.value(block);
    QMenu menu(this);
    const qint64 id = article().id;
    const bool furniture = target.role == BlockRole::Furniture;
    QAction *remark = furniture ? menu.addAction(tr("Mark as &Body Text")) : menu.addAction(tr("Mark as &Furniture"));
    remark->setStatusTip(tr("Furniture (ads, navigation, captions) takes no part in comparisons"));
    QAction *heading = nullptr;
    if (target.role == BlockRole::Body)
        heading = menu.addAction(tr("Mark as &Heading"));
    if (!m_blockActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_blockActions);
        Q_EMIT blockMenuAboutToShow(m_pane, block);
    }
    QAction *chosen = menu.exec(globalPos);
    if (chosen == remark)
        Q_EMIT blockRoleChangeRequested(id, block, furniture ? BlockRole::Body : BlockRole::Furniture);
    else if (chosen && chosen == heading)
        Q_EMIT blockRoleChangeRequested(id, block, BlockRole::Heading);
}

} // namespace parallax
