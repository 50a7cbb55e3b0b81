#pragma once

#include <QWidget>

namespace ChannelDesk {

class MdfActions;

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

    // Private members: the owner's to choose.
};

} // namespace ChannelDesk
