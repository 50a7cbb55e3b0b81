#pragma once

#include "common/Roles.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>

namespace ChannelDesk {

/// Base of the small in-memory tables of the training catalogue and program screens (courses, certification
/// definitions, programs, levels: tens of rows, read whole). A new reading is merged, never reset: rows that went
/// away are removed, kept rows are updated in place and new ones appended, so the view keeps its selection, current
/// row and scroll position. Sorting and the search live in CatalogFilterProxy, which asks searchText() and isActive().
class CatalogRecordModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogRecordModel)

public:
    using QAbstractTableModel::QAbstractTableModel;

    /// The record id of `row` (empty when out of range).
    virtual QByteArray idAt(int row) const = 0;
    /// The row of `id`, or -1.
    int rowOf(const QByteArray& id) const;
    /// The text the search box matches (code, name, track, description…), unfolded.
    virtual QString searchText(int row) const = 0;
    /// Inactive records are greyed, and hidden when "Show inactive" is off.
    virtual bool isActive(int row) const = 0;

protected:
    /// Replaces `rows` by `fresh` (each with an `id`) with the minimal row signals.
    template<class T>
    void merge(QList<T>& rows, const QList<T>& fresh);
};

template<class T>
void CatalogRecordModel::merge(QList<T>& rows, const QList<T>& fresh)
{
    QHash<QByteArray, qsizetype> position;
    position.reserve(fresh.size());
    for (qsizetype i = 0; i < fresh.size(); ++i)
        position.insert(fresh[i].id, i);

    // Rows that are gone, in contiguous runs from the end so earlier row numbers stay valid.
    for (qsizetype last = rows.size() - 1; last >= 0;) {
        if (position.contains(rows[last].id)) {
            --last;
            continue;
        }
        qsizetype first = last;
        while (first > 0 && !position.contains(rows[first - 1].id))
            --first;
        beginRemoveRows({}, int(first), int(last));
        rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }

    QSet<QByteArray> kept;
    kept.reserve(rows.size());
    for (T& row : rows) {
        row = fresh[position.value(row.id)];
        kept.insert(row.id);
    }
    if (!rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(rows.size()) - 1, columnCount() - 1));

    QList<T> added;
    for (const T& record : fresh) {
        if (!kept.contains(record.id))
            added.append(record);
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(rows.size()), int(rows.size() + added.size()) - 1);
        rows.append(added);
        endInsertRows();
    }
}

} // namespace ChannelDesk
