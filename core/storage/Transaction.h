#pragma once

#include "common/Result.h"

#include <QString>

namespace ChannelDesk {

class Database;

/// RAII transaction: BEGIN IMMEDIATE at the outermost level (so a writer never fails late on a lock upgrade), a
/// SAVEPOINT when nested. Rolls back unless commit() succeeded, so an early return or a failure midway leaves
/// nothing behind.
class Transaction final
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// Whether BEGIN/SAVEPOINT itself succeeded; check before writing.
    const Status& begun() const { return m_begun; }
    Status commit();
    void rollback();

private:
    Database& m_db;
    QString m_savepoint; ///< empty for the outermost transaction
    Status m_begun;
    bool m_open = false;
};

} // namespace ChannelDesk
