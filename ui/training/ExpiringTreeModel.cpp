#include "ExpiringTreeModel.h"

#include "common/Roles.h"
#include "storage/Database.h"
#include "training/CertificationListModel.h"
#include "training/TrainingReadWorker.h"

#include <QBrush>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QTimer>

namespace ChannelDesk {

namespace {

// A person row's internal id is its partner's row + 1; partner rows have 0.
constexpr quintptr TopLevelId = 0;

} // namespace

ExpiringTreeModel::ExpiringTreeModel(Database& db, QObject* parent)
    : QAbstractItemModel(parent)
    , m_db(db)
    , m_worker(new TrainingReadWorker(db.path(), QStringLiteral("certifications-expiring"), this))
{
    connect(m_worker, &TrainingReadWorker::failed, this, [this](const QString& message) {
        setLoading(false);
        Q_EMIT loadFailed(message);
    });
}

ExpiringTreeModel::~ExpiringTreeModel() = default;

QModelIndex ExpiringTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_partners.size() ? createIndex(row, column, TopLevelId) : QModelIndex();
    if (parent.column() > 0 || parent.internalId() != TopLevelId || parent.row() >= m_partners.size())
        return {};
    const Node& node = m_partners.at(parent.row());
    return row < node.people.size() ? createIndex(row, column, quintptr(parent.row()) + 1) : QModelIndex();
}

QModelIndex ExpiringTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == TopLevelId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TopLevelId);
}

int ExpiringTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_partners.size());
    if (parent.column() > 0 || parent.internalId() != TopLevelId || parent.row() >= m_partners.size())
        return 0;
    return static_cast<int>(m_partners.at(parent.row()).people.size());
}

int ExpiringTreeModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

bool ExpiringTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return !m_partners.isEmpty();
    if (parent.column() > 0 || parent.internalId() != TopLevelId || parent.row() >= m_partners.size())
        return false;
    const Node& node = m_partners.at(parent.row());
    return node.fetched ? !node.people.isEmpty() : node.partner.count > 0;
}

bool ExpiringTreeModel::canFetchMore(const QModelIndex& parent) const
{
    if (!parent.isValid() || parent.column() > 0 || parent.internalId() != TopLevelId || parent.row() >= m_partners.size())
        return false;
    return !m_partners.at(parent.row()).fetched;
}

void ExpiringTreeModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    Node& node = m_partners[parent.row()];
    // One partner's rows through certification_valid: a few, read here when the user opens it.
    const Result<QList<ExpiringCertification>> people = CertificationQuery::expiringOf(m_db, m_filter,
                                                                                        node.partner.partnerId);
    node.fetched = true;
    if (!people) {
        Q_EMIT loadFailed(people.error().message);
        return;
    }
    if (people->isEmpty())
        return;
    beginInsertRows(parent, 0, static_cast<int>(people->size()) - 1);
    node.people = people.value();
    endInsertRows();
}

QVariant ExpiringTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Partner / person");
    case Definition: return tr("Certification");
    case Expires: return tr("Expires");
    case State: return tr("Status");
    case Reminder: return tr("Reminder");
    default: return {};
    }
}

QVariant ExpiringTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == TopLevelId)
        return partnerData(m_partners.at(index.row()), index.column(), role);
    const Node& node = m_partners.at(int(index.internalId() - 1));
    return personData(node.people.at(index.row()), index.column(), role);
}

QVariant ExpiringTreeModel::partnerData(const Node& node, int column, int role) const
{
    const ExpiringPartner& p = node.partner;
    if (role == Roles::IdRole)
        return p.partnerId;
    if (role == Qt::FontRole && column == Name) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Roles::RawValueRole) {
        switch (column) {
        case Name: return p.name;
        case Definition: return p.count;
        case Expires: return p.firstExpiry;
        case State: return p.expired;
        case Reminder: return p.remindersDue;
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && column == Reminder && p.remindersDue > 0)
        return QBrush(CertificationListModel::stateColor(CertificationState::Expiring));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Name: return p.name;
    case Definition: return tr("%n certification(s)", nullptr, p.count);
    case Expires: return tr("from %1").arg(QLocale().toString(p.firstExpiry, QLocale::ShortFormat));
    case State: return p.expired > 0 ? tr("%n expired", nullptr, p.expired) : QString();
    case Reminder: return p.remindersDue > 0 ? tr("%n reminder(s) due", nullptr, p.remindersDue) : QString();
    default: return {};
    }
}

QVariant ExpiringTreeModel::personData(const ExpiringCertification& cert, int column, int role) const
{
    const CertificationRow& row = cert.row;
    if (role == Roles::IdRole)
        return row.id;
    if (role == Roles::RawValueRole) {
        switch (column) {
        case Name: return row.personName();
        case Definition: return row.definitionName;
        case Expires: return row.expiresOn;
        case State: return certificationStateCode(cert.state);
        case Reminder: return int(cert.reminder);
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (column == State || column == Expires) {
            const QColor color = CertificationListModel::stateColor(cert.state);
            return color.isValid() ? QVariant(QBrush(color)) : QVariant();
        }
        if (column == Reminder && cert.reminder == ReminderState::Due)
            return QBrush(CertificationListModel::stateColor(CertificationState::Expiring));
        return {};
    }
    if (role == Qt::FontRole && column == Reminder && cert.reminder == ReminderState::Due) {
        QFont font;
        font.setBold(true);
        return font;
    }
    const QLocale locale;
    if (role == Qt::ToolTipRole) {
        if (column == Name && !row.email.isEmpty())
            return tr("%1 <%2>").arg(row.personName(), row.email);
        if (column == Reminder && cert.reminder == ReminderState::NotYetDue)
            return tr("The reminder is due on %1").arg(locale.toString(cert.reminderDay, QLocale::LongFormat));
    } else if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case Name: return row.personName();
    case Definition: return row.definitionName;
    case Expires: return locale.toString(row.expiresOn, QLocale::ShortFormat);
    case State: return certificationStateLabel(cert.state);
    case Reminder: return CertificationQuery::reminderStateLabel(cert.reminder, row.remindedOn);
    default: return {};
    }
}

void ExpiringTreeModel::setFilter(const ExpiringFilter& filter)
{
    m_filter = filter;
    start({});
}

void ExpiringTreeModel::reload()
{
    start(loadedPartners());
}

namespace {

bool samePartner(const ExpiringPartner& a, const ExpiringPartner& b)
{
    return a.partnerId == b.partnerId && a.name == b.name && a.count == b.count && a.remindersDue == b.remindersDue
        && a.expired == b.expired && a.firstExpiry == b.firstExpiry;
}

} // namespace

QList<ExpiringTreeModel::Node> ExpiringTreeModel::nodesFor(Database& db, const ExpiringFilter& filter,
                                                           const QList<ExpiringPartner>& partners,
                                                           const QList<QByteArray>& keep, qsizetype from)
{
    QList<Node> nodes;
    nodes.reserve(partners.size() - from);
    for (qsizetype i = from; i < partners.size(); ++i) {
        Node node;
        node.partner = partners.at(i);
        if (keep.contains(node.partner.partnerId)) {
            const Result<QList<ExpiringCertification>> people = CertificationQuery::expiringOf(db, filter,
                                                                                                node.partner.partnerId);
            if (people) {
                node.people = people.value();
                node.fetched = true;
            }
        }
        nodes.append(node);
    }
    return nodes;
}

void ExpiringTreeModel::start(const QList<QByteArray>& keep)
{
    setLoading(true);
    const quint64 load = ++m_load;
    // First the page the view shows: a walk of the partners by name that stops after it (CertificationQuery),
    // painted at once; the whole list follows on the worker (loadRest).
    m_worker->run([this, filter = m_filter, keep, load](Database& db) -> std::function<void()> {
        const Result<QList<ExpiringPartner>> partners = CertificationQuery::expiringPartners(
            db, filter, CertificationQuery::ExpiringFirstPageSize);
        if (!partners) {
            return [this, message = partners.error().message] {
                setLoading(false);
                Q_EMIT loadFailed(message);
            };
        }
        const bool complete = partners->size() < CertificationQuery::ExpiringFirstPageSize;
        QList<Node> nodes = nodesFor(db, filter, partners.value(), keep, 0);
        return [this, nodes = std::move(nodes), complete, keep, load] {
            beginResetModel();
            m_partners = nodes;
            endResetModel();
            if (complete) {
                setLoading(false);
                Q_EMIT loaded();
                return;
            }
            // After the view has painted the page (a zero timer runs after the pending paint).
            QTimer::singleShot(0, this, [this, keep, load] {
                if (load == m_load)
                    loadRest(keep, load);
            });
        };
    });
}

void ExpiringTreeModel::loadRest(const QList<QByteArray>& keep, quint64 load)
{
    QList<ExpiringPartner> shown;
    shown.reserve(m_partners.size());
    QList<QByteArray> open = keep; // read again only if the whole list replaces the page (the data changed)
    for (const Node& node : std::as_const(m_partners)) {
        shown.append(node.partner);
        if (node.fetched && !open.contains(node.partner.partnerId))
            open.append(node.partner.partnerId); // expanded meanwhile
    }
    m_worker->run([this, filter = m_filter, shown, open, load](Database& db) -> std::function<void()> {
        const Result<QList<ExpiringPartner>> partners = CertificationQuery::expiringPartners(db, filter);
        if (!partners) {
            return [this, message = partners.error().message] {
                setLoading(false);
                Q_EMIT loadFailed(message);
            };
        }
        // The first page is the head of the whole list unless the data changed in between.
        bool head = partners->size() >= shown.size();
        for (qsizetype i = 0; head && i < shown.size(); ++i)
            head = samePartner(partners->at(i), shown.at(i));
        QList<Node> nodes = nodesFor(db, filter, partners.value(), open, head ? shown.size() : 0);
        return [this, nodes = std::move(nodes), head, load] {
            if (load != m_load)
                return;
            if (head) {
                if (!nodes.isEmpty()) {
                    const int first = static_cast<int>(m_partners.size());
                    beginInsertRows({}, first, first + static_cast<int>(nodes.size()) - 1);
                    m_partners.append(nodes);
                    endInsertRows();
                }
            } else {
                beginResetModel();
                m_partners = nodes;
                endResetModel();
            }
            setLoading(false);
            Q_EMIT loaded();
        };
    });
}

void ExpiringTreeModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

bool ExpiringTreeModel::isPartner(const QModelIndex& index) const
{
    return index.isValid() && index.internalId() == TopLevelId;
}

QByteArray ExpiringTreeModel::partnerIdAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return {};
    const int row = index.internalId() == TopLevelId ? index.row() : int(index.internalId() - 1);
    return row < m_partners.size() ? m_partners.at(row).partner.partnerId : QByteArray();
}

const ExpiringCertification* ExpiringTreeModel::certificationAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == TopLevelId)
        return nullptr;
    const Node& node = m_partners.at(int(index.internalId() - 1));
    return index.row() < node.people.size() ? &node.people.at(index.row()) : nullptr;
}

QModelIndex ExpiringTreeModel::partnerIndex(const QByteArray& partnerId) const
{
    for (int row = 0; row < m_partners.size(); ++row) {
        if (m_partners.at(row).partner.partnerId == partnerId)
            return index(row, 0);
    }
    return {};
}

QList<QByteArray> ExpiringTreeModel::loadedPartners() const
{
    QList<QByteArray> ids;
    for (const Node& node : m_partners) {
        if (node.fetched)
            ids.append(node.partner.partnerId);
    }
    return ids;
}

qint64 ExpiringTreeModel::certificationCount() const
{
    qint64 total = 0;
    for (const Node& node : m_partners)
        total += node.partner.count;
    return total;
}

} // namespace ChannelDesk
