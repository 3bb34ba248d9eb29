#include "Utf8Writer_p.h"

#include <QIODevice>

namespace parallax::exporting {
namespace {

// Large enough that the device sees few writes, small enough not to matter.
constexpr qsizetype ChunkCharacters = 32 * 1024;

} // namespace

Utf8Writer::Utf8Writer(QIODevice &device)
    : m_device(device)
{
    m_pending.reserve(ChunkCharacters + 1024);
}

Utf8Writer &Utf8Writer::operator<<(const QString &text)
{
    m_pending += text;
    if (m_pending.size() >= ChunkCharacters)
        flush();
    return *this;
}

bool Utf8Writer::finish()
{
    flush();
    return m_ok;
}

void Utf8Writer::flush()
{
    if (m_pending.isEmpty())
        return;
    // After a failed write the rest is dropped: a page with a hole is no page.
    if (m_ok) {
        const QByteArray bytes = m_pending.toUtf8();
        m_ok = m_device.write(bytes) == bytes.size();
    }
    m_pending.resize(0);
}

} // namespace parallax::exporting
