#pragma once

#include "domain/Training.h"
#include "training/TierMetrics.h"

#include <QStringList>

namespace ChannelDesk {

/// The pure tier rules (TIER-02/03), used by the engine, the server-free tests and the UI's "what is missing" text.
class TierEvaluator final
{
public:
    /// Whether `metrics` meet every criterion of `level` set (unset criteria do not count). At the exact threshold a
    /// criterion is met (≥). `unmet` receives one translated sentence per unmet criterion naming the value and the
    /// threshold, e.g. "2 certified people of 3 needed"; `met` one per met criterion.
    static bool meets(const TierLevel& level, const PartnerMetrics& metrics, QStringList* unmet = nullptr,
                      QStringList* met = nullptr);

    struct Verdict
    {
        int qualifyingIndex = -1; ///< index into levels of the level the partner qualifies for; -1 = none
        QStringList reasons;      ///< why: for an upgrade the criteria met, for a demotion the criteria no longer met
    };
    /// TIER-03 on `levels` (rank ascending): the highest level whose criteria are all met, except that a member at
    /// `currentIndex` (−1 = none) cannot go past currentIndex + 1 (no skipping); a lower level is reported as is
    /// (the engine turns it into a review, never a silent demotion).
    static Verdict evaluate(const QList<TierLevel>& levels, const PartnerMetrics& metrics, int currentIndex);
    /// The same; without `withReasons` the reasons stay empty (the engine judges every member and writes the
    /// sentences only for the few whose pending change it writes).
    static Verdict evaluate(const QList<TierLevel>& levels, const PartnerMetrics& metrics, int currentIndex,
                            bool withReasons);
};

} // namespace ChannelDesk
