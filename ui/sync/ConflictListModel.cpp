#include "ConflictListModel.h"

#include "common/Timestamp.h"
#include "storage/Database.h"
#include "sync/SyncSchema.h"

#include <QLocale>
#include <QSqlQuery>

namespace ChannelDesk {

ConflictListModel::ConflictListModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

QString ConflictListModel::reload()
{
    const Result<QList<SyncConflict>> open = SyncStore(m_db).openConflicts();
    beginResetModel();
    m_conflicts = open ? open.value() : QList<SyncConflict>();
    m_names.clear();
    for (const SyncConflict& conflict : std::as_const(m_conflicts))
        m_names.append(describe(conflict));
    endResetModel();
    return open ? QString() : open.error().message;
}

QString ConflictListModel::describe(const SyncConflict& conflict) const
{
    // The record's current local name; a record this client no longer has is named from the change itself.
    QSqlQuery query(m_db.connection());
    if (conflict.entity == QLatin1String("partner"))
        query.prepare(QStringLiteral("SELECT name FROM partner WHERE id = ?"));
    else
        query.prepare(QStringLiteral("SELECT trim(first_name || ' ' || last_name) FROM contact WHERE id = ?"));
    query.addBindValue(conflict.rowId);
    QString name;
    if (query.exec() && query.next())
        name = query.value(0).toString();
    if (name.isEmpty())
        name = conflict.mine.value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        name = tr("(unnamed)");
    return conflict.entity == QLatin1String("partner") ? tr("Partner %1").arg(name) : tr("Contact %1").arg(name);
}

int ConflictListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_conflicts.size());
}

int ConflictListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictListModel::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("field"))
        return tr("Changed on both sides");
    if (kind == QLatin1String("update_vs_delete"))
        return tr("Edited here, deleted on the server");
    if (kind == QLatin1String("delete_vs_update"))
        return tr("Deleted here, edited on the server");
    if (kind == QLatin1String("permission"))
        return tr("Not allowed");
    return tr("Refused by the server");
}

QString ConflictListModel::fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels {
        { QStringLiteral("name"), QT_TR_NOOP("Name") },
        { QStringLiteral("legal_name"), QT_TR_NOOP("Legal name") },
        { QStringLiteral("partner_type"), QT_TR_NOOP("Type") },
        { QStringLiteral("tier"), QT_TR_NOOP("Tier") },
        { QStringLiteral("stage"), QT_TR_NOOP("Stage") },
        { QStringLiteral("stage_reason"), QT_TR_NOOP("Stage reason") },
        { QStringLiteral("country"), QT_TR_NOOP("Country") },
        { QStringLiteral("region"), QT_TR_NOOP("Region") },
        { QStringLiteral("city"), QT_TR_NOOP("City") },
        { QStringLiteral("address"), QT_TR_NOOP("Address") },
        { QStringLiteral("website"), QT_TR_NOOP("Website") },
        { QStringLiteral("email_domain"), QT_TR_NOOP("Email domain") },
        { QStringLiteral("phone"), QT_TR_NOOP("Phone") },
        { QStringLiteral("email"), QT_TR_NOOP("Email") },
        { QStringLiteral("owner"), QT_TR_NOOP("Owner") },
        { QStringLiteral("partnership_start"), QT_TR_NOOP("Partner since") },
        { QStringLiteral("partnership_end"), QT_TR_NOOP("Partnership end") },
        { QStringLiteral("next_review"), QT_TR_NOOP("Next review") },
        { QStringLiteral("revenue_minor"), QT_TR_NOOP("Annual revenue") },
        { QStringLiteral("revenue_currency"), QT_TR_NOOP("Revenue currency") },
        { QStringLiteral("external_id"), QT_TR_NOOP("External ID") },
        { QStringLiteral("notes"), QT_TR_NOOP("Notes") },
        { QStringLiteral("first_name"), QT_TR_NOOP("First name") },
        { QStringLiteral("last_name"), QT_TR_NOOP("Last name") },
        { QStringLiteral("job_title"), QT_TR_NOOP("Job title") },
        { QStringLiteral("role"), QT_TR_NOOP("Role") },
        { QStringLiteral("partner_id"), QT_TR_NOOP("Partner") },
        { QStringLiteral("deleted_at"), QT_TR_NOOP("Deleted") },
    };
    const auto it = labels.constFind(field);
    return it == labels.cend() ? field : tr(*it);
}

QVariant ConflictListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SyncConflict& conflict = m_conflicts.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RecordColumn:
            return m_names.value(index.row());
        case KindColumn:
            return kindLabel(conflict.kind);
        case FieldsColumn: {
            QStringList labels;
            for (const QString& field : conflict.fields)
                labels.append(fieldLabel(field));
            return QLocale().createSeparatedList(labels);
        }
        case WhenColumn:
            return QLocale().toString(Timestamp::fromStorage(conflict.createdAt).toLocalTime(), QLocale::ShortFormat);
        }
    }
    if (role == Qt::ToolTipRole && !conflict.reason.isEmpty())
        return conflict.reason;
    return {};
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecordColumn:
        return tr("Record");
    case KindColumn:
        return tr("What happened");
    case FieldsColumn:
        return tr("Fields");
    case WhenColumn:
        return tr("When");
    }
    return {};
}

} // namespace ChannelDesk
