// Measures tier automation and the training views on a generated database (issue 6) and prints JSON:
// - TierEngine::recompute over every member with the progress callback active, on a Bulk connection as the app's
//   TierScheduler worker opens it: the first run (which proposes upgrades and opens demotion reviews) and the
//   unchanged re-runs (idempotent: no synced row, no event, no outbox entry), each followed by TierEngine::checkpoint
//   as TierScheduler does once it has posted the result (the first one timed apart), plus TierMetrics::measureAll alone;
// - in the same run two named baselines: the naive recompute (TierMetrics::measure + TierEvaluator per partner, one
//   set of queries each) timed on a sample of partners and extrapolated to all of them, and the obvious single
//   GROUP BY for certified people per partner with the certification indexes bypassed (NOT INDEXED);
// - the first paint of the views on Reader connections, as their loaders run it: the certification list's first page
//   for every sort and the common filters (CertificationQuery), the expiring view's partners (its first page, then
//   the whole list it loads after that paint) and one partner's rows, the expiry timeline, and the review queue,
//   at-risk list, standings and history (TierQuery).
// Usage: tier-benchmark --database PATH [--repeat N] [--today YYYY-MM-DD] [--naive-partners N] [--engine-repeat N]
//        [--skip-engine | --engine-only]   (the engine figures include its CPU time: cpu_ms)
// See bench/run-tier-benchmarks.sh and docs/benchmarks.md.
#include "storage/Database.h"
#include "training/CertificationQuery.h"
#include "training/TierEngine.h"
#include "training/TierEvaluator.h"
#include "training/TierMetrics.h"
#include "training/TierProgramRepository.h"
#include "training/TierQuery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <functional>
#include <memory>

using namespace ChannelDesk;

namespace {

double ms(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double round2(double v)
{
    return qRound(v * 100) / 100.0;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = std::max<qsizetype>(1, static_cast<qsizetype>(std::ceil(p * static_cast<double>(values.size()))));
    return values.at(std::min(values.size(), rank) - 1);
}

QJsonObject stats(const QList<double>& values)
{
    QJsonArray all;
    for (double v : values)
        all.append(round2(v));
    return { { QStringLiteral("median_ms"), round2(percentile(values, 0.5)) },
             { QStringLiteral("p95_ms"), round2(percentile(values, 0.95)) },
             { QStringLiteral("max_ms"), round2(percentile(values, 1.0)) },
             { QStringLiteral("runs_ms"), all } };
}

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

/// CPU time of this process (user + system), ms: on the shared, loaded benchmark machine wall time is inflated by
/// other work; the engine's CPU time is the comparable figure.
double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3)
        + (double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3);
}

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

QJsonObject summaryJson(const TierEngine::Summary& s)
{
    return { { QStringLiteral("members"), s.members },     { QStringLiteral("unchanged"), s.unchanged },
             { QStringLiteral("proposed"), s.proposed },   { QStringLiteral("applied"), s.applied },
             { QStringLiteral("reviews"), s.reviews },     { QStringLiteral("withdrawn"), s.withdrawn },
             { QStringLiteral("at_risk"), s.atRisk },      { QStringLiteral("elapsed_ms"), s.elapsedMs } };
}

/// CPU time of the calling thread, in milliseconds: on a loaded machine the better guide than wall time.
double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

/// Runs `body` `repeat` times on one fresh Reader connection (a loader's first paint) and returns the timings (wall
/// and the thread's CPU time) with the first (cold) one reported apart. `body` returns the number of rows it
/// produced (-1 = error).
QJsonObject measure(const QString& path, int repeat, const std::function<qint64(Database&)>& body)
{
    QList<double> runs;
    QList<double> cpu;
    qint64 rows = -1;
    double first = -1;
    auto opened = Database::open(path, Database::Role::Reader);
    if (!opened) {
        qCritical("open failed: %s", qPrintable(opened.error().message));
        return { { QStringLiteral("error"), opened.error().message } };
    }
    Database& db = *opened.value();
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        rows = body(db);
        const double t = ms(timer);
        cpu.append(threadCpuMs() - cpuStart);
        if (i == 0)
            first = t;
        runs.append(t);
        if (rows < 0)
            break;
    }
    QJsonObject out = stats(runs);
    out.insert(QStringLiteral("cpu_median_ms"), round2(percentile(cpu, 0.5)));
    out.insert(QStringLiteral("first_ms"), round2(first));
    out.insert(QStringLiteral("rows"), rows);
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("Generated database."),
                                            QStringLiteral("path"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Runs per measure (default 10)."),
                                          QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption engineRepeatOption(QStringLiteral("engine-repeat"),
                                                QStringLiteral("Unchanged re-runs of the engine (default 5)."),
                                                QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption todayOption(QStringLiteral("today"), QStringLiteral("The day evaluated (default today)."),
                                         QStringLiteral("date"));
    const QCommandLineOption naiveOption(QStringLiteral("naive-partners"),
                                         QStringLiteral("Partners the naive baseline measures (default 1000)."),
                                         QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption skipEngineOption(QStringLiteral("skip-engine"),
                                              QStringLiteral("Only the views (the engine ran before)."));
    const QCommandLineOption engineOnlyOption(QStringLiteral("engine-only"),
                                              QStringLiteral("Only the engine's runs (no metrics, baselines or views)."));
    parser.addOptions({ databaseOption, repeatOption, engineRepeatOption, todayOption, naiveOption, skipEngineOption,
                        engineOnlyOption });
    parser.process(app);
    const QString path = parser.value(databaseOption);
    const int repeat = qMax(1, parser.value(repeatOption).toInt());
    const int engineRepeat = qMax(1, parser.value(engineRepeatOption).toInt());
    const int naivePartners = qMax(1, parser.value(naiveOption).toInt());
    const QDate today = parser.isSet(todayOption) ? QDate::fromString(parser.value(todayOption), Qt::ISODate)
                                                  : QDate::currentDate();
    if (path.isEmpty() || !today.isValid()) {
        QTextStream(stderr) << parser.helpText();
        return 2;
    }

    QJsonObject result;
    QElapsedTimer openTimer;
    openTimer.start();
    auto opened = Database::open(path, Database::Role::Bulk); // as TierScheduler's worker opens it
    if (!opened) {
        qCritical("open failed: %s", qPrintable(opened.error().message));
        return 1;
    }
    Database& db = *opened.value();
    // Includes any schema upgrade the file needed (a step 7 database gets migration 8's indexes and counts).
    result.insert(QStringLiteral("open_ms"), round2(ms(openTimer)));
    result.insert(QStringLiteral("today"), today.toString(Qt::ISODate));
    result.insert(QStringLiteral("data"),
                  QJsonObject {
                      { QStringLiteral("partners"), scalar(db, QStringLiteral("SELECT count(*) FROM partner WHERE deleted_at IS NULL")) },
                      { QStringLiteral("contacts"), scalar(db, QStringLiteral("SELECT count(*) FROM contact WHERE deleted_at IS NULL")) },
                      { QStringLiteral("certifications"), scalar(db, QStringLiteral("SELECT count(*) FROM certification WHERE deleted_at IS NULL")) },
                      { QStringLiteral("certifications_active_status"),
                        scalar(db, QStringLiteral("SELECT count(*) FROM certification WHERE deleted_at IS NULL AND status = 'active'")) },
                      { QStringLiteral("members"), scalar(db, QStringLiteral("SELECT count(*) FROM program_member WHERE deleted_at IS NULL")) },
                      { QStringLiteral("points_entries"), scalar(db, QStringLiteral("SELECT count(*) FROM points_entry WHERE deleted_at IS NULL")) },
                      { QStringLiteral("deals"), scalar(db, QStringLiteral("SELECT count(*) FROM deal WHERE deleted_at IS NULL")) },
                      { QStringLiteral("won_opportunities"),
                        scalar(db, QStringLiteral("SELECT count(*) FROM deal WHERE deleted_at IS NULL AND kind = 'opportunity' AND status = 'won'")) },
                  });

    // ---- the engine ------------------------------------------------------------------------------------------
    if (!parser.isSet(skipEngineOption)) {
        TierEngine engine(db);
        qint64 progressCalls = 0;
        const auto progress = [&progressCalls](int, int) {
            ++progressCalls;
            return true;
        };
        const qint64 outboxBefore = scalar(db, QStringLiteral("SELECT count(*) FROM sync_outbox"));
        QElapsedTimer timer;
        timer.start();
        double cpuStart = cpuMs();
        auto first = engine.recompute(today, progress);
        const double firstMs = ms(timer);
        const double firstCpuMs = cpuMs() - cpuStart;
        if (!first) {
            qCritical("recompute failed: %s", qPrintable(first.error().toLogString()));
            return 1;
        }
        // What TierScheduler does once it has posted the result: the run's pages copied from the WAL (timed apart).
        timer.restart();
        TierEngine::checkpoint(db);
        const double checkpointMs = ms(timer);
        const qint64 outboxAfterFirst = scalar(db, QStringLiteral("SELECT count(*) FROM sync_outbox"));
        QJsonObject firstJson { { QStringLiteral("wall_ms"), round2(firstMs) },
                                { QStringLiteral("checkpoint_after_run_ms"), round2(checkpointMs) },
                                { QStringLiteral("cpu_ms"), round2(firstCpuMs) },
                                { QStringLiteral("summary"), summaryJson(first.value()) },
                                { QStringLiteral("progress_calls"), progressCalls },
                                { QStringLiteral("outbox_entries"), outboxAfterFirst - outboxBefore } };
        result.insert(QStringLiteral("recompute_first"), firstJson);

        QList<double> reruns;
        QList<double> rerunsCpu;
        QJsonArray rerunSummaries;
        bool idempotent = true;
        for (int i = 0; i < engineRepeat; ++i) {
            progressCalls = 0;
            const qint64 outbox = scalar(db, QStringLiteral("SELECT count(*) FROM sync_outbox"));
            const qint64 events = scalar(db, QStringLiteral("SELECT count(*) FROM tier_event"));
            timer.restart();
            cpuStart = cpuMs();
            auto again = engine.recompute(today, progress);
            reruns.append(ms(timer));
            rerunsCpu.append(cpuMs() - cpuStart);
            TierEngine::checkpoint(db);
            if (!again) {
                qCritical("re-run failed: %s", qPrintable(again.error().toLogString()));
                return 1;
            }
            const TierEngine::Summary& s = again.value();
            idempotent = idempotent && s.proposed == 0 && s.applied == 0 && s.reviews == 0 && s.withdrawn == 0
                && scalar(db, QStringLiteral("SELECT count(*) FROM sync_outbox")) == outbox
                && scalar(db, QStringLiteral("SELECT count(*) FROM tier_event")) == events;
            if (i == 0) {
                QJsonObject j = summaryJson(s);
                j.insert(QStringLiteral("progress_calls"), progressCalls);
                rerunSummaries.append(j);
            }
        }
        QJsonObject rerunJson = stats(reruns);
        rerunJson.insert(QStringLiteral("summary"), rerunSummaries.first());
        rerunJson.insert(QStringLiteral("idempotent"), idempotent);
        rerunJson.insert(QStringLiteral("cpu"), stats(rerunsCpu));
        result.insert(QStringLiteral("recompute_unchanged"), rerunJson);
    }
    if (parser.isSet(engineOnlyOption)) {
        result.insert(QStringLiteral("peak_rss_kb"), static_cast<qint64>(peakRssKb()));
        QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return 0;
    }

    // ---- metrics alone, and the baselines ----------------------------------------------------------------------
    QByteArray programId;
    QString currency = QStringLiteral("USD");
    QList<TierLevel> levels;
    {
        TierProgramRepository programs(db);
        auto list = programs.programs(false);
        if (list && !list->isEmpty()) {
            programId = list->first().id;
            currency = list->first().currency;
            if (auto l = programs.levels(programId))
                levels = l.value();
        }
    }
    if (!programId.isEmpty()) {
        TierMetrics::Options options;
        options.asOf = today;
        options.certificationsOn = today;
        options.currency = currency;
        options.programId = programId;
        QList<double> runs;
        qint64 measured = 0;
        for (int i = 0; i < std::min(repeat, 5); ++i) {
            TierMetrics metrics(db);
            QElapsedTimer timer;
            timer.start();
            auto all = metrics.measureAll(options);
            runs.append(ms(timer));
            if (all)
                measured = all->size();
        }
        QJsonObject j = stats(runs);
        j.insert(QStringLiteral("partners_measured"), measured);
        result.insert(QStringLiteral("measure_all"), j);

        // Baseline 1: the naive recompute, one set of queries per partner (TierMetrics::measure) and the evaluation.
        QList<QByteArray> sample;
        {
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("SELECT partner_id FROM program_member WHERE deleted_at IS NULL AND program_id = x'%1' "
                                  "ORDER BY local_id")
                       .arg(QString::fromLatin1(programId.toHex())));
            qint64 n = 0;
            const qint64 members = scalar(db, QStringLiteral("SELECT count(*) FROM program_member WHERE deleted_at IS NULL"));
            const qint64 step = std::max<qint64>(1, members / naivePartners);
            while (q.next()) {
                if (n++ % step == 0 && sample.size() < naivePartners)
                    sample.append(q.value(0).toByteArray());
            }
        }
        TierMetrics metrics(db);
        QElapsedTimer timer;
        timer.start();
        int qualifying = 0;
        for (const QByteArray& partner : std::as_const(sample)) {
            auto m = metrics.measure(partner, options);
            if (m && TierEvaluator::evaluate(levels, m.value(), -1).qualifyingIndex >= 0)
                ++qualifying;
        }
        const double sampleMs = ms(timer);
        const qint64 members = scalar(db, QStringLiteral("SELECT count(*) FROM program_member WHERE deleted_at IS NULL"));
        result.insert(QStringLiteral("baseline_naive_per_partner"),
                      QJsonObject { { QStringLiteral("partners_sampled"), sample.size() },
                                    { QStringLiteral("sample_ms"), round2(sampleMs) },
                                    { QStringLiteral("per_partner_ms"), round2(sampleMs / std::max<qsizetype>(1, sample.size())) },
                                    { QStringLiteral("extrapolated_ms"),
                                      round2(sampleMs / std::max<qsizetype>(1, sample.size()) * static_cast<double>(members)) },
                                    { QStringLiteral("qualifying_in_sample"), qualifying } });
    }
    {
        // Baseline 2: certified people per partner by the obvious GROUP BY, the indexes bypassed.
        const QString day = today.toString(Qt::ISODate);
        QList<double> runs;
        qint64 groups = 0;
        for (int i = 0; i < std::min(repeat, 3); ++i) {
            QSqlQuery q(db.connection());
            q.setForwardOnly(true);
            QElapsedTimer timer;
            timer.start();
            if (!q.exec(QStringLiteral("SELECT partner_id, count(DISTINCT contact_id) FROM certification NOT INDEXED "
                                       "WHERE deleted_at IS NULL AND status = 'active' AND acquired_on <= '%1' AND "
                                       "(expires_on IS NULL OR expires_on >= '%1') GROUP BY partner_id")
                            .arg(day))) {
                qCritical("baseline failed: %s", qPrintable(q.lastError().text()));
                break;
            }
            groups = 0;
            while (q.next())
                ++groups;
            runs.append(ms(timer));
        }
        QJsonObject j = stats(runs);
        j.insert(QStringLiteral("partners"), groups);
        result.insert(QStringLiteral("baseline_group_by_not_indexed"), j);
    }

    // ---- first paint of the views ------------------------------------------------------------------------------
    QJsonObject views;
    const auto firstPage = [&](const QString& name, const CertificationFilter& filter, CertificationSort sort, bool descending) {
        views.insert(name, measure(path, repeat, [&](Database& reader) -> qint64 {
                         auto page = CertificationQuery::firstPage(reader, filter, sort, descending, 100);
                         if (!page) {
                             qCritical("%s: %s", qPrintable(name), qPrintable(page.error().toLogString()));
                             return -1;
                         }
                         return page->size();
                     }));
    };
    CertificationFilter all;
    all.today = today;
    const std::pair<const char*, CertificationSort> sorts[] = {
        { "person", CertificationSort::Person },       { "partner", CertificationSort::Partner },
        { "definition", CertificationSort::Definition }, { "acquired", CertificationSort::Acquired },
        { "expires", CertificationSort::Expires },
    };
    for (const auto& [name, sort] : sorts) {
        firstPage(QStringLiteral("certifications_by_%1").arg(QLatin1String(name)), all, sort, false);
        firstPage(QStringLiteral("certifications_by_%1_desc").arg(QLatin1String(name)), all, sort, true);
    }
    CertificationFilter expiring = all;
    expiring.states = { QStringLiteral("expiring") };
    firstPage(QStringLiteral("certifications_state_expiring_by_expires"), expiring, CertificationSort::Expires, false);
    CertificationFilter expired = all;
    expired.states = { QStringLiteral("expired") };
    firstPage(QStringLiteral("certifications_state_expired_by_person"), expired, CertificationSort::Person, false);
    CertificationFilter within30 = all;
    within30.expiringWithinDays = 30;
    firstPage(QStringLiteral("certifications_expiring_30_days_by_expires"), within30, CertificationSort::Expires, false);
    CertificationFilter security = all;
    security.tracks = { QStringLiteral("Security") };
    firstPage(QStringLiteral("certifications_track_security_by_person"), security, CertificationSort::Person, false);
    CertificationFilter search = all;
    search.search = QStringLiteral("ng");
    firstPage(QStringLiteral("certifications_search_ng_by_person"), search, CertificationSort::Person, false);
    firstPage(QStringLiteral("certifications_search_ng_by_person_desc"), search, CertificationSort::Person, true);
    firstPage(QStringLiteral("certifications_search_ng_by_expires"), search, CertificationSort::Expires, false);
    // The "In progress" view (its default sort, and the other ends of the acquisition order).
    CertificationFilter inProgress = all;
    inProgress.states = { QStringLiteral("in_progress") };
    firstPage(QStringLiteral("certifications_state_in_progress_by_person"), inProgress, CertificationSort::Person, false);
    firstPage(QStringLiteral("certifications_state_in_progress_by_acquired"), inProgress, CertificationSort::Acquired, false);
    firstPage(QStringLiteral("certifications_state_in_progress_by_acquired_desc"), inProgress, CertificationSort::Acquired,
              true);
    // A month of the expiry timeline, clicked: the list narrowed to that month's active certificates.
    CertificationFilter month = all;
    month.expiresFrom = QDate(today.year(), today.month(), 1).addMonths(1);
    month.expiresTo = month.expiresFrom.addMonths(1).addDays(-1);
    firstPage(QStringLiteral("certifications_timeline_month_by_person"), month, CertificationSort::Person, false);

    ExpiringFilter expiringView;
    expiringView.today = today;
    expiringView.withinDays = 60;
    expiringView.expiredWithinDays = 30;
    QByteArray busiestPartner;
    // The view paints from its first page of partners; the whole list follows on the worker after that paint.
    views.insert(QStringLiteral("expiring_view_partners"), measure(path, repeat, [&](Database& reader) -> qint64 {
                     auto partners = CertificationQuery::expiringPartners(reader, expiringView,
                                                                                   CertificationQuery::ExpiringFirstPageSize);
                     return partners ? partners->size() : -1;
                 }));
    views.insert(QStringLiteral("expiring_view_partners_all"), measure(path, repeat, [&](Database& reader) -> qint64 {
                     auto partners = CertificationQuery::expiringPartners(reader, expiringView);
                     if (!partners)
                         return -1;
                     int best = -1;
                     for (const ExpiringPartner& p : partners.value()) {
                         if (p.count > best) {
                             best = p.count;
                             busiestPartner = p.partnerId;
                         }
                     }
                     return partners->size();
                 }));
    if (!busiestPartner.isEmpty())
        views.insert(QStringLiteral("expiring_view_one_partner"), measure(path, repeat, [&](Database& reader) -> qint64 {
                         auto rows = CertificationQuery::expiringOf(reader, expiringView, busiestPartner);
                         return rows ? rows->size() : -1;
                     }));
    views.insert(QStringLiteral("expiry_timeline_by_track"), measure(path, repeat, [&](Database& reader) -> qint64 {
                     auto timeline = CertificationQuery::expiryTimeline(reader, all, TimelineGroup::Track);
                     return timeline ? timeline->series.size() : -1;
                 }));
    views.insert(QStringLiteral("expiry_timeline_by_definition"), measure(path, repeat, [&](Database& reader) -> qint64 {
                     auto timeline = CertificationQuery::expiryTimeline(reader, all, TimelineGroup::Definition);
                     return timeline ? timeline->series.size() : -1;
                 }));
    views.insert(QStringLiteral("expiry_timeline_track_security"), measure(path, repeat, [&](Database& reader) -> qint64 {
                     auto timeline = CertificationQuery::expiryTimeline(reader, security, TimelineGroup::Definition);
                     return timeline ? timeline->series.size() : -1;
                 }));

    TierQueueFilter queue;
    queue.today = today;
    views.insert(QStringLiteral("review_queue_first_page"), measure(path, repeat, [&](Database& reader) -> qint64 {
                     auto rows = TierQuery(reader).reviewQueue(queue, 100);
                     return rows ? rows->size() : -1;
                 }));
    views.insert(QStringLiteral("review_queue_count"), measure(path, repeat, [&](Database& reader) -> qint64 {
                     auto n = TierQuery(reader).reviewQueueCount(queue);
                     return n ? n.value() : -1;
                 }));
    TierQueueFilter demotions = queue;
    demotions.kind = QStringLiteral("demotion");
    views.insert(QStringLiteral("review_queue_demotions_first_page"), measure(path, repeat, [&](Database& reader) -> qint64 {
                     auto rows = TierQuery(reader).reviewQueue(demotions, 100);
                     return rows ? rows->size() : -1;
                 }));
    TierAtRiskFilter risk;
    risk.today = today;
    views.insert(QStringLiteral("at_risk_first_page"), measure(path, repeat, [&](Database& reader) -> qint64 {
                     auto rows = TierQuery(reader).atRisk(risk, 100);
                     return rows ? rows->size() : -1;
                 }));
    views.insert(QStringLiteral("at_risk_count"), measure(path, repeat, [&](Database& reader) -> qint64 {
                     auto n = TierQuery(reader).atRiskCount(risk);
                     return n ? n.value() : -1;
                 }));
    QByteArray somePartner;
    {
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT partner_id FROM program_member WHERE deleted_at IS NULL AND pending_kind <> '' "
                                  "ORDER BY local_id LIMIT 1"))
            && q.next())
            somePartner = q.value(0).toByteArray();
    }
    if (!somePartner.isEmpty()) {
        views.insert(QStringLiteral("partner_standings"), measure(path, repeat, [&](Database& reader) -> qint64 {
                         auto rows = TierQuery(reader).standings(somePartner);
                         return rows ? rows->size() : -1;
                     }));
        views.insert(QStringLiteral("partner_history"), measure(path, repeat, [&](Database& reader) -> qint64 {
                         auto rows = TierQuery(reader).history(somePartner);
                         return rows ? rows->size() : -1;
                     }));
    }
    result.insert(QStringLiteral("first_paint"), views);
    result.insert(QStringLiteral("peak_rss_kb"), static_cast<qint64>(peakRssKb()));
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return 0;
}
