#pragma once

#include "domain/Partner.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace ChannelDesk {

/// A person at a partner organisation.
struct Contact
{
    QByteArray id;        ///< UUIDv7
    QByteArray partnerId; ///< the partner's UUIDv7
    QString firstName;
    QString lastName;
    QString jobTitle;
    QString email;
    QString phone;
    QString role = QStringLiteral("sales"); ///< a code from contactRoles()

    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;
    std::optional<qint64> serverVersion;

    bool isDeleted() const { return deletedAt.isValid(); }
    QString displayName() const;
};

struct ContactFieldDef
{
    const char* column;
    QVariant (*get)(const Contact&);
    void (*set)(Contact&, const QVariant&);
};
/// The synced columns of the contact table (see partnerFields()).
const QList<ContactFieldDef>& contactFields();

QList<Choice> contactRoles();

} // namespace ChannelDesk
