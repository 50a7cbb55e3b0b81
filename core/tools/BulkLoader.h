#pragma once

#include "common/Result.h"
#include "domain/Contact.h"
#include "domain/Partner.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>

struct sqlite3_stmt;

namespace ChannelDesk {

class Database;
class Transaction;

/// Inserts many new partners and contacts fast: the data generator and the CSV importer use it where going through
/// the repositories (a QSqlQuery and a transaction per row) would take minutes for a million rows.
///
/// Writes the same rows RecordWriter::insert would (created_at/updated_at now, tombstone and server version empty)
/// and, unless turned off, the same 'create' outbox entry per row, but through prepared SQLite statements and all
/// inside one transaction: a failure, rollback() or destroying the loader before commit() leaves nothing behind.
/// Input is not validated here; callers run PartnerValidator first, as the repositories do.
///
///     BulkLoader loader(db);
///     if (Status s = loader.begin(); !s) ...
///     for (...) loader.addPartner(partner, PartnerRepository::localColumns(partner));
///     loader.commit();
class BulkLoader final
{
public:
    explicit BulkLoader(Database& db);
    /// Rolls back a load that was not committed.
    ~BulkLoader();
    BulkLoader(const BulkLoader&) = delete;
    BulkLoader& operator=(const BulkLoader&) = delete;

    /// Whether each row also gets its 'create' outbox entry (default on). Off only for data that must never sync:
    /// benchmarks and throw-away demo databases.
    void setRecordOutbox(bool record) { m_recordOutbox = record; }
    bool recordsOutbox() const { return m_recordOutbox; }

    /// Drops the explicit indexes of partner, contact and sync_outbox (not the UNIQUE constraints' own) and the
    /// full-text insert trigger for the load, then, before committing and inside the same transaction, indexes the
    /// new rows for search in one statement and recreates the indexes and trigger from their stored definitions.
    /// Measured with 300,000 new partners: 19 s instead of 80 s (rebuilding the indexes beats maintaining them row by
    /// row about 2x; full-text indexing in one statement beats the per-row trigger about 4x, since FTS5 flushes at
    /// every statement). Worth it when the load is large compared with what the tables already hold (generating a
    /// database, a first import); not for adding a few thousand rows to a big table, since recreating an index
    /// covers every row. Set before begin().
    void setDeferIndexes(bool defer) { m_deferIndexes = defer; }
    bool defersIndexes() const { return m_deferIndexes; }

    /// Starts the transaction (BEGIN IMMEDIATE, or a savepoint inside an open transaction).
    Status begin();
    /// Adds a new partner with `localColumns` from PartnerRepository::localColumns(). Every call must pass the same
    /// keys. On error the whole load is rolled back.
    Status addPartner(const Partner& partner, const QVariantMap& localColumns);
    /// Adds a new contact; its partner must exist or have been added before. On error the whole load is rolled back.
    Status addContact(const Contact& contact);
    /// Rebuilds what was deferred and commits. On error the whole load is rolled back.
    Status commit();
    /// Discards everything added since begin().
    void rollback();

    bool isActive() const { return m_transaction != nullptr; }
    qint64 partnersAdded() const { return m_partners; }
    qint64 contactsAdded() const { return m_contacts; }

private:
    /// A schema object dropped for the load and recreated before commit.
    struct Deferred
    {
        QString name;
        QString sql;
    };

    /// An outbox entry waiting to be written with others in one multi-row INSERT.
    struct PendingEntry
    {
        QByteArray idemKey;
        const QString* entity;
        QByteArray rowId;
        QByteArray fields;    ///< UTF-8 JSON
        QByteArray createdAt; ///< UTF-8
    };

    Status exec(const char* sql);
    Status prepare(sqlite3_stmt** statement, const QString& sql);
    Status failed(int rc, const QString& what);
    Status dropDeferred();
    Status restoreDeferred();
    /// Queues the entry RecordWriter::insert appends; `stamp` is the row's created_at (UTF-8), as there.
    Status appendOutbox(const QString& entity, const QByteArray& id, const QVariantMap& fields, const QByteArray& stamp);
    Status flushOutbox();
    const QString& now();
    int bindValues(sqlite3_stmt* statement, int firstIndex, const QVariant* const* values, qsizetype count);
    void finish();

    Database& m_db;
    std::unique_ptr<Transaction> m_transaction;
    bool m_recordOutbox = true;
    bool m_deferIndexes = false;

    sqlite3_stmt* m_partnerInsert = nullptr;
    sqlite3_stmt* m_contactInsert = nullptr;
    sqlite3_stmt* m_outboxInsert = nullptr; ///< a full batch of entries
    QList<PendingEntry> m_pendingOutbox;
    QStringList m_localKeys; ///< local column names the partner statement was prepared with

    QList<Deferred> m_deferredIndexes;
    QList<Deferred> m_deferredTriggers;
    qint64 m_maxLocalIdBefore = 0;

    qint64 m_savedCacheSize = 0;
    qint64 m_nowMs = -1;
    QString m_now;
    QByteArray m_nowUtf8;
    QByteArray m_textBuffer; ///< UTF-8 of the row being bound
    QByteArray m_emptyJson;
    qint64 m_partners = 0;
    qint64 m_contacts = 0;
};

} // namespace ChannelDesk
