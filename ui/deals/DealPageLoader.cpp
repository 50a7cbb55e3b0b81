#include "DealPageLoader.h"

#include "common/Timestamp.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>

#include <sqlite3.h>

namespace ChannelDesk {

namespace {

Q_LOGGING_CATEGORY(lcDealList, "channeldesk.ui.deals.list", QtInfoMsg)

struct LoaderTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::DealPageLoader)
};

// The partner name comes from a correlated lookup (one primary-key probe per row of a page), so a query that
// neither filters nor sorts on the partner never joins a million rows.
const QString RowColumns = QStringLiteral(
    "d.local_id, d.id, d.kind, d.number, (SELECT name FROM partner WHERE partner.id = d.partner_id), d.customer_name, "
    "d.status, d.closure_code, d.sales_stage, d.probability, d.amount_minor, d.currency, d.expected_close, "
    "d.expires_on, d.submitted_at, d.cam, d.approver, d.extension_requested_to");

DealRow rowFromQuery(const QSqlQuery& q)
{
    DealRow row;
    row.localId = q.value(0).toLongLong();
    row.id = q.value(1).toByteArray();
    row.kind = q.value(2).toString();
    row.number = q.value(3).toString();
    row.partnerName = q.value(4).toString();
    row.customerName = q.value(5).toString();
    row.status = q.value(6).toString();
    row.closureCode = q.value(7).toString();
    row.salesStage = q.value(8).toString();
    if (!q.value(9).isNull())
        row.probability = q.value(9).toInt();
    if (!q.value(10).isNull())
        row.amountMinor = q.value(10).toLongLong();
    row.currency = q.value(11).toString();
    row.expectedClose = Timestamp::dateFromStorage(q.value(12).toString());
    row.expiresOn = Timestamp::dateFromStorage(q.value(13).toString());
    if (!q.value(14).isNull())
        row.submittedAt = Timestamp::fromStorage(q.value(14).toString());
    row.cam = q.value(15).toString();
    row.approver = q.value(16).toString();
    row.extensionRequestedTo = Timestamp::dateFromStorage(q.value(17).toString());
    return row;
}

// DealQuery writes its SQL over "deal d JOIN partner p"; the join is only paid for when the query uses p.
QString fromClause(const DealSql& sql)
{
    static const QRegularExpression usesPartner(QStringLiteral("\\bp\\."));
    const bool join = usesPartner.match(sql.where).hasMatch() || usesPartner.match(sql.orderBy).hasMatch();
    return join ? QStringLiteral("deal d JOIN partner p ON p.id = d.partner_id") : QStringLiteral("deal d");
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
    case QMetaType::QDate: {
        const QByteArray text = Timestamp::dateToStorage(value.toDate()).toUtf8();
        return sqlite3_bind_text(statement, position, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::QDateTime: {
        const QByteArray text = Timestamp::toStorage(value.toDateTime()).toUtf8();
        return sqlite3_bind_text(statement, position, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(statement, position, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    }
    }
}

QVariant forQtSql(const QVariant& value)
{
    // Keep the storage spelling of dates, whatever QSQLITE would make of a QDate.
    if (value.typeId() == QMetaType::QDate)
        return Timestamp::dateToStorage(value.toDate());
    if (value.typeId() == QMetaType::QDateTime)
        return Timestamp::toStorage(value.toDateTime());
    return value;
}

int registerTypes()
{
    qRegisterMetaType<ChannelDesk::DealListQuery>();
    qRegisterMetaType<ChannelDesk::DealRow>();
    qRegisterMetaType<QList<ChannelDesk::DealRow>>();
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<ChannelDesk::RowOrder>();
    qRegisterMetaType<ChannelDesk::Error>();
    return 0;
}

} // namespace

DealPageLoader::DealPageLoader(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
    static const int registered = registerTypes();
    Q_UNUSED(registered)
}

DealPageLoader::~DealPageLoader() = default;

void DealPageLoader::supersede(int generation)
{
    int previous = m_latest.load();
    while (previous < generation && !m_latest.compare_exchange_weak(previous, generation)) { }
    if (previous < generation) {
        if (sqlite3* handle = m_handle.load())
            sqlite3_interrupt(handle); // safe from any thread; a statement of the new generation caught by it retries
    }
}

bool DealPageLoader::ensureOpen(int generation)
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

void DealPageLoader::close()
{
    m_handle = nullptr;
    m_pending.reset();
    m_db.reset();
}

void DealPageLoader::runQuery(int generation, const DealListQuery& query)
{
    if (isObsolete(generation) || !ensureOpen(generation))
        return;
    QElapsedTimer timer;
    timer.start();
    const DealSql sql = DealQuery::build(query.filter, query.sort, query.descending, query.stalledDays);
    const QString from = fromClause(sql);
    // No index orders deals by their partner's name. For the first page, walk the partners' name index (live
    // partners: partner_sort_name is partial) and each partner's deals (deal_by_partner) instead of sorting every
    // deal. Deals of a deleted partner are missing from that page, so it is never taken for the whole result: the
    // full order below is exact, and the model corrects the head when it arrives.
    const bool approximateHead = query.sort == DealSort::Partner;
    const QString headFrom = approximateHead ? QStringLiteral("partner p CROSS JOIN deal d ON d.partner_id = p.id") : from;
    const QString headWhere = approximateHead ? QStringLiteral("p.deleted_at IS NULL AND ") + sql.where : sql.where;

    // 1. The first page alone: an index walk that stops after FirstPageSize rows, so the list paints at once.
    QList<DealRow> firstRows;
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlQuery page(m_db->connection());
        page.setForwardOnly(true);
        page.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT %5")
                         .arg(RowColumns, headFrom, headWhere, sql.orderBy)
                         .arg(FirstPageSize));
        for (const QVariant& bind : sql.values)
            page.addBindValue(forQtSql(bind));
        if (page.exec()) {
            while (page.next())
                firstRows.append(rowFromQuery(page));
            break;
        }
        if (isObsolete(generation))
            return;
        const Error error = Sql::errorFrom(page);
        if (error.code != Error::Code::Cancelled || attempt == 1) {
            Q_EMIT failed(generation, error);
            return;
        }
        firstRows.clear(); // interrupted by a supersede() meant for an older statement: run it again
    }
    if (isObsolete(generation))
        return;
    qCDebug(lcDealList) << "query" << generation << "first page in" << timer.elapsed() << "ms";
    if (firstRows.size() < FirstPageSize && !approximateHead) {
        auto ids = std::make_shared<std::vector<qint64>>();
        ids->reserve(static_cast<size_t>(firstRows.size()));
        for (const DealRow& row : std::as_const(firstRows))
            ids->push_back(row.localId);
        Q_EMIT firstPageLoaded(generation, firstRows);
        Q_EMIT orderReady(generation, RowOrder(std::move(ids)));
        return;
    }
    // 2. The full order waits for completeQuery(), sent once the first page has painted.
    m_pending = Pending { generation,
                          QStringLiteral("SELECT d.local_id FROM %1 WHERE %2 ORDER BY %3").arg(from, sql.where, sql.orderBy),
                          sql.values };
    Q_EMIT firstPageLoaded(generation, firstRows);
}

void DealPageLoader::completeQuery(int generation)
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
    qCDebug(lcDealList) << "query" << generation << "order of" << ids->size() << "rows in" << timer.elapsed() << "ms";
    Q_EMIT orderReady(generation, RowOrder(ids));
}

std::shared_ptr<std::vector<qint64>> DealPageLoader::selectIds(int generation, const QString& sql,
                                                               const QVariantList& binds)
{
    // Through the raw API: stepping a million integers through QSqlQuery costs about ten times more.
    sqlite3* handle = m_db->handle();
    const QByteArray utf8 = sql.toUtf8();
    auto ids = std::make_shared<std::vector<qint64>>();
    for (int attempt = 0; attempt < 2; ++attempt) {
        ids->clear();
        sqlite3_stmt* statement = nullptr;
        int rc = sqlite3_prepare_v2(handle, utf8.constData(), static_cast<int>(utf8.size()), &statement, nullptr);
        for (int i = 0; rc == SQLITE_OK && i < binds.size(); ++i)
            rc = bindRaw(statement, i + 1, binds.at(i));
        if (rc == SQLITE_OK) {
            while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
                ids->push_back(sqlite3_column_int64(statement, 0));
        }
        const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(statement);
        if (rc == SQLITE_DONE)
            return ids;
        if (isObsolete(generation))
            return nullptr;
        if (rc != SQLITE_INTERRUPT || attempt == 1) {
            Q_EMIT failed(generation, Error::storage(LoaderTr::tr("The deals list could not be loaded."), message));
            return nullptr;
        }
    }
    return nullptr;
}

std::optional<QList<DealRow>> DealPageLoader::fetchRows(int generation, const QList<qint64>& localIds)
{
    const QString idList = Sql::jsonIdList(localIds);

    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    // One bound JSON array instead of hundreds of parameters; SQLite turns it into rowid lookups.
    query.prepare(QStringLiteral("SELECT %1 FROM deal d WHERE d.local_id IN (SELECT value FROM json_each(?))").arg(RowColumns));
    query.addBindValue(idList);
    if (!query.exec()) {
        if (!isObsolete(generation))
            Q_EMIT failed(generation, Sql::errorFrom(query));
        return std::nullopt;
    }
    QList<DealRow> rows;
    rows.reserve(localIds.size());
    while (query.next())
        rows.append(rowFromQuery(query));
    return rows;
}

void DealPageLoader::loadRows(int generation, int page, const QList<qint64>& localIds)
{
    if (isObsolete(generation) || localIds.isEmpty() || !ensureOpen(generation))
        return;
    if (const std::optional<QList<DealRow>> rows = fetchRows(generation, localIds))
        Q_EMIT rowsLoaded(generation, page, *rows);
}

} // namespace ChannelDesk
