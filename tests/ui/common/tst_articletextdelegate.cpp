#include "ArticleTextDelegate.h"

#include <QStandardItemModel>
#include <QTest>
#include <QTextLayout>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

class ExposedDelegate final : public ArticleTextDelegate
{
public:
    using ArticleTextDelegate::ArticleTextDelegate;
    using ArticleTextDelegate::initStyleOption;
};

// Where each character begins (its leading edge: the left one in a run laid
// out left to right, the right one otherwise), laid out as a view of the
// given direction lays out a cell's text.
QList<qreal> characterStarts(const QString &text, Qt::LayoutDirection direction, const QFont &font)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setTextDirection(direction);
    layout.setTextOption(option);
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    QList<qreal> x;
    for (int i = 0; i < text.size(); ++i) {
        int position = i;
        x.append(line.cursorToX(&position, QTextLine::Leading));
    }
    return x;
}

// Where each character of one cell's text begins as a view of the given direction shows it
// through the delegate, from the first character of the text on.
QList<qreal> shownCharacterStarts(const QString &text, Qt::LayoutDirection viewDirection)
{
    QStandardItemModel model;
    model.appendRow(new QStandardItem(text));
    QTreeView view;
    view.setLayoutDirection(viewDirection);
    view.setModel(&model);
    ExposedDelegate delegate;
    QStyleOptionViewItem option;
    option.initFrom(&view);
    delegate.initStyleOption(&option, model.index(0, 0));
    if (option.direction != viewDirection || !option.text.contains(text))
        return {};
    return characterStarts(option.text, option.direction, view.font()).mid(option.text.indexOf(text), text.size());
}

} // namespace

class TestArticleTextDelegate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // In an Arabic window an English sentence reads left to right to its
    // full stop, which stays after its last word.
    void anEnglishSentenceReadsLeftToRightInARightToLeftView()
    {
        const QString sentence = u"\"We are ready,\" said Whitlock."_s;
        const QList<qreal> shown = shownCharacterStarts(sentence, Qt::RightToLeft);
        QCOMPARE(shown.size(), sentence.size());
        for (qsizetype i = 1; i < sentence.size(); ++i)
            QVERIFY2(shown[i] > shown[i - 1], qPrintable(QString::number(i)));

        // As the view draws it without the delegate: the full stop at the far left.
        const QList<qreal> plain = characterStarts(sentence, Qt::RightToLeft, QFont());
        QVERIFY(plain[sentence.size() - 1] < plain[sentence.indexOf(u"k."_s)]);
    }

    // An Arabic headline in an English window: its exclamation mark stays at
    // its end, on the left.
    void anArabicHeadlineReadsRightToLeftInALeftToRightView()
    {
        const QString headline = u"إغلاق الجسر حتى إشعار آخر!"_s;
        const QList<qreal> shown = shownCharacterStarts(headline, Qt::LeftToRight);
        QCOMPARE(shown.size(), headline.size());
        for (qsizetype i = 1; i < headline.size(); ++i)
            QVERIFY2(shown[i] < shown[i - 1], qPrintable(QString::number(i)));
    }

    void emptyCellsStayEmpty()
    {
        QCOMPARE(withOwnDirection(QString()), QString());
        QCOMPARE(withOwnDirection(u"x"_s).size(), 3);
    }
};

QTEST_MAIN(TestArticleTextDelegate)
#include "tst_articletextdelegate.moc"
