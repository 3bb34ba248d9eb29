#pragma once

// Export text written as it is produced; private to app/export.

#include <QString>

class QIODevice;

namespace parallax::exporting {

// Pieces of text go to the device as UTF-8 in chunks of some tens of
// kilobytes, so that a page or table of a thousand articles never sits in
// memory whole: memory grows with the largest piece, not with the export.
// Each piece must be whole text (no surrogate pair split between pieces).
class Utf8Writer final
{
public:
    explicit Utf8Writer(QIODevice &device);
    Utf8Writer(const Utf8Writer &) = delete;
    Utf8Writer &operator=(const Utf8Writer &) = delete;

    Utf8Writer &operator<<(const QString &text);
    // Writes what is still held; false when the device has not taken every
    // byte written to it so far.
    bool finish();

private:
    void flush();

    QIODevice &m_device;
    QString m_pending;
    bool m_ok = true;
};

} // namespace parallax::exporting
