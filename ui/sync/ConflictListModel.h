#pragma once

#include "sync/SyncStore.h"

#include <QAbstractTableModel>

namespace ChannelDesk {

class Database;

/// The open sync conflicts and rejections, one row each: which record, what happened, which fields, when.
class ConflictListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RecordColumn, KindColumn, FieldsColumn, WhenColumn, ColumnCount };

    explicit ConflictListModel(Database& db, QObject* parent = nullptr);

    /// Re-reads the open conflicts; returns an error message or an empty string.
    QString reload();
    const SyncConflict& conflictAt(int row) const { return m_conflicts.at(row); }
    QString recordName(int row) const { return m_names.value(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Human words for a conflict kind and a field, shared with the detail view.
    static QString kindLabel(const QString& kind);
    static QString fieldLabel(const QString& field);

private:
    QString describe(const SyncConflict& conflict) const;

    Database& m_db;
    QList<SyncConflict> m_conflicts;
    QStringList m_names;
};

} // namespace ChannelDesk
