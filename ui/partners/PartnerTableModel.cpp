#include "PartnerTableModel.h"

#include "common/Countries.h"
#include "common/Money.h"
#include "common/Roles.h"
#include "domain/Partner.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QTimer>

#include <algorithm>

namespace ChannelDesk {

PartnerTableModel::PartnerTableModel(const QString& databasePath, QObject* parent)
    : QAbstractTableModel(parent)
{
    // Translated labels of the coded columns, looked up per painted cell: build them once.
    for (const auto& choices : { partnerTypes(), partnerTiers(), onboardingStages() }) {
        for (const Choice& choice : choices)
            m_labels.insert(choice.code, choice.label);
    }
    m_thread.setObjectName(QStringLiteral("partner-loader"));
    m_loader = new PartnerPageLoader(databasePath);
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &PartnerPageLoader::firstPageLoaded, this, &PartnerTableModel::onFirstPage);
    connect(m_loader, &PartnerPageLoader::orderReady, this, &PartnerTableModel::onOrder);
    connect(m_loader, &PartnerPageLoader::rowsLoaded, this, &PartnerTableModel::onRows);
    connect(m_loader, &PartnerPageLoader::failed, this, [this](int generation, const Error& error) {
        if (generation == m_generation) {
            setLoading(false);
            Q_EMIT loadFailed(error.message);
        }
    });
    m_thread.start();
    start(Phase::Resetting);
}

PartnerTableModel::~PartnerTableModel()
{
    m_loader->supersede(m_generation + 1);
    QMetaObject::invokeMethod(m_loader, &PartnerPageLoader::close, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

int PartnerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int PartnerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == Revenue))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Type: return tr("Type");
    case Tier: return tr("Tier");
    case Stage: return tr("Stage");
    case Country: return tr("Country");
    case City: return tr("City");
    case Owner: return tr("Owner");
    case NextReview: return tr("Next review");
    case Revenue: return tr("Annual revenue");
    case Updated: return tr("Last updated");
    default: return {};
    }
}

QByteArray PartnerTableModel::idAt(int row) const
{
    qint64 localId = 0;
    if (m_order && row >= 0 && static_cast<size_t>(row) < m_order->size())
        localId = (*m_order)[static_cast<size_t>(row)];
    else if (row >= 0 && row < m_firstPageOrder.size())
        localId = m_firstPageOrder.at(row);
    const auto it = m_rows.constFind(localId);
    return it == m_rows.cend() ? QByteArray() : it->id;
}

int PartnerTableModel::rowOfLocalId(qint64 localId) const
{
    if (m_order) {
        const auto it = std::find(m_order->begin(), m_order->end(), localId);
        return it == m_order->end() ? -1 : static_cast<int>(it - m_order->begin());
    }
    return static_cast<int>(m_firstPageOrder.indexOf(localId));
}

QVariant PartnerTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    qint64 localId = -1;
    if (m_order && static_cast<size_t>(row) < m_order->size())
        localId = (*m_order)[static_cast<size_t>(row)];
    else if (row < m_firstPageOrder.size())
        localId = m_firstPageOrder.at(row);
    const auto it = localId < 0 ? m_rows.cend() : m_rows.constFind(localId);
    if (it == m_rows.cend()) {
        // Not loaded: ask for its page and show a quiet placeholder; never block the UI thread.
        if (localId >= 0 && role == Qt::DisplayRole)
            requestPage(row / PageSize);
        switch (role) {
        case Qt::DisplayRole: return index.column() == Name ? tr("Loading…") : QString();
        case Qt::ForegroundRole: return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        case Roles::LoadingRole: return true;
        default: return {};
        }
    }
    const PartnerRow& r = *it;
    switch (role) {
    case Qt::DisplayRole: return display(r, index.column());
    case Qt::EditRole:
    case Roles::RawValueRole: return raw(r, index.column());
    case Roles::IdRole: return r.id;
    case Roles::LoadingRole: return false;
    case Qt::ToolTipRole:
        if (index.column() == Name && !r.legalName.isEmpty() && r.legalName != r.name)
            return r.legalName;
        if (index.column() == Country && !r.country.isEmpty())
            return Countries::displayName(r.country, QLocale());
        return display(r, index.column()); // the full text of a cell the column cuts short
    case Qt::TextAlignmentRole:
        if (index.column() == Revenue)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == Stage && (r.stage == QStringLiteral("suspended") || r.stage == QStringLiteral("terminated")))
            return QBrush(QColor(0xb0, 0x3a, 0x2e));
        if (index.column() == NextReview && r.nextReview.isValid() && r.nextReview < QDate::currentDate())
            return QBrush(QColor(0xb0, 0x3a, 0x2e)); // review overdue (PD-04)
        return {};
    default: return {};
    }
}

QVariant PartnerTableModel::display(const PartnerRow& r, int column) const
{
    const QLocale locale;
    switch (column) {
    case Name: return r.name;
    case Type: return m_labels.value(r.type, r.type);
    case Tier: return r.tier.isEmpty() ? QString() : m_labels.value(r.tier, r.tier);
    case Stage: return m_labels.value(r.stage, r.stage);
    case Country: return r.country;
    case City: return r.city;
    case Owner: return r.owner;
    case NextReview: return r.nextReview.isValid() ? locale.toString(r.nextReview, QLocale::ShortFormat) : QString();
    case Revenue:
        return r.revenueCurrency.isEmpty() ? QString() : Money { r.revenueMinor, r.revenueCurrency }.format(locale);
    case Updated: return locale.toString(r.updatedAt.toLocalTime(), QLocale::ShortFormat);
    default: return {};
    }
}

QVariant PartnerTableModel::raw(const PartnerRow& r, int column) const
{
    switch (column) {
    case Name: return r.name;
    case Type: return r.type;
    case Tier: return r.tier;
    case Stage: return r.stage;
    case Country: return r.country;
    case City: return r.city;
    case Owner: return r.owner;
    case NextReview: return r.nextReview;
    case Revenue: return r.revenueCurrency.isEmpty() ? QVariant() : QVariant(r.revenueMinor);
    case Updated: return r.updatedAt;
    default: return {};
    }
}

PartnerTableModel::Column PartnerTableModel::columnForSort(PartnerQuery::Sort sort)
{
    return static_cast<Column>(static_cast<int>(sort)); // the enums are declared in the same order
}

PartnerQuery::Sort PartnerTableModel::sortForColumn(int column)
{
    return static_cast<PartnerQuery::Sort>(std::clamp(column, 0, static_cast<int>(ColumnCount) - 1));
}

void PartnerTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    PartnerQuery query = m_query;
    query.sort = sortForColumn(column);
    query.descending = order == Qt::DescendingOrder;
    setQuery(query);
}

void PartnerTableModel::setQuery(const PartnerQuery& query)
{
    if (query == m_query && m_phase == Phase::Idle && m_order)
        return;
    m_query = query;
    start(Phase::Resetting);
}

void PartnerTableModel::refresh(const QList<QByteArray>& changedIds)
{
    if (!changedIds.isEmpty()) {
        for (auto it = m_rows.begin(); it != m_rows.end();) {
            if (changedIds.contains(it->id))
                it = m_rows.erase(it);
            else
                ++it;
        }
    }
    QMetaObject::invokeMethod(m_loader, &PartnerPageLoader::dataChanged, Qt::QueuedConnection);
    if (m_phase == Phase::Resetting) {
        start(Phase::Resetting); // still empty: simply run the query again
        return;
    }
    start(Phase::Refreshing);
}

void PartnerTableModel::start(Phase phase)
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
        // Rows already cached by id stay valid unless refresh() dropped them; new loads must come from now on.
        m_rowsValidFrom = m_generation;
    }
    m_phase = phase;
    setLoading(true);
    QMetaObject::invokeMethod(m_loader, "runQuery", Qt::QueuedConnection, Q_ARG(int, m_generation),
                              Q_ARG(ChannelDesk::PartnerQuery, m_query));
}

void PartnerTableModel::requestPage(int page) const
{
    if (m_requested.value(page, -1) == m_generation)
        return;
    QList<qint64> ids;
    const int first = page * PageSize;
    const int last = std::min(first + PageSize, m_rowCount);
    ids.reserve(last - first);
    for (int row = first; row < last; ++row) {
        qint64 localId = -1;
        if (m_order && static_cast<size_t>(row) < m_order->size())
            localId = (*m_order)[static_cast<size_t>(row)];
        else if (row < m_firstPageOrder.size())
            localId = m_firstPageOrder.at(row);
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

void PartnerTableModel::storeRows(const QList<PartnerRow>& rows)
{
    for (const PartnerRow& row : rows)
        m_rows.insert(row.localId, row);
}

void PartnerTableModel::trimCache()
{
    if (m_rows.size() <= MaxCachedRows || !m_order)
        return;
    // Keep what the user is looking at (the recently requested pages); drop the rest.
    QHash<qint64, PartnerRow> kept;
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

void PartnerTableModel::onFirstPage(int generation, const QList<PartnerRow>& rows)
{
    if (generation != m_generation)
        return;
    storeRows(rows);
    // Ask for the full order after the view has painted these rows (a zero timer runs after the pending paint);
    // for a search, once the user has stopped typing.
    const int delay = m_query.ftsMatch().isEmpty() ? 0 : SearchSettleMs;
    QTimer::singleShot(delay, this, [this, generation] {
        if (generation == m_generation)
            QMetaObject::invokeMethod(m_loader, "completeQuery", Qt::QueuedConnection, Q_ARG(int, generation));
    });
    if (m_phase != Phase::Resetting)
        return; // a refresh keeps the current positions until the new order is known
    if (!rows.isEmpty()) {
        beginInsertRows({}, 0, static_cast<int>(rows.size()) - 1);
        m_firstPageOrder.clear();
        for (const PartnerRow& row : rows)
            m_firstPageOrder.append(row.localId);
        m_rowCount = static_cast<int>(rows.size());
        endInsertRows();
    }
    Q_EMIT firstPageReady();
}

void PartnerTableModel::onOrder(int generation, const RowOrder& order)
{
    if (generation != m_generation)
        return;
    const int newCount = static_cast<int>(order->size());
    if (m_phase == Phase::Resetting) {
        const int shown = m_rowCount;
        bool headChanged = false;
        for (int i = 0; i < shown && i < newCount; ++i)
            headChanged |= (*order)[static_cast<size_t>(i)] != m_firstPageOrder.at(i);
        if (newCount < shown) {
            beginRemoveRows({}, newCount, shown - 1);
            m_order = order;
            m_rowCount = newCount;
            endRemoveRows();
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
        const QModelIndexList persistent = persistentIndexList();
        QModelIndexList moved;
        moved.reserve(persistent.size());
        m_order = order;
        for (const QModelIndex& index : persistent) {
            const size_t row = static_cast<size_t>(index.row());
            const qint64 localId = previous && row < previous->size() ? (*previous)[row] : -1;
            const int newRow = localId < 0 ? -1 : rowOfLocalId(localId);
            moved.append(newRow < 0 ? QModelIndex() : createIndex(newRow, index.column()));
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

void PartnerTableModel::onRows(int generation, int page, const QList<PartnerRow>& rows)
{
    if (generation < m_rowsValidFrom)
        return; // loaded before an edit: may be stale; the view will ask again
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

void PartnerTableModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace ChannelDesk
