#pragma once

#include "csv/ImportMapping.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>

namespace ChannelDesk {

/// The column step of the certification import: one row per file column with its header, an example value and the
/// field it goes to (editable: Qt::EditRole is a CertificationImportField key, empty = not imported). A field takes
/// one column: mapping it to a second column un-maps the first. Duplicate headers and unmapped columns are marked.
class CertificationMappingModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificationMappingModel)

public:
    enum Column { HeaderColumn, ExampleColumn, FieldColumn, ColumnCount };

    explicit CertificationMappingModel(QObject* parent = nullptr);

    /// A new file (or a new reading of it): header, an example per column, and the automatic mapping.
    void setColumns(const QStringList& header, const QStringList& examples, const Csv::AutoMapping& automatic);
    const QStringList& header() const { return m_header; }
    /// One field key (or empty) per column.
    const QStringList& fieldForColumn() const { return m_fields; }
    /// The column mapped to `key`, or -1.
    int columnOf(const QString& key) const;
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
    QStringList m_fields;
    QSet<int> m_duplicates;
};

} // namespace ChannelDesk
