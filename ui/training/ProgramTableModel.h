#pragma once

#include "CatalogRecordModel.h"
#include "domain/Training.h"

namespace ChannelDesk {

/// The partner programs (TIER-01): name, currency, whether upgrades apply without approval, active, how many levels
/// and members each has. Member counts arrive separately (counted on a worker); until the first count the column
/// says so.
class ProgramTableModel final : public CatalogRecordModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgramTableModel)

public:
    enum Column { NameColumn, CurrencyColumn, AutoUpgradeColumn, StatusColumn, LevelsColumn, MembersColumn, ColumnCount };

    explicit ProgramTableModel(QObject* parent = nullptr);

    /// Merges a new reading; level counts are by program id (missing = 0).
    void setPrograms(const QList<TierProgram>& programs, const QHash<QByteArray, int>& levelCounts);
    /// Live members by program id (missing = 0).
    void setMemberCounts(const QHash<QByteArray, int>& memberCounts);
    bool memberCountsKnown() const { return m_memberCountsKnown; }

    const QList<TierProgram>& programs() const { return m_programs; }
    const TierProgram* programAt(int row) const;
    int levelCount(const QByteArray& programId) const { return m_levelCounts.value(programId); }
    int memberCount(const QByteArray& programId) const { return m_memberCounts.value(programId); }

    QByteArray idAt(int row) const override;
    QString searchText(int row) const override;
    bool isActive(int row) const override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TierProgram> m_programs;
    QHash<QByteArray, int> m_levelCounts;
    QHash<QByteArray, int> m_memberCounts;
    bool m_memberCountsKnown = false;
};

} // namespace ChannelDesk
