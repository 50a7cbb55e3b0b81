#pragma once

#include "mdf/MdfListScreen.h"

namespace ChannelDesk {

class MdfRequestPanel;

/// Fund requests (issue 5): the filter bar with saved views ("All", "Waiting for me" = the approvals queue with the
/// SLA age flagged, "Drafts", "Deadline soon"), the lazy list of every request, "Export CSV…", and the request's
/// detail panel (MdfRequestPanel) on the right.
class MdfRequestsScreen final : public MdfListScreen
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MdfRequestsScreen)

public:
    MdfRequestsScreen(Database& db, MdfActions& actions, QWidget* parent = nullptr);
    ~MdfRequestsScreen() override;

    MdfRequestPanel* panel() const { return m_panel; }

    /// Lists only the requests of one allocation, with a removable "Allocation: …" chip (the budget tree's "show
    /// requests"). The search, views and menus are reset so the list shows exactly that allocation's requests.
    void showAllocation(const QByteArray& allocationId);
    /// Starts a new draft request for the allocation in the panel (may be empty: the form asks).
    void startNewRequest(const QByteArray& allocationId);
    /// Shows the request in the panel and selects its row once the list has it.
    void selectRequest(const QByteArray& id);

Q_SIGNALS:
    /// The user opened one of the shown request's claims: the claims screen should show it.
    void openClaim(const QByteArray& claimId);

protected:
    QByteArray panelId() const override;
    void showInPanel(const QByteArray& id) override;
    bool commitPanel() override;
    void reloadPanel() override;
    void startNewInPanel() override;
    MdfListFilter composeFilter() const override;
    MdfExportDialog::What exportWhat() const override;
    QString countText(int count, bool filtered) const override;
    QString emptyText(bool filtered) const override;
    bool affects(const QString& entity, const QList<QByteArray>& ids, QList<QByteArray>& refresh) const override;

private:
    MdfRequestPanel* m_panel;
    MdfRequestFilter m_base; ///< the allocation chip's filter, or nothing
};

} // namespace ChannelDesk
