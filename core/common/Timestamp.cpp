#include "Timestamp.h"

#include <QTimeZone>

namespace ChannelDesk::Timestamp {

namespace {

constexpr qint64 MsPerDay = 86'400'000;

/// Two digits of `value` (0–99) at `out`.
void put2(char16_t* out, int value)
{
    out[0] = char16_t(u'0' + value / 10);
    out[1] = char16_t(u'0' + value % 10);
}

/// Year, month and day of a count of days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's
/// days-to-civil algorithm, exact for every day QDate holds).
void civilFromDays(qint64 days, qint64& year, int& month, int& day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shifted = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * shifted + 2) / 5 + 1);
    month = int(shifted < 10 ? shifted + 3 : shifted - 9);
    year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
}

/// "YYYY-MM-DD" into `out` (10 characters) for years 1–9999, the only ones stored in this form.
void putDate(char16_t* out, int year, int month, int day)
{
    put2(out, year / 100);
    put2(out + 2, year % 100);
    out[4] = u'-';
    put2(out + 5, month);
    out[7] = u'-';
    put2(out + 8, day);
}

} // namespace

QString nowUtc()
{
    return toStorage(QDateTime::currentDateTimeUtc());
}

QString toStorage(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return {};
    // Formatted by hand: QDateTime::toString(Qt::ISODateWithMs) costs more than a row write, and every synced
    // change stamps two or three of these. The same text ("2026-11-27T08:30:00.123Z"), tested against Qt's.
    const qint64 ms = dateTime.toMSecsSinceEpoch();
    const qint64 days = (ms >= 0 ? ms : ms - (MsPerDay - 1)) / MsPerDay;
    const qint64 msOfDay = ms - days * MsPerDay;
    qint64 year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, year, month, day);
    if (year < 1 || year > 9999)
        return dateTime.toUTC().toString(Qt::ISODateWithMs);
    QString text(24, Qt::Uninitialized);
    auto* out = reinterpret_cast<char16_t*>(text.data());
    putDate(out, int(year), month, day);
    out[10] = u'T';
    const int seconds = int(msOfDay / 1000);
    put2(out + 11, seconds / 3600);
    out[13] = u':';
    put2(out + 14, seconds / 60 % 60);
    out[16] = u':';
    put2(out + 17, seconds % 60);
    out[19] = u'.';
    const int millis = int(msOfDay % 1000);
    out[20] = char16_t(u'0' + millis / 100);
    put2(out + 21, millis % 100);
    out[23] = u'Z';
    return text;
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
    if (!date.isValid())
        return {};
    const int year = date.year();
    if (year < 1 || year > 9999)
        return date.toString(Qt::ISODate);
    QString text(10, Qt::Uninitialized);
    putDate(reinterpret_cast<char16_t*>(text.data()), year, date.month(), date.day());
    return text;
}

QDate dateFromStorage(const QString& text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

} // namespace ChannelDesk::Timestamp
