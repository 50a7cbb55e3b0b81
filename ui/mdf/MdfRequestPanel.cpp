#include "MdfRequestPanel.h"

#include "mdf/ClaimEditor.h"
#include "mdf/LineDecisionDialog.h"
#include "mdf/MdfActions.h"
#include "mdf/MdfEventLog.h"
#include "mdf/MdfFormSupport.h"
#include "mdf/MdfHistoryPanel.h"
#include "mdf/MdfReasonDialog.h"
#include "mdf/RequestEditor.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedLayout>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ChannelDesk {

namespace {

QString buttonName(MdfRequestAction action)
{
    return QLatin1String("workflow_") + MdfWorkflow::code(action);
}

enum ClaimColumn { ClaimNumber, ClaimTitle, ClaimAmount, ClaimApproved, ClaimPaid, ClaimStatus, ClaimColumnCount };

} // namespace

MdfRequestPanel::MdfRequestPanel(MdfActions& actions, QWidget* parent)
    : QWidget(parent)
    , m_actions(actions)
{
    setObjectName(QStringLiteral("mdfRequestPanel"));
    m_placeholder = new QLabel(tr("Select a fund request to see it, or start a new one."), this);
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    auto* page = new QWidget(this);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true); // a request's title can be long: wrapped, it never widens the window
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_approver = new QLabel(page);
    m_approver->setObjectName(QStringLiteral("approver"));
    m_message = new QLabel(page);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_workflowBar = new QWidget(page);
    m_workflowBar->setObjectName(QStringLiteral("workflowBar"));
    auto* workflowLayout = new QHBoxLayout(m_workflowBar);
    workflowLayout->setContentsMargins(0, 0, 0, 0);

    // The request's money: what was approved, what the vendor reimburses at most, and how much is claimed and paid.
    m_balance = new QGroupBox(tr("Balance"), page);
    m_balance->setObjectName(QStringLiteral("balance"));
    auto* balanceForm = new QFormLayout(m_balance);
    auto value = [this](const char* name) {
        auto* label = new QLabel(m_balance);
        label->setObjectName(QLatin1String(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_approved = value("approved");
    m_cap = value("cap");
    m_claimed = value("claimed");
    m_left = value("leftToClaim");
    m_paid = value("paid");
    m_deadline = value("deadline");
    m_deadline->setWordWrap(true);
    balanceForm->addRow(tr("Approved:"), m_approved);
    balanceForm->addRow(tr("Vendor share cap:"), m_cap);
    balanceForm->addRow(tr("Claimed:"), m_claimed);
    balanceForm->addRow(tr("Left to claim:"), m_left);
    balanceForm->addRow(tr("Paid:"), m_paid);
    balanceForm->addRow(tr("Claim deadline:"), m_deadline);

    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_editor = new RequestEditor(m_actions, m_tabs);
    m_tabs->addTab(m_editor, tr("&Request"));

    auto* claimsPage = new QWidget(m_tabs);
    m_claims = new QTreeWidget(claimsPage);
    m_claims->setObjectName(QStringLiteral("claims"));
    m_claims->setColumnCount(ClaimColumnCount);
    m_claims->setHeaderLabels({ tr("Number"), tr("Title"), tr("Claimed"), tr("Approved"), tr("Paid"), tr("Status") });
    m_claims->setRootIsDecorated(false);
    m_claims->setUniformRowHeights(true);
    m_claims->setAlternatingRowColors(true);
    m_claims->header()->setSectionResizeMode(ClaimTitle, QHeaderView::Stretch);
    m_claims->header()->setStretchLastSection(false);
    m_openClaim = new QPushButton(tr("&Open claim"), claimsPage);
    m_openClaim->setObjectName(QStringLiteral("openClaim"));
    m_newClaim = new QPushButton(tr("&New claim…"), claimsPage);
    m_newClaim->setObjectName(QStringLiteral("newClaim"));
    m_claimsNote = new QLabel(claimsPage);
    m_claimsNote->setObjectName(QStringLiteral("claimsNote"));
    m_claimsNote->setWordWrap(true);
    connect(m_openClaim, &QPushButton::clicked, this, &MdfRequestPanel::openSelectedClaim);
    connect(m_newClaim, &QPushButton::clicked, this, &MdfRequestPanel::newClaim);
    connect(m_claims, &QTreeWidget::itemActivated, this, &MdfRequestPanel::openSelectedClaim);
    connect(m_claims, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_openClaim->setEnabled(m_claims->currentItem() != nullptr); });
    auto* claimButtons = new QHBoxLayout;
    claimButtons->addWidget(m_claimsNote, 1);
    claimButtons->addWidget(m_openClaim);
    claimButtons->addWidget(m_newClaim);
    auto* claimsLayout = new QVBoxLayout(claimsPage);
    claimsLayout->addWidget(m_claims, 1);
    claimsLayout->addLayout(claimButtons);
    m_tabs->addTab(claimsPage, tr("&Claims"));

    m_history = new MdfHistoryPanel(m_tabs);
    m_tabs->addTab(m_history, tr("&History"));

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_approver);
    layout->addWidget(m_message);
    layout->addWidget(m_workflowBar);
    layout->addWidget(m_balance);
    layout->addWidget(m_tabs, 1);

    m_pages = new QStackedLayout(this);
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(page);

    connect(m_editor, &RequestEditor::saved, this, [this](const QByteArray& id, bool created) {
        if (const Result<MdfRequest> stored = m_actions.requests().get(id); stored) {
            refreshHeader(stored.value());
            rebuildWorkflow(stored.value());
            refreshBalance(stored.value());
            refreshHistory(stored.value());
        }
        showMessage(created ? tr("Draft saved. Submit it when it is complete; Edit → Undo removes it.") : QString(),
                    false);
        Q_EMIT requestChanged(id);
        Q_EMIT statusMessage(tr("%1 saved").arg(m_editor->request().number));
    });
    connect(m_editor, &RequestEditor::discarded, this, [this] { showRequest({}); });
    connect(m_editor, &RequestEditor::dirtyChanged, this, [this](bool dirty) {
        // Workflow steps act on the stored request: while there are unsaved edits, they save first.
        m_workflowBar->setToolTip(dirty ? tr("Unsaved changes are saved before a workflow step.") : QString());
    });
    connect(&m_actions, &MdfActions::mdfChanged, this, &MdfRequestPanel::onMdfChanged);
    m_pages->setCurrentWidget(m_placeholder);
}

QByteArray MdfRequestPanel::currentId() const
{
    return m_editor->request().id;
}

void MdfRequestPanel::showRequest(const QByteArray& id)
{
    if (id.isEmpty()) {
        m_editor->load(MdfRequest {});
        m_pages->setCurrentWidget(m_placeholder);
        return;
    }
    const Result<MdfRequest> request = m_actions.requests().get(id);
    if (!request || request->meta.isDeleted()) {
        showRequest({});
        return;
    }
    showMessage(QString(), false);
    showStored(request.value());
}

void MdfRequestPanel::showStored(const MdfRequest& request)
{
    m_editor->load(request);
    refreshHeader(request);
    rebuildWorkflow(request);
    refreshBalance(request);
    refreshClaims(request);
    refreshHistory(request);
    m_pages->setCurrentIndex(1);
}

void MdfRequestPanel::startNew(const QByteArray& allocationId)
{
    showMessage(QString(), false);
    m_editor->startNew(allocationId);
    const MdfRequest& fresh = m_editor->request();
    refreshHeader(fresh);
    rebuildWorkflow(fresh);
    refreshBalance(fresh);
    refreshClaims(fresh);
    refreshHistory(fresh);
    m_tabs->setCurrentWidget(m_editor);
    m_pages->setCurrentIndex(1);
}

bool MdfRequestPanel::commitEdits()
{
    if (!m_editor->isDirty())
        return true;
    m_busy = true;
    const Status saved = m_editor->commit();
    m_busy = false;
    if (!saved) {
        m_tabs->setCurrentWidget(m_editor);
        return false;
    }
    return true;
}

void MdfRequestPanel::reload()
{
    const QByteArray id = currentId();
    if (id.isEmpty())
        return;
    const Result<MdfRequest> request = m_actions.requests().get(id);
    if (!request || request->meta.isDeleted()) {
        showRequest({});
        return;
    }
    if (m_editor->isDirty()) {
        // Keep the user's typing; refresh what is not being edited.
        refreshHeader(request.value());
        rebuildWorkflow(request.value());
        refreshBalance(request.value());
        refreshClaims(request.value());
        refreshHistory(request.value());
        return;
    }
    showStored(request.value());
}

void MdfRequestPanel::onMdfChanged(const QString& entity, const QList<QByteArray>& ids)
{
    if (m_busy || currentId().isEmpty())
        return;
    // The request itself, or a claim or payment that moves its claimed and paid totals.
    if (entity == QLatin1String("request") && !ids.contains(currentId()))
        return;
    if (entity == QLatin1String("budget") || entity == QLatin1String("attachment"))
        return;
    reload();
}

void MdfRequestPanel::refreshHeader(const MdfRequest& request)
{
    if (request.id.isEmpty()) {
        m_title->setText(tr("New fund request"));
        m_approver->hide();
        return;
    }
    //: Request panel title: number — title · status
    m_title->setText(tr("%1 — %2 · %3").arg(request.number, request.title, mdfRequestStatusLabel(request.status)));
    if (request.status == QLatin1String("submitted")) {
        QString decider = request.approver;
        if (decider.isEmpty()) {
            if (const auto allocation = m_actions.budgets().allocation(request.allocationId); allocation) {
                if (const auto budget = m_actions.budgets().budget(allocation->budgetId); budget)
                    decider = budget->owner;
            }
        }
        m_approver->setText(decider.isEmpty() ? tr("Waiting for a decision.")
                                              : tr("Waiting for %1's decision.").arg(decider));
        m_approver->show();
    } else {
        m_approver->hide();
    }
}

void MdfRequestPanel::rebuildWorkflow(const MdfRequest& request)
{
    // Recreated for each request: the set depends on its status (MdfWorkflow::available).
    QLayout* layout = m_workflowBar->layout();
    while (QLayoutItem* item = layout->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->setObjectName(QString()); // never found by name while it waits for deletion
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    if (request.id.isEmpty()) {
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
    for (MdfRequestAction action : MdfWorkflow::available(request)) {
        const QString label = MdfWorkflow::label(action);
        const bool asks = action == MdfRequestAction::Approve || action == MdfRequestAction::Close
            || MdfWorkflow::needsReason(action);
        QPushButton* button = addButton(buttonName(action), asks ? tr("%1…").arg(label) : label);
        connect(button, &QPushButton::clicked, this, [this, action] { runAction(action); });
    }
    if (MdfWorkflow::checkDeletable(request).ok()) {
        QPushButton* remove = addButton(QStringLiteral("deleteDraft"), tr("Delete draft"));
        remove->setToolTip(tr("Only a draft can be deleted; Edit → Undo brings it back."));
        connect(remove, &QPushButton::clicked, this, &MdfRequestPanel::deleteDraft);
    }
    static_cast<QHBoxLayout*>(layout)->addStretch();
    m_workflowBar->setVisible(layout->count() > 1);
}

void MdfRequestPanel::refreshBalance(const MdfRequest& request)
{
    if (request.id.isEmpty() || !request.approvedMinor) {
        m_balance->hide();
        return;
    }
    const QString cur = request.requested.currency;
    const qint64 cap = request.claimCapMinor();
    m_approved->setText(tr("%1 of %2 requested")
                            .arg(MdfForm::money(*request.approvedMinor, cur),
                                 MdfForm::money(request.requested.minor, cur)));
    m_approved->setProperty("minor", *request.approvedMinor);
    m_cap->setText(tr("%1 (%2%3 of the approved amount)")
                       .arg(MdfForm::money(cap, cur), QLocale().toString(request.vendorShareBp / 100.0, 'g', 4),
                            QLocale().percent()));
    m_cap->setProperty("minor", cap);
    m_claimed->setText(tr("%1 (approved claims %2)")
                           .arg(MdfForm::money(request.claimedMinor, cur),
                                MdfForm::money(request.claimsApprovedMinor, cur)));
    m_claimed->setProperty("minor", request.claimedMinor);
    m_left->setText(MdfForm::money(qMax<qint64>(0, cap - request.claimedMinor), cur));
    m_left->setProperty("minor", cap - request.claimedMinor);
    m_paid->setText(MdfForm::money(request.paidMinor, cur));
    m_paid->setProperty("minor", request.paidMinor);

    // MDF-10: the deadline turns amber within the program's warning days, red once passed (claims then refused).
    MdfForm::Tone tone = MdfForm::Tone::Info;
    QString text;
    if (!request.claimDeadline.isValid()) {
        text = tr("none");
    } else {
        const QLocale locale;
        const qint64 days = QDate::currentDate().daysTo(request.claimDeadline);
        int warningDays = MdfProgram {}.deadlineWarningDays;
        if (const Result<MdfProgram> program = m_actions.settings().program(); program)
            warningDays = program->deadlineWarningDays;
        const QString date = locale.toString(request.claimDeadline, QLocale::LongFormat);
        if (!MdfWorkflow::acceptsClaims(request)) {
            text = date;
        } else if (days < 0) {
            tone = MdfForm::Tone::Error;
            text = tr("%1 — passed %n day(s) ago; no more claims can be submitted", nullptr, static_cast<int>(-days))
                       .arg(date);
        } else if (days == 0) {
            tone = MdfForm::Tone::Warning;
            text = tr("%1 — today is the last day to submit claims").arg(date);
        } else if (days <= warningDays) {
            tone = MdfForm::Tone::Warning;
            text = tr("%1 — in %n day(s)", nullptr, static_cast<int>(days)).arg(date);
        } else {
            text = tr("%1 (in %n day(s))", nullptr, static_cast<int>(days)).arg(date);
        }
    }
    m_deadline->setText(text);
    m_deadline->setProperty("tone", static_cast<int>(tone));
    if (tone == MdfForm::Tone::Info)
        m_deadline->setStyleSheet(QString());
    else
        MdfForm::setTone(m_deadline, tone);
    m_balance->show();
}

void MdfRequestPanel::refreshClaims(const MdfRequest& request)
{
    m_claims->clear();
    const bool accepts = !request.id.isEmpty() && MdfWorkflow::acceptsClaims(request);
    m_newClaim->setVisible(accepts);
    m_openClaim->setEnabled(false);
    if (request.id.isEmpty()) {
        m_claimsNote->setText(tr("Claims can be made once the request is approved (MDF-08)."));
        return;
    }
    const Result<QList<MdfClaim>> claims = m_actions.claims().claimsOf(request.id);
    if (!claims) {
        m_claimsNote->setText(claims.error().message);
        return;
    }
    for (const MdfClaim& claim : *claims) {
        auto* item = new QTreeWidgetItem(m_claims);
        const QString cur = claim.amount.currency;
        item->setText(ClaimNumber, claim.number);
        item->setData(ClaimNumber, Qt::UserRole, claim.id);
        item->setText(ClaimTitle, claim.title);
        item->setText(ClaimAmount, MdfForm::money(claim.amount.minor, cur));
        item->setText(ClaimApproved, claim.approvedMinor ? MdfForm::money(*claim.approvedMinor, cur) : QString());
        item->setText(ClaimPaid, claim.paidMinor ? MdfForm::money(claim.paidMinor, cur) : QString());
        item->setText(ClaimStatus, mdfClaimStatusLabel(claim.status));
        for (int column : { ClaimAmount, ClaimApproved, ClaimPaid })
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int column = 0; column < ClaimColumnCount; ++column) {
        if (column != ClaimTitle)
            m_claims->resizeColumnToContents(column);
    }
    if (accepts)
        m_claimsNote->setText(tr("%n claim(s)", nullptr, static_cast<int>(claims->size())));
    else if (request.status == QLatin1String("closed"))
        m_claimsNote->setText(tr("The request is closed: no more claims."));
    else
        m_claimsNote->setText(tr("Claims can be made once the request is approved (MDF-08)."));
    m_tabs->setTabText(1, claims->isEmpty() ? tr("&Claims") : tr("&Claims (%1)").arg(claims->size()));
}

void MdfRequestPanel::refreshHistory(const MdfRequest& request)
{
    if (request.id.isEmpty()) {
        m_history->setEvents({});
        return;
    }
    const Result<QList<MdfEvent>> events = MdfEventLog(m_actions.database()).history(request.id);
    m_history->setEvents(events ? events.value() : QList<MdfEvent> {});
    if (!events)
        showMessage(events.error().message, true);
}

void MdfRequestPanel::showMessage(const QString& text, bool error)
{
    MdfForm::showMessage(m_message, text, error ? MdfForm::Tone::Error : MdfForm::Tone::Info);
}

// ---- workflow -------------------------------------------------------------------------------------------------

void MdfRequestPanel::runAction(MdfRequestAction action)
{
    if (!commitEdits()) {
        showMessage(tr("Fix the form first: the changes could not be saved."), true);
        return;
    }
    const QByteArray id = currentId();
    const Result<MdfRequest> current = m_actions.requests().get(id);
    if (!current) {
        showMessage(current.error().message, true);
        return;
    }
    const MdfRequest request = current.value();
    if (action == MdfRequestAction::Approve) {
        approve(request);
        return;
    }
    const QString label = MdfWorkflow::label(action);
    QString reason;
    if (MdfWorkflow::needsReason(action) || action == MdfRequestAction::Close) {
        const bool required = MdfWorkflow::needsReason(action);
        const QString prompt = action == MdfRequestAction::Close
            ? tr("Close %1: no more claims can be made, and what is not claimed returns to the allocation.")
                  .arg(request.number)
            : tr("%1 %2: say why. The reason is kept in the history and the partner sees it.").arg(label, request.number);
        MdfReasonDialog dialog(label, prompt, this);
        dialog.setReasonField(required ? tr("&Reason:") : tr("&Note:"), required);
        if (dialog.exec() != QDialog::Accepted)
            return;
        reason = dialog.reason();
    }
    m_busy = true;
    const Result<MdfRequest> result = m_actions.transition(id, action, reason);
    m_busy = false;
    if (!result) {
        showMessage(result.error().message, true); // the refusal says why (MdfWorkflow, MDF-02…)
        return;
    }
    showStored(result.value());
    showMessage(tr("%1: %2.").arg(result->number, mdfRequestStatusLabel(result->status)), false);
    Q_EMIT requestChanged(id);
    Q_EMIT statusMessage(tr("%1: %2").arg(result->number, mdfRequestStatusLabel(result->status)));
}

void MdfRequestPanel::approve(const MdfRequest& request)
{
    qint64 allocationMinor = 0;
    qint64 remainingMinor = 0;
    bool allowNegative = false;
    if (const auto balance = MdfForm::allocationBalance(m_actions.database(), request.allocationId); balance) {
        allocationMinor = balance->amountMinor;
        remainingMinor = balance->remainingMinor();
    }
    if (const auto allocation = m_actions.budgets().allocation(request.allocationId); allocation) {
        if (const auto budget = m_actions.budgets().budget(allocation->budgetId); budget)
            allowNegative = budget->allowNegative;
    }
    LineDecisionDialog dialog(request, allocationMinor, remainingMinor, allowNegative, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_busy = true;
    const Result<MdfRequest> result = m_actions.approve(request.id, dialog.decisions(), dialog.reason());
    m_busy = false;
    if (!result) {
        showMessage(result.error().message, true); // MDF-02 and the approver rules name themselves
        return;
    }
    showStored(result.value());
    const QString cur = result->requested.currency;
    if (result->status == QLatin1String("submitted")) {
        // MDF-05: above the approver's limit the approval is routed on instead of taking effect.
        MdfForm::showMessage(m_message,
                             tr("Escalated: %1 is above your approval limit, so the request now waits for %2's "
                                "decision. Nothing is approved yet.")
                                 .arg(MdfForm::money(dialog.totalApprovedMinor(), cur),
                                      result->approver.isEmpty() ? tr("the next approver") : result->approver),
                             MdfForm::Tone::Warning);
        m_message->setProperty("escalated", true);
    } else {
        showMessage(tr("%1: %2 of %3 approved; claims up to %4 are due by %5.")
                        .arg(mdfRequestStatusLabel(result->status),
                             MdfForm::money(result->approvedMinor.value_or(0), cur),
                             MdfForm::money(result->requested.minor, cur),
                             MdfForm::money(result->claimCapMinor(), cur),
                             QLocale().toString(result->claimDeadline, QLocale::ShortFormat)),
                    false);
        m_message->setProperty("escalated", false);
    }
    Q_EMIT requestChanged(request.id);
    Q_EMIT statusMessage(tr("%1: %2").arg(result->number, mdfRequestStatusLabel(result->status)));
}

void MdfRequestPanel::deleteDraft()
{
    const QByteArray id = currentId();
    const QString number = m_editor->request().number;
    m_busy = true;
    const Status removed = m_actions.deleteRequest(id);
    m_busy = false;
    if (!removed) {
        showMessage(removed.error().message, true);
        return;
    }
    showRequest({});
    Q_EMIT requestChanged(id);
    Q_EMIT statusMessage(tr("%1 deleted; Edit → Undo brings it back").arg(number));
}

// ---- claims -----------------------------------------------------------------------------------------------------

void MdfRequestPanel::openSelectedClaim()
{
    const QTreeWidgetItem* item = m_claims->currentItem();
    if (!item)
        return;
    Q_EMIT openClaimRequested(item->data(ClaimNumber, Qt::UserRole).toByteArray());
}

void MdfRequestPanel::newClaim()
{
    const MdfRequest request = m_editor->request();
    if (request.id.isEmpty() || !MdfWorkflow::acceptsClaims(request))
        return;
    // A small dialog with the claim form: once created, the claim opens where its receipts can be attached.
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("newClaimDialog"));
    dialog.setWindowTitle(tr("New claim for %1").arg(request.number));
    auto* editor = new ClaimEditor(m_actions, &dialog);
    editor->setButtonsVisible(false);
    editor->startNew(request.id);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create claim"));
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(editor);
    layout->addWidget(buttons);
    dialog.resize(720, 420);
    QByteArray createdId;
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        m_busy = true;
        const Status saved = editor->commit(); // shows a refusal (MDF-09, MDF-10, title) in the dialog
        m_busy = false;
        if (saved && !editor->isNew()) {
            createdId = editor->claim().id;
            dialog.accept();
        }
    });
    if (dialog.exec() != QDialog::Accepted || createdId.isEmpty())
        return;
    reload();
    m_tabs->setCurrentIndex(1);
    Q_EMIT statusMessage(tr("Claim %1 created").arg(editor->claim().number));
    Q_EMIT openClaimRequested(createdId);
}

} // namespace ChannelDesk
