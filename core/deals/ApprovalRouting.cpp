#include "ApprovalRouting.h"

namespace ChannelDesk::ApprovalRouting {

bool matches(const ApprovalRule& rule, const Deal& deal, qint64 amountBase)
{
    if (rule.approvers.isEmpty())
        return false;
    if (amountBase < rule.minAmountMinor)
        return false;
    if (!rule.countries.isEmpty() && !rule.countries.contains(deal.customerCountry, Qt::CaseInsensitive))
        return false;
    if (!rule.products.isEmpty()) {
        const bool any = std::any_of(deal.lineItems.cbegin(), deal.lineItems.cend(), [&rule](const DealLineItem& item) {
            return rule.products.contains(item.product);
        });
        if (!any)
            return false;
    }
    return true;
}

QList<ApprovalStage> build(const Deal& deal, const QList<ApprovalRule>& rules, qint64 amountBase)
{
    QList<ApprovalStage> chain;
    QStringList asked;
    for (const ApprovalRule& rule : rules) {
        if (!matches(rule, deal, amountBase))
            continue;
        QStringList approvers;
        for (const QString& approver : rule.approvers) {
            if (!asked.contains(approver) && !approvers.contains(approver))
                approvers.append(approver);
        }
        asked += approvers;
        if (approvers.isEmpty())
            continue;
        if (rule.parallel) {
            ApprovalStage stage;
            stage.approvers = approvers;
            stage.rule = rule.name;
            chain.append(stage);
        } else {
            for (const QString& approver : approvers) {
                ApprovalStage stage;
                stage.approvers = { approver };
                stage.rule = rule.name;
                chain.append(stage);
            }
        }
    }
    if (chain.isEmpty() && !deal.cam.isEmpty()) {
        ApprovalStage stage;
        stage.approvers = { deal.cam };
        chain.append(stage);
    }
    return chain;
}

bool needsAmount(const QList<ApprovalRule>& rules)
{
    return std::any_of(rules.cbegin(), rules.cend(), [](const ApprovalRule& rule) { return rule.minAmountMinor > 0; });
}

int currentStage(const QList<ApprovalStage>& chain)
{
    for (int i = 0; i < chain.size(); ++i) {
        if (!chain[i].isDone())
            return i;
    }
    return -1;
}

QStringList waitingFor(const Deal& deal)
{
    if (deal.approvalChain.isEmpty()) {
        const QString who = deal.approver.isEmpty() ? deal.cam : deal.approver;
        return who.isEmpty() ? QStringList() : QStringList { who };
    }
    const int stage = currentStage(deal.approvalChain);
    return stage < 0 ? QStringList() : deal.approvalChain[stage].pending();
}

QList<ApprovalStage> chainOf(const Deal& deal)
{
    if (!deal.approvalChain.isEmpty())
        return deal.approvalChain;
    ApprovalStage stage;
    stage.approvers = waitingFor(deal);
    return stage.approvers.isEmpty() ? QList<ApprovalStage> {} : QList<ApprovalStage> { stage };
}

QString approverField(const QList<ApprovalStage>& chain, const QString& cam)
{
    const int stage = currentStage(chain);
    if (stage < 0)
        return {};
    const QStringList pending = chain[stage].pending();
    if (pending == QStringList { cam })
        return {};
    return pending.join(QLatin1Char(' '));
}

} // namespace ChannelDesk::ApprovalRouting
