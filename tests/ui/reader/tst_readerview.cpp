#include "reader/ReaderView.h"

#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

Article germanArticle()
{
    Article article;
    article.id = 3;
    article.language = u"de"_s;
    article.meta.outlet = u"Kasseler Rundschau"_s;
    article.meta.title = u"Fernwärme wird teurer"_s;
    article.meta.byline = u"Von Anna Weber"_s;
    article.meta.published = QDate(2026, 11, 3);
    Block block;
    block.text = u"Die Stadtwerke von Kassel haben am Dienstag angekündigt, die Preise für Fernwärme "
                 "im kommenden Jahr um acht Prozent zu erhöhen."_s;
    article.blocks = {block};
    return article;
}

// The line under the title, as a person reads it.
QString detailsLine(const ReaderView &reader)
{
    for (const QLabel *label : reader.findChildren<QLabel *>()) {
        if (label->text().contains(u" · "_s))
            return label->text();
    }
    return {};
}

} // namespace

class TestReaderView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void showsTheLanguageBesideTheByline()
    {
        ReaderView reader;
        reader.setArticle(germanArticle());
        const QStringList details = detailsLine(reader).split(u" · "_s);
        QVERIFY2(details.contains(u"German"_s), qPrintable(details.join(u'|')));
        QCOMPARE(details.indexOf(u"German"_s), details.indexOf(u"Von Anna Weber"_s) + 2); // after the date
    }

    void inTheInterfacesLanguage_data()
    {
        QTest::addColumn<QLocale>("interface");
        QTest::addColumn<QString>("name");
        QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << u"Deutsch"_s;
        QTest::newRow("French") << QLocale(QLocale::French, QLocale::France) << u"allemand"_s;
        QTest::newRow("Spanish") << QLocale(QLocale::Spanish, QLocale::Spain) << u"alemán"_s;
        QTest::newRow("Chinese") << QLocale(QLocale::Chinese, QLocale::China) << u"德语"_s;
        QTest::newRow("Arabic") << QLocale(QLocale::Arabic, QLocale::Egypt) << u"الألمانية"_s;
    }
    void inTheInterfacesLanguage()
    {
        QFETCH(QLocale, interface);
        QFETCH(QString, name);
        QLocale::setDefault(interface);
        ReaderView reader;
        reader.setArticle(germanArticle());
        QVERIFY2(detailsLine(reader).split(u" · "_s).contains(name), qPrintable(detailsLine(reader)));
    }

    void unknownLanguageIsSaid()
    {
        Article article = germanArticle();
        article.language.clear();
        ReaderView reader;
        reader.setArticle(article);
        QVERIFY(detailsLine(reader).split(u" · "_s).contains(u"language unknown"_s));
    }

    void screenshot()
    {
        ReaderView reader;
        reader.resize(720, 220);
        reader.setArticle(germanArticle());
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        const QString path = qEnvironmentVariable("PARALLAX_SCREENSHOT_DIR");
        if (!path.isEmpty())
            QVERIFY(reader.grab().save(path + u"/reader-language.png"_s));
    }
};

QTEST_MAIN(TestReaderView)
#include "tst_readerview.moc"
