// Measures the real partners screen on a generated database, against a bare QTableView + QSqlQueryModel on the
// same table in the same run, and prints JSON. Usage: partner-list-benchmark --database PATH [--repeat N]
#include "partners/PartnerActions.h"
#include "partners/PartnerFilterBar.h"
#include "partners/PartnerTableModel.h"
#include "partners/PartnersScreen.h"
#include "common/Roles.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QStandardPaths>
#include <QThread>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <sys/resource.h>

#include <algorithm>

using namespace ChannelDesk;

namespace {

double ms(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QJsonObject stats(const QList<double>& values)
{
    QJsonArray all;
    for (double v : values)
        all.append(qRound(v * 100) / 100.0);
    return { { QStringLiteral("median_ms"), qRound(median(values) * 100) / 100.0 }, { QStringLiteral("runs_ms"), all } };
}

// Paints the widget now, the way the next frame would.
void paint(QWidget* widget)
{
    (void)widget->grab();
}

bool visibleRowsLoaded(QTableView* view, PartnerTableModel* model)
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

// Waits (processing events) until the view shows real rows, then paints.
void waitPainted(QTableView* view, PartnerTableModel* model, QWidget* paintTarget)
{
    QElapsedTimer guard;
    guard.start();
    while (guard.elapsed() < 30000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (!(model->rowCount() == 0 && model->isLoading()) && visibleRowsLoaded(view, model))
            break;
        QThread::usleep(50);
    }

    paint(paintTarget);
}

void waitOrder(PartnerTableModel* model)
{
    QElapsedTimer guard;
    guard.start();
    while (model->isLoading() && guard.elapsed() < 60000) {
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

const QString BaselineColumns = QStringLiteral(
    "name, partner_type, tier, stage, country, city, owner, next_review, revenue_minor, updated_at");

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
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
    const QCommandLineOption searchOption(QStringLiteral("search"), QStringLiteral("Text typed in the search box."),
                                          QStringLiteral("text"), QStringLiteral("nguyen"));
    parser.addOptions({ databaseOption, repeatOption, searchOption });
    parser.process(app);
    const QString path = parser.value(databaseOption);
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    if (path.isEmpty()) {
        qCritical("--database is required");
        return 2;
    }

    QJsonObject result;
    QElapsedTimer timer;

    // Opening the database (editor connection, schema check, pragmas).
    QList<double> openTimes;
    std::unique_ptr<Database> db;
    for (int i = 0; i < repeat; ++i) {
        db.reset();
        timer.start();
        auto opened = Database::open(path);
        openTimes.append(ms(timer));
        if (!opened) {
            qCritical("%s", qPrintable(opened.error().toLogString()));
            return 1;
        }
        db = std::move(opened).value();
    }
    result.insert(QStringLiteral("database_open"), stats(openTimes));
    {
        QSqlQuery count(db->connection());
        count.exec(QStringLiteral("SELECT count(*) FROM partner WHERE deleted_at IS NULL"));
        count.next();
        result.insert(QStringLiteral("partners"), count.value(0).toLongLong());
    }

    // Baseline: a bare QTableView over QSqlQueryModel on the same table and order.
    {
        QList<double> firstPaint;
        QList<double> sortName;
        QList<double> sortCountry;
        for (int i = 0; i < repeat; ++i) {
            QTableView view;
            view.resize(1100, 700);
            QSqlQueryModel model;
            view.show();
            timer.start();
            model.setQuery(QStringLiteral("SELECT %1 FROM partner WHERE deleted_at IS NULL ORDER BY name_key").arg(BaselineColumns),
                           db->connection());
            view.setModel(&model);
            paint(&view);
            firstPaint.append(ms(timer));
            timer.start();
            model.setQuery(QStringLiteral("SELECT %1 FROM partner WHERE deleted_at IS NULL ORDER BY name_key DESC").arg(BaselineColumns),
                           db->connection());
            paint(&view);
            sortName.append(ms(timer));
            timer.start();
            model.setQuery(QStringLiteral("SELECT %1 FROM partner WHERE deleted_at IS NULL ORDER BY country, name_key").arg(BaselineColumns),
                           db->connection());
            paint(&view);
            sortCountry.append(ms(timer));
        }
        result.insert(QStringLiteral("baseline_qsqlquerymodel"),
                      QJsonObject { { QStringLiteral("first_paint"), stats(firstPaint) },
                                    { QStringLiteral("sort_name"), stats(sortName) },
                                    { QStringLiteral("sort_country"), stats(sortCountry) } });
    }

    // Like for like with the baseline: the lazy model in a plain QTableView of the same size.
    QList<double> tableFirstPaint;
    for (int i = 0; i < repeat; ++i) {
        QTableView view;
        view.resize(1100, 700);
        view.show();
        timer.start();
        PartnerTableModel model(path);
        view.setModel(&model);
        waitPainted(&view, &model, &view);
        tableFirstPaint.append(ms(timer));
        waitOrder(&model);
    }

    // ChannelDesk: the real partners screen (filter bar, list, detail panel).
    QList<double> firstPaint;
    QList<double> orderKnown;
    QList<double> sortName;
    QList<double> sortCountry;
    QList<double> keystroke;
    QList<double> jumpLast;
    QUndoStack undo;
    PartnerActions actions(*db, &undo);
    for (int i = 0; i < repeat; ++i) {
        timer.start();
        PartnersScreen screen(*db, actions);
        screen.resize(1300, 760);
        screen.show();
        PartnerTableModel* model = screen.model();
        QTableView* view = screen.view();
        waitPainted(view, model, &screen);
        firstPaint.append(ms(timer));

        waitOrder(model);
        orderKnown.append(ms(timer));

        timer.start();
        model->sort(PartnerTableModel::Name, Qt::DescendingOrder);
        waitPainted(view, model, view);
        sortName.append(ms(timer));
        waitOrder(model);

        timer.start();
        model->sort(PartnerTableModel::Country, Qt::AscendingOrder);
        waitPainted(view, model, view);
        sortCountry.append(ms(timer));
        waitOrder(model);

        timer.start();
        view->scrollToBottom();
        waitPainted(view, model, view);
        jumpLast.append(ms(timer));

        // Type the search text; time the last keystroke until its results are painted.
        QLineEdit* search = screen.filterBar()->searchBox();
        search->clear();
        waitOrder(model);
        const QString text = parser.value(searchOption);
        for (qsizetype c = 0; c < text.size(); ++c) {
            const bool last = c == text.size() - 1;
            if (last)
                timer.start();
            QTest::keyClick(search, text.at(c).toLatin1());
            waitPainted(view, model, view);
            if (last)
                keystroke.append(ms(timer));
        }
        result.insert(QStringLiteral("search_results"), model->isLoading() ? -1 : model->rowCount());
        waitOrder(model);
        result.insert(QStringLiteral("search_results"), model->rowCount());
    }
    result.insert(QStringLiteral("channeldesk"),
                  QJsonObject { { QStringLiteral("table_first_paint"), stats(tableFirstPaint) },
                                { QStringLiteral("screen_first_paint"), stats(firstPaint) },
                                { QStringLiteral("full_order_known"), stats(orderKnown) },
                                { QStringLiteral("sort_name"), stats(sortName) },
                                { QStringLiteral("sort_country"), stats(sortCountry) },
                                { QStringLiteral("search_keystroke"), stats(keystroke) },
                                { QStringLiteral("jump_to_last_row"), stats(jumpLast) } });
    const double baseline = result.value(QStringLiteral("baseline_qsqlquerymodel"))
                                .toObject()
                                .value(QStringLiteral("first_paint"))
                                .toObject()
                                .value(QStringLiteral("median_ms"))
                                .toDouble();
    result.insert(QStringLiteral("table_first_paint_vs_baseline"),
                  baseline > 0 ? qRound(median(tableFirstPaint) / baseline * 100) / 100.0 : 0);
    result.insert(QStringLiteral("search_text"), parser.value(searchOption));
    result.insert(QStringLiteral("peak_rss_mb"), qRound(peakRssKb() / 1024.0 * 10) / 10.0);
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return 0;
}
