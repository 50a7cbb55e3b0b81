#include "DefinitionDialog.h"

#include "PrerequisitePicker.h"
#include "mdf/BudgetFormErrors.h"
#include "storage/Database.h"
#include "training/TrainingCatalog.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ChannelDesk {

DefinitionDialog::DefinitionDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_track(new QLineEdit(this))
    , m_validity(new QSpinBox(this))
    , m_reminder(new QSpinBox(this))
    , m_window(new QSpinBox(this))
    , m_schedule(new QLabel(this))
    , m_active(new QCheckBox(tr("&Offered to partners"), this))
    , m_prerequisites(new PrerequisitePicker(this))
    , m_description(new QPlainTextEdit(this))
    , m_general(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("definitionDialog"));
    setWindowTitle(tr("New Certification"));

    const CertDefinition defaults;
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setPlaceholderText(tr("e.g. CNA"));
    m_code->setMaxLength(50);
    m_code->setToolTip(tr("A short code, unique among certifications; certification imports match it"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Certified Network Associate"));
    m_track->setObjectName(QStringLiteral("track"));
    m_track->setPlaceholderText(tr("e.g. Networking"));
    m_track->setToolTip(tr("Tier criteria can require a number of people certified in a track (TIER-02)"));
    m_validity->setObjectName(QStringLiteral("validity"));
    m_validity->setRange(0, 600);
    m_validity->setSuffix(tr(" months"));
    m_validity->setSpecialValueText(tr("Never expires"));
    m_validity->setValue(defaults.validityMonths);
    m_validity->setAlignment(Qt::AlignRight);
    m_validity->setToolTip(tr("CERT-01: a certificate is valid this many months from the day it is acquired "
                              "(0 = it never expires)"));
    m_reminder->setObjectName(QStringLiteral("reminder"));
    m_reminder->setRange(0, 3650);
    m_reminder->setSuffix(tr(" days before expiry"));
    m_reminder->setValue(defaults.reminderDays);
    m_reminder->setAlignment(Qt::AlignRight);
    m_reminder->setToolTip(tr("CERT-01: when the holder and the CAM are reminded"));
    m_window->setObjectName(QStringLiteral("recertWindow"));
    m_window->setRange(0, 3650);
    m_window->setSuffix(tr(" days before expiry"));
    m_window->setValue(defaults.recertWindowDays);
    m_window->setAlignment(Qt::AlignRight);
    m_window->setToolTip(tr("CERT-02: recertification opens, and the certificate shows as Expiring, this many days "
                            "before it expires"));
    m_schedule->setObjectName(QStringLiteral("schedule"));
    m_schedule->setWordWrap(true);
    m_schedule->setForegroundRole(QPalette::PlaceholderText);
    m_active->setObjectName(QStringLiteral("active"));
    m_active->setChecked(true);
    m_active->setToolTip(tr("An inactive certification keeps its existing certificates but is no longer offered"));
    m_prerequisites->setObjectName(QStringLiteral("prerequisites"));
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_general->setObjectName(QStringLiteral("definitionError"));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_errors = std::make_unique<BudgetFormErrors>(form, m_general);
    m_errors->addRow(tr("&Code:"), m_code, { QStringLiteral("code") });
    m_errors->addRow(tr("&Name:"), m_name, { QStringLiteral("name") });
    m_errors->addRow(tr("&Track:"), m_track, { QStringLiteral("track") });
    m_errors->addRow(tr("&Valid for:"), m_validity, { QStringLiteral("validity_months") });
    m_errors->addRow(tr("&Remind:"), m_reminder, { QStringLiteral("reminder_days") });
    m_errors->addRow(tr("Recertification &opens:"), m_window, { QStringLiteral("recert_window_days") });
    form->addRow(QString(), m_schedule);
    m_errors->addRow(QString(), m_active, { QStringLiteral("active") });
    m_errors->addRow(tr("&Prerequisites:"), m_prerequisites, { QStringLiteral("prerequisites") },
                     m_prerequisites->list());
    m_errors->addRow(tr("D&escription:"), m_description, { QStringLiteral("description") });
    layout->addWidget(m_general);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DefinitionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DefinitionDialog::reject);
    connect(m_validity, &QSpinBox::valueChanged, this, &DefinitionDialog::updateSchedule);
    connect(m_reminder, &QSpinBox::valueChanged, this, &DefinitionDialog::updateSchedule);
    connect(m_window, &QSpinBox::valueChanged, this, &DefinitionDialog::updateSchedule);
    updateSchedule();
    m_code->setFocus();
    resize(540, sizeHint().height());
}

DefinitionDialog::~DefinitionDialog() = default;

void DefinitionDialog::setCatalog(const QList<Course>& courses, const QStringList& tracks)
{
    m_courses = courses;
    m_prerequisites->setCourses(courses);
    auto* completer = new QCompleter(tracks, m_track);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_track->setCompleter(completer);
}

void DefinitionDialog::setDefinition(const CertDefinition& definition)
{
    m_definition = definition;
    setWindowTitle(tr("Edit Certification %1").arg(definition.code));
    m_code->setText(definition.code);
    m_name->setText(definition.name);
    m_track->setText(definition.track);
    m_validity->setValue(definition.validityMonths);
    m_reminder->setValue(definition.reminderDays);
    m_window->setValue(definition.recertWindowDays);
    m_active->setChecked(definition.active);
    m_description->setPlainText(definition.description);
    m_prerequisites->setSelected(definition.prerequisites);
    updateSchedule();
}

void DefinitionDialog::updateSchedule()
{
    const bool expires = m_validity->value() > 0;
    // Reminder and window mean nothing for a certificate that never expires.
    m_reminder->setEnabled(expires);
    m_window->setEnabled(expires);
    if (!expires) {
        m_schedule->setText(tr("Certificates of this kind never expire: no reminder, no recertification."));
        return;
    }
    const QDate today = QDate::currentDate();
    const QDate expiry = certificationExpiry(today, m_validity->value());
    const QLocale locale;
    m_schedule->setText(tr("A certificate acquired today is valid through %1. The reminder is due on %2; it shows "
                           "as Expiring from %3.")
                            .arg(locale.toString(expiry, QLocale::LongFormat),
                                 locale.toString(expiry.addDays(-m_reminder->value()), QLocale::LongFormat),
                                 locale.toString(expiry.addDays(-m_window->value()), QLocale::LongFormat)));
}

QString DefinitionDialog::fieldError(const QString& field) const
{
    return m_errors->message(field);
}

QString DefinitionDialog::errorText() const
{
    return m_errors->allMessages();
}

void DefinitionDialog::accept()
{
    m_errors->clear();
    CertDefinition definition = m_definition;
    definition.code = m_code->text().trimmed();
    definition.name = m_name->text().trimmed();
    definition.track = m_track->text().trimmed();
    definition.validityMonths = m_validity->value();
    definition.reminderDays = m_reminder->value();
    definition.recertWindowDays = m_window->value();
    definition.active = m_active->isChecked();
    definition.description = m_description->toPlainText().trimmed();
    definition.prerequisites = m_prerequisites->selected();

    TrainingCatalog catalog(m_db);
    if (definition.id.isEmpty()) {
        const Result<CertDefinition> created = catalog.createDefinition(definition);
        if (!created) {
            m_errors->show(created.error());
            return;
        }
        m_definition = created.value();
    } else {
        const Result<bool> saved = catalog.updateDefinition(definition);
        if (!saved) {
            m_errors->show(saved.error());
            return;
        }
        m_definition = definition;
    }
    QDialog::accept();
}

} // namespace ChannelDesk
