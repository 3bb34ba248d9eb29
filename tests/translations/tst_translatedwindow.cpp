// Not a check: with PARALLAX_SCREENSHOTS=<folder> set, shows the sample story
// in German and in Arabic (right to left) and writes comparison-de.png and
// comparison-ar.png there; without it, skips. Run under Xvfb at 1600×1000:
//   PARALLAX_SCREENSHOTS=packaging/screenshots QT_QPA_PLATFORM=xcb
//     xvfb-run -a -s "-screen 0 1600x1000x24" build/pkg/tests/translations/tst_languagescreenshots
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestLanguageScreenshots final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"parallax-tests"_s);
        QCoreApplication::setApplicationName(u"tst_languagescreenshots"_s);
        QVERIFY(m_dir.isValid());
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("de") << u"de"_s << Qt::LeftToRight;
        QTest::newRow("ar") << u"ar"_s << Qt::RightToLeft;
    }

    void screenshots()
    {
        const QString folder = qEnvironmentVariable("PARALLAX_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("PARALLAX_SCREENSHOTS is not set");
        QFETCH(QString, language);
        QFETCH(Qt::LayoutDirection, direction);
        QSettings().clear();
        QTranslator translator;
        QVERIFY(translator.load(u"parallax_"_s + language, QStringLiteral(PARALLAX_QM_DIR)));
        QLocale::setDefault(QLocale(language));
        QCoreApplication::installTranslator(&translator);
        // Qt reads the direction from the translation of QT_LAYOUT_DIRECTION.
        QCOMPARE(QGuiApplication::layoutDirection(), direction);
        {
            MainWindow window;
            window.resize(1600, 1000);
            window.openLibrary(m_dir.filePath(language + u".sqlite"_s));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QSignalSpy shown(&window, &MainWindow::comparisonShown);
            const QString sample = QStringLiteral(PARALLAX_SOURCE_DIR "/resources/sample/");
            window.importPaths({sample + u"valley-post.txt"_s, sample + u"ellery-courier.txt"_s,
                                sample + u"northshore-daily.html"_s, sample + u"meridian-radio.md"_s});
            QVERIFY(shown.wait(30000));
            window.action(u"nextDifference"_s)->trigger();
            window.action(u"nextDifference"_s)->trigger();
            QTest::qWait(200);
            QVERIFY(window.grab().save(folder + u"/comparison-"_s + language + u".png"_s));
            window.close();
        }
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale::c());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestLanguageScreenshots)
#include "tst_languagescreenshots.moc"
