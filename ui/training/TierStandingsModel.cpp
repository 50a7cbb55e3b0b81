#include "TierStandingsModel.h"

#include "common/Money.h"
#include "common/Roles.h"
#include "training/TierQueueModel.h"

#include <QLocale>

namespace ChannelDesk {

TierStandingsModel::TierStandingsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int TierStandingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TierStandingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TierStandingsModel::metricsText(const TierStanding& standing)
{
    if (!standing.measured)
        return tr("Not evaluated yet.");
    const QLocale locale;
    const PartnerMetrics& m = standing.metrics;
    QStringList lines;
    lines << tr("Revenue (last 12 months): %1").arg(Money { m.revenueMinor, standing.currency }.format(locale))
          << tr("Certified people: %L1").arg(m.certifiedPeople);
    QStringList tracks = m.certifiedByTrack.keys();
    tracks.sort(Qt::CaseInsensitive);
    for (const QString& track : std::as_const(tracks))
        lines << tr("Certified in %1: %L2").arg(track).arg(m.certifiedByTrack.value(track));
    lines << tr("Approved deal registrations: %L1").arg(m.approvedRegistrations)
          << tr("Closed-won deals: %L1").arg(m.closedWon) << tr("Points: %L1").arg(m.points)
          << tr("Evaluated on %1").arg(locale.toString(standing.asOf, QLocale::ShortFormat));
    return lines.join(QLatin1Char('\n'));
}

QVariant TierStandingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TierStanding& row = m_rows.at(index.row());
    if (role == Roles::IdRole)
        return row.memberId;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Program: return row.programName;
        case Level: return row.current ? row.current->name : tr("(none)");
        case Pending:
            if (row.pendingKind.isEmpty())
                return QString();
            //: Pending tier change, e.g. "Upgrade to Gold"
            return tr("%1 to %2").arg(TierQueueModel::kindLabel(row.pendingKind), row.pendingLevelName);
        case NextLevel: return row.next ? row.next->name : tr("(top level)");
        case Missing:
            if (!row.measured)
                return tr("Not evaluated yet");
            if (!row.next)
                return row.currentUnmet.isEmpty() ? tr("Meets every criterion of its level")
                                                  : row.currentUnmet.join(tr("; "));
            return row.nextMissing.isEmpty() ? tr("Nothing: qualifies for %1").arg(row.next->name)
                                             : row.nextMissing.join(tr("; "));
        }
        break;
    case Roles::RawValueRole:
        switch (index.column()) {
        case Program: return row.programId;
        case Level: return row.current ? QVariant(row.current->id) : QVariant();
        case Pending: return row.pendingKind;
        case NextLevel: return row.next ? QVariant(row.next->id) : QVariant();
        case Missing: return row.nextMissing;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Missing) {
            QStringList lines;
            if (!row.nextMet.isEmpty())
                lines << tr("Already met:") << QStringLiteral("• ") + row.nextMet.join(QStringLiteral("\n• "));
            if (!row.currentUnmet.isEmpty())
                lines << tr("No longer met at the current level:")
                      << QStringLiteral("• ") + row.currentUnmet.join(QStringLiteral("\n• "));
            if (row.atRisk)
                lines << tr("At risk from %1:").arg(QLocale().toString(row.atRiskOn, QLocale::ShortFormat))
                      << QStringLiteral("• ") + row.atRiskReasons.join(QStringLiteral("\n• "));
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
        }
        if (index.column() == Program || index.column() == Level)
            return metricsText(row);
        break;
    default:
        break;
    }
    return {};
}

QVariant TierStandingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Program: return tr("Program");
    case Level: return tr("Level");
    case Pending: return tr("Pending");
    case NextLevel: return tr("Next level");
    case Missing: return tr("What is missing");
    }
    return {};
}

void TierStandingsModel::setRows(const QList<TierStanding>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

} // namespace ChannelDesk
