#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariantMap>

#include <functional>

namespace ChannelDesk {

class Database;

/// The only way synced records are written. Every create, update, tombstone and restore changes the row and
/// appends its outbox entry (mutation id, entity, record id, changed fields with old and new values, base server
/// version) inside one transaction, so a change without its entry, or an entry without its change, cannot exist.
/// Repositories call this; nothing else issues INSERT/UPDATE on synced tables (sync apply will get its own path).
class RecordWriter final
{
public:
    /// Where an entity lives: its outbox name and its table.
    struct Entity
    {
        QString name;
        QString table;
    };

    explicit RecordWriter(Database& db);

    /// Inserts a new record with `values` (synced columns) and `local` (derived, never synced, e.g. search keys).
    Status insert(const Entity& entity, const QByteArray& id, const QVariantMap& values, const QVariantMap& local = {});
    /// Writes the columns of `values` that differ from the stored row. Returns false when nothing changed (no
    /// outbox entry then).
    Result<bool> update(const Entity& entity, const QByteArray& id, const QVariantMap& values,
                        const QVariantMap& local = {});
    /// Tombstones (deleted = true) or restores a record. Deleting a tombstone, or restoring a live row, is a no-op.
    Result<bool> setDeleted(const Entity& entity, const QByteArray& id, bool deleted);

    /// The JSON text stored in an outbox entry's fields and base_values (16-byte ids as UUID text). Public so that
    /// BulkLoader writes entries byte-identical to insert()'s.
    static QString outboxJson(const QVariantMap& values);

    /// Test hook: called between the row write and the outbox append; a returned error aborts the change, which
    /// must then leave neither. Not thread-safe; tests set it while no writer runs.
    using FaultHook = std::function<Status(const char* point)>;
    static void setFaultHook(FaultHook hook);

private:
    Status appendOutbox(const Entity& entity, const QByteArray& id, const QString& op, const QVariantMap& fields,
                        const QVariantMap& baseValues, const QVariant& baseVersion, const QString& now);

    Database& m_db;
};

} // namespace ChannelDesk
