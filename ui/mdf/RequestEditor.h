#pragma once

#include "common/Result.h"
#include "domain/Mdf.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QCompleter;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;
class QTableWidget;

namespace ChannelDesk {

class MdfActions;
class OptionalDateEdit;

/// The form of one fund request: partner (picked by name) → one of its live authorised allocations (showing what
/// each has left), title, activity type, campaign, description, dates, expected outcome, vendor share, the cost
/// lines (with the approver's per-line decisions once decided, MDF-06) and their total, and the linked opportunities
/// (MDF-12). Saved with Save (Ctrl+S) as one undoable step (MdfActions). Read-only, with a banner saying why, when
/// MdfWorkflow::isEditable() is false. A validation error is shown under the field it names (Error::field), the
/// input stays as typed.
class RequestEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestEditor)

public:
    enum LineColumn { DescriptionColumn, RequestedColumn, ApprovedColumn, DecisionColumn, NoteColumn, LineColumnCount };

    explicit RequestEditor(MdfActions& actions, QWidget* parent = nullptr);

    /// Shows `request` (a stored one, or a fresh draft with an empty id).
    void load(const MdfRequest& request);
    /// A new, unsaved draft; with an allocation the partner and allocation are already chosen.
    void startNew(const QByteArray& allocationId);
    /// Saves pending changes, if any; on failure the message is shown next to its field and returned.
    Status commit();
    bool isDirty() const { return m_dirty; }
    bool isNew() const { return m_request.id.isEmpty(); }
    bool isReadOnly() const { return m_readOnly; }
    /// The request as last loaded or saved (not including unsaved typing).
    const MdfRequest& request() const { return m_request; }
    /// The widget that edits a request column (mdfRequestFields() names), for a validation error.
    QWidget* fieldWidget(const QString& field) const;
    void showError(const Error& error);
    void clearError();
    /// The currency of the chosen allocation (the request's).
    QString currency() const;

Q_SIGNALS:
    /// The request was saved (`created`: it was new).
    void saved(const QByteArray& id, bool created);
    void dirtyChanged(bool dirty);
    /// Revert on a new draft: the host clears the panel.
    void discarded();

private:
    struct PartnerChoice
    {
        QByteArray id;
        QString name;
    };

    void buildForm();
    MdfRequest collect(Status& status) const;
    void setDirty(bool dirty);
    void setReadOnly(bool readOnly);
    QString readOnlyReason(const MdfRequest& request) const;

    void suggestPartners(const QString& text);
    void resolvePartner();
    void setPartner(const PartnerChoice& partner);
    void reloadAllocations(const QByteArray& selectId);
    void onAllocationChosen();
    void reloadDeals(const QList<QByteArray>& checked);

    void addLine(const MdfRequestLine& line);
    void removeCurrentLine();
    void updateTotals();

    MdfActions& m_actions;
    MdfRequest m_request;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_readOnly = false;
    bool m_shareTouched = false;
    PartnerChoice m_partner;
    QList<PartnerChoice> m_suggestions;

    QLabel* m_readOnlyBanner = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_fieldError = nullptr;
    QFormLayout* m_fieldErrorForm = nullptr;
    QHash<QWidget*, QFormLayout*> m_rowForms;
    QWidget* m_form = nullptr;
    QLineEdit* m_partnerName = nullptr;
    QCompleter* m_partnerCompleter = nullptr;
    QStringListModel* m_partnerNames = nullptr;
    QComboBox* m_allocation = nullptr;
    QLabel* m_allocationBalance = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_activityType = nullptr;
    QLineEdit* m_campaign = nullptr;
    QPlainTextEdit* m_description = nullptr;
    OptionalDateEdit* m_startDate = nullptr;
    OptionalDateEdit* m_endDate = nullptr;
    QPlainTextEdit* m_expectedOutcome = nullptr;
    QDoubleSpinBox* m_vendorShare = nullptr;
    QTableWidget* m_lines = nullptr;
    QWidget* m_linesBox = nullptr;
    QPushButton* m_addLine = nullptr;
    QPushButton* m_removeLine = nullptr;
    QLabel* m_total = nullptr;
    QListWidget* m_deals = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
};

} // namespace ChannelDesk
