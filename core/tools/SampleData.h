#pragma once

#include "common/Result.h"

#include <QString>

#include <functional>

namespace ChannelDesk::SampleData {

/// How many partners the first-launch offer loads.
constexpr int DefaultPartnerCount = 300;
constexpr quint64 Seed = 20261127;

/// Loads `partners` generated partners (Vietnamese, English, German and French) with 1–4 contacts each into the
/// database at `path`, in one transaction on its own connection, recorded in the outbox like any user change.
/// `progress(done)` is called as partners are added; returning false cancels (nothing is kept). Then, in a second
/// transaction, a sample product catalogue and two deal registrations for each of the first 200 partners, walked
/// through the real workflow (some approved, converted, won, lost or rejected) so that the deals screen and the
/// pipeline have something to show. Then, in a third transaction, market development funds: three budgets (VND, EUR,
/// USD) owned by the user for the year around today, two quarterly allocations for each of the first 12 partners and
/// 40 fund requests walked through the real MDF repositories (drafts, submissions, approvals with per-line
/// decisions, rejections, claims with a receipt, payments, a closure), so the MDF screens have something to show
/// and every record syncs with its history. Finally training and tiers (issue 6), through the real repositories: the
/// standard catalogue (TrainingGenerator::standard(): 40 courses, 20 certification definitions), the partner program
/// with its four levels, every partner enrolled at its tier's level, certifications for the people of the first 120
/// partners with their prerequisite courses (some expiring within 30 days, some expired, some renewed, some in
/// progress), a few points, and one TierEngine evaluation, so the review queue has upgrade proposals and demotion
/// reviews.
Status load(const QString& path, int partners, const std::function<bool(int)>& progress = {});

} // namespace ChannelDesk::SampleData
