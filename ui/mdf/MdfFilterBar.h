#pragma once

#include "mdf/MdfQuery.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QToolButton;

namespace ChannelDesk {

class OptionalDateEdit;

/// Search box, saved views, status / activity / budget menus and a date range above an MDF list, plus a removable
/// chip for what another screen asked to show ("Allocation: …", "Request: …"). Emits changed() on every change; the
/// list applies it at once.
class MdfFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MdfFilterBar)

public:
    enum class List { Requests, Claims };
    /// Saved views (the order of the menu). DeadlineSoon is offered for requests, Unpaid for claims.
    enum class View { All, WaitingForMe, Drafts, DeadlineSoon, Unpaid };

    explicit MdfFilterBar(List list, QWidget* parent = nullptr);

    /// Fills the budget menu with (id, name) pairs (keeps the current choice when it is still there).
    void setBudgets(const QList<QPair<QByteArray, QString>>& budgets);
    /// "Deadline soon" follows the program's warning window (MDF-10).
    void setDeadlineWindowDays(int days);
    int deadlineWindowDays() const { return m_deadlineDays; }
    /// Writes the bar's choices over `filter` (a chip's base filter, or an empty one). `me` is who "Waiting for me"
    /// means (MdfSettings::me()).
    void applyTo(MdfRequestFilter& filter, const QString& me) const;
    void applyTo(MdfClaimFilter& filter, const QString& me) const;

    View view() const;
    void setView(View view);
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* viewBox() const { return m_view; }
    QComboBox* statusBox() const { return m_status; }
    QComboBox* activityBox() const { return m_activity; }
    QComboBox* budgetBox() const { return m_budget; }
    OptionalDateEdit* fromEdit() const { return m_from; }
    OptionalDateEdit* toEdit() const { return m_to; }
    /// Shows the chip with its text; hideChip() (or its × button) removes it.
    void showChip(const QString& text);
    void hideChip();
    bool hasChip() const;
    QString chipText() const;
    /// Resets the search, view, menus and dates to "all" without emitting changed().
    void reset();
    /// Whether anything but the view restricts the list (for the empty-state text).
    bool hasFilters() const;

Q_SIGNALS:
    void changed();
    /// The user removed the chip.
    void chipRemoved();

private:
    QComboBox* addFilter(const char* name, const QString& allLabel);

    QLineEdit* m_search;
    QComboBox* m_view;
    QComboBox* m_status;
    QComboBox* m_activity;
    QComboBox* m_budget;
    QLabel* m_dateLabel;
    OptionalDateEdit* m_from;
    OptionalDateEdit* m_to;
    QToolButton* m_clear;
    QFrame* m_chip;
    QLabel* m_chipText;
    int m_deadlineDays = 14;
};

} // namespace ChannelDesk
