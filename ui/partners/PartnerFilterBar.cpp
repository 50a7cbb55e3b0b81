#include "PartnerFilterBar.h"

#include "common/Countries.h"
#include "domain/Partner.h"
#include "partners/PartnerRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>

namespace ChannelDesk {

PartnerFilterBar::PartnerFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
{
    setObjectName(QStringLiteral("partnerFilterBar"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search name, legal name, city, email or external ID…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    connect(m_search, &QLineEdit::textChanged, this, &PartnerFilterBar::changed);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);

    m_tier = addFilter("tierFilter", tr("All tiers"));
    for (const Choice& choice : partnerTiers()) {
        if (!choice.code.isEmpty())
            m_tier->addItem(choice.label, choice.code);
    }
    m_type = addFilter("typeFilter", tr("All types"));
    for (const Choice& choice : partnerTypes())
        m_type->addItem(choice.label, choice.code);
    m_stage = addFilter("stageFilter", tr("All stages"));
    for (const Choice& choice : onboardingStages())
        m_stage->addItem(choice.label, choice.code);
    m_country = addFilter("countryFilter", tr("All countries"));
    m_owner = addFilter("ownerFilter", tr("All owners"));
    for (QComboBox* combo : { m_tier, m_type, m_stage, m_country, m_owner })
        layout->addWidget(combo, 1);

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear the search and all filters"));
    connect(m_clear, &QToolButton::clicked, this, &PartnerFilterBar::clear);
    layout->addWidget(m_clear);
}

QComboBox* PartnerFilterBar::addFilter(const char* name, const QString& allLabel)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(QLatin1String(name));
    combo->addItem(allLabel, QString());
    // Sized by a minimum text length, not by the longest item, so long translations never widen the window.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(9);
    connect(combo, &QComboBox::currentIndexChanged, this, &PartnerFilterBar::changed);
    return combo;
}

void PartnerFilterBar::reloadChoices(const PartnerRepository& repository)
{
    auto refill = [](QComboBox* combo, const QStringList& values, auto label) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const QString& value : values)
            combo->addItem(label(value), value);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    if (const auto countries = repository.distinctValues(QStringLiteral("country")); countries) {
        refill(m_country, countries.value(), [](const QString& code) {
            return QStringLiteral("%1 — %2").arg(code, Countries::displayName(code, QLocale()));
        });
    }
    if (const auto owners = repository.distinctValues(QStringLiteral("owner")); owners)
        refill(m_owner, owners.value(), [](const QString& owner) { return owner; });
}

void PartnerFilterBar::applyTo(PartnerQuery& query) const
{
    query.search = m_search->text();
    query.tier = m_tier->currentData().toString();
    query.type = m_type->currentData().toString();
    query.stage = m_stage->currentData().toString();
    query.country = m_country->currentData().toString();
    query.owner = m_owner->currentData().toString();
}

void PartnerFilterBar::clear()
{
    {
        const QSignalBlocker blocker(this);
        m_search->clear();
        for (QComboBox* combo : { m_tier, m_type, m_stage, m_country, m_owner })
            combo->setCurrentIndex(0);
    }
    Q_EMIT changed();
}

} // namespace ChannelDesk
