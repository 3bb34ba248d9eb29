#pragma once

#include "align/AlignTypes.h"
#include "palette/HighlightPalette.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace parallax {

// The alignment's tunables a person may change, and the highlight colours.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    PreferencesDialog(const AlignSettings &settings, HighlightPalette::Scheme scheme, QWidget *parent = nullptr);

    AlignSettings settings() const;
    HighlightPalette::Scheme scheme() const;

private:
    AlignSettings m_settings;
    QSpinBox *m_minRun = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QDoubleSpinBox *m_moveThreshold = nullptr;
    QComboBox *m_scheme = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace parallax
