#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

struct sqlite3_stmt;

namespace ChannelDesk {

class Database;
struct SyncEntity;

/// Writes server rows into the client's tables for SyncStore, inside the caller's transaction, through prepared
/// SQLite statements kept for as long as the writer lives (SyncStore keeps one) instead of SQL built, parsed and bound
/// through QSqlQuery per row. New rows are queued and written by multi-row INSERTs: besides saving statements, the
/// partner FTS5 index flushes its pending terms at every statement that follows a write to it, so one statement per
/// row made it build a tiny segment per row and merge them constantly (measured: most of a snapshot's time).
///
/// Stores exactly what the per-row QSqlQuery path stored: same columns, same values, same derived search keys, and
/// SQL with bound parameters only. Queued inserts are flushed before anything that could see them (a lookup of the
/// same id, an update, flush() before other statements and before commit).
class SyncRowWriter final
{
public:
    explicit SyncRowWriter(Database& db);
    ~SyncRowWriter();
    SyncRowWriter(const SyncRowWriter&) = delete;
    SyncRowWriter& operator=(const SyncRowWriter&) = delete;

    struct LocalRow
    {
        bool exists = false;
        QVariant serverVersion; ///< null when the row never synced
    };
    /// Whether the row exists locally, and its server version.
    Result<LocalRow> localRow(const SyncEntity& entity, const QByteArray& id);

    /// Queues a new row (`values`: wire JSON per field; unknown fields are ignored) with its derived columns.
    Status insert(const SyncEntity& entity, const QByteArray& id, const QJsonObject& values, const QVariant& serverVersion);
    /// Writes `values` into an existing row and recomputes its derived columns; only columns whose value changes are
    /// written (plus updated_at, and server_version unless `serverVersion` is invalid). No row: nothing happens.
    Status update(const SyncEntity& entity, const QByteArray& id, const QJsonObject& values, const QVariant& serverVersion);
    /// Writes the queued inserts.
    Status flush();
    /// Forgets the queued inserts (their transaction was rolled back).
    void discardQueued();

    /// Runs a read-only `sql` (prepared once per writer) with `binds` and returns its first column as text.
    Result<QStringList> texts(const QString& sql, const QVariantList& binds);

private:
    Result<sqlite3_stmt*> statement(const QString& sql);
    Status step(sqlite3_stmt* statement, const QString& sql);
    Error failure(int rc, const QString& sql) const;
    int bind(sqlite3_stmt* statement, int index, const QVariant& value);
    const QString& now();
    /// The partner's name for a pulled deal's search words (cached per writer; a pulled partner drops its entry).
    QString partnerName(const QByteArray& partnerId);
    std::function<QString(const QByteArray&)> partnerNameLookup();

    Database& m_db;
    QHash<QString, sqlite3_stmt*> m_statements;
    QList<QByteArray> m_keepAlive; ///< UTF-8 of text bound with SQLITE_STATIC until the statement has run

    // The queued inserts: one entity, one column list.
    QString m_batchTable;
    QStringList m_batchColumns;
    QList<QVariantList> m_batchRows;
    QSet<QByteArray> m_batchIds;

    QHash<QString, QStringList> m_storedColumns; ///< entity -> its synced, then derived (client-only), columns

    QHash<QByteArray, QString> m_partnerNames;

    qint64 m_nowMs = -1;
    QString m_now;
};

} // namespace ChannelDesk
