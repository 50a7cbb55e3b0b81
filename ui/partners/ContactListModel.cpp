#include "ContactListModel.h"

#include "common/Roles.h"

#include <QFont>

namespace ChannelDesk {

ContactListModel::ContactListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ContactListModel::setContacts(const QList<Contact>& contacts)
{
    beginResetModel();
    m_contacts = contacts;
    endResetModel();
}

int ContactListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_contacts.size());
}

int ContactListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact& c = m_contacts.at(index.row());
    if (role == Roles::IdRole)
        return c.id;
    if (role == Qt::FontRole && c.role == QStringLiteral("primary") && index.column() == Name) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Roles::RawValueRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Name: return c.displayName();
    case Role: return role == Qt::DisplayRole ? choiceLabel(contactRoles(), c.role) : c.role;
    case JobTitle: return c.jobTitle;
    case Email: return c.email;
    case Phone: return c.phone;
    default: return {};
    }
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Role: return tr("Role");
    case JobTitle: return tr("Job title");
    case Email: return tr("Email");
    case Phone: return tr("Phone");
    default: return {};
    }
}

} // namespace ChannelDesk
