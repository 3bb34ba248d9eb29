#include "PreferencesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace parallax {

PreferencesDialog::PreferencesDialog(const AlignSettings &settings, HighlightPalette::Scheme scheme, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_minRun(new QSpinBox(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_moveThreshold(new QDoubleSpinBox(this))
    , m_scheme(new QComboBox(this))
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
    auto *appearance = new QGroupBox(tr("Appearance"), this);
    auto *appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("&Colours:"), m_scheme);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        const AlignSettings defaults;
        m_minRun->setValue(defaults.minRunWords);
        m_threshold->setValue(defaults.linkThreshold);
        m_moveThreshold->setValue(defaults.moveThreshold);
        m_scheme->setCurrentIndex(m_scheme->findData(int(HighlightPalette::Scheme::OkabeIto)));
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
