#include "ContactRepository.h"

#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "domain/PartnerValidator.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ChannelDesk {

namespace {

struct ContactRepositoryTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::ContactRepository)
};

const RecordWriter::Entity ContactEntity { QStringLiteral("contact"), QStringLiteral("contact") };

Contact contactFromQuery(const QSqlQuery& query)
{
    Contact c;
    c.id = query.value(QStringLiteral("id")).toByteArray();
    for (const ContactFieldDef& field : contactFields())
        field.set(c, query.value(QString::fromLatin1(field.column)));
    c.createdAt = Timestamp::fromStorage(query.value(QStringLiteral("created_at")).toString());
    c.updatedAt = Timestamp::fromStorage(query.value(QStringLiteral("updated_at")).toString());
    c.deletedAt = Timestamp::fromStorage(query.value(QStringLiteral("deleted_at")).toString());
    const QVariant version = query.value(QStringLiteral("server_version"));
    if (!version.isNull())
        c.serverVersion = version.toLongLong();
    return c;
}

QVariantMap syncedColumns(const Contact& contact)
{
    QVariantMap values;
    for (const ContactFieldDef& field : contactFields())
        values.insert(QString::fromLatin1(field.column), field.get(contact));
    return values;
}

} // namespace

ContactRepository::ContactRepository(Database& db)
    : m_db(db)
{
}

Result<Contact> ContactRepository::get(const QByteArray& id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT * FROM contact WHERE id = ?"));
    query.addBindValue(id);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    if (!query.next())
        return Error::notFound(ContactRepositoryTr::tr("The contact no longer exists."));
    return contactFromQuery(query);
}

Result<QList<Contact>> ContactRepository::forPartner(const QByteArray& partnerId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT * FROM contact WHERE partner_id = ? AND deleted_at IS NULL "
                                 "ORDER BY role <> 'primary', last_name, first_name, local_id"));
    query.addBindValue(partnerId);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    QList<Contact> contacts;
    while (query.next())
        contacts.append(contactFromQuery(query));
    return contacts;
}

Result<Contact> ContactRepository::create(Contact contact)
{
    if (Status status = PartnerValidator::validate(contact); !status)
        return status.error();
    {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("SELECT 1 FROM partner WHERE id = ? AND deleted_at IS NULL"));
        query.addBindValue(contact.partnerId);
        if (Status status = Sql::exec(query); !status)
            return status.error();
        if (!query.next())
            return Error::notFound(ContactRepositoryTr::tr("The partner of this contact no longer exists."));
    }
    if (contact.id.isEmpty())
        contact.id = Uuid::createV7();
    RecordWriter writer(m_db);
    if (Status status = writer.insert(ContactEntity, contact.id, syncedColumns(contact)); !status)
        return status.error();
    return get(contact.id);
}

Result<bool> ContactRepository::update(const Contact& contact)
{
    if (Status status = PartnerValidator::validate(contact); !status)
        return status.error();
    RecordWriter writer(m_db);
    return writer.update(ContactEntity, contact.id, syncedColumns(contact));
}

Result<bool> ContactRepository::remove(const QByteArray& id)
{
    RecordWriter writer(m_db);
    return writer.setDeleted(ContactEntity, id, true);
}

Result<bool> ContactRepository::restore(const QByteArray& id)
{
    RecordWriter writer(m_db);
    return writer.setDeleted(ContactEntity, id, false);
}

} // namespace ChannelDesk
