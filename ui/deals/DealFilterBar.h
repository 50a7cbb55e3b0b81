#pragma once

#include "deals/DealQuery.h"

#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QToolButton;

namespace ChannelDesk {

/// Search box, kind / status / CAM menus and the saved views above the deals list, plus the removable
/// "Filtered by: …" chip of a dashboard drill-down. Emits changed() on every change; the list applies it at once.
class DealFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealFilterBar)

public:
    /// Saved views (the order of the menu).
    enum class View { AllDeals, AllOpen, WaitingForMe, Expiring, PastClose, Stalled, Draft, Archived };

    explicit DealFilterBar(QWidget* parent = nullptr);

    /// Fills the CAM menu (keeps the current choice when it is still there).
    void setCams(const QStringList& cams);
    /// The "Expiring in ≤ N days" view follows the program's window (DR-08).
    void setExpiringWindowDays(int days);
    /// Writes the bar's choices over `filter` (a drill-down's base filter, or an empty one). `me` is who "Waiting for
    /// me" means (DealSettings::me()).
    void applyTo(DealFilter& filter, const QString& me) const;

    View view() const;
    void setView(View view);
    QLineEdit* searchBox() const { return m_search; }
    /// Shows the drill-down chip with its title; clearDrillDown() (or its × button) removes it.
    void showDrillDown(const QString& title);
    void hideDrillDown();
    bool hasDrillDown() const;
    /// Resets the search and menus to "all" without emitting changed().
    void reset();

Q_SIGNALS:
    void changed();
    /// The user removed the drill-down chip.
    void drillDownRemoved();

private:
    QComboBox* addFilter(const char* name, const QString& allLabel);

    QLineEdit* m_search;
    QComboBox* m_view;
    QComboBox* m_kind;
    QComboBox* m_status;
    QComboBox* m_cam;
    QToolButton* m_clear;
    QFrame* m_chip;
    QLabel* m_chipText;
    int m_expiringWindowDays = 14;
};

} // namespace ChannelDesk
