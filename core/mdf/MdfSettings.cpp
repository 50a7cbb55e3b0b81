#include "MdfSettings.h"

#include "common/Money.h"
#include "deals/DealSettings.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace ChannelDesk {

namespace {

struct SettingsTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::MdfSettings)
};

// Keys of mdf_setting. Stored names: never rename one.
const QString DeadlineWarningDays = QStringLiteral("deadline_warning_days");
const QString SlaHours = QStringLiteral("sla_hours");
const QString BaseCurrency = QStringLiteral("base_currency");

constexpr int MaxWarningDays = 365;

} // namespace

MdfSettings::MdfSettings(Database& db)
    : m_db(db)
{
}

Result<MdfProgram> MdfSettings::program() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT key, value FROM mdf_setting")))
        return Sql::errorFrom(query);
    QHash<QString, QString> values;
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1).toString());
    MdfProgram program;
    bool ok = false;
    if (const int days = values.value(DeadlineWarningDays).toInt(&ok); ok && days >= 0)
        program.deadlineWarningDays = days;
    if (const int hours = values.value(SlaHours).toInt(&ok); ok && hours > 0)
        program.slaHours = hours;
    if (const QString base = values.value(BaseCurrency); Money::isValidCurrency(base))
        program.baseCurrency = base;
    return program;
}

Status MdfSettings::setProgram(const MdfProgram& program)
{
    if (program.deadlineWarningDays < 0 || program.deadlineWarningDays > MaxWarningDays)
        return Error::validation(DeadlineWarningDays,
            SettingsTr::tr("The deadline warning must be between 0 and %n days.", nullptr, MaxWarningDays));
    if (program.slaHours <= 0)
        return Error::validation(SlaHours, SettingsTr::tr("The decision time must be at least one hour."));
    if (!Money::isValidCurrency(program.baseCurrency))
        return Error::validation(
            BaseCurrency, SettingsTr::tr("\"%1\" is not an ISO 4217 currency code.").arg(program.baseCurrency));
    const QList<std::pair<QString, QString>> values {
        {DeadlineWarningDays, QString::number(program.deadlineWarningDays)},
        {SlaHours, QString::number(program.slaHours)},
        {BaseCurrency, program.baseCurrency},
    };
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO mdf_setting (key, value) VALUES (?, ?)"));
    for (const auto& [key, value] : values) {
        query.addBindValue(key);
        query.addBindValue(value);
        if (Status status = Sql::exec(query); !status)
            return status;
    }
    return transaction.commit();
}

Result<QList<MdfApprovalLimit>> MdfSettings::approvalLimits() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(
            QStringLiteral("SELECT approver, limit_minor, escalate_to FROM mdf_approval_limit ORDER BY approver")))
        return Sql::errorFrom(query);
    QList<MdfApprovalLimit> limits;
    while (query.next())
        limits.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString()});
    return limits;
}

Status MdfSettings::setApprovalLimits(const QList<MdfApprovalLimit>& limits)
{
    QHash<QString, QString> escalation;
    for (const MdfApprovalLimit& limit : limits) {
        const QString approver = limit.approver.trimmed();
        if (approver.isEmpty())
            return Error::validation(QStringLiteral("approver"), SettingsTr::tr("Enter the approver of every limit."));
        if (limit.limitMinor < 0)
            return Error::validation(
                QStringLiteral("limit_minor"), SettingsTr::tr("The limit of %1 cannot be negative.").arg(approver));
        if (escalation.contains(approver))
            return Error::validation(
                QStringLiteral("approver"), SettingsTr::tr("%1 has two approval limits; keep one.").arg(approver));
        escalation.insert(approver, limit.escalateTo.trimmed());
    }
    // An escalation chain must end: A → B → A would pass a big request around for ever.
    for (auto it = escalation.cbegin(); it != escalation.cend(); ++it) {
        QString next = it.value();
        for (qsizetype steps = 0; !next.isEmpty(); ++steps) {
            if (next == it.key() || steps > escalation.size())
                return Error::validation(QStringLiteral("escalate_to"),
                    SettingsTr::tr("The escalation from %1 comes back to %1; end the chain with "
                                   "someone who has no limit.")
                        .arg(it.key()));
            next = escalation.value(next);
        }
    }
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    if (Status status = Sql::exec(m_db.connection(), QStringLiteral("DELETE FROM mdf_approval_limit")); !status)
        return status;
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("INSERT INTO mdf_approval_limit (approver, limit_minor, escalate_to) VALUES (?, ?, ?)"));
    for (const MdfApprovalLimit& limit : limits) {
        query.addBindValue(limit.approver.trimmed());
        query.addBindValue(limit.limitMinor);
        const QString escalateTo = limit.escalateTo.trimmed();
        query.addBindValue(escalateTo.isNull() ? QStringLiteral("") : escalateTo);
        if (Status status = Sql::exec(query); !status)
            return status;
    }
    return transaction.commit();
}

QString MdfSettings::me() const
{
    return DealSettings(m_db).me();
}

} // namespace ChannelDesk
