#include "RatesUsedModel.h"

#include "common/Roles.h"

#include <QLocale>

#include <climits>

namespace ChannelDesk {

RatesUsedModel::RatesUsedModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RatesUsedModel::setRates(const QList<UsedRate>& rates, const QString& baseCurrency)
{
    beginResetModel();
    m_rates = rates;
    m_base = baseCurrency;
    endResetModel();
}

int RatesUsedModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rates.size());
}

int RatesUsedModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RatesUsedModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UsedRate& rate = m_rates.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Currency:
            return rate.currency;
        case ValidFrom:
            return locale.toString(rate.validFrom, QLocale::ShortFormat);
        case Rate:
            // Rates carry up to six significant decimals; trailing zeros add nothing.
            return locale.toString(rate.rate, 'f', QLocale::FloatingPointShortest);
        case Deals:
            return locale.toString(rate.deals);
        }
        break;
    case Qt::ToolTipRole:
        return tr("1 %1 = %2 %3 from %4; used for %n deal(s)", nullptr, int(std::min<qint64>(rate.deals, INT_MAX)))
            .arg(rate.currency, locale.toString(rate.rate, 'f', QLocale::FloatingPointShortest), m_base,
                 locale.toString(rate.validFrom, QLocale::LongFormat));
    case Qt::TextAlignmentRole:
        if (index.column() == Rate || index.column() == Deals)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Roles::RawValueRole:
        switch (index.column()) {
        case Currency:
            return rate.currency;
        case ValidFrom:
            return rate.validFrom;
        case Rate:
            return rate.rate;
        case Deals:
            return rate.deals;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant RatesUsedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Currency:
        return tr("Currency");
    case ValidFrom:
        return tr("Valid from");
    case Rate:
        return tr("Rate (in %1)").arg(m_base);
    case Deals:
        return tr("Deals");
    }
    return {};
}

} // namespace ChannelDesk
