#include "MdfRequestsScreen.h"

#include "mdf/MdfActions.h"
#include "mdf/MdfListSpecs.h"
#include "mdf/MdfRequestPanel.h"
#include "storage/Database.h"

#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>

namespace ChannelDesk {

MdfRequestsScreen::MdfRequestsScreen(Database& db, MdfActions& actions, QWidget* parent)
    : MdfListScreen(db, actions, MdfFilterBar::List::Requests, MdfRequestList::spec(),
                    static_cast<int>(MdfRequestSort::Submitted), parent)
    , m_panel(new MdfRequestPanel(actions, this))
{
    setObjectName(QStringLiteral("mdfRequestsScreen"));
    view()->setObjectName(QStringLiteral("mdfRequestTable"));
    newButton()->setText(tr("New request"));
    newButton()->setToolTip(tr("Start a draft fund request"));
    connect(filterBar(), &MdfFilterBar::chipRemoved, this, [this] { m_base = {}; }); // before the base re-applies
    connect(m_panel, &MdfRequestPanel::requestChanged, this, &MdfRequestsScreen::onPanelChanged);
    connect(m_panel, &MdfRequestPanel::openClaimRequested, this, &MdfRequestsScreen::openClaim);
    connect(m_panel, &MdfRequestPanel::statusMessage, this, &MdfRequestsScreen::statusChanged);
    initialise(m_panel);
}

MdfRequestsScreen::~MdfRequestsScreen() = default;

QByteArray MdfRequestsScreen::panelId() const
{
    return m_panel->currentId();
}

void MdfRequestsScreen::showInPanel(const QByteArray& id)
{
    m_panel->showRequest(id);
}

bool MdfRequestsScreen::commitPanel()
{
    return m_panel->commitEdits();
}

void MdfRequestsScreen::reloadPanel()
{
    m_panel->reload();
}

void MdfRequestsScreen::startNewInPanel()
{
    startNewRequest(m_base.allocationIds.size() == 1 ? m_base.allocationIds.first() : QByteArray());
}

MdfListFilter MdfRequestsScreen::composeFilter() const
{
    MdfRequestFilter filter = m_base;
    filterBar()->applyTo(filter, me());
    return filter;
}

MdfExportDialog::What MdfRequestsScreen::exportWhat() const
{
    const MdfListQuery& query = model()->query();
    MdfRequestExport what;
    if (const auto* filter = std::get_if<MdfRequestFilter>(&query.filter))
        what.filter = *filter;
    what.sort = static_cast<MdfRequestSort>(query.sort);
    what.descending = query.descending;
    return what;
}

QString MdfRequestsScreen::countText(int count, bool filtered) const
{
    if (filterBar()->view() == MdfFilterBar::View::WaitingForMe)
        return tr("%Ln request(s) waiting for your decision", nullptr, count);
    return filtered ? tr("%Ln fund request(s) match", nullptr, count) : tr("%Ln fund request(s)", nullptr, count);
}

QString MdfRequestsScreen::emptyText(bool filtered) const
{
    switch (filterBar()->view()) {
    case MdfFilterBar::View::WaitingForMe:
        if (!filterBar()->hasFilters())
            return tr("No fund request is waiting for your decision.");
        break;
    case MdfFilterBar::View::DeadlineSoon:
        if (!filterBar()->hasFilters())
            return tr("No approved request has a claim deadline within %n day(s).", nullptr,
                      filterBar()->deadlineWindowDays());
        break;
    default: break;
    }
    if (filtered)
        return tr("No fund request matches the search, view and filters.");
    return tr("No fund requests yet. Use “New request” to ask for funds from a partner's allocation.");
}

bool MdfRequestsScreen::affects(const QString& entity, const QList<QByteArray>& ids, QList<QByteArray>& refresh) const
{
    // The list shows requests' own columns, plus who decides (the budget's owner when no approver is set).
    if (entity == QLatin1String("request")) {
        refresh = ids;
        return true;
    }
    if (entity == QLatin1String("budget") || entity == QLatin1String("allocation")) {
        refresh.clear();
        return true;
    }
    return false; // claims, payments and attachments change no request column of the list
}

void MdfRequestsScreen::showAllocation(const QByteArray& allocationId)
{
    if (allocationId.isEmpty() || !commitPanel())
        return;
    QString title;
    QSqlQuery query(database().connection());
    query.prepare(QStringLiteral("SELECT p.name, a.period, b.name FROM mdf_allocation a LEFT JOIN partner p ON p.id = "
                                 "a.partner_id LEFT JOIN mdf_budget b ON b.id = a.budget_id WHERE a.id = ?"));
    query.addBindValue(allocationId);
    if (query.exec() && query.next()) {
        //: The filter chip of the requests list: partner, period and budget of one allocation
        title = tr("Allocation: %1 · %2 · %3")
                    .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
    } else {
        title = tr("Allocation: not found");
    }
    m_base = {};
    m_base.allocationIds = { allocationId };
    filterBar()->reset();
    filterBar()->showChip(title);
    applyFilters();
}

void MdfRequestsScreen::startNewRequest(const QByteArray& allocationId)
{
    if (!commitPanel())
        return;
    clearSelectionQuietly();
    m_panel->startNew(allocationId);
}

void MdfRequestsScreen::selectRequest(const QByteArray& id)
{
    selectRecord(id);
}

} // namespace ChannelDesk
