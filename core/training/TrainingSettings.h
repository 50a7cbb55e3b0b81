#pragma once

#include "common/Result.h"

#include <QDateTime>

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

    /// When TierEngine::recompute last finished a full run (UTC; invalid = never). Written by the engine, read by
    /// the recompute indicator.
    QDateTime lastRecomputeAt() const;
    Status setLastRecomputeAt(const QDateTime& at);

private:
    int intValue(const QString& key, int fallback, int minimum, int maximum) const;
    Status setValue(const QString& key, const QString& value);

    Database& m_db;
};

} // namespace ChannelDesk
