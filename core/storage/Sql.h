#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

struct sqlite3_stmt;

namespace ChannelDesk::Sql {

/// Runs a statement with no parameters (DDL, PRAGMA). The error keeps SQLite's text as detail.
Status exec(const QSqlDatabase& db, const QString& sql);
/// Executes a prepared query whose values are already bound.
Status exec(QSqlQuery& query);
/// A storage Error from a failed query, with a user-facing message and the driver's text as detail.
Error errorFrom(const QSqlQuery& query);
Error errorFrom(const QSqlDatabase& db);
/// The same Error for a raw SQLite result code (the hot paths that use the C API): the user-facing message of its
/// primary code, `detail` (SQLite's text and the statement) for logs.
Error fromResultCode(int resultCode, const QString& detail);
/// "[1,2,3]": row keys bound as one JSON array (`… IN (SELECT value FROM json_each(?))`) instead of hundreds of
/// parameters; SQLite turns it into rowid lookups.
QString jsonIdList(const QList<qint64>& ids);
/// A column of a raw statement's current row as QSqlQuery::value() returns it (blob → QByteArray, integer → qint64,
/// real → double, NULL → a null QString, text → QString), for the hot paths that step statements themselves.
QVariant columnValue(sqlite3_stmt* statement, int column);

} // namespace ChannelDesk::Sql
