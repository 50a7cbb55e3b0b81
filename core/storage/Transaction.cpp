#include "Transaction.h"

#include "Database.h"
#include "Sql.h"
#include "common/Logging.h"

#include <QAtomicInt>

#include <sqlite3.h>

namespace ChannelDesk {

namespace {
QAtomicInt savepointCounter;
}

Transaction::Transaction(Database& db)
    : m_db(db)
{
    sqlite3* handle = db.handle();
    const bool nested = handle && sqlite3_get_autocommit(handle) == 0;
    if (nested) {
        m_savepoint = QStringLiteral("sp%1").arg(savepointCounter.fetchAndAddRelaxed(1));
        m_begun = Sql::exec(db.connection(), QStringLiteral("SAVEPOINT ") + m_savepoint);
    } else {
        m_begun = Sql::exec(db.connection(), QStringLiteral("BEGIN IMMEDIATE"));
    }
    m_open = m_begun.ok();
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status() : m_begun;
    Status status = Sql::exec(m_db.connection(),
                              m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint);
    if (status)
        m_open = false;
    return status;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    // Qt's SQLite driver runs one statement per exec(), so ROLLBACK TO and RELEASE are two calls.
    Status status = m_savepoint.isEmpty() ? Sql::exec(m_db.connection(), QStringLiteral("ROLLBACK"))
                                          : Sql::exec(m_db.connection(), QStringLiteral("ROLLBACK TO ") + m_savepoint);
    if (status && !m_savepoint.isEmpty())
        status = Sql::exec(m_db.connection(), QStringLiteral("RELEASE ") + m_savepoint);
    if (!status)
        qCWarning(lcStorage).noquote() << "Rollback failed:" << status.error().toLogString();
}

} // namespace ChannelDesk
