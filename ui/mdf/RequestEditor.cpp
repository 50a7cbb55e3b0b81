#include "RequestEditor.h"

#include "common/OptionalDateEdit.h"
#include "common/PanelCombo.h"
#include "domain/Deal.h"
#include "mdf/MdfActions.h"
#include "mdf/MdfFormSupport.h"
#include "mdf/MdfWorkflow.h"
#include "partners/PartnerQuery.h"
#include "partners/PartnerRepository.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSqlQuery>
#include <QStringListModel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ChannelDesk {

namespace {

constexpr int CurrencyRole = Qt::UserRole + 1;
constexpr int ShareRole = Qt::UserRole + 2;
const char* const LineKeyProperty = "lineKey";

QString decisionLabel(const QString& code)
{
    for (const Choice& choice : mdfLineDecisions()) {
        if (choice.code == code)
            return choice.label;
    }
    return code;
}

} // namespace

RequestEditor::RequestEditor(MdfActions& actions, QWidget* parent)
    : QWidget(parent)
    , m_actions(actions)
{
    setObjectName(QStringLiteral("requestEditor"));
    buildForm();
}

void RequestEditor::buildForm()
{
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

    m_form = new QWidget(this);
    auto* formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);

    m_fieldError = new QLabel(m_form);
    m_fieldError->setObjectName(QStringLiteral("fieldError"));
    m_fieldError->setWordWrap(true);
    m_fieldError->setStyleSheet(QStringLiteral("QLabel { color: #b03a2e; }"));
    m_fieldError->hide();

    auto group = [&](const QString& title) {
        auto* box = new QGroupBox(title, m_form);
        auto* layout = new QFormLayout(box);
        layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        formLayout->addWidget(box);
        return layout;
    };
    auto addRow = [&](QFormLayout* form, const QString& label, QWidget* field) {
        form->addRow(label, field);
        m_rowForms.insert(field, form);
    };
    auto line = [&](const char* name) {
        auto* edit = new QLineEdit(m_form);
        edit->setObjectName(QLatin1String(name));
        connect(edit, &QLineEdit::textEdited, this, [this] { setDirty(true); });
        return edit;
    };
    auto text = [&](const char* name, int lines) {
        auto* edit = new QPlainTextEdit(m_form);
        edit->setObjectName(QLatin1String(name));
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
        connect(edit, &QPlainTextEdit::textChanged, this, [this] { setDirty(true); });
        return edit;
    };

    // Partner and the allocation the request draws on
    QFormLayout* funding = group(tr("Partner and allocation"));
    m_partnerName = line("partner");
    m_partnerName->setPlaceholderText(tr("Type a partner name (required)"));
    m_partnerNames = new QStringListModel(this);
    m_partnerCompleter = new QCompleter(m_partnerNames, this);
    // The suggestions are already the search result (word prefixes, accents folded): show them unfiltered.
    m_partnerCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_partnerCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_partnerName->setCompleter(m_partnerCompleter);
    connect(m_partnerName, &QLineEdit::textEdited, this, &RequestEditor::suggestPartners);
    connect(m_partnerName, &QLineEdit::editingFinished, this, &RequestEditor::resolvePartner);
    connect(m_partnerCompleter, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& name) {
        m_partnerName->setText(name);
        resolvePartner();
    });
    addRow(funding, tr("&Partner:"), m_partnerName);

    auto* allocationRow = new QWidget(m_form);
    auto* allocationLayout = new QVBoxLayout(allocationRow);
    allocationLayout->setContentsMargins(0, 0, 0, 0);
    m_allocation = panelCombo(allocationRow);
    m_allocation->setObjectName(QStringLiteral("allocation"));
    m_allocation->setToolTip(tr("The partner's live, authorised allocations and what each has left"));
    m_allocationBalance = new QLabel(allocationRow);
    m_allocationBalance->setObjectName(QStringLiteral("allocationBalance"));
    m_allocationBalance->setWordWrap(true);
    allocationLayout->addWidget(m_allocation);
    allocationLayout->addWidget(m_allocationBalance);
    addRow(funding, tr("&Allocation:"), allocationRow);
    connect(m_allocation, &QComboBox::currentIndexChanged, this, &RequestEditor::onAllocationChosen);

    // The activity
    QFormLayout* activity = group(tr("Activity"));
    m_title = line("title");
    m_title->setPlaceholderText(tr("Required"));
    addRow(activity, tr("&Title:"), m_title);
    m_activityType = panelCombo(m_form);
    m_activityType->setObjectName(QStringLiteral("activityType"));
    m_activityType->addItem(tr("Choose an activity type…"), QString());
    for (const Choice& choice : mdfActivityTypes())
        m_activityType->addItem(choice.label, choice.code);
    connect(m_activityType, &QComboBox::currentIndexChanged, this, [this] { setDirty(true); });
    addRow(activity, tr("Activity t&ype:"), m_activityType);
    m_campaign = line("campaign");
    addRow(activity, tr("Ca&mpaign:"), m_campaign);
    m_startDate = new OptionalDateEdit(m_form);
    m_startDate->setObjectName(QStringLiteral("startDate"));
    connect(m_startDate, &QDateEdit::dateChanged, this, [this] { setDirty(true); });
    addRow(activity, tr("&Starts on:"), m_startDate);
    m_endDate = new OptionalDateEdit(m_form);
    m_endDate->setObjectName(QStringLiteral("endDate"));
    m_endDate->setToolTip(tr("Claims are due within the budget's claim days after this date (MDF-10)"));
    connect(m_endDate, &QDateEdit::dateChanged, this, [this] { setDirty(true); });
    addRow(activity, tr("&Ends on:"), m_endDate);
    m_description = text("description", 4);
    addRow(activity, tr("&Description:"), m_description);
    m_expectedOutcome = text("expectedOutcome", 3);
    m_expectedOutcome->setPlaceholderText(tr("Leads, pipeline, attendees…"));
    addRow(activity, tr("E&xpected outcome:"), m_expectedOutcome);

    // Cost plan
    QFormLayout* costs = group(tr("Costs"));
    m_vendorShare = new QDoubleSpinBox(m_form);
    m_vendorShare->setObjectName(QStringLiteral("vendorShare"));
    m_vendorShare->setDecimals(2);
    m_vendorShare->setRange(0.01, 100.0);
    m_vendorShare->setSingleStep(5.0);
    m_vendorShare->setSuffix(QLocale().percent());
    m_vendorShare->setValue(50.0);
    m_vendorShare->setToolTip(tr("The share of the approved amount the vendor reimburses at most (MDF-07)"));
    connect(m_vendorShare, &QDoubleSpinBox::valueChanged, this, [this] {
        if (m_loading)
            return;
        m_shareTouched = true;
        setDirty(true);
    });
    addRow(costs, tr("&Vendor share:"), m_vendorShare);

    m_lines = new QTableWidget(0, LineColumnCount, m_form);
    m_lines->setObjectName(QStringLiteral("lines"));
    m_lines->setHorizontalHeaderLabels({ tr("Description"), tr("Requested"), tr("Approved"), tr("Decision"), tr("Note") });
    m_lines->verticalHeader()->hide();
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_lines->setMinimumHeight(m_lines->fontMetrics().height() * 7);
    m_addLine = new QPushButton(tr("Add &line"), m_form);
    m_addLine->setObjectName(QStringLiteral("addLine"));
    m_removeLine = new QPushButton(tr("Remove line"), m_form);
    m_removeLine->setObjectName(QStringLiteral("removeLine"));
    connect(m_addLine, &QPushButton::clicked, this, [this] {
        addLine({});
        setDirty(true);
        if (QWidget* description = m_lines->cellWidget(m_lines->rowCount() - 1, DescriptionColumn))
            description->setFocus();
    });
    connect(m_removeLine, &QPushButton::clicked, this, &RequestEditor::removeCurrentLine);
    m_total = new QLabel(m_form);
    m_total->setObjectName(QStringLiteral("total"));
    m_total->setWordWrap(true); // the totals run long in Vietnamese: wrapped, they never widen the form
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_linesBox = new QWidget(m_form);
    auto* linesLayout = new QVBoxLayout(m_linesBox);
    linesLayout->setContentsMargins(0, 0, 0, 0);
    linesLayout->addWidget(m_lines);
    auto* lineButtons = new QHBoxLayout;
    lineButtons->addWidget(m_addLine);
    lineButtons->addWidget(m_removeLine);
    lineButtons->addStretch();
    lineButtons->addWidget(m_total, 1);
    linesLayout->addLayout(lineButtons);
    addRow(costs, tr("Cost lines:"), m_linesBox);

    // MDF-12: the opportunities this activity sources
    QFormLayout* links = group(tr("Linked opportunities"));
    m_deals = new QListWidget(m_form);
    m_deals->setObjectName(QStringLiteral("linkedDeals"));
    m_deals->setMinimumHeight(m_deals->fontMetrics().height() * 5);
    m_deals->setToolTip(tr("Tick the partner's deals this activity sources, so their pipeline can be reported (MDF-12)"));
    connect(m_deals, &QListWidget::itemChanged, this, [this] { setDirty(true); });
    addRow(links, tr("&Deals:"), m_deals);
    formLayout->addStretch();

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("requestScroll"));
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    // The button's shortcut is Ctrl+S (Save); a mnemonic would be replaced by it, so the text has none.
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
        if (const Result<MdfRequest> stored = m_actions.requests().get(m_request.id); stored)
            load(stored.value());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    setDirty(false);
}

// ---- loading ------------------------------------------------------------------------------------------------

void RequestEditor::startNew(const QByteArray& allocationId)
{
    MdfRequest fresh;
    fresh.vendorShareBp = 0; // the budget's default, shown once the allocation is known
    if (!allocationId.isEmpty()) {
        if (const Result<MdfAllocation> allocation = m_actions.budgets().allocation(allocationId); allocation) {
            fresh.allocationId = allocation->id;
            fresh.partnerId = allocation->partnerId;
            fresh.requested.currency = allocation->amount.currency;
        }
    }
    fresh.lines.append(MdfRequestLine {}); // a request has at least one cost line: start with an empty one
    load(fresh);
    setDirty(true);
    if (m_partner.id.isEmpty())
        m_partnerName->setFocus();
    else
        m_title->setFocus();
}

void RequestEditor::load(const MdfRequest& request)
{
    m_loading = true;
    m_request = request;
    m_shareTouched = false;
    clearError();

    m_partner = {};
    m_partner.id = request.partnerId;
    if (!request.partnerId.isEmpty()) {
        if (const auto partner = PartnerRepository(m_actions.database()).get(request.partnerId); partner)
            m_partner.name = partner->name;
    }
    m_partnerName->setText(m_partner.name);
    reloadAllocations(request.allocationId);

    m_title->setText(request.title);
    MdfForm::selectData(m_activityType, request.activityType);
    m_campaign->setText(request.campaign);
    m_description->setPlainText(request.description);
    m_startDate->setOptionalDate(request.startDate);
    m_endDate->setOptionalDate(request.endDate);
    m_expectedOutcome->setPlainText(request.expectedOutcome);
    int share = request.vendorShareBp;
    if (share <= 0)
        share = m_allocation->currentData(ShareRole).toInt();
    m_vendorShare->setValue((share > 0 ? share : 5000) / 100.0);

    m_lines->setRowCount(0);
    for (const MdfRequestLine& item : request.lines)
        addLine(item);
    // The decision columns mean something only once a decision exists.
    const bool decided = std::any_of(request.lines.cbegin(), request.lines.cend(), [](const MdfRequestLine& l) {
        return l.decision != QLatin1String("pending");
    });
    for (int column : { ApprovedColumn, DecisionColumn, NoteColumn })
        m_lines->setColumnHidden(column, !decided);
    reloadDeals(request.linkedDealIds);

    const bool editable = request.id.isEmpty() || MdfWorkflow::isEditable(request);
    setReadOnly(!editable);
    if (!editable) {
        m_readOnlyBanner->setText(readOnlyReason(request));
        m_readOnlyBanner->show();
    } else {
        m_readOnlyBanner->hide();
    }
    m_loading = false;
    updateTotals();
    setDirty(false);
}

QString RequestEditor::readOnlyReason(const MdfRequest& request) const
{
    if (const Status editable = MdfWorkflow::checkEditable(request); !editable)
        return editable.error().message; // the words the repository refuses an edit with
    return tr("This request is read-only while it is %1.").arg(mdfRequestStatusLabel(request.status));
}

void RequestEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    const bool partnerLocked = !m_request.id.isEmpty(); // the sync scope of the request and its history
    m_partnerName->setReadOnly(readOnly || partnerLocked);
    m_partnerName->setToolTip(partnerLocked && !readOnly ? tr("The partner of a saved request cannot change.")
                                                         : QString());
    m_allocation->setEnabled(!readOnly);
    for (QLineEdit* edit : { m_title, m_campaign })
        edit->setReadOnly(readOnly);
    m_activityType->setEnabled(!readOnly);
    m_description->setReadOnly(readOnly);
    m_expectedOutcome->setReadOnly(readOnly);
    m_startDate->setReadOnly(readOnly);
    m_endDate->setReadOnly(readOnly);
    m_vendorShare->setReadOnly(readOnly);
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        for (int column : { DescriptionColumn, RequestedColumn }) {
            if (auto* edit = qobject_cast<QLineEdit*>(m_lines->cellWidget(row, column)))
                edit->setReadOnly(readOnly);
        }
    }
    m_addLine->setEnabled(!readOnly);
    m_removeLine->setEnabled(!readOnly && m_lines->rowCount() > 0);
    for (int row = 0; row < m_deals->count(); ++row) {
        QListWidgetItem* item = m_deals->item(row);
        item->setFlags(readOnly ? (item->flags() & ~Qt::ItemIsUserCheckable & ~Qt::ItemIsEnabled)
                                : (item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEnabled));
    }
    m_save->setVisible(!readOnly);
    m_revert->setVisible(!readOnly);
}

// ---- partner and allocation ---------------------------------------------------------------------------------

void RequestEditor::suggestPartners(const QString& text)
{
    m_suggestions.clear();
    PartnerQuery query;
    query.search = text;
    if (query.ftsMatch().isEmpty()) {
        m_partnerNames->setStringList({});
        return;
    }
    // The partner list's own search (folded word prefixes over FTS5), 20 best by name.
    QVariantList binds;
    QSqlQuery sql(m_actions.database().connection());
    sql.setForwardOnly(true);
    sql.prepare(QStringLiteral("SELECT id, name FROM partner WHERE %1 ORDER BY %2 LIMIT 20")
                    .arg(query.whereSql(binds), query.orderSql()));
    for (const QVariant& bind : std::as_const(binds))
        sql.addBindValue(bind);
    QStringList names;
    if (sql.exec()) {
        while (sql.next()) {
            m_suggestions.append({ sql.value(0).toByteArray(), sql.value(1).toString() });
            names.append(sql.value(1).toString());
        }
    }
    m_partnerNames->setStringList(names);
    if (m_partnerName->hasFocus() && !names.isEmpty())
        m_partnerCompleter->complete();
}

void RequestEditor::resolvePartner()
{
    if (m_loading || m_partnerName->isReadOnly())
        return;
    const QString text = m_partnerName->text().trimmed();
    if (!m_partner.id.isEmpty() && text == m_partner.name)
        return;
    auto find = [this, &text]() -> const PartnerChoice* {
        const PartnerChoice* found = nullptr;
        for (const PartnerChoice& choice : std::as_const(m_suggestions)) {
            if (choice.name.compare(text, Qt::CaseInsensitive) == 0) {
                if (found)
                    return nullptr; // two partners of that name: the user must pick from the list
                found = &choice;
            }
        }
        return found;
    };
    const PartnerChoice* choice = find();
    if (!choice && !text.isEmpty()) {
        suggestPartners(text);
        choice = find();
    }
    if (choice)
        setPartner(*choice);
    else
        setPartner(PartnerChoice { {}, text });
    setDirty(true);
}

void RequestEditor::setPartner(const PartnerChoice& partner)
{
    const bool changed = partner.id != m_partner.id;
    m_partner = partner;
    if (!partner.id.isEmpty())
        m_partnerName->setText(partner.name);
    if (changed) {
        reloadAllocations({});
        reloadDeals({});
    }
}

void RequestEditor::reloadAllocations(const QByteArray& selectId)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_allocation->clear();
    m_allocation->addItem(m_partner.id.isEmpty() ? tr("Choose the partner first") : tr("Choose an allocation…"),
                          QByteArray());
    QList<MdfAllocation> allocations;
    if (!m_partner.id.isEmpty()) {
        if (const auto live = m_actions.budgets().allocationsOfPartner(m_partner.id); live)
            allocations = live.value();
    }
    // A saved request keeps showing its allocation even when it is no longer offered (unauthorised since).
    if (!selectId.isEmpty()
        && std::none_of(allocations.cbegin(), allocations.cend(), [&](const MdfAllocation& a) { return a.id == selectId; })) {
        if (const auto own = m_actions.budgets().allocation(selectId); own)
            allocations.append(own.value());
    }
    QHash<QByteArray, MdfBudget> budgets;
    for (const MdfAllocation& allocation : std::as_const(allocations)) {
        if (!budgets.contains(allocation.budgetId)) {
            if (const auto budget = m_actions.budgets().budget(allocation.budgetId); budget)
                budgets.insert(allocation.budgetId, budget.value());
        }
        const MdfBudget budget = budgets.value(allocation.budgetId);
        const QString currency = allocation.amount.currency;
        QString label;
        if (const auto balance = MdfForm::allocationBalance(m_actions.database(), allocation.id); balance) {
            //: Allocation picker entry: budget name · period — remaining left of amount
            label = tr("%1 · %2 — %3 left of %4")
                        .arg(budget.name.isEmpty() ? tr("(budget not available)") : budget.name, allocation.period,
                             MdfForm::money(balance->remainingMinor(), currency),
                             MdfForm::money(balance->amountMinor, currency));
        } else {
            label = tr("%1 · %2").arg(budget.name, allocation.period);
        }
        if (!allocation.authorized)
            label = tr("%1 (not authorised)").arg(label);
        m_allocation->addItem(label, allocation.id);
        m_allocation->setItemData(m_allocation->count() - 1, currency, CurrencyRole);
        m_allocation->setItemData(m_allocation->count() - 1, budget.vendorShareBp, ShareRole);
    }
    MdfForm::selectData(m_allocation, selectId);
    if (selectId.isEmpty() && m_allocation->count() == 2)
        m_allocation->setCurrentIndex(1); // the partner's only allocation: nothing to choose
    m_loading = wasLoading;
    onAllocationChosen();
}

void RequestEditor::onAllocationChosen()
{
    const QByteArray id = m_allocation->currentData().toByteArray();
    if (id.isEmpty()) {
        m_allocationBalance->setText(m_partner.id.isEmpty() || m_allocation->count() > 1
                                         ? QString()
                                         : tr("This partner has no live, authorised allocation to request from."));
    } else if (const auto balance = MdfForm::allocationBalance(m_actions.database(), id); balance) {
        const QString cur = balance->currency;
        m_allocationBalance->setText(tr("Allocation %1; approved requests hold %2; %3 left.")
                                         .arg(MdfForm::money(balance->amountMinor, cur),
                                              MdfForm::money(balance->committedMinor, cur),
                                              MdfForm::money(balance->remainingMinor(), cur)));
    } else {
        m_allocationBalance->setText(balance.error().message);
    }
    if (m_loading)
        return;
    // A new request takes the budget's vendor share unless the user set one (MDF-07).
    if (isNew() && !m_shareTouched && !id.isEmpty()) {
        if (const int share = m_allocation->currentData(ShareRole).toInt(); share > 0) {
            m_loading = true;
            m_vendorShare->setValue(share / 100.0);
            m_loading = false;
        }
    }
    updateTotals();
    setDirty(true);
}

void RequestEditor::reloadDeals(const QList<QByteArray>& checked)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_deals->clear();
    QList<MdfForm::DealChoice> deals;
    if (const auto found = MdfForm::dealsOfPartner(m_actions.database(), m_partner.id); found)
        deals = found.value();
    auto add = [this, &checked](const QByteArray& id, const QString& label) {
        auto* item = new QListWidgetItem(label, m_deals);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    };
    for (const MdfForm::DealChoice& deal : std::as_const(deals)) {
        //: Linked deal: number — customer (kind, status)
        add(deal.id, tr("%1 — %2 (%3, %4)")
                         .arg(deal.number, deal.customerName,
                              deal.kind == QLatin1String("opportunity") ? tr("opportunity") : tr("registration"),
                              dealStatusLabel(deal.status)));
    }
    for (const QByteArray& id : checked) {
        if (std::none_of(deals.cbegin(), deals.cend(), [&id](const MdfForm::DealChoice& d) { return d.id == id; }))
            add(id, tr("A deal not on this device (%1)").arg(QString::fromLatin1(id.toHex())));
    }
    m_loading = wasLoading;
}

// ---- cost lines ---------------------------------------------------------------------------------------------

void RequestEditor::addLine(const MdfRequestLine& item)
{
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    const QString cur = currency();

    auto* description = new QLineEdit(m_lines);
    description->setObjectName(QStringLiteral("lineDescription"));
    description->setText(item.description);
    description->setPlaceholderText(tr("What the money is for"));
    description->setProperty(LineKeyProperty, item.key);
    auto* requested = new QLineEdit(m_lines);
    requested->setObjectName(QStringLiteral("lineRequested"));
    requested->setAlignment(Qt::AlignRight);
    if (item.requestedMinor != 0)
        requested->setText(MdfForm::editText(item.requestedMinor, cur));
    m_lines->setCellWidget(row, DescriptionColumn, description);
    m_lines->setCellWidget(row, RequestedColumn, requested);

    auto readOnlyItem = [](const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter) {
        auto* cell = new QTableWidgetItem(text);
        cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        cell->setTextAlignment(alignment);
        return cell;
    };
    m_lines->setItem(row, ApprovedColumn,
                     readOnlyItem(item.approvedMinor ? MdfForm::money(*item.approvedMinor, cur) : QString(),
                                  Qt::AlignRight | Qt::AlignVCenter));
    m_lines->setItem(row, DecisionColumn, readOnlyItem(decisionLabel(item.decision)));
    m_lines->setItem(row, NoteColumn, readOnlyItem(item.note));
    m_lines->item(row, DecisionColumn)->setData(Qt::UserRole, item.decision);

    connect(description, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(requested, &QLineEdit::textEdited, this, [this] {
        updateTotals();
        setDirty(true);
    });
    description->setReadOnly(m_readOnly);
    requested->setReadOnly(m_readOnly);
    if (!m_loading)
        updateTotals();
}

void RequestEditor::removeCurrentLine()
{
    int row = m_lines->currentRow();
    if (row < 0) {
        // A click into a cell widget focuses it without making its row current.
        for (int r = 0; r < m_lines->rowCount() && row < 0; ++r) {
            for (int c : { DescriptionColumn, RequestedColumn }) {
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

QString RequestEditor::currency() const
{
    const QString cur = m_allocation ? m_allocation->currentData(CurrencyRole).toString() : QString();
    if (!cur.isEmpty())
        return cur;
    return m_request.requested.currency;
}

void RequestEditor::updateTotals()
{
    if (m_loading)
        return;
    const QString cur = currency();
    qint64 sum = 0;
    bool complete = true;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const auto* requested = qobject_cast<QLineEdit*>(m_lines->cellWidget(row, RequestedColumn));
        const QString text = requested ? requested->text().trimmed() : QString();
        if (text.isEmpty())
            continue;
        if (const Result<qint64> amount = MdfForm::parseAmount(text, cur); amount)
            sum += *amount;
        else
            complete = false;
    }
    const QString currencyShown = cur.isEmpty() ? QStringLiteral("USD") : cur;
    QString total = complete ? tr("Total requested: %1").arg(MdfForm::money(sum, currencyShown))
                             : tr("Total requested: — (a line's amount is not a number)");
    if (m_request.approvedMinor)
        total += QLatin1Char('\n') + tr("Approved: %1").arg(MdfForm::money(*m_request.approvedMinor, currencyShown));
    m_total->setText(total);
    m_total->setProperty("totalMinor", complete ? QVariant(sum) : QVariant());
    m_removeLine->setEnabled(!m_readOnly && m_lines->rowCount() > 0);
}

// ---- saving -------------------------------------------------------------------------------------------------

MdfRequest RequestEditor::collect(Status& status) const
{
    auto fail = [&status](const QString& field, const QString& message) {
        if (status.ok())
            status = Error::validation(field, message);
    };
    MdfRequest r = m_request;
    const QString partnerText = m_partnerName->text().trimmed();
    if (m_partner.id.isEmpty() || partnerText != m_partner.name) {
        fail(QStringLiteral("partner_id"),
             partnerText.isEmpty() ? tr("Choose the partner asking for funds.")
                                   : tr("No partner is called “%1”: pick one from the suggestions.").arg(partnerText));
    }
    r.partnerId = m_partner.id;
    r.allocationId = m_allocation->currentData().toByteArray();
    if (r.allocationId.isEmpty() && !m_partner.id.isEmpty())
        fail(QStringLiteral("allocation_id"), tr("Choose the allocation this request draws on."));
    r.title = m_title->text().trimmed();
    r.activityType = m_activityType->currentData().toString();
    r.campaign = m_campaign->text().trimmed();
    r.description = m_description->toPlainText().trimmed();
    r.startDate = m_startDate->optionalDate();
    r.endDate = m_endDate->optionalDate();
    r.expectedOutcome = m_expectedOutcome->toPlainText().trimmed();
    r.vendorShareBp = qRound(m_vendorShare->value() * 100.0);
    const QString cur = currency();
    r.requested.currency = cur;

    // Lines keep their key (and, on a rejected request being fixed, nothing else of the old decision matters).
    QHash<QString, MdfRequestLine> previous;
    for (const MdfRequestLine& l : m_request.lines)
        previous.insert(l.key, l);
    r.lines.clear();
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const auto* description = qobject_cast<QLineEdit*>(m_lines->cellWidget(row, DescriptionColumn));
        const auto* requested = qobject_cast<QLineEdit*>(m_lines->cellWidget(row, RequestedColumn));
        const QString key = description->property(LineKeyProperty).toString();
        MdfRequestLine l = key.isEmpty() ? MdfRequestLine {} : previous.value(key);
        l.key = key;
        l.description = description->text().trimmed();
        const QString text = requested->text().trimmed();
        if (text.isEmpty()) {
            l.requestedMinor = 0;
        } else if (const Result<qint64> amount = MdfForm::parseAmount(text, cur); amount) {
            l.requestedMinor = *amount;
        } else {
            fail(QStringLiteral("line_items"), tr("Line %1: %2").arg(row + 1).arg(amount.error().message));
        }
        r.lines.append(l);
    }
    r.requested.minor = r.linesRequestedMinor();

    r.linkedDealIds.clear();
    for (int row = 0; row < m_deals->count(); ++row) {
        if (m_deals->item(row)->checkState() == Qt::Checked)
            r.linkedDealIds.append(m_deals->item(row)->data(Qt::UserRole).toByteArray());
    }
    return r;
}

Status RequestEditor::commit()
{
    if (!m_dirty || m_readOnly)
        return {};
    resolvePartner(); // typed but not yet confirmed with Return or Tab
    Status status;
    const MdfRequest request = collect(status);
    if (!status) {
        showError(status.error());
        return status;
    }
    if (isNew()) {
        const Result<MdfRequest> created = m_actions.createRequest(request);
        if (!created) {
            showError(created.error());
            return created.error();
        }
        load(created.value());
        Q_EMIT saved(created->id, true);
        return {};
    }
    const Result<bool> changed = m_actions.updateRequest(request);
    if (!changed) {
        showError(changed.error());
        return changed.error();
    }
    if (const Result<MdfRequest> stored = m_actions.requests().get(request.id); stored)
        load(stored.value());
    Q_EMIT saved(request.id, false);
    return {};
}

void RequestEditor::setDirty(bool dirty)
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

QWidget* RequestEditor::fieldWidget(const QString& field) const
{
    if (field.startsWith(QLatin1String("line_items")) || field == QLatin1String("requested_minor")
        || field == QLatin1String("approved_minor"))
        return m_lines;
    static const QHash<QString, const char*> widgets {
        { QStringLiteral("partner_id"), "partner" },
        { QStringLiteral("allocation_id"), "allocation" },
        { QStringLiteral("currency"), "allocation" },
        { QStringLiteral("title"), "title" },
        { QStringLiteral("activity_type"), "activityType" },
        { QStringLiteral("campaign"), "campaign" },
        { QStringLiteral("description"), "description" },
        { QStringLiteral("start_date"), "startDate" },
        { QStringLiteral("end_date"), "endDate" },
        { QStringLiteral("expected_outcome"), "expectedOutcome" },
        { QStringLiteral("vendor_share_bp"), "vendorShare" },
        { QStringLiteral("linked_deals"), "linkedDeals" },
    };
    const char* name = widgets.value(field);
    return name ? m_form->findChild<QWidget*>(QLatin1String(name)) : nullptr;
}

void RequestEditor::clearError()
{
    m_error->hide();
    m_error->clear();
    if (m_fieldErrorForm) {
        const QFormLayout::TakeRowResult taken = m_fieldErrorForm->takeRow(m_fieldError);
        delete taken.fieldItem; // the layout item only; the label is reused
        delete taken.labelItem;
        m_fieldErrorForm = nullptr;
    }
    m_fieldError->hide();
    m_fieldError->setProperty("field", QString());
}

void RequestEditor::showError(const Error& error)
{
    clearError();
    QWidget* widget = fieldWidget(error.field);
    // The form row that holds the field (a compound row like the allocation picker counts as one).
    QWidget* row = widget;
    while (row && !m_rowForms.contains(row))
        row = row->parentWidget();
    if (widget && row) {
        QFormLayout* form = m_rowForms.value(row);
        int index = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(row, &index, &role);
        m_fieldError->setText(error.message);
        m_fieldError->setProperty("field", error.field);
        form->insertRow(index + 1, m_fieldError);
        m_fieldError->show();
        m_fieldErrorForm = form;
        widget->setFocus(Qt::OtherFocusReason);
        if (auto* scroll = findChild<QScrollArea*>(QStringLiteral("requestScroll")))
            scroll->ensureWidgetVisible(widget);
    } else {
        m_error->setText(error.message);
        m_error->show();
    }
}

} // namespace ChannelDesk
