#pragma once

#include "training/CertificationQuery.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabBar;
class QToolButton;

namespace ChannelDesk {

class Database;
class PartnerPicker;
class PersonPicker;

/// The certifications screen's views and filters: tabs for the saved views (all certifications, expiring, expired,
/// in progress), a partner picker, a person picker (narrowed to the partner), certification, track and status
/// choices, the expiring view's horizon, a search box, and a chip for the month the expiry chart asked for. Emits
/// changed() on every change; filter() and expiringFilter() compose what the list and the tree show.
class CertificationFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificationFilterBar)

public:
    enum class View { All, Expiring, Expired, InProgress };

    CertificationFilterBar(Database& db, QWidget* parent = nullptr);

    View view() const;
    void setView(View view);
    /// The list's filter: the bar's choices and the view's state.
    CertificationFilter filter() const;
    /// The expiring view's: the bar's partner, person, certification, track and search, and its horizon.
    ExpiringFilter expiringFilter() const;
    /// The scope every view and the chart share (partner, person, certification, track, search).
    CertificationFilter scope() const;
    bool hasFilters() const;

    /// The reference day of every state (invalid: the local today, read at each compose).
    void setToday(const QDate& today) { m_today = today; }
    void setPartner(const QByteArray& partnerId, const QString& name);
    void setPerson(const QByteArray& contactId, const QString& name);
    /// Shows certifications expiring in [from, to] (the chart's month) in the All view, with a removable chip.
    void setMonth(const QDate& from, const QDate& to);
    void clearMonth();
    bool hasMonth() const { return m_monthFrom.isValid(); }
    /// Re-reads the certification and track choices (the catalogue changed).
    void reloadChoices();

    QTabBar* viewTabs() const { return m_tabs; }
    PartnerPicker* partnerPicker() const { return m_partner; }
    PersonPicker* personPicker() const { return m_person; }
    QComboBox* definitionBox() const { return m_definition; }
    QComboBox* trackBox() const { return m_track; }
    QComboBox* stateBox() const { return m_state; }
    QSpinBox* withinDaysBox() const { return m_within; }
    QSpinBox* expiredDaysBox() const { return m_expiredDays; }
    QLineEdit* searchBox() const { return m_search; }
    QFrame* monthChip() const { return m_chip; }
    QString monthChipText() const;

Q_SIGNALS:
    void changed();

private:
    void updateForView();

    Database& m_db;
    QTabBar* m_tabs;
    PartnerPicker* m_partner;
    PersonPicker* m_person;
    QComboBox* m_definition;
    QComboBox* m_track;
    QComboBox* m_state;
    QLabel* m_withinLabel;
    QSpinBox* m_within;
    QLabel* m_expiredLabel;
    QSpinBox* m_expiredDays;
    QLineEdit* m_search;
    QToolButton* m_clear;
    QFrame* m_chip;
    QLabel* m_chipText;
    QTimer m_searchDelay;
    QDate m_today;
    QDate m_monthFrom;
    QDate m_monthTo;
};

} // namespace ChannelDesk
