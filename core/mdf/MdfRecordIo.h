#pragma once

// Internal to core/mdf: reading MDF rows into their structs and the synced columns of a struct, through the field
// tables of domain/Mdf.h (one definition of every column, shared with sync).
#include "common/Timestamp.h"
#include "domain/Mdf.h"
#include "storage/RecordIo.h"
#include "storage/RecordWriter.h"

#include <QSqlQuery>
#include <QVariantMap>

namespace ChannelDesk::MdfRecordIo {

inline const RecordWriter::Entity BudgetEntity {QStringLiteral("mdf_budget"), QStringLiteral("mdf_budget")};
inline const RecordWriter::Entity AllocationEntity {QStringLiteral("mdf_allocation"), QStringLiteral("mdf_allocation")};
inline const RecordWriter::Entity RequestEntity {QStringLiteral("mdf_request"), QStringLiteral("mdf_request")};
inline const RecordWriter::Entity ClaimEntity {QStringLiteral("mdf_claim"), QStringLiteral("mdf_claim")};
inline const RecordWriter::Entity PaymentEntity {QStringLiteral("mdf_payment"), QStringLiteral("mdf_payment")};
inline const RecordWriter::Entity AttachmentEntity {QStringLiteral("mdf_attachment"), QStringLiteral("mdf_attachment")};
inline const RecordWriter::Entity EventEntity {QStringLiteral("mdf_event"), QStringLiteral("mdf_event")};

using RecordIo::changedColumns;
using RecordIo::columns;
using RecordIo::fromQuery;
using RecordIo::localDay;
using RecordIo::metaFrom;
using RecordIo::when;

/// "MDF-2611-7KQ3MZ" / "CLM-2611-…": `prefix`, the year and month of `day`, then 30 random bits in Crockford
/// base 32 (no I, L, O, U: nothing to misread on the phone), as deal numbers are made.
inline QString makeNumber(const QString& prefix, const QDate& day, quint64 random)
{
    static constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString number = prefix + QLatin1Char('-') + day.toString(QStringLiteral("yyMM")) + QLatin1Char('-');
    for (int i = 5; i >= 0; --i)
        number.append(QLatin1Char(alphabet[(random >> (5 * i)) & 31]));
    return number;
}

/// The random tail of a UUIDv7 (its last six bytes), so a number follows from its record's id.
inline quint64 randomBitsOf(const QByteArray& id)
{
    quint64 bits = 0;
    for (qsizetype i = id.size() - 6; i >= 0 && i < id.size(); ++i)
        bits = (bits << 8) | quint8(id.at(i));
    return bits;
}

} // namespace ChannelDesk::MdfRecordIo
