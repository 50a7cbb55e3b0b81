#include "DealFilterBar.h"

#include "domain/Deal.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace ChannelDesk {

DealFilterBar::DealFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_chip(new QFrame(this))
    , m_chipText(new QLabel(m_chip))
{
    setObjectName(QStringLiteral("dealFilterBar"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search number, customer or partner…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    connect(m_search, &QLineEdit::textChanged, this, &DealFilterBar::changed);

    m_view = addFilter("viewFilter", tr("All deals"));
    m_view->setToolTip(tr("Saved views"));
    m_view->addItem(tr("All open"), int(View::AllOpen));
    m_view->addItem(tr("Waiting for me"), int(View::WaitingForMe));
    m_view->addItem(tr("Expiring in ≤ %n day(s)", nullptr, m_expiringWindowDays), int(View::Expiring));
    m_view->addItem(tr("Past close date"), int(View::PastClose));
    m_view->addItem(tr("Stalled"), int(View::Stalled));
    m_view->addItem(tr("Draft"), int(View::Draft));
    //: Saved view: deals an administrator archived, and deleted drafts (DR-12)
    m_view->addItem(tr("Archived"), int(View::Archived));
    m_view->setItemData(0, int(View::AllDeals));

    m_kind = addFilter("kindFilter", tr("All kinds"));
    m_kind->addItem(tr("Registrations"), QStringLiteral("registration"));
    m_kind->addItem(tr("Opportunities"), QStringLiteral("opportunity"));
    m_status = addFilter("statusFilter", tr("All statuses"));
    for (const Choice& choice : registrationStatuses())
        m_status->addItem(choice.label, choice.code);
    for (const Choice& choice : opportunityStatuses()) {
        //: A status of opportunities in the status filter, e.g. "Open (opportunity)"
        m_status->addItem(tr("%1 (opportunity)").arg(choice.label), choice.code);
    }
    m_cam = addFilter("camFilter", tr("All CAMs"));

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
    for (QComboBox* combo : { m_view, m_kind, m_status, m_cam })
        row->addWidget(combo, 1);
    row->addWidget(m_clear);

    // The drill-down chip: what the dashboard asked for, removable.
    m_chip->setObjectName(QStringLiteral("drillDownChip"));
    m_chip->setFrameShape(QFrame::StyledPanel);
    m_chip->setStyleSheet(QStringLiteral("QFrame#drillDownChip { background: #e8f0fe; border: 1px solid #aecbfa; "
                                         "border-radius: 10px; }"));
    m_chipText->setObjectName(QStringLiteral("drillDownText"));
    auto* remove = new QToolButton(m_chip);
    remove->setObjectName(QStringLiteral("removeDrillDown"));
    remove->setText(QStringLiteral("×"));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove this filter"));
    remove->setAccessibleName(tr("Remove the dashboard filter"));
    connect(remove, &QToolButton::clicked, this, [this] {
        hideDrillDown();
        Q_EMIT drillDownRemoved();
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

QComboBox* DealFilterBar::addFilter(const char* name, const QString& allLabel)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(QLatin1String(name));
    combo->addItem(allLabel, QString());
    // Sized by a minimum text length, not by the longest item, so long translations never widen the window.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(9);
    connect(combo, &QComboBox::currentIndexChanged, this, &DealFilterBar::changed);
    return combo;
}

void DealFilterBar::setCams(const QStringList& cams)
{
    const QString current = m_cam->currentData().toString();
    const QSignalBlocker blocker(m_cam);
    while (m_cam->count() > 1)
        m_cam->removeItem(1);
    for (const QString& cam : cams)
        m_cam->addItem(cam, cam);
    m_cam->setCurrentIndex(std::max(0, m_cam->findData(current)));
}

void DealFilterBar::setExpiringWindowDays(int days)
{
    m_expiringWindowDays = days;
    const int index = m_view->findData(int(View::Expiring));
    m_view->setItemText(index, tr("Expiring in ≤ %n day(s)", nullptr, days));
}

DealFilterBar::View DealFilterBar::view() const
{
    return static_cast<View>(m_view->currentData().toInt());
}

void DealFilterBar::setView(View view)
{
    m_view->setCurrentIndex(std::max(0, m_view->findData(int(view))));
}

void DealFilterBar::applyTo(DealFilter& filter, const QString& me) const
{
    switch (view()) {
    case View::AllDeals: break;
    case View::AllOpen: filter.openOnly = true; break;
    case View::WaitingForMe: filter.waitingFor = me; break; // DR-13
    case View::Expiring: filter.expiringWithinDays = m_expiringWindowDays; break; // DR-08
    case View::PastClose: filter.pastClose = true; break;
    case View::Stalled: filter.stalled = true; break;
    case View::Draft:
        filter.kind = QStringLiteral("registration");
        filter.statuses = { QStringLiteral("draft") };
        break;
    case View::Archived: filter.archived = true; break; // DR-12
    }
    if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty())
        filter.kind = kind;
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        filter.statuses = { status };
    if (const QString cam = m_cam->currentData().toString(); !cam.isEmpty())
        filter.cams = { cam };
    if (const QString search = m_search->text().trimmed(); !search.isEmpty())
        filter.search = search;
}

void DealFilterBar::showDrillDown(const QString& title)
{
    //: The dashboard filter the deals list shows, e.g. "Filtered by: Proposal, 2026-Q4"
    m_chipText->setText(tr("Filtered by: %1").arg(title));
    m_chip->show();
}

void DealFilterBar::hideDrillDown()
{
    m_chip->hide();
    m_chipText->clear();
}

bool DealFilterBar::hasDrillDown() const
{
    return !m_chip->isHidden();
}

void DealFilterBar::reset()
{
    const QSignalBlocker blocker(this);
    const QSignalBlocker searchBlocker(m_search);
    m_search->clear();
    for (QComboBox* combo : { m_view, m_kind, m_status, m_cam }) {
        const QSignalBlocker comboBlocker(combo);
        combo->setCurrentIndex(0);
    }
}

} // namespace ChannelDesk
