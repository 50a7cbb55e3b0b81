#include "ClaimEditor.h"

#include "common/OptionalDateEdit.h"
#include "mdf/MdfActions.h"
#include "mdf/MdfFormSupport.h"
#include "mdf/MdfWorkflow.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ChannelDesk {

namespace {

constexpr int AttachmentIdRole = Qt::UserRole;

} // namespace

ClaimEditor::ClaimEditor(MdfActions& actions, QWidget* parent)
    : QWidget(parent)
    , m_actions(actions)
{
    setObjectName(QStringLiteral("claimEditor"));
    m_readOnlyBanner = new QLabel(this);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    MdfForm::setTone(m_readOnlyBanner, MdfForm::Tone::Warning);
    m_readOnlyBanner->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    MdfForm::setTone(m_error, MdfForm::Tone::Error);
    m_error->hide();
    m_fieldError = new QLabel(this);
    m_fieldError->setObjectName(QStringLiteral("fieldError"));
    m_fieldError->setWordWrap(true);
    m_fieldError->setStyleSheet(QStringLiteral("QLabel { color: #b03a2e; }"));
    m_fieldError->hide();

    m_requestInfo = new QLabel(this);
    m_requestInfo->setObjectName(QStringLiteral("requestInfo"));
    m_requestInfo->setWordWrap(true);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("Required; unique among claims"));
    connect(m_title, &QLineEdit::textEdited, this, [this] { setDirty(true); });

    m_lines = new QTableWidget(0, LineColumnCount, this);
    m_lines->setObjectName(QStringLiteral("lines"));
    m_lines->setHorizontalHeaderLabels({ tr("Description"), tr("Amount"), tr("Spent on"), tr("Receipts") });
    m_lines->verticalHeader()->hide();
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_lines->setMinimumHeight(m_lines->fontMetrics().height() * 7);
    m_addLine = new QPushButton(tr("Add &line"), this);
    m_addLine->setObjectName(QStringLiteral("addLine"));
    m_removeLine = new QPushButton(tr("Remove line"), this);
    m_removeLine->setObjectName(QStringLiteral("removeLine"));
    connect(m_addLine, &QPushButton::clicked, this, [this] {
        addLine({});
        setDirty(true);
        if (QWidget* description = m_lines->cellWidget(m_lines->rowCount() - 1, DescriptionColumn))
            description->setFocus();
    });
    connect(m_removeLine, &QPushButton::clicked, this, &ClaimEditor::removeCurrentLine);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("total"));
    m_linesBox = new QWidget(this);
    auto* linesLayout = new QVBoxLayout(m_linesBox);
    linesLayout->setContentsMargins(0, 0, 0, 0);
    linesLayout->addWidget(m_lines);
    auto* lineButtons = new QHBoxLayout;
    lineButtons->addWidget(m_addLine);
    lineButtons->addWidget(m_removeLine);
    lineButtons->addStretch();
    lineButtons->addWidget(m_total);
    linesLayout->addLayout(lineButtons);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Title:"), m_title);
    m_form->addRow(tr("Expenses:"), m_linesBox);

    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save changes (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setObjectName(QStringLiteral("revert"));
    connect(m_save, &QPushButton::clicked, this, [this] { (void)commit(); });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (isNew()) {
            Q_EMIT discarded();
            return;
        }
        if (const Result<MdfClaim> stored = m_actions.claims().get(m_claim.id); stored)
            load(stored.value());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    // Everything but the buttons scrolls, as in the request and deal editors: a short window keeps Save in view
    // instead of squeezing the expense lines.
    auto* body = new QWidget(this);
    body->setObjectName(QStringLiteral("claimBody"));
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_readOnlyBanner);
    bodyLayout->addWidget(m_error);
    bodyLayout->addWidget(m_requestInfo);
    bodyLayout->addLayout(m_form);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("claimScroll"));
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    setDirty(false);
}

void ClaimEditor::setButtonsVisible(bool visible)
{
    m_buttonsVisible = visible;
    m_save->setVisible(visible && !m_readOnly);
    m_revert->setVisible(visible && !m_readOnly);
}

void ClaimEditor::startNew(const QByteArray& requestId)
{
    MdfClaim fresh;
    fresh.requestId = requestId;
    if (const Result<MdfRequest> request = m_actions.requests().get(requestId); request) {
        fresh.partnerId = request->partnerId;
        fresh.amount.currency = request->requested.currency;
    }
    fresh.lines.append(MdfClaimLine {});
    load(fresh);
    setDirty(true);
    m_title->setFocus();
}

void ClaimEditor::load(const MdfClaim& claim)
{
    m_loading = true;
    m_claim = claim;
    clearError();
    m_request = {};
    if (const Result<MdfRequest> request = m_actions.requests().get(claim.requestId); request)
        m_request = request.value();
    if (m_claim.amount.currency.isEmpty())
        m_claim.amount.currency = m_request.requested.currency;
    m_title->setText(claim.title);
    m_lines->setRowCount(0);
    for (const MdfClaimLine& line : claim.lines)
        addLine(line);
    const bool editable = claim.id.isEmpty() || MdfWorkflow::isEditable(claim);
    setReadOnly(!editable);
    if (!editable) {
        const Status status = MdfWorkflow::checkEditable(claim);
        m_readOnlyBanner->setText(!status ? status.error().message
                                          : tr("This claim is read-only while it is %1.")
                                                .arg(mdfClaimStatusLabel(claim.status)));
        m_readOnlyBanner->show();
    } else {
        m_readOnlyBanner->hide();
    }
    m_loading = false;
    refreshRequestInfo();
    updateTotals();
    setDirty(false);
}

void ClaimEditor::refreshRequestInfo()
{
    if (m_request.id.isEmpty()) {
        m_requestInfo->setText(tr("The fund request of this claim is not on this device."));
        return;
    }
    const QString cur = m_request.requested.currency;
    const qint64 cap = m_request.claimCapMinor();
    // What this claim already counts for in the request's claimed total (MDF-09 exposure).
    qint64 own = 0;
    if (!m_claim.id.isEmpty()) {
        if (m_claim.status == QLatin1String("submitted") || m_claim.status == QLatin1String("returned"))
            own = m_claim.amount.minor;
        else if (m_claim.approvedMinor && m_claim.status != QLatin1String("rejected")
                 && m_claim.status != QLatin1String("canceled"))
            own = *m_claim.approvedMinor;
    }
    const qint64 others = m_request.claimedMinor - own;
    QString text = tr("Request %1 “%2”: the vendor reimburses up to %3; other claims hold %4, so this claim can be "
                      "up to %5.")
                       .arg(m_request.number, m_request.title, MdfForm::money(cap, cur), MdfForm::money(others, cur),
                            MdfForm::money(qMax<qint64>(0, cap - others), cur));
    if (m_request.claimDeadline.isValid())
        text += QLatin1Char(' ')
            + tr("Claims are due by %1.").arg(QLocale().toString(m_request.claimDeadline, QLocale::ShortFormat));
    m_requestInfo->setText(text);
}

void ClaimEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_title->setReadOnly(readOnly);
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        for (int column = 0; column < LineColumnCount; ++column) {
            QWidget* widget = m_lines->cellWidget(row, column);
            if (auto* edit = qobject_cast<QLineEdit*>(widget))
                edit->setReadOnly(readOnly);
            else if (auto* date = qobject_cast<OptionalDateEdit*>(widget))
                date->setReadOnly(readOnly);
            else if (auto* button = qobject_cast<QToolButton*>(widget))
                button->setEnabled(!readOnly);
        }
    }
    m_addLine->setEnabled(!readOnly);
    m_removeLine->setEnabled(!readOnly && m_lines->rowCount() > 0);
    m_save->setVisible(m_buttonsVisible && !readOnly);
    m_revert->setVisible(m_buttonsVisible && !readOnly);
}

// ---- lines ----------------------------------------------------------------------------------------------------

void ClaimEditor::addLine(const MdfClaimLine& line)
{
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    auto* description = new QLineEdit(m_lines);
    description->setObjectName(QStringLiteral("lineDescription"));
    description->setText(line.description);
    description->setPlaceholderText(tr("Invoice, supplier, what was bought"));
    auto* amount = new QLineEdit(m_lines);
    amount->setObjectName(QStringLiteral("lineAmount"));
    amount->setAlignment(Qt::AlignRight);
    if (line.amountMinor != 0)
        amount->setText(MdfForm::editText(line.amountMinor, currency()));
    auto* spentOn = new OptionalDateEdit(m_lines);
    spentOn->setObjectName(QStringLiteral("lineSpentOn"));
    spentOn->setOptionalDate(line.spentOn);
    auto* receipts = new QToolButton(m_lines);
    receipts->setObjectName(QStringLiteral("lineReceipts"));
    receipts->setPopupMode(QToolButton::InstantPopup);
    receipts->setMenu(new QMenu(receipts));
    fillReceipts(receipts, line.attachmentIds);

    m_lines->setCellWidget(row, DescriptionColumn, description);
    m_lines->setCellWidget(row, AmountColumn, amount);
    m_lines->setCellWidget(row, SpentOnColumn, spentOn);
    m_lines->setCellWidget(row, ReceiptsColumn, receipts);
    connect(description, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(amount, &QLineEdit::textEdited, this, [this] {
        updateTotals();
        setDirty(true);
    });
    connect(spentOn, &QDateEdit::dateChanged, this, [this] { setDirty(true); });
    description->setReadOnly(m_readOnly);
    amount->setReadOnly(m_readOnly);
    spentOn->setReadOnly(m_readOnly);
    receipts->setEnabled(!m_readOnly);
    if (!m_loading)
        updateTotals();
}

void ClaimEditor::fillReceipts(QToolButton* button, const QList<QByteArray>& selected)
{
    QMenu* menu = button->menu();
    menu->clear();
    QList<QByteArray> kept;
    for (const MdfAttachment& attachment : std::as_const(m_attachments)) {
        QAction* action = menu->addAction(attachment.fileName);
        action->setCheckable(true);
        action->setData(attachment.id);
        action->setChecked(selected.contains(attachment.id));
        if (action->isChecked())
            kept.append(attachment.id);
        connect(action, &QAction::toggled, this, [this, button] {
            const int count = receiptsOf(button).size();
            button->setText(count == 0 ? tr("None") : tr("%n receipt(s)", nullptr, count));
            setDirty(true);
        });
    }
    // A receipt not (yet) among the attachments on this device stays linked.
    for (const QByteArray& id : selected) {
        if (!kept.contains(id)) {
            QAction* action = menu->addAction(tr("Attachment not on this device"));
            action->setCheckable(true);
            action->setChecked(true);
            action->setData(id);
            kept.append(id);
        }
    }
    if (menu->isEmpty()) {
        QAction* none = menu->addAction(isNew() ? tr("Save the claim, then attach receipts")
                                                : tr("Attach files below first"));
        none->setEnabled(false);
    }
    button->setText(kept.isEmpty() ? tr("None") : tr("%n receipt(s)", nullptr, static_cast<int>(kept.size())));
}

QList<QByteArray> ClaimEditor::receiptsOf(const QToolButton* button)
{
    QList<QByteArray> ids;
    for (const QAction* action : button->menu()->actions()) {
        if (action->isCheckable() && action->isChecked())
            ids.append(action->data().toByteArray());
    }
    return ids;
}

void ClaimEditor::setAttachments(const QList<MdfAttachment>& attachments)
{
    m_attachments = attachments;
    const bool wasLoading = m_loading;
    m_loading = true; // rebuilding the menus is not an edit
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        if (auto* button = qobject_cast<QToolButton*>(m_lines->cellWidget(row, ReceiptsColumn))) {
            QList<QByteArray> selected = receiptsOf(button);
            // A removed attachment is no longer a receipt choice; the saved line keeps it until the next save.
            fillReceipts(button, selected);
        }
    }
    m_loading = wasLoading;
}

void ClaimEditor::removeCurrentLine()
{
    int row = m_lines->currentRow();
    if (row < 0) {
        for (int r = 0; r < m_lines->rowCount() && row < 0; ++r) {
            for (int c = 0; c < LineColumnCount; ++c) {
                if (QWidget* w = m_lines->cellWidget(r, c); w && w->hasFocus())
                    row = r;
            }
        }
    }
    if (row < 0)
        row = m_lines->rowCount() - 1;
    if (row < 0)
        return;
    m_lines->removeRow(row);
    updateTotals();
    setDirty(true);
}

QString ClaimEditor::currency() const
{
    if (!m_claim.amount.currency.isEmpty())
        return m_claim.amount.currency;
    return m_request.requested.currency;
}

void ClaimEditor::updateTotals()
{
    if (m_loading)
        return;
    const QString cur = currency();
    qint64 sum = 0;
    bool complete = true;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const auto* amount = qobject_cast<QLineEdit*>(m_lines->cellWidget(row, AmountColumn));
        const QString text = amount ? amount->text().trimmed() : QString();
        if (text.isEmpty())
            continue;
        if (const Result<qint64> value = MdfForm::parseAmount(text, cur); value)
            sum += *value;
        else
            complete = false;
    }
    QString total = complete ? tr("Total claimed: %1").arg(MdfForm::money(sum, cur))
                             : tr("Total claimed: — (a line's amount is not a number)");
    if (m_claim.approvedMinor)
        total += QLatin1Char('\n') + tr("Approved: %1").arg(MdfForm::money(*m_claim.approvedMinor, cur));
    m_total->setText(total);
    m_total->setProperty("totalMinor", complete ? QVariant(sum) : QVariant());
    m_removeLine->setEnabled(!m_readOnly && m_lines->rowCount() > 0);
}

// ---- saving -----------------------------------------------------------------------------------------------------

MdfClaim ClaimEditor::collect(Status& status) const
{
    MdfClaim c = m_claim;
    c.title = m_title->text().trimmed();
    const QString cur = currency();
    c.amount.currency = cur;
    c.lines.clear();
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const auto* description = qobject_cast<QLineEdit*>(m_lines->cellWidget(row, DescriptionColumn));
        const auto* amount = qobject_cast<QLineEdit*>(m_lines->cellWidget(row, AmountColumn));
        const auto* spentOn = qobject_cast<OptionalDateEdit*>(m_lines->cellWidget(row, SpentOnColumn));
        const auto* receipts = qobject_cast<QToolButton*>(m_lines->cellWidget(row, ReceiptsColumn));
        MdfClaimLine line;
        line.description = description->text().trimmed();
        line.spentOn = spentOn->optionalDate();
        line.attachmentIds = receiptsOf(receipts);
        const QString text = amount->text().trimmed();
        if (!text.isEmpty()) {
            if (const Result<qint64> value = MdfForm::parseAmount(text, cur); value)
                line.amountMinor = *value;
            else if (status.ok())
                status = Error::validation(QStringLiteral("line_items"),
                                           tr("Line %1: %2").arg(row + 1).arg(value.error().message));
        }
        c.lines.append(line);
    }
    c.amount.minor = c.linesTotalMinor();
    return c;
}

Status ClaimEditor::commit()
{
    if (!m_dirty || m_readOnly)
        return {};
    Status status;
    const MdfClaim claim = collect(status);
    if (!status) {
        showError(status.error());
        return status;
    }
    if (isNew()) {
        const Result<MdfClaim> created = m_actions.createClaim(claim);
        if (!created) {
            showError(created.error());
            return created.error();
        }
        load(created.value());
        Q_EMIT saved(created->id, true);
        return {};
    }
    const Result<bool> changed = m_actions.updateClaim(claim);
    if (!changed) {
        showError(changed.error());
        return changed.error();
    }
    if (const Result<MdfClaim> stored = m_actions.claims().get(claim.id); stored)
        load(stored.value());
    Q_EMIT saved(claim.id, false);
    return {};
}

void ClaimEditor::setDirty(bool dirty)
{
    if (m_loading)
        return;
    const bool was = m_dirty;
    m_dirty = dirty;
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
    if (was != dirty)
        Q_EMIT dirtyChanged(dirty);
}

QWidget* ClaimEditor::fieldWidget(const QString& field) const
{
    if (field == QLatin1String("title"))
        return m_title;
    if (field.startsWith(QLatin1String("line_items")) || field == QLatin1String("amount_minor")
        || field == QLatin1String("approved_minor"))
        return m_linesBox;
    return nullptr;
}

void ClaimEditor::clearError()
{
    m_error->hide();
    m_error->clear();
    if (m_form->indexOf(m_fieldError) >= 0) {
        const QFormLayout::TakeRowResult taken = m_form->takeRow(m_fieldError);
        delete taken.fieldItem;
        delete taken.labelItem;
    }
    m_fieldError->hide();
    m_fieldError->setProperty("field", QString());
}

void ClaimEditor::showError(const Error& error)
{
    clearError();
    QWidget* widget = fieldWidget(error.field);
    if (widget) {
        int index = -1;
        QFormLayout::ItemRole role;
        m_form->getWidgetPosition(widget, &index, &role);
        m_fieldError->setText(error.message);
        m_fieldError->setProperty("field", error.field);
        m_form->insertRow(index + 1, m_fieldError);
        m_fieldError->show();
        (widget == m_linesBox ? static_cast<QWidget*>(m_lines) : widget)->setFocus(Qt::OtherFocusReason);
    } else {
        m_error->setText(error.message);
        m_error->show();
    }
}

} // namespace ChannelDesk
