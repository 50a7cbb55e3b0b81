#pragma once

#include "csv/CsvReader.h"

#include <QAbstractTableModel>

namespace ChannelDesk {

/// The first records of a file as the reader splits them with the chosen encoding and delimiter: one column per
/// header field, the physical line number as the row header, rejected rows marked and their reasons as tooltips.
class CsvPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvPreviewModel)

public:
    explicit CsvPreviewModel(QObject* parent = nullptr);

    void setPreview(const Csv::CsvReader::Preview& preview);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<Csv::CsvRecord> m_records;
};

} // namespace ChannelDesk
