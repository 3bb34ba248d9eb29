#include "dialogs/PreferencesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

// The combo box a form row's label names ("Lan&guage:"), as a person finds it.
template<typename Widget>
Widget *field(const QDialog &dialog, const QString &label)
{
    for (const QLabel *candidate : dialog.findChildren<QLabel *>()) {
        if (candidate->text() == label)
            return qobject_cast<Widget *>(candidate->buddy());
    }
    return nullptr;
}

QPushButton *button(const QDialog &dialog, QDialogButtonBox::StandardButton which)
{
    return dialog.findChild<QDialogButtonBox *>()->button(which);
}

} // namespace

class TestPreferencesDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"parallax-tests"_s);
        QCoreApplication::setApplicationName(u"tst_preferencesdialog"_s);
    }

    void init() { QSettings().clear(); }

    void showsTheLanguageChosenBefore()
    {
        QSettings().setValue(u"ui/language"_s, u"fr"_s);
        PreferencesDialog dialog({}, HighlightPalette::Scheme::OkabeIto);
        auto *language = field<QComboBox>(dialog, u"Lan&guage:"_s);
        QVERIFY(language);
        QCOMPARE(language->currentText(), u"Français"_s);
    }

    void choosingALanguageKeepsItForTheNextStart()
    {
        PreferencesDialog dialog({}, HighlightPalette::Scheme::OkabeIto);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *language = field<QComboBox>(dialog, u"Lan&guage:"_s);
        QCOMPARE(language->currentText(), u"System default"_s);
        // Each language is named in itself, so a reader can find their own.
        QStringList names;
        for (int i = 0; i < language->count(); ++i)
            names.append(language->itemText(i));
        QCOMPARE(names, (QStringList{u"System default"_s, u"English"_s, u"Deutsch"_s, u"Français"_s, u"Español"_s,
                                     u"简体中文"_s, u"العربية"_s}));
        language->setFocus();
        QTest::keyClick(language, Qt::Key_Down);
        QTest::keyClick(language, Qt::Key_Down);
        QCOMPARE(language->currentText(), u"Deutsch"_s);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"de"_s);
    }

    void cancelKeepsTheLanguage()
    {
        QSettings().setValue(u"ui/language"_s, u"es"_s);
        PreferencesDialog dialog({}, HighlightPalette::Scheme::OkabeIto);
        dialog.show();
        field<QComboBox>(dialog, u"Lan&guage:"_s)->setCurrentIndex(0);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"es"_s);
    }

    void restoreDefaultsFollowsTheSystemAgain()
    {
        QSettings().setValue(u"ui/language"_s, u"ar"_s);
        AlignSettings changed;
        changed.minRunWords = 9;
        PreferencesDialog dialog(changed, HighlightPalette::Scheme::Classic);
        dialog.show();
        QCOMPARE(dialog.settings().minRunWords, 9);
        QCOMPARE(dialog.scheme(), HighlightPalette::Scheme::Classic);
        QTest::mouseClick(button(dialog, QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
        QCOMPARE(field<QComboBox>(dialog, u"Lan&guage:"_s)->currentText(), u"System default"_s);
        QCOMPARE(dialog.settings().minRunWords, AlignSettings().minRunWords);
        QCOMPARE(dialog.scheme(), HighlightPalette::Scheme::OkabeIto);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), QString());
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
