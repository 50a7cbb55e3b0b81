#pragma once

#include "common/Result.h"
#include "domain/Mdf.h"

#include <QJsonObject>

namespace ChannelDesk {

class Database;

/// Writes and reads MDF history (mdf_event): "who, when, from, to and why" for every change of every MDF record.
/// record() is called by the repositories inside their transaction, through RecordWriter (so events sync).
class MdfEventLog final
{
public:
    explicit MdfEventLog(Database& db);

    /// Appends an event; `scopeRef` is the partner's id (the budget's for budget events).
    Status record(const QByteArray& scopeRef, const QString& entity, const QByteArray& recordId, const QString& actor,
                  const QString& action, const QString& fromStatus, const QString& toStatus, const QString& reason,
                  const QJsonObject& detail = {}, const QDateTime& at = {});
    /// The record's history, oldest first.
    Result<QList<MdfEvent>> history(const QByteArray& recordId) const;

private:
    Database& m_db;
};

} // namespace ChannelDesk
