#include "MdfFilterBar.h"

#include "common/OptionalDateEdit.h"
#include "domain/Mdf.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace ChannelDesk {

MdfFilterBar::MdfFilterBar(List list, QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_dateLabel(new QLabel(this))
    , m_from(new OptionalDateEdit(this))
    , m_to(new OptionalDateEdit(this))
    , m_chip(new QFrame(this))
    , m_chipText(new QLabel(m_chip))
{
    const bool requests = list == List::Requests;
    setObjectName(requests ? QStringLiteral("mdfRequestFilterBar") : QStringLiteral("mdfClaimFilterBar"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(requests ? tr("Search number, title, partner or campaign…")
                                          : tr("Search number, title, partner or request…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    connect(m_search, &QLineEdit::textChanged, this, &MdfFilterBar::changed);

    m_view = addFilter("viewFilter", requests ? tr("All requests") : tr("All claims"));
    m_view->setItemData(0, int(View::All));
    m_view->setToolTip(tr("Saved views"));
    m_view->addItem(tr("Waiting for me"), int(View::WaitingForMe));
    m_view->setItemData(1, tr("Submitted and waiting for your decision, oldest first; those past the decision target "
                              "are flagged"),
                        Qt::ToolTipRole);
    m_view->addItem(tr("Drafts"), int(View::Drafts));
    if (requests)
        m_view->addItem(tr("Deadline in ≤ %n day(s)", nullptr, m_deadlineDays), int(View::DeadlineSoon));
    else
        m_view->addItem(tr("Unpaid"), int(View::Unpaid));

    m_status = addFilter("statusFilter", tr("All statuses"));
    for (const Choice& choice : requests ? mdfRequestStatuses() : mdfClaimStatuses())
        m_status->addItem(choice.label, choice.code);
    m_activity = addFilter("activityFilter", tr("All activities"));
    for (const Choice& choice : mdfActivityTypes())
        m_activity->addItem(choice.label, choice.code);
    m_budget = addFilter("budgetFilter", tr("All budgets"));

    m_dateLabel->setText(requests ? tr("Activity:") : tr("Submitted:"));
    m_from->setObjectName(QStringLiteral("dateFrom"));
    m_to->setObjectName(QStringLiteral("dateTo"));
    m_from->setToolTip(requests ? tr("Activities running on or after this day") : tr("Submitted on or after this day"));
    m_to->setToolTip(requests ? tr("Activities running on or before this day") : tr("Submitted on or before this day"));
    m_from->setAccessibleName(requests ? tr("Activity from") : tr("Submitted from"));
    m_to->setAccessibleName(requests ? tr("Activity until") : tr("Submitted until"));
    m_dateLabel->setBuddy(m_from);
    for (OptionalDateEdit* edit : { m_from, m_to }) {
        // OptionalDateEdit's constructor lets its calendar popup set today as the date; start empty.
        edit->setOptionalDate({});
        connect(edit, &QDateEdit::dateChanged, this, &MdfFilterBar::changed);
    }

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear the search, the view and all filters"));
    connect(m_clear, &QToolButton::clicked, this, [this] {
        reset();
        Q_EMIT changed();
    });

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_search, 2);
    for (QComboBox* combo : { m_view, m_status, m_activity, m_budget })
        row->addWidget(combo, 1);
    row->addWidget(m_dateLabel);
    row->addWidget(m_from);
    auto* dash = new QLabel(QStringLiteral("–"), this);
    row->addWidget(dash);
    row->addWidget(m_to);
    row->addWidget(m_clear);

    // The chip: what another screen asked to show, removable.
    m_chip->setObjectName(QStringLiteral("scopeChip"));
    m_chip->setFrameShape(QFrame::StyledPanel);
    m_chip->setStyleSheet(QStringLiteral("QFrame#scopeChip { background: #e8f0fe; border: 1px solid #aecbfa; "
                                         "border-radius: 10px; }"));
    m_chipText->setObjectName(QStringLiteral("scopeChipText"));
    auto* remove = new QToolButton(m_chip);
    remove->setObjectName(QStringLiteral("removeScope"));
    remove->setText(QStringLiteral("×"));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove this filter"));
    remove->setAccessibleName(tr("Remove this filter"));
    connect(remove, &QToolButton::clicked, this, [this] {
        hideChip();
        Q_EMIT chipRemoved();
    });
    auto* chipLayout = new QHBoxLayout(m_chip);
    chipLayout->setContentsMargins(8, 1, 2, 1);
    chipLayout->addWidget(m_chipText);
    chipLayout->addWidget(remove);
    m_chip->hide();
    auto* chipRow = new QHBoxLayout;
    chipRow->setContentsMargins(0, 0, 0, 0);
    chipRow->addWidget(m_chip);
    chipRow->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addLayout(chipRow);
}

QComboBox* MdfFilterBar::addFilter(const char* name, const QString& allLabel)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(QLatin1String(name));
    combo->addItem(allLabel, QVariant());
    // Sized by a minimum text length, not by the longest item, so long translations never widen the window.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(9);
    connect(combo, &QComboBox::currentIndexChanged, this, &MdfFilterBar::changed);
    return combo;
}

void MdfFilterBar::setBudgets(const QList<QPair<QByteArray, QString>>& budgets)
{
    const QByteArray current = m_budget->currentData().toByteArray();
    const QSignalBlocker blocker(m_budget);
    while (m_budget->count() > 1)
        m_budget->removeItem(1);
    for (const auto& [id, name] : budgets)
        m_budget->addItem(name, id);
    m_budget->setCurrentIndex(current.isEmpty() ? 0 : std::max(0, m_budget->findData(current)));
}

void MdfFilterBar::setDeadlineWindowDays(int days)
{
    m_deadlineDays = days;
    const int index = m_view->findData(int(View::DeadlineSoon));
    if (index >= 0)
        m_view->setItemText(index, tr("Deadline in ≤ %n day(s)", nullptr, days));
}

MdfFilterBar::View MdfFilterBar::view() const
{
    return static_cast<View>(m_view->currentData().toInt());
}

void MdfFilterBar::setView(View view)
{
    m_view->setCurrentIndex(std::max(0, m_view->findData(int(view))));
}

void MdfFilterBar::applyTo(MdfRequestFilter& filter, const QString& me) const
{
    switch (view()) {
    case View::All:
    case View::Unpaid: break;
    case View::WaitingForMe: filter.waitingFor = me; break; // MDF-05: the approvals queue
    case View::Drafts: filter.statuses = { QStringLiteral("draft") }; break;
    case View::DeadlineSoon: filter.deadlineWithinDays = m_deadlineDays; break; // MDF-10
    }
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        filter.statuses = { status };
    if (const QString activity = m_activity->currentData().toString(); !activity.isEmpty())
        filter.activityTypes = { activity };
    if (const QByteArray budget = m_budget->currentData().toByteArray(); !budget.isEmpty())
        filter.budgetIds = { budget };
    if (m_from->optionalDate().isValid() || m_to->optionalDate().isValid()) {
        filter.dateField = MdfDateField::Activity;
        filter.dateFrom = m_from->optionalDate();
        filter.dateTo = m_to->optionalDate();
    }
    if (const QString search = m_search->text().trimmed(); !search.isEmpty())
        filter.search = search;
}

void MdfFilterBar::applyTo(MdfClaimFilter& filter, const QString& me) const
{
    switch (view()) {
    case View::All:
    case View::DeadlineSoon: break;
    case View::WaitingForMe: filter.waitingFor = me; break;
    case View::Drafts: filter.statuses = { QStringLiteral("draft") }; break;
    case View::Unpaid: filter.unpaidOnly = true; break; // MDF-11
    }
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        filter.statuses = { status };
    if (const QString activity = m_activity->currentData().toString(); !activity.isEmpty())
        filter.activityTypes = { activity };
    if (const QByteArray budget = m_budget->currentData().toByteArray(); !budget.isEmpty())
        filter.budgetIds = { budget };
    if (m_from->optionalDate().isValid() || m_to->optionalDate().isValid()) {
        filter.dateField = MdfDateField::Submitted;
        filter.dateFrom = m_from->optionalDate();
        filter.dateTo = m_to->optionalDate();
    }
    if (const QString search = m_search->text().trimmed(); !search.isEmpty())
        filter.search = search;
}

void MdfFilterBar::showChip(const QString& text)
{
    m_chipText->setText(text);
    m_chip->show();
}

void MdfFilterBar::hideChip()
{
    m_chip->hide();
    m_chipText->clear();
}

bool MdfFilterBar::hasChip() const
{
    return !m_chip->isHidden();
}

QString MdfFilterBar::chipText() const
{
    return m_chipText->text();
}

bool MdfFilterBar::hasFilters() const
{
    return !m_search->text().trimmed().isEmpty() || m_status->currentIndex() > 0 || m_activity->currentIndex() > 0
        || m_budget->currentIndex() > 0 || m_from->optionalDate().isValid() || m_to->optionalDate().isValid()
        || hasChip();
}

void MdfFilterBar::reset()
{
    const QSignalBlocker blocker(this);
    const QSignalBlocker searchBlocker(m_search);
    m_search->clear();
    for (QComboBox* combo : { m_view, m_status, m_activity, m_budget }) {
        const QSignalBlocker comboBlocker(combo);
        combo->setCurrentIndex(0);
    }
    for (OptionalDateEdit* edit : { m_from, m_to }) {
        const QSignalBlocker dateBlocker(edit);
        edit->setOptionalDate({});
    }
}

} // namespace ChannelDesk
