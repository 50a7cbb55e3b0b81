#include "Countries.h"

#include <unicode/uloc.h>

namespace ChannelDesk::Countries {

const QStringList& codes()
{
    static const QStringList list = [] {
        QStringList result;
        for (const char* const* code = uloc_getISOCountries(); code && *code; ++code) {
            const QString text = QString::fromLatin1(*code);
            if (QLocale::codeToTerritory(text) != QLocale::AnyTerritory)
                result.append(text);
        }
        return result;
    }();
    return list;
}

QString displayName(const QString& code, const QLocale& locale)
{
    const QByteArray displayLocale = locale.name().toLatin1();
    // uloc_getDisplayCountry takes a locale id whose region is the country we want named.
    const QByteArray probe = QByteArrayLiteral("und_") + code.toLatin1();
    UChar buffer[128];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = uloc_getDisplayCountry(probe.constData(), displayLocale.constData(), buffer, 128, &status);
    if (U_FAILURE(status) || length <= 0)
        return code;
    return QString(reinterpret_cast<const QChar*>(buffer), length);
}

} // namespace ChannelDesk::Countries
