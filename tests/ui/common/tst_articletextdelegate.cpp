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

// Where the caret stands before each character, laid out as a view of the
// given direction lays out a cell's text.
QList<qreal> caretPositions(const QString &text, Qt::LayoutDirection direction, const QFont &font)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setTextDirection(direction);
    layout.setTextOption(option);
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    QList<qreal> x;
    for (int i = 0; i < text.size(); ++i)
        x.append(line.cursorToX(i));
    return x;
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
        QStandardItemModel model;
        model.appendRow(new QStandardItem(sentence));
        QTreeView view;
        view.setLayoutDirection(Qt::RightToLeft);
        view.setModel(&model);
        ExposedDelegate delegate;
        QStyleOptionViewItem option;
        option.initFrom(&view);
        delegate.initStyleOption(&option, model.index(0, 0));
        QCOMPARE(option.direction, Qt::RightToLeft);

        const QList<qreal> shown = caretPositions(option.text, option.direction, view.font());
        const qsizetype offset = option.text.indexOf(sentence);
        QVERIFY(offset >= 0);
        // Carets inside the sentence (run ends are ambiguous) advance to the right.
        for (qsizetype i = offset + 2; i < offset + sentence.size(); ++i)
            QVERIFY2(shown[i] > shown[i - 1], qPrintable(QString::number(i)));

        // As the view draws it without the delegate: the full stop at the far left.
        const QList<qreal> plain = caretPositions(sentence, Qt::RightToLeft, view.font());
        QVERIFY(plain[sentence.size() - 1] < plain[sentence.indexOf(u"k."_s)]);
    }

    // An Arabic headline in an English window: its closing bracket stays at
    // its end, on the left.
    void anArabicHeadlineReadsRightToLeftInALeftToRightView()
    {
        const QString headline = u"إغلاق الجسر (تحديث)"_s;
        QStandardItemModel model;
        model.appendRow(new QStandardItem(headline));
        QTreeView view;
        view.setModel(&model);
        ExposedDelegate delegate;
        QStyleOptionViewItem option;
        option.initFrom(&view);
        delegate.initStyleOption(&option, model.index(0, 0));
        QCOMPARE(option.direction, Qt::LeftToRight);
        const QList<qreal> shown = caretPositions(option.text, option.direction, view.font());
        const qsizetype offset = option.text.indexOf(headline);
        for (qsizetype i = offset + 2; i < offset + headline.size(); ++i)
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
