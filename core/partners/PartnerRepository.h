#pragma once

#include "common/Result.h"
#include "domain/Partner.h"

#include <QList>
#include <QStringList>
#include <QVariantMap>

namespace ChannelDesk {

class Database;

/// Reads and writes partners. Every write validates first, then goes through RecordWriter (row + outbox entry in
/// one transaction). Deletes are tombstones; restore brings a partner back with the contacts deleted with it.
class PartnerRepository final
{
public:
    explicit PartnerRepository(Database& db);

    /// The partner with `id`, tombstoned or not.
    Result<Partner> get(const QByteArray& id) const;
    /// Creates `partner` (an id is generated when empty) and returns it as stored.
    Result<Partner> create(Partner partner);
    /// Saves the changed fields of `partner`. Returns false when nothing changed. `checkTransition` is off only
    /// when undo puts back a previous state.
    Result<bool> update(const Partner& partner, bool checkTransition = true);
    /// Tombstones the partner and its live contacts in one transaction; returns the contacts' ids so that
    /// restore() (undo) brings back exactly those.
    Result<QList<QByteArray>> remove(const QByteArray& id);
    Status restore(const QByteArray& id, const QList<QByteArray>& contactIds);

    /// The local row key of a partner (what list positions refer to); 0 when unknown.
    qint64 localId(const QByteArray& id) const;
    /// Live (not tombstoned) partners.
    Result<qint64> count() const;
    /// Distinct non-empty values of an indexed column (country, owner, city, partner_type) among live partners,
    /// for filter menus.
    Result<QStringList> distinctValues(const QString& column) const;

    /// Local, never-synced columns derived from a partner (sort key, folded search words).
    static QVariantMap localColumns(const Partner& partner);
    static QVariantMap syncedColumns(const Partner& partner);

    /// Re-keys the deals of a renamed partner (their search words hold its name). Also for renames pulled by sync.
    Status refreshDealSearch(const Partner& partner);

private:
    Database& m_db;
};

} // namespace ChannelDesk
