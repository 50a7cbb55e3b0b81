#include "LevelTableModel.h"

#include "common/Money.h"
#include "domain/Partner.h"

#include <QLocale>

namespace ChannelDesk {

namespace {

const QString NotRequired = QStringLiteral("—");

template<class T>
QVariant raw(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(qint64(*value)) : QVariant();
}

} // namespace

LevelTableModel::LevelTableModel(QObject* parent)
    : CatalogRecordModel(parent)
{
}

void LevelTableModel::setLevels(const QByteArray& programId, const QList<TierLevel>& levels, const QString& currency)
{
    if (programId != m_programId && !m_levels.isEmpty()) {
        // Another program: none of the rows is the same record.
        beginRemoveRows({}, 0, int(m_levels.size()) - 1);
        m_levels.clear();
        endRemoveRows();
    }
    m_programId = programId;
    const bool currencyChanged = currency != m_currency;
    m_currency = currency;
    merge(m_levels, levels);
    if (currencyChanged && !m_levels.isEmpty())
        Q_EMIT dataChanged(index(0, RevenueColumn), index(int(m_levels.size()) - 1, RevenueColumn));
}

const TierLevel* LevelTableModel::levelAt(int row) const
{
    return row >= 0 && row < m_levels.size() ? &m_levels[row] : nullptr;
}

QString LevelTableModel::trackText(const QList<TrackRequirement>& requirements)
{
    QStringList parts;
    for (const TrackRequirement& requirement : requirements)
        parts.append(tr("%1 ≥ %2").arg(requirement.track, QLocale().toString(requirement.count)));
    return parts.join(QStringLiteral(", "));
}

QByteArray LevelTableModel::idAt(int row) const
{
    const TierLevel* level = levelAt(row);
    return level ? level->id : QByteArray();
}

QString LevelTableModel::searchText(int row) const
{
    const TierLevel* level = levelAt(row);
    return level ? QStringList { level->name, level->code, level->benefits, trackText(level->trackRequirements) }
                       .join(QLatin1Char(' '))
                 : QString();
}

bool LevelTableModel::isActive(int row) const
{
    return levelAt(row) != nullptr;
}

int LevelTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_levels.size());
}

int LevelTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LevelTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TierLevel& level = m_levels[index.row()];
    const int column = index.column();
    const QLocale locale;
    const auto count = [&locale](const auto& value) {
        return value ? tr("≥ %1").arg(locale.toString(qint64(*value))) : NotRequired;
    };

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case RankColumn: return locale.toString(level.rank);
        case NameColumn: return level.name;
        case TierColumn: return level.code.isEmpty() ? NotRequired : choiceLabel(partnerTiers(), level.code);
        case RevenueColumn:
            return level.minRevenueMinor
                ? tr("≥ %1").arg(Money { *level.minRevenueMinor, m_currency }.format(locale))
                : NotRequired;
        case CertifiedColumn: return count(level.minCertifiedPeople);
        case TracksColumn:
            return level.trackRequirements.isEmpty() ? NotRequired : trackText(level.trackRequirements);
        case RegistrationsColumn: return count(level.minApprovedRegistrations);
        case ClosedWonColumn: return count(level.minClosedWon);
        case PointsColumn: return count(level.minPoints);
        case LeadWeightColumn: return tr("%1 %").arg(locale.toString(level.leadWeight));
        case BenefitsColumn: return QString(level.benefits).replace(QLatin1Char('\n'), QStringLiteral(" · "));
        }
        break;
    case Roles::RawValueRole:
        switch (column) {
        case RankColumn: return level.rank;
        case NameColumn: return level.name;
        case TierColumn: return level.code;
        case RevenueColumn: return raw(level.minRevenueMinor);
        case CertifiedColumn: return raw(level.minCertifiedPeople);
        case TracksColumn: return trackText(level.trackRequirements);
        case RegistrationsColumn: return raw(level.minApprovedRegistrations);
        case ClosedWonColumn: return raw(level.minClosedWon);
        case PointsColumn: return raw(level.minPoints);
        case LeadWeightColumn: return level.leadWeight;
        case BenefitsColumn: return level.benefits;
        }
        break;
    case Roles::IdRole:
        return level.id;
    case Qt::ToolTipRole:
        switch (column) {
        case RevenueColumn:
            return level.minRevenueMinor ? tr("Closed-won revenue of the trailing 12 months, in %1").arg(m_currency)
                                         : tr("Not required");
        case CertifiedColumn:
            return level.minCertifiedPeople ? tr("People holding at least one valid certification") : tr("Not required");
        case TracksColumn:
            return level.trackRequirements.isEmpty() ? tr("Not required")
                                                     : tr("Certified people needed per track");
        case RegistrationsColumn:
            return level.minApprovedRegistrations ? tr("Deal registrations approved in the trailing 12 months")
                                                  : tr("Not required");
        case ClosedWonColumn:
            return level.minClosedWon ? tr("Opportunities won in the trailing 12 months") : tr("Not required");
        case PointsColumn: return level.minPoints ? tr("Unexpired program points (TIER-04)") : tr("Not required");
        case LeadWeightColumn: return tr("Share of leads routed to members at this level (TIER-06)");
        default: return level.benefits.isEmpty() ? QVariant() : QVariant(level.benefits);
        }
    case Qt::TextAlignmentRole:
        switch (column) {
        case NameColumn:
        case TierColumn:
        case TracksColumn:
        case BenefitsColumn: return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        default: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
    default:
        break;
    }
    return {};
}

QVariant LevelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case RankColumn: return tr("Rank");
        case NameColumn: return tr("Level");
        case TierColumn: return tr("Partner tier");
        case RevenueColumn: return tr("Revenue (12 months)");
        case CertifiedColumn: return tr("Certified people");
        case TracksColumn: return tr("Per track");
        case RegistrationsColumn: return tr("Approved registrations");
        case ClosedWonColumn: return tr("Closed-won");
        case PointsColumn: return tr("Points");
        case LeadWeightColumn: return tr("Lead weight");
        case BenefitsColumn: return tr("Benefits");
        }
    }
    if (role == Qt::ToolTipRole && section == RankColumn)
        return tr("1 = lowest; partners climb one level at a time (TIER-03)");
    return {};
}

} // namespace ChannelDesk
