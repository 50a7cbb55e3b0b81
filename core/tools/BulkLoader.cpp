#include "BulkLoader.h"

#include "common/Logging.h"
#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "partners/PartnerRepository.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QStringEncoder>
#include <QVarLengthArray>

#include <sqlite3.h>

namespace ChannelDesk {

namespace {

struct BulkLoaderTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::BulkLoader)
};

// A big page cache for the load (allocated only as pages are used, restored afterwards): B-trees that receive rows
// in random key order (UUID ids, name sort keys) otherwise evict and re-read pages constantly. Measured with 300,000
// partners: with the default 2 MB, keeping the sort indexes up to date took 50 s instead of 19 s, and plain inserts
// 6.5 s instead of 3.3 s; 1 GB was no faster than 256 MB.
constexpr qint64 LoadCacheKiB = 256 * 1024;

// Outbox entries per INSERT. sync_outbox's CHECK (op IN (...)) and CHECK (state IN (...)) make SQLite build a
// temporary b-tree for each list every time a statement runs; a multi-row INSERT builds them once. Writing the entries
// one statement each cost 3 to 4 times as much as the rows they describe.
constexpr int OutboxBatch = 128;

Error sqliteError(sqlite3* db, int rc, const QString& what)
{
    QString message;
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        message = BulkLoaderTr::tr("The database is busy in another window or program. Try again in a moment.");
        break;
    case SQLITE_FULL:
        message = BulkLoaderTr::tr("The disk is full. Free some space; nothing was saved.");
        break;
    case SQLITE_READONLY:
        message = BulkLoaderTr::tr("The database file is read-only.");
        break;
    case SQLITE_CONSTRAINT:
        message = BulkLoaderTr::tr("A record could not be added because it conflicts with the stored data; nothing "
                                   "was saved.");
        break;
    case SQLITE_INTERRUPT:
        return Error { Error::Code::Cancelled, BulkLoaderTr::tr("Cancelled."), what, {} };
    default:
        message = BulkLoaderTr::tr("The database could not complete the operation; nothing was saved.");
        break;
    }
    const QString detail = (db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString()) + QStringLiteral(" [") + what
        + QLatin1Char(']');
    qCWarning(lcTools).noquote() << "Bulk load failed:" << detail;
    return Error::storage(message, detail);
}

/// Binds a non-string value as RecordWriter's Qt binding would store it (strings go through bindValues()). Blobs are
/// bound without copying: the caller keeps `value` alive until the statement has been stepped.
int bindValue(sqlite3_stmt* statement, int index, const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray& bytes = *static_cast<const QByteArray*>(value.constData());
        return sqlite3_bind_blob(statement, index, bytes.constData(), static_cast<int>(bytes.size()), SQLITE_STATIC);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    default: {
        const QString text = value.toString();
        return sqlite3_bind_text16(statement, index, text.utf16(), static_cast<int>(text.size() * 2), SQLITE_TRANSIENT);
    }
    }
}

int bindText(sqlite3_stmt* statement, int index, const QString& text)
{
    return sqlite3_bind_text16(statement, index, text.utf16(), static_cast<int>(text.size() * 2), SQLITE_STATIC);
}

int bindUtf8(sqlite3_stmt* statement, int index, const QByteArray& text)
{
    return sqlite3_bind_text(statement, index, text.constData(), static_cast<int>(text.size()), SQLITE_STATIC);
}

const QString* stringIn(const QVariant& value)
{
    return value.typeId() == QMetaType::QString ? static_cast<const QString*>(value.constData()) : nullptr;
}

int bindBlob(sqlite3_stmt* statement, int index, const QByteArray& bytes)
{
    return sqlite3_bind_blob(statement, index, bytes.constData(), static_cast<int>(bytes.size()), SQLITE_STATIC);
}

QString insertSql(const QString& table, const QStringList& columns)
{
    return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns.join(QLatin1Char(','))
        + QStringLiteral(") VALUES (") + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))
        + QLatin1Char(')');
}

// The entity names of outbox entries, as PartnerRepository and ContactRepository write them.
const QString& partnerEntity()
{
    static const QString name = QStringLiteral("partner");
    return name;
}

const QString& contactEntity()
{
    static const QString name = QStringLiteral("contact");
    return name;
}

} // namespace

BulkLoader::BulkLoader(Database& db)
    : m_db(db)
{
}

BulkLoader::~BulkLoader()
{
    rollback();
}

Status BulkLoader::exec(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db.handle(), sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return sqliteError(m_db.handle(), rc, QString::fromUtf8(sql).left(200));
    return {};
}

Status BulkLoader::prepare(sqlite3_stmt** statement, const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    // PERSISTENT: the statements live for the whole load, which tells SQLite not to take them from lookaside memory.
    const int rc = sqlite3_prepare_v3(m_db.handle(), utf8.constData(), static_cast<int>(utf8.size()),
                                      SQLITE_PREPARE_PERSISTENT, statement, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(m_db.handle(), rc, sql.left(200));
    return {};
}

Status BulkLoader::failed(int rc, const QString& what)
{
    // A failed row must not leave the rows before it: the load is all or nothing.
    const Error error = sqliteError(m_db.handle(), rc, what);
    rollback();
    return error;
}

const QString& BulkLoader::now()
{
    // Formatting a timestamp costs more than inserting a row; format once per millisecond.
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms != m_nowMs) {
        m_nowMs = ms;
        m_now = Timestamp::toStorage(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
        m_nowUtf8 = m_now.toUtf8();
    }
    return m_now;
}

int BulkLoader::bindValues(sqlite3_stmt* statement, int firstIndex, const QVariant* const* values, qsizetype count)
{
    // Text goes in as UTF-8, encoded into one reused buffer: bound as UTF-16, SQLite would convert every value
    // into a fresh allocation, which costs more than the insert itself.
    qsizetype capacity = 0;
    for (qsizetype i = 0; i < count; ++i) {
        if (const QString* text = stringIn(*values[i]))
            capacity += text->size() * 3;
    }
    if (m_textBuffer.size() < capacity)
        m_textBuffer.resize(capacity * 2);
    char* cursor = m_textBuffer.data();
    QStringEncoder encoder(QStringEncoder::Utf8);
    int rc = SQLITE_OK;
    int index = firstIndex;
    for (qsizetype i = 0; i < count; ++i) {
        if (const QString* text = stringIn(*values[i])) {
            char* start = cursor; // a null QString becomes "": text columns are NOT NULL DEFAULT ''
            cursor = encoder.appendToBuffer(cursor, *text);
            rc |= sqlite3_bind_text(statement, index++, start, static_cast<int>(cursor - start), SQLITE_STATIC);
        } else {
            rc |= bindValue(statement, index++, *values[i]);
        }
    }
    return rc;
}

Status BulkLoader::begin()
{
    if (m_transaction) {
        return Error { Error::Code::InvalidArgument, BulkLoaderTr::tr("A bulk load is already in progress."), {}, {} };
    }
    sqlite3* handle = m_db.handle();
    if (!handle)
        return Error::storage(BulkLoaderTr::tr("The database is not open."), QStringLiteral("no sqlite3 handle"));

    m_transaction = std::make_unique<Transaction>(m_db);
    if (Status status = m_transaction->begun(); !status) {
        m_transaction.reset();
        return status;
    }
    m_partners = 0;
    m_contacts = 0;
    m_emptyJson = RecordWriter::outboxJson({}).toUtf8();
    m_pendingOutbox.clear();

    // Remember the cache size to put it back, then enlarge it for the load.
    {
        sqlite3_stmt* statement = nullptr;
        if (Status status = prepare(&statement, QStringLiteral("PRAGMA cache_size")); !status) {
            rollback();
            return status;
        }
        if (sqlite3_step(statement) == SQLITE_ROW)
            m_savedCacheSize = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        const QByteArray pragma = "PRAGMA cache_size=-" + QByteArray::number(LoadCacheKiB);
        if (Status status = exec(pragma.constData()); !status) {
            rollback();
            return status;
        }
    }

    if (m_deferIndexes) {
        if (Status status = dropDeferred(); !status) {
            rollback();
            return status;
        }
    }
    return {};
}

Status BulkLoader::dropDeferred()
{
    m_deferredIndexes.clear();
    m_deferredTriggers.clear();
    // Explicit indexes only (sql IS NOT NULL): the automatic ones behind UNIQUE constraints must check every row.
    // Of the triggers only the FTS insert trigger is deferred, because its work is replayed exactly below; any
    // other trigger keeps running per row.
    sqlite3_stmt* statement = nullptr;
    if (Status status = prepare(&statement, QStringLiteral(
                                                "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND "
                                                "((type = 'index' AND tbl_name IN ('partner', 'contact', 'sync_outbox')) OR "
                                                "(type = 'trigger' AND name = 'partner_fts_insert')) ORDER BY name"));
        !status)
        return status;
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const QString type = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        Deferred deferred { QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 1))),
                            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 2))) };
        (type == QLatin1String("index") ? m_deferredIndexes : m_deferredTriggers).append(std::move(deferred));
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return sqliteError(m_db.handle(), rc, QStringLiteral("reading the schema"));

    if (!m_deferredTriggers.isEmpty()) {
        // New rows get local ids above the current maximum; only those need indexing afterwards.
        if (Status status = prepare(&statement, QStringLiteral("SELECT coalesce(max(local_id), 0) FROM partner")); !status)
            return status;
        m_maxLocalIdBefore = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : 0;
        sqlite3_finalize(statement);
    }
    for (const QList<Deferred>* list : { &m_deferredIndexes, &m_deferredTriggers }) {
        const char* kind = list == &m_deferredIndexes ? "DROP INDEX " : "DROP TRIGGER ";
        for (const Deferred& deferred : *list) {
            // Names come from sqlite_schema, not from input; quoted all the same.
            QByteArray name = deferred.name.toUtf8();
            const QByteArray sql = QByteArray(kind) + '"' + name.replace('"', "\"\"") + '"';
            if (Status status = exec(sql.constData()); !status)
                return status;
        }
    }
    return {};
}

Status BulkLoader::restoreDeferred()
{
    QElapsedTimer timer;
    timer.start();
    if (!m_deferredTriggers.isEmpty()) {
        // What partner_fts_insert would have done for each new row, in one statement.
        sqlite3_stmt* statement = nullptr;
        if (Status status = prepare(&statement, QStringLiteral("INSERT INTO partner_fts(rowid, search_text) "
                                                               "SELECT local_id, search_text FROM partner "
                                                               "WHERE local_id > ?"));
            !status)
            return status;
        sqlite3_bind_int64(statement, 1, m_maxLocalIdBefore);
        const int rc = sqlite3_step(statement);
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE)
            return sqliteError(m_db.handle(), rc, QStringLiteral("indexing new partners for search"));
        qCDebug(lcTools) << "search index caught up in" << timer.restart() << "ms";
    }
    for (const QList<Deferred>* list : { &m_deferredTriggers, &m_deferredIndexes }) {
        for (const Deferred& deferred : *list) {
            const QByteArray sql = deferred.sql.toUtf8();
            if (Status status = exec(sql.constData()); !status)
                return status;
            qCDebug(lcTools) << "recreated" << deferred.name << "in" << timer.restart() << "ms";
        }
    }
    m_deferredIndexes.clear();
    m_deferredTriggers.clear();
    return {};
}

Status BulkLoader::addPartner(const Partner& partner, const QVariantMap& localColumns)
{
    if (!m_transaction)
        return Error { Error::Code::InvalidArgument, BulkLoaderTr::tr("No bulk load is in progress."), {}, {} };

    if (!m_partnerInsert) {
        m_localKeys = localColumns.keys();
        QStringList columns { QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at") };
        for (const PartnerFieldDef& field : partnerFields())
            columns.append(QString::fromLatin1(field.column));
        columns += m_localKeys; // column names from PartnerRepository::localColumns(), never from input
        if (Status status = prepare(&m_partnerInsert, insertSql(QStringLiteral("partner"), columns)); !status) {
            rollback();
            return status;
        }
    } else if (localColumns.size() != m_localKeys.size()) {
        rollback();
        return Error { Error::Code::InvalidArgument, BulkLoaderTr::tr("The partner's local columns changed during the load."),
                       {}, {} };
    }

    now();
    const QByteArray stamp = m_nowUtf8; // created_at of the row and of its outbox entry
    const QList<PartnerFieldDef>& fields = partnerFields();
    QVarLengthArray<QVariant, 32> values; // keeps bound blobs alive until the step
    values.reserve(fields.size());
    QVarLengthArray<const QVariant*, 40> bound;
    for (const PartnerFieldDef& field : fields) {
        values.append(field.get(partner));
        bound.append(&values.last());
    }
    qsizetype k = 0;
    for (auto it = localColumns.cbegin(); it != localColumns.cend(); ++it, ++k) {
        if (it.key() != m_localKeys.at(k)) {
            rollback();
            return Error { Error::Code::InvalidArgument,
                           BulkLoaderTr::tr("The partner's local columns changed during the load."), it.key(), {} };
        }
        bound.append(&it.value());
    }
    int rc = bindBlob(m_partnerInsert, 1, partner.id);
    rc |= bindUtf8(m_partnerInsert, 2, stamp);
    rc |= bindUtf8(m_partnerInsert, 3, stamp);
    rc |= bindValues(m_partnerInsert, 4, bound.constData(), bound.size());
    if (rc != SQLITE_OK)
        return failed(rc, QStringLiteral("binding a partner"));
    rc = sqlite3_step(m_partnerInsert);
    sqlite3_reset(m_partnerInsert);
    if (rc != SQLITE_DONE)
        return failed(rc, QStringLiteral("inserting partner ") + Uuid::toString(partner.id));

    if (m_recordOutbox) {
        if (Status status = appendOutbox(partnerEntity(), partner.id, PartnerRepository::syncedColumns(partner), stamp);
            !status)
            return status;
    }
    ++m_partners;
    return {};
}

Status BulkLoader::addContact(const Contact& contact)
{
    if (!m_transaction)
        return Error { Error::Code::InvalidArgument, BulkLoaderTr::tr("No bulk load is in progress."), {}, {} };

    const QList<ContactFieldDef>& fields = contactFields();
    if (!m_contactInsert) {
        QStringList columns { QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at") };
        for (const ContactFieldDef& field : fields)
            columns.append(QString::fromLatin1(field.column));
        if (Status status = prepare(&m_contactInsert, insertSql(QStringLiteral("contact"), columns)); !status) {
            rollback();
            return status;
        }
    }

    now();
    const QByteArray stamp = m_nowUtf8;
    QVarLengthArray<QVariant, 16> values; // keeps bound blobs alive until the step
    values.reserve(fields.size());
    QVarLengthArray<const QVariant*, 16> bound;
    for (const ContactFieldDef& field : fields) {
        values.append(field.get(contact));
        bound.append(&values.last());
    }
    int rc = bindBlob(m_contactInsert, 1, contact.id);
    rc |= bindUtf8(m_contactInsert, 2, stamp);
    rc |= bindUtf8(m_contactInsert, 3, stamp);
    rc |= bindValues(m_contactInsert, 4, bound.constData(), bound.size());
    if (rc != SQLITE_OK)
        return failed(rc, QStringLiteral("binding a contact"));
    rc = sqlite3_step(m_contactInsert);
    sqlite3_reset(m_contactInsert);
    if (rc != SQLITE_DONE)
        return failed(rc, QStringLiteral("inserting contact ") + Uuid::toString(contact.id));

    if (m_recordOutbox) {
        // The same map ContactRepository writes: every synced column by its field name.
        QVariantMap synced;
        for (qsizetype i = 0; i < fields.size(); ++i)
            synced.insert(QString::fromLatin1(fields.at(i).column), values.at(i));
        if (Status status = appendOutbox(contactEntity(), contact.id, synced, stamp); !status)
            return status;
    }
    ++m_contacts;
    return {};
}

Status BulkLoader::appendOutbox(const QString& entity, const QByteArray& id, const QVariantMap& fields,
                                const QByteArray& stamp)
{
    m_pendingOutbox.append(
        PendingEntry { Uuid::createV7(), &entity, id, RecordWriter::outboxJson(fields).toUtf8(), stamp });
    if (m_pendingOutbox.size() >= OutboxBatch)
        return flushOutbox();
    return {};
}

Status BulkLoader::flushOutbox()
{
    // Column for column what RecordWriter::appendOutbox writes for a create, in insertion order.
    const int count = static_cast<int>(m_pendingOutbox.size());
    if (count == 0)
        return {};
    sqlite3_stmt* statement = count == OutboxBatch ? m_outboxInsert : nullptr;
    if (!statement) {
        QString sql = QStringLiteral("INSERT INTO sync_outbox (idem_key, entity, row_id, op, fields, base_values, "
                                     "base_version, schema_version, created_at) VALUES ");
        for (int i = 0; i < count; ++i)
            sql += (i ? QStringLiteral(",") : QString()) + QStringLiteral("(?, ?, ?, 'create', ?, ?, NULL, ?, ?)");
        if (Status status = prepare(&statement, sql); !status) {
            rollback();
            return status;
        }
        if (count == OutboxBatch)
            m_outboxInsert = statement; // kept for the next full batch
    }
    const int schemaVersion = Database::currentSchemaVersion();
    int rc = SQLITE_OK;
    int index = 1;
    for (const PendingEntry& entry : std::as_const(m_pendingOutbox)) {
        rc |= bindBlob(statement, index++, entry.idemKey);
        rc |= bindText(statement, index++, *entry.entity);
        rc |= bindBlob(statement, index++, entry.rowId);
        rc |= bindUtf8(statement, index++, entry.fields);
        rc |= bindUtf8(statement, index++, m_emptyJson);
        rc |= sqlite3_bind_int64(statement, index++, schemaVersion);
        rc |= bindUtf8(statement, index++, entry.createdAt);
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_step(statement);
    else
        rc = SQLITE_MISUSE;
    sqlite3_reset(statement);
    if (statement != m_outboxInsert)
        sqlite3_finalize(statement);
    m_pendingOutbox.clear();
    if (rc != SQLITE_DONE)
        return failed(rc, QStringLiteral("appending outbox entries"));
    return {};
}

Status BulkLoader::commit()
{
    if (!m_transaction)
        return Error { Error::Code::InvalidArgument, BulkLoaderTr::tr("No bulk load is in progress."), {}, {} };
    if (Status status = flushOutbox(); !status)
        return status; // already rolled back
    if (Status status = restoreDeferred(); !status) {
        rollback();
        return status;
    }
    if (Status status = m_transaction->commit(); !status) {
        rollback();
        return status;
    }
    qCInfo(lcTools) << "Bulk load committed:" << m_partners << "partners," << m_contacts << "contacts";
    finish();
    return {};
}

void BulkLoader::rollback()
{
    if (!m_transaction)
        return;
    // Statements first: the transaction's rollback also restores anything dropped for the load.
    sqlite3_finalize(m_partnerInsert);
    sqlite3_finalize(m_contactInsert);
    sqlite3_finalize(m_outboxInsert);
    m_partnerInsert = m_contactInsert = m_outboxInsert = nullptr;
    m_transaction->rollback();
    m_deferredIndexes.clear();
    m_deferredTriggers.clear();
    m_pendingOutbox.clear();
    finish();
}

void BulkLoader::finish()
{
    sqlite3_finalize(m_partnerInsert);
    sqlite3_finalize(m_contactInsert);
    sqlite3_finalize(m_outboxInsert);
    m_partnerInsert = m_contactInsert = m_outboxInsert = nullptr;
    m_localKeys.clear();
    m_transaction.reset();
    if (m_savedCacheSize != 0) {
        const QByteArray pragma = "PRAGMA cache_size=" + QByteArray::number(m_savedCacheSize);
        sqlite3_exec(m_db.handle(), pragma.constData(), nullptr, nullptr, nullptr);
        m_savedCacheSize = 0;
    }
}

} // namespace ChannelDesk
