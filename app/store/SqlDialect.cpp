#include "SqlDialect.h"

#include <QSqlDriver>

using namespace Qt::StringLiterals;

namespace parallax {

const SqlDialect &SqlDialect::of(const QSqlDatabase &db)
{
    return of(db.driver());
}

const SqlDialect &SqlDialect::of(const QSqlDriver *driver)
{
    return driver && driver->dbmsType() == QSqlDriver::PostgreSQL ? postgresql() : sqlite();
}

} // namespace parallax
