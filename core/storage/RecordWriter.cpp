#include "RecordWriter.h"

#include "Database.h"
#include "Sql.h"
#include "Transaction.h"
#include "common/Logging.h"
#include "common/Timestamp.h"
#include "common/Uuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTime>
#include <QUuid>

#include <sqlite3.h>

#include <optional>

namespace ChannelDesk {

namespace {

struct WriterTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::RecordWriter)
};

RecordWriter::FaultHook& faultHook()
{
    static RecordWriter::FaultHook hook;
    return hook;
}

Status fault(const char* point)
{
    const auto& hook = faultHook();
    return hook ? hook(point) : Status();
}

QJsonValue toJson(const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return QJsonValue::Null;
    if (value.typeId() == QMetaType::QByteArray) {
        const QByteArray bytes = value.toByteArray();
        // Raw 16-byte ids (parent references) travel as UUID text.
        return bytes.size() == 16 ? QJsonValue(Uuid::toString(bytes)) : QJsonValue(QString::fromLatin1(bytes.toBase64()));
    }
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return QJsonValue(value.toLongLong());
    return QJsonValue::fromVariant(value);
}

QString toJsonTextByQt(const QVariantMap& map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), toJson(it.value()));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// Appends `text` as a JSON string exactly as QJsonDocument::Compact writes it, for the characters whose form is
/// unambiguous: '"' and '\\' escaped, everything else from U+0020 on as UTF-8. False (and `out` to be discarded)
/// on a control character or a surrogate: the caller then lets QJsonDocument write the whole object.
bool appendJsonString(QByteArray& out, QStringView text)
{
    // Written through a pointer into room reserved for the worst case (3 bytes per UTF-16 unit, 2 quotes):
    // QByteArray::append per character cost more than the rest of the outbox entry.
    const qsizetype start = out.size();
    out.resize(start + text.size() * 3 + 2);
    char* cursor = out.data() + start;
    *cursor++ = '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            if (u < 0x20)
                return false;
            if (u == '"' || u == '\\')
                *cursor++ = '\\';
            *cursor++ = char(u);
        } else if (u < 0x800) {
            *cursor++ = char(0xc0 | (u >> 6));
            *cursor++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            return false;
        } else {
            *cursor++ = char(0xe0 | (u >> 12));
            *cursor++ = char(0x80 | ((u >> 6) & 0x3f));
            *cursor++ = char(0x80 | (u & 0x3f));
        }
    }
    *cursor++ = '"';
    out.resize(cursor - out.constData());
    return true;
}

/// A 16-byte id as Uuid::toString() writes it (lowercase, hyphens after bytes 4, 6, 8 and 10), quoted.
void appendUuidString(QByteArray& out, const QByteArray& bytes)
{
    static constexpr char Hex[] = "0123456789abcdef";
    out.append('"');
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.append('-');
        const auto b = static_cast<unsigned char>(bytes.at(i));
        out.append(Hex[b >> 4]);
        out.append(Hex[b & 0xf]);
    }
    out.append('"');
}

/// The outbox JSON of `map` written directly: QJsonObject + QJsonDocument cost more than the row write itself for
/// the thousands of changes of a tier recompute. Handles the values changes carry (null, text, integers, bools,
/// blobs); anything else, a non-ASCII key or a string it does not handle, and QJsonDocument writes the object, so
/// the text is always byte-identical to toJsonTextByQt() (tests/core compares the two).
QString toJsonText(const QVariantMap& map)
{
    QByteArray out;
    out.reserve(64 + map.size() * 48);
    out.append('{');
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it != map.cbegin())
            out.append(',');
        for (const QChar c : it.key()) {
            if (c.unicode() >= 0x80)
                return toJsonTextByQt(map); // QJsonObject's key order is only known to match QMap's for ASCII
        }
        if (!appendJsonString(out, it.key()))
            return toJsonTextByQt(map);
        out.append(':');
        const QVariant& value = it.value();
        if (value.isNull() || !value.isValid()) {
            out.append("null");
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::QString:
            if (!appendJsonString(out, *static_cast<const QString*>(value.constData())))
                return toJsonTextByQt(map);
            break;
        case QMetaType::LongLong:
        case QMetaType::Int:
            out.append(QByteArray::number(value.toLongLong()));
            break;
        case QMetaType::Bool:
            out.append(value.toBool() ? "true" : "false");
            break;
        case QMetaType::QByteArray: {
            const auto* bytes = static_cast<const QByteArray*>(value.constData());
            if (bytes->size() == 16) {
                appendUuidString(out, *bytes);
            } else {
                out.append('"');
                out.append(bytes->toBase64()); // base64 needs no escaping
                out.append('"');
            }
            break;
        }
        default:
            return toJsonTextByQt(map);
        }
    }
    out.append('}');
    return QString::fromUtf8(out);
}

// Stored values come back as SQLite's types; compare by meaning so "" vs NULL text or 5 vs 5LL is no change.
bool sameValue(const QVariant& stored, const QVariant& incoming)
{
    const bool storedNull = stored.isNull() || !stored.isValid();
    const bool incomingNull = incoming.isNull() || !incoming.isValid();
    if (storedNull || incomingNull)
        return storedNull == incomingNull;
    if (incoming.typeId() == QMetaType::QByteArray || stored.typeId() == QMetaType::QByteArray)
        return stored.toByteArray() == incoming.toByteArray();
    if (incoming.typeId() == QMetaType::LongLong || incoming.typeId() == QMetaType::Int)
        return stored.toLongLong() == incoming.toLongLong() && stored.typeId() != QMetaType::QString;
    return stored.toString() == incoming.toString();
}

// The statements below run on the raw handle, but values are bound and read exactly as Qt's SQLite driver does
// for QSqlQuery (the code this replaced), so rows and outbox entries are stored as before.

/// Qt's rule for a bound value that is stored as NULL: a null variant, a null QString or QByteArray, an invalid
/// date-time or time, a null date or QUuid.
bool isNullValue(const QVariant& value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString*>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray*>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime*>(value.constData())->isValid();
    case QMetaType::QDate:
        return static_cast<const QDate*>(value.constData())->isNull();
    case QMetaType::QTime:
        return !static_cast<const QTime*>(value.constData())->isValid();
    case QMetaType::QUuid:
        return static_cast<const QUuid*>(value.constData())->isNull();
    default:
        return false;
    }
}

int bindText(sqlite3_stmt* statement, int index, const QString& text, void (*lifetime)(void*))
{
    return sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * qsizetype(sizeof(QChar))), lifetime);
}

/// Binds as QSqlQuery::addBindValue does. Strings and blobs are not copied: `value` must outlive the step.
int bindValue(sqlite3_stmt* statement, int index, const QVariant& value)
{
    if (isNullValue(value))
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const auto* bytes = static_cast<const QByteArray*>(value.constData());
        return sqlite3_bind_blob(statement, index, bytes->constData(), int(bytes->size()), SQLITE_STATIC);
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        return sqlite3_bind_int(statement, index, value.toInt());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::QString:
        return bindText(statement, index, *static_cast<const QString*>(value.constData()), SQLITE_STATIC);
    case QMetaType::QDateTime:
        return bindText(statement, index, value.toDateTime().toString(Qt::ISODateWithMs), SQLITE_TRANSIENT);
    case QMetaType::QTime:
        return bindText(statement, index, value.toTime().toString(QStringLiteral("hh:mm:ss.zzz")), SQLITE_TRANSIENT);
    default:
        return bindText(statement, index, value.toString(), SQLITE_TRANSIENT);
    }
}

/// One use of a cached statement: reset and unbound when done, so between uses it holds no read snapshot and
/// points at no caller's memory.
class Use
{
public:
    explicit Use(sqlite3_stmt* statement)
        : m_statement(statement)
    {
    }
    ~Use()
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    Use(const Use&) = delete;
    Use& operator=(const Use&) = delete;

private:
    sqlite3_stmt* m_statement;
};

const QString SavepointSql = QStringLiteral("SAVEPOINT record_writer");
const QString ReleaseSql = QStringLiteral("RELEASE record_writer");
const QString RollbackToSql = QStringLiteral("ROLLBACK TO record_writer");
const QString OutboxSql = QStringLiteral(
    "INSERT INTO sync_outbox (idem_key, entity, row_id, op, fields, base_values, base_version, schema_version, "
    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");

} // namespace

/// The writer's prepared statements by SQL text, finalised with the writer.
class RecordWriter::Statements
{
public:
    explicit Statements(sqlite3* db)
        : m_db(db)
    {
    }
    ~Statements()
    {
        for (sqlite3_stmt* statement : std::as_const(m_bySql))
            sqlite3_finalize(statement);
    }
    Statements(const Statements&) = delete;
    Statements& operator=(const Statements&) = delete;

    /// The statement for `sql`, prepared on first use; nullptr (and `error` set) when it cannot be prepared.
    sqlite3_stmt* get(const QString& sql, Error& error)
    {
        if (sqlite3_stmt* known = m_bySql.value(sql))
            return known;
        if (!m_db) {
            error = Error::storage(WriterTr::tr("The database is not open."), sql.left(200));
            return nullptr;
        }
        sqlite3_stmt* statement = nullptr;
        const int rc = sqlite3_prepare16_v3(m_db, sql.utf16(), int(sql.size() * qsizetype(sizeof(QChar))),
                                            SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(statement);
            error = failure(rc, sql);
            return nullptr;
        }
        m_bySql.insert(sql, statement);
        return statement;
    }

    /// Runs a statement that returns no rows, with `values` bound in order.
    Status run(const QString& sql, std::initializer_list<const QVariant*> values = {})
    {
        Error error;
        sqlite3_stmt* statement = get(sql, error);
        if (!statement)
            return error;
        Use use(statement);
        int index = 0;
        for (const QVariant* value : values) {
            if (const int rc = bindValue(statement, ++index, *value); rc != SQLITE_OK)
                return failure(rc, sql);
        }
        return step(statement, sql);
    }

    Status step(sqlite3_stmt* statement, const QString& sql)
    {
        const int rc = sqlite3_step(statement);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            return failure(rc, sql);
        return {};
    }

    Error failure(int rc, const QString& sql) const
    {
        return Sql::fromResultCode(rc, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "no database handle")
                                           + QStringLiteral(" [") + sql.left(200) + QLatin1Char(']'));
    }

    sqlite3* db() const { return m_db; }

    /// Timestamp::nowUtc(), formatted only when the millisecond changed (QDateTime's formatting costs more than a
    /// row write; a bulk writer stamps many changes within each millisecond).
    QString nowUtc()
    {
        const qint64 ms = QDateTime::currentMSecsSinceEpoch();
        if (ms != m_nowMs || m_now.isEmpty()) {
            m_nowMs = ms;
            m_now = Timestamp::toStorage(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
        }
        return m_now;
    }

private:
    sqlite3* m_db;
    QHash<QString, sqlite3_stmt*> m_bySql;
    qint64 m_nowMs = 0;
    QString m_now;
};

/// A change's all-or-nothing scope, as Transaction gives it: BEGIN IMMEDIATE at the outermost level, a savepoint
/// inside the caller's transaction. The savepoint runs on cached statements with one fixed name: Transaction's
/// fresh name per savepoint costs a parse per change, more than the change itself in a large run.
class RecordWriter::Atomic
{
public:
    Atomic(Database& db, Statements& statements, bool savepoint)
        : m_statements(statements)
    {
        if (statements.db() && sqlite3_get_autocommit(statements.db()) == 0) {
            if (savepoint) {
                m_begun = m_statements.run(SavepointSql);
                m_open = m_begun.ok();
            }
            // else: the caller's savepoint makes the change atomic (setSavepointPerCall).
        } else {
            m_transaction.emplace(db);
            m_begun = m_transaction->begun();
        }
    }
    ~Atomic()
    {
        if (!m_open)
            return;
        Status status = m_statements.run(RollbackToSql);
        if (status)
            status = m_statements.run(ReleaseSql);
        if (!status)
            qCWarning(lcStorage).noquote() << "Rollback failed:" << status.error().toLogString();
    }
    Atomic(const Atomic&) = delete;
    Atomic& operator=(const Atomic&) = delete;

    const Status& begun() const { return m_begun; }
    Status commit()
    {
        if (m_transaction)
            return m_transaction->commit();
        if (!m_open)
            return m_begun.ok() ? Status() : m_begun;
        Status status = m_statements.run(ReleaseSql);
        if (status)
            m_open = false;
        return status;
    }

private:
    Statements& m_statements;
    std::optional<Transaction> m_transaction;
    Status m_begun;
    bool m_open = false; ///< our savepoint is open
};

RecordWriter::RecordWriter(Database& db)
    : m_db(db)
{
}

RecordWriter::~RecordWriter() = default;

RecordWriter::Statements& RecordWriter::statements()
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>(m_db.handle());
    return *m_statements;
}

QString RecordWriter::outboxJson(const QVariantMap& values)
{
    return toJsonText(values);
}

void RecordWriter::setFaultHook(FaultHook hook)
{
    faultHook() = std::move(hook);
}

Status RecordWriter::injectedFault(const char* point)
{
    return fault(point);
}

Status RecordWriter::insert(const Entity& entity, const QByteArray& id, const QVariantMap& values,
                            const QVariantMap& local)
{
    Statements& cache = statements();
    Atomic atomic(m_db, cache, m_savepointPerCall);
    if (!atomic.begun())
        return atomic.begun();

    const QString now = cache.nowUtc();
    // Column names come from the entity's field table, never from input.
    QString sql = QStringLiteral("INSERT INTO ") + entity.table + QStringLiteral(" (id,created_at,updated_at");
    QString marks = QStringLiteral("?,?,?");
    for (const QVariantMap* map : { &values, &local }) {
        for (auto it = map->cbegin(); it != map->cend(); ++it) {
            sql += QLatin1Char(',') + it.key();
            marks += QStringLiteral(",?");
        }
    }
    sql += QStringLiteral(") VALUES (") + marks + QLatin1Char(')');

    Error error;
    sqlite3_stmt* statement = cache.get(sql, error);
    if (!statement)
        return error;
    {
        const QVariant idValue(id);
        const QVariant nowValue(now);
        Use use(statement); // unbinds before the values above go
        int rc = bindValue(statement, 1, idValue);
        if (rc == SQLITE_OK)
            rc = bindValue(statement, 2, nowValue);
        if (rc == SQLITE_OK)
            rc = bindValue(statement, 3, nowValue);
        int index = 3;
        for (const QVariantMap* map : { &values, &local }) {
            for (auto it = map->cbegin(); it != map->cend() && rc == SQLITE_OK; ++it)
                rc = bindValue(statement, ++index, it.value());
        }
        if (rc != SQLITE_OK)
            return cache.failure(rc, sql);
        if (Status status = cache.step(statement, sql); !status)
            return status;
    }
    if (Status status = fault("after-row-write"); !status)
        return status;
    if (Status status = appendOutbox(entity, id, QStringLiteral("create"), values, {}, QVariant(), now); !status)
        return status;
    return atomic.commit();
}

Result<bool> RecordWriter::update(const Entity& entity, const QByteArray& id, const QVariantMap& values,
                                  const QVariantMap& local)
{
    Statements& cache = statements();
    Atomic atomic(m_db, cache, m_savepointPerCall);
    if (!atomic.begun())
        return atomic.begun().error();

    QString selectSql = QStringLiteral("SELECT ");
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        selectSql += it.key() + QLatin1Char(',');
    selectSql += QStringLiteral("server_version,deleted_at FROM ") + entity.table + QStringLiteral(" WHERE id = ?");

    QVariantMap changed;
    QVariantMap old;
    QVariant baseVersion;
    {
        Error error;
        sqlite3_stmt* select = cache.get(selectSql, error);
        if (!select)
            return error;
        const QVariant idValue(id);
        Use use(select);
        if (const int rc = bindValue(select, 1, idValue); rc != SQLITE_OK)
            return cache.failure(rc, selectSql);
        const int rc = sqlite3_step(select);
        if (rc == SQLITE_DONE)
            return Error::notFound(WriterTr::tr("The record no longer exists."));
        if (rc != SQLITE_ROW)
            return cache.failure(rc, selectSql);
        const int count = int(values.size());
        if (sqlite3_column_type(select, count + 1) != SQLITE_NULL)
            return Error::notFound(WriterTr::tr("The record was deleted; restore it before editing."));
        int column = 0;
        for (auto it = values.cbegin(); it != values.cend(); ++it, ++column) {
            const QVariant stored = Sql::columnValue(select, column);
            if (!sameValue(stored, it.value())) {
                changed.insert(it.key(), it.value());
                old.insert(it.key(), stored);
            }
        }
        baseVersion = Sql::columnValue(select, count);
    }
    if (changed.isEmpty())
        return false;

    const QString now = cache.nowUtc();
    QString sql = QStringLiteral("UPDATE ") + entity.table + QStringLiteral(" SET updated_at = ?");
    for (const QVariantMap* map : { static_cast<const QVariantMap*>(&changed), &local }) {
        for (auto it = map->cbegin(); it != map->cend(); ++it)
            sql += QLatin1Char(',') + it.key() + QStringLiteral(" = ?");
    }
    sql += QStringLiteral(" WHERE id = ?");
    Error error;
    sqlite3_stmt* statement = cache.get(sql, error);
    if (!statement)
        return error;
    {
        const QVariant nowValue(now);
        const QVariant idValue(id);
        Use use(statement);
        int rc = bindValue(statement, 1, nowValue);
        int index = 1;
        for (const QVariantMap* map : { static_cast<const QVariantMap*>(&changed), &local }) {
            for (auto it = map->cbegin(); it != map->cend() && rc == SQLITE_OK; ++it)
                rc = bindValue(statement, ++index, it.value());
        }
        if (rc == SQLITE_OK)
            rc = bindValue(statement, ++index, idValue);
        if (rc != SQLITE_OK)
            return cache.failure(rc, sql);
        if (Status status = cache.step(statement, sql); !status)
            return status.error();
    }
    if (Status status = fault("after-row-write"); !status)
        return status.error();
    if (Status status = appendOutbox(entity, id, QStringLiteral("update"), changed, old, baseVersion, now); !status)
        return status.error();
    if (Status status = atomic.commit(); !status)
        return status.error();
    return true;
}

Result<bool> RecordWriter::setDeleted(const Entity& entity, const QByteArray& id, bool deleted)
{
    Statements& cache = statements();
    Atomic atomic(m_db, cache, m_savepointPerCall);
    if (!atomic.begun())
        return atomic.begun().error();

    const QVariant idValue(id);
    QVariant oldDeletedAt;
    QVariant baseVersion;
    {
        const QString selectSql = QStringLiteral("SELECT deleted_at, server_version FROM ") + entity.table
            + QStringLiteral(" WHERE id = ?");
        Error error;
        sqlite3_stmt* select = cache.get(selectSql, error);
        if (!select)
            return error;
        Use use(select);
        if (const int rc = bindValue(select, 1, idValue); rc != SQLITE_OK)
            return cache.failure(rc, selectSql);
        const int rc = sqlite3_step(select);
        if (rc == SQLITE_DONE)
            return Error::notFound(WriterTr::tr("The record no longer exists."));
        if (rc != SQLITE_ROW)
            return cache.failure(rc, selectSql);
        oldDeletedAt = Sql::columnValue(select, 0);
        baseVersion = Sql::columnValue(select, 1);
    }
    if (oldDeletedAt.isNull() != deleted)
        return false;

    const QVariant now = cache.nowUtc();
    const QVariant newDeletedAt = deleted ? now : QVariant(QMetaType(QMetaType::QString));
    if (Status status = cache.run(QStringLiteral("UPDATE ") + entity.table
                                      + QStringLiteral(" SET deleted_at = ?, updated_at = ? WHERE id = ?"),
                                  { &newDeletedAt, &now, &idValue });
        !status)
        return status.error();
    if (Status status = fault("after-row-write"); !status)
        return status.error();
    const QVariantMap fields { { QStringLiteral("deleted_at"), newDeletedAt } };
    const QVariantMap base { { QStringLiteral("deleted_at"), oldDeletedAt } };
    if (Status status = appendOutbox(entity, id, deleted ? QStringLiteral("delete") : QStringLiteral("restore"), fields,
                                     base, baseVersion, now.toString());
        !status)
        return status.error();
    if (Status status = atomic.commit(); !status)
        return status.error();
    return true;
}

Status RecordWriter::appendOutbox(const Entity& entity, const QByteArray& id, const QString& op,
                                  const QVariantMap& fields, const QVariantMap& baseValues, const QVariant& baseVersion,
                                  const QString& now)
{
    const QVariant idemKey(Uuid::createV7());
    const QVariant entityName(entity.name);
    const QVariant rowId(id);
    const QVariant opValue(op);
    const QVariant fieldsJson(toJsonText(fields));
    const QVariant baseJson(toJsonText(baseValues));
    const QVariant version = baseVersion.isNull() ? QVariant(QMetaType(QMetaType::LongLong)) : baseVersion;
    const QVariant schema(Database::currentSchemaVersion());
    const QVariant created(now);
    return statements().run(OutboxSql, { &idemKey, &entityName, &rowId, &opValue, &fieldsJson, &baseJson, &version,
                                         &schema, &created });
}

} // namespace ChannelDesk
