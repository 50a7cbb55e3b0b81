#include "SyncRowWriter.h"

#include "SyncSchema.h"
#include "common/Logging.h"
#include "common/Timestamp.h"
#include "deals/DealRepository.h"
#include "mdf/MdfClaimRepository.h"
#include "mdf/MdfRequestRepository.h"
#include "domain/Deal.h"
#include "domain/Partner.h"
#include "partners/PartnerRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

#include <sqlite3.h>

namespace ChannelDesk {

namespace {

// The same context and texts as Sql::exec's errors, so they share their translations.
struct StorageTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::Storage)
};

// Rows per multi-row INSERT (at most; SQLite's bound-variable limit also applies). FTS5 writes a segment at the end
// of every statement that follows a write to it: with partners a thousand at a time, a million-record snapshot
// spent 12 % of its time there at 128 rows per statement.
constexpr int InsertBatch = 1000;

// For each partnerFields() entry, the index of its synced field in the partner entity's fields; looked up once, as
// derived columns are computed for every pulled partner.
const QList<qsizetype>& partnerFieldIndexes(const SyncEntity& entity)
{
    static const QList<qsizetype> indexes = [&entity] {
        QList<qsizetype> list;
        for (const PartnerFieldDef& def : partnerFields())
            list.append(entity.field(QString::fromLatin1(def.column)) - entity.fields.constData());
        return list;
    }();
    return indexes;
}

// For each dealFields() entry, the index of its synced field in the deal entity's fields (as for partners).
const QList<qsizetype>& dealFieldIndexes(const SyncEntity& entity)
{
    static const QList<qsizetype> indexes = [&entity] {
        QList<qsizetype> list;
        for (const DealFieldDef& def : dealFields())
            list.append(entity.field(QString::fromLatin1(def.column)) - entity.fields.constData());
        return list;
    }();
    return indexes;
}

// A record of an MDF field table with the synced fields set from `fieldValues` (as partnerFieldIndexes does,
// looked up once per entity).
template <typename T>
T mdfRecordFrom(const SyncEntity& entity, const QList<MdfFieldDef<T>>& fields, const QVariantList& fieldValues)
{
    static const QList<qsizetype> indexes = [&] {
        QList<qsizetype> list;
        for (const MdfFieldDef<T>& def : fields) {
            const SyncField* field = entity.field(QString::fromLatin1(def.column));
            list.append(field ? field - entity.fields.constData() : -1);
        }
        return list;
    }();
    T record;
    for (qsizetype i = 0; i < indexes.size(); ++i) {
        if (indexes[i] >= 0)
            fields[i].set(record, fieldValues[indexes[i]]);
    }
    return record;
}

using PartnerNameLookup = std::function<QString(const QByteArray& partnerId)>;

// Columns only this client has, derived from synced ones (search keys), from the storage value of every field of
// the entity (in entity.fields order; what SyncSchema::fromJson gives for the row's JSON, absent fields included).
// Keep in step with the repositories. A deal's search words include its partner's name, which `partnerName` reads.
QVariantMap derivedColumns(const SyncEntity& entity, const QVariantList& fieldValues,
                           const PartnerNameLookup& partnerName = {})
{
    if (entity.name == QLatin1String("partner")) {
        const QList<qsizetype>& indexes = partnerFieldIndexes(entity);
        Partner partner;
        for (qsizetype i = 0; i < indexes.size(); ++i)
            partnerFields()[i].set(partner, fieldValues[indexes[i]]);
        return PartnerRepository::localColumns(partner);
    }
    if (entity.name == QLatin1String("deal")) {
        const QList<qsizetype>& indexes = dealFieldIndexes(entity);
        Deal deal;
        for (qsizetype i = 0; i < indexes.size(); ++i)
            dealFields()[i].set(deal, fieldValues[indexes[i]]);
        return DealRepository::localColumns(deal, partnerName && deal.partnerId.size() == 16 ? partnerName(deal.partnerId)
                                                                                             : QString());
    }
    if (entity.name == QLatin1String("mdf_request"))
        return MdfRequestRepository::localColumns(mdfRecordFrom(entity, mdfRequestFields(), fieldValues));
    if (entity.name == QLatin1String("mdf_claim"))
        return MdfClaimRepository::localColumns(mdfRecordFrom(entity, mdfClaimFields(), fieldValues));
    return {};
}

QVariantMap derivedColumns(const SyncEntity& entity, const QJsonObject& values, const PartnerNameLookup& partnerName = {})
{
    static const QStringList derivedEntities { QStringLiteral("partner"), QStringLiteral("deal"),
                                               QStringLiteral("mdf_request"), QStringLiteral("mdf_claim") };
    if (!derivedEntities.contains(entity.name))
        return {};
    QVariantList fieldValues;
    fieldValues.reserve(entity.fields.size());
    for (const SyncField& field : entity.fields)
        fieldValues.append(SyncSchema::fromJson(field, values.value(field.name)));
    return derivedColumns(entity, fieldValues, partnerName);
}

// A column of the current result row as Qt's SQLite driver would have returned it (for SyncSchema::toJson).
QVariant storedValue(sqlite3_stmt* row, int column)
{
    switch (sqlite3_column_type(row, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return static_cast<qint64>(sqlite3_column_int64(row, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(row, column);
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char*>(sqlite3_column_blob(row, column)), sqlite3_column_bytes(row, column));
    default:
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(row, column)),
                                 sqlite3_column_bytes(row, column));
    }
}

// Whether binding `value` (as SyncRowWriter::bind does) would store exactly what the column holds now.
bool isStored(sqlite3_stmt* row, int column, const QVariant& value)
{
    if (column < 0)
        return false;
    const int type = sqlite3_column_type(row, column);
    const bool null = !value.isValid() || value.isNull()
        || (value.typeId() == QMetaType::QString && static_cast<const QString*>(value.constData())->isNull())
        || (value.typeId() == QMetaType::QByteArray && static_cast<const QByteArray*>(value.constData())->isNull());
    if (null || type == SQLITE_NULL)
        return null && type == SQLITE_NULL;
    switch (value.typeId()) {
    case QMetaType::QString: {
        if (type != SQLITE_TEXT)
            return false;
        const QByteArrayView stored(reinterpret_cast<const char*>(sqlite3_column_text(row, column)),
                                    sqlite3_column_bytes(row, column));
        return stored == static_cast<const QString*>(value.constData())->toUtf8();
    }
    case QMetaType::QByteArray: {
        if (type != SQLITE_BLOB)
            return false;
        const QByteArrayView stored(static_cast<const char*>(sqlite3_column_blob(row, column)),
                                    sqlite3_column_bytes(row, column));
        return stored == *static_cast<const QByteArray*>(value.constData());
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return type == SQLITE_INTEGER && sqlite3_column_int64(row, column) == value.toLongLong();
    default:
        return false; // anything else is simply written
    }
}

QString insertSql(const QString& table, const QStringList& columns, qsizetype rows)
{
    const QString tuple = QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))
        + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table, columns.join(QLatin1Char(',')), QStringList(rows, tuple).join(QLatin1Char(',')));
}

} // namespace

SyncRowWriter::SyncRowWriter(Database& db)
    : m_db(db)
{
}

SyncRowWriter::~SyncRowWriter()
{
    for (sqlite3_stmt* statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
}

Error SyncRowWriter::failure(int rc, const QString& sql) const
{
    return Sql::fromResultCode(rc, QString::fromUtf8(sqlite3_errmsg(m_db.handle())) + QStringLiteral(" [")
                                       + sql.left(200) + QLatin1Char(']'));
}

Result<sqlite3_stmt*> SyncRowWriter::statement(const QString& sql)
{
    if (sqlite3_stmt* cached = m_statements.value(sql))
        return cached;
    sqlite3* handle = m_db.handle();
    if (!handle)
        return Error::storage(StorageTr::tr("The database could not complete the operation."),
                              QStringLiteral("no sqlite3 handle"));
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* prepared = nullptr;
    const int rc = sqlite3_prepare_v3(handle, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                      &prepared, nullptr);
    if (rc != SQLITE_OK)
        return failure(rc, sql);
    m_statements.insert(sql, prepared);
    return prepared;
}

int SyncRowWriter::bind(sqlite3_stmt* statement, int index, const QVariant& value)
{
    // As Qt's SQLite driver binds them (null QString / QByteArray -> NULL), so rows are stored as before.
    if (!value.isValid() || value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::QString: {
        const QString& text = *static_cast<const QString*>(value.constData());
        if (text.isNull())
            return sqlite3_bind_null(statement, index);
        m_keepAlive.append(text.toUtf8());
        const QByteArray& utf8 = m_keepAlive.constLast();
        return sqlite3_bind_text(statement, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_STATIC);
    }
    case QMetaType::QByteArray: {
        const QByteArray& bytes = *static_cast<const QByteArray*>(value.constData());
        if (bytes.isNull())
            return sqlite3_bind_null(statement, index);
        m_keepAlive.append(bytes);
        const QByteArray& kept = m_keepAlive.constLast();
        return sqlite3_bind_blob(statement, index, kept.constData(), static_cast<int>(kept.size()), SQLITE_STATIC);
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
        m_keepAlive.append(value.toString().toUtf8());
        const QByteArray& utf8 = m_keepAlive.constLast();
        return sqlite3_bind_text(statement, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_STATIC);
    }
    }
}

Status SyncRowWriter::step(sqlite3_stmt* statement, const QString& sql)
{
    int rc = sqlite3_step(statement);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    m_keepAlive.clear();
    if (rc != SQLITE_DONE)
        return failure(rc, sql);
    return {};
}

const QString& SyncRowWriter::now()
{
    // Formatting a timestamp costs more than writing a row; once per millisecond gives the same values.
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms != m_nowMs) {
        m_nowMs = ms;
        m_now = Timestamp::toStorage(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
    }
    return m_now;
}

std::function<QString(const QByteArray&)> SyncRowWriter::partnerNameLookup()
{
    return [this](const QByteArray& partnerId) { return partnerName(partnerId); };
}

QString SyncRowWriter::partnerName(const QByteArray& partnerId)
{
    // Deals of one partner come together: one lookup per partner, not per deal.
    if (const auto cached = m_partnerNames.constFind(partnerId); cached != m_partnerNames.cend())
        return *cached;
    if (m_batchIds.contains(partnerId) && !flush()) // the partner is still queued
        return {};
    const QString sql = QStringLiteral("SELECT name FROM partner WHERE id = ?");
    const Result<sqlite3_stmt*> prepared = statement(sql);
    if (!prepared)
        return {}; // only the search words lack the partner's name; the row itself is written as pulled
    sqlite3_stmt* query = prepared.value();
    QString name;
    if (sqlite3_bind_blob(query, 1, partnerId.constData(), static_cast<int>(partnerId.size()), SQLITE_STATIC) == SQLITE_OK
        && sqlite3_step(query) == SQLITE_ROW) {
        name = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(query, 0)),
                                 sqlite3_column_bytes(query, 0));
    }
    sqlite3_reset(query);
    sqlite3_clear_bindings(query);
    if (m_partnerNames.size() > 10000)
        m_partnerNames.clear();
    m_partnerNames.insert(partnerId, name);
    return name;
}

Result<SyncRowWriter::LocalRow> SyncRowWriter::localRow(const SyncEntity& entity, const QByteArray& id)
{
    if (m_batchIds.contains(id)) {
        if (Status status = flush(); !status)
            return status.error();
    }
    const QString sql = QStringLiteral("SELECT server_version FROM %1 WHERE id = ?").arg(entity.table);
    const Result<sqlite3_stmt*> prepared = statement(sql);
    if (!prepared)
        return prepared.error();
    sqlite3_stmt* query = prepared.value();
    LocalRow row;
    int rc = sqlite3_bind_blob(query, 1, id.constData(), static_cast<int>(id.size()), SQLITE_STATIC);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(query);
        if (rc == SQLITE_ROW) {
            row.exists = true;
            row.serverVersion = sqlite3_column_type(query, 0) == SQLITE_NULL
                ? QVariant(QMetaType(QMetaType::LongLong))
                : QVariant(static_cast<qint64>(sqlite3_column_int64(query, 0)));
            rc = SQLITE_DONE;
        }
    }
    sqlite3_reset(query);
    sqlite3_clear_bindings(query);
    if (rc != SQLITE_DONE)
        return failure(rc, sql);
    return row;
}

Result<QStringList> SyncRowWriter::texts(const QString& sql, const QVariantList& binds)
{
    if (Status status = flush(); !status)
        return status.error();
    const Result<sqlite3_stmt*> prepared = statement(sql);
    if (!prepared)
        return prepared.error();
    sqlite3_stmt* query = prepared.value();
    int rc = SQLITE_OK;
    for (int i = 0; i < binds.size() && rc == SQLITE_OK; ++i)
        rc = bind(query, i + 1, binds[i]);
    QStringList values;
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(query)) == SQLITE_ROW) {
            values.append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(query, 0)),
                                            sqlite3_column_bytes(query, 0)));
        }
    }
    sqlite3_reset(query);
    sqlite3_clear_bindings(query);
    m_keepAlive.clear();
    if (rc != SQLITE_DONE)
        return failure(rc, sql);
    return values;
}

Status SyncRowWriter::insert(const SyncEntity& entity, const QByteArray& id, const QJsonObject& values,
                             const QVariant& serverVersion)
{
    // The fields this client knows, in entity order (fields it does not know are ignored); each value converted
    // once, for its column and for the derived ones.
    QStringList columns;
    QVariantList row;
    QVariantList fieldValues;
    fieldValues.reserve(entity.fields.size());
    for (const SyncField& field : entity.fields) {
        const auto it = values.constFind(field.name);
        fieldValues.append(SyncSchema::fromJson(field, it == values.constEnd() ? QJsonValue(QJsonValue::Undefined) : *it));
        if (it != values.constEnd()) {
            columns.append(field.name);
            row.append(fieldValues.constLast());
        }
    }
    if (entity.name == QLatin1String("partner"))
        m_partnerNames.remove(id);
    const QVariantMap derived = derivedColumns(entity, fieldValues, partnerNameLookup());
    for (auto it = derived.cbegin(); it != derived.cend(); ++it) {
        columns.append(it.key());
        row.append(it.value());
    }
    columns << QStringLiteral("id") << QStringLiteral("created_at") << QStringLiteral("updated_at")
            << QStringLiteral("server_version");
    const QString stamp = now();
    row << id << stamp << stamp << serverVersion;

    if (m_batchTable != entity.table || m_batchColumns != columns) {
        if (Status status = flush(); !status)
            return status;
        m_batchTable = entity.table;
        m_batchColumns = columns;
    }
    m_batchRows.append(row);
    m_batchIds.insert(id);
    const int maxRows = std::max(1, std::min<int>(InsertBatch, sqlite3_limit(m_db.handle(), SQLITE_LIMIT_VARIABLE_NUMBER, -1)
                                                                   / static_cast<int>(columns.size())));
    return m_batchRows.size() >= maxRows ? flush() : Status();
}

void SyncRowWriter::discardQueued()
{
    m_batchRows.clear();
    m_batchIds.clear();
    m_batchTable.clear();
    m_batchColumns.clear();
}

Status SyncRowWriter::flush()
{
    if (m_batchRows.isEmpty())
        return {};
    const QString sql = insertSql(m_batchTable, m_batchColumns, m_batchRows.size());
    const QList<QVariantList> rows = std::exchange(m_batchRows, {});
    m_batchIds.clear();
    const Result<sqlite3_stmt*> prepared = statement(sql);
    if (!prepared)
        return prepared.error();
    m_keepAlive.reserve(rows.size() * m_batchColumns.size());
    int rc = SQLITE_OK;
    int index = 1;
    for (const QVariantList& row : rows) {
        for (const QVariant& value : row)
            rc |= bind(prepared.value(), index++, value);
    }
    if (rc != SQLITE_OK) {
        sqlite3_clear_bindings(prepared.value());
        m_keepAlive.clear();
        return failure(rc, sql);
    }
    return step(prepared.value(), sql);
}

Status SyncRowWriter::update(const SyncEntity& entity, const QByteArray& id, const QJsonObject& values,
                             const QVariant& serverVersion)
{
    // Queued rows first: this row, or the parent it now points to, may be among them.
    if (Status status = flush(); !status)
        return status;
    // The row as stored: derived keys need the fields not being written, and only columns whose value changes are
    // written. The row ends up the same, but an unchanged indexed or full-text column then costs nothing (SQLite
    // rewrites the index entries, and the FTS trigger fires, for every column in the SET list).
    auto stored = m_storedColumns.constFind(entity.name);
    if (stored == m_storedColumns.cend()) {
        QStringList columns;
        for (const SyncField& field : entity.fields)
            columns.append(field.name);
        columns += derivedColumns(entity, QJsonObject()).keys();
        stored = m_storedColumns.insert(entity.name, columns);
    }
    const QStringList& storedColumns = *stored;
    const QString select = QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(storedColumns.join(QLatin1Char(',')), entity.table);
    const Result<sqlite3_stmt*> selectStatement = statement(select);
    if (!selectStatement)
        return selectStatement.error();
    sqlite3_stmt* current = selectStatement.value();
    int rc = sqlite3_bind_blob(current, 1, id.constData(), static_cast<int>(id.size()), SQLITE_STATIC);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(current);
    if (rc != SQLITE_ROW) {
        sqlite3_reset(current);
        sqlite3_clear_bindings(current);
        // No such row: nothing to write, as the UPDATE would have found nothing.
        return rc == SQLITE_DONE ? Status() : Status(failure(rc, select));
    }
    QJsonObject full = values;
    for (int i = 0; i < entity.fields.size(); ++i) {
        const SyncField& field = entity.fields[i];
        if (!values.contains(field.name))
            full.insert(field.name, SyncSchema::toJson(field, storedValue(current, i)));
    }
    QStringList columns;
    QVariantList binds;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const SyncField* field = entity.field(it.key());
        if (!field)
            continue; // a field this client version does not know
        const QVariant value = SyncSchema::fromJson(*field, it.value());
        if (isStored(current, static_cast<int>(storedColumns.indexOf(field->name)), value))
            continue;
        columns.append(field->name);
        binds.append(value);
    }
    if (entity.name == QLatin1String("partner"))
        m_partnerNames.remove(id);
    const QVariantMap derived = derivedColumns(entity, full, partnerNameLookup());
    for (auto it = derived.cbegin(); it != derived.cend(); ++it) {
        if (isStored(current, static_cast<int>(storedColumns.indexOf(it.key())), it.value()))
            continue;
        columns.append(it.key());
        binds.append(it.value());
    }
    sqlite3_reset(current);
    sqlite3_clear_bindings(current);

    // A deal's search words hold its partner's name (DealRepository::localColumns), as a local rename re-keys them.
    const bool renamed = entity.name == QLatin1String("partner") && columns.contains(QStringLiteral("name"));
    columns << QStringLiteral("updated_at");
    binds << now();
    if (serverVersion.isValid()) {
        columns << QStringLiteral("server_version");
        binds << serverVersion;
    }
    binds << id;
    const QString sql = QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(entity.table, columns.join(QStringLiteral(" = ?, ")));
    const Result<sqlite3_stmt*> prepared = statement(sql);
    if (!prepared)
        return prepared.error();
    rc = SQLITE_OK;
    for (int i = 0; i < binds.size(); ++i)
        rc |= bind(prepared.value(), i + 1, binds[i]);
    if (rc != SQLITE_OK) {
        sqlite3_clear_bindings(prepared.value());
        m_keepAlive.clear();
        return failure(rc, sql);
    }
    if (Status status = step(prepared.value(), sql); !status || !renamed)
        return status;
    Partner partner;
    partner.id = id;
    partner.name = full.value(QStringLiteral("name")).toString();
    return PartnerRepository(m_db).refreshDealSearch(partner);
}

} // namespace ChannelDesk
