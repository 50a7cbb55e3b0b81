#include "MdfListLoader.h"

#include "common/Timestamp.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QHash>
#include <QSqlQuery>

#include <sqlite3.h>

namespace ChannelDesk {

namespace {

Q_LOGGING_CATEGORY(lcMdfList, "channeldesk.ui.mdf.list", QtInfoMsg)

struct LoaderTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::MdfListLoader)
};

MdfListRow rowFromQuery(const QSqlQuery& q, const QList<int>& decode)
{
    const int valueCount = static_cast<int>(decode.size());
    MdfListRow row;
    row.localId = q.value(0).toLongLong();
    row.id = q.value(1).toByteArray();
    row.values.reserve(valueCount);
    for (int i = 0; i < valueCount; ++i) {
        const QVariant value = q.value(i + 2);
        switch (decode.at(i)) {
        case MdfListStatement::Date:
            row.values.append(value.isNull() ? QVariant() : QVariant(Timestamp::dateFromStorage(value.toString())));
            break;
        case MdfListStatement::Instant:
            row.values.append(value.isNull() ? QVariant() : QVariant(Timestamp::fromStorage(value.toString())));
            break;
        default:
            row.values.append(value);
        }
    }
    return row;
}

int bindRaw(sqlite3_stmt* statement, int position, const QVariant& value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, position);
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob(statement, position, bytes.constData(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, position, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, position, value.toDouble());
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(statement, position, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    }
    }
}

constexpr int ProgressStep = 100; // VM instructions between two progress callbacks

struct InstructionBudget
{
    qint64 instructions = 0;
    bool exceeded = false;
};

int onProgress(void* context)
{
    auto* budget = static_cast<InstructionBudget*>(context);
    budget->instructions -= ProgressStep;
    if (budget->instructions > 0)
        return 0;
    budget->exceeded = true;
    return 1; // stops the statement with SQLITE_INTERRUPT
}

// Steps a SELECT of one integer column into `ids` through the raw API (stepping many integers through QSqlQuery
// costs about ten times more). With `budget`, a progress handler stops the statement once it has run that many VM
// instructions, and budget->exceeded tells that stop from a sqlite3_interrupt(). Returns SQLite's result code.
int stepIds(sqlite3* handle, const QString& sql, const QVariantList& binds, std::vector<qint64>& ids,
            QString& message, InstructionBudget* budget = nullptr)
{
    ids.clear();
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v2(handle, utf8.constData(), static_cast<int>(utf8.size()), &statement, nullptr);
    for (int i = 0; rc == SQLITE_OK && i < binds.size(); ++i)
        rc = bindRaw(statement, i + 1, binds.at(i));
    if (rc == SQLITE_OK) {
        if (budget)
            sqlite3_progress_handler(handle, ProgressStep, onProgress, budget);
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
            ids.push_back(sqlite3_column_int64(statement, 0));
        if (budget)
            sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    }
    message = QString::fromUtf8(sqlite3_errmsg(handle)) + QStringLiteral(" in: ") + sql;
    sqlite3_finalize(statement);
    return rc;
}

int registerTypes()
{
    qRegisterMetaType<ChannelDesk::MdfListStatement>();
    qRegisterMetaType<ChannelDesk::MdfListRow>();
    qRegisterMetaType<QList<ChannelDesk::MdfListRow>>();
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<ChannelDesk::RowOrder>();
    qRegisterMetaType<ChannelDesk::Error>();
    return 0;
}

} // namespace

MdfListLoader::MdfListLoader(QString databasePath, QString name, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_name(std::move(name))
{
    static const int registered = registerTypes();
    Q_UNUSED(registered)
}

MdfListLoader::~MdfListLoader() = default;

QString MdfListLoader::firstPageSql(const MdfListStatement& statement, FirstPagePlan plan)
{
    const MdfSql& sql = statement.sql;
    const bool head = !sql.headFrom.isEmpty();
    QString where = head ? sql.headWhere : sql.where;
    if (!head && plan == FirstPagePlan::Walk && !sql.walkWhere.isEmpty())
        where = sql.walkWhere;
    else if (!head && plan == FirstPagePlan::Member && !sql.memberWhere.isEmpty())
        where = sql.memberWhere;
    return QStringLiteral("SELECT %1.local_id FROM %2 WHERE %3 ORDER BY %4 LIMIT %5")
        .arg(statement.alias, head ? sql.headFrom : sql.from, where, sql.orderBy)
        .arg(FirstPageSize);
}

Result<std::vector<qint64>> MdfListLoader::firstPageIds(Database& db, const MdfListStatement& statement,
                                                        const Budgets& budgets, FirstPagePlan* used)
{
    sqlite3* handle = db.handle();
    std::vector<qint64> ids;
    QString message;
    if (used)
        *used = FirstPagePlan::Plain;
    const MdfSql& sql = statement.sql;
    const bool rewritable = sql.headFrom.isEmpty() && !sql.walkWhere.isEmpty();
    const std::pair<FirstPagePlan, int> tries[] {
        { FirstPagePlan::Walk, rewritable ? (sql.search ? budgets.searchWalk : budgets.walk) : 0 },
        { FirstPagePlan::Plain, sql.search ? budgets.set : 0 },
        { FirstPagePlan::Member, rewritable && !sql.memberWhere.isEmpty() ? (sql.search ? budgets.searchMember : budgets.member) : 0 },
    };
    for (const auto& [plan, instructions] : tries) {
        if (instructions <= 0)
            continue;
        InstructionBudget budget;
        budget.instructions = instructions;
        const int rc = stepIds(handle, firstPageSql(statement, plan), sql.values, ids, message, &budget);
        if (rc == SQLITE_DONE) {
            if (used)
                *used = plan;
            return ids;
        }
        if (!budget.exceeded)
            return Sql::fromResultCode(rc, message);
    }
    const int rc = stepIds(handle, firstPageSql(statement), sql.values, ids, message);
    if (rc != SQLITE_DONE)
        return Sql::fromResultCode(rc, message);
    return ids;
}

Result<QList<MdfListRow>> MdfListLoader::readRows(Database& db, const MdfListStatement& statement,
                                                  const std::vector<qint64>& localIds)
{
    QList<MdfListRow> rows;
    if (localIds.empty())
        return rows;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    // One bound JSON array instead of hundreds of parameters; SQLite turns it into rowid lookups.
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3.local_id IN (SELECT value FROM json_each(?))")
                      .arg(statement.rowColumns, statement.table, statement.alias));
    query.addBindValue(Sql::jsonIdList(QList<qint64>(localIds.begin(), localIds.end())));
    if (!query.exec())
        return Sql::errorFrom(query);
    QHash<qint64, MdfListRow> byId;
    byId.reserve(static_cast<qsizetype>(localIds.size()));
    while (query.next()) {
        MdfListRow row = rowFromQuery(query, statement.decode);
        byId.insert(row.localId, std::move(row));
    }
    rows.reserve(byId.size());
    for (const qint64 id : localIds) {
        auto it = byId.find(id);
        if (it != byId.end())
            rows.append(std::move(*it));
    }
    return rows;
}

QString MdfListLoader::orderSql(const MdfListStatement& statement)
{
    return QStringLiteral("SELECT %1.local_id FROM %2 WHERE %3 ORDER BY %4")
        .arg(statement.alias, statement.sql.from, statement.sql.where, statement.sql.orderBy);
}

void MdfListLoader::supersede(int generation)
{
    int previous = m_latest.load();
    while (previous < generation && !m_latest.compare_exchange_weak(previous, generation)) { }
    if (previous < generation) {
        if (sqlite3* handle = m_handle.load())
            sqlite3_interrupt(handle); // safe from any thread; a statement of the new generation caught by it retries
    }
}

bool MdfListLoader::ensureOpen(int generation)
{
    if (m_db)
        return true;
    auto opened = Database::open(m_path, Database::Role::Reader);
    if (!opened) {
        Q_EMIT failed(generation, opened.error());
        return false;
    }
    m_db = std::move(opened).value();
    m_handle = m_db->handle();
    return true;
}

void MdfListLoader::close()
{
    m_handle = nullptr;
    m_pending.reset();
    m_db.reset();
}

void MdfListLoader::runQuery(int generation, const MdfListStatement& statement)
{
    if (isObsolete(generation) || !ensureOpen(generation))
        return;
    m_statement = statement;
    QElapsedTimer timer;
    timer.start();
    // With a partner walk (sort by partner) the first page misses rows of deleted partners, so it is never taken
    // for the whole result: the full order is exact and the model corrects the head when it arrives.
    const bool approximateHead = !statement.sql.headFrom.isEmpty();

    // 1. The first page alone: an index walk that stops after FirstPageSize rows, so the list paints at once.
    QList<MdfListRow> firstRows;
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto ids = firstPageIds(*m_db, statement, Budgets());
        Result<QList<MdfListRow>> rows = ids ? readRows(*m_db, statement, ids.value()) : Result<QList<MdfListRow>>(ids.error());
        if (rows) {
            firstRows = std::move(rows).value();
            break;
        }
        if (isObsolete(generation))
            return;
        if (rows.error().code != Error::Code::Cancelled || attempt == 1) {
            Q_EMIT failed(generation, rows.error());
            return;
        }
        // interrupted by a supersede() meant for an older statement: run it again
    }
    if (isObsolete(generation))
        return;
    qCDebug(lcMdfList) << m_name << "query" << generation << "first page in" << timer.elapsed() << "ms";
    if (firstRows.size() < FirstPageSize && !approximateHead) {
        auto ids = std::make_shared<std::vector<qint64>>();
        ids->reserve(static_cast<size_t>(firstRows.size()));
        for (const MdfListRow& row : std::as_const(firstRows))
            ids->push_back(row.localId);
        Q_EMIT firstPageLoaded(generation, firstRows);
        Q_EMIT orderReady(generation, RowOrder(std::move(ids)));
        return;
    }
    // 2. The full order waits for completeQuery(), sent once the first page has painted.
    m_pending = Pending { generation, orderSql(statement), statement.sql.values };
    Q_EMIT firstPageLoaded(generation, firstRows);
}

void MdfListLoader::completeQuery(int generation)
{
    if (!m_pending || m_pending->generation != generation || isObsolete(generation)) {
        if (m_pending && isObsolete(m_pending->generation))
            m_pending.reset();
        return;
    }
    const Pending pending = *m_pending;
    m_pending.reset();
    QElapsedTimer timer;
    timer.start();
    const auto ids = selectIds(generation, pending.sql, pending.binds);
    if (!ids || isObsolete(generation))
        return;
    qCDebug(lcMdfList) << m_name << "query" << generation << "order of" << ids->size() << "rows in" << timer.elapsed()
                       << "ms";
    Q_EMIT orderReady(generation, RowOrder(ids));
}

std::shared_ptr<std::vector<qint64>> MdfListLoader::selectIds(int generation, const QString& sql,
                                                              const QVariantList& binds)
{
    auto ids = std::make_shared<std::vector<qint64>>();
    for (int attempt = 0; attempt < 2; ++attempt) {
        QString message;
        const int rc = stepIds(m_db->handle(), sql, binds, *ids, message);
        if (rc == SQLITE_DONE)
            return ids;
        if (isObsolete(generation))
            return nullptr;
        if (rc != SQLITE_INTERRUPT || attempt == 1) {
            Q_EMIT failed(generation, Error::storage(LoaderTr::tr("The list could not be loaded."),
                                                     m_name + QStringLiteral(": ") + message));
            return nullptr;
        }
    }
    return nullptr;
}

void MdfListLoader::loadRows(int generation, int page, const QList<qint64>& localIds)
{
    if (isObsolete(generation) || localIds.isEmpty() || m_statement.rowColumns.isEmpty() || !ensureOpen(generation))
        return;
    const Result<QList<MdfListRow>> rows = readRows(*m_db, m_statement, std::vector<qint64>(localIds.begin(), localIds.end()));
    if (!rows) {
        if (!isObsolete(generation))
            Q_EMIT failed(generation, rows.error());
        return;
    }
    Q_EMIT rowsLoaded(generation, page, rows.value());
}

} // namespace ChannelDesk
