#include "PipelineLoader.h"

#include "partners/PartnerRepository.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace ChannelDesk {

namespace {

Q_LOGGING_CATEGORY(lcPipelineUi, "channeldesk.ui.pipeline", QtInfoMsg)

QStringList column(Database& db, const QString& sql)
{
    QStringList values;
    QSqlQuery query(db.connection());
    if (!query.exec(sql)) {
        qCWarning(lcPipelineUi) << "filter choices:" << query.lastError().text();
        return values;
    }
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

PipelineChoices readChoices(Database& db)
{
    PipelineChoices choices;
    // Partner regions have no index: a plain scan of the partner table, here on the worker.
    choices.regions = column(db, QStringLiteral("SELECT DISTINCT region FROM partner WHERE deleted_at IS NULL"
                                                " AND region <> '' ORDER BY region"));
    if (const auto countries = PartnerRepository(db).distinctValues(QStringLiteral("country")); countries)
        choices.countries = countries.value();
    // A skip-scan over deal_sort_cam: one index seek per CAM instead of reading every deal.
    choices.cams = column(db, QStringLiteral("WITH RECURSIVE v(x) AS ("
                                             " SELECT (SELECT min(cam) FROM deal WHERE deleted_at IS NULL AND cam > '')"
                                             " UNION ALL"
                                             " SELECT (SELECT min(cam) FROM deal WHERE deleted_at IS NULL AND cam > v.x)"
                                             " FROM v WHERE v.x IS NOT NULL)"
                                             " SELECT x FROM v WHERE x IS NOT NULL"));
    return choices;
}

} // namespace

PipelineLoader::PipelineLoader(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, &PipelineLoader::poll);
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("pipeline"));
    m_thread->start(QThread::LowPriority);
}

PipelineLoader::~PipelineLoader()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_cancel = true;
    m_wake.notify_all();
    m_thread->wait();
    delete m_thread;
}

quint64 PipelineLoader::request(bool Request::*kind)
{
    {
        const std::lock_guard lock(m_mutex);
        m_pending.*kind = true;
        m_requested = ++m_generation;
    }
    m_wake.notify_all();
    return m_generation;
}

void PipelineLoader::load()
{
    m_cancel = false; // a new load replaces a cancelled one
    request(&Request::load);
}

void PipelineLoader::refresh()
{
    m_cancel = false; // may become a full load when nothing is loaded yet
    request(&Request::refresh);
}

void PipelineLoader::compute(const DealFilter& filter)
{
    {
        const std::lock_guard lock(m_mutex);
        m_filter = filter;
    }
    request(&Request::compute);
}

void PipelineLoader::cancel()
{
    m_cancel = true;
}

void PipelineLoader::poll()
{
    Q_EMIT progress(m_done.load(), m_total.load());
}

void PipelineLoader::run()
{
    // Qt Sql connections belong to the thread that opens them: this one is the worker's, closed when run() ends.
    std::unique_ptr<Database> db;
    PipelineReport report;
    bool loaded = false;
    DealProgram program;

    // Runs `call` on the UI thread; dropped if the loader is gone by then (it waits for this thread first).
    const auto post = [this](auto call) { QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection); };

    for (;;) {
        Request job;
        DealFilter filter;
        quint64 generation = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || m_pending.load || m_pending.refresh || m_pending.compute; });
            if (m_stop)
                return;
            job = std::exchange(m_pending, {});
            filter = m_filter;
            generation = m_requested;
        }

        if (!db) {
            auto opened = Database::open(m_path, Database::Role::Reader);
            if (!opened) {
                const Status status = opened.error();
                post([this, status, generation] {
                    m_loading = false;
                    Q_EMIT loadFinished(status);
                    m_answered = generation;
                    if (isIdle())
                        Q_EMIT idle();
                });
                continue;
            }
            db = std::move(opened).value();
        }

        bool settingsRead = false;
        const auto readSettings = [&] {
            if (auto read = DealSettings(*db).program(); read)
                program = read.value();
            else
                qCWarning(lcPipelineUi) << "deal program:" << read.error().toLogString();
            post([this, program] { Q_EMIT programLoaded(program); });
            settingsRead = true;
        };

        if (job.load || (job.refresh && !loaded)) {
            m_done = 0;
            m_total = 0;
            post([this] {
                m_loading = true;
                m_timer.start();
                Q_EMIT loadStarted();
            });
            QElapsedTimer timer;
            timer.start();
            const Status status = report.load(*db, [this](qint64 done, qint64 total) {
                m_done = done;
                m_total = total;
                return !m_cancel.load();
            });
            // A failed or cancelled load keeps the previous data (PipelineReport::load): still worth showing.
            loaded = loaded || status.ok();
            if (status.ok()) {
                qCInfo(lcPipelineUi) << "loaded" << report.dealCount() << "deals in" << timer.elapsed() << "ms";
                readSettings();
            }
            post([this, status] {
                m_timer.stop();
                poll();
                m_loading = false;
                Q_EMIT loadFinished(status);
            });
        } else if (job.refresh) {
            const Status status = report.refresh(*db);
            readSettings();
            post([this, status] { Q_EMIT refreshFinished(status); });
        }

        if (loaded) {
            PipelineOptions options;
            options.filter = filter;
            options.baseCurrency = program.baseCurrency;
            options.stalledDays = program.stalledDays;
            options.today = filter.today;
            PipelineDashboard dashboard = report.compute(options);
            post([this, dashboard = std::move(dashboard), filter] { Q_EMIT computed(dashboard, filter); });
        }
        // The filter menus after the figures: they only change with the data, and the figures are what is waited for.
        if (settingsRead)
            post([this, choices = readChoices(*db)] { Q_EMIT choicesLoaded(choices); });
        post([this, generation] {
            m_answered = generation;
            if (isIdle())
                Q_EMIT idle();
        });
    }
}

} // namespace ChannelDesk
