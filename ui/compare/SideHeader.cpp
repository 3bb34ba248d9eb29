#include "SideHeader.h"

#include "ArticleTextDelegate.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

// QComboBox draws its current text clipped, not elided: a long
// "outlet — title" must end in "…" so that it is not taken for whole.
class ElidingComboBox final : public QComboBox
{
public:
    using QComboBox::QComboBox;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QStylePainter painter(this);
        QStyleOptionComboBox option;
        initStyleOption(&option);
        painter.drawComplexControl(QStyle::CC_ComboBox, option);
        const QRect field = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
        option.currentText = fontMetrics().elidedText(option.currentText, Qt::ElideRight, field.width() - 2);
        painter.drawControl(QStyle::CE_ComboBoxLabel, option);
    }
};

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    // Titles and outlets are the article's data: never read as markup.
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

SideHeader::SideHeader(QWidget *parent)
    : QWidget(parent)
    , m_chooser(new ElidingComboBox(this))
    , m_title(plainLabel(this))
    , m_details(plainLabel(this))
    , m_overlap(plainLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(20);
    m_chooser->setToolTip(tr("Choose the article this side shows"));
    m_chooser->hide(); // until there are more articles than sides
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    layout->addWidget(m_chooser);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_overlap);
    connect(m_chooser, &QComboBox::activated, this, &SideHeader::chosen);
}

QString SideHeader::outletOrFile(const Article &article)
{
    if (!article.meta.outlet.isEmpty())
        return article.meta.outlet;
    const QString file = QFileInfo(article.sourcePath).fileName();
    return file.isEmpty() ? tr("(unknown outlet)") : file;
}

void SideHeader::setChoices(const QList<Article> &articles, int current)
{
    const QSignalBlocker blocker(m_chooser);
    m_chooser->clear();
    for (const Article &article : articles) {
        const QString title = article.meta.title.isEmpty() ? tr("(untitled)") : article.meta.title;
        // A combo box lays its text out in the window's direction, which
        // clipped an English title in the Arabic window.
        m_chooser->addItem(withOwnDirection(tr("%1 — %2").arg(outletOrFile(article), title)));
    }
    m_chooser->setCurrentIndex(current);
    m_chooser->setVisible(articles.size() > 2);
}

void SideHeader::setArticle(const Article &article, double shared, const QString &otherOutlet)
{
    m_title->setText(article.meta.title.isEmpty() ? tr("(untitled)") : article.meta.title);
    QStringList details{outletOrFile(article)};
    if (!article.meta.byline.isEmpty())
        details.append(article.meta.byline);
    if (article.meta.published.isValid())
        details.append(QLocale().toString(article.meta.published, QLocale::LongFormat));
    // English plurals without an English translation: each form is its own numerus string.
    const int words = article.wordCount();
    details.append(words == 1 ? tr("%Ln word", nullptr, words) : tr("%Ln words", nullptr, words));
    m_details->setText(details.join(u" · "_s));
    m_overlap->setText(tr("%L1% of this article is shared with %2").arg(qRound(shared * 100)).arg(otherOutlet));
}

void SideHeader::clear()
{
    m_chooser->clear();
    m_chooser->hide();
    m_title->clear();
    m_details->clear();
    m_overlap->clear();
}

QString SideHeader::titleText() const
{
    return m_title->text();
}

QString SideHeader::detailsText() const
{
    return m_details->text();
}

QString SideHeader::overlapText() const
{
    return m_overlap->text();
}

} // namespace parallax
