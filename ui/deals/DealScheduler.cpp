#include "DealScheduler.h"

#include <QTimer>

#include "common/Timestamp.h"
#include "deals/DealQuery.h"
#include "deals/DealRepository.h"
#include "deals/DealSettings.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QThread>

namespace ChannelDesk {

namespace {

Q_LOGGING_CATEGORY(lcDealScheduler, "channeldesk.ui.deals.scheduler", QtInfoMsg)

// Approved registrations expiring within the window (DR-08), counted with the deals list's own filter.
Result<int> countExpiring(Database& db, int windowDays)
{
    DealFilter filter;
    filter.kind = QStringLiteral("registration");
    filter.expiringWithinDays = windowDays;
    const DealSql sql = DealQuery::build(filter, DealSort::Expires, false);
    static const QRegularExpression usesPartner(QStringLiteral("\\bp\\."));
    const QString from = usesPartner.match(sql.where).hasMatch() ? QStringLiteral("deal d JOIN partner p ON p.id = d.partner_id")
                                                                 : QStringLiteral("deal d");
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(from, sql.where));
    for (const QVariant& value : sql.values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return Sql::errorFrom(query);
    return query.value(0).toInt();
}

// DR-03: registrations waiting for `me` (the deals list's own filter) and the oldest submission among them.
Status countWaiting(Database& db, const QString& me, int& count, QDateTime& oldest)
{
    count = 0;
    oldest = {};
    if (me.isEmpty())
        return {}; // nobody to wait for (an empty filter would count every deal)
    DealFilter filter;
    filter.waitingFor = me;
    const DealSql sql = DealQuery::build(filter, DealSort::Submitted, false);
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT count(*), min(d.submitted_at) FROM deal d WHERE %1").arg(sql.where));
    for (const QVariant& value : sql.values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return Sql::errorFrom(query);
    count = query.value(0).toInt();
    oldest = Timestamp::fromStorage(query.value(1).toString());
    return {};
}

} // namespace

DealScheduler::DealScheduler(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
    connect(&m_timer, &QTimer::timeout, this, &DealScheduler::runNow);
}

DealScheduler::~DealScheduler()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void DealScheduler::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
    runNow();
}

void DealScheduler::stop()
{
    m_timer.stop();
}

void DealScheduler::runNow()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        m_status = {};
        m_expired = 0;
        m_expiring = 0;
        m_archived = 0;
        m_archivedLatest = {};
        m_waiting = -1;
        // Qt Sql connections belong to the thread that opens them: the worker opens its own. Editor role: the
        // expiry is a user-visible change with outbox entries and must survive a power loss like any edit.
        auto opened = Database::open(m_path, Database::Role::Editor);
        if (!opened) {
            m_status = opened.error();
            return;
        }
        Database& db = *opened.value();
        const Result<DealProgram> program = DealSettings(db).program();
        m_windowDays = program ? program->expiringWindowDays : DealProgram().expiringWindowDays;
        // The user's local calendar day decides (DR-06): a deal expiring "on the 5th" lapses once the 5th is over here.
        const Result<int> expired = DealRepository(db).expireDue(QDate::currentDate());
        if (!expired) {
            m_status = expired.error();
            return;
        }
        m_expired = expired.value();
        const Result<int> expiring = countExpiring(db, m_windowDays);
        if (!expiring) {
            m_status = expiring.error();
            return;
        }
        m_expiring = expiring.value();
        const DealSettings settings(db);
        const auto archived = DealRepository(db).archivedForOwner(settings.me(), settings.archiveNoticeSeen());
        if (!archived) {
            m_status = archived.error();
            return;
        }
        m_archived = archived->count;
        m_archivedLatest = archived->latest;

        // DR-03 reminders at the program's interval; the notice goes as soon as nothing waits.
        int waiting = 0;
        QDateTime oldest;
        if (Status status = countWaiting(db, settings.me(), waiting, oldest); !status) {
            m_status = status;
            return;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const int interval = program ? program->approvalReminderHours : DealProgram().approvalReminderHours;
        const QDateTime reminded = settings.approvalRemindedAt();
        if (waiting == 0) {
            m_waiting = 0;
        } else if (interval > 0 && (!reminded.isValid() || reminded.secsTo(now) >= qint64(interval) * 3600 - 60)) {
            m_waiting = waiting;
            m_waitingHours = oldest.isValid() ? int(oldest.secsTo(now) / 3600) : 0;
            if (Status status = DealSettings(db).setApprovalRemindedAt(now); !status) {
                m_status = status;
                return;
            }
        }
    });
    m_thread->setObjectName(QStringLiteral("deal-scheduler"));
    connect(m_thread, &QThread::finished, this, &DealScheduler::onThreadFinished);
    m_thread->start(QThread::LowPriority);
}

void DealScheduler::onThreadFinished()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    if (!m_status) {
        qCWarning(lcDealScheduler) << "expiry pass failed:" << m_status.error().toLogString();
        // Another connection holding a long write (an import, sample data) is not the user's problem: try again soon.
        const QString detail = m_status.error().detail;
        if (detail.contains(QLatin1String("database is locked")) || detail.contains(QLatin1String("database is busy"))) {
            QTimer::singleShot(std::chrono::seconds(30), this, &DealScheduler::runNow);
            return;
        }
        Q_EMIT failed(m_status.error().message);
        return;
    }
    qCInfo(lcDealScheduler) << "expired" << m_expired << "registrations;" << m_expiring << "expire within" << m_windowDays
                            << "days";
    Q_EMIT expired(m_expired);
    Q_EMIT expiringSoon(m_expiring, m_windowDays);
    Q_EMIT archivedForMe(m_archived, m_archivedLatest);
    if (m_waiting >= 0)
        Q_EMIT approvalsWaiting(m_waiting, m_waitingHours);
}

} // namespace ChannelDesk
