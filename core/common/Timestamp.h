#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ChannelDesk::Timestamp {

/// Now, in UTC, as stored: ISO 8601 with milliseconds and a Z ("2026-11-27T08:30:00.123Z").
QString nowUtc();
QString toStorage(const QDateTime& dateTime);
QDateTime fromStorage(const QString& text);

/// Calendar dates are stored as ISO 8601 "YYYY-MM-DD"; an invalid QDate is stored as NULL.
QString dateToStorage(const QDate& date);
QDate dateFromStorage(const QString& text);

} // namespace ChannelDesk::Timestamp
