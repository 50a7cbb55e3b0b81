#pragma once

#include "CatalogRecordModel.h"
#include "domain/Training.h"

namespace ChannelDesk {

/// The certification definitions of the catalogue (CERT-01/02): code, name, track, validity, reminder, the
/// recertification window, prerequisite courses (by code) and whether it is offered. Inactive ones are greyed.
class DefinitionTableModel final : public CatalogRecordModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DefinitionTableModel)

public:
    enum Column {
        CodeColumn,
        NameColumn,
        TrackColumn,
        ValidityColumn,
        ReminderColumn,
        WindowColumn,
        PrerequisitesColumn,
        StatusColumn,
        ColumnCount
    };

    explicit DefinitionTableModel(QObject* parent = nullptr);

    /// Merges a new reading; `courses` name the prerequisites.
    void setCatalog(const QList<CertDefinition>& definitions, const QList<Course>& courses);

    const QList<CertDefinition>& definitions() const { return m_definitions; }
    const CertDefinition* definitionAt(int row) const;

    QByteArray idAt(int row) const override;
    QString searchText(int row) const override;
    bool isActive(int row) const override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "24 months" / "Never expires", as the table and the dialogs say it.
    static QString validityText(int months);

private:
    QString prerequisiteCodes(const CertDefinition& definition) const;

    QList<CertDefinition> m_definitions;
    QHash<QByteArray, QString> m_courseCodes;
};

} // namespace ChannelDesk
