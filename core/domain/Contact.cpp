#include "Contact.h"

#include "common/Uuid.h"

#include <QCoreApplication>

namespace ChannelDesk {

namespace {
struct ContactTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::Contact)
};

QVariant text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value; // NOT NULL text columns: never bind a null QString
}
} // namespace

QString Contact::displayName() const
{
    if (firstName.isEmpty())
        return lastName;
    if (lastName.isEmpty())
        return firstName;
    //: How a contact's full name is shown: %1 first name, %2 last name. Vietnamese puts the family name first.
    return ContactTr::tr("%1 %2").arg(firstName, lastName);
}

const QList<ContactFieldDef>& contactFields()
{
    static const QList<ContactFieldDef> fields {
        { "partner_id", [](const Contact& c) { return QVariant(c.partnerId); }, [](Contact& c, const QVariant& v) { c.partnerId = v.toByteArray(); } },
        { "first_name", [](const Contact& c) { return text(c.firstName); }, [](Contact& c, const QVariant& v) { c.firstName = v.toString(); } },
        { "last_name", [](const Contact& c) { return text(c.lastName); }, [](Contact& c, const QVariant& v) { c.lastName = v.toString(); } },
        { "job_title", [](const Contact& c) { return text(c.jobTitle); }, [](Contact& c, const QVariant& v) { c.jobTitle = v.toString(); } },
        { "email", [](const Contact& c) { return text(c.email); }, [](Contact& c, const QVariant& v) { c.email = v.toString(); } },
        { "phone", [](const Contact& c) { return text(c.phone); }, [](Contact& c, const QVariant& v) { c.phone = v.toString(); } },
        { "role", [](const Contact& c) { return text(c.role); }, [](Contact& c, const QVariant& v) { c.role = v.toString(); } },
    };
    return fields;
}

QList<Choice> contactRoles()
{
    return {
        { QStringLiteral("primary"), ContactTr::tr("Primary") },
        { QStringLiteral("sales"), ContactTr::tr("Sales") },
        { QStringLiteral("technical"), ContactTr::tr("Technical") },
        { QStringLiteral("marketing"), ContactTr::tr("Marketing") },
        { QStringLiteral("billing"), ContactTr::tr("Billing") },
    };
}

} // namespace ChannelDesk
