#pragma once

#include "common/Result.h"
#include "domain/Mdf.h"
#include "mdf/MdfWorkflow.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStackedLayout;
class QTabWidget;
class QTreeWidget;

namespace ChannelDesk {

class AttachmentList;
class ClaimEditor;
class CsvTask;
class MdfActions;
class MdfHistoryPanel;

/// The detail panel of one claim (hosted by MdfClaimsScreen): the form with its expense lines, the attachments
/// (add by file dialog or drag and drop, open with the desktop's viewer, remove; receipts per line), the workflow
/// buttons (Approve asks for the approved amount, showing what the request has left under its vendor-share cap),
/// payments (record, void with a reason) with paid / outstanding, "Export claim…" (MdfClaimPackage), and the history.
class MdfClaimPanel : public QWidget
{
    Q_OBJECT

public:
    MdfClaimPanel(MdfActions& actions, QWidget* parent = nullptr);

    void showClaim(const QByteArray& id);
    /// Starts a new draft claim against `requestId` (an approved request, MDF-08).
    void startNew(const QByteArray& requestId);
    QByteArray currentId() const;
    bool commitEdits();
    void reload();

Q_SIGNALS:
    void claimChanged(const QByteArray& id);
    void openRequestRequested(const QByteArray& requestId);
    void statusMessage(const QString& text);

private:
    void onMdfChanged(const QString& entity, const QList<QByteArray>& ids);
    void showStored(const MdfClaim& claim);
    void refreshHeader(const MdfClaim& claim);
    void rebuildWorkflow(const MdfClaim& claim);
    void refreshPayments(const MdfClaim& claim);
    void refreshHistory(const MdfClaim& claim);
    void runAction(MdfClaimAction action);
    void approve(const MdfClaim& claim);
    void recordPayment();
    void voidPayment();
    void deleteDraft();
    void exportClaimPackage();
    void onExportProgress(qint64 done, qint64 total);
    void onExportFinished(const Status& status);
    void showMessage(const QString& text, bool error);

    MdfActions& m_actions;
    bool m_busy = false;
    QStackedLayout* m_pages = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_title = nullptr;
    QPushButton* m_requestLink = nullptr;
    QLabel* m_message = nullptr;
    QWidget* m_workflowBar = nullptr;
    QTabWidget* m_tabs = nullptr;
    ClaimEditor* m_editor = nullptr;
    AttachmentList* m_attachments = nullptr;
    QTreeWidget* m_payments = nullptr;
    QLabel* m_paid = nullptr;
    QLabel* m_outstanding = nullptr;
    QPushButton* m_recordPayment = nullptr;
    QPushButton* m_voidPayment = nullptr;
    MdfHistoryPanel* m_history = nullptr;
    CsvTask* m_export = nullptr; ///< the claim package being written on a worker thread
    struct ExportOutcome;
    std::shared_ptr<ExportOutcome> m_exportOutcome;
};

} // namespace ChannelDesk
