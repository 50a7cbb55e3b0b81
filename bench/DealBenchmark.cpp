// Measures the deals list, the pipeline dashboard computation and the DR-04 conflict check on a generated database
// (issue 4), against a bare QTableView + QSqlQueryModel and plain SQL in the same run, and prints JSON.
// Usage: deal-benchmark --database PATH [--repeat N] [--conflicts N] [--today YYYY-MM-DD]
// See bench/run-deal-benchmarks.sh and docs/benchmarks.md.
#include "common/Roles.h"
#include "common/Uuid.h"
#include "deals/DealRepository.h"
#include "deals/DealSettings.h"
#include "deals/DealTableModel.h"
#include "deals/DealWorkflow.h"
#include "deals/DealsScreen.h"
#include "reporting/PipelineReport.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QUndoStack>

#include <sys/resource.h>

#include <algorithm>

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
    const qsizetype i = std::min<qsizetype>(values.size() - 1, static_cast<qsizetype>(p * static_cast<double>(values.size())));
    return values.at(i);
}

double median(const QList<double>& values)
{
    return percentile(values, 0.5);
}

QJsonObject stats(const QList<double>& values)
{
    QJsonArray all;
    for (double v : values)
        all.append(round2(v));
    return { { QStringLiteral("median_ms"), round2(median(values)) },
             { QStringLiteral("max_ms"), round2(percentile(values, 1.0)) },
             { QStringLiteral("runs_ms"), all } };
}

// Paints the widget now, the way the next frame would.
void paint(QWidget* widget)
{
    (void)widget->grab();
}

bool visibleRowsLoaded(QTableView* view, DealTableModel* model)
{
    const int first = view->rowAt(0);
    int last = view->rowAt(view->viewport()->height() - 1);
    if (last < 0)
        last = model->rowCount() - 1;
    if (first < 0)
        return model->rowCount() == 0;
    for (int row = first; row <= last; ++row) {
        if (model->data(model->index(row, 0), Roles::LoadingRole).toBool())
            return false;
    }
    return true;
}

// Waits (processing events) until the view shows real rows, then paints: what the user sees first.
void waitPainted(QTableView* view, DealTableModel* model, QWidget* paintTarget)
{
    QElapsedTimer guard;
    guard.start();
    while (guard.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (!(model->rowCount() == 0 && model->isLoading()) && visibleRowsLoaded(view, model))
            break;
        QThread::usleep(50);
    }
    paint(paintTarget);
}

// Waits until the full order (and exact count) is known, so the next measure starts from a quiet model.
void waitOrder(DealTableModel* model)
{
    QElapsedTimer guard;
    guard.start();
    while (model->isLoading() && guard.elapsed() < 120000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        QThread::usleep(50);
    }
}

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

QString columnName(int column)
{
    switch (column) {
    case DealTableModel::Number: return QStringLiteral("number");
    case DealTableModel::Kind: return QStringLiteral("kind");
    case DealTableModel::Partner: return QStringLiteral("partner");
    case DealTableModel::Customer: return QStringLiteral("customer");
    case DealTableModel::Status: return QStringLiteral("status");
    case DealTableModel::Stage: return QStringLiteral("stage");
    case DealTableModel::Probability: return QStringLiteral("probability");
    case DealTableModel::Amount: return QStringLiteral("amount");
    case DealTableModel::ExpectedClose: return QStringLiteral("expected_close");
    case DealTableModel::Expires: return QStringLiteral("expires");
    case DealTableModel::Submitted: return QStringLiteral("submitted");
    case DealTableModel::Cam: return QStringLiteral("cam");
    default: return QString::number(column);
    }
}

/// A few headline figures, so a run shows the dashboard computed something real.
QJsonObject summary(const PipelineDashboard& d)
{
    return { { QStringLiteral("open_count"), d.openCount },
             { QStringLiteral("open_minor"), d.openMinor },
             { QStringLiteral("weighted_minor"), d.weightedMinor },
             { QStringLiteral("won_count"), d.wonCount },
             { QStringLiteral("lost_count"), d.lostCount },
             { QStringLiteral("stages"), d.byStage.size() },
             { QStringLiteral("partners"), d.byPartner.size() },
             { QStringLiteral("countries"), d.byCountry.size() },
             { QStringLiteral("quarters"), d.byQuarter.size() },
             { QStringLiteral("past_close"), d.pastClose.count },
             { QStringLiteral("stalled"), d.stalled.count },
             { QStringLiteral("conversion_rate"), round2(d.conversionRate * 100) },
             { QStringLiteral("unconverted_deals"), d.unconvertedDeals } };
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "channeldesk.*.info=false");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("channeldesk-benchmark"));
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("Generated database."),
                                            QStringLiteral("path"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Runs per measure (default 5)."),
                                          QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption conflictsOption(QStringLiteral("conflicts"),
                                             QStringLiteral("Registrations whose conflicts are checked (default 200)."),
                                             QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption todayOption(QStringLiteral("today"),
                                         QStringLiteral("Reference day of reports and checks (default today)."),
                                         QStringLiteral("date"));
    parser.addOptions({ databaseOption, repeatOption, conflictsOption, todayOption });
    parser.process(app);
    const QString path = parser.value(databaseOption);
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const int conflictSamples = std::max(1, parser.value(conflictsOption).toInt());
    const QDate today = parser.isSet(todayOption) ? QDate::fromString(parser.value(todayOption), Qt::ISODate)
                                                  : QDate::currentDate();
    if (path.isEmpty() || !today.isValid()) {
        qCritical("--database is required; --today is YYYY-MM-DD");
        return 2;
    }

    QJsonObject result;
    QElapsedTimer timer;

    auto opened = Database::open(path);
    if (!opened) {
        qCritical("%s", qPrintable(opened.error().toLogString()));
        return 1;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    result.insert(QStringLiteral("deals"), scalar(*db, QStringLiteral("SELECT count(*) FROM deal WHERE deleted_at IS NULL")));
    result.insert(QStringLiteral("registrations"),
                  scalar(*db, QStringLiteral("SELECT count(*) FROM deal WHERE deleted_at IS NULL AND kind = 'registration'")));
    result.insert(QStringLiteral("partners"), scalar(*db, QStringLiteral("SELECT count(*) FROM partner WHERE deleted_at IS NULL")));
    result.insert(QStringLiteral("today"), today.toString(Qt::ISODate));
    const Result<DealProgram> program = DealSettings(*db).program();
    if (!program) {
        qCritical("%s", qPrintable(program.error().toLogString()));
        return 1;
    }

    // ---- Baseline: a bare QTableView over QSqlQueryModel, and plain SQL for the by-stage figures ----------------
    {
        QList<double> firstPaint;
        QList<double> sortAmount;
        QList<double> sortCustomer;
        QList<double> groupByStage;
        for (int i = 0; i < repeat; ++i) {
            QTableView view;
            view.resize(1100, 700);
            QSqlQueryModel model;
            view.show();
            timer.start();
            model.setQuery(QStringLiteral("SELECT * FROM deal"), db->connection());
            view.setModel(&model);
            paint(&view);
            firstPaint.append(ms(timer));
            timer.start();
            model.setQuery(QStringLiteral("SELECT * FROM deal WHERE deleted_at IS NULL ORDER BY amount_minor DESC"),
                           db->connection());
            paint(&view);
            sortAmount.append(ms(timer));
            timer.start();
            model.setQuery(QStringLiteral("SELECT * FROM deal WHERE deleted_at IS NULL ORDER BY customer_name"),
                           db->connection());
            paint(&view);
            sortCustomer.append(ms(timer));

            // Open deals per stage: counts and raw sums per currency (no conversion, no weighting, no filter).
            timer.start();
            QSqlQuery query(db->connection());
            query.exec(QStringLiteral("SELECT sales_stage, currency, count(*), sum(amount_minor) FROM deal "
                                      "WHERE deleted_at IS NULL AND status IN ('submitted', 'under_review', "
                                      "'pending_approval', 'approved', 'open') GROUP BY sales_stage, currency"));
            int groups = 0;
            while (query.next())
                ++groups;
            groupByStage.append(ms(timer));
            result.insert(QStringLiteral("baseline_group_by_rows"), groups);
        }
        result.insert(QStringLiteral("baseline"),
                      QJsonObject { { QStringLiteral("qsqlquerymodel_first_paint"), stats(firstPaint) },
                                    { QStringLiteral("qsqlquerymodel_sort_amount_desc"), stats(sortAmount) },
                                    { QStringLiteral("qsqlquerymodel_sort_customer"), stats(sortCustomer) },
                                    { QStringLiteral("sql_group_by_stage"), stats(groupByStage) } });
    }

    // ---- The deals list: DealTableModel in a plain QTableView (like for like), then the real DealsScreen --------
    QList<double> tableFirstPaint;
    for (int i = 0; i < repeat; ++i) {
        QTableView view;
        view.resize(1100, 700);
        view.show();
        timer.start();
        DealTableModel model(path);
        view.setModel(&model);
        waitPainted(&view, &model, &view);
        tableFirstPaint.append(ms(timer));
        waitOrder(&model);
    }

    QList<double> firstPaint;
    QList<double> orderKnown;
    QMap<QString, QList<double>> sorts;
    QUndoStack undo;
    for (int i = 0; i < repeat; ++i) {
        timer.start();
        DealsScreen screen(*db, undo);
        screen.resize(1300, 760);
        screen.show();
        DealTableModel* model = screen.model();
        QTableView* view = screen.view();
        waitPainted(view, model, &screen);
        firstPaint.append(ms(timer));
        waitOrder(model);
        orderKnown.append(ms(timer));
        result.insert(QStringLiteral("list_rows"), model->rowCount());

        for (int column = 0; column < DealTableModel::ColumnCount; ++column) {
            if (!DealTableModel::sortForColumn(column))
                continue;
            for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                timer.start();
                model->sort(column, order);
                waitPainted(view, model, view);
                sorts[QStringLiteral("sort_%1_%2").arg(columnName(column),
                                                       order == Qt::AscendingOrder ? QStringLiteral("asc")
                                                                                   : QStringLiteral("desc"))]
                    .append(ms(timer));
                waitOrder(model);
            }
        }
    }
    QJsonObject list { { QStringLiteral("table_first_paint"), stats(tableFirstPaint) },
                       { QStringLiteral("screen_first_paint"), stats(firstPaint) },
                       { QStringLiteral("full_order_known"), stats(orderKnown) } };
    double slowestSort = 0;
    QString slowestSortName;
    for (auto it = sorts.cbegin(); it != sorts.cend(); ++it) {
        list.insert(it.key(), stats(it.value()));
        if (median(it.value()) > slowestSort) {
            slowestSort = median(it.value());
            slowestSortName = it.key();
        }
    }
    list.insert(QStringLiteral("slowest_sort"), slowestSortName);
    list.insert(QStringLiteral("slowest_sort_median_ms"), round2(slowestSort));
    result.insert(QStringLiteral("deals_list"), list);

    // ---- Pipeline dashboard -----------------------------------------------------------------------------------
    {
        QList<double> loads;
        QList<double> refreshes;
        QList<double> computeAll;
        QMap<QString, QList<double>> filtered;
        PipelineDashboard all;
        PipelineDashboard last;
        for (int i = 0; i < repeat; ++i) {
            PipelineReport report;
            timer.start();
            if (Status status = report.load(*db); !status) {
                qCritical("%s", qPrintable(status.error().toLogString()));
                return 1;
            }
            loads.append(ms(timer));
            timer.start();
            if (Status status = report.refresh(*db); !status) {
                qCritical("%s", qPrintable(status.error().toLogString()));
                return 1;
            }
            refreshes.append(ms(timer));
            if (i == 0)
                result.insert(QStringLiteral("refresh_reread"), report.lastRefresh().reread);

            PipelineOptions options;
            options.baseCurrency = program->baseCurrency;
            options.stalledDays = program->stalledDays;
            options.today = today;
            options.filter.today = today;
            timer.start();
            all = report.compute(options);
            computeAll.append(ms(timer));

            // Filter changes: one partner (the largest), one tier, one country, one CAM.
            QList<QPair<QString, DealFilter>> filters;
            DealFilter f = options.filter;
            if (!all.byPartner.isEmpty()) {
                DealFilter byPartner = f;
                byPartner.partnerIds = { Uuid::fromString(all.byPartner.first().key) };
                filters.append({ QStringLiteral("filter_partner"), byPartner });
            }
            DealFilter byTier = f;
            byTier.tiers = { QStringLiteral("gold") };
            filters.append({ QStringLiteral("filter_tier_gold"), byTier });
            DealFilter byCountry = f;
            byCountry.countries = { QStringLiteral("VN") };
            filters.append({ QStringLiteral("filter_country_vn"), byCountry });
            DealFilter byDates = f;
            byDates.closeFrom = today;
            byDates.closeTo = today.addDays(180);
            filters.append({ QStringLiteral("filter_next_6_months"), byDates });
            for (const auto& [name, filter] : filters) {
                PipelineOptions o = options;
                o.filter = filter;
                timer.start();
                last = report.compute(o);
                filtered[name].append(ms(timer));
                if (i == 0)
                    result.insert(name + QStringLiteral("_open_count"), last.openCount);
            }
        }
        QJsonObject dashboard { { QStringLiteral("load"), stats(loads) },
                                { QStringLiteral("refresh_unchanged"), stats(refreshes) },
                                { QStringLiteral("compute_all"), stats(computeAll) },
                                { QStringLiteral("figures"), summary(all) } };
        double slowestFilter = 0;
        for (auto it = filtered.cbegin(); it != filtered.cend(); ++it) {
            dashboard.insert(it.key(), stats(it.value()));
            slowestFilter = std::max(slowestFilter, median(it.value()));
        }
        dashboard.insert(QStringLiteral("slowest_filter_median_ms"), round2(slowestFilter));
        result.insert(QStringLiteral("dashboard"), dashboard);
    }

    // ---- DR-04 conflict check of single registrations -------------------------------------------------------
    {
        QList<QByteArray> ids;
        {
            QSqlQuery query(db->connection());
            query.exec(QStringLiteral("SELECT id FROM deal WHERE deleted_at IS NULL AND kind = 'registration' "
                                      "ORDER BY local_id"));
            while (query.next())
                ids.append(query.value(0).toByteArray());
        }
        QRandomGenerator random(20261127); // the same sample in every run
        DealRepository repository(*db);
        QList<double> times;
        qint64 withSimilar = 0;
        qint64 similarTotal = 0;
        for (int i = 0; i < conflictSamples && !ids.isEmpty(); ++i) {
            const Result<Deal> deal = repository.get(ids.at(random.bounded(static_cast<int>(ids.size()))));
            if (!deal)
                continue;
            timer.start();
            const Result<QList<SimilarDeal>> similar = repository.similar(*deal, today);
            times.append(ms(timer));
            if (similar && !similar->isEmpty()) {
                ++withSimilar;
                similarTotal += similar->size();
            }
        }
        result.insert(QStringLiteral("conflict_check"),
                      QJsonObject { { QStringLiteral("samples"), times.size() },
                                    { QStringLiteral("p50_ms"), round2(percentile(times, 0.5)) },
                                    { QStringLiteral("p95_ms"), round2(percentile(times, 0.95)) },
                                    { QStringLiteral("max_ms"), round2(percentile(times, 1.0)) },
                                    { QStringLiteral("with_similar"), withSimilar },
                                    { QStringLiteral("similar_found"), similarTotal } });
    }

    result.insert(QStringLiteral("peak_rss_mb"), qRound(peakRssKb() / 1024.0 * 10) / 10.0);
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return 0;
}
