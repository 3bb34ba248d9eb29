// The window in German and in Arabic, as a person who reads them sees it:
// every menu and action translated, Arabic laid out right to left with the
// link bands still leaving from the paragraphs they join. With
// PARALLAX_SCREENSHOTS=<folder> it also writes comparison-de.png and
// comparison-ar.png there; run that under Xvfb at 1600×1000:
//   PARALLAX_SCREENSHOTS=packaging/screenshots QT_QPA_PLATFORM=xcb
//     xvfb-run -a -s "-screen 0 1600x1000x24" build/release/tests/translations/tst_translatedwindow
#include "MainWindow.h"
#include "compare/ArticlePane.h"
#include "compare/ComparisonView.h"
#include "compare/LinkGutter.h"

#include <QAction>
#include <QApplication>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

// What a person reads in the menus: each menu's title and each action's text,
// keyed by where it stands, so English and a translation can be set side by side.
QMap<QString, QString> menuTexts(const MainWindow &window)
{
    QMap<QString, QString> texts;
    const QList<QAction *> menus = window.menuBar()->actions();
    for (int m = 0; m < menus.size(); ++m) {
        texts.insert(u"menu %1"_s.arg(m), menus[m]->text());
        const QList<QAction *> items = menus[m]->menu()->actions();
        for (int i = 0; i < items.size(); ++i) {
            if (!items[i]->isSeparator() && !items[i]->objectName().isEmpty())
                texts.insert(u"menu %1: %2"_s.arg(m).arg(items[i]->objectName()), items[i]->text());
        }
    }
    return texts;
}

QStringList tabTexts(const MainWindow &window)
{
    QStringList texts;
    for (const QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            texts.append(tabs->tabText(i));
    }
    return texts;
}

} // namespace

class TestTranslatedWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"parallax-tests"_s);
        QCoreApplication::setApplicationName(u"tst_translatedwindow"_s);
        QVERIFY(m_dir.isValid());
        QSettings().clear();
        MainWindow english;
        m_englishMenus = menuTexts(english);
        m_englishTabs = tabTexts(english);
        QVERIFY(m_englishMenus.size() > 20);
        QVERIFY(!m_englishTabs.isEmpty());
    }

    void translatedWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<QString>("fileMenu");
        QTest::newRow("de") << u"de"_s << Qt::LeftToRight << u"&Datei"_s;
        QTest::newRow("ar") << u"ar"_s << Qt::RightToLeft << u"ملف"_s;
    }

    void translatedWindow()
    {
        QFETCH(QString, language);
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(QString, fileMenu);
        QSettings().clear();
        QTranslator translator;
        QVERIFY(translator.load(u"parallax_"_s + language, QStringLiteral(PARALLAX_QM_DIR)));
        QLocale::setDefault(QLocale(language));
        QCoreApplication::installTranslator(&translator);
        const auto restore = qScopeGuard([&translator] {
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(QLocale::c());
        });
        // Qt reads the direction from the translation of QT_LAYOUT_DIRECTION.
        QCOMPARE(QGuiApplication::layoutDirection(), direction);

        MainWindow window;
        window.resize(1600, 1000);
        window.openLibrary(m_dir.filePath(language + u".sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.layoutDirection(), direction);

        // No menu entry, no tab is left in English.
        const QMap<QString, QString> menus = menuTexts(window);
        QCOMPARE(menus.keys(), m_englishMenus.keys());
        QCOMPARE(menus.value(u"menu 0"_s), fileMenu);
        for (auto it = menus.cbegin(); it != menus.cend(); ++it)
            QVERIFY2(it.value() != m_englishMenus.value(it.key()), qPrintable(it.key() + u": "_s + it.value()));
        const QStringList tabs = tabTexts(window);
        QCOMPARE(tabs.size(), m_englishTabs.size());
        for (qsizetype i = 0; i < tabs.size(); ++i)
            QVERIFY2(tabs[i] != m_englishTabs[i], qPrintable(tabs[i]));

        QSignalSpy shown(&window, &MainWindow::comparisonShown);
        const QString sample = QStringLiteral(PARALLAX_SOURCE_DIR "/resources/sample/");
        window.importPaths({sample + u"valley-post.txt"_s, sample + u"ellery-courier.txt"_s,
                            sample + u"northshore-daily.html"_s, sample + u"meridian-radio.md"_s});
        QVERIFY(shown.wait(30000));
        window.action(u"nextDifference"_s)->trigger();
        window.action(u"nextDifference"_s)->trigger();

        // Right to left the first article's pane is on the right, and every
        // band leaves the gutter from the edge beside it.
        ComparisonView *view = window.comparisonView();
        LinkGutter *gutter = view->gutter();
        const int firstPaneX = view->pane(ComparisonView::Side::Left)->mapTo(&window, QPoint()).x();
        const int gutterX = gutter->mapTo(&window, QPoint()).x();
        QCOMPARE(firstPaneX > gutterX, direction == Qt::RightToLeft);
        QVERIFY(gutter->bandCount() > 0);
        const double firstPaneEdge = direction == Qt::RightToLeft ? gutter->width() : 0;
        QCOMPARE(gutter->bandPath(0).pointAtPercent(0).x(), firstPaneEdge);

        const QString folder = qEnvironmentVariable("PARALLAX_SCREENSHOTS");
        if (!folder.isEmpty()) {
            QTest::qWait(200);
            QVERIFY(window.grab().save(folder + u"/comparison-"_s + language + u".png"_s));
        }
        window.close();
    }

private:
    QTemporaryDir m_dir;
    QMap<QString, QString> m_englishMenus;
    QStringList m_englishTabs;
};

QTEST_MAIN(TestTranslatedWindow)
#include "tst_translatedwindow.moc"
