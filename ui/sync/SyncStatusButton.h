#pragma once

#include <QToolButton>

namespace ChannelDesk {

class SyncController;

/// The status bar's sync indicator: state in a few words ("Synced 2 min ago · 3 changes to send"), the details in its
/// tooltip, and a menu with Sync Now, Conflicts, Sync Log and Account.
class SyncStatusButton final : public QToolButton
{
    Q_OBJECT

public:
    SyncStatusButton(SyncController& controller, QWidget* parent = nullptr);
    /// Re-renders the text (also on a minute timer, so "2 min ago" stays true).
    void update();

private:
    SyncController& m_controller;
    QString m_progress;
};

} // namespace ChannelDesk
