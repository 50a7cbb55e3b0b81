#pragma once

#include "common/Result.h"
#include "deals/DealSettings.h"
#include "domain/Contact.h"
#include "domain/Deal.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QCompleter;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedLayout;
class QStringListModel;
class QTableWidget;
class QToolButton;

namespace ChannelDesk {

class Database;
class DealActions;
class OptionalDateEdit;

/// The detail form of one deal: partner (picked by name; the CAM defaults to its owner), submitting partner contact,
/// end customer and customer contact, line items from the product catalogue (the amount is their sum when there
/// are any), currency, expected close, stage with probability (the stage default unless overridden), description
/// and competitor. Saved with Save (Ctrl+S) or when the user moves to another deal, as one undoable step
/// (DealActions). Read-only, with a banner saying why, when DealWorkflow::isEditable() is false. A validation
/// error from core is shown under the field it names (Error::field) and focuses it.
class DealEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealEditor)

public:
    DealEditor(Database& db, DealActions& actions, QWidget* parent = nullptr);

    /// Shows the stored deal (empty id: nothing selected).
    void showDeal(const QByteArray& id);
    /// Starts a new, unsaved registration.
    void startNew();
    /// Saves pending changes, if any. On failure the message is shown (and the field focused) and returned.
    Status commit();
    bool isDirty() const { return m_dirty; }
    bool isNew() const { return m_isNew; }
    bool isReadOnly() const { return m_readOnly; }
    QByteArray dealId() const { return m_deal.id; }
    /// The deal as last loaded (not including unsaved typing).
    const Deal& deal() const { return m_deal; }
    /// Re-reads the shown deal after an undo/redo, a workflow step or a change elsewhere (keeps unsaved typing).
    void reloadIfShowing(const QList<QByteArray>& ids);
    /// In the Archived view (DR-12) an archived deal is shown read-only; elsewhere a deleted deal clears the panel.
    void setShowsArchived(bool shows) { m_showsArchived = shows; }
    /// Re-reads the product catalogue and the CAM names.
    void reloadChoices();
    /// The widget that edits a deal column (dealFields() names), for focusing a validation error.
    QWidget* fieldWidget(const QString& field) const;

Q_SIGNALS:
    /// A new deal was saved; the list should select it.
    void created(const QByteArray& id);
    /// The panel now shows `deal` (empty id: nothing), after loading, saving or reloading.
    void shown(const ChannelDesk::Deal& deal);

private:
    struct PartnerChoice
    {
        QByteArray id;
        QString name;
        QString owner;
    };

    void buildForm();
    void ensureForm();
    void load(const Deal& deal);
    Deal collect(Status& status) const;
    void setDirty(bool dirty);
    void setReadOnly(bool readOnly, bool partnerLocked);
    void showError(const Error& error);
    void clearError();
    QString readOnlyReason(const Deal& deal) const;

    // Partner picker
    void suggestPartners(const QString& text);
    void resolvePartner();
    void setPartner(const PartnerChoice& partner);
    void reloadPartnerContacts(const QByteArray& contactId);

    // Line items and amount
    void addLine(const DealLineItem& item);
    void removeCurrentLine();
    int rowOfCellWidget(const QWidget* widget, int column) const;
    void onProductChosen(int row);
    void updateTotals();
    QString currency() const;
    QList<DealLineItem> collectLines(Status& status) const;

    // Probability
    void onStageChanged();
    void setProbabilityValue(int value);

    Database& m_db;
    DealActions& m_actions;
    Deal m_deal;
    bool m_isNew = false;
    bool m_showsArchived = false;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_readOnly = false;
    bool m_probabilityOverridden = false;
    bool m_settingProbability = false;
    QList<Product> m_products;
    QList<PartnerChoice> m_suggestions;
    PartnerChoice m_partner;
    QList<Contact> m_partnerContacts;

    QStackedLayout* m_pages = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_readOnlyBanner = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_fieldError = nullptr;   ///< inserted under the field a validation error names
    QFormLayout* m_fieldErrorForm = nullptr;
    QHash<QWidget*, QFormLayout*> m_rowForms; ///< field row widget → its form, to put m_fieldError under it
    QWidget* m_form = nullptr;
    QLineEdit* m_partnerName = nullptr;
    QCompleter* m_partnerCompleter = nullptr;
    QStringListModel* m_partnerNames = nullptr;
    QComboBox* m_partnerContact = nullptr;
    QComboBox* m_cam = nullptr;
    QLineEdit* m_customerName = nullptr;
    QLineEdit* m_customerDomain = nullptr;
    QComboBox* m_customerCountry = nullptr;
    QLineEdit* m_customerCity = nullptr;
    QLineEdit* m_contactName = nullptr;
    QLineEdit* m_contactEmail = nullptr;
    QLineEdit* m_contactPhone = nullptr;
    QTableWidget* m_lines = nullptr;
    QPushButton* m_addLine = nullptr;
    QPushButton* m_removeLine = nullptr;
    QLineEdit* m_amount = nullptr;
    QComboBox* m_currency = nullptr;
    QWidget* m_amountRow = nullptr;
    OptionalDateEdit* m_expectedClose = nullptr;
    OptionalDateEdit* m_expiresOn = nullptr; ///< DR-06: editable while the registration is approved
    QComboBox* m_stage = nullptr;
    QSpinBox* m_probability = nullptr;
    QLabel* m_probabilityHint = nullptr;
    QToolButton* m_resetProbability = nullptr;
    QWidget* m_probabilityRow = nullptr;
    QLineEdit* m_competitor = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
};

} // namespace ChannelDesk
