#include "LibraryThread.h"

#include "LibraryService.h"

using namespace Qt::StringLiterals;

namespace parallax {

LibraryThread::LibraryThread(QObject *parent)
    : QObject(parent)
    , m_service(new LibraryService)
{
    m_thread.setObjectName(u"parallax-library"_s);
    m_service->moveToThread(&m_thread);
    // Deleted on its own thread, so the database closes where it was opened.
    connect(&m_thread, &QThread::finished, m_service, &QObject::deleteLater);
    m_thread.start();
}

LibraryThread::~LibraryThread()
{
    m_service->cancelImport();
    m_thread.quit();
    m_thread.wait();
}

} // namespace parallax
