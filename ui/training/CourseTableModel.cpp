#include "CourseTableModel.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace ChannelDesk {

CourseTableModel::CourseTableModel(QObject* parent)
    : CatalogRecordModel(parent)
{
}

void CourseTableModel::setCatalog(const QList<Course>& courses, const QList<CertDefinition>& definitions)
{
    m_codes.clear();
    for (const Course& course : courses)
        m_codes.insert(course.id, course.code);
    m_requiredBy.clear();
    for (const Course& course : courses) {
        for (const QByteArray& prerequisite : course.prerequisites)
            m_requiredBy[prerequisite].append(course.code);
    }
    for (const CertDefinition& definition : definitions) {
        for (const QByteArray& prerequisite : definition.prerequisites)
            m_requiredBy[prerequisite].append(definition.code);
    }
    for (QStringList& codes : m_requiredBy)
        codes.sort(Qt::CaseInsensitive);
    merge(m_courses, courses);
}

const Course* CourseTableModel::courseAt(int row) const
{
    return row >= 0 && row < m_courses.size() ? &m_courses[row] : nullptr;
}

QString CourseTableModel::codeOf(const QByteArray& id) const
{
    return m_codes.value(id);
}

QByteArray CourseTableModel::idAt(int row) const
{
    const Course* course = courseAt(row);
    return course ? course->id : QByteArray();
}

QString CourseTableModel::searchText(int row) const
{
    const Course* course = courseAt(row);
    if (!course)
        return {};
    return QStringList { course->code, course->name, course->track, course->description, prerequisiteCodes(*course) }
        .join(QLatin1Char(' '));
}

bool CourseTableModel::isActive(int row) const
{
    const Course* course = courseAt(row);
    return course && course->active;
}

int CourseTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_courses.size());
}

int CourseTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CourseTableModel::prerequisiteCodes(const Course& course) const
{
    QStringList codes;
    for (const QByteArray& id : course.prerequisites) {
        const QString code = m_codes.value(id);
        codes.append(code.isEmpty() ? tr("(removed course)") : code);
    }
    codes.sort(Qt::CaseInsensitive);
    return codes.join(QStringLiteral(", "));
}

QVariant CourseTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Course& course = m_courses[index.row()];
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CodeColumn: return course.code;
        case NameColumn: return course.name;
        case TrackColumn: return course.track;
        case DurationColumn:
            return course.durationHours > 0 ? tr("%n hour(s)", nullptr, course.durationHours) : QString();
        case PrerequisitesColumn: return prerequisiteCodes(course);
        case RequiredByColumn: {
            const qsizetype count = m_requiredBy.value(course.id).size();
            return count > 0 ? QLocale().toString(count) : QString();
        }
        case StatusColumn: return course.active ? tr("Offered") : tr("Inactive");
        }
        break;
    case Roles::RawValueRole:
        switch (column) {
        case CodeColumn: return course.code;
        case NameColumn: return course.name;
        case TrackColumn: return course.track;
        case DurationColumn: return course.durationHours;
        case PrerequisitesColumn: return prerequisiteCodes(course);
        case RequiredByColumn: return int(m_requiredBy.value(course.id).size());
        case StatusColumn: return course.active;
        }
        break;
    case Roles::IdRole:
        return course.id;
    case Qt::ToolTipRole:
        switch (column) {
        case PrerequisitesColumn:
            return course.prerequisites.isEmpty()
                ? tr("No prerequisites")
                : tr("To be completed before this course: %1").arg(prerequisiteCodes(course));
        case RequiredByColumn: {
            const QStringList codes = m_requiredBy.value(course.id);
            return codes.isEmpty() ? tr("No course or certification requires this course")
                                   : tr("Required by %1").arg(codes.join(QStringLiteral(", ")));
        }
        case StatusColumn:
            return course.active ? tr("Offered to partners") : tr("Kept for history; no longer offered");
        default:
            return course.description.isEmpty() ? QVariant() : QVariant(course.description);
        }
    case Qt::TextAlignmentRole:
        if (column == DurationColumn || column == RequiredByColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!course.active)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (!course.active) {
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

QVariant CourseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case CodeColumn: return tr("Code");
        case NameColumn: return tr("Name");
        case TrackColumn: return tr("Track");
        case DurationColumn: return tr("Duration");
        case PrerequisitesColumn: return tr("Prerequisites");
        case RequiredByColumn: return tr("Required by");
        case StatusColumn: return tr("Status");
        }
    }
    if (role == Qt::ToolTipRole && section == RequiredByColumn)
        return tr("How many courses and certification definitions list this course as a prerequisite");
    return {};
}

} // namespace ChannelDesk
