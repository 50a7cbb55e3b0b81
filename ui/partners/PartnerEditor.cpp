#include "PartnerEditor.h"

#include "common/Countries.h"
#include "common/Money.h"
#include "common/OptionalDateEdit.h"
#include "common/PanelCombo.h"
#include "partners/ContactDialog.h"
#include "partners/ContactListModel.h"
#include "partners/PartnerActions.h"

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
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

namespace ChannelDesk {

namespace {

QComboBox* choiceCombo(const QList<Choice>& choices, QWidget* parent)
{
    auto* combo = panelCombo(parent);
    for (const Choice& choice : choices)
        combo->addItem(choice.label, choice.code);
    return combo;
}

void selectData(QComboBox* combo, const QString& code)
{
    const int index = combo->findData(code);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    } else if (combo->isEditable()) {
        combo->setCurrentIndex(-1);
        combo->setEditText(code);
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

} // namespace

PartnerEditor::PartnerEditor(PartnerActions& actions, QWidget* parent)
    : QWidget(parent)
    , m_actions(actions)
{
    setObjectName(QStringLiteral("partnerEditor"));
    m_placeholder = new QLabel(tr("Select a partner to see and edit its details and contacts, or create one with "
                                  "File → New Partner."),
                               this);
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_pages = new QStackedLayout(this);
    m_pages->addWidget(m_placeholder);
    // The form (250 localised country names among other things) is built when first needed, so opening the
    // window does not pay for it.
}

void PartnerEditor::ensureForm()
{
    if (!m_form)
        buildForm();
}

void PartnerEditor::buildForm()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #8a1c12; background: #fbe9e7; border: 1px solid #e6b0aa; "
                                          "border-radius: 4px; padding: 6px; }"));
    m_error->hide();

    m_form = new QWidget(this);
    auto* formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);

    auto group = [&](const QString& title) {
        auto* box = new QGroupBox(title, m_form);
        auto* layout = new QFormLayout(box);
        layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        formLayout->addWidget(box);
        return layout;
    };
    auto line = [&](const char* name) {
        auto* edit = new QLineEdit(m_form);
        edit->setObjectName(QLatin1String(name));
        connect(edit, &QLineEdit::textEdited, this, [this] { setDirty(true); });
        return edit;
    };

    // Identity
    QFormLayout* identity = group(tr("Partner"));
    m_name = line("name");
    m_name->setPlaceholderText(tr("Trading name (required)"));
    m_legalName = line("legalName");
    m_type = choiceCombo(partnerTypes(), m_form);
    m_type->setObjectName(QStringLiteral("type"));
    m_tier = choiceCombo(partnerTiers(), m_form);
    m_tier->setObjectName(QStringLiteral("tier"));
    m_stage = choiceCombo(onboardingStages(), m_form);
    m_stage->setObjectName(QStringLiteral("stage"));
    m_stageReason = line("stageReason");
    m_stageReason->setPlaceholderText(tr("Required when suspended or terminated"));
    identity->addRow(tr("&Name:"), m_name);
    identity->addRow(tr("&Legal name:"), m_legalName);
    identity->addRow(tr("&Type:"), m_type);
    identity->addRow(tr("T&ier:"), m_tier);
    identity->addRow(tr("&Stage:"), m_stage);
    identity->addRow(tr("Stage reason:"), m_stageReason);

    // Location
    QFormLayout* location = group(tr("Location"));
    m_country = panelCombo(m_form);
    m_country->setObjectName(QStringLiteral("country"));
    m_country->setEditable(true);
    m_country->setInsertPolicy(QComboBox::NoInsert);
    m_country->addItem(QString(), QString());
    {
        QList<QPair<QString, QString>> countries;
        for (const QString& code : Countries::codes())
            countries.append({ Countries::displayName(code, QLocale()), code });
        std::sort(countries.begin(), countries.end(),
                  [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
        for (const auto& [name, code] : countries)
            m_country->addItem(QStringLiteral("%1 — %2").arg(code, name), code);
    }
    m_country->completer()->setFilterMode(Qt::MatchContains);
    m_country->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_region = line("region");
    m_city = line("city");
    m_address = new QPlainTextEdit(m_form);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 3 + 12);
    location->addRow(tr("&Country:"), m_country);
    location->addRow(tr("&Region:"), m_region);
    location->addRow(tr("Cit&y:"), m_city);
    location->addRow(tr("&Address:"), m_address);

    // Reaching them
    QFormLayout* reach = group(tr("Contact details"));
    m_website = line("website");
    m_website->setPlaceholderText(tr("example.com"));
    m_emailDomain = line("emailDomain");
    m_emailDomain->setPlaceholderText(tr("example.com"));
    m_email = line("email");
    m_email->setPlaceholderText(tr("info@example.com"));
    m_phone = line("phone");
    reach->addRow(tr("&Website:"), m_website);
    reach->addRow(tr("Email &domain:"), m_emailDomain);
    reach->addRow(tr("E&mail:"), m_email);
    reach->addRow(tr("&Phone:"), m_phone);

    // Relationship
    QFormLayout* relation = group(tr("Relationship"));
    m_owner = panelCombo(m_form);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->setEditable(true);
    m_owner->setInsertPolicy(QComboBox::NoInsert);
    m_start = new OptionalDateEdit(m_form);
    m_start->setObjectName(QStringLiteral("partnershipStart"));
    m_end = new OptionalDateEdit(m_form);
    m_end->setObjectName(QStringLiteral("partnershipEnd"));
    m_nextReview = new OptionalDateEdit(m_form);
    m_nextReview->setObjectName(QStringLiteral("nextReview"));
    m_revenue = line("revenue");
    m_revenue->setAlignment(Qt::AlignRight);
    m_currency = panelCombo(m_form);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    for (const char* code : { "VND", "USD", "EUR", "GBP", "CHF", "SGD", "AUD", "CAD", "JPY", "THB" })
        m_currency->addItem(QString::fromLatin1(code), QString::fromLatin1(code));
    auto* revenueRow = new QHBoxLayout;
    revenueRow->addWidget(m_revenue, 1);
    revenueRow->addWidget(m_currency);
    m_externalId = line("externalId");
    relation->addRow(tr("&Owner (CAM):"), m_owner);
    relation->addRow(tr("Partner since:"), m_start);
    relation->addRow(tr("Partner until:"), m_end);
    relation->addRow(tr("Next revie&w:"), m_nextReview);
    relation->addRow(tr("Annual reven&ue:"), revenueRow);
    relation->addRow(tr("E&xternal ID:"), m_externalId);

    QFormLayout* notes = group(tr("Notes"));
    m_notes = new QPlainTextEdit(m_form);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    notes->addRow(m_notes);

    for (QComboBox* combo : { m_type, m_tier, m_stage, m_country, m_owner, m_currency }) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { setDirty(true); });
        if (combo->isEditable())
            connect(combo, &QComboBox::editTextChanged, this, [this] { setDirty(true); });
    }
    connect(m_stage, &QComboBox::currentIndexChanged, this, &PartnerEditor::updateStageReason);
    for (OptionalDateEdit* date : { m_start, m_end, m_nextReview })
        connect(date, &QDateEdit::dateChanged, this, [this] { setDirty(true); });
    for (QPlainTextEdit* text : { m_address, m_notes })
        connect(text, &QPlainTextEdit::textChanged, this, [this] { setDirty(true); });

    // Contacts
    auto* contactsBox = new QGroupBox(tr("Contacts"), m_form);
    auto* contactsLayout = new QVBoxLayout(contactsBox);
    m_contacts = new ContactListModel(this);
    m_contactsView = new QTableView(contactsBox);
    m_contactsView->setObjectName(QStringLiteral("contacts"));
    m_contactsView->setModel(m_contacts);
    m_contactsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contactsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_contactsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contactsView->verticalHeader()->hide();
    m_contactsView->horizontalHeader()->setStretchLastSection(true);
    m_contactsView->setMinimumHeight(140);
    m_contactsView->setAlternatingRowColors(true);
    connect(m_contactsView, &QTableView::activated, this, &PartnerEditor::editContact);
    m_addContact = new QPushButton(tr("Add contact…"), contactsBox);
    m_addContact->setObjectName(QStringLiteral("addContact"));
    m_editContact = new QPushButton(tr("Edit…"), contactsBox);
    m_editContact->setObjectName(QStringLiteral("editContact"));
    m_removeContact = new QPushButton(tr("Remove"), contactsBox);
    m_removeContact->setObjectName(QStringLiteral("removeContact"));
    connect(m_addContact, &QPushButton::clicked, this, &PartnerEditor::addContact);
    connect(m_editContact, &QPushButton::clicked, this, &PartnerEditor::editContact);
    connect(m_removeContact, &QPushButton::clicked, this, &PartnerEditor::removeContact);
    auto* contactButtons = new QHBoxLayout;
    contactButtons->addWidget(m_addContact);
    contactButtons->addWidget(m_editContact);
    contactButtons->addWidget(m_removeContact);
    contactButtons->addStretch();
    contactsLayout->addWidget(m_contactsView);
    contactsLayout->addLayout(contactButtons);
    formLayout->addWidget(contactsBox);
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
            showPartner({});
        else
            showPartner(m_partner.id);
    });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    m_pages->addWidget(page);
}

void PartnerEditor::showPartner(const QByteArray& id)
{
    m_isNew = false;
    if (id.isEmpty()) {
        m_partner = Partner {};
        m_partner.id.clear();
        m_dirty = false;
        m_pages->setCurrentWidget(m_placeholder);
        return;
    }
    ensureForm();
    const Result<Partner> partner = m_actions.partners().get(id);
    if (!partner || partner->isDeleted()) {
        showPartner({});
        return;
    }
    load(partner.value());
    m_pages->setCurrentIndex(1);
}

void PartnerEditor::startNew()
{
    ensureForm();
    Partner fresh;
    fresh.stage = QStringLiteral("prospect");
    load(fresh);
    m_isNew = true;
    m_pages->setCurrentIndex(1);
    m_title->setText(tr("New partner"));
    m_contactsView->parentWidget()->setEnabled(false); // contacts need a saved partner
    setDirty(true);
    m_name->setFocus();
}

void PartnerEditor::load(const Partner& p)
{
    m_loading = true;
    m_partner = p;
    m_title->setText(p.name);
    m_error->hide();
    m_name->setText(p.name);
    m_legalName->setText(p.legalName);
    selectData(m_type, p.type);
    selectData(m_tier, p.tier);
    selectData(m_stage, p.stage);
    m_stageReason->setText(p.stageReason);
    selectData(m_country, p.country);
    m_region->setText(p.region);
    m_city->setText(p.city);
    m_address->setPlainText(p.address);
    m_website->setText(p.website);
    m_emailDomain->setText(p.emailDomain);
    m_phone->setText(p.phone);
    m_email->setText(p.email);
    if (const auto owners = m_actions.partners().distinctValues(QStringLiteral("owner")); owners) {
        m_owner->clear();
        for (const QString& owner : owners.value())
            m_owner->addItem(owner, owner);
    }
    selectData(m_owner, p.owner);
    if (p.owner.isEmpty())
        m_owner->setEditText(QString());
    m_start->setOptionalDate(p.partnershipStart);
    m_end->setOptionalDate(p.partnershipEnd);
    m_nextReview->setOptionalDate(p.nextReview);
    if (p.annualRevenue) {
        const QString plain = p.annualRevenue->toPlainString();
        const int digits = std::max(0, Money::minorDigits(p.annualRevenue->currency));
        m_revenue->setText(QLocale().toString(plain.toDouble(), 'f', digits));
        selectData(m_currency, p.annualRevenue->currency);
    } else {
        m_revenue->clear();
        selectData(m_currency, QLocale().currencySymbol(QLocale::CurrencyIsoCode));
    }
    m_externalId->setText(p.externalId);
    m_notes->setPlainText(p.notes);
    updateStageReason();
    m_contactsView->parentWidget()->setEnabled(!p.id.isEmpty());
    reloadContacts(p.id);
    m_loading = false;
    setDirty(false);
}

void PartnerEditor::reloadContacts(const QByteArray& partnerId)
{
    if (partnerId != m_partner.id || !m_form)
        return;
    if (partnerId.isEmpty()) {
        m_contacts->setContacts({});
    } else if (const auto contacts = m_actions.contacts().forPartner(partnerId); contacts) {
        m_contacts->setContacts(contacts.value());
    }
    const bool any = m_contacts->rowCount() > 0;
    m_editContact->setEnabled(any);
    m_removeContact->setEnabled(any);
    m_contactsView->resizeColumnsToContents(); // a handful of rows: cheap
}

void PartnerEditor::reloadIfShowing(const QList<QByteArray>& ids)
{
    if (m_partner.id.isEmpty() || !ids.contains(m_partner.id) || m_dirty)
        return;
    showPartner(m_partner.id);
}

Partner PartnerEditor::collect(Status& status) const
{
    Partner p = m_partner;
    p.name = m_name->text().trimmed();
    p.legalName = m_legalName->text().trimmed();
    p.type = m_type->currentData().toString();
    p.tier = m_tier->currentData().toString();
    p.stage = m_stage->currentData().toString();
    p.stageReason = m_stageReason->isEnabled() ? m_stageReason->text().trimmed() : QString();
    const QString countryText = m_country->currentText().trimmed();
    const int countryIndex = m_country->findText(countryText);
    p.country = countryIndex >= 0 ? m_country->itemData(countryIndex).toString() : countryText.left(2).toUpper();
    if (countryIndex < 0 && countryText.size() > 2)
        p.country = countryText; // let validation name the bad value instead of guessing
    p.region = m_region->text().trimmed();
    p.city = m_city->text().trimmed();
    p.address = m_address->toPlainText().trimmed();
    p.website = m_website->text().trimmed();
    p.emailDomain = m_emailDomain->text().trimmed().toLower();
    p.phone = m_phone->text().trimmed();
    p.email = m_email->text().trimmed();
    p.owner = comboCode(m_owner);
    p.partnershipStart = m_start->optionalDate();
    p.partnershipEnd = m_end->optionalDate();
    p.nextReview = m_nextReview->optionalDate();
    p.externalId = m_externalId->text().trimmed();
    p.notes = m_notes->toPlainText();
    const QString revenue = m_revenue->text().trimmed();
    if (revenue.isEmpty()) {
        p.annualRevenue.reset();
    } else {
        const Result<Money> money = Money::parse(revenue, comboCode(m_currency).toUpper(), QLocale());
        if (!money) {
            Error error = money.error();
            error.field = QStringLiteral("revenue_minor");
            status = error;
        } else {
            p.annualRevenue = money.value();
        }
    }
    return p;
}

Status PartnerEditor::commit()
{
    if (!m_dirty)
        return {};
    Status status;
    const Partner partner = collect(status);
    if (!status) {
        showError(status.error());
        return status;
    }
    if (m_isNew) {
        const Result<Partner> result = m_actions.createPartner(partner);
        if (!result) {
            showError(result.error());
            return result.error();
        }
        m_isNew = false;
        load(result.value());
        Q_EMIT created(result->id);
        return {};
    }
    const Result<bool> saved = m_actions.updatePartner(partner);
    if (!saved) {
        showError(saved.error());
        return saved.error();
    }
    showPartner(partner.id);
    return {};
}

void PartnerEditor::setDirty(bool dirty)
{
    if (m_loading)
        return;
    m_dirty = dirty;
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
}

QWidget* PartnerEditor::fieldWidget(const QString& field) const
{
    static const QHash<QString, const char*> widgets {
        { QStringLiteral("name"), "name" },           { QStringLiteral("legal_name"), "legalName" },
        { QStringLiteral("partner_type"), "type" },   { QStringLiteral("tier"), "tier" },
        { QStringLiteral("stage"), "stage" },         { QStringLiteral("stage_reason"), "stageReason" },
        { QStringLiteral("country"), "country" },     { QStringLiteral("region"), "region" },
        { QStringLiteral("city"), "city" },           { QStringLiteral("address"), "address" },
        { QStringLiteral("website"), "website" },     { QStringLiteral("email_domain"), "emailDomain" },
        { QStringLiteral("phone"), "phone" },         { QStringLiteral("email"), "email" },
        { QStringLiteral("owner"), "owner" },         { QStringLiteral("partnership_start"), "partnershipStart" },
        { QStringLiteral("partnership_end"), "partnershipEnd" }, { QStringLiteral("next_review"), "nextReview" },
        { QStringLiteral("revenue_minor"), "revenue" }, { QStringLiteral("revenue_currency"), "currency" },
        { QStringLiteral("external_id"), "externalId" }, { QStringLiteral("notes"), "notes" },
    };
    const char* name = widgets.value(field);
    return name ? m_form->findChild<QWidget*>(QLatin1String(name)) : nullptr;
}

void PartnerEditor::showError(const Error& error)
{
    m_error->setText(error.message);
    m_error->show();
    if (QWidget* widget = fieldWidget(error.field))
        widget->setFocus();
}

void PartnerEditor::updateStageReason()
{
    const QString stage = m_stage->currentData().toString();
    const bool needsReason = stage == QStringLiteral("suspended") || stage == QStringLiteral("terminated");
    m_stageReason->setEnabled(needsReason);
}

void PartnerEditor::addContact()
{
    if (m_partner.id.isEmpty())
        return;
    Contact contact;
    contact.partnerId = m_partner.id;
    contact.role = m_contacts->rowCount() == 0 ? QStringLiteral("primary") : QStringLiteral("sales");
    openContactDialog(contact);
}

void PartnerEditor::editContact()
{
    const QModelIndex current = m_contactsView->currentIndex();
    if (current.isValid())
        openContactDialog(m_contacts->contactAt(current.row()));
}

void PartnerEditor::openContactDialog(const Contact& contact)
{
    // A contact without an id is new; saving goes through the undoable actions either way.
    ContactDialog dialog(contact,
                         [this](const Contact& c) {
                             if (c.id.isEmpty()) {
                                 const auto created = m_actions.createContact(c);
                                 return created ? Status() : Status(created.error());
                             }
                             const auto saved = m_actions.updateContact(c);
                             return saved ? Status() : Status(saved.error());
                         },
                         this);
    dialog.exec();
}

void PartnerEditor::removeContact()
{
    const QModelIndex current = m_contactsView->currentIndex();
    if (!current.isValid())
        return;
    // No confirmation: the removal is one Undo away (Edit → Undo).
    if (const Status status = m_actions.deleteContact(m_contacts->contactAt(current.row()).id); !status)
        showError(status.error());
}

} // namespace ChannelDesk
