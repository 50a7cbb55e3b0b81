#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace ChannelDesk::Countries {

/// Every current ISO 3166-1 alpha-2 code, from ICU.
const QStringList& codes();
/// The country's name in `locale`'s language ("Việt Nam" in Vietnamese, "Germany" in English), from ICU's CLDR data.
QString displayName(const QString& code, const QLocale& locale);

} // namespace ChannelDesk::Countries
