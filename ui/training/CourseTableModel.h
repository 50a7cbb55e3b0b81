#pragma once

#include "CatalogRecordModel.h"
#include "domain/Training.h"

namespace ChannelDesk {

/// The courses of the training catalogue (CERT-01): code, name, track, duration, prerequisites (by code), how many
/// courses and certification definitions require it, and whether it is offered. Inactive courses are greyed.
class CourseTableModel final : public CatalogRecordModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourseTableModel)

public:
    enum Column {
        CodeColumn,
        NameColumn,
        TrackColumn,
        DurationColumn,
        PrerequisitesColumn,
        RequiredByColumn,
        StatusColumn,
        ColumnCount
    };

    explicit CourseTableModel(QObject* parent = nullptr);

    /// Merges a new reading. `definitions` only count toward "Required by".
    void setCatalog(const QList<Course>& courses, const QList<CertDefinition>& definitions);

    const QList<Course>& courses() const { return m_courses; }
    const Course* courseAt(int row) const;
    /// The codes of the courses and definitions that list course `id` as a prerequisite.
    QStringList requiredBy(const QByteArray& id) const { return m_requiredBy.value(id); }
    /// "NET-101" for a known course id, else an empty string.
    QString codeOf(const QByteArray& id) const;

    QByteArray idAt(int row) const override;
    QString searchText(int row) const override;
    bool isActive(int row) const override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString prerequisiteCodes(const Course& course) const;

    QList<Course> m_courses;
    QHash<QByteArray, QString> m_codes;          ///< every course's code by id
    QHash<QByteArray, QStringList> m_requiredBy; ///< course id → codes of the records requiring it
};

} // namespace ChannelDesk
