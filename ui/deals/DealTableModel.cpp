#include "DealTableModel.h"

#include "common/Money.h"
#include "common/Roles.h"
#include "domain/Deal.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QTimer>

#include <algorithm>

namespace ChannelDesk {

namespace {

const QColor Warning(0xb0, 0x3a, 0x2e);

bool isPending(const DealRow& row)
{
    return row.status == QLatin1String("pending_approval");
}

int effectiveProbability(const DealRow& row)
{
    if (row.kind == QLatin1String("opportunity")) {
        if (row.status == QLatin1String("won"))
            return 100;
        if (row.status == QLatin1String("lost"))
            return 0;
    }
    return row.probability ? *row.probability : stageProbability(row.salesStage);
}

} // namespace

DealTableModel::DealTableModel(const QString& databasePath, QObject* parent)
    : QAbstractTableModel(parent)
{
    // Translated labels of the coded columns, looked up per painted cell: build them once.
    for (const auto& choices : { registrationStatuses(), opportunityStatuses(), closureCodes() }) {
        for (const Choice& choice : choices)
            m_labels.insert(choice.code, choice.label);
    }
    for (const SalesStage& stage : salesStages())
        m_labels.insert(QLatin1String("stage:") + stage.code, stage.label);

    m_thread.setObjectName(QStringLiteral("deal-loader"));
    m_loader = new DealPageLoader(databasePath);
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &DealPageLoader::firstPageLoaded, this, &DealTableModel::onFirstPage);
    connect(m_loader, &DealPageLoader::orderReady, this, &DealTableModel::onOrder);
    connect(m_loader, &DealPageLoader::rowsLoaded, this, &DealTableModel::onRows);
    connect(m_loader, &DealPageLoader::failed, this, [this](int generation, const Error& error) {
        if (generation == m_generation) {
            setLoading(false);
            Q_EMIT loadFailed(error.message);
        }
    });
    m_thread.start();
    start(Phase::Resetting);
}

DealTableModel::~DealTableModel()
{
    m_loader->supersede(m_generation + 1);
    QMetaObject::invokeMethod(m_loader, &DealPageLoader::close, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

int DealTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int DealTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == Amount || section == Probability))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == Submitted)
        return tr("When the registration was submitted; for one pending approval, how long it has been waiting");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("Number");
    case Kind: return tr("Kind");
    case Partner: return tr("Partner");
    case Customer: return tr("Customer");
    case Status: return tr("Status");
    case Stage: return tr("Stage");
    case Probability: return tr("Probability");
    case Amount: return tr("Amount");
    case ExpectedClose: return tr("Expected close");
    case Expires: return tr("Expires");
    case Submitted: return tr("Submitted");
    case Cam: return tr("CAM");
    default: return {};
    }
}

qint64 DealTableModel::localIdAt(int row) const
{
    // The first page keeps its rows until onOrder() has finished changing the row count (see there).
    if (row >= 0 && row < m_firstPageOrder.size())
        return m_firstPageOrder.at(row);
    if (m_order && row >= 0 && static_cast<size_t>(row) < m_order->size())
        return (*m_order)[static_cast<size_t>(row)];
    return -1;
}

QByteArray DealTableModel::idAt(int row) const
{
    const auto it = m_rows.constFind(localIdAt(row));
    return it == m_rows.cend() ? QByteArray() : it->id;
}

int DealTableModel::rowOfLocalId(qint64 localId) const
{
    if (m_order) {
        const auto it = std::find(m_order->begin(), m_order->end(), localId);
        return it == m_order->end() ? -1 : static_cast<int>(it - m_order->begin());
    }
    return static_cast<int>(m_firstPageOrder.indexOf(localId));
}

bool DealTableModel::pastSla(const DealRow& row) const
{
    return isPending(row) && row.submittedAt.isValid()
        && row.submittedAt.secsTo(QDateTime::currentDateTimeUtc()) > qint64(m_slaHours) * 3600;
}

QVariant DealTableModel::data(const QModelIndex& index, int role) const
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
        case Qt::DisplayRole: return index.column() == Number ? tr("Loading…") : QString();
        case Qt::ForegroundRole: return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        case Roles::LoadingRole: return true;
        default: return {};
        }
    }
    const DealRow& r = *it;
    switch (role) {
    case Qt::DisplayRole: return display(r, index.column());
    case Qt::EditRole:
    case Roles::RawValueRole: return raw(r, index.column());
    case Roles::IdRole: return r.id;
    case Roles::LoadingRole: return false;
    case Qt::ToolTipRole: return toolTip(r, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Probability)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == Submitted && pastSla(r))
            return QBrush(Warning); // DR-13: undecided past the SLA
        if (index.column() == Expires && r.status == QLatin1String("approved") && r.expiresOn.isValid()
            && r.expiresOn <= QDate::currentDate().addDays(m_expiringWindowDays))
            return QBrush(Warning); // DR-08: protection ends soon
        if (index.column() == Probability && r.probability)
            return QBrush(QPalette().color(QPalette::Link)); // overridden, not the stage default
        return {};
    case Qt::FontRole:
        if (index.column() == Submitted && pastSla(r)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant DealTableModel::display(const DealRow& r, int column) const
{
    const QLocale locale;
    switch (column) {
    case Number: return r.number;
    case Kind: return r.kind == QLatin1String("opportunity") ? tr("Opportunity") : tr("Registration");
    case Partner: return r.partnerName;
    case Customer: return r.customerName;
    case Status: {
        const QString status = m_labels.value(r.status, r.status);
        if (r.closureCode.isEmpty())
            return status;
        //: Deal status with its closure code, e.g. "Closed (Converted)"
        return tr("%1 (%2)").arg(status, m_labels.value(r.closureCode, r.closureCode));
    }
    case Stage: return m_labels.value(QLatin1String("stage:") + r.salesStage, r.salesStage);
    case Probability: return QString(locale.toString(effectiveProbability(r)) + locale.percent());
    case Amount:
        return r.amountMinor && !r.currency.isEmpty() ? Money { *r.amountMinor, r.currency }.format(locale) : QString();
    case ExpectedClose: return r.expectedClose.isValid() ? locale.toString(r.expectedClose, QLocale::ShortFormat) : QString();
    case Expires: return r.expiresOn.isValid() ? locale.toString(r.expiresOn, QLocale::ShortFormat) : QString();
    case Submitted: {
        if (!r.submittedAt.isValid())
            return QString();
        if (!isPending(r))
            return locale.toString(r.submittedAt.toLocalTime().date(), QLocale::ShortFormat);
        // DR-13: how long the decision has been waiting.
        const qint64 hours = std::max<qint64>(0, r.submittedAt.secsTo(QDateTime::currentDateTimeUtc()) / 3600);
        if (hours < 48)
            return tr("waiting %Ln hour(s)", nullptr, static_cast<int>(hours));
        return tr("waiting %Ln day(s)", nullptr, static_cast<int>(hours / 24));
    }
    case Cam: return r.cam;
    default: return {};
    }
}

QVariant DealTableModel::raw(const DealRow& r, int column) const
{
    switch (column) {
    case Number: return r.number;
    case Kind: return r.kind;
    case Partner: return r.partnerName;
    case Customer: return r.customerName;
    case Status: return r.status;
    case Stage: return r.salesStage;
    case Probability: return effectiveProbability(r);
    case Amount: return r.amountMinor ? QVariant(*r.amountMinor) : QVariant();
    case ExpectedClose: return r.expectedClose;
    case Expires: return r.expiresOn;
    case Submitted: return r.submittedAt;
    case Cam: return r.cam;
    default: return {};
    }
}

QVariant DealTableModel::toolTip(const DealRow& r, int column) const
{
    const QLocale locale;
    switch (column) {
    case Submitted:
        if (!r.submittedAt.isValid())
            return {};
        if (isPending(r)) {
            const QString approver = r.approver.isEmpty() ? r.cam : r.approver;
            const QString since = locale.toString(r.submittedAt.toLocalTime(), QLocale::ShortFormat);
            return pastSla(r) ? tr("Submitted %1, waiting for %2: past the %n-hour decision target", nullptr, m_slaHours)
                                    .arg(since, approver)
                              : tr("Submitted %1, waiting for %2").arg(since, approver);
        }
        return locale.toString(r.submittedAt.toLocalTime(), QLocale::ShortFormat);
    case Probability:
        return r.probability ? tr("Set for this deal (the stage default is %1%2)")
                                   .arg(locale.toString(stageProbability(r.salesStage)), locale.percent())
                             : tr("The stage's default probability");
    case Expires:
        if (r.extensionRequestedTo.isValid())
            return tr("Extension to %1 requested").arg(locale.toString(r.extensionRequestedTo, QLocale::ShortFormat));
        return display(r, column);
    default: return display(r, column); // the full text of a cell the column cuts short
    }
}

std::optional<DealSort> DealTableModel::sortForColumn(int column)
{
    switch (column) {
    case Number: return DealSort::Number;
    case Partner: return DealSort::Partner;
    case Customer: return DealSort::Customer;
    case Status: return DealSort::Status;
    case Stage: return DealSort::Stage;
    case Amount: return DealSort::Amount;
    case ExpectedClose: return DealSort::ExpectedClose;
    case Expires: return DealSort::Expires;
    case Submitted: return DealSort::Submitted;
    case Cam: return DealSort::Cam;
    default: return std::nullopt; // Kind and Probability have no sort index
    }
}

int DealTableModel::columnForSort(DealSort sort)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (sortForColumn(column) == sort)
            return column;
    }
    return -1; // DealSort::Updated: no column shows it
}

void DealTableModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<DealSort> sort = sortForColumn(column);
    if (!sort)
        return;
    DealListQuery query = m_query;
    query.sort = *sort;
    query.descending = order == Qt::DescendingOrder;
    setQuery(query);
}

void DealTableModel::setQuery(const DealListQuery& query)
{
    if (query == m_query && m_phase == Phase::Idle && m_order)
        return;
    m_query = query;
    start(Phase::Resetting);
}

void DealTableModel::setFilter(const DealFilter& filter)
{
    DealListQuery query = m_query;
    query.filter = filter;
    setQuery(query);
}

void DealTableModel::setSlaHours(int hours)
{
    if (hours == m_slaHours)
        return;
    m_slaHours = hours;
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, Submitted), index(m_rowCount - 1, Submitted),
                           { Qt::DisplayRole, Qt::ForegroundRole, Qt::FontRole, Qt::ToolTipRole });
}

void DealTableModel::setExpiringWindowDays(int days)
{
    if (days == m_expiringWindowDays)
        return;
    m_expiringWindowDays = days;
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, Expires), index(m_rowCount - 1, Expires), { Qt::ForegroundRole });
}

void DealTableModel::refresh(const QList<QByteArray>& changedIds)
{
    if (changedIds.isEmpty()) {
        m_rows.clear(); // something changed somewhere (sync, expiry job): every cached row may be stale
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

void DealTableModel::start(Phase phase)
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
                              Q_ARG(ChannelDesk::DealListQuery, m_query));
}

void DealTableModel::requestPage(int page) const
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

void DealTableModel::storeRows(const QList<DealRow>& rows)
{
    for (const DealRow& row : rows)
        m_rows.insert(row.localId, row);
}

void DealTableModel::trimCache()
{
    if (m_rows.size() <= MaxCachedRows || !m_order)
        return;
    // Keep what the user is looking at (the recently requested pages); drop the rest.
    QHash<qint64, DealRow> kept;
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

void DealTableModel::onFirstPage(int generation, const QList<DealRow>& rows)
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
        for (const DealRow& row : rows)
            m_firstPageOrder.append(row.localId);
        m_rowCount = static_cast<int>(rows.size());
        endInsertRows();
    }
    Q_EMIT firstPageReady();
}

void DealTableModel::onOrder(int generation, const RowOrder& order)
{
    if (generation != m_generation)
        return;
    const int newCount = static_cast<int>(order->size());
    if (m_phase == Phase::Resetting) {
        // The rows shown so far keep their first-page content while the count changes (views and persistent
        // indexes see a plain insert or removal at the end); then they take the full order's content. They differ
        // when the first page was an approximation (sort by partner) or a write happened in between.
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

void DealTableModel::onRows(int generation, int page, const QList<DealRow>& rows)
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

void DealTableModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace ChannelDesk
