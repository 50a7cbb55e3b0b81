#pragma once

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVariantList>

namespace ChannelDesk {

/// What the partner list shows: filters, search text and sort. Turned into SQL with bound values only.
struct PartnerQuery
{
    /// Sortable columns; each has a partial index (Migrations.cpp, step 2) so ORDER BY … LIMIT never sorts.
    enum class Sort { Name, Type, Tier, Stage, Country, City, Owner, NextReview, Revenue, Updated };

    QString tier;   ///< exact codes; empty = any
    QString type;
    QString stage;
    QString country;
    QString owner;
    QString search; ///< free text, word-prefix, accent- and case-insensitive
    Sort sort = Sort::Name;
    bool descending = false;

    bool operator==(const PartnerQuery&) const = default;

    /// WHERE clause (without the keyword) over live partners; appends the values to bind, in order.
    /// With `matchingIds` (a JSON array of the local ids the search matched, when there are few) the query is
    /// driven from those rows; otherwise the search is a membership test while an index supplies the order.
    QString whereSql(QVariantList& binds, const QString& matchingIds = {}) const;
    /// The FTS5 expression for the search text; empty when there is no search (or it has no words).
    QString ftsMatch() const;
    /// Whether any of the equality filters (tier, type, stage, country, owner) is set.
    bool hasFilters() const;
    /// Whether the query matches every live partner: no filters, no search words.
    bool isUnfiltered() const { return !hasFilters() && ftsMatch().isEmpty(); }
    /// Whether the only restriction is a search with at least one word.
    bool isSearchOnly() const { return !hasFilters() && !ftsMatch().isEmpty(); }
    /// ORDER BY terms (without the keyword); always ends on local_id so the order is total.
    QString orderSql() const;
};

/// The columns one list row shows; loaded a page at a time.
struct PartnerRow
{
    qint64 localId = 0;
    QByteArray id;
    QString name;
    QString legalName;
    QString type;
    QString tier;
    QString stage;
    QString country;
    QString city;
    QString owner;
    QDate nextReview;
    qint64 revenueMinor = 0;
    QString revenueCurrency; ///< empty when no revenue is recorded
    QDateTime updatedAt;
};

} // namespace ChannelDesk

Q_DECLARE_METATYPE(ChannelDesk::PartnerQuery)
Q_DECLARE_METATYPE(ChannelDesk::PartnerRow)
