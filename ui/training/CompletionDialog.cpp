#include "CompletionDialog.h"

#include "common/OptionalDateEdit.h"
#include "mdf/MdfFormSupport.h"
#include "pipeline/PartnerPicker.h"
#include "storage/Database.h"
#include "training/CertificationRepository.h"
#include "training/TrainingCatalog.h"
#include "training/TrainingFormSupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ChannelDesk {

CompletionDialog::CompletionDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_partner(new PartnerPicker(db, this))
    , m_person(new QComboBox(this))
    , m_course(new QComboBox(this))
    , m_completed(new OptionalDateEdit(this))
    , m_score(new QSpinBox(this))
    , m_general(TrainingForm::fieldMessage(this, QStringLiteral("generalMessage")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("completionDialog"));
    setWindowTitle(tr("Record course completion"));
    setMinimumWidth(440);
    m_partner->setObjectName(QStringLiteral("completionPartner"));
    m_partner->setPlaceholderText(tr("Type to find the partner"));
    m_person->setObjectName(QStringLiteral("completionPerson"));
    m_course->setObjectName(QStringLiteral("completionCourse"));
    m_completed->setObjectName(QStringLiteral("completionDay"));
    m_completed->setOptionalDate(QDate::currentDate());
    m_score->setObjectName(QStringLiteral("completionScore"));
    m_score->setRange(-1, 100);
    m_score->setSpecialValueText(tr("No score"));
    m_score->setValue(-1);
    m_score->setSuffix(tr(" %"));

    m_course->addItem(tr("Choose a course…"), QByteArray());
    if (const Result<QList<Course>> courses = TrainingCatalog(db).courses(false); courses) {
        for (const Course& c : courses.value())
            m_course->addItem(c.code.isEmpty() ? c.name : tr("%1 · %2", "course code · name").arg(c.code, c.name), c.id);
    }
    TrainingForm::fillPeople(db, m_person, {});

    const auto withMessage = [this](QWidget* field, const QString& name) {
        QLabel* label = TrainingForm::fieldMessage(this, name + QStringLiteral("Message"));
        m_messages.insert(name, label);
        auto* box = new QWidget(this);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(field);
        layout->addWidget(label);
        return box;
    };
    auto* form = new QFormLayout;
    form->addRow(tr("&Partner:"), m_partner);
    form->addRow(tr("P&erson:"), withMessage(m_person, QStringLiteral("contact_id")));
    form->addRow(tr("&Course:"), withMessage(m_course, QStringLiteral("course_id")));
    form->addRow(tr("Completed &on:"), withMessage(m_completed, QStringLiteral("completed_on")));
    form->addRow(tr("&Score:"), withMessage(m_score, QStringLiteral("score")));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_general);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CompletionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_partner, &PartnerPicker::partnerChanged, this,
            [this] { TrainingForm::fillPeople(m_db, m_person, m_partner->partnerId()); });
}

void CompletionDialog::setPartner(const QByteArray& partnerId, const QByteArray& contactId)
{
    m_partner->setPartner(partnerId, TrainingForm::partnerName(m_db, partnerId));
    TrainingForm::fillPeople(m_db, m_person, partnerId, contactId);
}

void CompletionDialog::setCourse(const QByteArray& courseId)
{
    MdfForm::selectData(m_course, courseId);
}

CourseCompletion CompletionDialog::completion() const
{
    CourseCompletion c;
    c.partnerId = m_partner->partnerId();
    c.contactId = m_person->currentData().toByteArray();
    c.courseId = m_course->currentData().toByteArray();
    c.completedOn = m_completed->optionalDate();
    if (m_score->value() >= 0)
        c.score = m_score->value();
    return c;
}

QString CompletionDialog::messageFor(const QString& field) const
{
    if (field.isEmpty())
        return m_general->isVisible() ? m_general->text() : QString();
    const QLabel* label = m_messages.value(field);
    return label && label->isVisible() ? label->text() : QString();
}

void CompletionDialog::showError(const QString& field, const QString& message)
{
    const QString shownAt = field == QLatin1String("prerequisites") ? QStringLiteral("course_id") : field;
    if (QLabel* label = m_messages.value(shownAt)) {
        TrainingForm::setFieldMessage(label, message);
        QWidget* widget = shownAt == QLatin1String("contact_id") ? static_cast<QWidget*>(m_person)
            : shownAt == QLatin1String("course_id")             ? static_cast<QWidget*>(m_course)
            : shownAt == QLatin1String("completed_on")          ? static_cast<QWidget*>(m_completed)
                                                                : static_cast<QWidget*>(m_score);
        if (widget->isEnabled())
            widget->setFocus();
        return;
    }
    TrainingForm::setFieldMessage(m_general, message);
}

void CompletionDialog::accept()
{
    TrainingForm::setFieldMessage(m_general, {});
    for (QLabel* label : std::as_const(m_messages))
        TrainingForm::setFieldMessage(label, {});
    const Result<CourseCompletion> recorded = CertificationRepository(m_db).recordCompletion(completion(),
                                                                                          TrainingForm::actionNow(m_db));
    if (!recorded) {
        showError(recorded.error().field, recorded.error().message);
        return;
    }
    m_saved = recorded.value();
    Q_EMIT saved(m_saved.id);
    QDialog::accept();
}

} // namespace ChannelDesk
