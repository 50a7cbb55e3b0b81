#include "PartnerQuery.h"

#include "common/TextFold.h"
#include "storage/SchemaConstants.h"

namespace ChannelDesk {

QString PartnerQuery::ftsMatch() const
{
    return TextFold::ftsPrefixQuery(search);
}

bool PartnerQuery::hasFilters() const
{
    return !tier.isEmpty() || !type.isEmpty() || !stage.isEmpty() || !country.isEmpty() || !owner.isEmpty();
}

QString PartnerQuery::whereSql(QVariantList& binds, const QString& matchingIds) const
{
    QString sql = QStringLiteral("deleted_at IS NULL");
    const struct
    {
        const char* column;
        const QString& value;
    } equalities[] = {
        { "tier", tier }, { "partner_type", type }, { "stage", stage }, { "country", country }, { "owner", owner },
    };
    for (const auto& filter : equalities) {
        if (filter.value.isEmpty())
            continue;
        sql += QStringLiteral(" AND ") + QLatin1String(filter.column) + QStringLiteral(" = ?");
        binds.append(filter.value);
    }
    const QString match = ftsMatch();
    if (!matchingIds.isEmpty()) {
        sql += QStringLiteral(" AND local_id IN (SELECT value FROM json_each(?))");
        binds.append(matchingIds);
    } else if (!match.isEmpty()) {
        // The unary + keeps SQLite from driving the query from the (possibly huge) match list: it walks the sort
        // index instead and stops after one page, testing membership as it goes.
        sql += QStringLiteral(" AND +local_id IN (SELECT rowid FROM partner_fts WHERE partner_fts MATCH ?)");
        binds.append(match);
    }
    return sql;
}

QString PartnerQuery::orderSql() const
{
    QString leading;
    switch (sort) {
    case Sort::Name: break;
    case Sort::Type: leading = QStringLiteral("partner_type"); break;
    case Sort::Tier: leading = QStringLiteral(CHANNELDESK_TIER_RANK_SQL); break;
    case Sort::Stage: leading = QStringLiteral(CHANNELDESK_STAGE_RANK_SQL); break;
    case Sort::Country: leading = QStringLiteral("country"); break;
    case Sort::City: leading = QStringLiteral("city"); break;
    case Sort::Owner: leading = QStringLiteral("owner"); break;
    case Sort::NextReview: leading = QStringLiteral("next_review"); break;
    case Sort::Revenue: leading = QStringLiteral("revenue_minor"); break;
    case Sort::Updated: leading = QStringLiteral("updated_at"); break;
    }
    // Every term runs in the same direction so SQLite can walk the index backwards for a descending sort.
    const QString direction = descending ? QStringLiteral(" DESC") : QString();
    QStringList terms;
    if (!leading.isEmpty())
        terms.append(leading + direction);
    if (sort != Sort::Updated)
        terms.append(QStringLiteral("name_key") + direction);
    terms.append(QStringLiteral("local_id") + direction);
    return terms.join(QStringLiteral(", "));
}

} // namespace ChannelDesk
