#pragma once

// Reading rows into their structs and a struct's synced columns, through an entity's field table (domain/Record.h):
// one definition of every column, shared with sync. Used by the repositories of MDF and training.
#include "common/Timestamp.h"
#include "domain/Record.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantMap>

namespace ChannelDesk::RecordIo {

inline RecordMeta metaFrom(const QSqlQuery& query)
{
    RecordMeta meta;
    meta.createdAt = Timestamp::fromStorage(query.value(QStringLiteral("created_at")).toString());
    meta.updatedAt = Timestamp::fromStorage(query.value(QStringLiteral("updated_at")).toString());
    const QVariant deleted = query.value(QStringLiteral("deleted_at"));
    if (!deleted.isNull())
        meta.deletedAt = Timestamp::fromStorage(deleted.toString());
    const QVariant version = query.value(QStringLiteral("server_version"));
    if (!version.isNull())
        meta.serverVersion = version.toLongLong();
    return meta;
}

/// A row of `SELECT *` into its struct (id, synced fields, bookkeeping; the caller reads local derived columns).
template<class T>
T fromQuery(const QSqlQuery& query, const QList<FieldDef<T>>& fields)
{
    T record;
    record.id = query.value(QStringLiteral("id")).toByteArray();
    for (const FieldDef<T>& field : fields)
        field.set(record, query.value(QString::fromLatin1(field.column)));
    record.meta = metaFrom(query);
    return record;
}

/// Every synced column of a record, for RecordWriter (which writes only those that changed).
template<class T>
QVariantMap columns(const T& record, const QList<FieldDef<T>>& fields)
{
    QVariantMap values;
    for (const FieldDef<T>& field : fields)
        values.insert(QString::fromLatin1(field.column), field.get(record));
    return values;
}

/// The names of the synced columns whose values differ between two versions of a record.
template<class T>
QStringList changedColumns(const T& before, const T& after, const QList<FieldDef<T>>& fields)
{
    QStringList changed;
    for (const FieldDef<T>& field : fields) {
        if (field.get(before) != field.get(after))
            changed.append(QString::fromLatin1(field.column));
    }
    return changed;
}

/// When an action happens: `at` as given, else now (UTC).
inline QDateTime when(const QDateTime& at)
{
    return at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
}

/// The user's calendar day at `at`: date rules (deadlines, expiry) are local days.
inline QDate localDay(const QDateTime& at)
{
    return when(at).toLocalTime().date();
}

} // namespace ChannelDesk::RecordIo
