#include "dialogs/MetadataDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

// The field a form row's label names ("&Language:"), as a person finds it.
template<typename Widget>
Widget *field(const QDialog &dialog, const QString &label)
{
    for (const QLabel *candidate : dialog.findChildren<QLabel *>()) {
        if (candidate->text() == label)
            return qobject_cast<Widget *>(candidate->buddy());
    }
    return nullptr;
}

ArticleMetadata sampleMeta()
{
    ArticleMetadata meta;
    meta.outlet = u"Kasseler Rundschau"_s;
    meta.title = u"Fernwärme wird teurer"_s;
    return meta;
}

} // namespace

class TestMetadataDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    // A label without a buddy shows its "&" to the person instead of a shortcut.
    void everyLabelIsAShortcutToItsField()
    {
        MetadataDialog dialog(sampleMeta(), u"de"_s);
        int labels = 0;
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->text().contains(u'&'))
                continue;
            ++labels;
            QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
        QCOMPARE(labels, 6);
        auto *known = field<QCheckBox>(dialog, u"&Published:"_s);
        QVERIFY(known);
    }

    void showsTheArticlesLanguageByName()
    {
        MetadataDialog dialog(sampleMeta(), u"de"_s);
        auto *language = field<QComboBox>(dialog, u"&Language:"_s);
        QVERIFY(language);
        QCOMPARE(language->currentText(), u"German"_s);
        QCOMPARE(dialog.language(), u"de"_s);
        QCOMPARE(language->itemText(0), u"Unknown"_s);
        // Sorted by name, as a person looks for one.
        QVERIFY(language->findText(u"Arabic"_s) < language->findText(u"Chinese"_s));
        QVERIFY(language->findText(u"Chinese"_s) < language->findText(u"French"_s));
        QVERIFY(language->count() > 100);
    }

    void namesAreInTheInterfacesLanguage()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        MetadataDialog dialog(sampleMeta(), u"de"_s);
        auto *language = field<QComboBox>(dialog, u"&Language:"_s);
        QVERIFY(language);
        QCOMPARE(language->currentText(), u"allemand"_s);
    }

    void choosingALanguageKeepsItsCode()
    {
        MetadataDialog dialog(sampleMeta(), QString());
        auto *language = field<QComboBox>(dialog, u"&Language:"_s);
        QVERIFY(language);
        QCOMPARE(language->currentText(), u"Unknown"_s);
        QCOMPARE(dialog.language(), QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        language->setFocus();
        // A person types the name's first letters; the code is what is kept.
        QTest::keyClicks(language, u"Spanish"_s);
        QCOMPARE(language->currentText(), u"Spanish"_s);
        QCOMPARE(dialog.language(), u"es"_s);
        QCOMPARE(dialog.metadata(), sampleMeta()); // the rest as it was
        language->setCurrentIndex(0);
        QCOMPARE(dialog.language(), QString());
    }

    void aCodeItDoesNotListIsKept()
    {
        MetadataDialog dialog(sampleMeta(), u"tlh"_s);
        QCOMPARE(dialog.language(), u"tlh"_s);
    }

    void screenshot()
    {
        MetadataDialog dialog(sampleMeta(), u"de"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString path = qEnvironmentVariable("PARALLAX_SCREENSHOT_DIR");
        if (!path.isEmpty())
            QVERIFY(dialog.grab().save(path + u"/metadata-dialog.png"_s));
    }
};

QTEST_MAIN(TestMetadataDialog)
#include "tst_metadatadialog.moc"
