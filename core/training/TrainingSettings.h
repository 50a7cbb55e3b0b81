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
    /// The day the last full run evaluated (invalid = never). A standing row is rewritten only when its content
    /// changes, so its as_of is the day it last changed; the full run re-checked it on this later day.
    QDate lastFullRunDay() const;
    Status setLastFullRunDay(const QDate& day);
    /// lastFullRunDay() as an SQL expression (storage text, '' = never), for the queries that show standings.
    static QString lastFullRunDaySql();

private:
    QString textValue(const QString& key) const; ///< null when the key is not set
    int intValue(const QString& key, int fallback, int minimum, int maximum) const;
    Status setValue(const QString& key, const QString& value);

    Database& m_db;
};

} // namespace ChannelDesk
