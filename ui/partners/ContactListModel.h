#pragma once

#include "domain/Contact.h"

#include <QAbstractTableModel>

namespace ChannelDesk {

/// The contacts of one partner: a handful of rows, so they are held in memory.
class ContactListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactListModel)

public:
    enum Column { Name, Role, JobTitle, Email, Phone, ColumnCount };

    explicit ContactListModel(QObject* parent = nullptr);

    void setContacts(const QList<Contact>& contacts);
    const Contact& contactAt(int row) const { return m_contacts.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Contact> m_contacts;
};

} // namespace ChannelDesk
