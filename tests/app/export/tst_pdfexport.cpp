#include "ExportFixture.h"
#include "export/pdf/PdfExport.h"
#include "align/Aligner.h"

#include <QBuffer>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestPdfExport final : public QObject
{
    Q_OBJECT
private slots:
    void writesPdf();
    void hostileTextStaysText();
};

void TestPdfExport::writesPdf()
{
    const QList<Article> articles = testing::sampleStory();
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(writeComparisonPdf(buffer, articles, compareArticles(articles)));
    QVERIFY(buffer.data().startsWith("%PDF-"));
    QVERIFY(buffer.data().size() > 10'000);
}

void TestPdfExport::hostileTextStaysText()
{
    const QList<Article> articles{
        testing::hostileArticle(u"A"_s, u"javascript:alert(1)"_s, u"Only A says the ferry runs at dawn."_s),
        testing::hostileArticle(u"B"_s, u"https://example.org/"_s, u"Only B says the ferry is free of charge."_s)};
    const auto document = comparisonDocument(articles, compareArticles(articles));
    const QString text = document->toPlainText();
    QVERIFY(text.contains(u"</style><script>alert('title')</script>"_s));
    QVERIFY(text.contains(u"<img src=\"http://evil.example/pixel.png\" onerror=\"alert(4)\">"_s));
    QVERIFY(document->toHtml().contains(u"https://example.org/"_s));
}

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
