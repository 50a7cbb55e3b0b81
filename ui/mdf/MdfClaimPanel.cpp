#include "MdfClaimPanel.h"

#include "csv/CsvTask.h"
#include "mdf/AttachmentList.h"
#include "mdf/ClaimEditor.h"
#include "mdf/MdfActions.h"
#include "mdf/MdfClaimPackage.h"
#include "mdf/MdfEventLog.h"
#include "mdf/MdfFormSupport.h"
#include "mdf/MdfHistoryPanel.h"
#include "mdf/MdfReasonDialog.h"
#include "mdf/PaymentDialog.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedLayout>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <optional>

namespace ChannelDesk {

/// What the worker's export wrote, handed back to the UI thread when the task finishes.
struct MdfClaimPanel::ExportOutcome
{
    QString claimNumber;
    QString folder;
    std::optional<MdfClaimPackageResult> result;
};

namespace {

QString buttonName(MdfClaimAction action)
{
    return QLatin1String("workflow_") + MdfWorkflow::code(action);
}

enum PaymentColumn { PaidOnColumn, AmountColumn, MethodColumn, ReferenceColumn, NoteColumn, PaymentColumnCount };

QString methodLabel(const QString& code)
{
    for (const Choice& choice : mdfPaymentMethods()) {
        if (choice.code == code)
            return choice.label;
    }
    return code;
}

// What this claim counts for in its request's claimed total (MDF-09 exposure, as MdfLedger defines it).
qint64 exposureOf(const MdfClaim& claim)
{
    if (claim.status == QLatin1String("submitted") || claim.status == QLatin1String("returned"))
        return claim.amount.minor;
    if (claim.status == QLatin1String("approved") || claim.status == QLatin1String("partially_paid")
        || claim.status == QLatin1String("paid"))
        return claim.approvedMinor.value_or(0);
    return 0;
}

} // namespace

MdfClaimPanel::MdfClaimPanel(MdfActions& actions, QWidget* parent)
    : QWidget(parent)
    , m_actions(actions)
{
    setObjectName(QStringLiteral("mdfClaimPanel"));
    m_placeholder = new QLabel(tr("Select a claim to see it. Claims are made against an approved fund request."), this);
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    auto* page = new QWidget(this);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true); // a claim's title can be long: wrapped, it never widens the window
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_requestLink = new QPushButton(page);
    m_requestLink->setObjectName(QStringLiteral("openRequest"));
    m_requestLink->setFlat(true);
    m_requestLink->setCursor(Qt::PointingHandCursor);
    connect(m_requestLink, &QPushButton::clicked, this,
            [this] { Q_EMIT openRequestRequested(m_editor->claim().requestId); });
    m_message = new QLabel(page);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_workflowBar = new QWidget(page);
    m_workflowBar->setObjectName(QStringLiteral("workflowBar"));
    auto* workflowLayout = new QHBoxLayout(m_workflowBar);
    workflowLayout->setContentsMargins(0, 0, 0, 0);

    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("tabs"));

    // The claim: its form above, its attachments below (the receipts a line points at).
    auto* claimPage = new QSplitter(Qt::Vertical, m_tabs);
    m_editor = new ClaimEditor(m_actions, claimPage);
    auto* attachmentsBox = new QGroupBox(tr("Attachments"), claimPage);
    m_attachments = new AttachmentList(m_actions, attachmentsBox);
    auto* attachmentsLayout = new QVBoxLayout(attachmentsBox);
    attachmentsLayout->addWidget(m_attachments);
    claimPage->addWidget(m_editor);
    claimPage->addWidget(attachmentsBox);
    claimPage->setStretchFactor(0, 3);
    claimPage->setStretchFactor(1, 2);
    m_tabs->addTab(claimPage, tr("C&laim"));

    auto* paymentsPage = new QWidget(m_tabs);
    m_payments = new QTreeWidget(paymentsPage);
    m_payments->setObjectName(QStringLiteral("payments"));
    m_payments->setColumnCount(PaymentColumnCount);
    m_payments->setHeaderLabels({ tr("Paid on"), tr("Amount"), tr("Method"), tr("Reference"), tr("Note") });
    m_payments->setRootIsDecorated(false);
    m_payments->setUniformRowHeights(true);
    m_payments->setAlternatingRowColors(true);
    m_payments->header()->setStretchLastSection(true);
    m_paid = new QLabel(paymentsPage);
    m_paid->setObjectName(QStringLiteral("paid"));
    m_outstanding = new QLabel(paymentsPage);
    m_outstanding->setObjectName(QStringLiteral("outstanding"));
    m_recordPayment = new QPushButton(tr("&Record payment…"), paymentsPage);
    m_recordPayment->setObjectName(QStringLiteral("recordPayment"));
    m_voidPayment = new QPushButton(tr("&Void payment…"), paymentsPage);
    m_voidPayment->setObjectName(QStringLiteral("voidPayment"));
    m_voidPayment->setToolTip(tr("A wrong payment is voided with a reason, never edited; the history keeps it."));
    connect(m_recordPayment, &QPushButton::clicked, this, &MdfClaimPanel::recordPayment);
    connect(m_voidPayment, &QPushButton::clicked, this, &MdfClaimPanel::voidPayment);
    connect(m_payments, &QTreeWidget::itemSelectionChanged, this, [this] {
        const MdfClaim& claim = m_editor->claim();
        const bool payable = claim.status == QLatin1String("approved") || claim.status == QLatin1String("partially_paid")
            || claim.status == QLatin1String("paid");
        m_voidPayment->setEnabled(payable && m_payments->currentItem() != nullptr);
    });
    auto* totals = new QHBoxLayout;
    totals->addWidget(m_paid);
    totals->addSpacing(24);
    totals->addWidget(m_outstanding);
    totals->addStretch();
    totals->addWidget(m_voidPayment);
    totals->addWidget(m_recordPayment);
    auto* paymentsLayout = new QVBoxLayout(paymentsPage);
    paymentsLayout->addWidget(m_payments, 1);
    paymentsLayout->addLayout(totals);
    m_tabs->addTab(paymentsPage, tr("&Payments"));

    m_history = new MdfHistoryPanel(m_tabs);
    m_tabs->addTab(m_history, tr("&History"));

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_requestLink);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(m_workflowBar);
    layout->addWidget(m_tabs, 1);

    m_pages = new QStackedLayout(this);
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(page);

    connect(m_editor, &ClaimEditor::saved, this, [this](const QByteArray& id, bool created) {
        if (const Result<MdfClaim> stored = m_actions.claims().get(id); stored) {
            refreshHeader(stored.value());
            rebuildWorkflow(stored.value());
            refreshPayments(stored.value());
            refreshHistory(stored.value());
            m_attachments->setClaim(id, MdfWorkflow::isEditable(stored.value()));
        }
        showMessage(created ? tr("Draft claim saved: attach its receipts, then submit it.") : QString(), false);
        Q_EMIT claimChanged(id);
        Q_EMIT statusMessage(tr("%1 saved").arg(m_editor->claim().number));
    });
    connect(m_editor, &ClaimEditor::discarded, this, [this] { showClaim({}); });
    connect(m_attachments, &AttachmentList::attachmentsChanged, this,
            [this] { m_editor->setAttachments(m_attachments->attachments()); });
    connect(m_attachments, &AttachmentList::message, this, &MdfClaimPanel::showMessage);
    connect(&m_actions, &MdfActions::mdfChanged, this, &MdfClaimPanel::onMdfChanged);
    m_pages->setCurrentWidget(m_placeholder);
}

QByteArray MdfClaimPanel::currentId() const
{
    return m_editor->claim().id;
}

void MdfClaimPanel::showClaim(const QByteArray& id)
{
    if (id.isEmpty()) {
        m_editor->load(MdfClaim {});
        m_attachments->setClaim({}, false);
        m_pages->setCurrentWidget(m_placeholder);
        return;
    }
    const Result<MdfClaim> claim = m_actions.claims().get(id);
    if (!claim || claim->meta.isDeleted()) {
        showClaim({});
        return;
    }
    showMessage(QString(), false);
    showStored(claim.value());
}

void MdfClaimPanel::showStored(const MdfClaim& claim)
{
    m_attachments->setClaim(claim.id, MdfWorkflow::isEditable(claim)); // first: the lines offer them as receipts
    m_editor->load(claim);
    m_editor->setAttachments(m_attachments->attachments());
    refreshHeader(claim);
    rebuildWorkflow(claim);
    refreshPayments(claim);
    refreshHistory(claim);
    m_pages->setCurrentIndex(1);
}

void MdfClaimPanel::startNew(const QByteArray& requestId)
{
    showMessage(QString(), false);
    m_attachments->setClaim({}, false);
    m_editor->startNew(requestId);
    const MdfClaim& fresh = m_editor->claim();
    refreshHeader(fresh);
    rebuildWorkflow(fresh);
    refreshPayments(fresh);
    refreshHistory(fresh);
    m_tabs->setCurrentIndex(0);
    m_pages->setCurrentIndex(1);
    if (const Result<MdfRequest> request = m_actions.requests().get(requestId);
        request && !MdfWorkflow::acceptsClaims(request.value())) {
        // Say it now rather than at Save (MDF-08); core refuses the claim anyway.
        showMessage(tr("%1 is %2: claims are made only against an approved request (MDF-08).")
                        .arg(request->number, mdfRequestStatusLabel(request->status)),
                    true);
    }
}

bool MdfClaimPanel::commitEdits()
{
    if (!m_editor->isDirty())
        return true;
    m_busy = true;
    const Status saved = m_editor->commit();
    m_busy = false;
    if (!saved) {
        m_tabs->setCurrentIndex(0);
        return false;
    }
    return true;
}

void MdfClaimPanel::reload()
{
    const QByteArray id = currentId();
    if (id.isEmpty())
        return;
    const Result<MdfClaim> claim = m_actions.claims().get(id);
    if (!claim || claim->meta.isDeleted()) {
        showClaim({});
        return;
    }
    if (m_editor->isDirty()) {
        m_attachments->setClaim(id, MdfWorkflow::isEditable(claim.value()));
        refreshHeader(claim.value());
        rebuildWorkflow(claim.value());
        refreshPayments(claim.value());
        refreshHistory(claim.value());
        return;
    }
    showStored(claim.value());
}

void MdfClaimPanel::onMdfChanged(const QString& entity, const QList<QByteArray>& ids)
{
    if (m_busy || currentId().isEmpty())
        return;
    if (entity == QLatin1String("claim") && !ids.contains(currentId()))
        return;
    if (entity == QLatin1String("budget") || entity == QLatin1String("allocation"))
        return;
    reload(); // the claim, one of its attachments or payments (by undo, redo or sync), or its request
}

void MdfClaimPanel::refreshHeader(const MdfClaim& claim)
{
    if (claim.id.isEmpty())
        m_title->setText(tr("New claim"));
    else
        //: Claim panel title: number — title · status
        m_title->setText(tr("%1 — %2 · %3").arg(claim.number, claim.title, mdfClaimStatusLabel(claim.status)));
    QString number;
    if (const Result<MdfRequest> request = m_actions.requests().get(claim.requestId); request)
        number = request->number;
    m_requestLink->setText(number.isEmpty() ? QString() : tr("Request %1").arg(number));
    m_requestLink->setVisible(!number.isEmpty());
}

void MdfClaimPanel::rebuildWorkflow(const MdfClaim& claim)
{
    QLayout* layout = m_workflowBar->layout();
    while (QLayoutItem* item = layout->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->setObjectName(QString()); // never found by name while it waits for deletion
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    if (claim.id.isEmpty()) {
        m_workflowBar->hide();
        return;
    }
    auto addButton = [this, layout](const QString& name, const QString& text) {
        auto* button = new QPushButton(text, m_workflowBar);
        button->setObjectName(name);
        layout->addWidget(button);
        button->show();
        return button;
    };
    for (MdfClaimAction action : MdfWorkflow::available(claim)) {
        const QString label = MdfWorkflow::label(action);
        const bool asks = action == MdfClaimAction::Approve || MdfWorkflow::needsReason(action);
        QPushButton* button = addButton(buttonName(action), asks ? tr("%1…").arg(label) : label);
        connect(button, &QPushButton::clicked, this, [this, action] { runAction(action); });
    }
    if (MdfWorkflow::checkDeletable(claim).ok()) {
        QPushButton* remove = addButton(QStringLiteral("deleteDraft"), tr("Delete draft"));
        remove->setToolTip(tr("Only a draft can be deleted; Edit → Undo brings it back."));
        connect(remove, &QPushButton::clicked, this, &MdfClaimPanel::deleteDraft);
    }
    static_cast<QHBoxLayout*>(layout)->addStretch();
    QPushButton* exportButton = addButton(QStringLiteral("exportClaim"), tr("E&xport claim…"));
    exportButton->setToolTip(tr("Writes the claim, its lines, payments, history and attachments to a folder"));
    connect(exportButton, &QPushButton::clicked, this, &MdfClaimPanel::exportClaimPackage);
    m_workflowBar->show();
}

void MdfClaimPanel::refreshPayments(const MdfClaim& claim)
{
    m_payments->clear();
    const QString cur = claim.amount.currency;
    const bool payable = claim.status == QLatin1String("approved") || claim.status == QLatin1String("partially_paid");
    const bool voidable = payable || claim.status == QLatin1String("paid");
    if (claim.id.isEmpty() || !claim.approvedMinor) {
        m_paid->setText(tr("Nothing approved yet."));
        m_outstanding->clear();
        m_recordPayment->setEnabled(false);
        m_voidPayment->setEnabled(false);
        return;
    }
    if (const Result<QList<MdfPayment>> payments = m_actions.claims().payments(claim.id); payments) {
        const QLocale locale;
        for (const MdfPayment& payment : *payments) {
            auto* item = new QTreeWidgetItem(m_payments);
            item->setText(PaidOnColumn, locale.toString(payment.paidOn, QLocale::ShortFormat));
            item->setData(PaidOnColumn, Qt::UserRole, payment.id);
            item->setText(AmountColumn, MdfForm::money(payment.amount.minor, payment.amount.currency));
            item->setTextAlignment(AmountColumn, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(MethodColumn, methodLabel(payment.method));
            item->setText(ReferenceColumn, payment.reference);
            item->setText(NoteColumn, payment.note);
        }
        for (int column = 0; column < NoteColumn; ++column)
            m_payments->resizeColumnToContents(column);
    } else {
        showMessage(payments.error().message, true);
    }
    const qint64 approved = *claim.approvedMinor;
    const qint64 outstanding = approved - claim.paidMinor;
    m_paid->setText(tr("Paid: %1 of %2 approved").arg(MdfForm::money(claim.paidMinor, cur), MdfForm::money(approved, cur)));
    m_paid->setProperty("minor", claim.paidMinor);
    m_outstanding->setText(tr("Outstanding: %1").arg(MdfForm::money(outstanding, cur)));
    m_outstanding->setProperty("minor", outstanding);
    m_recordPayment->setEnabled(payable && outstanding > 0);
    m_voidPayment->setEnabled(voidable && m_payments->currentItem() != nullptr);
}

void MdfClaimPanel::refreshHistory(const MdfClaim& claim)
{
    if (claim.id.isEmpty()) {
        m_history->setEvents({});
        return;
    }
    const Result<QList<MdfEvent>> events = MdfEventLog(m_actions.database()).history(claim.id);
    m_history->setEvents(events ? events.value() : QList<MdfEvent> {});
    if (!events)
        showMessage(events.error().message, true);
}

void MdfClaimPanel::showMessage(const QString& text, bool error)
{
    MdfForm::showMessage(m_message, text, error ? MdfForm::Tone::Error : MdfForm::Tone::Info);
}

// ---- workflow ---------------------------------------------------------------------------------------------------

void MdfClaimPanel::runAction(MdfClaimAction action)
{
    if (!commitEdits()) {
        showMessage(tr("Fix the form first: the changes could not be saved."), true);
        return;
    }
    const QByteArray id = currentId();
    const Result<MdfClaim> current = m_actions.claims().get(id);
    if (!current) {
        showMessage(current.error().message, true);
        return;
    }
    if (action == MdfClaimAction::Approve) {
        approve(current.value());
        return;
    }
    const QString label = MdfWorkflow::label(action);
    QString reason;
    if (MdfWorkflow::needsReason(action)) {
        MdfReasonDialog dialog(label,
                               tr("%1 %2: say why. The reason is kept in the history and the partner sees it.")
                                   .arg(label, current->number),
                               this);
        dialog.setReasonField(tr("&Reason:"), true);
        if (dialog.exec() != QDialog::Accepted)
            return;
        reason = dialog.reason();
    }
    m_busy = true;
    const Result<MdfClaim> result = m_actions.transition(id, action, reason);
    m_busy = false;
    if (!result) {
        showMessage(result.error().message, true); // MDF-09/10 and the state table say why
        return;
    }
    showStored(result.value());
    showMessage(tr("%1: %2.").arg(result->number, mdfClaimStatusLabel(result->status)), false);
    Q_EMIT claimChanged(id);
    Q_EMIT statusMessage(tr("%1: %2").arg(result->number, mdfClaimStatusLabel(result->status)));
}

void MdfClaimPanel::approve(const MdfClaim& claim)
{
    const QString cur = claim.amount.currency;
    // MDF-09: what the request can still reimburse, this claim's own exposure set aside.
    qint64 limit = claim.amount.minor;
    QString hint;
    if (const Result<MdfRequest> request = m_actions.requests().get(claim.requestId); request) {
        const qint64 cap = request->claimCapMinor();
        const qint64 others = request->claimedMinor - exposureOf(claim);
        limit = qMax<qint64>(0, cap - others);
        hint = tr("Request %1 can reimburse up to %2 (vendor share of %3 approved); other claims hold %4, so at most "
                  "%5 can be approved here (MDF-09).")
                   .arg(request->number, MdfForm::money(cap, cur), MdfForm::money(request->approvedMinor.value_or(0), cur),
                        MdfForm::money(others, cur), MdfForm::money(limit, cur));
    }
    MdfReasonDialog dialog(MdfWorkflow::label(MdfClaimAction::Approve),
                           tr("Approve claim %1 “%2” for %3 claimed. Approve less if not every expense is eligible.")
                               .arg(claim.number, claim.title, MdfForm::money(claim.amount.minor, cur)),
                           this);
    dialog.setAmountField(tr("Approved &amount:"), cur, qMin(claim.amount.minor, limit), hint, limit);
    dialog.setReasonField(tr("&Note:"), false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_busy = true;
    const Result<MdfClaim> result = m_actions.approveClaim(claim.id, dialog.amountMinor(), dialog.reason());
    m_busy = false;
    if (!result) {
        showMessage(result.error().message, true); // names MDF-09 and the amounts
        return;
    }
    showStored(result.value());
    showMessage(tr("Approved %1 of %2 claimed; record payments on the Payments tab.")
                    .arg(MdfForm::money(result->approvedMinor.value_or(0), cur), MdfForm::money(result->amount.minor, cur)),
                false);
    Q_EMIT claimChanged(claim.id);
    Q_EMIT statusMessage(tr("%1: %2").arg(result->number, mdfClaimStatusLabel(result->status)));
}

void MdfClaimPanel::recordPayment()
{
    if (!commitEdits())
        return;
    const Result<MdfClaim> claim = m_actions.claims().get(currentId());
    if (!claim) {
        showMessage(claim.error().message, true);
        return;
    }
    const qint64 outstanding = claim->approvedMinor.value_or(0) - claim->paidMinor;
    PaymentDialog dialog(claim.value(), outstanding, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_busy = true;
    const Result<MdfPayment> payment = m_actions.recordPayment(dialog.payment());
    m_busy = false;
    if (!payment) {
        showMessage(payment.error().message, true); // MDF-11 names the amounts
        return;
    }
    reload();
    showMessage(tr("Payment of %1 recorded; the claim is %2.")
                    .arg(MdfForm::money(payment->amount.minor, payment->amount.currency),
                         mdfClaimStatusLabel(m_editor->claim().status)),
                false);
    m_tabs->setCurrentIndex(1);
    Q_EMIT claimChanged(claim->id);
    Q_EMIT statusMessage(tr("%1: %2").arg(claim->number, mdfClaimStatusLabel(m_editor->claim().status)));
}

void MdfClaimPanel::voidPayment()
{
    const QTreeWidgetItem* item = m_payments->currentItem();
    if (!item)
        return;
    const QByteArray paymentId = item->data(PaidOnColumn, Qt::UserRole).toByteArray();
    MdfReasonDialog dialog(tr("Void payment"),
                           tr("Void the payment of %1 on %2? It stays in the history with your reason; the claim's "
                              "outstanding amount grows back.")
                               .arg(item->text(AmountColumn), item->text(PaidOnColumn)),
                           this);
    dialog.setReasonField(tr("&Reason:"), true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QByteArray claimId = currentId();
    m_busy = true;
    const Status voided = m_actions.voidPayment(paymentId, dialog.reason());
    m_busy = false;
    if (!voided) {
        showMessage(voided.error().message, true);
        return;
    }
    reload();
    showMessage(tr("Payment voided; the claim is %1.").arg(mdfClaimStatusLabel(m_editor->claim().status)), false);
    Q_EMIT claimChanged(claimId);
}

void MdfClaimPanel::deleteDraft()
{
    const QByteArray id = currentId();
    const QString number = m_editor->claim().number;
    m_busy = true;
    const Status removed = m_actions.deleteClaim(id);
    m_busy = false;
    if (!removed) {
        showMessage(removed.error().message, true);
        return;
    }
    showClaim({});
    Q_EMIT claimChanged(id);
    Q_EMIT statusMessage(tr("%1 deleted; Edit → Undo brings it back").arg(number));
}

void MdfClaimPanel::exportClaimPackage()
{
    if (m_export)
        return; // one package at a time
    if (!commitEdits()) {
        showMessage(tr("Fix the form first: the changes could not be saved."), true);
        return;
    }
    const MdfClaim claim = m_editor->claim();
    if (claim.id.isEmpty())
        return;
    const QString parent = QFileDialog::getExistingDirectory(this, tr("Export claim %1 into…").arg(claim.number));
    if (parent.isEmpty())
        return;
    // The package is a new folder named after the claim (MdfClaimPackage writes only into a new or empty one).
    const QString base = MdfClaimPackage::safeFileName(claim.number);
    QString folder = QDir(parent).filePath(base);
    for (int n = 2; QFileInfo::exists(folder); ++n)
        folder = QDir(parent).filePath(QStringLiteral("%1 (%2)").arg(base).arg(n));

    auto outcome = std::make_shared<ExportOutcome>();
    outcome->claimNumber = claim.number;
    outcome->folder = folder;
    m_exportOutcome = outcome;
    const QList<QByteArray> ids { claim.id };
    // Attachments can be many megabytes: the package is written on a worker with its own connection.
    m_export = new CsvTask(
        m_actions.database().path(), Database::Role::Reader,
        [ids, folder, outcome](Database& db, const std::atomic_bool& cancel, const CsvTask::Report& report) -> Status {
            const Result<MdfClaimPackageResult> written =
                MdfClaimPackage(db).write(ids, folder, {}, [&cancel, &report](qint64 done, qint64 total) {
                    report(done, total, 0);
                    return !cancel.load();
                });
            if (!written)
                return written.error();
            outcome->result = written.value();
            return {};
        },
        this);
    connect(m_export, &CsvTask::progress, this,
            [this](qint64 done, qint64 total, int) { onExportProgress(done, total); });
    connect(m_export, &CsvTask::finished, this, &MdfClaimPanel::onExportFinished);
    if (auto* button = m_workflowBar->findChild<QPushButton*>(QStringLiteral("exportClaim")))
        button->setEnabled(false);
    showMessage(tr("Exporting %1…").arg(claim.number), false);
    m_export->start();
}

void MdfClaimPanel::onExportProgress(qint64 done, qint64 total)
{
    if (m_exportOutcome && total > 0)
        showMessage(tr("Exporting %1: %2 of %n attachment(s)…", nullptr, static_cast<int>(total))
                        .arg(m_exportOutcome->claimNumber)
                        .arg(done),
                    false);
}

void MdfClaimPanel::onExportFinished(const Status& status)
{
    const std::shared_ptr<ExportOutcome> outcome = m_exportOutcome;
    m_export->deleteLater();
    m_export = nullptr;
    m_exportOutcome.reset();
    if (auto* button = m_workflowBar->findChild<QPushButton*>(QStringLiteral("exportClaim")))
        button->setEnabled(true);
    if (!status) {
        showMessage(status.error().code == Error::Code::Cancelled
                        ? tr("The export was canceled; nothing was written.")
                        : tr("The claim could not be exported: %1").arg(status.error().message),
                    status.error().code != Error::Code::Cancelled);
        return;
    }
    if (!outcome || !outcome->result)
        return;
    const MdfClaimPackageResult& result = *outcome->result;
    if (result.complete()) {
        showMessage(tr("Claim %1 exported to %2 with %n attachment(s).", nullptr, result.attachments)
                        .arg(outcome->claimNumber, QDir::toNativeSeparators(result.folder)),
                    false);
    } else {
        // The package is written; the attachments that could not be are named (damaged or not downloaded).
        QStringList problems;
        for (const MdfClaimPackageProblem& problem : result.problems)
            problems.append(problem.message);
        showMessage(tr("Claim %1 exported to %2, but without these attachments:\n%3")
                        .arg(outcome->claimNumber, QDir::toNativeSeparators(result.folder), problems.join(QLatin1Char('\n'))),
                    true);
    }
    Q_EMIT statusMessage(tr("%1 exported").arg(outcome->claimNumber));
}

} // namespace ChannelDesk
