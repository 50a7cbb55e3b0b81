#pragma once

#include "CatalogRecordModel.h"
#include "domain/Training.h"

namespace ChannelDesk {

/// The levels of one program (TIER-01/02), one row each with its criteria in columns: trailing-12-month revenue
/// (program currency), certified people, certified people per track, approved registrations, closed-won deals,
/// points and the lead weight (TIER-06). A criterion that is not set shows a dash: it is not required.
class LevelTableModel final : public CatalogRecordModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LevelTableModel)

public:
    enum Column {
        RankColumn,
        NameColumn,
        TierColumn,
        RevenueColumn,
        CertifiedColumn,
        TracksColumn,
        RegistrationsColumn,
        ClosedWonColumn,
        PointsColumn,
        LeadWeightColumn,
        BenefitsColumn,
        ColumnCount
    };

    explicit LevelTableModel(QObject* parent = nullptr);

    /// Merges the levels of the program shown (another program: rows are replaced); `currency` formats revenue.
    void setLevels(const QByteArray& programId, const QList<TierLevel>& levels, const QString& currency);
    QByteArray programId() const { return m_programId; }

    const QList<TierLevel>& levels() const { return m_levels; }
    const TierLevel* levelAt(int row) const;

    /// "Networking ≥ 2, Security ≥ 1"
    static QString trackText(const QList<TrackRequirement>& requirements);

    QByteArray idAt(int row) const override;
    QString searchText(int row) const override;
    bool isActive(int row) const override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TierLevel> m_levels;
    QByteArray m_programId;
    QString m_currency;
};

} // namespace ChannelDesk
