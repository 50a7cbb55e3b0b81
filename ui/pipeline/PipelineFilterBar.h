#pragma once

#include "deals/DealQuery.h"

#include <QWidget>

class QComboBox;
class QToolButton;

namespace ChannelDesk {

class Database;
class OptionalDateEdit;
class PartnerPicker;
struct PipelineChoices;

/// The dashboard's filters: expected-close period (presets or a custom range), partner (searchable), tier, region,
/// country and CAM. Emits changed() on every change; the screen recomputes from memory, so there is no Apply button.
class PipelineFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineFilterBar)

public:
    enum class Period { ThisQuarter, NextQuarter, ThisYear, All, Custom };

    PipelineFilterBar(Database& db, QWidget* parent = nullptr);

    /// Fills the region, country and CAM menus, keeping the current choices.
    void setChoices(const PipelineChoices& choices);
    /// Writes the filters into `filter` (close range, partner, tier, region, country, CAM), leaving the rest alone.
    void applyTo(DealFilter& filter) const;
    DealFilter filter() const;
    /// One line saying what the filters select ("Expected close 1 Jan 2026 – 31 Dec 2026 · Gold · CAM: anna"),
    /// shown under every chart and printed on exports.
    QString description() const;

    Period period() const;
    void setPeriod(Period period);
    /// A custom expected-close range (either end may be invalid = open).
    void setRange(const QDate& from, const QDate& to);
    /// The date range a preset stands for, relative to `today`.
    static std::pair<QDate, QDate> rangeOf(Period period, const QDate& today);

    PartnerPicker* partnerPicker() const { return m_partner; }
    QComboBox* periodBox() const { return m_period; }
    QComboBox* tierBox() const { return m_tier; }
    QComboBox* regionBox() const { return m_region; }
    QComboBox* countryBox() const { return m_country; }
    QComboBox* camBox() const { return m_cam; }
    OptionalDateEdit* fromEdit() const { return m_from; }
    OptionalDateEdit* toEdit() const { return m_to; }
    void clear();

Q_SIGNALS:
    void changed();

private:
    QComboBox* addCombo(const char* name, const QString& allLabel, const QString& toolTip);
    void onPeriodChanged();
    void onDateEdited();

    PartnerPicker* m_partner;
    QComboBox* m_period;
    OptionalDateEdit* m_from;
    OptionalDateEdit* m_to;
    QComboBox* m_tier;
    QComboBox* m_region;
    QComboBox* m_country;
    QComboBox* m_cam;
    QToolButton* m_clear;
    bool m_updating = false;
};

} // namespace ChannelDesk
