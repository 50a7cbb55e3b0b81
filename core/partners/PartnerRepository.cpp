#include "PartnerRepository.h"

#include "common/Logging.h"
#include "common/TextFold.h"
#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "deals/DealRepository.h"
#include "domain/PartnerValidator.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ChannelDesk {

namespace {

struct RepositoryTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::PartnerRepository)
};

const RecordWriter::Entity PartnerEntity { QStringLiteral("partner"), QStringLiteral("partner") };
const RecordWriter::Entity ContactEntity { QStringLiteral("contact"), QStringLiteral("contact") };

Partner partnerFromQuery(const QSqlQuery& query)
{
    Partner p;
    p.id = query.value(QStringLiteral("id")).toByteArray();
    for (const PartnerFieldDef& field : partnerFields())
        field.set(p, query.value(QString::fromLatin1(field.column)));
    p.createdAt = Timestamp::fromStorage(query.value(QStringLiteral("created_at")).toString());
    p.updatedAt = Timestamp::fromStorage(query.value(QStringLiteral("updated_at")).toString());
    p.deletedAt = Timestamp::fromStorage(query.value(QStringLiteral("deleted_at")).toString());
    const QVariant version = query.value(QStringLiteral("server_version"));
    if (!version.isNull())
        p.serverVersion = version.toLongLong();
    return p;
}

} // namespace

PartnerRepository::PartnerRepository(Database& db)
    : m_db(db)
{
}

QVariantMap PartnerRepository::syncedColumns(const Partner& partner)
{
    QVariantMap values;
    for (const PartnerFieldDef& field : partnerFields())
        values.insert(QString::fromLatin1(field.column), field.get(partner));
    return values;
}

QVariantMap PartnerRepository::localColumns(const Partner& p)
{
    const QString searchable = QString(p.name + QLatin1Char(' ') + p.legalName + QLatin1Char(' ') + p.city + QLatin1Char(' ')
        + p.email + QLatin1Char(' ') + p.externalId);
    return {
        { QStringLiteral("name_key"), TextFold::fold(p.name.trimmed()) },
        { QStringLiteral("search_text"), TextFold::words(searchable).join(QLatin1Char(' ')) },
        // The name's folded words alone: triggers copy them into the MDF rows' search text (migration step 9).
        { QStringLiteral("name_words"), TextFold::words(p.name).join(QLatin1Char(' ')) },
    };
}

Result<Partner> PartnerRepository::get(const QByteArray& id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT * FROM partner WHERE id = ?"));
    query.addBindValue(id);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    if (!query.next())
        return Error::notFound(RepositoryTr::tr("The partner no longer exists."));
    return partnerFromQuery(query);
}

Result<Partner> PartnerRepository::create(Partner partner)
{
    partner.name = partner.name.trimmed();
    if (Status status = PartnerValidator::validate(partner); !status)
        return status.error();
    if (partner.id.isEmpty())
        partner.id = Uuid::createV7();
    RecordWriter writer(m_db);
    if (Status status = writer.insert(PartnerEntity, partner.id, syncedColumns(partner), localColumns(partner)); !status)
        return status.error();
    qCDebug(lcPartners) << "created partner" << Uuid::toString(partner.id);
    return get(partner.id);
}

Result<bool> PartnerRepository::update(const Partner& input, bool checkTransition)
{
    Partner partner = input;
    partner.name = partner.name.trimmed();
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<Partner> stored = get(partner.id);
    if (!stored)
        return stored.error();
    if (stored->isDeleted())
        return Error::notFound(RepositoryTr::tr("This partner was deleted; undo the deletion to edit it."));
    if (Status status = PartnerValidator::validate(partner, checkTransition ? &*stored : nullptr); !status)
        return status.error();
    RecordWriter writer(m_db);
    const Result<bool> changed = writer.update(PartnerEntity, partner.id, syncedColumns(partner), localColumns(partner));
    if (!changed)
        return changed.error();
    if (partner.name != stored->name) {
        // Deal search finds deals by their partner's name too (a local column): keep it current.
        if (Status status = refreshDealSearch(partner); !status)
            return status.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return *changed;
}

Status PartnerRepository::refreshDealSearch(const Partner& partner)
{
    QSqlQuery select(m_db.connection());
    select.prepare(QStringLiteral("SELECT id FROM deal WHERE partner_id = ?"));
    select.addBindValue(partner.id);
    if (Status status = Sql::exec(select); !status)
        return status;
    QList<QByteArray> ids;
    while (select.next())
        ids.append(select.value(0).toByteArray());
    const DealRepository deals(m_db);
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral("UPDATE deal SET search_text = ? WHERE id = ?"));
    for (const QByteArray& id : ids) {
        const Result<Deal> deal = deals.get(id);
        if (!deal)
            return deal.error();
        update.addBindValue(DealRepository::localColumns(deal.value(), partner.name).value(QStringLiteral("search_text")));
        update.addBindValue(id);
        if (Status status = Sql::exec(update); !status)
            return status;
    }
    return {};
}

Result<QList<QByteArray>> PartnerRepository::remove(const QByteArray& id)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    QList<QByteArray> contactIds;
    {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("SELECT id FROM contact WHERE partner_id = ? AND deleted_at IS NULL"));
        query.addBindValue(id);
        if (Status status = Sql::exec(query); !status)
            return status.error();
        while (query.next())
            contactIds.append(query.value(0).toByteArray());
    }
    RecordWriter writer(m_db);
    for (const QByteArray& contactId : contactIds) {
        if (const Result<bool> done = writer.setDeleted(ContactEntity, contactId, true); !done)
            return done.error();
    }
    const Result<bool> done = writer.setDeleted(PartnerEntity, id, true);
    if (!done)
        return done.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return contactIds;
}

Status PartnerRepository::restore(const QByteArray& id, const QList<QByteArray>& contactIds)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    RecordWriter writer(m_db);
    if (const Result<bool> done = writer.setDeleted(PartnerEntity, id, false); !done)
        return done.error();
    for (const QByteArray& contactId : contactIds) {
        if (const Result<bool> done = writer.setDeleted(ContactEntity, contactId, false); !done)
            return done.error();
    }
    return transaction.commit();
}

qint64 PartnerRepository::localId(const QByteArray& id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT local_id FROM partner WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

Result<qint64> PartnerRepository::count() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM partner WHERE deleted_at IS NULL")) || !query.next())
        return Sql::errorFrom(query);
    return query.value(0).toLongLong();
}

Result<QStringList> PartnerRepository::distinctValues(const QString& column) const
{
    // Only columns whose sort index starts with the raw column: the skip-scan below needs it.
    static const QStringList allowed { QStringLiteral("country"), QStringLiteral("owner"), QStringLiteral("city"),
                                       QStringLiteral("partner_type") };
    if (!allowed.contains(column))
        return Error { Error::Code::InvalidArgument, RepositoryTr::tr("Unknown column."), column, {} };
    QSqlQuery query(m_db.connection());
    // A skip-scan over the sort index (column, name_key): one index seek per distinct value instead of reading a
    // million entries, so filter menus stay instant on big databases. The column name comes from the list above.
    query.prepare(QStringLiteral("WITH RECURSIVE v(x) AS ("
                                 " SELECT (SELECT min(%1) FROM partner WHERE deleted_at IS NULL AND %1 > '')"
                                 " UNION ALL"
                                 " SELECT (SELECT min(%1) FROM partner WHERE deleted_at IS NULL AND %1 > v.x)"
                                 " FROM v WHERE v.x IS NOT NULL)"
                                 " SELECT x FROM v WHERE x IS NOT NULL")
                      .arg(column));
    if (!query.exec())
        return Sql::errorFrom(query);
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

} // namespace ChannelDesk
