#include "PreferencesDialog.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// The languages Parallax is translated into, each named in itself; main.cpp
// reads the choice ("ui/language", empty for the system's) at start.
const QString languageKey = u"ui/language"_s;

struct Language {
    QString code;
    QString name;
};

QList<Language> languages()
{
    return {{u"en"_s, u"English"_s},       {u"de"_s, u"Deutsch"_s},
            {u"fr"_s, u"Français"_s},      {u"es"_s, u"Español"_s},
            {u"zh_CN"_s, u"简体中文"_s}, {u"ar"_s, u"العربية"_s}};
}

} // namespace

PreferencesDialog::PreferencesDialog(const AlignSettings &settings, HighlightPalette::Scheme scheme, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_minRun(new QSpinBox(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_moveThreshold(new QDoubleSpinBox(this))
    , m_scheme(new QComboBox(this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_minRun->setRange(1, 20);
    m_minRun->setValue(settings.minRunWords);
    m_minRun->setSuffix(tr(" words"));
    m_minRun->setToolTip(tr("The shortest run of shared words highlighted as shared"));
    for (QDoubleSpinBox *box : {m_threshold, m_moveThreshold}) {
        box->setRange(0.05, 0.95);
        box->setSingleStep(0.02);
        box->setDecimals(2);
    }
    m_threshold->setValue(settings.linkThreshold);
    m_threshold->setToolTip(tr("How similar two paragraphs must be to be linked; lower links more"));
    m_moveThreshold->setValue(settings.moveThreshold);
    m_moveThreshold->setToolTip(tr("How similar two paragraphs out of order must be to be linked as moved"));
    for (auto option : {HighlightPalette::Scheme::OkabeIto, HighlightPalette::Scheme::Classic})
        m_scheme->addItem(HighlightPalette::schemeTitle(option), int(option));
    m_scheme->setCurrentIndex(m_scheme->findData(int(scheme)));

    auto *alignment = new QGroupBox(tr("Alignment"), this);
    auto *alignForm = new QFormLayout(alignment);
    alignForm->addRow(tr("Minimum shared &run:"), m_minRun);
    alignForm->addRow(tr("&Link threshold:"), m_threshold);
    alignForm->addRow(tr("&Move threshold:"), m_moveThreshold);
    m_language->addItem(tr("System default"), QString());
    for (const Language &language : languages())
        m_language->addItem(language.name, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(QSettings().value(languageKey).toString())));

    auto *appearance = new QGroupBox(tr("Appearance"), this);
    auto *appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("&Colours:"), m_scheme);
    appearanceForm->addRow(tr("Lan&guage:"), m_language);
    auto *languageNote = new QLabel(tr("A new language is used when Parallax is next started."), appearance);
    languageNote->setWordWrap(true);
    appearanceForm->addRow(languageNote);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings().setValue(languageKey, m_language->currentData().toString());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        const AlignSettings defaults;
        m_minRun->setValue(defaults.minRunWords);
        m_threshold->setValue(defaults.linkThreshold);
        m_moveThreshold->setValue(defaults.moveThreshold);
        m_scheme->setCurrentIndex(m_scheme->findData(int(HighlightPalette::Scheme::OkabeIto)));
        m_language->setCurrentIndex(0);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(alignment);
    layout->addWidget(appearance);
    layout->addWidget(buttons);
}

AlignSettings PreferencesDialog::settings() const
{
    AlignSettings result = m_settings;
    result.minRunWords = m_minRun->value();
    result.linkThreshold = m_threshold->value();
    result.moveThreshold = m_moveThreshold->value();
    return result;
}

HighlightPalette::Scheme PreferencesDialog::scheme() const
{
    return HighlightPalette::Scheme(m_scheme->currentData().toInt());
}

} // namespace parallax
