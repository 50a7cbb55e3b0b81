#include "PartnerPageLoader.h"

#include "common/Logging.h"
#include "common/Timestamp.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <sqlite3.h>

namespace ChannelDesk {

namespace {

struct LoaderTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::PartnerPageLoader)
};

const QString RowColumns = QStringLiteral(
    "local_id, id, name, legal_name, partner_type, tier, stage, country, city, owner, next_review, revenue_minor, "
    "revenue_currency, updated_at");

PartnerRow rowFromQuery(const QSqlQuery& q)
{
    PartnerRow row;
    row.localId = q.value(0).toLongLong();
    row.id = q.value(1).toByteArray();
    row.name = q.value(2).toString();
    row.legalName = q.value(3).toString();
    row.type = q.value(4).toString();
    row.tier = q.value(5).toString();
    row.stage = q.value(6).toString();
    row.country = q.value(7).toString();
    row.city = q.value(8).toString();
    row.owner = q.value(9).toString();
    row.nextReview = Timestamp::dateFromStorage(q.value(10).toString());
    if (!q.value(11).isNull()) {
        row.revenueMinor = q.value(11).toLongLong();
        row.revenueCurrency = q.value(12).toString();
    }
    row.updatedAt = Timestamp::fromStorage(q.value(13).toString());
    return row;
}

int registerTypes()
{
    qRegisterMetaType<ChannelDesk::PartnerQuery>();
    qRegisterMetaType<ChannelDesk::PartnerRow>();
    qRegisterMetaType<QList<ChannelDesk::PartnerRow>>();
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<ChannelDesk::RowOrder>();
    qRegisterMetaType<ChannelDesk::Error>();
    return 0;
}

} // namespace

PartnerPageLoader::PartnerPageLoader(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
    static const int registered = registerTypes();
    Q_UNUSED(registered)
}

PartnerPageLoader::~PartnerPageLoader() = default;

void PartnerPageLoader::supersede(int generation)
{
    int previous = m_latest.load();
    while (previous < generation && !m_latest.compare_exchange_weak(previous, generation)) { }
    if (previous < generation) {
        // sqlite3_interrupt is safe from any thread while the connection is open; a statement of the new
        // generation that gets caught by it is retried (see runQuery).
        if (sqlite3* handle = m_handle.load())
            sqlite3_interrupt(handle);
    }
}

bool PartnerPageLoader::ensureOpen(int generation)
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

void PartnerPageLoader::close()
{
    m_handle = nullptr;
    m_db.reset();
}

void PartnerPageLoader::runQuery(int generation, const PartnerQuery& query)
{
    if (isObsolete(generation) || !ensureOpen(generation))
        return;

    QVariantList binds;
    const QString where = query.whereSql(binds);
    const QString order = query.orderSql();
    QElapsedTimer timer;
    timer.start();

    // 1. The first page by itself: an index walk that stops after FirstPageSize rows, so the list paints at once.
    QList<PartnerRow> firstRows;
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlQuery page(m_db->connection());
        page.setForwardOnly(true);
        page.prepare(QStringLiteral("SELECT %1 FROM partner WHERE %2 ORDER BY %3 LIMIT %4")
                         .arg(RowColumns, where, order)
                         .arg(FirstPageSize));
        for (const QVariant& bind : binds)
            page.addBindValue(bind);
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
    Q_EMIT firstPageLoaded(generation, firstRows);
    const qint64 firstPageMs = timer.elapsed();

    // 2. The full order, through the raw API: stepping a million integers through QSqlQuery costs ~10x more.
    auto ids = std::make_shared<std::vector<qint64>>();
    if (firstRows.size() < FirstPageSize) {
        ids->reserve(static_cast<size_t>(firstRows.size()));
        for (const PartnerRow& row : firstRows)
            ids->push_back(row.localId);
    } else {
        sqlite3* handle = m_db->handle();
        const QByteArray sql = QStringLiteral("SELECT local_id FROM partner WHERE %1 ORDER BY %2").arg(where, order).toUtf8();
        for (int attempt = 0; attempt < 2; ++attempt) {
            ids->clear();
            sqlite3_stmt* statement = nullptr;
            int rc = sqlite3_prepare_v2(handle, sql.constData(), static_cast<int>(sql.size()), &statement, nullptr);
            for (int i = 0; rc == SQLITE_OK && i < binds.size(); ++i) {
                const QByteArray text = binds.at(i).toString().toUtf8();
                rc = sqlite3_bind_text(statement, i + 1, text.constData(), static_cast<int>(text.size()),
                                       SQLITE_TRANSIENT);
            }
            if (rc == SQLITE_OK) {
                while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
                    ids->push_back(sqlite3_column_int64(statement, 0));
            }
            const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_finalize(statement);
            if (rc == SQLITE_DONE)
                break;
            if (isObsolete(generation))
                return;
            if (rc != SQLITE_INTERRUPT || attempt == 1) {
                Q_EMIT failed(generation, Error::storage(LoaderTr::tr("The partner list could not be loaded."), message));
                return;
            }
        }
    }
    if (isObsolete(generation))
        return;
    qCDebug(lcPartners) << "query" << generation << "first page" << firstPageMs << "ms, order of" << ids->size()
                        << "rows in" << timer.elapsed() << "ms";
    Q_EMIT orderReady(generation, RowOrder(std::move(ids)));
}

void PartnerPageLoader::loadRows(int generation, int page, const QList<qint64>& localIds)
{
    if (isObsolete(generation) || localIds.isEmpty() || !ensureOpen(generation))
        return;
    QString idList;
    idList.reserve(localIds.size() * 8);
    idList.append(QLatin1Char('['));
    for (qsizetype i = 0; i < localIds.size(); ++i) {
        if (i > 0)
            idList.append(QLatin1Char(','));
        idList.append(QString::number(localIds.at(i)));
    }
    idList.append(QLatin1Char(']'));

    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    // One bound JSON array instead of hundreds of parameters; SQLite turns it into rowid lookups.
    query.prepare(QStringLiteral("SELECT %1 FROM partner WHERE local_id IN (SELECT value FROM json_each(?))").arg(RowColumns));
    query.addBindValue(idList);
    if (!query.exec()) {
        if (!isObsolete(generation))
            Q_EMIT failed(generation, Sql::errorFrom(query));
        return;
    }
    QList<PartnerRow> rows;
    rows.reserve(localIds.size());
    while (query.next())
        rows.append(rowFromQuery(query));
    Q_EMIT rowsLoaded(generation, page, rows);
}

} // namespace ChannelDesk
