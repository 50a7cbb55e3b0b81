#include "ProgramTableModel.h"

#include <QFont>
#include <QLocale>
#include <QPalette>

namespace ChannelDesk {

ProgramTableModel::ProgramTableModel(QObject* parent)
    : CatalogRecordModel(parent)
{
}

void ProgramTableModel::setPrograms(const QList<TierProgram>& programs, const QHash<QByteArray, int>& levelCounts)
{
    m_levelCounts = levelCounts;
    merge(m_programs, programs);
}

void ProgramTableModel::setMemberCounts(const QHash<QByteArray, int>& memberCounts)
{
    m_memberCounts = memberCounts;
    m_memberCountsKnown = true;
    if (!m_programs.isEmpty())
        Q_EMIT dataChanged(index(0, MembersColumn), index(int(m_programs.size()) - 1, MembersColumn));
}

const TierProgram* ProgramTableModel::programAt(int row) const
{
    return row >= 0 && row < m_programs.size() ? &m_programs[row] : nullptr;
}

QByteArray ProgramTableModel::idAt(int row) const
{
    const TierProgram* program = programAt(row);
    return program ? program->id : QByteArray();
}

QString ProgramTableModel::searchText(int row) const
{
    const TierProgram* program = programAt(row);
    return program ? QStringList { program->name, program->currency, program->description }.join(QLatin1Char(' '))
                   : QString();
}

bool ProgramTableModel::isActive(int row) const
{
    const TierProgram* program = programAt(row);
    return program && program->active;
}

int ProgramTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_programs.size());
}

int ProgramTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgramTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TierProgram& program = m_programs[index.row()];
    const int column = index.column();
    const int levels = m_levelCounts.value(program.id);
    const int members = m_memberCounts.value(program.id);

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return program.name;
        case CurrencyColumn: return program.currency;
        case AutoUpgradeColumn: return program.autoUpgrade ? tr("Automatic") : tr("CAM approves");
        case StatusColumn: return program.active ? tr("Active") : tr("Inactive");
        case LevelsColumn: return QLocale().toString(levels);
        case MembersColumn: return m_memberCountsKnown ? QLocale().toString(members) : tr("…");
        }
        break;
    case Roles::RawValueRole:
        switch (column) {
        case NameColumn: return program.name;
        case CurrencyColumn: return program.currency;
        case AutoUpgradeColumn: return program.autoUpgrade;
        case StatusColumn: return program.active;
        case LevelsColumn: return levels;
        case MembersColumn: return members;
        }
        break;
    case Roles::IdRole:
        return program.id;
    case Qt::ToolTipRole:
        switch (column) {
        case AutoUpgradeColumn:
            return program.autoUpgrade
                ? tr("Upgrades apply as soon as a partner qualifies; demotions always wait for a CAM's review")
                : tr("Upgrades are proposed and wait for a CAM's approval; demotions always wait for a review");
        case CurrencyColumn: return tr("Revenue criteria of this program's levels are in %1").arg(program.currency);
        case MembersColumn:
            return m_memberCountsKnown ? tr("Partners enrolled in the program") : tr("Counting the members…");
        default: return program.description.isEmpty() ? QVariant() : QVariant(program.description);
        }
    case Qt::TextAlignmentRole:
        if (column == LevelsColumn || column == MembersColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!program.active)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (!program.active) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ProgramTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Program");
    case CurrencyColumn: return tr("Currency");
    case AutoUpgradeColumn: return tr("Upgrades");
    case StatusColumn: return tr("Status");
    case LevelsColumn: return tr("Levels");
    case MembersColumn: return tr("Members");
    }
    return {};
}

} // namespace ChannelDesk
