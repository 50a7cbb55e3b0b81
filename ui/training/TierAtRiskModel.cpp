#include "TierAtRiskModel.h"

#include "common/Roles.h"
#include "training/TierQueryLoader.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace ChannelDesk {

TierAtRiskModel::TierAtRiskModel(TierQueryLoader& loader, QObject* parent)
    : QAbstractTableModel(parent)
    , m_loader(loader)
{
}

int TierAtRiskModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TierAtRiskModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TierAtRiskModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TierAtRiskRow& row = m_rows.at(index.row());
    if (role == Roles::IdRole)
        return row.partnerId;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Partner: return row.partnerName;
        case Program: return row.programName;
        case Level: return row.levelName.isEmpty() ? tr("(none)") : row.levelName;
        case AtRiskOn: return row.atRiskOn.isValid() ? QLocale().toString(row.atRiskOn, QLocale::ShortFormat) : QString();
        case DaysLeft: return row.daysLeft <= 0 ? tr("today") : tr("in %n day(s)", nullptr, row.daysLeft);
        case Certified:
            //: Certified people now / the minimum the level needs
            return row.certifiedNeeded ? tr("%L1 of %L2").arg(row.certifiedNow).arg(*row.certifiedNeeded)
                                       : QLocale().toString(row.certifiedNow);
        case Reasons: return row.reasons.join(tr("; "));
        }
        break;
    case Roles::RawValueRole:
        switch (index.column()) {
        case Partner: return row.partnerName;
        case Program: return row.programName;
        case Level: return row.levelRank;
        case AtRiskOn: return row.atRiskOn;
        case DaysLeft: return row.daysLeft;
        case Certified: return row.certifiedNow;
        case Reasons: return row.reasons;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Reasons && !row.reasons.isEmpty())
            return QString(QStringLiteral("• ") + row.reasons.join(QStringLiteral("\n• ")));
        if (index.column() == Certified)
            return tr("Certified people at the last evaluation (%1) and the minimum the level needs")
                .arg(QLocale().toString(row.asOf, QLocale::ShortFormat));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DaysLeft || index.column() == Certified)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == DaysLeft && row.daysLeft <= 14)
            return QBrush(QColor(0xb0, 0x3a, 0x2e));
        break;
    default:
        break;
    }
    return {};
}

QVariant TierAtRiskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Partner: return tr("Partner");
    case Program: return tr("Program");
    case Level: return tr("Level");
    case AtRiskOn: return tr("Falls short on");
    case DaysLeft: return tr("When");
    case Certified: return tr("Certified people");
    case Reasons: return tr("What it would miss");
    }
    return {};
}

bool TierAtRiskModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_loading && !m_fetching && m_rows.size() < m_total;
}

void TierAtRiskModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    m_fetching = true;
    const quint64 epoch = m_epoch;
    m_loader.submit(QStringLiteral("risk-more"), [this, epoch, filter = m_filter, last = m_rows.constLast()](Database& db) {
        Result<QList<TierAtRiskRow>> page = TierQuery(db).atRisk(filter, PageSize, &last);
        return TierQueryLoader::Answer([this, epoch, last, page = std::move(page)] {
            // Only a page that continues after the row it was asked after (the list is unchanged since).
            if (epoch != m_epoch || m_rows.isEmpty() || m_rows.constLast().partnerId != last.partnerId || m_rows.constLast().programId != last.programId) {
                if (epoch == m_epoch)
                    m_fetching = false;
                return;
            }
            if (!page) {
                m_fetching = false;
                Q_EMIT failed(page.error().message);
                return;
            }
            if (page->isEmpty()) {
                m_fetching = false;
                m_total = int(m_rows.size());
                return;
            }
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
            m_rows.append(*page);
            endInsertRows();
            if (page->size() < PageSize)
                m_total = int(m_rows.size()); // the end: the count may have included rows the list leaves out
            // Only now: a view or tester reacting to the insertion may ask for the page after these rows.
            m_fetching = false;
        });
    });
}

void TierAtRiskModel::setFilter(const TierAtRiskFilter& filter)
{
    m_filter = filter;
    reload();
}

void TierAtRiskModel::reload()
{
    const quint64 epoch = ++m_epoch;
    m_loading = true;
    m_fetching = false;
    const int limit = std::max(PageSize, int(m_rows.size()));
    m_loader.submit(QStringLiteral("risk"), [this, epoch, filter = m_filter, limit](Database& db) {
        const TierQuery query(db);
        Result<int> total = query.atRiskCount(filter);
        Result<QList<TierAtRiskRow>> rows = total ? query.atRisk(filter, limit) : Result<QList<TierAtRiskRow>>(total.error());
        return TierQueryLoader::Answer([this, epoch, total, limit, rows = std::move(rows)] {
            if (epoch != m_epoch)
                return;
            if (!rows) {
                m_loading = false;
                Q_EMIT failed(rows.error().message);
                return;
            }
            beginResetModel();
            m_rows = *rows;
            // A short page is the whole list; otherwise the count says how far fetchMore() may go (TierQuery's
            // counts may include a few rows the list leaves out: the first empty page settles it).
            m_total = m_rows.size() < limit ? int(m_rows.size()) : std::max(*total, int(m_rows.size()));
            m_loading = false; // before endResetModel(): a view reacting to the reset may fetch the next page
            endResetModel();
            Q_EMIT loaded();
        });
    });
}

int TierAtRiskModel::rowOfPartner(const QByteArray& partnerId, const QByteArray& programId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const TierAtRiskRow& r = m_rows.at(row);
        if (r.partnerId == partnerId && (programId.isEmpty() || r.programId == programId))
            return row;
    }
    return -1;
}

} // namespace ChannelDesk
