#include "TierQueueModel.h"

#include "common/Roles.h"
#include "training/TierQueryLoader.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace ChannelDesk {

TierQueueModel::TierQueueModel(TierQueryLoader& loader, QObject* parent)
    : QAbstractTableModel(parent)
    , m_loader(loader)
{
}

int TierQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TierQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TierQueueModel::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("upgrade"))
        return tr("Upgrade");
    if (kind == QLatin1String("demotion"))
        return tr("Demotion review");
    return kind;
}

QVariant TierQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TierQueueRow& row = m_rows.at(index.row());
    if (role == Roles::IdRole)
        return row.memberId;
    const auto levelText = [](const QString& name) { return name.isEmpty() ? tr("(none)") : name; };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Partner: return row.partnerName;
        case Program: return row.programName;
        case CurrentLevel: return levelText(row.levelName);
        case ProposedLevel: return levelText(row.proposedLevelName);
        case Kind: return kindLabel(row.kind);
        //: Reasons of a pending tier change, shown on one line in the queue
        case Reasons: return row.reasons.join(tr("; "));
        case PendingSince:
            return row.pendingSince.isValid() ? QLocale().toString(row.pendingSince.toLocalTime(), QLocale::ShortFormat)
                                              : QString();
        case Age: return tr("%n day(s)", nullptr, row.ageDays);
        }
        break;
    case Roles::RawValueRole:
        switch (index.column()) {
        case Partner: return row.partnerName;
        case Program: return row.programName;
        case CurrentLevel: return row.levelRank;
        case ProposedLevel: return row.proposedRank;
        case Kind: return row.kind;
        case Reasons: return row.reasons;
        case PendingSince: return row.pendingSince;
        case Age: return row.ageDays;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Reasons || index.column() == Kind)
            return row.reasons.isEmpty() ? QVariant() : QVariant(QStringLiteral("• ") + row.reasons.join(QStringLiteral("\n• ")));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Age)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        // A demotion review is the one a CAM must not let slide: it stands out.
        if (index.column() == Kind && row.kind == QLatin1String("demotion"))
            return QBrush(QColor(0xb0, 0x3a, 0x2e));
        break;
    default:
        break;
    }
    return {};
}

QVariant TierQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Partner: return tr("Partner");
    case Program: return tr("Program");
    case CurrentLevel: return tr("Current level");
    case ProposedLevel: return tr("Proposed level");
    case Kind: return tr("Change");
    case Reasons: return tr("Reasons");
    case PendingSince: return tr("Pending since");
    case Age: return tr("Waiting");
    }
    return {};
}

bool TierQueueModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_loading && !m_fetching && m_rows.size() < m_total;
}

void TierQueueModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    m_fetching = true;
    const quint64 epoch = m_epoch;
    m_loader.submit(QStringLiteral("queue-more"), [this, epoch, filter = m_filter, last = m_rows.constLast()](Database& db) {
        Result<QList<TierQueueRow>> page = TierQuery(db).reviewQueue(filter, PageSize, &last);
        return TierQueryLoader::Answer([this, epoch, last, page = std::move(page)] {
            // Only a page that continues after the row it was asked after (the list is unchanged since).
            if (epoch != m_epoch || m_rows.isEmpty() || m_rows.constLast().memberId != last.memberId) {
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
                m_total = int(m_rows.size()); // the queue shrank meanwhile
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

void TierQueueModel::setFilter(const TierQueueFilter& filter)
{
    m_filter = filter;
    reload();
}

void TierQueueModel::reload()
{
    const quint64 epoch = ++m_epoch;
    m_loading = true;
    m_fetching = false;
    const int limit = std::max(PageSize, int(m_rows.size()));
    m_loader.submit(QStringLiteral("queue"), [this, epoch, filter = m_filter, limit](Database& db) {
        const TierQuery query(db);
        Result<int> total = query.reviewQueueCount(filter);
        Result<QList<TierQueueRow>> rows = total ? query.reviewQueue(filter, limit) : Result<QList<TierQueueRow>>(total.error());
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

int TierQueueModel::rowOfMember(const QByteArray& memberId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).memberId == memberId)
            return row;
    }
    return -1;
}

} // namespace ChannelDesk
