#include "MdfClaimsScreen.h"

#include "mdf/MdfActions.h"
#include "mdf/MdfClaimPanel.h"
#include "mdf/MdfListSpecs.h"
#include "storage/Database.h"

#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>

namespace ChannelDesk {

MdfClaimsScreen::MdfClaimsScreen(Database& db, MdfActions& actions, QWidget* parent)
    : MdfListScreen(db, actions, MdfFilterBar::List::Claims, MdfClaimList::spec(),
                    static_cast<int>(MdfClaimSort::Submitted), parent)
    , m_panel(new MdfClaimPanel(actions, this))
{
    setObjectName(QStringLiteral("mdfClaimsScreen"));
    view()->setObjectName(QStringLiteral("mdfClaimTable"));
    newButton()->setText(tr("New claim"));
    newButton()->setToolTip(tr("Start a draft claim against the request shown by the filter, or the selected claim's "
                               "request (MDF-08: it must be approved)"));
    connect(filterBar(), &MdfFilterBar::chipRemoved, this, [this] { m_base = {}; }); // before the base re-applies
    connect(m_panel, &MdfClaimPanel::claimChanged, this, &MdfClaimsScreen::onPanelChanged);
    connect(m_panel, &MdfClaimPanel::openRequestRequested, this, &MdfClaimsScreen::openRequest);
    connect(m_panel, &MdfClaimPanel::statusMessage, this, &MdfClaimsScreen::statusChanged);
    // Double-clicking the Request cell opens that request.
    connect(view(), &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() != MdfClaimList::Request)
            return;
        if (const QByteArray requestId = model()->rowValue(index.row(), MdfClaimList::RequestIdValue).toByteArray();
            !requestId.isEmpty())
            Q_EMIT openRequest(requestId);
    });
    initialise(m_panel);
}

MdfClaimsScreen::~MdfClaimsScreen() = default;

QByteArray MdfClaimsScreen::panelId() const
{
    return m_panel->currentId();
}

void MdfClaimsScreen::showInPanel(const QByteArray& id)
{
    m_panel->showClaim(id);
}

bool MdfClaimsScreen::commitPanel()
{
    return m_panel->commitEdits();
}

void MdfClaimsScreen::reloadPanel()
{
    m_panel->reload();
}

void MdfClaimsScreen::startNewInPanel()
{
    QByteArray requestId = m_base.requestIds.size() == 1 ? m_base.requestIds.first() : QByteArray();
    if (requestId.isEmpty() && !panelId().isEmpty()) {
        if (const Result<MdfClaim> claim = actions().claims().get(panelId()); claim)
            requestId = claim->requestId;
    }
    if (requestId.isEmpty()) {
        Q_EMIT statusChanged(tr("Open an approved fund request (or one of its claims) to claim against it."));
        return;
    }
    startNewClaim(requestId);
}

MdfListFilter MdfClaimsScreen::composeFilter() const
{
    MdfClaimFilter filter = m_base;
    filterBar()->applyTo(filter, me());
    return filter;
}

MdfExportDialog::What MdfClaimsScreen::exportWhat() const
{
    const MdfListQuery& query = model()->query();
    MdfClaimExport what;
    if (const auto* filter = std::get_if<MdfClaimFilter>(&query.filter))
        what.filter = *filter;
    what.sort = static_cast<MdfClaimSort>(query.sort);
    what.descending = query.descending;
    return what;
}

QString MdfClaimsScreen::countText(int count, bool filtered) const
{
    if (filterBar()->view() == MdfFilterBar::View::WaitingForMe)
        return tr("%Ln claim(s) waiting for your decision", nullptr, count);
    return filtered ? tr("%Ln claim(s) match", nullptr, count) : tr("%Ln claim(s)", nullptr, count);
}

QString MdfClaimsScreen::emptyText(bool filtered) const
{
    switch (filterBar()->view()) {
    case MdfFilterBar::View::WaitingForMe:
        if (!filterBar()->hasFilters())
            return tr("No claim is waiting for your decision.");
        break;
    case MdfFilterBar::View::Unpaid:
        if (!filterBar()->hasFilters())
            return tr("Every approved claim is paid in full.");
        break;
    default: break;
    }
    if (filtered)
        return tr("No claim matches the search, view and filters.");
    return tr("No claims yet. Claims are made against approved fund requests: open one and use “New claim”.");
}

bool MdfClaimsScreen::affects(const QString& entity, const QList<QByteArray>& ids, QList<QByteArray>& refresh) const
{
    if (entity == QLatin1String("claim")) {
        refresh = ids;
        return true;
    }
    // A payment moves its claim's paid total and status; a budget's owner decides claims without an approver.
    if (entity == QLatin1String("payment") || entity == QLatin1String("budget") || entity == QLatin1String("allocation")) {
        refresh.clear();
        return true;
    }
    return false;
}

void MdfClaimsScreen::showRequest(const QByteArray& requestId)
{
    if (requestId.isEmpty() || !commitPanel())
        return;
    QString title;
    QSqlQuery query(database().connection());
    query.prepare(QStringLiteral("SELECT r.number, r.title FROM mdf_request r WHERE r.id = ?"));
    query.addBindValue(requestId);
    if (query.exec() && query.next()) {
        //: The filter chip of the claims list: number and title of one fund request
        title = tr("Request: %1 · %2").arg(query.value(0).toString(), query.value(1).toString());
    } else {
        title = tr("Request: not found");
    }
    m_base = {};
    m_base.requestIds = { requestId };
    filterBar()->reset();
    filterBar()->showChip(title);
    applyFilters();
}

void MdfClaimsScreen::selectClaim(const QByteArray& id)
{
    selectRecord(id);
}

void MdfClaimsScreen::startNewClaim(const QByteArray& requestId)
{
    if (!commitPanel())
        return;
    clearSelectionQuietly();
    m_panel->startNew(requestId);
}

} // namespace ChannelDesk
