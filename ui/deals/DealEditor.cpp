#include "DealEditor.h"

#include "common/Countries.h"
#include "common/Money.h"
#include "common/OptionalDateEdit.h"
#include "common/PanelCombo.h"
#include "deals/DealActions.h"
#include "deals/DealWorkflow.h"
#include "partners/ContactRepository.h"
#include "partners/PartnerQuery.h"
#include "partners/PartnerRepository.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedLayout>
#include <QStringListModel>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ChannelDesk {

namespace {

enum LineColumn { ProductColumn, QuantityColumn, PriceColumn, TotalColumn, LineColumnCount };

int digitsOf(const QString& currency)
{
    const int digits = Money::minorDigits(currency);
    return digits < 0 ? 2 : digits;
}

// An amount as the user edits it: the locale's number without the currency symbol.
QString editText(qint64 minor, const QString& currency)
{
    const int digits = digitsOf(currency);
    return QLocale().toString(Money { minor, currency }.toPlainString().toDouble(), 'f', digits);
}

void selectData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    } else if (combo->isEditable()) {
        combo->setCurrentIndex(-1);
        combo->setEditText(data.toString());
    } else {
        combo->setCurrentIndex(combo->count() > 0 ? 0 : -1);
    }
}

// The code behind an editable combo: the item's data when the text matches an item, else what was typed.
QString comboCode(const QComboBox* combo)
{
    const QString text = combo->currentText().trimmed();
    const int index = combo->findText(text);
    if (index >= 0)
        return combo->itemData(index).toString();
    return text;
}

const QString ErrorStyle = QStringLiteral(
    "QLabel { color: #8a1c12; background: #fbe9e7; border: 1px solid #e6b0aa; border-radius: 4px; padding: 6px; }");

} // namespace

DealEditor::DealEditor(Database& db, DealActions& actions, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_actions(actions)
{
    setObjectName(QStringLiteral("dealEditor"));
    m_placeholder = new QLabel(tr("Select a deal to see and edit it, or create a registration with "
                                  "File → New Registration."),
                               this);
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_pages = new QStackedLayout(this);
    m_pages->addWidget(m_placeholder);
    // The form (250 localised country names, the catalogue) is built when first needed.
}

void DealEditor::ensureForm()
{
    if (!m_form)
        buildForm();
}

void DealEditor::buildForm()
{
    m_readOnlyBanner = new QLabel(this);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(QStringLiteral(
        "QLabel { color: #5f4b00; background: #fef7e0; border: 1px solid #f9e199; border-radius: 4px; padding: 6px; }"));
    m_readOnlyBanner->hide();

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(ErrorStyle);
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
    auto editableCombo = [&](const char* name) {
        auto* combo = panelCombo(m_form);
        combo->setObjectName(QLatin1String(name));
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        return combo;
    };

    // Partner side
    QFormLayout* partnerForm = group(tr("Partner"));
    m_partnerName = line("partner");
    m_partnerName->setPlaceholderText(tr("Type a partner name (required)"));
    m_partnerNames = new QStringListModel(this);
    m_partnerCompleter = new QCompleter(m_partnerNames, this);
    // The suggestions are already the search result (word prefixes, accents folded): show them unfiltered.
    m_partnerCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_partnerCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_partnerName->setCompleter(m_partnerCompleter);
    connect(m_partnerName, &QLineEdit::textEdited, this, &DealEditor::suggestPartners);
    connect(m_partnerName, &QLineEdit::editingFinished, this, &DealEditor::resolvePartner);
    connect(m_partnerCompleter, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& name) {
        m_partnerName->setText(name);
        resolvePartner();
    });
    m_partnerContact = panelCombo(m_form);
    m_partnerContact->setObjectName(QStringLiteral("partnerContact"));
    m_cam = editableCombo("cam");
    m_cam->setToolTip(tr("The channel account manager; the partner's owner unless you choose another"));
    addRow(partnerForm, tr("&Partner:"), m_partnerName);
    addRow(partnerForm, tr("Submitted b&y:"), m_partnerContact);
    addRow(partnerForm, tr("C&AM:"), m_cam);

    // End customer
    QFormLayout* customer = group(tr("End customer"));
    m_customerName = line("customerName");
    m_customerName->setPlaceholderText(tr("Legal name (required)"));
    m_customerDomain = line("customerDomain");
    m_customerDomain->setPlaceholderText(tr("example.com"));
    m_customerCountry = editableCombo("customerCountry");
    m_customerCountry->addItem(QString(), QString());
    {
        QList<QPair<QString, QString>> countries;
        for (const QString& code : Countries::codes())
            countries.append({ Countries::displayName(code, QLocale()), code });
        std::sort(countries.begin(), countries.end(),
                  [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
        for (const auto& [name, code] : countries)
            m_customerCountry->addItem(QStringLiteral("%1 — %2").arg(code, name), code);
    }
    m_customerCountry->completer()->setFilterMode(Qt::MatchContains);
    m_customerCountry->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_customerCity = line("customerCity");
    addRow(customer, tr("Customer &name:"), m_customerName);
    addRow(customer, tr("&Website or domain:"), m_customerDomain);
    addRow(customer, tr("Co&untry:"), m_customerCountry);
    addRow(customer, tr("Ci&ty:"), m_customerCity);

    QFormLayout* contact = group(tr("Customer contact"));
    m_contactName = line("customerContactName");
    m_contactEmail = line("customerContactEmail");
    m_contactEmail->setPlaceholderText(tr("name@example.com"));
    m_contactPhone = line("customerContactPhone");
    addRow(contact, tr("Na&me:"), m_contactName);
    addRow(contact, tr("E&mail:"), m_contactEmail);
    addRow(contact, tr("P&hone:"), m_contactPhone);

    // Commercials
    QFormLayout* commercial = group(tr("Deal"));
    m_lines = new QTableWidget(0, LineColumnCount, m_form);
    m_lines->setObjectName(QStringLiteral("lineItems"));
    m_lines->setHorizontalHeaderLabels({ tr("Product"), tr("Quantity"), tr("Unit price"), tr("Total") });
    m_lines->verticalHeader()->hide();
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->horizontalHeader()->setSectionResizeMode(ProductColumn, QHeaderView::Stretch);
    m_lines->setMinimumHeight(m_lines->fontMetrics().height() * 7);
    m_addLine = new QPushButton(tr("Add &line"), m_form);
    m_addLine->setObjectName(QStringLiteral("addLine"));
    m_removeLine = new QPushButton(tr("Remove line"), m_form);
    m_removeLine->setObjectName(QStringLiteral("removeLine"));
    connect(m_addLine, &QPushButton::clicked, this, [this] {
        addLine({});
        setDirty(true);
        if (auto* product = qobject_cast<QComboBox*>(m_lines->cellWidget(m_lines->rowCount() - 1, ProductColumn)))
            product->setFocus();
    });
    connect(m_removeLine, &QPushButton::clicked, this, &DealEditor::removeCurrentLine);
    auto* linesBox = new QWidget(m_form);
    auto* linesLayout = new QVBoxLayout(linesBox);
    linesLayout->setContentsMargins(0, 0, 0, 0);
    linesLayout->addWidget(m_lines);
    auto* lineButtons = new QHBoxLayout;
    lineButtons->addWidget(m_addLine);
    lineButtons->addWidget(m_removeLine);
    lineButtons->addStretch();
    linesLayout->addLayout(lineButtons);
    commercial->addRow(tr("Line items:"), linesBox);
    m_rowForms.insert(linesBox, commercial);

    m_amount = line("amount");
    m_amount->setAlignment(Qt::AlignRight);
    m_currency = editableCombo("currency");
    for (const char* code : { "USD", "EUR", "GBP", "VND", "SGD", "AUD", "JPY", "CHF", "CAD", "THB" })
        m_currency->addItem(QString::fromLatin1(code), QString::fromLatin1(code));
    m_amountRow = new QWidget(m_form);
    auto* amountLayout = new QHBoxLayout(m_amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->addWidget(m_amount, 1);
    amountLayout->addWidget(m_currency);
    addRow(commercial, tr("Amo&unt:"), m_amountRow);

    m_expectedClose = new OptionalDateEdit(m_form);
    m_expectedClose->setObjectName(QStringLiteral("expectedClose"));
    addRow(commercial, tr("E&xpected close:"), m_expectedClose);
    m_expiresOn = new OptionalDateEdit(m_form);
    m_expiresOn->setObjectName(QStringLiteral("expiresOn"));
    m_expiresOn->setToolTip(tr("End of the protection period (set at approval; editable while approved)"));
    addRow(commercial, tr("Protected unti&l:"), m_expiresOn);

    m_stage = panelCombo(m_form);
    m_stage->setObjectName(QStringLiteral("salesStage"));
    for (const SalesStage& stage : salesStages())
        m_stage->addItem(stage.label, stage.code);
    addRow(commercial, tr("&Stage:"), m_stage);

    m_probability = new QSpinBox(m_form);
    m_probability->setObjectName(QStringLiteral("probability"));
    m_probability->setRange(0, 100);
    m_probability->setSuffix(QLocale().percent());
    m_probabilityHint = new QLabel(m_form);
    m_probabilityHint->setObjectName(QStringLiteral("probabilityHint"));
    m_resetProbability = new QToolButton(m_form);
    m_resetProbability->setObjectName(QStringLiteral("resetProbability"));
    m_resetProbability->setText(tr("Use stage default"));
    m_probabilityRow = new QWidget(m_form);
    auto* probabilityLayout = new QHBoxLayout(m_probabilityRow);
    probabilityLayout->setContentsMargins(0, 0, 0, 0);
    probabilityLayout->addWidget(m_probability);
    probabilityLayout->addWidget(m_probabilityHint, 1);
    probabilityLayout->addWidget(m_resetProbability);
    addRow(commercial, tr("Pro&bability:"), m_probabilityRow);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &DealEditor::onStageChanged);
    connect(m_probability, &QSpinBox::valueChanged, this, [this] {
        if (m_settingProbability || m_loading)
            return;
        m_probabilityOverridden = true; // the user's figure, not the stage's
        m_probabilityHint->setText(tr("set for this deal (stage default %1%2)")
                                       .arg(QLocale().toString(stageProbability(m_stage->currentData().toString())),
                                            QLocale().percent()));
        m_resetProbability->setVisible(true);
        setDirty(true);
    });
    connect(m_resetProbability, &QToolButton::clicked, this, [this] {
        m_probabilityOverridden = false;
        onStageChanged();
        setDirty(true);
    });

    m_competitor = line("competitor");
    addRow(commercial, tr("Com&petitor:"), m_competitor);
    m_description = new QPlainTextEdit(m_form);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    addRow(commercial, tr("&Description:"), m_description);

    for (QComboBox* combo : { m_partnerContact, m_cam, m_customerCountry, m_currency, m_stage }) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { setDirty(true); });
        if (combo->isEditable())
            connect(combo, &QComboBox::editTextChanged, this, [this] { setDirty(true); });
    }
    connect(m_currency, &QComboBox::currentTextChanged, this, [this] {
        if (!m_loading)
            updateTotals();
    });
    connect(m_expectedClose, &QDateEdit::dateChanged, this, [this] { setDirty(true); });
    connect(m_expiresOn, &QDateEdit::dateChanged, this, [this] { setDirty(true); });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] { setDirty(true); });
    formLayout->addStretch();

    auto* scroll = new QScrollArea(this);
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
        if (m_isNew)
            showDeal({});
        else
            showDeal(m_deal.id);
    });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    m_pages->addWidget(page);

    reloadChoices();
}

void DealEditor::reloadChoices()
{
    if (!m_form)
        return;
    if (const auto products = m_actions.settings().products(/*activeOnly=*/true); products)
        m_products = products.value();
    const QString cam = m_cam->currentText();
    const bool wasLoading = m_loading;
    m_loading = true;
    m_cam->clear();
    QStringList cams;
    if (const auto owners = PartnerRepository(m_db).distinctValues(QStringLiteral("owner")); owners)
        cams = owners.value();
    if (const QString me = m_actions.settings().me(); !me.isEmpty() && !cams.contains(me))
        cams.append(me);
    cams.sort(Qt::CaseInsensitive);
    for (const QString& name : std::as_const(cams))
        m_cam->addItem(name, name);
    selectData(m_cam, cam);
    m_loading = wasLoading;
}

void DealEditor::showDeal(const QByteArray& id)
{
    m_isNew = false;
    if (id.isEmpty()) {
        m_deal = Deal {};
        m_dirty = false;
        m_pages->setCurrentWidget(m_placeholder);
        Q_EMIT shown(m_deal);
        return;
    }
    ensureForm();
    const Result<Deal> deal = m_actions.deals().get(id);
    if (!deal || (deal->isDeleted() && !m_showsArchived)) {
        showDeal({});
        return;
    }
    load(deal.value());
    m_pages->setCurrentIndex(1);
    Q_EMIT shown(m_deal);
}

void DealEditor::startNew()
{
    ensureForm();
    reloadChoices();
    Deal fresh;
    fresh.kind = QStringLiteral("registration");
    fresh.status = QStringLiteral("draft");
    if (const auto program = m_actions.settings().program(); program)
        fresh.amount.currency = program->baseCurrency;
    load(fresh);
    m_isNew = true;
    m_pages->setCurrentIndex(1);
    setDirty(true);
    Q_EMIT shown(m_deal);
    m_partnerName->setFocus();
}

void DealEditor::load(const Deal& d)
{
    m_loading = true;
    m_deal = d;
    clearError();

    m_partner = {};
    m_partner.id = d.partnerId;
    if (!d.partnerId.isEmpty()) {
        if (const auto partner = PartnerRepository(m_db).get(d.partnerId); partner) {
            m_partner.name = partner->name;
            m_partner.owner = partner->owner;
        }
    }
    m_partnerName->setText(m_partner.name);
    reloadPartnerContacts(d.partnerContactId);
    selectData(m_cam, d.cam);
    if (d.cam.isEmpty())
        m_cam->setEditText(QString());

    m_customerName->setText(d.customerName);
    m_customerDomain->setText(d.customerDomain);
    selectData(m_customerCountry, d.customerCountry);
    m_customerCity->setText(d.customerCity);
    m_contactName->setText(d.customerContactName);
    m_contactEmail->setText(d.customerContactEmail);
    m_contactPhone->setText(d.customerContactPhone);

    selectData(m_currency, d.amount.currency);
    m_lines->setRowCount(0);
    for (const DealLineItem& item : d.lineItems)
        addLine(item);
    m_amount->setText(d.amount.minor == 0 ? QString() : editText(d.amount.minor, d.amount.currency));
    updateTotals();
    m_expectedClose->setOptionalDate(d.expectedClose);
    m_expiresOn->setOptionalDate(d.expiresOn);
    selectData(m_stage, d.salesStage);
    m_probabilityOverridden = d.probability.has_value();
    onStageChanged();
    if (d.probability)
        setProbabilityValue(*d.probability);
    m_competitor->setText(d.competitor);
    m_description->setPlainText(d.description);

    const bool editable = m_deal.id.isEmpty() || DealWorkflow::isEditable(d);
    // The partner is the sync scope of the deal and of its history: chosen once, while it is a draft.
    const bool partnerLocked = !m_deal.id.isEmpty() && d.status != QLatin1String("draft");
    setReadOnly(!editable, partnerLocked);
    if (!editable) {
        m_readOnlyBanner->setText(readOnlyReason(d));
        m_readOnlyBanner->show();
    } else {
        m_readOnlyBanner->hide();
    }
    m_loading = false;
    setDirty(false);
}

QString DealEditor::readOnlyReason(const Deal& d) const
{
    if (const Status editable = DealWorkflow::checkEditable(d); !editable)
        return editable.error().message; // the same words the repository refuses an edit with
    if (d.isRegistration()) {
        if (d.status == QLatin1String("pending_approval"))
            return tr("This registration is pending approval and read-only: approve or reject it first.");
        if (d.status == QLatin1String("closed")) {
            QString code = d.closureCode;
            for (const Choice& choice : closureCodes()) {
                if (choice.code == d.closureCode)
                    code = choice.label;
            }
            return tr("This registration is closed (%1) and can no longer be changed.").arg(code);
        }
        if (d.status == QLatin1String("canceled"))
            return tr("This registration was canceled and can no longer be changed.");
    } else if (d.status == QLatin1String("won") || d.status == QLatin1String("lost")) {
        return tr("This opportunity is marked %1 and read-only; reopen it to change it.").arg(dealStatusLabel(d.status));
    }
    return tr("This deal is read-only in its current status (%1).").arg(dealStatusLabel(d.status));
}

void DealEditor::setReadOnly(bool readOnly, bool partnerLocked)
{
    m_readOnly = readOnly;
    for (QLineEdit* edit : m_form->findChildren<QLineEdit*>()) {
        if (qobject_cast<QComboBox*>(edit->parentWidget()) || qobject_cast<QAbstractSpinBox*>(edit->parentWidget()))
            continue; // the combo or spin box itself is switched below
        edit->setReadOnly(readOnly);
    }
    m_description->setReadOnly(readOnly);
    for (QComboBox* combo : m_form->findChildren<QComboBox*>())
        combo->setEnabled(!readOnly);
    for (QAbstractSpinBox* spin : m_form->findChildren<QAbstractSpinBox*>())
        spin->setReadOnly(readOnly);
    for (QAbstractButton* button : m_form->findChildren<QAbstractButton*>())
        button->setEnabled(!readOnly);
    m_partnerName->setReadOnly(readOnly || partnerLocked);
    // The expiry is set by approval and then editable while approved (DR-06); before that it means nothing.
    const bool approved = m_deal.isRegistration() && m_deal.status == QLatin1String("approved");
    m_expiresOn->setReadOnly(readOnly || !approved);
    m_expiresOn->setEnabled(approved || m_deal.expiresOn.isValid());
    if (partnerLocked && !readOnly)
        m_partnerName->setToolTip(tr("The partner of a submitted deal cannot change."));
    else
        m_partnerName->setToolTip(QString());
    m_save->setVisible(!readOnly);
    m_revert->setVisible(!readOnly);
    updateTotals(); // the amount field's own rule (read-only while there are line items)
}

// ---- partner picker -------------------------------------------------------------------------------------------

void DealEditor::suggestPartners(const QString& text)
{
    m_suggestions.clear();
    PartnerQuery query;
    query.search = text;
    if (query.ftsMatch().isEmpty()) {
        m_partnerNames->setStringList({});
        return;
    }
    // The partner list's own search (folded word prefixes over FTS5), 20 best by name: instant on 100,000 partners.
    QVariantList binds;
    QSqlQuery sql(m_db.connection());
    sql.setForwardOnly(true);
    sql.prepare(QStringLiteral("SELECT id, name, owner FROM partner WHERE %1 ORDER BY %2 LIMIT 20")
                    .arg(query.whereSql(binds), query.orderSql()));
    for (const QVariant& bind : std::as_const(binds))
        sql.addBindValue(bind);
    QStringList names;
    if (sql.exec()) {
        while (sql.next()) {
            m_suggestions.append({ sql.value(0).toByteArray(), sql.value(1).toString(), sql.value(2).toString() });
            names.append(sql.value(1).toString());
        }
    }
    m_partnerNames->setStringList(names);
    if (m_partnerName->hasFocus() && !names.isEmpty())
        m_partnerCompleter->complete();
}

void DealEditor::resolvePartner()
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
    if (choice) {
        setPartner(*choice);
    } else {
        m_partner = PartnerChoice { {}, text, m_partner.owner };
        reloadPartnerContacts({});
    }
    setDirty(true);
}

void DealEditor::setPartner(const PartnerChoice& partner)
{
    const QString previousOwner = m_partner.owner;
    m_partner = partner;
    m_partnerName->setText(partner.name);
    // The CAM follows the partner's owner unless the user chose someone else.
    const QString cam = m_cam->currentText().trimmed();
    if (cam.isEmpty() || cam == previousOwner)
        selectData(m_cam, partner.owner);
    reloadPartnerContacts({});
}

void DealEditor::reloadPartnerContacts(const QByteArray& contactId)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_partnerContact->clear();
    m_partnerContact->addItem(tr("(nobody in particular)"), QByteArray());
    m_partnerContacts.clear();
    if (!m_partner.id.isEmpty()) {
        if (const auto contacts = ContactRepository(m_db).forPartner(m_partner.id); contacts)
            m_partnerContacts = contacts.value();
    }
    for (const Contact& contact : std::as_const(m_partnerContacts)) {
        const QString label = contact.email.isEmpty() ? contact.displayName()
                                                      : tr("%1 <%2>").arg(contact.displayName(), contact.email);
        m_partnerContact->addItem(label, contact.id);
    }
    const int index = m_partnerContact->findData(contactId);
    m_partnerContact->setCurrentIndex(std::max(0, index));
    m_loading = wasLoading;
}

// ---- line items ----------------------------------------------------------------------------------------------

void DealEditor::addLine(const DealLineItem& item)
{
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);

    auto* product = new QComboBox(m_lines);
    product->setObjectName(QStringLiteral("lineProduct"));
    product->addItem(tr("Choose a product…"), QString());
    for (const Product& p : std::as_const(m_products))
        product->addItem(tr("%1 (%2)").arg(p.name, p.code), p.code);
    if (!item.product.isEmpty() && product->findData(item.product) < 0)
        product->addItem(tr("%1 (%2)").arg(item.name, item.product), item.product); // since removed from the catalogue
    product->setCurrentIndex(std::max(0, product->findData(item.product)));

    auto* quantity = new QSpinBox(m_lines);
    quantity->setObjectName(QStringLiteral("lineQuantity"));
    quantity->setRange(1, 999999999);
    quantity->setValue(static_cast<int>(std::clamp<qint64>(item.quantity, 1, 999999999)));
    quantity->setAlignment(Qt::AlignRight);

    auto* price = new QLineEdit(m_lines);
    price->setObjectName(QStringLiteral("linePrice"));
    price->setAlignment(Qt::AlignRight);
    if (!item.product.isEmpty() || item.unitPriceMinor != 0)
        price->setText(editText(item.unitPriceMinor, currency()));

    auto* total = new QTableWidgetItem;
    total->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_lines->setCellWidget(row, ProductColumn, product);
    m_lines->setCellWidget(row, QuantityColumn, quantity);
    m_lines->setCellWidget(row, PriceColumn, price);
    m_lines->setItem(row, TotalColumn, total);

    connect(product, &QComboBox::currentIndexChanged, this, [this, product] {
        if (m_loading)
            return;
        onProductChosen(rowOfCellWidget(product, ProductColumn));
        setDirty(true);
    });
    connect(quantity, &QSpinBox::valueChanged, this, [this] {
        if (m_loading)
            return;
        updateTotals();
        setDirty(true);
    });
    connect(price, &QLineEdit::textEdited, this, [this] {
        updateTotals();
        setDirty(true);
    });
    if (!m_loading)
        updateTotals();
}

int DealEditor::rowOfCellWidget(const QWidget* widget, int column) const
{
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        if (m_lines->cellWidget(row, column) == widget)
            return row;
    }
    return -1;
}

void DealEditor::removeCurrentLine()
{
    int row = m_lines->currentRow();
    if (row < 0) {
        // A click into a cell widget focuses it without making its row current.
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

void DealEditor::onProductChosen(int row)
{
    if (row < 0)
        return;
    auto* product = qobject_cast<QComboBox*>(m_lines->cellWidget(row, ProductColumn));
    auto* price = qobject_cast<QLineEdit*>(m_lines->cellWidget(row, PriceColumn));
    const QString code = product->currentData().toString();
    const auto it = std::find_if(m_products.cbegin(), m_products.cend(), [&code](const Product& p) { return p.code == code; });
    if (it != m_products.cend()) {
        const QString listPrice = Money { it->listPriceMinor, it->currency }.format(QLocale());
        if (it->currency == currency()) {
            price->setText(editText(it->listPriceMinor, it->currency)); // prefilled with the list price
            price->setPlaceholderText(QString());
            price->setToolTip(tr("List price %1").arg(listPrice));
        } else {
            // Never put a price in another currency's units: say what the list price is instead.
            price->clear();
            price->setPlaceholderText(tr("List price %1").arg(listPrice));
            price->setToolTip(tr("The list price is in %1; enter the price in %2.").arg(it->currency, currency()));
        }
    }
    updateTotals();
}

QString DealEditor::currency() const
{
    return comboCode(m_currency).toUpper();
}

QList<DealLineItem> DealEditor::collectLines(Status& status) const
{
    QList<DealLineItem> items;
    const QString cur = currency();
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const auto* product = qobject_cast<QComboBox*>(m_lines->cellWidget(row, ProductColumn));
        const auto* quantity = qobject_cast<QSpinBox*>(m_lines->cellWidget(row, QuantityColumn));
        const auto* price = qobject_cast<QLineEdit*>(m_lines->cellWidget(row, PriceColumn));
        DealLineItem item;
        item.product = product->currentData().toString();
        const auto it = std::find_if(m_products.cbegin(), m_products.cend(),
                                     [&item](const Product& p) { return p.code == item.product; });
        item.name = it != m_products.cend() ? it->name : product->currentText();
        item.quantity = quantity->value();
        const QString text = price->text().trimmed();
        if (!text.isEmpty()) {
            const Result<Money> money = Money::parse(text, cur, QLocale());
            if (!money) {
                if (status.ok()) {
                    Error error = money.error();
                    error.field = QStringLiteral("line_items");
                    error.message = tr("Line %1: %2").arg(row + 1).arg(money.error().message);
                    status = error;
                }
            } else {
                item.unitPriceMinor = money->minor;
            }
        }
        items.append(item);
    }
    return items;
}

void DealEditor::updateTotals()
{
    if (!m_lines)
        return;
    const QString cur = currency();
    const QLocale locale;
    qint64 sum = 0;
    bool complete = true;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const auto* quantity = qobject_cast<QSpinBox*>(m_lines->cellWidget(row, QuantityColumn));
        const auto* price = qobject_cast<QLineEdit*>(m_lines->cellWidget(row, PriceColumn));
        QTableWidgetItem* total = m_lines->item(row, TotalColumn);
        const QString text = price ? price->text().trimmed() : QString();
        const Result<Money> money = text.isEmpty() ? Result<Money>(Money { 0, cur }) : Money::parse(text, cur, locale);
        if (!money || !quantity || !total) {
            complete = false;
            if (total)
                total->setText(QStringLiteral("—"));
            continue;
        }
        const qint64 lineTotal = money->minor * quantity->value();
        sum += lineTotal;
        total->setText(Money { lineTotal, cur }.format(locale));
    }
    const bool hasLines = m_lines->rowCount() > 0;
    // With line items the amount is their sum (DealValidator checks it): shown, not typed.
    m_amount->setReadOnly(m_readOnly || hasLines);
    if (hasLines) {
        m_amount->setText(complete ? editText(sum, cur) : QString());
        m_amount->setToolTip(tr("The sum of the line items"));
    } else {
        m_amount->setToolTip(QString());
    }
    m_removeLine->setEnabled(!m_readOnly && hasLines);
}

// ---- probability ---------------------------------------------------------------------------------------------

void DealEditor::setProbabilityValue(int value)
{
    m_settingProbability = true;
    m_probability->setValue(value);
    m_settingProbability = false;
}

void DealEditor::onStageChanged()
{
    const int stageDefault = stageProbability(m_stage->currentData().toString());
    const QLocale locale;
    if (!m_probabilityOverridden) {
        setProbabilityValue(stageDefault);
        m_probabilityHint->setText(tr("the stage's default"));
        m_resetProbability->setVisible(false);
    } else {
        m_probabilityHint->setText(tr("set for this deal (stage default %1%2)")
                                       .arg(locale.toString(stageDefault), locale.percent()));
        m_resetProbability->setVisible(true);
    }
}

// ---- saving --------------------------------------------------------------------------------------------------

Deal DealEditor::collect(Status& status) const
{
    Deal d = m_deal;
    const QString partnerText = m_partnerName->text().trimmed();
    if (m_partner.id.isEmpty() || partnerText != m_partner.name) {
        status = Error::validation(QStringLiteral("partner_id"),
                                   partnerText.isEmpty()
                                       ? tr("Choose the partner registering this deal.")
                                       : tr("No partner is called “%1”: pick one from the suggestions.").arg(partnerText));
    }
    d.partnerId = m_partner.id;
    d.partnerContactId = m_partnerContact->currentData().toByteArray();
    d.cam = comboCode(m_cam);
    d.customerName = m_customerName->text().trimmed();
    d.customerDomain = m_customerDomain->text().trimmed();
    {
        const QString countryText = m_customerCountry->currentText().trimmed();
        const int index = m_customerCountry->findText(countryText);
        d.customerCountry = index >= 0 ? m_customerCountry->itemData(index).toString() : countryText.toUpper();
    }
    d.customerCity = m_customerCity->text().trimmed();
    d.customerContactName = m_contactName->text().trimmed();
    d.customerContactEmail = m_contactEmail->text().trimmed();
    d.customerContactPhone = m_contactPhone->text().trimmed();
    d.amount.currency = currency();
    Status lineStatus;
    d.lineItems = collectLines(lineStatus);
    if (!lineStatus && status.ok())
        status = lineStatus;
    if (!d.lineItems.isEmpty()) {
        d.amount.minor = d.lineItemsTotalMinor();
    } else if (const QString amount = m_amount->text().trimmed(); amount.isEmpty()) {
        d.amount.minor = 0;
    } else if (const Result<Money> money = Money::parse(amount, d.amount.currency, QLocale()); money) {
        d.amount.minor = money->minor;
    } else if (status.ok()) {
        Error error = money.error();
        error.field = QStringLiteral("amount_minor");
        status = error;
    }
    d.expectedClose = m_expectedClose->optionalDate();
    if (!m_expiresOn->isReadOnly())
        d.expiresOn = m_expiresOn->optionalDate();
    d.salesStage = m_stage->currentData().toString();
    if (m_probabilityOverridden)
        d.probability = m_probability->value();
    else
        d.probability.reset();
    d.competitor = m_competitor->text().trimmed();
    d.description = m_description->toPlainText().trimmed();
    return d;
}

Status DealEditor::commit()
{
    if (!m_dirty || m_readOnly)
        return {};
    resolvePartner(); // typed but not yet confirmed with Return or Tab
    Status status;
    const Deal deal = collect(status);
    if (!status) {
        showError(status.error());
        return status;
    }
    if (m_isNew) {
        const Result<Deal> stored = m_actions.createDeal(deal);
        if (!stored) {
            showError(stored.error());
            return stored.error();
        }
        m_isNew = false;
        load(stored.value());
        Q_EMIT shown(m_deal);
        Q_EMIT created(stored->id);
        return {};
    }
    const Result<bool> saved = m_actions.updateDeal(deal);
    if (!saved) {
        showError(saved.error());
        return saved.error();
    }
    m_dirty = false;
    showDeal(deal.id);
    return {};
}

void DealEditor::setDirty(bool dirty)
{
    if (m_loading)
        return;
    m_dirty = dirty;
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
}

void DealEditor::reloadIfShowing(const QList<QByteArray>& ids)
{
    if (m_deal.id.isEmpty() || m_isNew || !ids.contains(m_deal.id) || m_dirty)
        return;
    showDeal(m_deal.id);
}

QWidget* DealEditor::fieldWidget(const QString& field) const
{
    if (!m_form)
        return nullptr;
    if (field.startsWith(QLatin1String("line_items")))
        return m_lines;
    static const QHash<QString, const char*> widgets {
        { QStringLiteral("partner_id"), "partner" },
        { QStringLiteral("partner_contact_id"), "partnerContact" },
        { QStringLiteral("cam"), "cam" },
        { QStringLiteral("customer_name"), "customerName" },
        { QStringLiteral("customer_domain"), "customerDomain" },
        { QStringLiteral("customer_country"), "customerCountry" },
        { QStringLiteral("customer_city"), "customerCity" },
        { QStringLiteral("customer_contact_name"), "customerContactName" },
        { QStringLiteral("customer_contact_email"), "customerContactEmail" },
        { QStringLiteral("customer_contact_phone"), "customerContactPhone" },
        { QStringLiteral("amount_minor"), "amount" },
        { QStringLiteral("amount"), "amount" },
        { QStringLiteral("currency"), "currency" },
        { QStringLiteral("expected_close"), "expectedClose" },
        { QStringLiteral("expires_on"), "expiresOn" },
        { QStringLiteral("sales_stage"), "salesStage" },
        { QStringLiteral("probability"), "probability" },
        { QStringLiteral("description"), "description" },
        { QStringLiteral("competitor"), "competitor" },
    };
    const char* name = widgets.value(field);
    return name ? m_form->findChild<QWidget*>(QLatin1String(name)) : nullptr;
}

void DealEditor::clearError()
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
}

void DealEditor::showError(const Error& error)
{
    clearError();
    QWidget* widget = fieldWidget(error.field);
    // The row of the form that holds the field (a compound row like amount + currency counts as one).
    QWidget* row = widget;
    while (row && !m_rowForms.contains(row))
        row = row->parentWidget();
    if (widget && row) {
        QFormLayout* form = m_rowForms.value(row);
        int index = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(row, &index, &role);
        m_fieldError->setText(error.message);
        form->insertRow(index + 1, m_fieldError);
        m_fieldError->show();
        m_fieldErrorForm = form;
        widget->setFocus(Qt::OtherFocusReason);
        if (auto* scroll = qobject_cast<QScrollArea*>(m_form->parentWidget() ? m_form->parentWidget()->parentWidget()
                                                                              : nullptr))
            scroll->ensureWidgetVisible(widget);
    } else {
        m_error->setText(error.message);
        m_error->show();
    }
}

} // namespace ChannelDesk
