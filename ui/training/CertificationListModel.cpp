#include "CertificationListModel.h"

#include "common/Roles.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>
#include <QTimer>

#include <algorithm>

namespace ChannelDesk {

CertificationListModel::CertificationListModel(const QString& databasePath, QObject* parent)
    : QAbstractTableModel(parent)
{
    m_thread.setObjectName(QStringLiteral("certifications-loader"));
    m_loader = new MdfListLoader(databasePath, QStringLiteral("certifications"));
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &MdfListLoader::firstPageLoaded, this, &CertificationListModel::onFirstPage);
    connect(m_loader, &MdfListLoader::orderReady, this, &CertificationListModel::onOrder);
    connect(m_loader, &MdfListLoader::rowsLoaded, this, &CertificationListModel::onRows);
    connect(m_loader, &MdfListLoader::failed, this, [this](int generation, const Error& error) {
        if (generation == m_generation) {
            setLoading(false);
            Q_EMIT loadFailed(error.message);
        }
    });
    m_thread.start();
    start(Phase::Resetting);
}

CertificationListModel::~CertificationListModel()
{
    m_loader->supersede(m_generation + 1);
    QMetaObject::invokeMethod(m_loader, &MdfListLoader::close, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

MdfListStatement CertificationListModel::statementFor(const CertificationListQuery& query)
{
    const CertificationSql built = CertificationQuery::build(query.filter, query.sort, query.descending);
    MdfListStatement statement;
    statement.rowColumns = CertificationQuery::rowColumns();
    statement.table = QStringLiteral("certification c");
    statement.alias = QStringLiteral("c");
    const QList<int> dates = CertificationQuery::dateValueIndexes();
    for (int i = 0; i < CertificationQuery::rowValueCount(); ++i)
        statement.decode.append(dates.contains(i) ? MdfListStatement::Date : MdfListStatement::Raw);
    statement.sql.from = built.from;
    statement.sql.where = built.where;
    statement.sql.values = built.values;
    statement.sql.orderBy = built.orderBy;
    // The first page's bounded walk of the sort index (a state, a month, a search): shown at once, completed or
    // corrected by the full order.
    statement.sql.headFrom = built.headFrom;
    statement.sql.headWhere = built.headWhere;
    return statement;
}

QColor CertificationListModel::stateColor(CertificationState state)
{
    switch (state) {
    case CertificationState::Expiring: return QColor(0xa0, 0x5a, 0x00);
    case CertificationState::Expired: return QColor(0xb0, 0x3a, 0x2e);
    case CertificationState::InProgress: return QColor(0x2f, 0x5d, 0x8a);
    case CertificationState::Renewed:
    case CertificationState::Revoked: return QPalette().color(QPalette::Disabled, QPalette::Text);
    case CertificationState::Active: break;
    }
    return {};
}

QDate CertificationListModel::today() const
{
    return CertificationQuery::referenceDay(m_query.filter.today);
}

int CertificationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int CertificationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CertificationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Person: return tr("Person");
        case Partner: return tr("Partner");
        case Definition: return tr("Certification");
        case Track: return tr("Track");
        case State: return tr("Status");
        case Acquired: return tr("Acquired");
        case Expires: return tr("Expires");
        case CertificateId: return tr("Certificate ID");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && section == State)
        return tr("As of %1: expiring from the recertification window before the expiry day, expired the day after it")
            .arg(QLocale().toString(today(), QLocale::ShortFormat));
    return {};
}

std::optional<CertificationSort> CertificationListModel::sortForColumn(int column)
{
    switch (column) {
    case Person: return CertificationSort::Person;
    case Partner: return CertificationSort::Partner;
    case Definition: return CertificationSort::Definition;
    case Acquired: return CertificationSort::Acquired;
    case Expires: return CertificationSort::Expires;
    default: return std::nullopt;
    }
}

int CertificationListModel::columnForSort(CertificationSort sort)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (sortForColumn(column) == sort)
            return column;
    }
    return -1;
}

qint64 CertificationListModel::localIdAt(int row) const
{
    // The first page keeps its rows until onOrder() has finished changing the row count.
    if (row >= 0 && row < m_firstPageOrder.size())
        return m_firstPageOrder.at(row);
    if (m_order && row >= 0 && static_cast<size_t>(row) < m_order->size())
        return (*m_order)[static_cast<size_t>(row)];
    return -1;
}

std::optional<CertificationRow> CertificationListModel::rowAt(int row) const
{
    const auto it = m_rows.constFind(localIdAt(row));
    if (it == m_rows.cend())
        return std::nullopt;
    return *it;
}

QByteArray CertificationListModel::idAt(int row) const
{
    const auto it = m_rows.constFind(localIdAt(row));
    return it == m_rows.cend() ? QByteArray() : it->id;
}

int CertificationListModel::rowOfLocalId(qint64 localId) const
{
    if (m_order) {
        const auto it = std::find(m_order->begin(), m_order->end(), localId);
        return it == m_order->end() ? -1 : static_cast<int>(it - m_order->begin());
    }
    return static_cast<int>(m_firstPageOrder.indexOf(localId));
}

QVariant CertificationListModel::raw(const CertificationRow& row, int column) const
{
    switch (column) {
    case Person: return row.personName();
    case Partner: return row.partnerName;
    case Definition: return row.definitionName;
    case Track: return row.track;
    case State: return certificationStateCode(row.stateOn(today()));
    case Acquired: return row.acquiredOn;
    case Expires: return row.expiresOn;
    case CertificateId: return row.certificateId;
    default: return {};
    }
}

QVariant CertificationListModel::display(const CertificationRow& row, int column) const
{
    const QLocale locale;
    switch (column) {
    case State: return certificationStateLabel(row.stateOn(today()));
    case Acquired:
    case Expires: {
        const QDate day = column == Acquired ? row.acquiredOn : row.expiresOn;
        if (!day.isValid())
            return column == Expires && row.acquiredOn.isValid() ? tr("never") : QString();
        return locale.toString(day, QLocale::ShortFormat);
    }
    default: return raw(row, column);
    }
}

QVariant CertificationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const qint64 localId = localIdAt(row);
    const auto it = localId < 0 ? m_rows.cend() : m_rows.constFind(localId);
    if (it == m_rows.cend()) {
        // Not loaded: ask for its page and show a quiet placeholder; never block the UI thread.
        if (localId >= 0 && role == Qt::DisplayRole)
            requestPage(row / PageSize);
        switch (role) {
        case Qt::DisplayRole: return index.column() == 0 ? tr("Loading…") : QString();
        case Qt::ForegroundRole: return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        case Roles::LoadingRole: return true;
        default: return {};
        }
    }
    const CertificationRow& r = *it;
    switch (role) {
    case Qt::DisplayRole: return display(r, index.column());
    case Qt::EditRole:
    case Roles::RawValueRole: return raw(r, index.column());
    case Roles::IdRole: return r.id;
    case Roles::LoadingRole: return false;
    case Qt::ToolTipRole:
        if (index.column() == Person && !r.email.isEmpty())
            return tr("%1 <%2>").arg(r.personName(), r.email);
        if (index.column() == State && r.expiresOn.isValid())
            return tr("Valid through %1; recertification opens %n day(s) before", nullptr, r.recertWindowDays)
                .arg(QLocale().toString(r.expiresOn, QLocale::LongFormat));
        return display(r, index.column());
    case Qt::ForegroundRole:
        if (index.column() == State || index.column() == Expires) {
            const QColor color = stateColor(r.stateOn(today()));
            if (color.isValid())
                return QBrush(color);
        }
        return {};
    default: return {};
    }
}

void CertificationListModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<CertificationSort> sort = sortForColumn(column);
    if (!sort)
        return;
    CertificationListQuery query = m_query;
    query.sort = *sort;
    query.descending = order == Qt::DescendingOrder;
    setQuery(query);
}

void CertificationListModel::setQuery(const CertificationListQuery& query)
{
    if (query == m_query && ((m_phase == Phase::Idle && m_order) || m_phase == Phase::Resetting))
        return; // shown already, or this very query is loading
    m_query = query;
    start(Phase::Resetting);
}

void CertificationListModel::setFilter(const CertificationFilter& filter)
{
    CertificationListQuery query = m_query;
    query.filter = filter;
    setQuery(query);
}

void CertificationListModel::refresh(const QList<QByteArray>& changedIds)
{
    if (changedIds.isEmpty()) {
        m_rows.clear();
    } else {
        for (auto it = m_rows.begin(); it != m_rows.end();) {
            if (changedIds.contains(it->id))
                it = m_rows.erase(it);
            else
                ++it;
        }
    }
    if (m_phase == Phase::Resetting) {
        start(Phase::Resetting);
        return;
    }
    start(Phase::Refreshing);
}

void CertificationListModel::start(Phase phase)
{
    ++m_generation;
    m_loader->supersede(m_generation);
    m_requested.clear();
    if (phase == Phase::Resetting) {
        beginResetModel();
        m_rowCount = 0;
        m_order.reset();
        m_firstPageOrder.clear();
        m_rowsValidFrom = m_generation;
        endResetModel();
    } else {
        m_rowsValidFrom = m_generation;
    }
    m_phase = phase;
    setLoading(true);
    QMetaObject::invokeMethod(m_loader, "runQuery", Qt::QueuedConnection, Q_ARG(int, m_generation),
                              Q_ARG(ChannelDesk::MdfListStatement, statementFor(m_query)));
}

void CertificationListModel::requestPage(int page) const
{
    if (m_requested.value(page, -1) == m_generation)
        return;
    QList<qint64> ids;
    const int first = page * PageSize;
    const int last = std::min(first + PageSize, m_rowCount);
    for (int row = first; row < last; ++row) {
        const qint64 localId = localIdAt(row);
        if (localId >= 0 && !m_rows.contains(localId))
            ids.append(localId);
    }
    if (ids.isEmpty())
        return;
    m_requested.insert(page, m_generation);
    m_recentPages.removeOne(page);
    m_recentPages.append(page);
    if (m_recentPages.size() > 40)
        m_recentPages.removeFirst();
    QMetaObject::invokeMethod(m_loader, "loadRows", Qt::QueuedConnection, Q_ARG(int, m_generation), Q_ARG(int, page),
                              Q_ARG(QList<qint64>, ids));
}

void CertificationListModel::storeRows(const QList<MdfListRow>& rows)
{
    for (const MdfListRow& row : rows)
        m_rows.insert(row.localId, CertificationQuery::rowFromValues(row.localId, row.id, row.values));
}

void CertificationListModel::trimCache()
{
    if (m_rows.size() <= MaxCachedRows || !m_order)
        return;
    // Keep what the user is looking at (the recently requested pages); drop the rest.
    QHash<qint64, CertificationRow> kept;
    for (int page : std::as_const(m_recentPages)) {
        const size_t first = static_cast<size_t>(page) * PageSize;
        for (size_t row = first; row < std::min(first + PageSize, m_order->size()); ++row) {
            const qint64 localId = (*m_order)[row];
            const auto it = m_rows.constFind(localId);
            if (it != m_rows.cend())
                kept.insert(localId, *it);
        }
    }
    m_rows.swap(kept);
    m_requested.clear();
}

void CertificationListModel::onFirstPage(int generation, const QList<MdfListRow>& rows)
{
    if (generation != m_generation)
        return;
    storeRows(rows);
    // Ask for the full order after the view has painted these rows (a zero timer runs after the pending paint).
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            QMetaObject::invokeMethod(m_loader, "completeQuery", Qt::QueuedConnection, Q_ARG(int, generation));
    });
    if (m_phase != Phase::Resetting)
        return; // a refresh keeps the current positions until the new order is known
    if (!rows.isEmpty()) {
        beginInsertRows({}, 0, static_cast<int>(rows.size()) - 1);
        m_firstPageOrder.clear();
        for (const MdfListRow& row : rows)
            m_firstPageOrder.append(row.localId);
        m_rowCount = static_cast<int>(rows.size());
        endInsertRows();
    }
    Q_EMIT firstPageReady();
}

void CertificationListModel::onOrder(int generation, const RowOrder& order)
{
    if (generation != m_generation)
        return;
    const int newCount = static_cast<int>(order->size());
    if (m_phase == Phase::Resetting) {
        // The rows shown keep their first-page content while the count changes, then take the full order's (they
        // differ when the name walk of the first page missed rows of deleted people or partners).
        const int shown = m_rowCount;
        bool headChanged = false;
        for (int i = 0; i < shown && i < newCount; ++i)
            headChanged |= (*order)[static_cast<size_t>(i)] != m_firstPageOrder.at(i);
        if (newCount < shown) {
            beginRemoveRows({}, newCount, shown - 1);
            m_rowCount = newCount;
            m_firstPageOrder.resize(newCount);
            endRemoveRows();
            m_order = order;
        } else {
            if (newCount > shown)
                beginInsertRows({}, shown, newCount - 1);
            m_order = order;
            m_rowCount = newCount;
            if (newCount > shown)
                endInsertRows();
        }
        m_firstPageOrder.clear();
        if (headChanged && m_rowCount > 0)
            Q_EMIT dataChanged(index(0, 0), index(std::min(shown, m_rowCount) - 1, ColumnCount - 1));
    } else {
        // Refresh: grow first so every new position exists, move rows (persistent indexes follow their local id),
        // then shrink. Views keep selection, current row and scroll position.
        if (newCount > m_rowCount) {
            beginInsertRows({}, m_rowCount, newCount - 1);
            m_rowCount = newCount;
            endInsertRows();
        }
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const RowOrder previous = m_order;
        const QList<qint64> previousHead = m_firstPageOrder;
        const QModelIndexList persistent = persistentIndexList();
        QModelIndexList moved;
        moved.reserve(persistent.size());
        m_order = order;
        m_firstPageOrder.clear();
        for (const QModelIndex& index : persistent) {
            const int row = index.row();
            qint64 localId = -1;
            if (previous && static_cast<size_t>(row) < previous->size())
                localId = (*previous)[static_cast<size_t>(row)];
            else if (!previous && row < previousHead.size())
                localId = previousHead.at(row);
            const int newRow = localId < 0 ? -1 : rowOfLocalId(localId);
            moved.append(newRow < 0 || newRow >= newCount ? QModelIndex() : createIndex(newRow, index.column()));
        }
        changePersistentIndexList(persistent, moved);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        if (newCount < m_rowCount) {
            beginRemoveRows({}, newCount, m_rowCount - 1);
            m_rowCount = newCount;
            endRemoveRows();
        }
    }
    m_phase = Phase::Idle;
    m_requested.clear();
    setLoading(false);
    Q_EMIT countChanged(m_rowCount);
}

void CertificationListModel::onRows(int generation, int page, const QList<MdfListRow>& rows)
{
    if (generation < m_rowsValidFrom)
        return; // loaded before a change: may be stale; the view will ask again
    storeRows(rows);
    trimCache();
    if (m_rowCount == 0)
        return;
    if (generation == m_generation) {
        const int first = std::min(page * PageSize, m_rowCount - 1);
        const int last = std::min(first + PageSize, m_rowCount) - 1;
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    } else {
        Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1));
    }
}

void CertificationListModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace ChannelDesk
