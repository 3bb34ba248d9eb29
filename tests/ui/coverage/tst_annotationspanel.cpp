#include "AddNoteAction.h"
#include "AnnotationsModel.h"
#include "AnnotationsPanel.h"
#include "service/LibraryService.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

// Notes from a selection, listed, edited, deleted, and still there after
// the library is closed and opened again. The service runs on the test's
// thread, so each call answers at once.
class TestAnnotationsPanel final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString library() const { return m_dir.filePath(u"library.sqlite"_s); }

    // The first sample article, loaded back from the library.
    static Article firstArticle(LibraryService &service)
    {
        QSignalSpy changed(&service, &LibraryService::libraryChanged);
        service.refresh();
        const auto snapshot = changed.last().first().value<LibrarySnapshot>();
        QSignalSpy loaded(&service, &LibraryService::articlesLoaded);
        service.loadArticles({snapshot.articles.first().id}, 1);
        return loaded.last().at(1).value<QList<Article>>().first();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LibraryService service;
        service.open(library());
        service.importPaths({QStringLiteral(PARALLAX_SOURCE_DIR "/resources/sample/valley-post.txt")});
    }

    void createEditDeleteAndSurviveRestart()
    {
        Article article;
        {
            LibraryService service;
            service.open(library());
            article = firstArticle(service);
            QWidget window;
            AnnotationsPanel panel(service, &window);
            panel.setArticles({article});
            QCOMPARE(panel.model()->rowCount(), 0);

            AddNoteAction add(service, &window);
            QVERIFY(!add.isEnabled());
            add.setEditor([](const Annotation &a, const QString &marked, QWidget *) -> std::optional<Annotation> {
                Annotation note = a;
                note.label = AnnotationLabel::ToCheck;
                note.note = u"Check: "_s + marked;
                return note;
            });
            add.setSelection(article.id, 0, 0, 5, article.blocks[0].text.left(5));
            QVERIFY(add.isEnabled());
            add.trigger();
            QCOMPARE(panel.model()->rowCount(), 1);
            QCOMPARE(panel.model()->index(0, AnnotationsModel::SpanColumn).data().toString(),
                     article.blocks[0].text.left(5));
            QCOMPARE(panel.model()->index(0, AnnotationsModel::LabelColumn).data().toString(), u"To check"_s);

            panel.setEditor([](const Annotation &a, const QString &, QWidget *) -> std::optional<Annotation> {
                Annotation note = a;
                note.label = AnnotationLabel::Confirmed;
                note.note = u"Confirmed by phone"_s;
                return note;
            });
            panel.view()->setCurrentIndex(panel.model()->index(0, 0));
            panel.editCurrent();
            QCOMPARE(panel.model()->index(0, AnnotationsModel::NoteColumn).data().toString(), u"Confirmed by phone"_s);

            // A second note, deleted again.
            add.setSelection(article.id, 0, 1, 3, article.blocks[0].text.mid(1, 2));
            add.trigger();
            QCOMPARE(panel.model()->rowCount(), 2);
            panel.view()->setCurrentIndex(panel.model()->index(1, 0));
            panel.deleteCurrent();
            QCOMPARE(panel.model()->rowCount(), 1);
        }
        LibraryService service;
        service.open(library());
        AnnotationsPanel panel(service);
        panel.setArticles({article});
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(panel.model()->index(0, AnnotationsModel::LabelColumn).data().toString(), u"Confirmed"_s);
        QCOMPARE(panel.model()->index(0, AnnotationsModel::NoteColumn).data().toString(), u"Confirmed by phone"_s);

        // PARALLAX_SCREENSHOT_DIR=packaging/screenshots writes the panel.
        const QString dir = qEnvironmentVariable("PARALLAX_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            panel.resize(820, 240);
            panel.view()->setCurrentIndex(panel.model()->index(0, 0));
            panel.show();
            QVERIFY(panel.grab().save(QDir(dir).filePath(u"coverage-annotations.png"_s)));
        }
    }

    void cancelledEditorAddsNothing()
    {
        LibraryService service;
        service.open(library());
        const Article article = firstArticle(service);
        AnnotationsPanel panel(service);
        panel.setArticles({article});
        const int before = panel.model()->rowCount();
        QWidget window;
        AddNoteAction add(service, &window);
        add.setEditor([](const Annotation &, const QString &, QWidget *) { return std::optional<Annotation>(); });
        add.setSelection(article.id, 0, 0, 4, {});
        add.trigger();
        QCOMPARE(panel.model()->rowCount(), before);
        add.setSelection(0, 0, 0, 4, {});
        QVERIFY(!add.isEnabled()); // an unstored article cannot carry notes
    }
};

QTEST_MAIN(TestAnnotationsPanel)
#include "tst_annotationspanel.moc"
