#include "PrerequisitePicker.h"

#include "common/TextFold.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

namespace ChannelDesk {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int CodeRole = Qt::UserRole + 2;
}

PrerequisitePicker::PrerequisitePicker(QWidget* parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_summary(new QLabel(this))
{
    m_filter->setObjectName(QStringLiteral("prerequisiteFilter"));
    m_filter->setPlaceholderText(tr("Filter courses"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("prerequisiteList"));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 6);
    m_list->setToolTip(tr("Check the courses a person must have completed first (Space toggles the current one)"));
    m_summary->setObjectName(QStringLiteral("prerequisiteSummary"));
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    setFocusProxy(m_list);

    connect(m_filter, &QLineEdit::textChanged, this, &PrerequisitePicker::applyFilter);
    // Down in the filter box moves into the list, as in a search field.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_list->setFocus();
        for (int row = 0; row < m_list->count(); ++row) {
            if (!m_list->item(row)->isHidden()) {
                m_list->setCurrentRow(row);
                break;
            }
        }
    });
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (m_rebuilding)
            return;
        updateSummary();
        Q_EMIT changed();
    });
    updateSummary();
}

void PrerequisitePicker::setCourses(const QList<Course>& courses, const QByteArray& editedCourseId)
{
    const QList<QByteArray> checked = selected();
    m_courses = courses;
    std::sort(m_courses.begin(), m_courses.end(), [](const Course& a, const Course& b) {
        return QString::localeAwareCompare(a.code, b.code) < 0;
    });
    m_index.clear();
    for (int i = 0; i < m_courses.size(); ++i)
        m_index.insert(m_courses[i].id, i);
    m_edited = editedCourseId;
    rebuild(checked);
}

void PrerequisitePicker::setSelected(const QList<QByteArray>& ids)
{
    rebuild(ids);
    Q_EMIT changed();
}

void PrerequisitePicker::rebuild(const QList<QByteArray>& checked)
{
    m_rebuilding = true;
    m_list->clear();
    const QSet<QByteArray> on(checked.cbegin(), checked.cend());
    for (const Course& course : std::as_const(m_courses)) {
        if (!m_edited.isEmpty() && course.id == m_edited)
            continue; // a course is never its own prerequisite
        auto* item = new QListWidgetItem(m_list);
        QString text = course.name.isEmpty() ? course.code : tr("%1 — %2").arg(course.code, course.name);
        if (!course.active)
            text = tr("%1 (inactive)").arg(text);
        item->setText(text);
        item->setData(IdRole, course.id);
        item->setData(CodeRole, course.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(on.contains(course.id) ? Qt::Checked : Qt::Unchecked);
        if (!course.active)
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        if (const QStringList path = pathToEdited(course.id); !path.isEmpty())
            item->setToolTip(tr("%1 already requires this course (%2): choosing it would make a cycle.")
                                 .arg(course.code, path.join(QStringLiteral(" → "))));
        else if (!course.track.isEmpty())
            item->setToolTip(tr("Track: %1").arg(course.track));
    }
    // Ids no longer in the catalogue: shown so the user can see and remove them.
    for (const QByteArray& id : checked) {
        if (m_index.contains(id))
            continue;
        auto* item = new QListWidgetItem(tr("Removed course"), m_list);
        item->setData(IdRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setToolTip(tr("This course was deleted from the catalogue; uncheck it"));
    }
    m_rebuilding = false;
    applyFilter();
    updateSummary();
}

QList<QByteArray> PrerequisitePicker::selected() const
{
    QList<QByteArray> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(IdRole).toByteArray());
    }
    return ids;
}

bool PrerequisitePicker::setChecked(const QString& code, bool checked)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        if (item->data(CodeRole).toString().compare(code, Qt::CaseInsensitive) == 0) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

QStringList PrerequisitePicker::pathToEdited(const QByteArray& from) const
{
    if (m_edited.isEmpty() || from == m_edited)
        return {};
    // Breadth-first through prerequisites, remembering where each course was reached from.
    QHash<QByteArray, QByteArray> cameFrom;
    QList<QByteArray> queue { from };
    cameFrom.insert(from, {});
    for (qsizetype head = 0; head < queue.size(); ++head) {
        const QByteArray id = queue[head];
        const auto found = m_index.constFind(id);
        if (found == m_index.cend())
            continue;
        for (const QByteArray& next : m_courses[*found].prerequisites) {
            if (cameFrom.contains(next))
                continue;
            cameFrom.insert(next, id);
            if (next == m_edited) {
                QStringList path { tr("this course") };
                for (QByteArray step = id; !step.isEmpty(); step = cameFrom.value(step))
                    path.prepend(m_courses[m_index.value(step)].code);
                return path;
            }
            queue.append(next);
        }
    }
    return {};
}

QString PrerequisitePicker::cycleProblem() const
{
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        const QByteArray id = item->data(IdRole).toByteArray();
        if (const QStringList path = pathToEdited(id); !path.isEmpty())
            return tr("%1 already requires this course (%2), so it cannot also be one of its prerequisites.")
                .arg(path.first(), path.join(QStringLiteral(" → ")));
    }
    return {};
}

void PrerequisitePicker::applyFilter()
{
    const QStringList words = TextFold::fold(m_filter->text()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const QString text = TextFold::fold(item->text());
        bool match = true;
        for (const QString& word : words)
            match = match && text.contains(word);
        // A checked course stays visible: the user always sees what is chosen.
        item->setHidden(!match && item->checkState() != Qt::Checked);
    }
}

void PrerequisitePicker::updateSummary()
{
    QStringList codes;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item->checkState() == Qt::Checked) {
            const QString code = item->data(CodeRole).toString();
            codes.append(code.isEmpty() ? item->text() : code);
        }
    }
    if (m_list->count() == 0)
        m_summary->setText(tr("The catalogue has no other course yet."));
    else if (codes.isEmpty())
        m_summary->setText(tr("No prerequisites."));
    else
        m_summary->setText(tr("%n prerequisite(s): %1", nullptr, int(codes.size())).arg(codes.join(QStringLiteral(", "))));
}

} // namespace ChannelDesk
