#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace ChannelDesk {

class Database;

/// The only way synced records are written. Every create, update, tombstone and restore changes the row and
/// appends its outbox entry (mutation id, entity, record id, changed fields with old and new values, base server
/// version) inside one transaction, so a change without its entry, or an entry without its change, cannot exist.
/// Repositories call this; nothing else issues INSERT/UPDATE on synced tables (sync apply will get its own path).
///
/// A writer keeps the statements it prepared (by SQL text) until it is destroyed, so one writer used for many changes
/// (TierEngine's run) parses each statement once instead of per change. Writers are locals of the code that writes:
/// one must not outlive its Database (its statements belong to that connection).
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
    ~RecordWriter();
    RecordWriter(const RecordWriter&) = delete;
    RecordWriter& operator=(const RecordWriter&) = delete;

    Database& database() const { return m_db; }

    /// Inside the caller's transaction every call opens a savepoint of its own, so a failed call leaves nothing.
    /// A caller that wraps each change in a savepoint of its own and rolls that back whenever a call fails
    /// (TierEngine, per member) may turn this off: each open savepoint makes SQLite copy every page the change
    /// touches once more, a large part of the cost of thousands of changes. Without a caller's transaction a call
    /// is always a transaction of its own.
    void setSavepointPerCall(bool on) { m_savepointPerCall = on; }

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
    /// The hook's verdict at `point` (no hook: success), for the dedicated write paths that produce the same rows
    /// and outbox entries without this class (TierPendingWriter), so the same fault tests reach them.
    static Status injectedFault(const char* point);

private:
    class Statements;
    class Atomic;

    Status appendOutbox(const Entity& entity, const QByteArray& id, const QString& op, const QVariantMap& fields,
                        const QVariantMap& baseValues, const QVariant& baseVersion, const QString& now);
    Statements& statements();

    Database& m_db;
    std::unique_ptr<Statements> m_statements; ///< created on first use
    bool m_savepointPerCall = true;
};

} // namespace ChannelDesk
