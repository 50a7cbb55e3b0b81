#pragma once

#include "mdf/MdfListScreen.h"

namespace ChannelDesk {

class MdfClaimPanel;

/// Claims (issue 5): the filter bar with saved views ("All", "Waiting for me" = the approvals queue with the SLA age
/// flagged, "Drafts", "Unpaid"), the lazy list of every claim, "Export CSV…", and the claim's detail panel
/// (MdfClaimPanel) on the right.
class MdfClaimsScreen final : public MdfListScreen
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MdfClaimsScreen)

public:
    MdfClaimsScreen(Database& db, MdfActions& actions, QWidget* parent = nullptr);
    ~MdfClaimsScreen() override;

    MdfClaimPanel* panel() const { return m_panel; }

    /// Lists only the claims of one request, with a removable "Request: …" chip; search, views and menus are reset.
    void showRequest(const QByteArray& requestId);
    /// Shows the claim in the panel and selects its row once the list has it.
    void selectClaim(const QByteArray& id);
    /// Starts a new draft claim against an approved request in the panel (MDF-08).
    void startNewClaim(const QByteArray& requestId);

Q_SIGNALS:
    /// The user asked to see the claim's request: the requests screen should show it.
    void openRequest(const QByteArray& requestId);

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
    MdfClaimPanel* m_panel;
    MdfClaimFilter m_base; ///< the request chip's filter, or nothing
};

} // namespace ChannelDesk
