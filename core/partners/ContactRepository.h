#pragma once

#include "common/Result.h"
#include "domain/Contact.h"

#include <QList>

namespace ChannelDesk {

class Database;

/// Reads and writes contacts; same guarantees as PartnerRepository.
class ContactRepository final
{
public:
    explicit ContactRepository(Database& db);

    Result<Contact> get(const QByteArray& id) const;
    /// Live contacts of a partner, primary first, then by name.
    Result<QList<Contact>> forPartner(const QByteArray& partnerId) const;
    Result<Contact> create(Contact contact);
    Result<bool> update(const Contact& contact);
    Result<bool> remove(const QByteArray& id);
    Result<bool> restore(const QByteArray& id);

private:
    Database& m_db;
};

} // namespace ChannelDesk
