#pragma once

// Conversions between struct members and the stored values of field tables (domain/Record.h), shared by every
// entity's field table so each column kind is stored one way: NOT NULL text never bound as null, dates and times
// as ISO 8601 or NULL, optional integers as NULL when absent.
#include "common/Timestamp.h"
#include "domain/Partner.h" // Choice

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QVariant>

#include <optional>

namespace ChannelDesk::FieldValues {

inline QVariant text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value; // NOT NULL text columns: never bind a null QString
}

inline QVariant date(const QDate& value)
{
    return value.isValid() ? QVariant(Timestamp::dateToStorage(value)) : QVariant(QMetaType(QMetaType::QString));
}

inline QDate toDate(const QVariant& value)
{
    return value.isNull() ? QDate() : Timestamp::dateFromStorage(value.toString());
}

inline QVariant time(const QDateTime& value)
{
    return value.isValid() ? QVariant(Timestamp::toStorage(value)) : QVariant(QMetaType(QMetaType::QString));
}

inline QDateTime toTime(const QVariant& value)
{
    return value.isNull() ? QDateTime() : Timestamp::fromStorage(value.toString());
}

inline QVariant optionalMinor(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

inline std::optional<qint64> toOptionalMinor(const QVariant& value)
{
    return value.isNull() || !value.isValid() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

inline QJsonValue jsonMinor(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

/// A nullable reference column: 16 raw bytes, or NULL for an empty id.
inline QVariant reference(const QByteArray& id)
{
    return id.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(id);
}

inline QString labelOf(const QList<Choice>& choices, const QString& code)
{
    for (const Choice& choice : choices) {
        if (choice.code == code)
            return choice.label;
    }
    return code;
}

} // namespace ChannelDesk::FieldValues

// Rows of a field table (domain/Record.h) for the common column kinds; used inside a `using namespace FieldValues`.
#define FIELD_TEXT(T, column, member) \
    { column, [](const T& r) { return text(r.member); }, [](T& r, const QVariant& v) { r.member = v.toString(); } }
#define FIELD_DATE(T, column, member) \
    { column, [](const T& r) { return date(r.member); }, [](T& r, const QVariant& v) { r.member = toDate(v); } }
#define FIELD_TIME(T, column, member) \
    { column, [](const T& r) { return time(r.member); }, [](T& r, const QVariant& v) { r.member = toTime(v); } }
#define FIELD_ID(T, column, member) \
    { column, [](const T& r) { return r.member.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(r.member); }, \
      [](T& r, const QVariant& v) { r.member = v.toByteArray(); } }
#define FIELD_INT(T, column, member) \
    { column, [](const T& r) { return QVariant(qint64(r.member)); }, [](T& r, const QVariant& v) { r.member = v.toLongLong(); } }
#define FIELD_MONEY(T, member) \
    { "amount_minor", [](const T& r) { return QVariant(r.member.minor); }, [](T& r, const QVariant& v) { r.member.minor = v.toLongLong(); } }, \
    { "currency", [](const T& r) { return text(r.member.currency); }, [](T& r, const QVariant& v) { r.member.currency = v.toString(); } }
