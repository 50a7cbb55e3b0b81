#include "CertificationsScreen.h"

#include "common/Roles.h"
#include "domain/Contact.h"
#include "mdf/MdfReasonDialog.h"
#include "partners/ContactRepository.h"
#include "pipeline/PartnerPicker.h"
#include "storage/Database.h"
#include "training/CertificationDialog.h"
#include "training/CertificationListModel.h"
#include "training/CertificationPersonPanel.h"
#include "training/CertificationRepository.h"
#include "training/CertificationStepDialog.h"
#include "training/CompletionDialog.h"
#include "training/ExpiringTreeModel.h"
#include "training/ExpiryTimelineChart.h"
#include "training/TrainingCatalog.h"
#include "training/TrainingFormSupport.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace ChannelDesk {

namespace {

/// A file name safe on every desktop (the evidence's own name, minus path separators and control characters).
QString safeFileName(const QString& name)
{
    QString safe;
    for (const QChar c : name)
        safe += (c.isPrint() && c != QLatin1Char('/') && c != QLatin1Char('\\') && c != QLatin1Char(':')) ? c : QLatin1Char('_');
    return safe.isEmpty() || safe == QLatin1String(".") || safe == QLatin1String("..") ? QStringLiteral("evidence") : safe;
}

} // namespace

CertificationsScreen::CertificationsScreen(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_filters(new CertificationFilterBar(db, this))
    , m_list(new CertificationListModel(db.path(), this))
    , m_listView(new QTableView(this))
    , m_expiring(new ExpiringTreeModel(db, this))
    , m_expiringView(new QTreeView(this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_chart(new ExpiryTimelineChart(db.path(), this))
    , m_panel(new CertificationPersonPanel(db, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_opener([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("certificationsScreen"));

    m_listView->setObjectName(QStringLiteral("certificationList"));
    m_listView->setModel(m_list);
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_listView->setAlternatingRowColors(true);
    m_listView->setWordWrap(false);
    m_listView->setTabKeyNavigation(false);
    m_listView->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, so a million of them cost nothing (qt-style.md §5).
    m_listView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_listView->verticalHeader()->setDefaultSectionSize(m_listView->fontMetrics().height() + 10);
    QHeaderView* header = m_listView->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSortIndicatorShown(true);
    const int em = m_listView->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = { 12, 12, 14, 8, 7, 7, 7, 10 };
    for (int column = 0; column < CertificationListModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column] * em);
    header->setSortIndicator(CertificationListModel::Person, Qt::AscendingOrder);
    m_listView->setSortingEnabled(true); // header clicks call model->sort(): ORDER BY in SQL, never a proxy
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column) {
        if (column >= 0 && !CertificationListModel::sortForColumn(column)) {
            // No index gives that order: put the indicator back where the list is sorted.
            const QSignalBlocker blocker(header);
            header->setSortIndicator(CertificationListModel::columnForSort(m_list->query().sort),
                                     m_list->query().descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        }
    });

    m_expiringView->setObjectName(QStringLiteral("expiringTree"));
    m_expiringView->setModel(m_expiring);
    m_expiringView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_expiringView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_expiringView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_expiringView->setUniformRowHeights(true);
    m_expiringView->setAlternatingRowColors(true);
    m_expiringView->header()->resizeSection(ExpiringTreeModel::Name, 22 * em);
    m_expiringView->header()->resizeSection(ExpiringTreeModel::Definition, 16 * em);

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_listView);
    m_stack->addWidget(m_expiringView);
    m_stack->addWidget(m_empty);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(addAction(QStringLiteral("newCertification"), tr("New Certification…"),
                                 tr("Record a person's certification (in progress or passed)"),
                                 &CertificationsScreen::newCertification));
    buttons->addWidget(addAction(QStringLiteral("recordCompletion"), tr("Record Course Completion…"),
                                 tr("Record that a person finished a course (prerequisites of certifications)"),
                                 &CertificationsScreen::recordCompletion));
    buttons->addSpacing(12);
    buttons->addWidget(addAction(QStringLiteral("editCertification"), tr("Edit…"),
                                 tr("Change the dates, certificate ID or notes"), &CertificationsScreen::editCurrent));
    buttons->addWidget(addAction(QStringLiteral("passCertification"), tr("Pass…"),
                                 tr("The person passed: in progress → active"), &CertificationsScreen::passCurrent));
    buttons->addWidget(addAction(QStringLiteral("renewCertification"), tr("Renew…"),
                                 tr("Issue the new certificate (open during the recertification window and once "
                                    "expired)"),
                                 &CertificationsScreen::renewCurrent));
    buttons->addWidget(addAction(QStringLiteral("revokeCertification"), tr("Revoke…"),
                                 tr("Withdraw the certificate, with the reason"), &CertificationsScreen::revokeCurrent));
    buttons->addWidget(addAction(QStringLiteral("deleteCertification"), tr("Delete"),
                                 tr("Remove a record made by mistake"), &CertificationsScreen::deleteCurrent));
    buttons->addSpacing(12);
    buttons->addWidget(addAction(QStringLiteral("attachEvidence"), tr("Attach Evidence…"),
                                 tr("Attach the certificate document"), &CertificationsScreen::chooseEvidence));
    buttons->addWidget(addAction(QStringLiteral("openEvidence"), tr("Open Evidence"),
                                 tr("Open the attached certificate document"), nullptr));
    buttons->addWidget(addAction(QStringLiteral("markReminded"), tr("Mark Reminded"),
                                 tr("Record today's expiry reminder for the selected people (CERT-01)"),
                                 &CertificationsScreen::markReminded));
    buttons->addStretch();
    connect(button(QStringLiteral("openEvidence")), &QPushButton::clicked, this, [this] { openEvidence(); });

    auto* leftSplit = new QSplitter(Qt::Vertical, this);
    leftSplit->setChildrenCollapsible(false);
    leftSplit->addWidget(m_stack);
    leftSplit->addWidget(m_chart);
    leftSplit->setStretchFactor(0, 3);
    leftSplit->setStretchFactor(1, 2);
    m_splitter->addWidget(leftSplit);
    m_splitter->addWidget(m_panel);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({ 720, 440 });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addLayout(buttons);
    layout->addWidget(m_splitter, 1);

    connect(m_filters, &CertificationFilterBar::changed, this, &CertificationsScreen::applyFilters);
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CertificationsScreen::onListCurrentChanged);
    connect(m_list, &QAbstractItemModel::dataChanged, this, [this] {
        // A row whose data arrives after it became current: show its person now.
        onListCurrentChanged(m_listView->currentIndex());
    });
    connect(m_list, &CertificationListModel::countChanged, this, [this](qint64 count) {
        m_count = count;
        updateStatus();
    });
    connect(m_list, &CertificationListModel::loadingChanged, this, &CertificationsScreen::updateStatus);
    connect(m_list, &CertificationListModel::loadFailed, this, &CertificationsScreen::errorOccurred);
    connect(m_expiring, &ExpiringTreeModel::loadingChanged, this, &CertificationsScreen::updateStatus);
    connect(m_expiring, &ExpiringTreeModel::loadFailed, this, &CertificationsScreen::errorOccurred);
    connect(m_expiring, &ExpiringTreeModel::loaded, this, [this] {
        // Partners whose people were open stay open.
        for (const QByteArray& id : m_expiring->loadedPartners())
            m_expiringView->expand(m_expiring->partnerIndex(id));
        updateStatus();
        updateActions();
    });
    connect(m_expiringView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CertificationsScreen::onExpiringCurrentChanged);
    connect(m_expiringView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CertificationsScreen::updateActions);
    connect(m_chart, &ExpiryTimelineChart::monthActivated, this,
            [this](const QDate& from, const QDate& to) { m_filters->setMonth(from, to); });
    connect(m_chart, &ExpiryTimelineChart::loadFailed, this, &CertificationsScreen::errorOccurred);
    connect(m_panel, &CertificationPersonPanel::currentChanged, this, &CertificationsScreen::updateActions);
    connect(m_panel, &CertificationPersonPanel::errorOccurred, this, &CertificationsScreen::errorOccurred);

    applyFilters();
    updateActions();
}

CertificationsScreen::~CertificationsScreen() = default;

QPushButton* CertificationsScreen::addAction(const QString& objectName, const QString& text, const QString& toolTip,
                                             void (CertificationsScreen::*slot)())
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    if (slot)
        connect(button, &QPushButton::clicked, this, slot);
    m_buttons.append(button);
    return button;
}

QPushButton* CertificationsScreen::button(const QString& objectName) const
{
    for (QPushButton* b : m_buttons) {
        if (b->objectName() == objectName)
            return b;
    }
    return nullptr;
}

void CertificationsScreen::applyFilters()
{
    const bool expiring = m_filters->view() == CertificationFilterBar::View::Expiring;
    if (expiring) {
        if (!(m_expiring->filter() == m_filters->expiringFilter()) || m_expiring->partnerCount() == 0)
            m_expiring->setFilter(m_filters->expiringFilter());
    } else {
        m_list->setFilter(m_filters->filter());
    }
    m_chart->setScope(m_filters->scope());
    updateStatus();
    updateActions();
}

void CertificationsScreen::onListCurrentChanged(const QModelIndex& current)
{
    if (!current.isValid() || m_filters->view() == CertificationFilterBar::View::Expiring)
        return;
    const std::optional<CertificationRow> row = m_list->rowAt(current.row());
    if (!row)
        return; // still loading: dataChanged brings it here again
    const std::optional<Certification> shown = m_panel->currentCertification();
    if (m_panel->contactId() == row->contactId && shown && shown->id == row->id)
        return;
    if (m_panel->contactId() == row->contactId && m_panel->selectCertification(row->id))
        return;
    m_panel->showPerson(row->contactId, row->id);
}

void CertificationsScreen::onExpiringCurrentChanged(const QModelIndex& current)
{
    const ExpiringCertification* cert = m_expiring->certificationAt(current);
    if (!cert)
        return;
    if (m_panel->contactId() == cert->row.contactId && m_panel->selectCertification(cert->row.id))
        return;
    m_panel->showPerson(cert->row.contactId, cert->row.id);
}

void CertificationsScreen::updateStatus()
{
    const bool expiring = m_filters->view() == CertificationFilterBar::View::Expiring;
    if (expiring) {
        const bool empty = !m_expiring->isLoading() && m_expiring->partnerCount() == 0;
        m_empty->setText(tr("No certificates expire within %n day(s) for this selection.", nullptr,
                            m_filters->expiringFilter().withinDays));
        m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_expiringView);
        if (m_expiring->isLoading()) { // the first page of partners may be shown already: no partial totals
            Q_EMIT statusChanged(tr("Loading…"));
            return;
        }
        Q_EMIT statusChanged(tr("%n partner(s) with expiring certifications", nullptr, m_expiring->partnerCount())
                             + QStringLiteral(" · ")
                             + tr("%n certification(s)", nullptr, int(std::min<qint64>(m_expiring->certificationCount(),
                                                                                         INT_MAX))));
        return;
    }
    const bool empty = !m_list->isLoading() && m_count == 0;
    m_empty->setText(m_filters->hasFilters() || m_filters->view() != CertificationFilterBar::View::All
                         ? tr("No certifications match this view and these filters.")
                         : tr("No certifications yet. Record one with New Certification."));
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_listView);
    if (m_list->isLoading() && m_count < 0) {
        Q_EMIT statusChanged(tr("Loading…"));
        return;
    }
    Q_EMIT statusChanged(tr("%n certification(s)", nullptr, int(std::clamp<qint64>(m_count, 0, INT_MAX))));
}

void CertificationsScreen::updateActions()
{
    const std::optional<Certification> cert = m_panel->currentCertification();
    const QString status = cert ? cert->status : QString();
    const bool live = status == QLatin1String("active") || status == QLatin1String("in_progress");
    CertificationState state = CertificationState::InProgress;
    if (cert) {
        const Result<CertDefinition> definition = TrainingCatalog(m_db).definition(cert->definitionId);
        state = certificationState(*cert, definition ? definition->recertWindowDays : 0, QDate::currentDate());
    }
    button(QStringLiteral("editCertification"))->setEnabled(cert && live);
    button(QStringLiteral("passCertification"))->setEnabled(status == QLatin1String("in_progress"));
    // CERT-02: recertification opens with the window and stays open once expired.
    button(QStringLiteral("renewCertification"))
        ->setEnabled(status == QLatin1String("active")
                     && (state == CertificationState::Expiring || state == CertificationState::Expired));
    button(QStringLiteral("revokeCertification"))->setEnabled(live);
    button(QStringLiteral("deleteCertification"))->setEnabled(cert.has_value());
    button(QStringLiteral("attachEvidence"))->setEnabled(live);
    button(QStringLiteral("openEvidence"))->setEnabled(cert && !cert->evidenceSha256.isEmpty());
    const bool expiringView = m_filters->view() == CertificationFilterBar::View::Expiring;
    QPushButton* remind = button(QStringLiteral("markReminded"));
    remind->setVisible(expiringView);
    remind->setEnabled(expiringView && m_expiringView->selectionModel()->hasSelection());
}

void CertificationsScreen::changed(const QList<QByteArray>& ids, const QString& message, const QByteArray& select)
{
    m_list->refresh(ids);
    m_expiring->reload();
    m_chart->reload();
    m_panel->reload();
    if (!select.isEmpty())
        m_panel->selectCertification(select);
    updateActions();
    Q_EMIT statusChanged(message);
    Q_EMIT trainingChanged();
}

void CertificationsScreen::reloadAll()
{
    m_filters->reloadChoices();
    m_list->refresh();
    m_expiring->reload();
    m_chart->reload();
    m_panel->reload();
    updateActions();
}

void CertificationsScreen::showPartner(const QByteArray& partnerId)
{
    m_filters->setPartner(partnerId, TrainingForm::partnerName(m_db, partnerId));
}

void CertificationsScreen::showPerson(const QByteArray& contactId)
{
    const Result<Contact> person = ContactRepository(m_db).get(contactId);
    if (!person) {
        Q_EMIT errorOccurred(person.error().message);
        return;
    }
    {
        const QSignalBlocker blocker(m_filters);
        m_filters->setPartner(person->partnerId, TrainingForm::partnerName(m_db, person->partnerId));
    }
    m_filters->setPerson(contactId, person->displayName());
    m_panel->showPerson(contactId);
}

void CertificationsScreen::newCertification()
{
    auto* dialog = new CertificationDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_panel->contactId().isEmpty())
        dialog->setPartner(m_panel->partnerId(), m_panel->contactId());
    else if (const QByteArray partner = m_filters->partnerPicker()->partnerId(); !partner.isEmpty())
        dialog->setPartner(partner);
    if (const QByteArray definition = m_filters->definitionBox()->currentData().toByteArray(); !definition.isEmpty())
        dialog->setDefinition(definition);
    connect(dialog, &CertificationDialog::saved, this, [this, dialog](const QByteArray& id) {
        m_panel->showPerson(dialog->savedCertification().contactId, id);
        changed({ id }, tr("Certification saved."), id);
    });
    dialog->open();
}

void CertificationsScreen::editCurrent()
{
    const std::optional<Certification> cert = m_panel->currentCertification();
    if (!cert)
        return;
    auto* dialog = new CertificationDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCertification(*cert);
    connect(dialog, &CertificationDialog::saved, this,
            [this](const QByteArray& id) { changed({ id }, tr("Certification saved."), id); });
    dialog->open();
}

void CertificationsScreen::recordCompletion()
{
    auto* dialog = new CompletionDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_panel->contactId().isEmpty())
        dialog->setPartner(m_panel->partnerId(), m_panel->contactId());
    else if (const QByteArray partner = m_filters->partnerPicker()->partnerId(); !partner.isEmpty())
        dialog->setPartner(partner);
    connect(dialog, &CompletionDialog::saved, this, [this, dialog] {
        const QByteArray person = dialog->savedCompletion().contactId;
        if (person == m_panel->contactId())
            m_panel->reload();
        else
            m_panel->showPerson(person);
        Q_EMIT statusChanged(tr("Course completion recorded."));
        Q_EMIT trainingChanged();
    });
    dialog->open();
}

void CertificationsScreen::passCurrent()
{
    const std::optional<Certification> cert = m_panel->currentCertification();
    if (!cert)
        return;
    auto* dialog = new CertificationStepDialog(m_db, CertificationStepDialog::Step::Pass, *cert, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CertificationStepDialog::done, this,
            [this](const QByteArray& id) { changed({ id }, tr("Certification passed."), id); });
    dialog->open();
}

void CertificationsScreen::renewCurrent()
{
    const std::optional<Certification> cert = m_panel->currentCertification();
    if (!cert)
        return;
    auto* dialog = new CertificationStepDialog(m_db, CertificationStepDialog::Step::Renew, *cert, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CertificationStepDialog::done, this, [this, old = cert->id](const QByteArray& id) {
        changed({ old, id }, tr("Certification renewed; the previous certificate is kept in the history."), id);
    });
    dialog->open();
}

void CertificationsScreen::revokeCurrent()
{
    const std::optional<Certification> cert = m_panel->currentCertification();
    if (!cert)
        return;
    auto* dialog = new MdfReasonDialog(tr("Revoke certification"),
                                       tr("%1's certificate stops counting at once (tier criteria included). The "
                                          "reason is kept in the history.")
                                           .arg(m_panel->personName()),
                                       this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReasonField(tr("Reason:"), true);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = cert->id] {
        const Status revoked = CertificationRepository(m_db).revoke(id, TrainingForm::actionNow(m_db, dialog->reason()));
        if (!revoked) {
            Q_EMIT errorOccurred(revoked.error().message);
            return;
        }
        changed({ id }, tr("Certification revoked."), id);
    });
    dialog->open();
}

void CertificationsScreen::deleteCurrent()
{
    const std::optional<Certification> cert = m_panel->currentCertification();
    if (!cert)
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete certification"),
                                tr("Delete this certification of %1? Use Revoke for a certificate that was withdrawn; "
                                   "Delete is for records made by mistake.")
                                    .arg(m_panel->personName()),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmDelete"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id = cert->id] {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        const Status removed = CertificationRepository(m_db).remove(id);
        if (!removed) {
            Q_EMIT errorOccurred(removed.error().message);
            return;
        }
        changed({ id }, tr("Certification deleted."));
    });
    box->open();
}

void CertificationsScreen::chooseEvidence()
{
    if (!m_panel->currentCertification())
        return;
    auto* dialog = new QFileDialog(this, tr("Attach evidence"), QString(),
                                   tr("Certificates (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
    dialog->setObjectName(QStringLiteral("evidenceChooser"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { attachEvidence(path); });
    dialog->open();
}

bool CertificationsScreen::attachEvidence(const QString& path)
{
    const std::optional<Certification> cert = m_panel->currentCertification();
    if (!cert)
        return false;
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (file.size() > CertificationRepository::MaxEvidenceBytes) {
        Q_EMIT errorOccurred(tr("“%1” is larger than %2 MB: attach a smaller copy.")
                                 .arg(name)
                                 .arg(CertificationRepository::MaxEvidenceBytes / (1024 * 1024)));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT errorOccurred(tr("“%1” could not be read: %2").arg(name, file.errorString()));
        return false;
    }
    const QByteArray content = file.readAll();
    const Status attached = CertificationRepository(m_db).attachEvidence(cert->id, name, content);
    if (!attached) {
        Q_EMIT errorOccurred(attached.error().message);
        return false;
    }
    changed({ cert->id }, tr("Evidence “%1” attached.").arg(name), cert->id);
    return true;
}

bool CertificationsScreen::openEvidence()
{
    const std::optional<Certification> cert = m_panel->currentCertification();
    if (!cert || cert->evidenceSha256.isEmpty())
        return false;
    // The repository verifies the bytes against the stored SHA-256: a damaged copy is never shown as the evidence.
    const Result<QByteArray> content = CertificationRepository(m_db).evidence(cert->id);
    if (!content) {
        Q_EMIT errorOccurred(content.error().message);
        return false;
    }
    if (!m_openDir) {
        m_openDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/channeldesk-evidence-XXXXXX"));
        if (!m_openDir->isValid()) {
            Q_EMIT errorOccurred(tr("No temporary folder to open “%1” from: %2").arg(cert->evidenceName,
                                                                                     m_openDir->errorString()));
            m_openDir.reset();
            return false;
        }
    }
    // One folder per certification keeps the real file name (the viewer shows it) without clashes.
    const QString folder = m_openDir->filePath(QString::fromLatin1(cert->id.toHex()));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(safeFileName(cert->evidenceName));
    QFile::remove(path); // a previous copy is read-only
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(*content) != content->size()) {
        Q_EMIT errorOccurred(tr("“%1” could not be written to open it: %2").arg(cert->evidenceName, file.errorString()));
        return false;
    }
    file.close();
    file.setPermissions(QFileDevice::ReadOwner); // a viewer's edits would not go back into the record anyway
    if (!m_opener(QUrl::fromLocalFile(path))) {
        Q_EMIT errorOccurred(tr("No application could open “%1”.").arg(cert->evidenceName));
        return false;
    }
    return true;
}

QList<QByteArray> CertificationsScreen::selectedExpiringIds()
{
    QList<QByteArray> ids;
    const QModelIndexList rows = m_expiringView->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        if (const ExpiringCertification* cert = m_expiring->certificationAt(index)) {
            if (!ids.contains(cert->row.id))
                ids.append(cert->row.id);
            continue;
        }
        // A partner: every one of its people not reminded yet.
        if (m_expiring->canFetchMore(index))
            m_expiring->fetchMore(index);
        for (int row = 0; row < m_expiring->rowCount(index); ++row) {
            const ExpiringCertification* cert = m_expiring->certificationAt(m_expiring->index(row, 0, index));
            if (cert && cert->reminder != ReminderState::Reminded && !ids.contains(cert->row.id))
                ids.append(cert->row.id);
        }
    }
    return ids;
}

void CertificationsScreen::markReminded()
{
    const QList<QByteArray> ids = selectedExpiringIds();
    if (ids.isEmpty()) {
        Q_EMIT statusChanged(tr("Select the people to mark as reminded."));
        return;
    }
    const Status marked = CertificationRepository(m_db).markReminded(ids, QDate::currentDate());
    if (!marked) {
        Q_EMIT errorOccurred(marked.error().message);
        return;
    }
    changed(ids, tr("%n reminder(s) recorded for today.", nullptr, int(ids.size())));
}

} // namespace ChannelDesk
