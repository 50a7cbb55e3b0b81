#include "CourseDialog.h"

#include "PrerequisitePicker.h"
#include "mdf/BudgetFormErrors.h"
#include "storage/Database.h"
#include "training/TrainingCatalog.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ChannelDesk {

CourseDialog::CourseDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_track(new QLineEdit(this))
    , m_duration(new QSpinBox(this))
    , m_active(new QCheckBox(tr("&Offered to partners"), this))
    , m_description(new QPlainTextEdit(this))
    , m_prerequisites(new PrerequisitePicker(this))
    , m_general(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("courseDialog"));
    setWindowTitle(tr("New Course"));

    m_code->setObjectName(QStringLiteral("code"));
    m_code->setPlaceholderText(tr("e.g. NET-101"));
    m_code->setMaxLength(50);
    m_code->setToolTip(tr("A short code, unique among courses; certification imports match courses by it"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Networking Fundamentals"));
    m_track->setObjectName(QStringLiteral("track"));
    m_track->setPlaceholderText(tr("e.g. Networking"));
    m_track->setToolTip(tr("Courses and certifications of one track are counted together by tier criteria"));
    m_duration->setObjectName(QStringLiteral("duration"));
    m_duration->setRange(0, 10000);
    m_duration->setSuffix(tr(" h"));
    m_duration->setSpecialValueText(tr("Not set"));
    m_duration->setAlignment(Qt::AlignRight);
    m_active->setObjectName(QStringLiteral("active"));
    m_active->setChecked(true);
    m_active->setToolTip(tr("An inactive course stays in people's history and in existing prerequisites, but is no "
                            "longer offered"));
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_prerequisites->setObjectName(QStringLiteral("prerequisites"));
    m_general->setObjectName(QStringLiteral("courseError"));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_errors = std::make_unique<BudgetFormErrors>(form, m_general);
    m_errors->addRow(tr("&Code:"), m_code, { QStringLiteral("code") });
    m_errors->addRow(tr("&Name:"), m_name, { QStringLiteral("name") });
    m_errors->addRow(tr("&Track:"), m_track, { QStringLiteral("track") });
    m_errors->addRow(tr("&Duration:"), m_duration, { QStringLiteral("duration_hours") });
    m_errors->addRow(QString(), m_active, { QStringLiteral("active") });
    m_errors->addRow(tr("&Prerequisites:"), m_prerequisites, { QStringLiteral("prerequisites") },
                     m_prerequisites->list());
    m_errors->addRow(tr("D&escription:"), m_description, { QStringLiteral("description") });
    layout->addWidget(m_general);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CourseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CourseDialog::reject);
    connect(m_prerequisites, &PrerequisitePicker::changed, this, &CourseDialog::checkCycle);
    m_code->setFocus();
    resize(520, sizeHint().height());
}

CourseDialog::~CourseDialog() = default;

void CourseDialog::setCatalog(const QList<Course>& courses, const QStringList& tracks)
{
    m_courses = courses;
    m_prerequisites->setCourses(courses, m_course.id);
    auto* completer = new QCompleter(tracks, m_track);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_track->setCompleter(completer);
}

void CourseDialog::setCourse(const Course& course)
{
    m_course = course;
    setWindowTitle(tr("Edit Course %1").arg(course.code));
    m_code->setText(course.code);
    m_name->setText(course.name);
    m_track->setText(course.track);
    m_duration->setValue(course.durationHours);
    m_active->setChecked(course.active);
    m_description->setPlainText(course.description);
    m_prerequisites->setCourses(m_courses, course.id);
    m_prerequisites->setSelected(course.prerequisites);
}

QString CourseDialog::fieldError(const QString& field) const
{
    return m_errors->message(field);
}

QString CourseDialog::errorText() const
{
    return m_errors->allMessages();
}

void CourseDialog::checkCycle()
{
    const QString problem = m_prerequisites->cycleProblem();
    if (!problem.isEmpty()) {
        m_errors->show(QStringLiteral("prerequisites"), problem);
        m_showingCycle = true;
    } else if (m_showingCycle) {
        m_errors->clear();
        m_showingCycle = false;
    }
}

void CourseDialog::accept()
{
    m_errors->clear();
    m_showingCycle = false;
    Course course = m_course;
    course.code = m_code->text().trimmed();
    course.name = m_name->text().trimmed();
    course.track = m_track->text().trimmed();
    course.durationHours = m_duration->value();
    course.active = m_active->isChecked();
    course.description = m_description->toPlainText().trimmed();
    course.prerequisites = m_prerequisites->selected();

    // The catalogue refuses a cycle too; said here first with the chain that closes it.
    if (const QString problem = m_prerequisites->cycleProblem(); !problem.isEmpty()) {
        m_errors->show(QStringLiteral("prerequisites"), problem);
        m_showingCycle = true;
        return;
    }

    TrainingCatalog catalog(m_db);
    if (course.id.isEmpty()) {
        const Result<Course> created = catalog.createCourse(course);
        if (!created) {
            m_errors->show(created.error());
            return;
        }
        m_course = created.value();
    } else {
        const Result<bool> saved = catalog.updateCourse(course);
        if (!saved) {
            m_errors->show(saved.error());
            return;
        }
        m_course = course;
    }
    QDialog::accept();
}

} // namespace ChannelDesk
