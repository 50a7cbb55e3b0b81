#include "MdfListModel.h"

#include "common/Money.h"
#include "common/Roles.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QTimer>

#include <algorithm>

namespace ChannelDesk {

namespace {

const QColor Warning(0xb0, 0x3a, 0x2e);

bool isRightAligned(MdfListColumn::Kind kind)
{
    return kind == MdfListColumn::Kind::Money;
}

} // namespace

MdfListModel::MdfListModel(MdfListSpec spec, const QString& databasePath, QObject* parent)
    : QAbstractTableModel(parent)
    , m_spec(std::move(spec))
    , m_query(m_spec.initial)
{
    m_thread.setObjectName(QStringLiteral("mdf-%1-loader").arg(m_spec.name));
    m_loader = new MdfListLoader(databasePath, m_spec.name);
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &MdfListLoader::firstPageLoaded, this, &MdfListModel::onFirstPage);
    connect(m_loader, &MdfListLoader::orderReady, this, &MdfListModel::onOrder);
    connect(m_loader, &MdfListLoader::rowsLoaded, this, &MdfListModel::onRows);
    connect(m_loader, &MdfListLoader::failed, this, [this](int generation, const Error& error) {
        if (generation == m_generation) {
            setLoading(false);
            Q_EMIT loadFailed(error.message);
        }
    });
    m_thread.start();
    start(Phase::Resetting);
}

MdfListModel::~MdfListModel()
{
    m_loader->supersede(m_generation + 1);
    QMetaObject::invokeMethod(m_loader, &MdfListLoader::close, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

int MdfListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int MdfListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_spec.columns.size());
}

QVariant MdfListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_spec.columns.size())
        return {};
    const MdfListColumn& column = m_spec.columns.at(section);
    switch (role) {
    case Qt::DisplayRole: return column.header;
    case Qt::ToolTipRole: return column.headerToolTip.isEmpty() ? QVariant() : QVariant(column.headerToolTip);
    case Qt::TextAlignmentRole:
        if (isRightAligned(column.kind))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

MdfListStatement MdfListModel::statement() const
{
    MdfListStatement statement;
    statement.rowColumns = m_spec.rowColumns;
    statement.table = m_spec.table;
    statement.alias = m_spec.alias;
    statement.decode = m_spec.decode;
    statement.sql = m_spec.build(m_query.filter, m_query.sort, m_query.descending);
    return statement;
}

qint64 MdfListModel::localIdAt(int row) const
{
    // The first page keeps its rows until onOrder() has finished changing the row count (see there).
    if (row >= 0 && row < m_firstPageOrder.size())
        return m_firstPageOrder.at(row);
    if (m_order && row >= 0 && static_cast<size_t>(row) < m_order->size())
        return (*m_order)[static_cast<size_t>(row)];
    return -1;
}

QByteArray MdfListModel::idAt(int row) const
{
    const auto it = m_rows.constFind(localIdAt(row));
    return it == m_rows.cend() ? QByteArray() : it->id;
}

QVariant MdfListModel::rowValue(int row, int valueIndex) const
{
    const auto it = m_rows.constFind(localIdAt(row));
    return it == m_rows.cend() ? QVariant() : value(*it, valueIndex);
}

int MdfListModel::rowOfLocalId(qint64 localId) const
{
    if (m_order) {
        const auto it = std::find(m_order->begin(), m_order->end(), localId);
        return it == m_order->end() ? -1 : static_cast<int>(it - m_order->begin());
    }
    return static_cast<int>(m_firstPageOrder.indexOf(localId));
}

QVariant MdfListModel::value(const MdfListRow& row, int index) const
{
    return index >= 0 && index < row.values.size() ? row.values.at(index) : QVariant();
}

QString MdfListModel::status(const MdfListRow& row) const
{
    return value(row, m_spec.statusValue).toString();
}

bool MdfListModel::pastSla(const MdfListRow& row, const MdfListColumn& column) const
{
    if (column.kind != MdfListColumn::Kind::Submitted || status(row) != QLatin1String("submitted"))
        return false;
    const QDateTime submitted = value(row, column.value).toDateTime();
    return submitted.isValid() && submitted.secsTo(QDateTime::currentDateTimeUtc()) > qint64(m_slaHours) * 3600;
}

bool MdfListModel::deadlineNear(const MdfListRow& row, const MdfListColumn& column) const
{
    if (column.kind != MdfListColumn::Kind::Deadline || !m_spec.deadlineStatuses.contains(status(row)))
        return false;
    const QDate deadline = value(row, column.value).toDate();
    return deadline.isValid() && deadline <= QDate::currentDate().addDays(m_deadlineWarningDays);
}

bool MdfListModel::isPastSla(int row) const
{
    const auto it = m_rows.constFind(localIdAt(row));
    if (it == m_rows.cend())
        return false;
    for (const MdfListColumn& column : m_spec.columns) {
        if (pastSla(*it, column))
            return true;
    }
    return false;
}

QVariant MdfListModel::data(const QModelIndex& index, int role) const
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
    const MdfListRow& r = *it;
    const MdfListColumn& column = m_spec.columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole: return display(r, column);
    case Qt::EditRole:
    case Roles::RawValueRole: return value(r, column.value);
    case Roles::IdRole: return r.id;
    case Roles::LoadingRole: return false;
    case Qt::ToolTipRole: return toolTip(r, column);
    case Qt::TextAlignmentRole:
        if (isRightAligned(column.kind))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (pastSla(r, column) || deadlineNear(r, column))
            return QBrush(Warning);
        return {};
    case Qt::FontRole:
        if (pastSla(r, column)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant MdfListModel::display(const MdfListRow& r, const MdfListColumn& column) const
{
    const QLocale locale;
    const QVariant v = value(r, column.value);
    switch (column.kind) {
    case MdfListColumn::Kind::Text: return v.toString();
    case MdfListColumn::Kind::Status: return m_spec.statusLabels.value(v.toString(), v.toString());
    case MdfListColumn::Kind::Money: {
        const QString currency = value(r, column.currency).toString();
        if (v.isNull() || currency.isEmpty())
            return QString();
        return Money { v.toLongLong(), currency }.format(locale);
    }
    case MdfListColumn::Kind::Date:
    case MdfListColumn::Kind::Deadline: {
        const QDate date = v.toDate();
        return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString();
    }
    case MdfListColumn::Kind::Instant: {
        const QDateTime instant = v.toDateTime();
        return instant.isValid() ? locale.toString(instant.toLocalTime().date(), QLocale::ShortFormat) : QString();
    }
    case MdfListColumn::Kind::Submitted: {
        const QDateTime submitted = v.toDateTime();
        if (!submitted.isValid())
            return QString();
        if (status(r) != QLatin1String("submitted"))
            return locale.toString(submitted.toLocalTime().date(), QLocale::ShortFormat);
        // The approvals queue: how long the decision has been waiting.
        const qint64 hours = std::max<qint64>(0, submitted.secsTo(QDateTime::currentDateTimeUtc()) / 3600);
        if (hours < 48)
            return tr("waiting %Ln hour(s)", nullptr, static_cast<int>(hours));
        return tr("waiting %Ln day(s)", nullptr, static_cast<int>(hours / 24));
    }
    }
    return {};
}

QVariant MdfListModel::toolTip(const MdfListRow& r, const MdfListColumn& column) const
{
    const QLocale locale;
    const QVariant v = value(r, column.value);
    switch (column.kind) {
    case MdfListColumn::Kind::Submitted: {
        const QDateTime submitted = v.toDateTime();
        if (!submitted.isValid())
            return {};
        const QString since = locale.toString(submitted.toLocalTime(), QLocale::ShortFormat);
        if (status(r) != QLatin1String("submitted"))
            return since;
        const QString approver = value(r, m_spec.approverValue).toString();
        return pastSla(r, column)
            ? tr("Submitted %1, waiting for %2: past the %n-hour decision target", nullptr, m_slaHours).arg(since, approver)
            : tr("Submitted %1, waiting for %2").arg(since, approver);
    }
    case MdfListColumn::Kind::Deadline:
        if (deadlineNear(r, column)) {
            const qint64 days = QDate::currentDate().daysTo(v.toDate());
            if (days < 0)
                return tr("The claim deadline has passed: no more claims can be submitted.");
            return tr("Claims must be submitted by %1 (%n day(s) left)", nullptr, static_cast<int>(days))
                .arg(locale.toString(v.toDate(), QLocale::LongFormat));
        }
        return display(r, column);
    default: return display(r, column); // the full text of a cell the column cuts short
    }
}

std::optional<int> MdfListModel::sortForColumn(int column) const
{
    if (column < 0 || column >= m_spec.columns.size() || m_spec.columns.at(column).sort < 0)
        return std::nullopt;
    return m_spec.columns.at(column).sort;
}

int MdfListModel::columnForSort(int sortKey) const
{
    for (int column = 0; column < m_spec.columns.size(); ++column) {
        if (m_spec.columns.at(column).sort == sortKey)
            return column;
    }
    return -1; // "updated": no column shows it
}

void MdfListModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<int> sort = sortForColumn(column);
    if (!sort)
        return;
    MdfListQuery query = m_query;
    query.sort = *sort;
    query.descending = order == Qt::DescendingOrder;
    setQuery(query);
}

void MdfListModel::setQuery(const MdfListQuery& query)
{
    if (query == m_query && ((m_phase == Phase::Idle && m_order) || m_phase == Phase::Resetting))
        return; // shown already, or this very query is loading (a screen applying its default filter at start)
    m_query = query;
    start(Phase::Resetting);
}

void MdfListModel::setFilter(const MdfListFilter& filter)
{
    MdfListQuery query = m_query;
    query.filter = filter;
    setQuery(query);
}

void MdfListModel::emitColumnsChanged(MdfListColumn::Kind kind, const QList<int>& roles)
{
    if (m_rowCount == 0)
        return;
    for (int column = 0; column < m_spec.columns.size(); ++column) {
        if (m_spec.columns.at(column).kind == kind)
            Q_EMIT dataChanged(index(0, column), index(m_rowCount - 1, column), roles);
    }
}

void MdfListModel::setSlaHours(int hours)
{
    if (hours == m_slaHours)
        return;
    m_slaHours = hours;
    emitColumnsChanged(MdfListColumn::Kind::Submitted,
                       { Qt::DisplayRole, Qt::ForegroundRole, Qt::FontRole, Qt::ToolTipRole });
}

void MdfListModel::setDeadlineWarningDays(int days)
{
    if (days == m_deadlineWarningDays)
        return;
    m_deadlineWarningDays = days;
    emitColumnsChanged(MdfListColumn::Kind::Deadline, { Qt::ForegroundRole, Qt::ToolTipRole });
}

void MdfListModel::refresh(const QList<QByteArray>& changedIds)
{
    if (changedIds.isEmpty()) {
        m_rows.clear(); // something changed somewhere (sync, a claim's totals): every cached row may be stale
    } else {
        for (auto it = m_rows.begin(); it != m_rows.end();) {
            if (changedIds.contains(it->id))
                it = m_rows.erase(it);
            else
                ++it;
        }
    }
    if (m_phase == Phase::Resetting) {
        start(Phase::Resetting); // still empty: simply run the query again
        return;
    }
    start(Phase::Refreshing);
}

void MdfListModel::start(Phase phase)
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
        // Rows still cached stay valid unless refresh() dropped them; new loads must come from now on.
        m_rowsValidFrom = m_generation;
    }
    m_phase = phase;
    setLoading(true);
    QMetaObject::invokeMethod(m_loader, "runQuery", Qt::QueuedConnection, Q_ARG(int, m_generation),
                              Q_ARG(ChannelDesk::MdfListStatement, statement()));
}

void MdfListModel::requestPage(int page) const
{
    if (m_requested.value(page, -1) == m_generation)
        return;
    QList<qint64> ids;
    const int first = page * PageSize;
    const int last = std::min(first + PageSize, m_rowCount);
    ids.reserve(std::max(0, last - first));
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

void MdfListModel::storeRows(const QList<MdfListRow>& rows)
{
    for (const MdfListRow& row : rows)
        m_rows.insert(row.localId, row);
}

void MdfListModel::trimCache()
{
    if (m_rows.size() <= MaxCachedRows || !m_order)
        return;
    // Keep what the user is looking at (the recently requested pages); drop the rest.
    QHash<qint64, MdfListRow> kept;
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

void MdfListModel::onFirstPage(int generation, const QList<MdfListRow>& rows)
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

void MdfListModel::onOrder(int generation, const RowOrder& order)
{
    if (generation != m_generation)
        return;
    const int newCount = static_cast<int>(order->size());
    const int lastColumn = static_cast<int>(m_spec.columns.size()) - 1;
    if (m_phase == Phase::Resetting) {
        // The rows shown so far keep their first-page content while the count changes (views and persistent
        // indexes see a plain insert or removal at the end); then they take the full order's content. They differ
        // when the first page missed rows (sort by partner) or a write happened in between.
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
            Q_EMIT dataChanged(index(0, 0), index(std::min(shown, m_rowCount) - 1, lastColumn));
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

void MdfListModel::onRows(int generation, int page, const QList<MdfListRow>& rows)
{
    if (generation < m_rowsValidFrom)
        return; // loaded before a change: may be stale; the view will ask again
    storeRows(rows);
    trimCache();
    if (m_rowCount == 0)
        return;
    const int lastColumn = static_cast<int>(m_spec.columns.size()) - 1;
    if (generation == m_generation) {
        const int first = std::min(page * PageSize, m_rowCount - 1);
        const int last = std::min(first + PageSize, m_rowCount) - 1;
        Q_EMIT dataChanged(index(first, 0), index(last, lastColumn));
    } else {
        Q_EMIT dataChanged(index(0, 0), index(m_rowCount - 1, lastColumn));
    }
}

void MdfListModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace ChannelDesk
