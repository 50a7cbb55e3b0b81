#pragma once

#include "common/Result.h"

namespace ChannelDesk {

class Database;

/// Local training and tier settings (training_setting), typed.
class TrainingSettings final
{
public:
    explicit TrainingSettings(Database& db);

    int atRiskHorizonDays() const;        ///< default 90: "at risk" looks this far ahead
    Status setAtRiskHorizonDays(int days); ///< 1…730
    int reviewSnoozeDays() const;         ///< default 30 (TierEngine)
    Status setReviewSnoozeDays(int days); ///< 0…365
    int recomputeIntervalMinutes() const; ///< default 60 (hourly)
    Status setRecomputeIntervalMinutes(int minutes); ///< 5…1440

private:
    Database& m_db;
};

} // namespace ChannelDesk
