#pragma once

#include "reporting/PipelineReport.h"

#include <QAbstractTableModel>

namespace ChannelDesk {

/// The currency rates a dashboard used (PIPE-06): one row per rate period, with the number of deals converted
/// with it. Read-only.
class RatesUsedModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatesUsedModel)

public:
    enum Column { Currency, ValidFrom, Rate, Deals, ColumnCount };

    explicit RatesUsedModel(QObject* parent = nullptr);

    /// `baseCurrency` names the unit of the rates ("1 EUR = 1.0850 USD").
    void setRates(const QList<UsedRate>& rates, const QString& baseCurrency);
    const QList<UsedRate>& rates() const { return m_rates; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<UsedRate> m_rates;
    QString m_base;
};

} // namespace ChannelDesk
