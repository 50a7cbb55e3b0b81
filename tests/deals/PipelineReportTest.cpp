// PIPE-01…PIPE-06: the pipeline dashboard (PipelineReport) and currency conversion (CurrencyConverter). The report's
// figures are checked against an independent computation written here, straight from SQL rows and the stage table,
// and every bucket's drill-down is checked to list exactly the deals the bucket counts (DealQuery SQL).
#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "deals/DealQuery.h"
#include "deals/DealSettings.h"
#include "domain/Deal.h"
#include "partners/PartnerRepository.h"
#include "reporting/CurrencyConverter.h"
#include "reporting/PipelineReport.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Transaction.h"
#include "support/TempDatabase.h"
#include "sync/SyncRowWriter.h"
#include "sync/SyncSchema.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTime>

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>

using namespace ChannelDesk;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

CurrencyRate rate(const char* currency, const QDate& from, double value)
{
    return { s(currency), from, value };
}

// ---------------------------------------------------------------------------------------------------------------
// Test data: partners through the repository, deals as plain SQL rows (any status combination, any stamp).

QByteArray addPartner(Database& db, const QString& name, const QString& tier, const QString& country, const QString& region)
{
    Partner partner;
    partner.name = name;
    partner.tier = tier;
    partner.country = country;
    partner.region = region;
    partner.owner = QStringLiteral("anna");
    auto created = PartnerRepository(db).create(partner);
    if (!created)
        FAIL(created.error().toLogString().toStdString());
    return created.value().id;
}

struct DealRow
{
    QByteArray id = Uuid::createV7();
    QString kind = QStringLiteral("registration");
    QString status = QStringLiteral("draft");
    QString closure;
    QString stage = QStringLiteral("qualification");
    std::optional<int> probability;
    std::optional<qint64> amount = 0;
    QString currency = QStringLiteral("USD");
    QDate close;
    QByteArray partnerId;
    QString cam;
    QString approver;
    QDateTime updated = QDateTime::currentDateTimeUtc().addSecs(-60);
    QDateTime submitted;
    QDateTime decided;
    QDate expires;
    QByteArray registrationId;
    QString customer = QStringLiteral("Customer");
};

void insertDeal(Database& db, const DealRow& row)
{
    static int serial = 0;
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO deal (id, kind, number, partner_id, cam, approver, customer_name, amount_minor, currency, "
        "expected_close, sales_stage, probability, status, closure_code, submitted_at, decided_at, expires_on, "
        "registration_id, created_at, updated_at, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?)"));
    const QString number = QStringLiteral("T-%1").arg(++serial);
    const QVariant nullText(QMetaType(QMetaType::QString));
    query.addBindValue(row.id);
    query.addBindValue(row.kind);
    query.addBindValue(number);
    query.addBindValue(row.partnerId);
    query.addBindValue(row.cam.isNull() ? QStringLiteral("") : row.cam);
    query.addBindValue(row.approver.isNull() ? QStringLiteral("") : row.approver);
    query.addBindValue(row.customer);
    query.addBindValue(row.amount ? QVariant(*row.amount) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(row.currency.isNull() ? nullText : QVariant(row.currency));
    query.addBindValue(row.close.isValid() ? QVariant(Timestamp::dateToStorage(row.close)) : nullText);
    query.addBindValue(row.stage);
    query.addBindValue(row.probability ? QVariant(qint64(*row.probability)) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(row.status);
    query.addBindValue(row.closure.isNull() ? QStringLiteral("") : row.closure);
    query.addBindValue(row.submitted.isValid() ? QVariant(Timestamp::toStorage(row.submitted)) : nullText);
    query.addBindValue(row.decided.isValid() ? QVariant(Timestamp::toStorage(row.decided)) : nullText);
    query.addBindValue(row.expires.isValid() ? QVariant(Timestamp::dateToStorage(row.expires)) : nullText);
    query.addBindValue(row.registrationId.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(row.registrationId));
    query.addBindValue(Timestamp::toStorage(row.updated));
    query.addBindValue(Timestamp::toStorage(row.updated));
    query.addBindValue(QString(number.toLower() + QLatin1Char(' ') + row.customer.toLower()));
    if (!query.exec())
        FAIL(query.lastError().text().toStdString());
}

const RecordWriter::Entity DealEntity { QStringLiteral("deal"), QStringLiteral("deal") };

// ---------------------------------------------------------------------------------------------------------------
// The independent computation: every live deal read with QSqlQuery, classified with plain string comparisons,
// converted with CurrencyConverter::toBase (tested on its own below), summed into maps keyed by text.

struct Figure
{
    qint64 count = 0;
    qint64 amount = 0;
    qint64 weightedTimes100 = 0; // Σ amount × percent
    qint64 won = 0;
};

qint64 percentRounded(qint64 timesHundred)
{
    const qint64 whole = timesHundred / 100;
    const qint64 rest = timesHundred % 100;
    if (rest >= 50)
        return whole + 1;
    if (rest <= -50)
        return whole - 1;
    return whole;
}

struct Expected
{
    Figure open, won, pastClose, stalled, fromRegistrations;
    qint64 lost = 0, decided = 0, converted = 0, approvalSamples = 0;
    double approvalMsSum = 0;
    QMap<QString, Figure> byStage, byPartner, byTier, byCountry, byQuarter;
    QMap<QString, QString> partnerNames;
    QMap<QString, qint64> targets;
    QMap<QPair<QString, QDate>, qint64> rates;
    QSet<QString> unconvertedCurrencies;
    qint64 unconverted = 0;
};

QString quarterOf(const QDate& date)
{
    return QString::number(date.year()) + QStringLiteral("-Q") + QString::number((date.month() - 1) / 3 + 1);
}

Expected expectedFor(Database& db, const PipelineOptions& options)
{
    Expected e;
    const DealFilter& f = options.filter;
    const QDate today = options.today;
    const QDateTime stalledCut = QDateTime(today.addDays(-options.stalledDays), QTime(0, 0)).toUTC();
    const QList<CurrencyRate> rateRows = DealSettings(db).rates().value();
    const CurrencyConverter converter(options.baseCurrency, rateRows);
    const QList<PipelineTarget> targets = DealSettings(db).targets().value();
    for (const PipelineTarget& target : targets) {
        const int year = target.quarter.left(4).toInt();
        const int q = target.quarter.right(1).toInt();
        const QDate first(year, (q - 1) * 3 + 1, 1);
        const QDate last = first.addMonths(3).addDays(-1);
        if ((f.closeFrom.isValid() && last < f.closeFrom) || (f.closeTo.isValid() && first > f.closeTo))
            continue;
        e.targets.insert(target.quarter, target.amountMinor);
    }

    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT d.kind, d.status, d.closure_code, d.sales_stage, d.probability, d.amount_minor, d.currency, "
        "d.expected_close, d.updated_at, d.submitted_at, d.decided_at, d.cam, d.registration_id, p.id, p.tier, "
        "p.country, p.region, p.name FROM deal d JOIN partner p ON p.id = d.partner_id WHERE d.deleted_at IS NULL")));
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const QString status = q.value(1).toString();
        const QString closure = q.value(2).toString();
        const QString stage = q.value(3).toString();
        const QDate close = Timestamp::dateFromStorage(q.value(7).toString());
        const QByteArray partnerId = q.value(13).toByteArray();
        const QString tier = q.value(14).toString();
        const QString country = q.value(15).toString();
        const QString region = q.value(16).toString();
        const QString cam = q.value(11).toString();

        if (!f.partnerIds.isEmpty() && !f.partnerIds.contains(partnerId))
            continue;
        if (!f.tiers.isEmpty() && !f.tiers.contains(tier))
            continue;
        if (!f.countries.isEmpty() && !f.countries.contains(country))
            continue;
        if (!f.regions.isEmpty() && !f.regions.contains(region))
            continue;
        if (!f.cams.isEmpty() && !f.cams.contains(cam))
            continue;
        if ((f.closeFrom.isValid() || f.closeTo.isValid()) && !close.isValid())
            continue;
        if (f.closeFrom.isValid() && close < f.closeFrom)
            continue;
        if (f.closeTo.isValid() && close > f.closeTo)
            continue;

        const bool registration = kind == QLatin1String("registration");
        const bool open = registration ? (status == QLatin1String("submitted") || status == QLatin1String("under_review")
                                          || status == QLatin1String("pending_approval") || status == QLatin1String("approved"))
                                       : status == QLatin1String("open");
        const bool won = !registration && status == QLatin1String("won");
        const bool lost = !registration && status == QLatin1String("lost");
        const bool closed = registration && status == QLatin1String("closed");
        const bool approvedEver = registration
            && (status == QLatin1String("approved")
                || (closed && (closure == QLatin1String("converted") || closure == QLatin1String("expired")
                               || closure == QLatin1String("inactive"))));
        const bool refused = closed && (closure == QLatin1String("rejected") || closure == QLatin1String("duplicate"));
        const bool fromRegistration = !registration && !q.value(12).isNull();

        if (approvedEver || refused)
            ++e.decided;
        if (closed && closure == QLatin1String("converted"))
            ++e.converted;
        if (approvedEver && !q.value(9).isNull() && !q.value(10).isNull()) {
            ++e.approvalSamples;
            e.approvalMsSum += double(Timestamp::fromStorage(q.value(9).toString())
                                          .msecsTo(Timestamp::fromStorage(q.value(10).toString())));
        }
        if (lost)
            ++e.lost;
        if (!open && !won && !fromRegistration)
            continue;

        const qint64 amount = q.value(5).toLongLong();
        const QString currency = q.value(6).toString();
        const QDate at = close.isValid() ? close : today;
        qint64 value = 0;
        bool ok = true;
        if (amount != 0) {
            const std::optional<qint64> converted = converter.toBase(amount, currency, at);
            if (converted) {
                value = *converted;
                if (currency != options.baseCurrency)
                    ++e.rates[{ currency, converter.rateFor(currency, at)->validFrom }];
            } else {
                ok = false;
                ++e.unconverted;
                if (!currency.isEmpty())
                    e.unconvertedCurrencies.insert(currency);
            }
        }
        const int percent = won ? 100 : (q.value(4).isNull() ? stageProbability(stage) : q.value(4).toInt());
        const qint64 weighted = value * percent;
        auto addOpen = [&](Figure& figure) {
            ++figure.count;
            if (ok) {
                figure.amount += value;
                figure.weightedTimes100 += weighted;
            }
        };
        const QString partnerKey = Uuid::toString(partnerId);
        if (open) {
            addOpen(e.open);
            addOpen(e.byStage[stage]);
            addOpen(e.byPartner[partnerKey]);
            e.partnerNames.insert(partnerKey, q.value(17).toString());
            addOpen(e.byTier[tier]);
            addOpen(e.byCountry[country]);
            if (close.isValid())
                addOpen(e.byQuarter[quarterOf(close)]);
            if (close.isValid() && close < today)
                addOpen(e.pastClose);
            if (Timestamp::fromStorage(q.value(8).toString()) < stalledCut)
                addOpen(e.stalled);
        }
        if (won) {
            ++e.won.count;
            e.won.won += value;
            if (close.isValid()) {
                ++e.byQuarter[quarterOf(close)].count;
                e.byQuarter[quarterOf(close)].won += value;
            }
        }
        if (fromRegistration) {
            ++e.fromRegistrations.count;
            e.fromRegistrations.amount += value;
            if (open)
                e.fromRegistrations.weightedTimes100 += weighted;
            if (won)
                e.fromRegistrations.won += value;
        }
    }
    return e;
}

void checkFigure(const PipelineBucket& bucket, const Figure& expected)
{
    INFO("bucket " << bucket.key.toStdString());
    CHECK(bucket.count == expected.count);
    CHECK(bucket.amountMinor == expected.amount);
    CHECK(bucket.weightedMinor == percentRounded(expected.weightedTimes100));
    CHECK(bucket.wonMinor == expected.won);
}

qint64 sqlCount(Database& db, const DealFilter& filter, int stalledDays)
{
    const DealSql sql = DealQuery::build(filter, DealSort::Number, false, stalledDays);
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM deal d JOIN partner p ON p.id = d.partner_id WHERE ") + sql.where);
    for (const QVariant& value : sql.values)
        query.addBindValue(value);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

/// Every figure of `dashboard` against the independent computation, and every drill-down against SQL.
void checkDashboard(Database& db, const PipelineDashboard& d, const PipelineOptions& options)
{
    const Expected e = expectedFor(db, options);
    CHECK(d.currency == options.baseCurrency);
    CHECK(d.openCount == e.open.count);
    CHECK(d.openMinor == e.open.amount);
    CHECK(d.weightedMinor == percentRounded(e.open.weightedTimes100));
    CHECK(d.wonCount == e.won.count);
    CHECK(d.wonMinor == e.won.won);
    CHECK(d.lostCount == e.lost);
    CHECK(d.registrationsDecided == e.decided);
    CHECK(d.registrationsConverted == e.converted);
    CHECK(d.conversionRate == Approx(e.decided ? double(e.converted) / double(e.decided) : 0.0));
    CHECK(d.approvalSamples == e.approvalSamples);
    CHECK(d.averageApprovalHours
          == Approx(e.approvalSamples ? e.approvalMsSum / double(e.approvalSamples) / 3'600'000.0 : 0.0).epsilon(1e-9));
    CHECK(d.unconvertedDeals == e.unconverted);
    QStringList unconverted = e.unconvertedCurrencies.values();
    std::sort(unconverted.begin(), unconverted.end());
    CHECK(d.unconvertedCurrencies == unconverted);
    QMap<QPair<QString, QDate>, qint64> used;
    for (const UsedRate& r : d.ratesUsed)
        used.insert({ r.currency, r.validFrom }, r.deals);
    CHECK(used == e.rates);
    CHECK(qsizetype(used.size()) == d.ratesUsed.size());

    // PIPE-03 tiles.
    checkFigure(d.pastClose, e.pastClose);
    checkFigure(d.stalled, e.stalled);
    checkFigure(d.fromRegistrations, e.fromRegistrations);

    // By stage: every stage in stage order, unknown codes after.
    QStringList stageKeys;
    for (const PipelineBucket& b : d.byStage) {
        stageKeys.append(b.key);
        checkFigure(b, e.byStage.value(b.key));
    }
    for (int i = 0; i < salesStages().size(); ++i)
        CHECK(stageKeys.value(i) == salesStages().at(i).code);
    for (auto it = e.byStage.cbegin(); it != e.byStage.cend(); ++it)
        CHECK(stageKeys.contains(it.key()));

    // By partner: top N by amount, then count, then name.
    QStringList partnerOrder = e.byPartner.keys();
    std::sort(partnerOrder.begin(), partnerOrder.end(), [&](const QString& a, const QString& b) {
        const Figure& x = e.byPartner[a];
        const Figure& y = e.byPartner[b];
        if (x.amount != y.amount)
            return x.amount > y.amount;
        if (x.count != y.count)
            return x.count > y.count;
        return e.partnerNames[a] < e.partnerNames[b];
    });
    const qsizetype top = options.topPartners > 0 ? std::min<qsizetype>(options.topPartners, partnerOrder.size())
                                                  : partnerOrder.size();
    REQUIRE(d.byPartner.size() == top);
    for (qsizetype i = 0; i < top; ++i) {
        CHECK(d.byPartner[i].key == partnerOrder[i]);
        CHECK(d.byPartner[i].label == e.partnerNames[partnerOrder[i]]);
        checkFigure(d.byPartner[i], e.byPartner[partnerOrder[i]]);
    }

    // By tier, in partnerTiers() order.
    QStringList tierOrder;
    for (const Choice& c : partnerTiers()) {
        if (e.byTier.contains(c.code.isNull() ? QStringLiteral("") : c.code))
            tierOrder.append(c.code.isNull() ? QStringLiteral("") : c.code);
    }
    REQUIRE(d.byTier.size() == tierOrder.size());
    for (qsizetype i = 0; i < tierOrder.size(); ++i) {
        CHECK(d.byTier[i].key == tierOrder[i]);
        checkFigure(d.byTier[i], e.byTier[tierOrder[i]]);
    }

    // By country, largest first.
    REQUIRE(d.byCountry.size() == e.byCountry.size());
    for (qsizetype i = 0; i < d.byCountry.size(); ++i) {
        checkFigure(d.byCountry[i], e.byCountry.value(d.byCountry[i].key));
        if (i > 0)
            CHECK(d.byCountry[i - 1].amountMinor >= d.byCountry[i].amountMinor);
    }

    // By quarter: deals' quarters and target quarters, oldest first.
    QStringList quarters = e.byQuarter.keys();
    for (auto it = e.targets.cbegin(); it != e.targets.cend(); ++it) {
        if (!quarters.contains(it.key()))
            quarters.append(it.key());
    }
    std::sort(quarters.begin(), quarters.end());
    REQUIRE(d.byQuarter.size() == quarters.size());
    for (qsizetype i = 0; i < quarters.size(); ++i) {
        CHECK(d.byQuarter[i].key == quarters[i]);
        checkFigure(d.byQuarter[i], e.byQuarter.value(quarters[i]));
        CHECK(d.byQuarter[i].targetMinor == e.targets.value(quarters[i]));
    }

    // Drill-down: the deals list's SQL for each bucket counts exactly the bucket's deals.
    QList<PipelineBucket> all = d.byStage + d.byPartner + d.byTier + d.byCountry + d.byQuarter;
    all << d.pastClose << d.stalled << d.fromRegistrations;
    for (const PipelineBucket& b : all) {
        INFO("drill-down of " << b.key.toStdString());
        CHECK(b.drillDown.today == options.today);
        CHECK(sqlCount(db, b.drillDown, options.stalledDays) == b.count);
    }
}

// ---------------------------------------------------------------------------------------------------------------
// ~200 random deals over 7 partners, 6 currencies (2 without a usable rate at some dates), every status.

struct RandomPipeline
{
    Test::TempDatabase temp;
    QList<QByteArray> partners;
    QList<QByteArray> deals;
    QDate today = QDate::currentDate();
    QRandomGenerator random;

    explicit RandomPipeline(quint32 seed, int count = 200)
        : random(seed)
    {
        Database& db = temp.db();
        partners << addPartner(db, QStringLiteral("Alpha Systems"), QStringLiteral("gold"), QStringLiteral("DE"), QStringLiteral("West"))
                 << addPartner(db, QStringLiteral("Beta IT"), QStringLiteral("silver"), QStringLiteral("VN"), QStringLiteral("South"))
                 << addPartner(db, QStringLiteral("Gamma"), QString(), QStringLiteral("VN"), QStringLiteral("North"))
                 << addPartner(db, QStringLiteral("Delta"), QStringLiteral("platinum"), QStringLiteral("US"), QStringLiteral("West"))
                 << addPartner(db, QStringLiteral("Epsilon"), QStringLiteral("registered"), QString(), QString())
                 << addPartner(db, QStringLiteral("Zeta"), QStringLiteral("gold"), QStringLiteral("BH"), QStringLiteral("South"))
                 << addPartner(db, QStringLiteral("Eta"), QStringLiteral("silver"), QStringLiteral("DE"), QStringLiteral("North"));
        DealSettings settings(db);
        REQUIRE(settings.setRates({
                                      rate("EUR", today.addYears(-2), 1.0845),
                                      rate("EUR", today.addDays(-30), 1.1123),
                                      rate("EUR", today.addDays(90), 1.05),
                                      rate("VND", today.addYears(-2), 0.0000393),
                                      rate("BHD", today.addYears(-2), 2.6596),
                                      rate("JPY", today.addDays(-10), 0.0067), // earlier JPY deals have no rate
                                  })
                    .ok());
        REQUIRE(settings.setTargets({ { DealQuery::quarterKey(today), 50'000'000 },
                                      { DealQuery::quarterKey(today.addMonths(3)), 70'000'000 },
                                      { DealQuery::quarterKey(today.addYears(3)), 1'000 } })
                    .ok());
        Transaction transaction(db); // one commit, not one fsync per deal
        for (int i = 0; i < count - 6; ++i)
            add(randomDeal());
        // Edges the random ones rarely hit: closing today and yesterday (past close), last changed just before and
        // just after the stalled cut-off, closing on the first day of a new EUR rate and the day before it.
        const QDateTime cut = QDateTime(today.addDays(-30), QTime(0, 0)).toUTC();
        const struct
        {
            QDate close;
            QDateTime updated;
        } edges[] = { { today, cut.addMSecs(1) }, { today.addDays(-1), cut.addMSecs(1) }, { today.addDays(5), cut.addMSecs(-1) },
                      { today.addDays(5), cut }, { today.addDays(-30), cut.addDays(1) }, { today.addDays(-31), cut.addDays(1) } };
        for (const auto& edge : edges) {
            DealRow row = randomDeal();
            row.kind = s("opportunity");
            row.status = s("open");
            row.currency = s("EUR");
            row.amount = 10'000;
            row.close = edge.close;
            row.updated = edge.updated;
            add(row);
        }
        REQUIRE(transaction.commit().ok());
    }

    void add(const DealRow& row)
    {
        insertDeal(temp.db(), row);
        deals.append(row.id);
    }

    template<typename T>
    const T& pick(const QList<T>& list)
    {
        return list.at(random.bounded(int(list.size())));
    }

    DealRow randomDeal()
    {
        static const QList<QPair<QString, QString>> regStates {
            { s("draft"), {} }, { s("submitted"), {} }, { s("under_review"), {} }, { s("pending_approval"), {} },
            { s("approved"), {} }, { s("approved"), {} }, { s("closed"), s("converted") }, { s("closed"), s("rejected") },
            { s("closed"), s("duplicate") }, { s("closed"), s("expired") }, { s("closed"), s("inactive") },
            { s("canceled"), {} },
        };
        static const QStringList oppStates { s("open"), s("open"), s("open"), s("won"), s("lost") };
        static const QStringList currencies { s("USD"), s("USD"), s("USD"), s("EUR"), s("EUR"), s("VND"), s("BHD"),
                                              s("JPY"), s("GBP") };
        static const QStringList stages { s("qualification"), s("discovery"), s("proposal"), s("negotiation"),
                                          s("commit"), s("legacy_stage") };
        static const QStringList cams { s("anna"), s("bao"), s("chris") };
        DealRow row;
        row.partnerId = pick(partners);
        row.cam = pick(cams);
        if (random.bounded(3) == 0) {
            row.kind = s("opportunity");
            row.status = pick(oppStates);
            if (random.bounded(2) == 0)
                row.registrationId = Uuid::createV7();
        } else {
            const auto& [status, closure] = pick(regStates);
            row.status = status;
            row.closure = closure;
            if (status != QLatin1String("draft")) {
                row.submitted = QDateTime::currentDateTimeUtc().addSecs(-qint64(random.bounded(200 * 24 * 3600)));
                if (status == QLatin1String("approved") || status == QLatin1String("closed") || random.bounded(4) == 0)
                    row.decided = row.submitted.addSecs(qint64(random.bounded(96 * 3600)) + 60);
            }
        }
        row.stage = pick(stages);
        if (random.bounded(4) == 0)
            row.probability = random.bounded(101);
        row.currency = pick(currencies);
        const int amountKind = random.bounded(10);
        if (amountKind == 0)
            row.amount = 0;
        else if (amountKind == 1)
            row.amount.reset(); // NULL amount
        else
            row.amount = qint64(random.bounded(1, 50'000'000)) * (row.currency == QLatin1String("VND") ? 1000 : 1);
        if (row.amount && random.bounded(20) == 0)
            row.amount = -*row.amount; // a credit: rounding stays half away from zero
        if (random.bounded(8) != 0)
            row.close = today.addDays(random.bounded(-200, 400));
        row.updated = QDateTime::currentDateTimeUtc().addSecs(-qint64(random.bounded(1, 90 * 24 * 3600)));
        return row;
    }
};

PipelineOptions optionsFor(const RandomPipeline& p)
{
    PipelineOptions options;
    options.today = p.today;
    options.baseCurrency = QStringLiteral("USD");
    options.stalledDays = 30;
    options.topPartners = 4;
    return options;
}

QList<DealFilter> filterVariants(const RandomPipeline& p)
{
    QList<DealFilter> filters;
    filters.append(DealFilter {});
    DealFilter partners;
    partners.partnerIds = { p.partners[0], p.partners[2] };
    filters.append(partners);
    DealFilter tiers;
    tiers.tiers = { QStringLiteral("gold"), QStringLiteral("") };
    filters.append(tiers);
    DealFilter countries;
    countries.countries = { QStringLiteral("VN") };
    filters.append(countries);
    DealFilter regions;
    regions.regions = { QStringLiteral("South"), QStringLiteral("West") };
    filters.append(regions);
    DealFilter cams;
    cams.cams = { QStringLiteral("bao") };
    filters.append(cams);
    DealFilter range;
    range.closeFrom = p.today.addDays(-60);
    range.closeTo = p.today.addDays(120);
    filters.append(range);
    DealFilter from;
    from.closeFrom = p.today;
    filters.append(from);
    DealFilter combined;
    combined.tiers = { QStringLiteral("gold"), QStringLiteral("silver") };
    combined.cams = { QStringLiteral("anna"), QStringLiteral("chris") };
    combined.closeTo = p.today.addDays(200);
    filters.append(combined);
    return filters;
}

void checkAllFilters(RandomPipeline& p, const PipelineReport& report)
{
    for (const DealFilter& filter : filterVariants(p)) {
        PipelineOptions options = optionsFor(p);
        options.filter = filter;
        checkDashboard(p.temp.db(), report.compute(options), options);
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// CurrencyConverter

TEST_CASE("PIPE-06 conversion respects both currencies' minor digits and rounds half away from zero", "[pipeline][currency]")
{
    const QDate day(2026, 6, 1);
    const CurrencyConverter usd(s("USD"), { rate("EUR", QDate(2026, 1, 1), 1.15), rate("VND", QDate(2026, 1, 1), 0.0000393),
                                            rate("JPY", QDate(2026, 1, 1), 0.0067), rate("BHD", QDate(2026, 1, 1), 2.6596) });
    // EUR (2 digits) → USD (2 digits): 0.10 EUR × 1.15 = 0.115 USD → 0.12 (half away from zero, not to even).
    CHECK(usd.toBase(10, s("EUR"), day) == 12);
    CHECK(usd.toBase(-10, s("EUR"), day) == -12);
    CHECK(usd.toBase(30, s("EUR"), day) == 35); // 34.5
    CHECK(usd.toBase(3, s("EUR"), day) == 3);   // 3.45
    CHECK(usd.toBase(100, s("EUR"), day) == 115);
    CHECK(usd.toBase(0, s("EUR"), day) == 0);
    // VND has no minor unit: 1,000,000 ₫ × 0.0000393 = 39.30 USD.
    CHECK(usd.toBase(1'000'000, s("VND"), day) == 3930);
    CHECK(usd.toBase(12'345, s("VND"), day) == 49); // 48.51585 cents
    // JPY (0 digits).
    CHECK(usd.toBase(1000, s("JPY"), day) == 670);
    CHECK(usd.toBase(75, s("JPY"), day) == 50); // 50.25 cents
    // BHD has 3 digits: 1.000 BHD = 1000 fils × 2.6596 = 265.96 cents.
    CHECK(usd.toBase(1000, s("BHD"), day) == 266);
    CHECK(usd.toBase(5, s("BHD"), day) == 1); // 1.3298 cents

    // A base with 3 digits, and JPY → BHD where the half falls exactly on a fil.
    const CurrencyConverter bhd(s("BHD"), { rate("USD", QDate(2026, 1, 1), 0.376), rate("JPY", QDate(2026, 1, 1), 0.0025) });
    CHECK(bhd.toBase(100, s("USD"), day) == 376);   // 1.00 USD = 0.376 BHD
    CHECK(bhd.toBase(1, s("JPY"), day) == 3);       // 2.5 fils
    CHECK(bhd.toBase(3, s("JPY"), day) == 8);       // 7.5 fils
    CHECK(bhd.toBase(-1, s("JPY"), day) == -3);
    CHECK(bhd.toBase(123'456, s("BHD"), day) == 123'456); // the base converts to itself, no rate row needed

    // A base without minor unit.
    const CurrencyConverter vnd(s("VND"), { rate("USD", QDate(2026, 1, 1), 25450) });
    CHECK(vnd.toBase(1, s("USD"), day) == 255); // 254.5 ₫
    CHECK(vnd.toBase(100, s("USD"), day) == 25450);
}

TEST_CASE("PIPE-06 no rate applies before a currency's first rate and a new rate applies from its first day", "[pipeline][currency]")
{
    // Given out of order on purpose.
    const CurrencyConverter c(s("USD"), { rate("EUR", QDate(2026, 4, 1), 1.10), rate("EUR", QDate(2026, 1, 1), 1.08),
                                          rate("XYZ", QDate(2026, 1, 1), 2.0), rate("USD", QDate(2026, 1, 1), 3.0) });
    CHECK_FALSE(c.toBase(100, s("EUR"), QDate(2025, 12, 31)).has_value());
    CHECK_FALSE(c.rateFor(s("EUR"), QDate(2025, 12, 31)).has_value());
    CHECK(c.toBase(100, s("EUR"), QDate(2026, 1, 1)) == 108);
    CHECK(c.toBase(100, s("EUR"), QDate(2026, 3, 31)) == 108);
    CHECK(c.rateFor(s("EUR"), QDate(2026, 3, 31))->validFrom == QDate(2026, 1, 1));
    CHECK(c.toBase(100, s("EUR"), QDate(2026, 4, 1)) == 110);
    CHECK(c.rateFor(s("EUR"), QDate(2026, 4, 1))->validFrom == QDate(2026, 4, 1));
    CHECK(c.rateFor(s("EUR"), QDate(2026, 4, 1))->rate == 1.10);
    CHECK(c.toBase(100, s("EUR"), QDate(2031, 1, 1)) == 110);
    CHECK_FALSE(c.toBase(100, s("EUR"), QDate()).has_value());
    // The base converts at 1 whatever its own rows say, and has no "rate used".
    CHECK(c.toBase(100, s("USD"), QDate(2020, 1, 1)) == 100);
    CHECK_FALSE(c.rateFor(s("USD"), QDate(2026, 6, 1)).has_value());
    // Unknown codes (no ISO 4217 minor unit) and currencies without rates convert to nothing.
    CHECK_FALSE(c.toBase(100, s("XYZ"), QDate(2026, 6, 1)).has_value());
    CHECK_FALSE(c.toBase(100, s("GBP"), QDate(2026, 6, 1)).has_value());
    CHECK_FALSE(c.toBase(100, QString(), QDate(2026, 6, 1)).has_value());
}

TEST_CASE("PIPE-06 rates are applied as exact decimals even for long rates and amounts beyond 64-bit products", "[pipeline][currency]")
{
    const QDate day(2026, 6, 1);
    const CurrencyConverter c(s("USD"), { rate("EUR", QDate(2026, 1, 1), 1.0845), rate("CHF", QDate(2026, 1, 1), 1.0 / 3.0),
                                          rate("GBP", QDate(2026, 1, 1), 0.1 + 0.2) });
    // 9e15 × 10845 does not fit 64 bits: the 128-bit path gives the exact 9.7605e15.
    CHECK(c.toBase(9'000'000'000'000'000LL, s("EUR"), day) == 9'760'500'000'000'000LL);
    CHECK(c.toBase(-9'000'000'000'000'000LL, s("EUR"), day) == -9'760'500'000'000'000LL);
    // 1/3 is 0.3333333333333333: 150 × that = 49.999999999999995 → 50.
    CHECK(c.toBase(150, s("CHF"), day) == 50);
    CHECK(c.toBase(3, s("CHF"), day) == 1);
    // 3000 × 3333333333333333 passes 2^63: the wide path divides by 10^16 in two steps.
    CHECK(c.toBase(3000, s("CHF"), day) == 1000);
    CHECK(c.toBase(-3000, s("CHF"), day) == -1000);
    CHECK(c.toBase(4'000'000'000'000'000'000LL, s("CHF"), day) == 1'333'333'333'333'333'200LL); // 4e18 × 0.3333333333333333
    CHECK(c.toBase(10, s("GBP"), day) == 3); // 0.30000000000000004
    // Results beyond 64 bits are refused, not wrapped.
    CHECK_FALSE(c.toBase(std::numeric_limits<qint64>::max(), s("EUR"), day).has_value());
    // Factor::fromRate: 1.15 is 115/100, not 1.149999…
    const auto factor = CurrencyConverter::Factor::fromRate(1.15, 2, 2);
    CHECK(factor.exact);
    CHECK(factor.numerator == 115);
    CHECK(factor.denominator == 100);
    const auto vnd = CurrencyConverter::Factor::fromRate(25450, 2, 0);
    CHECK(vnd.numerator == 2545);
    CHECK(vnd.denominator == 10);
}

// ---------------------------------------------------------------------------------------------------------------
// PipelineReport

TEST_CASE("PIPE-01 weighted pipeline: open deals at their probability, drafts and lost out, won separate", "[pipeline][PIPE-01]")
{
    Test::TempDatabase temp;
    Database& db = temp.db();
    const QByteArray a = addPartner(db, s("Alpha"), s("gold"), s("DE"), s("West"));
    const QByteArray b = addPartner(db, s("Beta"), s("silver"), s("VN"), s("South"));
    const QDate today(2026, 11, 27);
    auto deal = [&](const char* kind, const char* status, const char* stage, qint64 amount, const QByteArray& partner) {
        DealRow row;
        row.kind = s(kind);
        row.status = s(status);
        row.stage = s(stage);
        row.amount = amount;
        row.partnerId = partner;
        row.close = QDate(2026, 12, 15);
        return row;
    };
    insertDeal(db, deal("registration", "submitted", "proposal", 100'000, a)); // 50 % → 50,000
    insertDeal(db, deal("registration", "draft", "commit", 500'000, a));       // drafts are not pipeline
    DealRow overridden = deal("opportunity", "open", "negotiation", 200'000, b);
    overridden.probability = 20; // per-deal override beats the stage's 75 % (frappe/crm #798)
    insertDeal(db, overridden);
    DealRow won = deal("opportunity", "won", "commit", 300'000, b);
    won.close = QDate(2026, 10, 10);
    insertDeal(db, won);
    insertDeal(db, deal("opportunity", "lost", "proposal", 400'000, a));
    DealRow converted = deal("registration", "closed", "proposal", 50'000, a);
    converted.closure = s("converted");
    insertDeal(db, converted);
    insertDeal(db, deal("registration", "approved", "commit", 10'000, a)); // 90 % → 9,000

    PipelineReport report;
    REQUIRE(report.load(db).ok());
    CHECK(report.dealCount() == 7);
    PipelineOptions options;
    options.today = today;
    const PipelineDashboard d = report.compute(options);
    CHECK(d.openCount == 3);
    CHECK(d.openMinor == 310'000);
    CHECK(d.weightedMinor == 99'000);
    CHECK(d.wonCount == 1);
    CHECK(d.wonMinor == 300'000);
    CHECK(d.lostCount == 1);
    REQUIRE(d.byStage.size() == 5);
    CHECK(d.byStage[0].key == s("qualification"));
    CHECK(d.byStage[0].count == 0);
    CHECK(d.byStage[2].key == s("proposal"));
    CHECK(d.byStage[2].count == 1);
    CHECK(d.byStage[2].weightedMinor == 50'000);
    CHECK(d.byStage[3].weightedMinor == 40'000);
    CHECK(d.byStage[4].weightedMinor == 9'000);
    CHECK(d.byStage[3].drillDown.salesStage == s("negotiation"));
    CHECK(d.byStage[3].drillDown.openOnly);
    REQUIRE(d.byQuarter.size() == 1); // Q4 2026: three open, one won
    CHECK(d.byQuarter[0].key == s("2026-Q4"));
    CHECK(d.byQuarter[0].count == 4);
    CHECK(d.byQuarter[0].amountMinor == 310'000);
    CHECK(d.byQuarter[0].wonMinor == 300'000);
    CHECK(d.byQuarter[0].weightedMinor == 99'000);
    CHECK(d.registrationsDecided == 2);   // approved + converted
    CHECK(d.registrationsConverted == 1);
    CHECK(d.conversionRate == Approx(0.5));
    checkDashboard(db, d, options);
}

TEST_CASE("PIPE-06 amounts without a rate are left out and named and never added unconverted", "[pipeline][PIPE-06]")
{
    Test::TempDatabase temp;
    Database& db = temp.db();
    const QByteArray a = addPartner(db, s("Alpha"), s("gold"), s("DE"), s("West"));
    REQUIRE(DealSettings(db).setRates({ rate("EUR", QDate(2026, 1, 1), 1.10), rate("EUR", QDate(2026, 7, 1), 1.20),
                                        rate("JPY", QDate(2026, 9, 1), 0.0067) })
                .ok());
    auto open = [&](qint64 amount, const char* currency, const QDate& close) {
        DealRow row;
        row.kind = s("opportunity");
        row.status = s("open");
        row.stage = s("proposal");
        row.amount = amount;
        row.currency = s(currency);
        row.close = close;
        row.partnerId = a;
        insertDeal(db, row);
    };
    open(10'000, "USD", QDate(2026, 12, 1));
    open(10'000, "EUR", QDate(2026, 3, 1)); // 1.10 → 11,000
    open(10'000, "EUR", QDate(2026, 8, 1)); // 1.20 → 12,000
    open(10'000, "EUR", QDate(2026, 9, 1)); // 1.20 → 12,000
    open(99'999, "GBP", QDate(2026, 12, 1)); // no rate at all
    open(10'000, "JPY", QDate(2026, 8, 31)); // before JPY's first rate
    open(10'000, "JPY", QDate(2026, 9, 1));  // 67 USD
    open(0, "GBP", QDate(2026, 12, 1));      // nothing to convert

    PipelineReport report;
    REQUIRE(report.load(db).ok());
    PipelineOptions options;
    options.today = QDate(2026, 11, 27);
    const PipelineDashboard d = report.compute(options);
    CHECK(d.openCount == 8);
    CHECK(d.openMinor == 10'000 + 11'000 + 12'000 + 12'000 + 6'700);
    CHECK(d.unconvertedDeals == 2);
    CHECK(d.unconvertedCurrencies == QStringList { s("GBP"), s("JPY") });
    REQUIRE(d.ratesUsed.size() == 3);
    CHECK(d.ratesUsed[0].currency == s("EUR"));
    CHECK(d.ratesUsed[0].validFrom == QDate(2026, 1, 1));
    CHECK(d.ratesUsed[0].rate == 1.10);
    CHECK(d.ratesUsed[0].deals == 1);
    CHECK(d.ratesUsed[1].validFrom == QDate(2026, 7, 1));
    CHECK(d.ratesUsed[1].deals == 2);
    CHECK(d.ratesUsed[2].currency == s("JPY"));
    CHECK(d.ratesUsed[2].deals == 1);
    // A deal without an expected close converts at today's rate.
    DealRow noClose;
    noClose.kind = s("opportunity");
    noClose.status = s("open");
    noClose.amount = 10'000;
    noClose.currency = s("EUR");
    noClose.partnerId = a;
    insertDeal(db, noClose);
    REQUIRE(report.refresh(db).ok());
    const PipelineDashboard later = report.compute(options);
    CHECK(later.openMinor == d.openMinor + 12'000);
    options.today = QDate(2026, 6, 30);
    CHECK(report.compute(options).openMinor == d.openMinor + 11'000);
    checkDashboard(db, report.compute(options), options);
}

TEST_CASE("PIPE-01 to PIPE-05 dashboard figures match an independent computation on 200 random deals", "[pipeline][PIPE-03][PIPE-04][PIPE-05]")
{
    for (quint32 seed : { 1u, 2u, 3u }) {
        INFO("seed " << seed);
        RandomPipeline p(seed);
        PipelineReport report;
        REQUIRE(report.load(p.temp.db()).ok());
        CHECK(report.dealCount() == 200);
        checkAllFilters(p, report);
        // Every partner, not only the top N.
        PipelineOptions options = optionsFor(p);
        options.topPartners = 0;
        checkDashboard(p.temp.db(), report.compute(options), options);
        // Another base currency: the rate table is read as EUR per unit (PipelineOptions::baseCurrency).
        options.baseCurrency = s("EUR");
        checkDashboard(p.temp.db(), report.compute(options), options);
    }
}

TEST_CASE("PIPE-03 refresh picks up edits tombstones pulled rows partner changes and deletions", "[pipeline][refresh]")
{
    RandomPipeline p(7);
    Database& db = p.temp.db();
    PipelineReport report;
    REQUIRE(report.load(db).ok());
    checkAllFilters(p, report);
    RecordWriter writer(db);

    SECTION("an edit through RecordWriter")
    {
        // Make a deal open and big enough to lead the partner list, in EUR.
        const QVariantMap values { { s("kind"), s("opportunity") }, { s("status"), s("open") },
                                   { s("amount_minor"), qint64(900'000'000) }, { s("currency"), s("EUR") },
                                   { s("probability"), qint64(35) } };
        REQUIRE(writer.update(DealEntity, p.deals[5], values).ok());
        REQUIRE(report.refresh(db).ok());
        CHECK_FALSE(report.lastRefresh().fullReload);
        CHECK(report.lastRefresh().reread >= 1);
        CHECK(report.lastRefresh().reread < 20);
        CHECK(report.lastRefresh().removed == 0);
        checkAllFilters(p, report);
    }
    SECTION("a tombstone and a restore")
    {
        REQUIRE(writer.setDeleted(DealEntity, p.deals[3], true).ok());
        REQUIRE(writer.setDeleted(DealEntity, p.deals[4], true).ok());
        REQUIRE(report.refresh(db).ok());
        CHECK_FALSE(report.lastRefresh().fullReload);
        CHECK(report.lastRefresh().removed == 2);
        CHECK(report.dealCount() == 198);
        checkAllFilters(p, report);
        REQUIRE(writer.setDeleted(DealEntity, p.deals[3], false).ok());
        REQUIRE(report.refresh(db).ok());
        CHECK(report.dealCount() == 199);
        checkAllFilters(p, report);
    }
    SECTION("new deals, and a hard delete as sync scope revocation does")
    {
        for (int i = 0; i < 5; ++i)
            p.add(p.randomDeal());
        QSqlQuery remove(db.connection());
        remove.prepare(QStringLiteral("DELETE FROM deal WHERE id = ?"));
        remove.addBindValue(p.deals[10]);
        REQUIRE(remove.exec());
        REQUIRE(report.refresh(db).ok());
        CHECK_FALSE(report.lastRefresh().fullReload);
        CHECK(report.lastRefresh().removed == 1);
        CHECK(report.dealCount() == 204);
        checkAllFilters(p, report);
    }
    SECTION("rows pulled by sync")
    {
        const SyncEntity* entity = SyncSchema::find(s("deal"));
        REQUIRE(entity);
        {
            Transaction transaction(db);
            SyncRowWriter pulled(db);
            REQUIRE(pulled.update(*entity, p.deals[8], QJsonObject { { s("kind"), s("opportunity") }, { s("status"), s("won") },
                                                                     { s("amount_minor"), 123'456 }, { s("currency"), s("USD") } },
                                  QVariant(qint64(3)))
                        .ok());
            const QByteArray id = Uuid::createV7();
            REQUIRE(pulled.insert(*entity, id,
                                  QJsonObject { { s("kind"), s("opportunity") }, { s("number"), s("OP-PULLED-1") },
                                                { s("partner_id"), Uuid::toString(p.partners[1]) }, { s("status"), s("open") },
                                                { s("sales_stage"), s("commit") }, { s("amount_minor"), 777'000 },
                                                { s("currency"), s("VND") },
                                                { s("expected_close"), Timestamp::dateToStorage(p.today.addDays(5)) } },
                                  QVariant(qint64(4)))
                        .ok());
            REQUIRE(pulled.flush().ok());
            REQUIRE(transaction.commit().ok());
        }
        REQUIRE(report.refresh(db).ok());
        CHECK_FALSE(report.lastRefresh().fullReload);
        CHECK(report.dealCount() == 201);
        checkAllFilters(p, report);
    }
    SECTION("a partner's tier and country change")
    {
        PartnerRepository partners(db);
        Partner partner = partners.get(p.partners[1]).value();
        partner.tier = s("platinum");
        partner.country = s("DE");
        partner.region = s("West");
        REQUIRE(partners.update(partner).ok());
        REQUIRE(report.refresh(db).ok());
        CHECK_FALSE(report.lastRefresh().fullReload);
        CHECK(report.lastRefresh().reread < 20); // the partner's deals were not read again
        checkAllFilters(p, report);
    }
    SECTION("rates and targets change")
    {
        REQUIRE(DealSettings(db).setRates({ rate("EUR", p.today.addYears(-3), 0.9), rate("GBP", p.today.addYears(-3), 1.25) }).ok());
        REQUIRE(DealSettings(db).setTargets({ { DealQuery::quarterKey(p.today), 1 } }).ok());
        REQUIRE(report.refresh(db).ok());
        checkAllFilters(p, report);
    }
    SECTION("nothing changed")
    {
        REQUIRE(report.refresh(db).ok());
        CHECK_FALSE(report.lastRefresh().fullReload);
        CHECK(report.lastRefresh().removed == 0);
        CHECK(report.lastRefresh().reread == 0); // nothing committed: nothing read
        checkAllFilters(p, report);
    }
    SECTION("a change committed through another connection")
    {
        auto other = Database::open(p.temp.path());
        REQUIRE(other.ok());
        REQUIRE(RecordWriter(*other.value()).update(DealEntity, p.deals[0], { { s("kind"), s("opportunity") }, { s("status"), s("won") } }).ok());
        REQUIRE(RecordWriter(*other.value()).setDeleted(DealEntity, p.deals[1], true).ok());
        REQUIRE(report.refresh(db).ok());
        CHECK_FALSE(report.lastRefresh().fullReload);
        CHECK(report.lastRefresh().reread >= 1);
        CHECK(report.lastRefresh().removed == 1);
        checkAllFilters(p, report);
    }
}

TEST_CASE("PIPE-03 stamps ahead of the clock make refresh reload everything", "[pipeline][refresh]")
{
    RandomPipeline p(11, 20);
    Database& db = p.temp.db();
    PipelineReport report;
    REQUIRE(report.load(db).ok());
    // A deal written while the clock was an hour ahead: later edits may carry older stamps.
    DealRow ahead = p.randomDeal();
    ahead.updated = QDateTime::currentDateTimeUtc().addSecs(3600);
    p.add(ahead);
    REQUIRE(report.refresh(db).ok());
    CHECK_FALSE(report.lastRefresh().fullReload); // found by its local id
    QSqlQuery edit(db.connection());
    edit.prepare(QStringLiteral("UPDATE deal SET status = 'won', kind = 'opportunity', updated_at = ? WHERE id = ?"));
    edit.addBindValue(Timestamp::nowUtc());
    edit.addBindValue(p.deals[0]);
    REQUIRE(edit.exec());
    REQUIRE(report.refresh(db).ok());
    CHECK(report.lastRefresh().fullReload);
    checkAllFilters(p, report);
}

TEST_CASE("PIPE-07 load reports progress and a cancelled load keeps the previous data", "[pipeline]")
{
    RandomPipeline p(5, 50);
    PipelineReport report;
    QList<QPair<qint64, qint64>> calls;
    REQUIRE(report.load(p.temp.db(), [&](qint64 done, qint64 total) {
                      calls.append({ done, total });
                      return true;
                  })
                .ok());
    REQUIRE(calls.size() >= 2);
    CHECK(calls.first() == qMakePair(qint64(0), qint64(50)));
    CHECK(calls.last() == qMakePair(qint64(50), qint64(50)));
    for (int i = 0; i < 5; ++i)
        p.add(p.randomDeal());
    const Status cancelled = report.load(p.temp.db(), [](qint64, qint64) { return false; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().code == Error::Code::Cancelled);
    CHECK(report.dealCount() == 50);
    REQUIRE(report.refresh(p.temp.db()).ok());
    CHECK(report.dealCount() == 55);
}

// A timing check, not a test: `channeldesk_deals_tests "[.bench]"` (use a release build for meaningful numbers).
TEST_CASE("pipeline compute timing on generated deals", "[.bench]")
{
    const int deals = qEnvironmentVariableIntValue("CHANNELDESK_BENCH_DEALS") > 0
        ? qEnvironmentVariableIntValue("CHANNELDESK_BENCH_DEALS") : 100'000;
    Test::TempDatabase temp;
    Database& db = temp.db();
    QList<QByteArray> partners;
    {
        Transaction transaction(db);
        QSqlQuery insert(db.connection());
        insert.prepare(QStringLiteral("INSERT INTO partner (id, name, tier, country, region, created_at, updated_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        static const QStringList tiers { s(""), s("registered"), s("silver"), s("gold"), s("platinum") };
        static const QStringList countries { s("DE"), s("VN"), s("US"), s("FR"), s("JP"), s("BH"), s("GB") };
        const int partnerCount = std::max(10, deals / 10);
        for (int i = 0; i < partnerCount; ++i) {
            partners.append(Uuid::createV7());
            insert.addBindValue(partners.last());
            insert.addBindValue(QStringLiteral("Partner %1").arg(i));
            insert.addBindValue(tiers[i % tiers.size()]);
            insert.addBindValue(countries[i % countries.size()]);
            insert.addBindValue(QStringLiteral("R%1").arg(i % 9));
            insert.addBindValue(Timestamp::nowUtc());
            insert.addBindValue(Timestamp::nowUtc());
            REQUIRE(insert.exec());
        }
        REQUIRE(transaction.commit().ok());
    }
    REQUIRE(DealSettings(db).setRates({ rate("EUR", QDate(2020, 1, 1), 1.08), rate("EUR", QDate(2026, 1, 1), 1.1),
                                        rate("VND", QDate(2020, 1, 1), 0.0000393) })
                .ok());
    {
        Transaction transaction(db);
        QSqlQuery insert(db.connection());
        insert.prepare(QStringLiteral("INSERT INTO deal (id, kind, partner_id, cam, amount_minor, currency, expected_close, "
                                      "sales_stage, status, closure_code, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QRandomGenerator random(42);
        static const QStringList stages { s("qualification"), s("discovery"), s("proposal"), s("negotiation"), s("commit") };
        static const QStringList currencies { s("USD"), s("USD"), s("EUR"), s("VND") };
        const QDate today = QDate::currentDate();
        for (int i = 0; i < deals; ++i) {
            const bool opportunity = random.bounded(2) == 0;
            insert.addBindValue(Uuid::createV7());
            insert.addBindValue(opportunity ? s("opportunity") : s("registration"));
            insert.addBindValue(partners[random.bounded(int(partners.size()))]);
            insert.addBindValue(QStringLiteral("cam%1").arg(random.bounded(40)));
            insert.addBindValue(qint64(random.bounded(1, 10'000'000)));
            insert.addBindValue(currencies[random.bounded(int(currencies.size()))]);
            insert.addBindValue(Timestamp::dateToStorage(today.addDays(random.bounded(-400, 400))));
            insert.addBindValue(stages[random.bounded(int(stages.size()))]);
            insert.addBindValue(opportunity ? QStringList { s("open"), s("won"), s("lost") }[random.bounded(3)]
                                            : QStringList { s("submitted"), s("approved"), s("closed") }[random.bounded(3)]);
            insert.addBindValue(s(""));
            insert.addBindValue(Timestamp::nowUtc());
            insert.addBindValue(Timestamp::toStorage(QDateTime::currentDateTimeUtc().addSecs(-random.bounded(9'000'000))));
            REQUIRE(insert.exec());
        }
        REQUIRE(transaction.commit().ok());
    }
    PipelineReport report;
    QElapsedTimer timer;
    timer.start();
    REQUIRE(report.load(db).ok());
    const qint64 loadMs = timer.elapsed();
    PipelineOptions options;
    timer.restart();
    const PipelineDashboard full = report.compute(options);
    const qint64 fullMs = timer.elapsed();
    options.filter.tiers = { s("gold") };
    options.filter.closeFrom = QDate::currentDate();
    timer.restart();
    const PipelineDashboard filtered = report.compute(options);
    const qint64 filterMs = timer.elapsed();
    WARN("deals " << deals << ": load " << loadMs << " ms, full compute " << fullMs << " ms, filtered compute "
                  << filterMs << " ms (open " << full.openCount << ", filtered open " << filtered.openCount << ")");
    CHECK(full.openCount > 0);
}
