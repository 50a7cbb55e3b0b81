#include "TierHistoryModel.h"

#include "common/Roles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace ChannelDesk {

TierHistoryModel::TierHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int TierHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TierHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TierHistoryModel::actorLabel(const QString& actor)
{
    return actor == QLatin1String("system") ? tr("ChannelDesk (automatic)") : actor;
}

QVariant TierHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TierHistoryRow& row = m_rows.at(index.row());
    if (role == Roles::IdRole)
        return row.id;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When: return QLocale().toString(row.at.toLocalTime(), QLocale::ShortFormat);
        case Who: return actorLabel(row.actor);
        case Program: return row.programName;
        case Action: return tierEventActionLabel(row.action);
        case From: return row.fromLevelName;
        case To: return row.toLevelName;
        case Why: return row.reason;
        }
        break;
    case Roles::RawValueRole:
        switch (index.column()) {
        case When: return row.at;
        case Who: return row.actor;
        case Program: return row.programName;
        case Action: return row.action;
        case From: return row.fromLevelId;
        case To: return row.toLevelId;
        case Why: return row.reason;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Why && !row.reason.isEmpty())
            return row.reason;
        if (index.column() == Action && !row.detail.isEmpty()) {
            // The metrics and criteria the decision was judged against, as "key: value" lines.
            const QJsonDocument detail = QJsonDocument::fromJson(row.detail.toUtf8());
            if (!detail.isObject())
                return row.detail;
            QStringList lines;
            const QJsonObject object = detail.object();
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QJsonValue value = it.value();
                const QString text = value.isObject()
                    ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
                    : value.isArray() ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
                                      : value.toVariant().toString();
                lines.append(QStringLiteral("%1: %2").arg(it.key(), text));
            }
            return lines.join(QLatin1Char('\n'));
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant TierHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When: return tr("When");
    case Who: return tr("Who");
    case Program: return tr("Program");
    case Action: return tr("What");
    case From: return tr("From");
    case To: return tr("To");
    case Why: return tr("Why");
    }
    return {};
}

void TierHistoryModel::setRows(const QList<TierHistoryRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

} // namespace ChannelDesk
