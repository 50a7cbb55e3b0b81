#pragma once

#include "csv/ImportMapping.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>

namespace ChannelDesk {

/// The mapping step: one row per file column with its header, an example value, the field it goes to (editable;
/// Qt::EditRole is the field key, empty = not imported) and whether its blank cells clear stored values (checkable,
/// off by default, IMP-04). Columns whose header duplicates an earlier one, and columns nothing maps, are marked.
class ImportMappingModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportMappingModel)

public:
    enum Column { HeaderColumn, ExampleColumn, FieldColumn, BlankClearsColumn, ColumnCount };

    explicit ImportMappingModel(QObject* parent = nullptr);

    /// A new file: its header, an example per column, and the automatic mapping.
    void setColumns(const QStringList& header, const QStringList& examples, const Csv::AutoMapping& automatic);
    /// Replaces the mapping (a template was loaded).
    void setMapping(const Csv::ImportMapping& mapping);
    const Csv::ImportMapping& mapping() const { return m_mapping; }
    const QStringList& header() const { return m_header; }
    /// How many columns are mapped, and whether the partner name is among them.
    int mappedCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void mappingChanged();

private:
    QStringList m_header;
    QStringList m_examples;
    QSet<int> m_duplicateColumns;
    Csv::ImportMapping m_mapping;
};

} // namespace ChannelDesk
