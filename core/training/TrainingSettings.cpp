#include "TrainingSettings.h"

#include "common/Timestamp.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ChannelDesk {

namespace {

struct SettingsTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::TrainingSettings)
};

// Keys of training_setting. Stored names: never rename one.
const QString AtRiskHorizonDays = QStringLiteral("at_risk_horizon_days");
const QString ReviewSnoozeDays = QStringLiteral("review_snooze_days");
const QString RecomputeIntervalMinutes = QStringLiteral("recompute_interval_minutes");
const QString LastRecomputeAt = QStringLiteral("last_recompute_at");
const QString LastFullRunDay = QStringLiteral("last_full_run_day");

constexpr int DefaultHorizon = 90;
constexpr int MaxHorizon = 730;
constexpr int DefaultSnooze = 30;
constexpr int MaxSnooze = 365;
constexpr int DefaultInterval = 60;
constexpr int MinInterval = 5;
constexpr int MaxInterval = 1440;

} // namespace

TrainingSettings::TrainingSettings(Database& db)
    : m_db(db)
{
}

QString TrainingSettings::textValue(const QString& key) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT value FROM training_setting WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

int TrainingSettings::intValue(const QString& key, int fallback, int minimum, int maximum) const
{
    const QString text = textValue(key);
    if (text.isNull())
        return fallback;
    bool ok = false;
    const int value = text.toInt(&ok);
    // A value out of range (an older build's, or edited by hand) falls back rather than breaking the engine.
    return ok && value >= minimum && value <= maximum ? value : fallback;
}

Status TrainingSettings::setValue(const QString& key, const QString& value)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO training_setting (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (Status status = Sql::exec(query); !status)
        return status;
    return transaction.commit();
}

int TrainingSettings::atRiskHorizonDays() const
{
    return intValue(AtRiskHorizonDays, DefaultHorizon, 1, MaxHorizon);
}

Status TrainingSettings::setAtRiskHorizonDays(int days)
{
    if (days < 1 || days > MaxHorizon)
        return Error::validation(AtRiskHorizonDays,
                                 SettingsTr::tr("The at-risk horizon must be between 1 and %n days.", nullptr, MaxHorizon));
    return setValue(AtRiskHorizonDays, QString::number(days));
}

int TrainingSettings::reviewSnoozeDays() const
{
    return intValue(ReviewSnoozeDays, DefaultSnooze, 0, MaxSnooze);
}

Status TrainingSettings::setReviewSnoozeDays(int days)
{
    if (days < 0 || days > MaxSnooze)
        return Error::validation(ReviewSnoozeDays,
                                 SettingsTr::tr("The review snooze must be between 0 and %n days.", nullptr, MaxSnooze));
    return setValue(ReviewSnoozeDays, QString::number(days));
}

int TrainingSettings::recomputeIntervalMinutes() const
{
    return intValue(RecomputeIntervalMinutes, DefaultInterval, MinInterval, MaxInterval);
}

Status TrainingSettings::setRecomputeIntervalMinutes(int minutes)
{
    if (minutes < MinInterval || minutes > MaxInterval)
        return Error::validation(RecomputeIntervalMinutes,
                                 SettingsTr::tr("The recompute interval must be between %1 and %2 minutes.")
                                     .arg(MinInterval)
                                     .arg(MaxInterval));
    return setValue(RecomputeIntervalMinutes, QString::number(minutes));
}

QDateTime TrainingSettings::lastRecomputeAt() const
{
    const QString text = textValue(LastRecomputeAt);
    return text.isEmpty() ? QDateTime() : Timestamp::fromStorage(text);
}

Status TrainingSettings::setLastRecomputeAt(const QDateTime& at)
{
    return setValue(LastRecomputeAt, Timestamp::toStorage(at));
}

QDate TrainingSettings::lastFullRunDay() const
{
    const QString text = textValue(LastFullRunDay);
    return text.isEmpty() ? QDate() : Timestamp::dateFromStorage(text);
}

Status TrainingSettings::setLastFullRunDay(const QDate& day)
{
    return setValue(LastFullRunDay, Timestamp::dateToStorage(day));
}

QString TrainingSettings::lastFullRunDaySql()
{
    return QStringLiteral("ifnull((SELECT value FROM training_setting WHERE key = '%1'), '')").arg(LastFullRunDay);
}

} // namespace ChannelDesk
