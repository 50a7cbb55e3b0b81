#include "Sql.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QSqlError>

#include <sqlite3.h>

namespace ChannelDesk::Sql {

namespace {
struct SqlTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::Storage)
};

Error fromSqlError(const QSqlError& error, const QString& statement)
{
    // The driver reports SQLite's extended result code as the native code.
    return fromResultCode(error.nativeErrorCode().toInt(),
                          error.text() + QStringLiteral(" [") + statement.left(200) + QLatin1Char(']'));
}
} // namespace

Error fromResultCode(int resultCode, const QString& detail)
{
    QString message;
    // SQLite primary result codes: the low byte of an extended code is the primary one.
    switch (resultCode & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        message = SqlTr::tr("The database is busy in another window or program. Try again in a moment.");
        break;
    case 13: // SQLITE_FULL
        message = SqlTr::tr("The disk is full. Free some space; nothing was saved.");
        break;
    case 8: // SQLITE_READONLY
        message = SqlTr::tr("The database file is read-only.");
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        message = SqlTr::tr("The database file is damaged or is not a ChannelDesk database.");
        break;
    case 9: // SQLITE_INTERRUPT
        return Error { Error::Code::Cancelled, SqlTr::tr("Cancelled."), detail, {} };
    default:
        message = SqlTr::tr("The database could not complete the operation.");
        break;
    }
    qCWarning(lcStorage).noquote() << "SQL error:" << detail;
    return Error::storage(message, detail);
}

Status exec(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return fromSqlError(query.lastError(), sql);
    return {};
}

Status exec(QSqlQuery& query)
{
    if (!query.exec())
        return fromSqlError(query.lastError(), query.lastQuery());
    return {};
}

Error errorFrom(const QSqlQuery& query)
{
    return fromSqlError(query.lastError(), query.lastQuery());
}

Error errorFrom(const QSqlDatabase& db)
{
    return fromSqlError(db.lastError(), QString());
}

QVariant columnValue(sqlite3_stmt* statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char*>(sqlite3_column_blob(statement, column)),
                          sqlite3_column_bytes(statement, column));
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(statement, column);
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    default:
        return QString(reinterpret_cast<const QChar*>(sqlite3_column_text16(statement, column)),
                       sqlite3_column_bytes16(statement, column) / qsizetype(sizeof(QChar)));
    }
}

QString jsonIdList(const QList<qint64>& ids)
{
    QString list;
    list.reserve(ids.size() * 8 + 2);
    list.append(QLatin1Char('['));
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            list.append(QLatin1Char(','));
        list.append(QString::number(ids.at(i)));
    }
    list.append(QLatin1Char(']'));
    return list;
}

} // namespace ChannelDesk::Sql
