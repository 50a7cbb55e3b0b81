#include "AllocationDialog.h"

#include "mdf/MdfValidator.h"

#include "common/Money.h"
#include "mdf/BudgetFormErrors.h"
#include "mdf/MdfActions.h"
#include "pipeline/PartnerPicker.h"
#include "pipeline/PipelineStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include <cmath>

namespace ChannelDesk {

namespace {

QString money(qint64 minor, const QString& currency)
{
    return Money { minor, currency }.format(QLocale());
}

QString editText(qint64 minor, const QString& currency)
{
    const int digits = std::max(0, Money::minorDigits(currency));
    return QLocale().toString(double(minor) / std::pow(10.0, digits), 'f', digits);
}

} // namespace

QList<AllocationDialog::Period> AllocationDialog::periodsWithin(const QDate& first, const QDate& last,
                                                                Granularity granularity)
{
    QList<Period> periods;
    if (!first.isValid() || !last.isValid() || last < first)
        return periods;
    for (int year = first.year(); year <= last.year(); ++year) {
        QList<Period> candidates;
        switch (granularity) {
        case Granularity::Year:
            candidates.append({ QString::number(year), QDate(year, 1, 1), QDate(year, 12, 31) });
            break;
        case Granularity::Half:
            candidates.append({ QStringLiteral("%1-H1").arg(year), QDate(year, 1, 1), QDate(year, 6, 30) });
            candidates.append({ QStringLiteral("%1-H2").arg(year), QDate(year, 7, 1), QDate(year, 12, 31) });
            break;
        case Granularity::Quarter:
            for (int q = 1; q <= 4; ++q) {
                const QDate start(year, 3 * q - 2, 1);
                candidates.append({ QStringLiteral("%1-Q%2").arg(year).arg(q), start, start.addMonths(3).addDays(-1) });
            }
            break;
        case Granularity::Month:
            for (int m = 1; m <= 12; ++m) {
                const QDate start(year, m, 1);
                candidates.append({ QStringLiteral("%1-%2").arg(year).arg(m, 2, 10, QLatin1Char('0')), start,
                                    start.addMonths(1).addDays(-1) });
            }
            break;
        }
        for (const Period& period : std::as_const(candidates)) {
            if (period.first >= first && period.last <= last)
                periods.append(period);
        }
    }
    return periods;
}

AllocationDialog::Granularity AllocationDialog::granularityOf(const QString& period)
{
    if (period.contains(QLatin1String("-H")))
        return Granularity::Half;
    if (period.contains(QLatin1String("-Q")))
        return Granularity::Quarter;
    if (period.contains(QLatin1Char('-')))
        return Granularity::Month;
    return Granularity::Year;
}

AllocationDialog::AllocationDialog(Database& db, MdfActions& actions, const MdfBudget& budget, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actions(actions)
    , m_budget(budget)
    , m_budgetLabel(new QLabel(this))
    , m_partner(new PartnerPicker(db, this))
    , m_granularity(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_currency(new QLabel(budget.amount.currency, this))
    , m_left(new QLabel(this))
    , m_authorized(new QCheckBox(tr("Authorised: requests may draw on it"), this))
    , m_notes(new QPlainTextEdit(this))
    , m_general(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("allocationDialog"));
    setWindowTitle(tr("New Allocation"));

    m_budgetLabel->setObjectName(QStringLiteral("allocationBudget"));
    m_budgetLabel->setWordWrap(true);
    const QLocale locale;
    m_budgetLabel->setText(tr("Budget %1 (%2 – %3), %4")
                               .arg(budget.name, locale.toString(budget.periodStart, QLocale::ShortFormat),
                                    locale.toString(budget.periodEnd, QLocale::ShortFormat),
                                    money(budget.amount.minor, budget.amount.currency)));

    m_partner->setObjectName(QStringLiteral("partner"));
    m_partner->setPlaceholderText(tr("Type part of the partner's name, then pick it"));
    m_partner->setToolTip(tr("The partner this money is set aside for"));

    m_granularity->setObjectName(QStringLiteral("granularity"));
    m_granularity->addItem(tr("Year"), int(Granularity::Year));
    m_granularity->addItem(tr("Half-year"), int(Granularity::Half));
    m_granularity->addItem(tr("Quarter"), int(Granularity::Quarter));
    m_granularity->addItem(tr("Month"), int(Granularity::Month));
    m_period->setObjectName(QStringLiteral("period"));
    m_period->setToolTip(tr("MDF-03: one allocation per partner and period, so only periods this partner has no "
                            "allocation for in this budget are offered"));
    m_period->setMinimumContentsLength(24);
    auto* periodRow = new QWidget(this);
    periodRow->setObjectName(QStringLiteral("periodRow"));
    auto* periodLayout = new QHBoxLayout(periodRow);
    periodLayout->setContentsMargins(0, 0, 0, 0);
    periodLayout->addWidget(m_granularity);
    periodLayout->addWidget(m_period, 1);

    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setToolTip(tr("Every allocation is in its budget's currency"));
    auto* amountRow = new QWidget(this);
    amountRow->setObjectName(QStringLiteral("amountRow"));
    auto* amountLayout = new QHBoxLayout(amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->addWidget(m_amount, 1);
    amountLayout->addWidget(m_currency);
    m_left->setObjectName(QStringLiteral("leftToAllocate"));
    m_left->setWordWrap(true);
    m_left->setForegroundRole(QPalette::PlaceholderText);

    m_authorized->setObjectName(QStringLiteral("authorized"));
    m_authorized->setChecked(true);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_general->setObjectName(QStringLiteral("allocationError"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_budgetLabel);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_errors = std::make_unique<BudgetFormErrors>(form, m_general);
    m_errors->addRow(tr("&Partner:"), m_partner, { QStringLiteral("partner_id") });
    m_errors->addRow(tr("P&eriod:"), periodRow, { QStringLiteral("period") }, m_period);
    m_errors->addRow(tr("&Amount:"), amountRow, { QStringLiteral("amount_minor"), QStringLiteral("amount") }, m_amount);
    m_errors->addName(QStringLiteral("currency"), amountRow, m_amount);
    form->addRow(QString(), m_left);
    m_errors->addRow(QString(), m_authorized, { QStringLiteral("authorized") });
    m_errors->addRow(tr("No&tes:"), m_notes, { QStringLiteral("notes") });
    layout->addWidget(m_general);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AllocationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AllocationDialog::reject);
    connect(m_partner, &PartnerPicker::partnerChanged, this, &AllocationDialog::refillPeriods);
    connect(m_granularity, &QComboBox::currentIndexChanged, this, &AllocationDialog::refillPeriods);
    connect(m_amount, &QLineEdit::textChanged, this, &AllocationDialog::updateLeft);

    loadAllocations();
    // The granularity the budget already uses, else the coarsest that fits its dates.
    Granularity granularity = Granularity::Month;
    if (!m_existing.isEmpty()) {
        granularity = granularityOf(m_existing.constFirst().period);
    } else {
        for (const Granularity g : { Granularity::Year, Granularity::Half, Granularity::Quarter, Granularity::Month }) {
            if (!periodsWithin(budget.periodStart, budget.periodEnd, g).isEmpty()) {
                granularity = g;
                break;
            }
        }
    }
    m_granularity->setCurrentIndex(m_granularity->findData(int(granularity)));
    refillPeriods();
    updateLeft();
    m_partner->setFocus();
    resize(520, sizeHint().height());
}

AllocationDialog::~AllocationDialog() = default;

void AllocationDialog::loadAllocations()
{
    const Result<QList<MdfAllocation>> allocations = m_actions.budgets().allocations(m_budget.id);
    if (!allocations) {
        m_errors->show(QString(),
                       tr("The budget's allocations could not be read: %1").arg(allocations.error().message));
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        return;
    }
    m_existing.clear();
    qint64 allocated = 0;
    for (const MdfAllocation& allocation : allocations.value()) {
        if (allocation.meta.isDeleted())
            continue;
        m_existing.append(allocation);
        if (allocation.id != m_allocation.id)
            allocated += allocation.amount.minor;
    }
    m_leftBeforeMinor = m_budget.amount.minor - allocated;
}

void AllocationDialog::setAllocation(const MdfAllocation& allocation, const QString& partnerName)
{
    m_allocation = allocation;
    setWindowTitle(tr("Edit Allocation"));
    loadAllocations();
    m_partner->setPartner(allocation.partnerId, partnerName);
    m_partner->setEnabled(false); // an allocation stays with its partner
    m_partner->setToolTip(tr("An allocation stays with its partner; create another one for a different partner"));
    m_granularity->setCurrentIndex(m_granularity->findData(int(granularityOf(allocation.period))));
    refillPeriods();
    const int own = m_period->findData(allocation.period);
    if (own >= 0)
        m_period->setCurrentIndex(own);
    m_amount->setText(editText(allocation.amount.minor, m_budget.amount.currency));
    m_authorized->setChecked(allocation.authorized);
    m_notes->setPlainText(allocation.notes);
    updateLeft();
    m_amount->setFocus();
    m_amount->selectAll();
}

void AllocationDialog::setPartner(const QByteArray& partnerId, const QString& partnerName)
{
    m_partner->setPartner(partnerId, partnerName);
}

QStringList AllocationDialog::offeredPeriods() const
{
    QStringList labels;
    for (int i = 0; i < m_period->count(); ++i) {
        const QString label = m_period->itemData(i).toString();
        if (!label.isEmpty())
            labels.append(label);
    }
    return labels;
}

void AllocationDialog::refillPeriods()
{
    const QString previous = m_period->currentData().toString();
    const QByteArray partnerId = m_partner->partnerId();
    m_period->clear();
    if (partnerId.isEmpty()) {
        m_period->addItem(tr("Pick the partner first"));
        m_period->setEnabled(false);
        return;
    }
    // MDF-03: periods overlapping one this partner already has in this budget are not offered (its own, when
    // editing, is): "2027-Q1" would fund months "2027" already funds.
    QList<Period> taken;
    for (const MdfAllocation& allocation : std::as_const(m_existing)) {
        Period other { allocation.period, {}, {} };
        if (allocation.partnerId == partnerId && allocation.id != m_allocation.id
            && MdfValidator::parsePeriod(allocation.period, &other.first, &other.last))
            taken.append(other);
    }
    const auto overlapsTaken = [&taken](const Period& period) {
        return std::any_of(taken.cbegin(), taken.cend(), [&period](const Period& other) {
            return other.first <= period.last && period.first <= other.last;
        });
    };
    const auto granularity = Granularity(m_granularity->currentData().toInt());
    const QLocale locale;
    const QList<Period> periods = periodsWithin(m_budget.periodStart, m_budget.periodEnd, granularity);
    if (!m_allocation.id.isEmpty() && granularityOf(m_allocation.period) == granularity
        && std::none_of(periods.cbegin(), periods.cend(),
                        [this](const Period& p) { return p.label == m_allocation.period; }))
        m_period->addItem(m_allocation.period, m_allocation.period); // a period the picker would not offer today
    for (const Period& period : periods) {
        if (overlapsTaken(period))
            continue;
        //: Allocation period in the picker: label · first day – last day
        m_period->addItem(tr("%1 · %2 – %3")
                              .arg(period.label, locale.toString(period.first, QLocale::ShortFormat),
                                   locale.toString(period.last, QLocale::ShortFormat)),
                          period.label);
    }
    if (m_period->count() == 0) {
        m_period->addItem(periods.isEmpty() ? tr("No %1 lies wholly within the budget's dates")
                                                  .arg(m_granularity->currentText().toLower())
                                            : tr("This partner has every %1 of the budget already")
                                                  .arg(m_granularity->currentText().toLower()));
        m_period->setEnabled(false);
        return;
    }
    m_period->setEnabled(true);
    const int keep = m_period->findData(previous);
    m_period->setCurrentIndex(keep >= 0 ? keep : 0);
}

void AllocationDialog::updateLeft()
{
    const QString currency = m_budget.amount.currency;
    const QString left = money(m_leftBeforeMinor, currency);
    const QString total = money(m_budget.amount.minor, currency);
    const QString text = m_amount->text().trimmed();
    const Result<Money> typed = text.isEmpty() ? Result<Money>(Error::validation({}, {}))
                                               : Money::parse(text, currency, QLocale());
    bool over = m_leftBeforeMinor < 0;
    if (typed) {
        const qint64 after = m_leftBeforeMinor - typed->minor;
        over = after < 0;
        m_left->setText(over ? tr("Left to allocate: %1 of %2 · this is %3 more than the budget has left (MDF-01)")
                                   .arg(left, total, money(-after, currency))
                             : tr("Left to allocate: %1 of %2 · after this allocation: %3")
                                   .arg(left, total, money(after, currency)));
    } else {
        m_left->setText(tr("Left to allocate: %1 of %2").arg(left, total));
    }
    m_left->setProperty("over", over);
    m_left->setStyleSheet(over ? QStringLiteral("QLabel { color: %1; }").arg(PipelineStyle::warningColor().name())
                               : QString());
}

QString AllocationDialog::fieldError(const QString& field) const
{
    return m_errors->message(field);
}

QString AllocationDialog::errorText() const
{
    return m_errors->allMessages();
}

void AllocationDialog::accept()
{
    m_errors->clear();
    MdfAllocation allocation = m_allocation;
    allocation.budgetId = m_budget.id;
    allocation.partnerId = m_partner->partnerId();
    if (allocation.partnerId.isEmpty()) {
        m_errors->show(QStringLiteral("partner_id"), tr("Pick the partner this money is for: type part of the name, "
                                                        "then choose it from the list."));
        return;
    }
    allocation.period = m_period->currentData().toString();
    if (allocation.period.isEmpty()) {
        m_period->setEnabled(true); // so the message stands next to it
        m_errors->show(QStringLiteral("period"), tr("There is no period left to allocate for this partner; pick "
                                                    "another granularity or partner."));
        return;
    }
    const QString currency = m_budget.amount.currency;
    const QString amountText = m_amount->text().trimmed();
    if (amountText.isEmpty()) {
        m_errors->show(QStringLiteral("amount_minor"), tr("Enter the amount in %1.").arg(currency));
        return;
    }
    const Result<Money> amount = Money::parse(amountText, currency, QLocale());
    if (!amount) {
        m_errors->show(QStringLiteral("amount_minor"), amount.error().message);
        return;
    }
    allocation.amount = amount.value();
    allocation.authorized = m_authorized->isChecked();
    allocation.notes = m_notes->toPlainText().trimmed();

    if (allocation.id.isEmpty()) {
        const Result<MdfAllocation> created = m_actions.createAllocation(allocation);
        if (!created) {
            m_errors->show(created.error());
            return;
        }
        m_allocation = created.value();
    } else {
        const Result<bool> saved = m_actions.updateAllocation(allocation);
        if (!saved) {
            m_errors->show(saved.error());
            return;
        }
        m_allocation = allocation;
    }
    QDialog::accept();
}

} // namespace ChannelDesk
