#pragma once

#include "domain/Mdf.h"
#include "mdf/MdfWorkflow.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QStackedLayout;
class QTabWidget;
class QTreeWidget;

namespace ChannelDesk {

class MdfActions;
class MdfHistoryPanel;
class RequestEditor;

/// The detail panel of one fund request (hosted by MdfRequestsScreen, and usable alone in tests): the form with its
/// cost lines and validation messages, the workflow buttons MdfWorkflow offers (Approve opens the per-line decision
/// dialog, actions needing a reason ask for it), the request's balance (approved, vendor share cap, claimed, paid,
/// claim deadline with a warning as it nears), its claims (with "New claim"), linked opportunities (MDF-12) and the
/// history.
class MdfRequestPanel : public QWidget
{
    Q_OBJECT

public:
    MdfRequestPanel(MdfActions& actions, QWidget* parent = nullptr);

    /// Shows a saved request (reloads it from the database); an empty id clears the panel.
    void showRequest(const QByteArray& id);
    /// Starts a new draft request for `allocationId` (may be empty: the form then asks for the partner and allocation).
    void startNew(const QByteArray& allocationId = {});
    QByteArray currentId() const;
    /// Saves pending edits; false (with the reason shown next to the field) when they are invalid.
    bool commitEdits();
    /// Data changed elsewhere (sync, undo): reload the shown request.
    void reload();

Q_SIGNALS:
    void requestChanged(const QByteArray& id);       ///< saved, moved through the workflow, or deleted
    void openClaimRequested(const QByteArray& claimId); ///< the user opened one of its claims
    void statusMessage(const QString& text);

private:
    void onMdfChanged(const QString& entity, const QList<QByteArray>& ids);
    void showStored(const MdfRequest& request);
    void refreshHeader(const MdfRequest& request);
    void rebuildWorkflow(const MdfRequest& request);
    void refreshBalance(const MdfRequest& request);
    void refreshClaims(const MdfRequest& request);
    void refreshHistory(const MdfRequest& request);
    void runAction(MdfRequestAction action);
    void approve(const MdfRequest& request);
    void deleteDraft();
    void newClaim();
    void openSelectedClaim();
    void showMessage(const QString& text, bool error);

    MdfActions& m_actions;
    bool m_busy = false; ///< the panel's own change is in progress: it refreshes itself afterwards
    QStackedLayout* m_pages = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_approver = nullptr;
    QLabel* m_message = nullptr;
    QWidget* m_workflowBar = nullptr;
    QGroupBox* m_balance = nullptr;
    QLabel* m_approved = nullptr;
    QLabel* m_cap = nullptr;
    QLabel* m_claimed = nullptr;
    QLabel* m_left = nullptr;
    QLabel* m_paid = nullptr;
    QLabel* m_deadline = nullptr;
    QTabWidget* m_tabs = nullptr;
    RequestEditor* m_editor = nullptr;
    QTreeWidget* m_claims = nullptr;
    QPushButton* m_openClaim = nullptr;
    QPushButton* m_newClaim = nullptr;
    QLabel* m_claimsNote = nullptr;
    MdfHistoryPanel* m_history = nullptr;
};

} // namespace ChannelDesk
