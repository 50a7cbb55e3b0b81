#include "Timestamp.h"

#include <QTimeZone>

namespace ChannelDesk::Timestamp {

QString nowUtc()
{
    return toStorage(QDateTime::currentDateTimeUtc());
}

QString toStorage(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStorage(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (dateTime.isValid() && dateTime.timeSpec() == Qt::LocalTime)
        dateTime.setTimeZone(QTimeZone::utc()); // stored values are UTC even if a tool dropped the Z
    return dateTime.toUTC();
}

QString dateToStorage(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateFromStorage(const QString& text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

} // namespace ChannelDesk::Timestamp
