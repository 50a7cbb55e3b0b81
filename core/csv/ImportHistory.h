#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ChannelDesk {
class Database;
}

namespace ChannelDesk::Csv {

/// A finished import as the history lists it.
struct ImportRun
{
    qint64 id = 0;
    QString fileName;
    QString mode;
    QDateTime finishedAt;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 rejected = 0;
    QDateTime revertedAt; ///< invalid while the import stands
};

/// The record of every import (which rows it created, what it changed with the values before and after), so a
/// finished import can be reverted — created partners and contacts deleted (tombstoned, through the outbox), updated
/// fields restored — and re-applied (redo). A field edited since the import is left as the user set it and reported.
/// Each revert / reapply is one transaction.
class ImportHistory final
{
public:
    explicit ImportHistory(Database& db);

    Result<QList<ImportRun>> runs() const; ///< newest first

    struct Outcome
    {
        qint64 partnersRemoved = 0;  ///< revert: created partners tombstoned; reapply: restored
        qint64 partnersRestored = 0; ///< updated partners put back
        qint64 fieldsSkipped = 0;    ///< fields changed since the import, left alone
    };
    Result<Outcome> revert(qint64 runId);
    Result<Outcome> reapply(qint64 runId);

private:
    Database& m_db;
};

} // namespace ChannelDesk::Csv
