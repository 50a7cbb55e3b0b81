#include "CertificationPersonPanel.h"

#include "common/Roles.h"
#include "partners/ContactRepository.h"
#include "storage/Database.h"
#include "training/CertificationListModel.h"
#include "training/CertificationRepository.h"
#include "training/TrainingCatalog.h"
#include "training/TrainingFormSupport.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>

namespace ChannelDesk {

namespace {

enum CertColumn { CertName, CertState, CertAcquired, CertExpires, CertNumber, CertEvidence, CertColumns };

QString shortDate(const QDate& day)
{
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : QString();
}

} // namespace

CertificationPersonPanel::CertificationPersonPanel(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_placeholder(new QLabel(tr("Select a certification to see the person's training record."), this))
    , m_certifications(new QTreeWidget(this))
    , m_completions(new QTreeWidget(this))
    , m_body(new QWidget(this))
{
    setObjectName(QStringLiteral("personPanel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("personTitle"));
    m_subtitle->setObjectName(QStringLiteral("personSubtitle"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_certifications->setObjectName(QStringLiteral("personCertifications"));
    m_certifications->setColumnCount(CertColumns);
    m_certifications->setHeaderLabels({ tr("Certification"), tr("Status"), tr("Acquired"), tr("Expires"),
                                        tr("Certificate ID"), tr("Evidence") });
    m_certifications->setRootIsDecorated(true);
    m_certifications->setUniformRowHeights(true);
    m_certifications->setAlternatingRowColors(true);
    m_certifications->header()->setStretchLastSection(true);
    m_certifications->setAccessibleName(tr("Certifications and their renewal history"));
    connect(m_certifications, &QTreeWidget::currentItemChanged, this, &CertificationPersonPanel::currentChanged);

    m_completions->setObjectName(QStringLiteral("personCompletions"));
    m_completions->setColumnCount(3);
    m_completions->setHeaderLabels({ tr("Course"), tr("Completed"), tr("Score") });
    m_completions->setRootIsDecorated(false);
    m_completions->setUniformRowHeights(true);
    m_completions->setAccessibleName(tr("Course completions"));

    auto* certLabel = new QLabel(tr("Certifications"), m_body);
    auto* courseLabel = new QLabel(tr("Course completions"), m_body);
    for (QLabel* label : { certLabel, courseLabel }) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_title);
    bodyLayout->addWidget(m_subtitle);
    bodyLayout->addWidget(certLabel);
    bodyLayout->addWidget(m_certifications, 3);
    bodyLayout->addWidget(courseLabel);
    bodyLayout->addWidget(m_completions, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_body, 1);
    clear();
}

void CertificationPersonPanel::clear()
{
    m_contactId.clear();
    m_partnerId.clear();
    m_personName.clear();
    m_records.clear();
    {
        const QSignalBlocker blocker(m_certifications);
        m_certifications->clear();
    }
    m_completions->clear();
    m_body->hide();
    m_placeholder->show();
    Q_EMIT currentChanged();
}

QTreeWidgetItem* CertificationPersonPanel::itemFor(const Certification& cert,
                                                   const QHash<QByteArray, CertDefinition>& definitions) const
{
    const CertDefinition definition = definitions.value(cert.definitionId);
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const CertificationState state = certificationState(cert, definition.recertWindowDays, today);
    auto* item = new QTreeWidgetItem;
    item->setText(CertName, definition.name.isEmpty() ? tr("(unknown certification)") : definition.name);
    item->setText(CertState, certificationStateLabel(state));
    item->setText(CertAcquired, shortDate(cert.acquiredOn));
    item->setText(CertExpires, cert.expiresOn.isValid() ? shortDate(cert.expiresOn)
                                                        : (cert.acquiredOn.isValid() ? tr("never") : QString()));
    item->setText(CertNumber, cert.certificateId);
    item->setText(CertEvidence, cert.evidenceName);
    item->setData(CertName, Roles::IdRole, cert.id);
    item->setData(CertState, Roles::RawValueRole, certificationStateCode(state));
    const QColor color = CertificationListModel::stateColor(state);
    if (color.isValid()) {
        item->setForeground(CertState, color);
        item->setForeground(CertExpires, color);
    }
    if (!cert.notes.isEmpty())
        item->setToolTip(CertName, cert.notes);
    return item;
}

void CertificationPersonPanel::showPerson(const QByteArray& contactId, const QByteArray& certificationId)
{
    const Result<Contact> person = ContactRepository(m_db).get(contactId);
    if (!person) {
        clear();
        Q_EMIT errorOccurred(person.error().message);
        return;
    }
    CertificationRepository repository(m_db);
    const Result<QList<Certification>> certs = repository.ofContact(contactId);
    const Result<QList<CourseCompletion>> completions = repository.completionsOf(contactId);
    if (!certs || !completions) {
        clear();
        Q_EMIT errorOccurred(!certs ? certs.error().message : completions.error().message);
        return;
    }
    m_contactId = contactId;
    m_partnerId = person->partnerId;
    m_personName = person->displayName();
    m_title->setText(m_personName);
    const QString partner = TrainingForm::partnerName(m_db, person->partnerId);
    m_subtitle->setText(person->email.isEmpty() ? partner : tr("%1 · %2", "partner · e-mail").arg(partner, person->email));

    TrainingCatalog catalog(m_db);
    QHash<QByteArray, CertDefinition> definitions;
    if (const Result<QList<CertDefinition>> all = catalog.definitions(true); all) {
        for (const CertDefinition& d : all.value())
            definitions.insert(d.id, d);
    }
    QHash<QByteArray, Course> courses;
    if (const Result<QList<Course>> all = catalog.courses(true); all) {
        for (const Course& c : all.value())
            courses.insert(c.id, c);
    }

    m_records.clear();
    for (const Certification& cert : certs.value())
        m_records.insert(cert.id, cert);
    {
        const QSignalBlocker blocker(m_certifications);
        m_certifications->clear();
        // Each certificate hangs under the one that renewed it: the current ones on top, their history beneath.
        QHash<QByteArray, QTreeWidgetItem*> items;
        for (const Certification& cert : certs.value())
            items.insert(cert.id, itemFor(cert, definitions));
        // The whole hierarchy is built detached and inserted at once: one insertion of complete subtrees.
        QList<QTreeWidgetItem*> tops;
        for (const Certification& cert : certs.value()) {
            QTreeWidgetItem* item = items.value(cert.id);
            QTreeWidgetItem* renewer = cert.renewedById.isEmpty() ? nullptr : items.value(cert.renewedById);
            if (renewer && renewer != item)
                renewer->addChild(item);
            else
                tops.append(item);
        }
        m_certifications->addTopLevelItems(tops);
        m_certifications->expandAll();
        for (int column = 0; column < CertColumns - 1; ++column)
            m_certifications->resizeColumnToContents(column);
    }
    m_completions->clear();
    QList<CourseCompletion> sorted = completions.value();
    std::sort(sorted.begin(), sorted.end(),
              [](const CourseCompletion& a, const CourseCompletion& b) { return a.completedOn > b.completedOn; });
    for (const CourseCompletion& c : std::as_const(sorted)) {
        auto* item = new QTreeWidgetItem(m_completions);
        const Course course = courses.value(c.courseId);
        item->setText(0, course.name.isEmpty() ? tr("(unknown course)") : course.name);
        item->setText(1, shortDate(c.completedOn));
        item->setText(2, c.score ? tr("%1 %").arg(*c.score) : QString());
        item->setData(0, Roles::IdRole, c.id);
    }
    m_placeholder->hide();
    m_body->show();
    if (!selectCertification(certificationId) && m_certifications->topLevelItemCount() > 0)
        m_certifications->setCurrentItem(m_certifications->topLevelItem(0));
    Q_EMIT currentChanged();
}

void CertificationPersonPanel::reload()
{
    if (m_contactId.isEmpty())
        return;
    const std::optional<Certification> current = currentCertification();
    showPerson(m_contactId, current ? current->id : QByteArray());
}

bool CertificationPersonPanel::selectCertification(const QByteArray& id)
{
    if (id.isEmpty())
        return false;
    for (QTreeWidgetItemIterator it(m_certifications); *it; ++it) {
        if ((*it)->data(CertName, Roles::IdRole).toByteArray() == id) {
            m_certifications->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

std::optional<Certification> CertificationPersonPanel::currentCertification() const
{
    const QTreeWidgetItem* item = m_certifications->currentItem();
    if (!item)
        return std::nullopt;
    const auto it = m_records.constFind(item->data(CertName, Roles::IdRole).toByteArray());
    if (it == m_records.cend())
        return std::nullopt;
    return *it;
}

} // namespace ChannelDesk
