#pragma once

#include "deals/DealSettings.h"
#include "domain/Deal.h"

#include <QList>
#include <QStringList>

namespace ChannelDesk {

/// DR-03 approval routing, pure logic: which routing rules a registration meets, the chain of stages they make, and
/// who the chain waits for. DealRepository builds the chain when a registration is sent for approval and advances it
/// with each approval; the deals screen shows it as a preview before it is sent.
namespace ApprovalRouting {

/// Whether `deal`, whose amount in the base currency is `amountBase`, meets every condition of `rule`.
bool matches(const ApprovalRule& rule, const Deal& deal, qint64 amountBase);
/// The chain for `deal`: one stage per matching rule in their order (a sequential rule one stage per approver, in
/// its order; a parallel rule one stage for all); an approver already in an earlier stage is not asked again. The
/// CAM alone when no rule matches.
QList<ApprovalStage> build(const Deal& deal, const QList<ApprovalRule>& rules, qint64 amountBase);
/// Whether any rule has a minimum amount (then the amount must be converted to the base currency).
bool needsAmount(const QList<ApprovalRule>& rules);
/// The index of the first stage not done; -1 when every stage is.
int currentStage(const QList<ApprovalStage>& chain);
/// Who must decide now: the current stage's approvers who have not approved; a registration without a chain (sent
/// for approval before DR-03 routing) waits for its approver field, else its CAM.
QStringList waitingFor(const Deal& deal);
/// The chain `deal` is decided by: its own, or for one sent for approval before DR-03 routing existed, a single
/// stage of whom it waits for (its approver, else its CAM); empty when nobody is waited for.
QList<ApprovalStage> chainOf(const Deal& deal);
/// The `approver` column for `chain`: the waiting names separated by spaces, empty when only the CAM waits.
QString approverField(const QList<ApprovalStage>& chain, const QString& cam);

} // namespace ApprovalRouting

} // namespace ChannelDesk
