#pragma once

#include <QWidget>

namespace ChannelDesk {

class MdfActions;

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

    // Private members: the owner's to choose.
};

} // namespace ChannelDesk
