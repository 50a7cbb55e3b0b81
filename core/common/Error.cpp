#include "Error.h"

namespace ChannelDesk {

Error Error::validation(const QString& field, const QString& message)
{
    return Error { Code::Validation, message, {}, field };
}

Error Error::storage(const QString& message, const QString& detail)
{
    return Error { Code::Storage, message, detail, {} };
}

Error Error::notFound(const QString& message)
{
    return Error { Code::NotFound, message, {}, {} };
}

QString Error::toLogString() const
{
    return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
}

} // namespace ChannelDesk
