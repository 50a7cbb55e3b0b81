#include "DealSettings.h"

#include "common/Countries.h"
#include "common/Money.h"
#include "common/Timestamp.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace ChannelDesk {

namespace {

struct SettingsTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::DealSettings)
};

// Keys of the deal_setting table. Stored names: never rename one.
const QString ProtectionDays = QStringLiteral("protection_days");
const QString MaxExtensions = QStringLiteral("max_extensions");
const QString MaxRecalls = QStringLiteral("max_recalls");
const QString MaxResubmissions = QStringLiteral("max_resubmissions");
const QString ExtensionDays = QStringLiteral("extension_days");
const QString SlaHours = QStringLiteral("sla_hours");
const QString ExpiringWindowDays = QStringLiteral("expiring_window_days");
const QString StalledDays = QStringLiteral("stalled_days");
const QString BaseCurrency = QStringLiteral("base_currency");
const QString CurrentUser = QStringLiteral("current_user");
const QString ArchiveNoticeSeen = QStringLiteral("archive_notice_seen");
const QString ApprovalReminderHours = QStringLiteral("approval_reminder_hours");
const QString ApprovalRemindedAt = QStringLiteral("approval_reminded_at");

// Names in a rule's lists: split on spaces and commas, empty pieces dropped.
QStringList splitList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

Status execPrepared(QSqlQuery& query, const QVariantList& binds)
{
    for (const QVariant& bind : binds) {
        // Every text column here is NOT NULL: a null QString (an empty trimmed() one) would bind as NULL.
        if (bind.typeId() == QMetaType::QString && bind.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(bind);
    }
    return Sql::exec(query);
}

Status checkProduct(const Product& product)
{
    if (product.code.trimmed().isEmpty())
        return Error::validation(QStringLiteral("code"), SettingsTr::tr("Enter the product code."));
    if (product.name.trimmed().isEmpty())
        return Error::validation(QStringLiteral("name"), SettingsTr::tr("Enter the product name."));
    if (!Money::isValidCurrency(product.currency))
        return Error::validation(QStringLiteral("currency"),
                                 SettingsTr::tr("\"%1\" is not an ISO 4217 currency code.").arg(product.currency));
    if (product.listPriceMinor < 0)
        return Error::validation(QStringLiteral("list_price_minor"), SettingsTr::tr("The list price cannot be negative."));
    return {};
}

} // namespace

DealSettings::DealSettings(Database& db)
    : m_db(db)
{
}

Result<DealProgram> DealSettings::program() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT key, value FROM deal_setting")))
        return Sql::errorFrom(query);
    QHash<QString, QString> values;
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1).toString());
    DealProgram program;
    const auto number = [&values](const QString& key, int& target) {
        bool ok = false;
        const int value = values.value(key).toInt(&ok);
        if (ok && value >= 0)
            target = value;
    };
    number(ProtectionDays, program.protectionDays);
    number(MaxExtensions, program.maxExtensions);
    number(MaxRecalls, program.maxRecalls);
    number(MaxResubmissions, program.maxResubmissions);
    number(ExtensionDays, program.extensionDays);
    number(SlaHours, program.slaHours);
    number(ApprovalReminderHours, program.approvalReminderHours);
    number(ExpiringWindowDays, program.expiringWindowDays);
    number(StalledDays, program.stalledDays);
    if (const QString base = values.value(BaseCurrency); Money::isValidCurrency(base))
        program.baseCurrency = base;
    program.currentUser = values.value(CurrentUser);
    return program;
}

Status DealSettings::setProgram(const DealProgram& program)
{
    if (program.protectionDays <= 0)
        return Error::validation(ProtectionDays, SettingsTr::tr("The protection period must be at least one day."));
    if (program.maxExtensions < 0)
        return Error::validation(MaxExtensions, SettingsTr::tr("The number of extensions cannot be negative."));
    if (program.maxRecalls < 0)
        return Error::validation(MaxRecalls, SettingsTr::tr("The number of recalls cannot be negative."));
    if (program.maxResubmissions < 0)
        return Error::validation(MaxResubmissions, SettingsTr::tr("The number of resubmissions cannot be negative."));
    if (program.extensionDays <= 0)
        return Error::validation(ExtensionDays, SettingsTr::tr("An extension must be at least one day."));
    if (program.slaHours <= 0)
        return Error::validation(SlaHours, SettingsTr::tr("The decision time must be at least one hour."));
    if (program.approvalReminderHours < 0)
        return Error::validation(ApprovalReminderHours, SettingsTr::tr("The reminder interval cannot be negative."));
    if (program.expiringWindowDays < 0 || program.stalledDays <= 0)
        return Error::validation(program.stalledDays <= 0 ? StalledDays : ExpiringWindowDays,
                                 SettingsTr::tr("The number of days must be positive."));
    if (!Money::isValidCurrency(program.baseCurrency))
        return Error::validation(BaseCurrency,
                                 SettingsTr::tr("\"%1\" is not an ISO 4217 currency code.").arg(program.baseCurrency));
    const QList<std::pair<QString, QString>> values {
        { ProtectionDays, QString::number(program.protectionDays) },
        { MaxExtensions, QString::number(program.maxExtensions) },
        { MaxRecalls, QString::number(program.maxRecalls) },
        { MaxResubmissions, QString::number(program.maxResubmissions) },
        { ExtensionDays, QString::number(program.extensionDays) },
        { SlaHours, QString::number(program.slaHours) },
        { ApprovalReminderHours, QString::number(program.approvalReminderHours) },
        { ExpiringWindowDays, QString::number(program.expiringWindowDays) },
        { StalledDays, QString::number(program.stalledDays) },
        { BaseCurrency, program.baseCurrency },
        { CurrentUser, program.currentUser.trimmed() },
    };
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO deal_setting (key, value) VALUES (?, ?)"));
    for (const auto& [key, value] : values) {
        if (Status status = execPrepared(query, { key, value }); !status)
            return status;
    }
    return transaction.commit();
}

QDateTime DealSettings::archiveNoticeSeen() const
{
    return timeSetting(ArchiveNoticeSeen);
}

Status DealSettings::setArchiveNoticeSeen(const QDateTime& at)
{
    return setTimeSetting(ArchiveNoticeSeen, at);
}

QString DealSettings::me() const
{
    const Result<DealProgram> settings = program();
    if (settings && !settings->currentUser.isEmpty())
        return settings->currentUser;
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
    return user;
}

Result<QList<ApprovalLimit>> DealSettings::approvalLimits() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT approver, limit_minor, escalate_to FROM approval_limit ORDER BY approver")))
        return Sql::errorFrom(query);
    QList<ApprovalLimit> limits;
    while (query.next())
        limits.append({ query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString() });
    return limits;
}

Status DealSettings::setApprovalLimits(const QList<ApprovalLimit>& limits)
{
    QHash<QString, QString> escalation;
    for (const ApprovalLimit& limit : limits) {
        if (limit.approver.trimmed().isEmpty())
            return Error::validation(QStringLiteral("approver"), SettingsTr::tr("Enter the approver of every limit."));
        if (limit.limitMinor < 0)
            return Error::validation(QStringLiteral("limit_minor"),
                                     SettingsTr::tr("The limit of %1 cannot be negative.").arg(limit.approver));
        if (escalation.contains(limit.approver))
            return Error::validation(QStringLiteral("approver"),
                                     SettingsTr::tr("%1 has two approval limits; keep one.").arg(limit.approver));
        escalation.insert(limit.approver, limit.escalateTo.trimmed());
    }
    // An escalation chain must end somewhere: A → B → A would pass a big deal around for ever.
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
    if (Status status = Sql::exec(m_db.connection(), QStringLiteral("DELETE FROM approval_limit")); !status)
        return status;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO approval_limit (approver, limit_minor, escalate_to) VALUES (?, ?, ?)"));
    for (const ApprovalLimit& limit : limits) {
        if (Status status = execPrepared(query, { limit.approver.trimmed(), limit.limitMinor, limit.escalateTo.trimmed() });
            !status)
            return status;
    }
    return transaction.commit();
}

Result<QList<ApprovalRule>> DealSettings::approvalRules() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT name, min_amount_minor, countries, products, approvers, parallel "
                                   "FROM approval_rule ORDER BY position")))
        return Sql::errorFrom(query);
    QList<ApprovalRule> rules;
    while (query.next()) {
        ApprovalRule rule;
        rule.name = query.value(0).toString();
        rule.minAmountMinor = query.value(1).toLongLong();
        rule.countries = splitList(query.value(2).toString());
        rule.products = splitList(query.value(3).toString());
        rule.approvers = splitList(query.value(4).toString());
        rule.parallel = query.value(5).toInt() != 0;
        rules.append(rule);
    }
    return rules;
}

Status DealSettings::setApprovalRules(const QList<ApprovalRule>& rules)
{
    // Normalised once (lists split on spaces and commas, country codes upper case), checked, then written.
    QList<ApprovalRule> normalised;
    for (const ApprovalRule& input : rules) {
        ApprovalRule rule = input;
        rule.name = input.name.trimmed();
        rule.approvers.clear();
        for (const QString& approver : input.approvers)
            rule.approvers += splitList(approver);
        rule.products.clear();
        for (const QString& product : input.products)
            rule.products += splitList(product);
        rule.countries.clear();
        for (const QString& country : input.countries)
            rule.countries.append(country.trimmed().toUpper());

        const QString name = rule.name.isEmpty() ? SettingsTr::tr("A rule") : rule.name;
        if (rule.approvers.isEmpty())
            return Error::validation(QStringLiteral("approvers"),
                                     SettingsTr::tr("%1 names no approver; every rule needs at least one.").arg(name));
        if (QStringList(rule.approvers).removeDuplicates() > 0)
            return Error::validation(QStringLiteral("approvers"),
                                     SettingsTr::tr("%1 names an approver twice.").arg(name));
        if (rule.minAmountMinor < 0)
            return Error::validation(QStringLiteral("min_amount_minor"),
                                     SettingsTr::tr("The minimum amount of %1 cannot be negative.").arg(name));
        for (const QString& country : std::as_const(rule.countries)) {
            if (!Countries::codes().contains(country))
                return Error::validation(QStringLiteral("countries"),
                                         SettingsTr::tr("\"%1\" in %2 is not an ISO 3166-1 country code.").arg(country, name));
        }
        normalised.append(rule);
    }
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    if (Status status = Sql::exec(m_db.connection(), QStringLiteral("DELETE FROM approval_rule")); !status)
        return status;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO approval_rule (position, name, min_amount_minor, countries, products, "
                                 "approvers, parallel) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    int position = 0;
    for (const ApprovalRule& rule : std::as_const(normalised)) {
        if (Status status = execPrepared(query, { ++position, rule.name, rule.minAmountMinor,
                                                  rule.countries.join(QLatin1Char(' ')),
                                                  rule.products.join(QLatin1Char(' ')),
                                                  rule.approvers.join(QLatin1Char(' ')), rule.parallel ? 1 : 0 });
            !status)
            return status;
    }
    return transaction.commit();
}

QDateTime DealSettings::approvalRemindedAt() const
{
    return timeSetting(ApprovalRemindedAt);
}

Status DealSettings::setApprovalRemindedAt(const QDateTime& at)
{
    return setTimeSetting(ApprovalRemindedAt, at);
}

QDateTime DealSettings::timeSetting(const QString& key) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT value FROM deal_setting WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return Timestamp::fromStorage(query.value(0).toString());
}

Status DealSettings::setTimeSetting(const QString& key, const QDateTime& at)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO deal_setting (key, value) VALUES (?, ?)"));
    return execPrepared(query, { key, Timestamp::toStorage(at) });
}

Result<QList<CurrencyRate>> DealSettings::rates() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT currency, valid_from, rate FROM currency_rate ORDER BY currency, valid_from")))
        return Sql::errorFrom(query);
    QList<CurrencyRate> list;
    while (query.next())
        list.append({ query.value(0).toString(), Timestamp::dateFromStorage(query.value(1).toString()),
                      query.value(2).toDouble() });
    return list;
}

Status DealSettings::setRates(const QList<CurrencyRate>& rates)
{
    for (const CurrencyRate& rate : rates) {
        if (!Money::isValidCurrency(rate.currency))
            return Error::validation(QStringLiteral("currency"),
                                     SettingsTr::tr("\"%1\" is not an ISO 4217 currency code.").arg(rate.currency));
        if (!rate.validFrom.isValid())
            return Error::validation(QStringLiteral("valid_from"),
                                     SettingsTr::tr("Enter the date the %1 rate is valid from.").arg(rate.currency));
        if (!(rate.rate > 0))
            return Error::validation(QStringLiteral("rate"),
                                     SettingsTr::tr("The %1 rate must be above zero.").arg(rate.currency));
    }
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    if (Status status = Sql::exec(m_db.connection(), QStringLiteral("DELETE FROM currency_rate")); !status)
        return status;
    QSqlQuery query(m_db.connection());
    // A second rate for the same currency and day replaces the first.
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO currency_rate (currency, valid_from, rate) VALUES (?, ?, ?)"));
    for (const CurrencyRate& rate : rates) {
        if (Status status = execPrepared(query, { rate.currency, Timestamp::dateToStorage(rate.validFrom), rate.rate });
            !status)
            return status;
    }
    return transaction.commit();
}

Result<QList<PipelineTarget>> DealSettings::targets() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT quarter, amount_minor FROM pipeline_target ORDER BY quarter")))
        return Sql::errorFrom(query);
    QList<PipelineTarget> list;
    while (query.next())
        list.append({ query.value(0).toString(), query.value(1).toLongLong() });
    return list;
}

Status DealSettings::setTargets(const QList<PipelineTarget>& targets)
{
    static const QRegularExpression quarter(QStringLiteral("^[0-9]{4}-Q[1-4]$"));
    for (const PipelineTarget& target : targets) {
        if (!quarter.match(target.quarter).hasMatch())
            return Error::validation(QStringLiteral("quarter"),
                                     SettingsTr::tr("\"%1\" is not a quarter (for example 2026-Q4).").arg(target.quarter));
        if (target.amountMinor < 0)
            return Error::validation(QStringLiteral("amount_minor"),
                                     SettingsTr::tr("The target for %1 cannot be negative.").arg(target.quarter));
    }
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    if (Status status = Sql::exec(m_db.connection(), QStringLiteral("DELETE FROM pipeline_target")); !status)
        return status;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO pipeline_target (quarter, amount_minor) VALUES (?, ?)"));
    for (const PipelineTarget& target : targets) {
        if (Status status = execPrepared(query, { target.quarter, target.amountMinor }); !status)
            return status;
    }
    return transaction.commit();
}

Result<QList<Product>> DealSettings::products(bool activeOnly) const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT code, name, family, list_price_minor, currency, active FROM product%1 "
                                   "ORDER BY family, name, code")
                        .arg(activeOnly ? QStringLiteral(" WHERE active <> 0") : QString())))
        return Sql::errorFrom(query);
    QList<Product> list;
    while (query.next()) {
        list.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toLongLong(), query.value(4).toString(), query.value(5).toInt() != 0 });
    }
    return list;
}

Status DealSettings::saveProduct(const Product& product)
{
    if (Status status = checkProduct(product); !status)
        return status;
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO product (code, name, family, list_price_minor, currency, active) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    if (Status status = execPrepared(query, { product.code.trimmed(), product.name.trimmed(), product.family.trimmed(),
                                              product.listPriceMinor, product.currency, product.active ? 1 : 0 });
        !status)
        return status;
    return transaction.commit();
}

Status DealSettings::ensureSampleCatalogue()
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const auto isEmpty = [this](const QString& table) -> Result<bool> {
        QSqlQuery query(m_db.connection());
        // The table name comes from the fixed list below, never from input.
        if (!query.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM %1)").arg(table)) || !query.next())
            return Sql::errorFrom(query);
        return query.value(0).toBool();
    };

    const Result<bool> noProducts = isEmpty(QStringLiteral("product"));
    if (!noProducts)
        return noProducts.error();
    if (*noProducts) {
        const QString software = SettingsTr::tr("Software");
        const QString support = SettingsTr::tr("Support");
        const QString hardware = SettingsTr::tr("Hardware");
        const QString services = SettingsTr::tr("Services");
        const QString usd = QStringLiteral("USD");
        const QList<Product> sample {
            { QStringLiteral("SW-CORE-USR"), SettingsTr::tr("Core platform licence, per user / year"), software, 36000, usd, true },
            { QStringLiteral("SW-CORE-SRV"), SettingsTr::tr("Core platform server licence, perpetual"), software, 1250000, usd, true },
            { QStringLiteral("SW-ANALYT"), SettingsTr::tr("Analytics add-on, per user / year"), software, 12000, usd, true },
            { QStringLiteral("SW-SEC"), SettingsTr::tr("Security suite, per device / year"), software, 4800, usd, true },
            { QStringLiteral("SUP-STD"), SettingsTr::tr("Standard support, per year"), support, 250000, usd, true },
            { QStringLiteral("SUP-PREM"), SettingsTr::tr("Premium support 24/7, per year"), support, 900000, usd, true },
            { QStringLiteral("HW-APP-S"), SettingsTr::tr("Appliance S (1U, 8 cores)"), hardware, 490000, usd, true },
            { QStringLiteral("HW-APP-L"), SettingsTr::tr("Appliance L (2U, 32 cores)"), hardware, 1890000, usd, true },
            { QStringLiteral("HW-STOR-20"), SettingsTr::tr("Storage shelf 20 TB"), hardware, 760000, usd, true },
            { QStringLiteral("SVC-IMPL"), SettingsTr::tr("Implementation package (10 days)"), services, 1500000, usd, true },
            { QStringLiteral("SVC-TRAIN"), SettingsTr::tr("Administrator training, per seat"), services, 120000, usd, true },
            { QStringLiteral("SVC-MIGR"), SettingsTr::tr("Data migration, per day"), services, 140000, usd, true },
        };
        for (const Product& product : sample) {
            if (Status status = saveProduct(product); !status)
                return status;
        }
    }

    const Result<bool> noRates = isEmpty(QStringLiteral("currency_rate"));
    if (!noRates)
        return noRates.error();
    if (*noRates) {
        // US dollars per unit, from 2020 on so older deals convert too, with a later update.
        const QList<CurrencyRate> sample {
            { QStringLiteral("EUR"), QDate(2020, 1, 1), 1.12 },
            { QStringLiteral("EUR"), QDate(2025, 1, 1), 1.04 },
            { QStringLiteral("GBP"), QDate(2020, 1, 1), 1.28 },
            { QStringLiteral("GBP"), QDate(2025, 1, 1), 1.25 },
            { QStringLiteral("VND"), QDate(2020, 1, 1), 0.0000430 },
            { QStringLiteral("VND"), QDate(2025, 1, 1), 0.0000394 },
        };
        if (Status status = setRates(sample); !status)
            return status;
    }
    // No approval limits: every approver decides alone until an administrator sets limits.
    return transaction.commit();
}

} // namespace ChannelDesk
