#include "PipelineFilterBar.h"

#include "common/Countries.h"
#include "common/OptionalDateEdit.h"
#include "domain/Partner.h"
#include "pipeline/PartnerPicker.h"
#include "pipeline/PipelineLoader.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace ChannelDesk {

namespace {

QDate quarterStart(const QDate& date)
{
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
}

QString dateText(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

PipelineFilterBar::PipelineFilterBar(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_partner(new PartnerPicker(db, this))
    , m_period(new QComboBox(this))
    , m_from(new OptionalDateEdit(this))
    , m_to(new OptionalDateEdit(this))
{
    setObjectName(QStringLiteral("pipelineFilterBar"));

    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->setToolTip(tr("Which expected close dates the dashboard covers"));
    m_period->addItem(tr("This quarter"), int(Period::ThisQuarter));
    m_period->addItem(tr("Next quarter"), int(Period::NextQuarter));
    m_period->addItem(tr("This year"), int(Period::ThisYear));
    m_period->addItem(tr("All dates"), int(Period::All));
    m_period->addItem(tr("Custom range"), int(Period::Custom));
    m_from->setObjectName(QStringLiteral("closeFrom"));
    m_to->setObjectName(QStringLiteral("closeTo"));
    m_from->setToolTip(tr("Expected close on or after this day (empty: no lower limit)"));
    m_to->setToolTip(tr("Expected close on or before this day (empty: no upper limit)"));
    m_from->setAccessibleName(tr("Expected close from"));
    m_to->setAccessibleName(tr("Expected close to"));

    m_tier = addCombo("tierFilter", tr("All tiers"), tr("Partner tier"));
    for (const Choice& choice : partnerTiers())
        m_tier->addItem(choice.label, choice.code.isNull() ? QStringLiteral("") : choice.code);
    m_region = addCombo("regionFilter", tr("All regions"), tr("Partner region"));
    m_country = addCombo("countryFilter", tr("All countries"), tr("Partner country"));
    m_cam = addCombo("camFilter", tr("All CAMs"), tr("Channel account manager on the deal"));

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Show this year for every partner, tier, region, country and CAM"));
    connect(m_clear, &QToolButton::clicked, this, &PipelineFilterBar::clear);

    auto* closeLabel = new QLabel(tr("Expected close:"), this);
    closeLabel->setBuddy(m_period);
    auto* dash = new QLabel(QStringLiteral("–"), this);

    auto* first = new QHBoxLayout;
    first->setContentsMargins(0, 0, 0, 0);
    first->addWidget(closeLabel);
    first->addWidget(m_period);
    first->addWidget(m_from);
    first->addWidget(dash);
    first->addWidget(m_to);
    first->addSpacing(12);
    first->addWidget(m_partner, 1);
    auto* second = new QHBoxLayout;
    second->setContentsMargins(0, 0, 0, 0);
    for (QComboBox* combo : { m_tier, m_region, m_country, m_cam })
        second->addWidget(combo, 1);
    second->addWidget(m_clear);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(first);
    layout->addLayout(second);

    m_partner->setMinimumWidth(240);
    connect(m_partner, &PartnerPicker::partnerChanged, this, &PipelineFilterBar::changed);
    connect(m_period, &QComboBox::currentIndexChanged, this, &PipelineFilterBar::onPeriodChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &PipelineFilterBar::onDateEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &PipelineFilterBar::onDateEdited);

    // A year is what most reviews look at; the menu offers the rest.
    setPeriod(Period::ThisYear);
}

QComboBox* PipelineFilterBar::addCombo(const char* name, const QString& allLabel, const QString& toolTip)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(QLatin1String(name));
    combo->addItem(allLabel); // no data: "all"; "" is a real value (no tier)
    combo->setToolTip(toolTip);
    combo->setAccessibleName(toolTip);
    // Sized by a minimum text length, not by the longest item, so long names never widen the window.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            Q_EMIT changed();
    });
    return combo;
}

void PipelineFilterBar::setChoices(const PipelineChoices& choices)
{
    const QLocale locale;
    const auto refill = [this](QComboBox* combo, const QStringList& values, auto label) {
        const QVariant current = combo->currentData();
        m_updating = true;
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const QString& value : values)
            combo->addItem(label(value), value);
        // A chosen value that is no longer offered stays chosen (and listed): the filter must not change by itself.
        int index = current.isValid() ? combo->findData(current) : 0;
        if (index < 0) {
            combo->addItem(label(current.toString()), current);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
        m_updating = false;
    };
    refill(m_region, choices.regions, [](const QString& region) { return region; });
    refill(m_country, choices.countries, [&locale](const QString& code) {
        const QString name = Countries::displayName(code, locale);
        return name.isEmpty() ? code : tr("%1 (%2)", "country name (code)").arg(name, code);
    });
    refill(m_cam, choices.cams, [](const QString& cam) { return cam; });
}

void PipelineFilterBar::applyTo(DealFilter& filter) const
{
    filter.closeFrom = m_from->optionalDate();
    filter.closeTo = m_to->optionalDate();
    filter.partnerIds.clear();
    if (!m_partner->partnerId().isEmpty())
        filter.partnerIds.append(m_partner->partnerId());
    const auto one = [](const QComboBox* combo) {
        const QVariant value = combo->currentData();
        return value.isValid() ? QStringList { value.toString() } : QStringList();
    };
    filter.tiers = one(m_tier);
    filter.regions = one(m_region);
    filter.countries = one(m_country);
    filter.cams = one(m_cam);
}

DealFilter PipelineFilterBar::filter() const
{
    DealFilter result;
    applyTo(result);
    return result;
}

QString PipelineFilterBar::description() const
{
    const QDate from = m_from->optionalDate();
    const QDate to = m_to->optionalDate();
    QStringList parts;
    if (from.isValid() && to.isValid())
        parts.append(tr("Expected close %1 – %2").arg(dateText(from), dateText(to)));
    else if (from.isValid())
        parts.append(tr("Expected close from %1").arg(dateText(from)));
    else if (to.isValid())
        parts.append(tr("Expected close until %1").arg(dateText(to)));
    else
        parts.append(tr("All expected close dates"));
    if (!m_partner->partnerId().isEmpty())
        parts.append(tr("Partner: %1").arg(m_partner->partnerName()));
    if (m_tier->currentData().isValid())
        parts.append(tr("Tier: %1").arg(m_tier->currentText()));
    if (m_region->currentData().isValid())
        parts.append(tr("Region: %1").arg(m_region->currentText()));
    if (m_country->currentData().isValid())
        parts.append(tr("Country: %1").arg(m_country->currentText()));
    if (m_cam->currentData().isValid())
        parts.append(tr("CAM: %1").arg(m_cam->currentText()));
    return parts.join(QStringLiteral(" · "));
}

PipelineFilterBar::Period PipelineFilterBar::period() const
{
    return Period(m_period->currentData().toInt());
}

void PipelineFilterBar::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
    onPeriodChanged(); // also when the index did not change (Clear on "This year" must still reset the dates)
}

void PipelineFilterBar::setRange(const QDate& from, const QDate& to)
{
    m_updating = true;
    m_period->setCurrentIndex(m_period->findData(int(Period::Custom)));
    m_from->setOptionalDate(from);
    m_to->setOptionalDate(to);
    m_updating = false;
    Q_EMIT changed();
}

std::pair<QDate, QDate> PipelineFilterBar::rangeOf(Period period, const QDate& today)
{
    const QDate quarter = quarterStart(today);
    switch (period) {
    case Period::ThisQuarter:
        return { quarter, quarter.addMonths(3).addDays(-1) };
    case Period::NextQuarter:
        return { quarter.addMonths(3), quarter.addMonths(6).addDays(-1) };
    case Period::ThisYear:
        return { QDate(today.year(), 1, 1), QDate(today.year(), 12, 31) };
    case Period::All:
    case Period::Custom:
        break;
    }
    return { QDate(), QDate() };
}

void PipelineFilterBar::onPeriodChanged()
{
    if (m_updating)
        return;
    const Period chosen = period();
    if (chosen != Period::Custom) {
        const auto [from, to] = rangeOf(chosen, QDate::currentDate());
        m_updating = true;
        m_from->setOptionalDate(from);
        m_to->setOptionalDate(to);
        m_updating = false;
    }
    Q_EMIT changed();
}

void PipelineFilterBar::onDateEdited()
{
    if (m_updating)
        return;
    // Editing a date makes the range custom; the preset no longer describes it.
    m_updating = true;
    m_period->setCurrentIndex(m_period->findData(int(Period::Custom)));
    m_updating = false;
    Q_EMIT changed();
}

void PipelineFilterBar::clear()
{
    m_updating = true;
    m_partner->blockSignals(true);
    m_partner->clearPartner();
    m_partner->blockSignals(false);
    for (QComboBox* combo : { m_tier, m_region, m_country, m_cam })
        combo->setCurrentIndex(0);
    m_period->setCurrentIndex(m_period->findData(int(Period::ThisYear)));
    m_updating = false;
    onPeriodChanged();
}

} // namespace ChannelDesk
