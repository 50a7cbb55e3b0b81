#pragma once

#include "common/Result.h"
#include "domain/Contact.h"
#include "domain/Partner.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedLayout;
class QTableView;

namespace ChannelDesk {

class ContactListModel;
class OptionalDateEdit;
class PartnerActions;

/// The detail panel: view and edit one partner and its contacts. Changes are saved with Save (Ctrl+S) or when
/// the user moves to another partner; an invalid edit keeps the panel on that partner with the reason shown.
class PartnerEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerEditor)

public:
    explicit PartnerEditor(PartnerActions& actions, QWidget* parent = nullptr);

    /// Shows the stored partner (empty id: nothing selected).
    void showPartner(const QByteArray& id);
    /// Starts a new, unsaved partner.
    void startNew();
    /// Saves pending changes, if any. On failure the message is shown and returned.
    Status commit();
    bool isDirty() const { return m_dirty; }
    QByteArray partnerId() const { return m_partner.id; }
    /// Re-reads the shown partner after an undo/redo or an edit elsewhere (keeps unsaved typing).
    void reloadIfShowing(const QList<QByteArray>& ids);
    void reloadContacts(const QByteArray& partnerId);

Q_SIGNALS:
    /// A new partner was saved; the list should select it.
    void created(const QByteArray& id);

private:
    void buildForm();
    void ensureForm();
    void load(const Partner& partner);
    Partner collect(Status& status) const;
    void setDirty(bool dirty);
    void showError(const Error& error);
    void updateStageReason();
    void addContact();
    void editContact();
    void removeContact();
    void openContactDialog(const Contact& contact);
    QWidget* fieldWidget(const QString& field) const;

    PartnerActions& m_actions;
    Partner m_partner;
    bool m_isNew = false;
    bool m_dirty = false;
    bool m_loading = false;

    QStackedLayout* m_pages = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_error = nullptr;
    QWidget* m_form = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_legalName = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_tier = nullptr;
    QComboBox* m_stage = nullptr;
    QLineEdit* m_stageReason = nullptr;
    QComboBox* m_country = nullptr;
    QLineEdit* m_region = nullptr;
    QLineEdit* m_city = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_website = nullptr;
    QLineEdit* m_emailDomain = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QComboBox* m_owner = nullptr;
    OptionalDateEdit* m_start = nullptr;
    OptionalDateEdit* m_end = nullptr;
    OptionalDateEdit* m_nextReview = nullptr;
    QLineEdit* m_revenue = nullptr;
    QComboBox* m_currency = nullptr;
    QLineEdit* m_externalId = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QTableView* m_contactsView = nullptr;
    ContactListModel* m_contacts = nullptr;
    QPushButton* m_addContact = nullptr;
    QPushButton* m_editContact = nullptr;
    QPushButton* m_removeContact = nullptr;
};

} // namespace ChannelDesk
