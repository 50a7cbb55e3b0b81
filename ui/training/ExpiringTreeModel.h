#pragma once

#include "training/CertificationQuery.h"

#include <QAbstractItemModel>
#include <QList>

namespace ChannelDesk {

class Database;
class TrainingReadWorker;

/// The "expiring certifications" view (issue 6): partners with certifications expiring within N days (or expired
/// within the last M days), each with its people and their CERT-01 reminder state ("Reminder due", "Reminded on
/// <date>", "Not yet due"). The partners are read on a worker thread: first the page the view shows
/// (CertificationQuery::ExpiringFirstPageSize, by name), painted at once, then the whole list (one GROUP BY), whose
/// rows after that page are appended; isLoading() stays true until it is in. A partner's people are read when it is
/// expanded (fetchMore: one indexed read of that partner's few rows). After a reload, partners that were expanded
/// come back expanded with their people read on the worker too.
class ExpiringTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpiringTreeModel)

public:
    enum Column { Name, Definition, Expires, State, Reminder, ColumnCount };

    ExpiringTreeModel(Database& db, QObject* parent = nullptr);
    ~ExpiringTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ExpiringFilter& filter() const { return m_filter; }
    /// Reads the partners for `filter` on the worker (a reset when they arrive).
    void setFilter(const ExpiringFilter& filter);
    /// Reads again (after a change); partners whose people were shown keep them.
    void reload();
    bool isLoading() const { return m_loading; }

    bool isPartner(const QModelIndex& index) const;
    QByteArray partnerIdAt(const QModelIndex& index) const;
    /// The certification of a person row; nullptr for a partner row.
    const ExpiringCertification* certificationAt(const QModelIndex& index) const;
    /// The partner row of `partnerId`, invalid if not listed.
    QModelIndex partnerIndex(const QByteArray& partnerId) const;
    /// The partners whose people are loaded (to expand them again after a reload).
    QList<QByteArray> loadedPartners() const;
    int partnerCount() const { return static_cast<int>(m_partners.size()); }
    qint64 certificationCount() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// A reload's partners (and the people of those shown before) are in the model.
    void loaded();
    void loadFailed(const QString& message);

private:
    struct Node
    {
        ExpiringPartner partner;
        bool fetched = false;
        QList<ExpiringCertification> people;
    };

    /// The nodes of partners[from…], with the people of those in `keep` read (on the worker).
    static QList<Node> nodesFor(Database& db, const ExpiringFilter& filter, const QList<ExpiringPartner>& partners,
                                const QList<QByteArray>& keep, qsizetype from);
    void start(const QList<QByteArray>& keep);
    /// The whole list after the first page of load `load` was shown.
    void loadRest(const QList<QByteArray>& keep, quint64 load);
    void setLoading(bool loading);
    QVariant partnerData(const Node& node, int column, int role) const;
    QVariant personData(const ExpiringCertification& cert, int column, int role) const;

    Database& m_db;
    TrainingReadWorker* m_worker;
    ExpiringFilter m_filter;
    QList<Node> m_partners;
    bool m_loading = false;
    quint64 m_load = 0; ///< numbers start(): the rest of an older load is never appended
};

} // namespace ChannelDesk
