#include "TierEngine.h"

#include "TierEvaluator.h"
#include "TierMetrics.h"
#include "TierPendingWriter.h"
#include "TierSql.h"
#include "TierWriteQueue.h"
#include "TrainingSettings.h"
#include "common/Logging.h"
#include "common/Timestamp.h"
#include "storage/Database.h"
#include "storage/RecordIo.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVarLengthArray>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace ChannelDesk {

namespace {

struct EngineTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::TierEngine)
};

using TierSql::Statement;

const QString SystemActor = QStringLiteral("system");
const QString Upgrade = QStringLiteral("upgrade");
const QString Demotion = QStringLiteral("demotion");
constexpr size_t SplitScanMembers = 5000; // from this many members on, certifications are read by two threads

using TierSql::IdKey;
using TierSql::IdKeyHash;

struct ProgramRow
{
    QByteArray id;
    QString name;
    QString currency;
    bool autoUpgrade = false;
};

/// A member as read at the start of the run: ids as keys (no allocation per row for 100,000 members).
struct MemberRow
{
    IdKey id;
    IdKey partner;
    IdKey level;
    IdKey pending;
    QString pendingKind;
    QByteArray pendingReasons;   ///< these as stored: the pending write's guard and base values
    QByteArray pendingSince;     ///< null: NULL
    qint64 serverVersion = 0;
    bool hasServerVersion = false;
};

/// A stored text column as bytes; the common value shares one buffer (most members have no pending change).
QByteArray columnBytes(const TierSql::Statement& row, int column, const QByteArray& common)
{
    if (row.isNull(column))
        return {};
    const std::string_view text = row.text(column);
    if (text.size() == size_t(common.size()) && text == std::string_view(common.constData(), text.size()))
        return common;
    return QByteArray(text.data(), qsizetype(text.size()));
}

/// A CAM's "rejected" or "kept" still within the snooze days.
struct Snooze
{
    QString kind;      ///< upgrade (rejected) or demotion (kept)
    IdKey fromLevel;   ///< the member's level when decided: a level change since ends the snooze
    IdKey toLevel;     ///< the level that was refused
};

/// A stored standing's content (computed_at aside: it is when the content last changed), as comparable bytes in
/// one shared buffer (100,000 rows: no allocation per row).
struct StoredStanding
{
    qsizetype offset = 0;
    qsizetype size = 0;
    bool seen = false;
};

/// Appends one column's value to a standing's comparable form: a type mark, the length (raw bytes), the bytes.
/// Raw, not text: this runs twice for each of 100,000 members.
/// A std::string, not a QByteArray: QByteArray's appends are out-of-line calls with a detach check each, and this
/// builds ~14 columns for each of 100,000 members twice.
void put(std::string& out, char type, QByteArrayView bytes)
{
    const qint32 size = qint32(bytes.size());
    out.push_back(type);
    out.append(reinterpret_cast<const char*>(&size), sizeof size);
    out.append(bytes.data(), size_t(bytes.size()));
}

void putInt(std::string& out, qint64 value)
{
    out.push_back('i');
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

/// Decimal digits of a non-negative count, without allocating.
void appendNumber(QByteArray& out, qint64 value)
{
    char digits[24];
    int at = int(sizeof digits);
    const bool negative = value < 0;
    quint64 rest = negative ? quint64(0) - quint64(value) : quint64(value);
    do {
        digits[--at] = char('0' + rest % 10);
        rest /= 10;
    } while (rest != 0);
    if (negative)
        digits[--at] = '-';
    out.append(digits + at, qsizetype(sizeof digits) - at);
}

/// Appends the comparable form of a stored row's columns from `first` on, read as SQLite holds them.
void storedContent(std::string& out, const TierSql::Statement& row, int first, int count)
{
    for (int column = first; column < first + count; ++column) {
        switch (sqlite3_column_type(row.get(), column)) {
        case SQLITE_NULL:
            out.push_back('N');
            break;
        case SQLITE_INTEGER:
            putInt(out, row.int64(column));
            break;
        case SQLITE_BLOB: {
            const std::string_view blob = row.blobView(column);
            put(out, 'b', QByteArrayView(blob.data(), qsizetype(blob.size())));
            break;
        }
        default: {
            const std::string_view text = row.text(column);
            put(out, 't', QByteArrayView(text.data(), qsizetype(text.size())));
            break;
        }
        }
    }
}

/// Writes a new standing's comparable form, in the column order of storedContent(), into `out` (cleared first; its
/// capacity is reused member after member). as_of is written, not compared.
void standingContent(const TierWriteQueue::Standing& standing, std::string& out)
{
    out.clear(); // as_of is not content: a standing re-checked on a later day is unchanged (lastFullRunDay)
    if (standing.levelId.isEmpty())
        out.push_back('N');
    else
        put(out, 'b', standing.levelId.view());
    if (standing.qualifiesLevelId.isEmpty())
        out.push_back('N');
    else
        put(out, 'b', standing.qualifiesLevelId.view());
    putInt(out, standing.revenueMinor);
    putInt(out, standing.certified);
    put(out, 't', standing.trackCounts);
    putInt(out, standing.approvedRegistrations);
    putInt(out, standing.closedWon);
    putInt(out, standing.points);
    putInt(out, standing.atRisk ? 1 : 0);
    if (standing.atRiskOn.isEmpty())
        out.push_back('N');
    else
        put(out, 't', standing.atRiskOn);
    put(out, 't', standing.atRiskReasons);
}

QString localDayStart(const QDate& day)
{
    return Timestamp::toStorage(QDateTime(day, QTime(0, 0), Qt::LocalTime).toUTC());
}

/// A JSON string literal (quotes, backslashes and control characters escaped), UTF-8.
QByteArray jsonString(const QString& text)
{
    QByteArray out("\"");
    for (const char c : text.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(c);
        } else if (u < 0x20) {
            out.append("\\u00");
            out.append("0123456789abcdef"[u >> 4]);
            out.append("0123456789abcdef"[u & 0xf]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
    return out;
}

/// Each track's JSON string, escaped once per run (a program has a handful of tracks): a short list searched in
/// order, cheaper than hashing the name for every member.
class TrackNames
{
public:
    const QByteArray& json(const QString& track)
    {
        for (const auto& [name, json] : m_known) {
            if (name == track)
                return json;
        }
        m_known.emplace_back(track, jsonString(track));
        return m_known.back().second;
    }

private:
    std::vector<std::pair<QString, QByteArray>> m_known;
};

/// {"track":people,…} with the keys sorted (stable text to compare with the stored one), built without QJson: it
/// runs for every member. Tracks with nobody are left out unless `withZeros` (the events' detail lists them all).
QByteArray trackCountsJson(const QHash<QString, int>& counts, TrackNames& names, bool withZeros = false)
{
    QVarLengthArray<std::pair<const QString*, int>, 8> tracks;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (withZeros || it.value() > 0)
            tracks.append({ &it.key(), it.value() });
    }
    if (tracks.isEmpty())
        return QByteArrayLiteral("{}");
    std::sort(tracks.begin(), tracks.end(), [](const auto& a, const auto& b) { return *a.first < *b.first; });
    QByteArray out;
    out.reserve(16 * tracks.size() + 2);
    out.append('{');
    for (const auto& [track, people] : tracks) {
        if (out.size() > 1)
            out.append(',');
        out.append(names.json(*track));
        out.append(':');
        appendNumber(out, people);
    }
    out.append('}');
    return out;
}

/// A change event's detail: what the member achieved (as of, revenue and currency, certified people overall and
/// per track, approved registrations, closed won, points), the level's criteria when given and one extra key
/// (the pending kind replaced or withdrawn). The text QJsonDocument writes for that object (compact, keys sorted),
/// built directly: it runs for every member change.
QString changeDetail(const PartnerMetrics& metrics, TrackNames& names, const QByteArray& asOfJson,
                     const QByteArray& criteriaJson, const char* extraKey, const QString& extraValue)
{
    const auto number = [](qint64 value) {
        QByteArray out;
        appendNumber(out, value);
        return out;
    };
    QVarLengthArray<std::pair<const char*, QByteArray>, 12> entries;
    entries.append({ "as_of", asOfJson });
    entries.append({ "revenue_minor", number(metrics.revenueMinor) });
    entries.append({ "currency", jsonString(metrics.currency) });
    entries.append({ "certified", number(metrics.certifiedPeople) });
    entries.append({ "certified_by_track", trackCountsJson(metrics.certifiedByTrack, names, true) });
    entries.append({ "approved_registrations", number(metrics.approvedRegistrations) });
    entries.append({ "closed_won", number(metrics.closedWon) });
    entries.append({ "points", number(metrics.points) });
    if (!criteriaJson.isEmpty())
        entries.append({ "criteria", criteriaJson });
    if (extraKey)
        entries.append({ extraKey, jsonString(extraValue) });
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return std::strcmp(a.first, b.first) < 0; });
    QByteArray out("{");
    for (const auto& [key, value] : entries) {
        if (out.size() > 1)
            out.append(',');
        out.append('"');
        out.append(key);
        out.append("\":");
        out.append(value);
    }
    out.append('}');
    return QString::fromUtf8(out);
}

QJsonObject levelCriteria(const TierLevel& level)
{
    QJsonObject criteria { { QStringLiteral("level"), level.name }, { QStringLiteral("rank"), level.rank } };
    if (level.minRevenueMinor)
        criteria.insert(QStringLiteral("min_revenue_minor"), *level.minRevenueMinor);
    if (level.minCertifiedPeople)
        criteria.insert(QStringLiteral("min_certified"), *level.minCertifiedPeople);
    if (!level.trackRequirements.isEmpty())
        criteria.insert(QStringLiteral("track_requirements"),
                        QJsonDocument::fromJson(trackRequirementsToJson(level.trackRequirements).toUtf8()).array());
    if (level.minApprovedRegistrations)
        criteria.insert(QStringLiteral("min_approved_registrations"), *level.minApprovedRegistrations);
    if (level.minClosedWon)
        criteria.insert(QStringLiteral("min_closed_won"), *level.minClosedWon);
    if (level.minPoints)
        criteria.insert(QStringLiteral("min_points"), *level.minPoints);
    return criteria;
}

bool hasCertificationCriteria(const TierLevel& level)
{
    return (level.minCertifiedPeople && *level.minCertifiedPeople > 0) || !level.trackRequirements.isEmpty();
}

/// Turns the connection's automatic WAL checkpoint off for a full run, and back on after it. The metrics' read
/// snapshot stays open while the writer commits, so a checkpoint after each batch could copy nothing past it and only
/// repeated the attempt; TierEngine::checkpoint() copies the run's pages once, after the caller has its result.
class NoAutoCheckpoint
{
public:
    explicit NoAutoCheckpoint(sqlite3* db)
        : m_db(db)
    {
        if (!m_db)
            return;
        Statement current(m_db, QStringLiteral("PRAGMA wal_autocheckpoint"));
        if (!current.next())
            return;
        m_saved = int(current.int64(0));
        sqlite3_wal_autocheckpoint(m_db, 0);
    }
    ~NoAutoCheckpoint()
    {
        if (m_saved >= 0)
            sqlite3_wal_autocheckpoint(m_db, m_saved);
    }
    NoAutoCheckpoint(const NoAutoCheckpoint&) = delete;
    NoAutoCheckpoint& operator=(const NoAutoCheckpoint&) = delete;

private:
    sqlite3* m_db;
    int m_saved = -1; ///< the setting to put back; -1: nothing to put back
};

Error cancelledError(int done, int total)
{
    return Error { Error::Code::Cancelled,
                   EngineTr::tr("The tier recompute was cancelled after %1 of %2 members; their changes are kept.")
                       .arg(done)
                       .arg(total),
                   {}, {} };
}

/// The connection's settings for a full run, put back after it:
/// - temp_store in memory: SQLite copies the pages a change touches into its statement journals, and with the
///   default temp_store those spill to a temporary file past 64 KiB (tens of thousands of small file writes). SQLite
///   reads the setting when a write transaction begins and refuses to change it inside one, so it is set only when
///   the caller has none open. (Changing it drops the connection's TEMP tables; ChannelDesk keeps none.)
/// - a 64 MB page cache instead of SQLite's 2 MB: a first run touches a few thousand pages of the member, event,
///   outbox and standing tables again and again; with the default cache each is read back from the file each time.
class RunSettings
{
public:
    static constexpr qint64 CacheKiB = 65536;

    explicit RunSettings(sqlite3* db)
        : m_db(db)
    {
        if (!m_db)
            return;
        Statement cache(m_db, QStringLiteral("PRAGMA cache_size"));
        if (cache.next() && cache.int64(0) > -CacheKiB && (cache.int64(0) < 0 || cache.int64(0) * 4 < CacheKiB)) {
            m_savedCache = cache.int64(0);
            Statement set(m_db, QStringLiteral("PRAGMA cache_size=-%1").arg(CacheKiB));
            if (!set.run())
                m_savedCache = 0;
        }
        if (sqlite3_get_autocommit(m_db) == 0)
            return;
        Statement current(m_db, QStringLiteral("PRAGMA temp_store"));
        if (!current.next() || current.int64(0) == 2)
            return;
        m_savedTempStore = int(current.int64(0));
        Statement set(m_db, QStringLiteral("PRAGMA temp_store=MEMORY"));
        if (!set.run())
            m_savedTempStore = -1;
    }
    ~RunSettings()
    {
        if (m_savedCache != 0) {
            Statement restore(m_db, QStringLiteral("PRAGMA cache_size=%1").arg(m_savedCache));
            (void)restore.run();
        }
        if (m_savedTempStore < 0 || sqlite3_get_autocommit(m_db) == 0)
            return;
        Statement restore(m_db, QStringLiteral("PRAGMA temp_store=%1").arg(m_savedTempStore));
        (void)restore.run();
    }
    RunSettings(const RunSettings&) = delete;
    RunSettings& operator=(const RunSettings&) = delete;

private:
    sqlite3* m_db;
    int m_savedTempStore = -1; ///< the setting to put back; -1: left as it was
    qint64 m_savedCache = 0;   ///< the cache_size to put back; 0: left as it was
};


} // namespace

TierEngine::TierEngine(Database& db)
    : m_db(db)
{
}

Result<TierEngine::Summary> TierEngine::recompute(const QDate& today, const Progress& progress)
{
    return run(today, {}, progress);
}

void TierEngine::checkpoint(Database& db)
{
    sqlite3* handle = db.handle();
    if (!handle)
        return;
    const int rc = sqlite3_wal_checkpoint_v2(handle, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        qCWarning(lcTraining) << "WAL checkpoint after the recompute failed:" << sqlite3_errmsg(handle);
}

Result<TierEngine::Summary> TierEngine::recomputePartner(const QByteArray& partnerId, const QDate& today)
{
    if (partnerId.isEmpty())
        return Error { Error::Code::InvalidArgument, EngineTr::tr("No partner to recompute."), {}, {} };
    return run(today, partnerId, {});
}

Result<TierEngine::Summary> TierEngine::run(const QDate& today, const QByteArray& partnerId, const Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    if (!today.isValid())
        return Error { Error::Code::InvalidArgument, EngineTr::tr("No day to evaluate the tiers on."), {}, {} };
    sqlite3* handle = m_db.handle();
    const bool onePartner = !partnerId.isEmpty();
    TrainingSettings settings(m_db);
    const int horizon = settings.atRiskHorizonDays();
    const int snoozeDays = settings.reviewSnoozeDays();
    const QDate horizonDay = today.addDays(horizon);
    const QByteArray todayText = Timestamp::dateToStorage(today).toUtf8();
    const QByteArray asOfJson = jsonString(Timestamp::dateToStorage(today));

    // Active programs and their members, read before any write.
    QList<ProgramRow> programs;
    {
        Statement q(handle, QStringLiteral("SELECT id, name, currency, auto_upgrade FROM tier_program "
                                           "WHERE deleted_at IS NULL AND active <> 0 ORDER BY local_id"));
        while (q.next())
            programs.append({ q.blob(0), q.string(1), q.string(2), q.int64(3) != 0 });
        if (q.failed())
            return q.error();
    }
    std::unordered_set<IdKey, IdKeyHash> deletedPartners;
    {
        Statement q(handle, QStringLiteral("SELECT id FROM partner WHERE deleted_at IS NOT NULL")
                                + (onePartner ? QStringLiteral(" AND id = ?1") : QString()));
        if (onePartner)
            q.bind(1, partnerId);
        while (q.next())
            deletedPartners.insert(q.id(0));
        if (q.failed())
            return q.error();
    }
    QList<std::vector<MemberRow>> membersByProgram;
    int total = 0;
    for (const ProgramRow& program : programs) {
        Statement q(handle, QStringLiteral("SELECT id, partner_id, level_id, pending_level_id, pending_kind, "
                                           "pending_reasons, pending_since, server_version "
                                           "FROM program_member WHERE program_id = ?1 AND deleted_at IS NULL")
                                + (onePartner ? QStringLiteral(" AND partner_id = ?2") : QString())
                                + QStringLiteral(" ORDER BY local_id"));
        q.bind(1, program.id);
        if (onePartner)
            q.bind(2, partnerId);
        std::vector<MemberRow> rows;
        const QByteArray none("");
        const QByteArray noReasons("[]");
        while (q.next()) {
            MemberRow row { q.id(0), q.id(1), q.id(2), q.id(3), q.string(4), columnBytes(q, 5, noReasons),
                            columnBytes(q, 6, none), q.int64(7), !q.isNull(7) };
            if (!row.partner.isEmpty() && deletedPartners.count(row.partner) == 0)
                rows.push_back(std::move(row));
        }
        if (q.failed())
            return q.error();
        // In partner order: the stored standings come in that order too (merged below, no look-up table), and so do
        // the measured partners. Sorted here: SQLite's ORDER BY walked the partner index with a table look-up per
        // member (2.5 times slower). Stable, so the oldest of duplicate members comes first.
        std::stable_sort(rows.begin(), rows.end(),
                         [](const MemberRow& a, const MemberRow& b) { return a.partner < b.partner; });
        std::vector<MemberRow> members;
        members.reserve(rows.size());
        for (MemberRow& row : rows) {
            // One member per partner and program (the oldest); a duplicate pulled from two devices is left to a CAM.
            if (members.empty() || !(members.back().partner == row.partner))
                members.push_back(std::move(row));
        }
        total += int(members.size());
        membersByProgram.append(std::move(members));
    }

    Summary summary;
    summary.members = total;
    // Where the time goes (logged): reading members, measuring, reading snoozes and standings, the member loop.
    const qint64 readMs = timer.elapsed();
    qint64 measureMs = 0;
    qint64 lookupMs = 0;
    qint64 loopMs = 0;
    QElapsedTimer phase;
    int done = 0;
    const int step = qMax(1, total / 100);
    int nextReport = step;
    const auto keepGoing = [&]() { return !progress || progress(done, total); };
    if (!keepGoing())
        return cancelledError(0, total);

    const RunSettings runSettings(onePartner ? nullptr : handle); // one partner: a change or two, nothing spills
    const NoAutoCheckpoint noAutoCheckpoint(onePartner ? nullptr : handle);
    TierSql::UtcClock clock;

    TierMetrics measurer(m_db);
    for (qsizetype p = 0; p < programs.size(); ++p) {
        const ProgramRow& program = programs.at(p);
        const std::vector<MemberRow>& members = membersByProgram.at(p);

        QList<TierLevel> levels;
        {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT * FROM tier_level WHERE program_id = ? AND deleted_at IS NULL "
                                     "ORDER BY rank, local_id"));
            q.addBindValue(program.id);
            if (Status s = Sql::exec(q); !s)
                return s.error();
            while (q.next())
                levels.append(RecordIo::fromQuery(q, tierLevelFields()));
        }
        std::vector<IdKey> levelKeys;
        QList<QByteArray> criteria; // each level's, as JSON for the events' detail (the same for every member)
        for (const TierLevel& level : levels) {
            levelKeys.push_back(IdKey::of(QByteArrayView(level.id)));
            criteria.append(QJsonDocument(levelCriteria(level)).toJson(QJsonDocument::Compact));
        }
        const auto levelIndex = [&levelKeys](const IdKey& id) -> int {
            for (size_t i = 0; i < levelKeys.size(); ++i) {
                if (levelKeys[i] == id)
                    return int(i);
            }
            return -1;
        };

        // What every partner achieved (TIER-02), certified people counted on `today`; the look-ahead for at-risk
        // comes from the same scan (TierMetrics::certifiedOn / firstDayBelow). A full run measures as it walks the
        // members (deals and points now, each partner's certifications when its turn comes), on the metrics' own
        // read connections, so the writer thread starts on the first members while the rest are still being read.
        phase.start();
        TierMetrics::Options options;
        options.asOf = today;
        options.certificationsOn = today;
        options.currency = program.currency;
        options.programId = program.id;
        if (members.size() >= SplitScanMembers)
            options.splitAt = members[members.size() / 2].partner.bytes(); // two threads, about half each
        if (onePartner) {
            if (const Result<PartnerMetrics> one = measurer.measure(partnerId, options); !one)
                return one.error();
        } else if (Status s = measurer.beginStreaming(options); !s) {
            return s.error();
        }
        if (!keepGoing())
            return cancelledError(done, total);
        summary.unconvertedDeals += measurer.unconvertedDeals();
        measureMs += phase.restart();

        // Decisions a CAM took within the snooze days, per partner; a later level change ends a snooze.
        std::unordered_map<IdKey, QList<Snooze>, IdKeyHash> snoozes;
        if (snoozeDays > 0) {
            Statement q(handle, QStringLiteral("SELECT partner_id, action, from_level_id, to_level_id FROM tier_event "
                                               "WHERE program_id = ?1 AND at >= ?2 AND deleted_at IS NULL")
                                    + (onePartner ? QStringLiteral(" AND partner_id = ?3") : QString())
                                    + QStringLiteral(" ORDER BY at, local_id"));
            q.bind(1, program.id);
            q.bind(2, localDayStart(today.addDays(1 - snoozeDays)));
            if (onePartner)
                q.bind(3, partnerId);
            while (q.next()) {
                const std::string_view action = q.text(1);
                if (action == "rejected" || action == "kept")
                    snoozes[q.id(0)].append({ action == "rejected" ? Upgrade : Demotion, q.id(2), q.id(3) });
                else if (action == "approved" || action == "applied" || action == "demoted" || action == "set")
                    snoozes.erase(q.id(0));
            }
            if (q.failed())
                return q.error();
        }
        const auto snoozed = [&](const MemberRow& member, const QString& kind, const IdKey& target) {
            const auto found = snoozes.find(member.partner);
            if (found == snoozes.end())
                return false;
            for (const Snooze& snooze : found->second) {
                if (snooze.kind == kind && snooze.toLevel == target && snooze.fromLevel == member.level)
                    return true;
            }
            return false;
        };

        // The standings as stored, to write only what changed.
        std::vector<StoredStanding> stored;
        std::string storedBytes;
        std::vector<IdKey> storedIds;
        {
            Statement q(handle, QStringLiteral("SELECT partner_id, level_id, qualifies_level_id, revenue_minor, "
                                               "certified, track_counts, approved_registrations, closed_won, points, "
                                               "at_risk, at_risk_on, at_risk_reasons FROM tier_standing WHERE program_id = ?1")
                                    + (onePartner ? QStringLiteral(" AND partner_id = ?2") : QString())
                                    + QStringLiteral(" ORDER BY partner_id"));
            q.bind(1, program.id);
            if (onePartner)
                q.bind(2, partnerId);
            stored.reserve(members.size());
            while (q.next()) {
                const IdKey id = q.id(0);
                const qsizetype offset = qsizetype(storedBytes.size());
                storedContent(storedBytes, q, 1, 11);
                stored.push_back({ offset, qsizetype(storedBytes.size()) - offset, false });
                storedIds.push_back(id);
            }
            if (q.failed())
                return q.error();
        }
        lookupMs += phase.restart();

        PartnerMetrics empty;
        empty.currency = program.currency;
        const QByteArray emptyReasons = reasonsToJson({}).toUtf8();
        TrackNames trackNames;
        std::string content;

        // The writes go to a thread of their own for a full run while this one evaluates the next members; the
        // connection is the writer's until finish().
        TierWriteQueue queue(m_db, !onePartner);
        size_t nextStored = 0; // merge cursor into `stored` (both in partner order)
        for (const MemberRow& member : members) {
            const QByteArrayView partner = member.partner.view();
            if (!onePartner) {
                if (Status s = measurer.advanceTo(partner); !s)
                    return s.error(); // the queue rolls its batch back
            }
            const PartnerMetrics* found = measurer.metricsOf(partner);
            const PartnerMetrics& achieved = found ? *found : empty;
            const int current = levelIndex(member.level);
            const TierEvaluator::Verdict verdict = TierEvaluator::evaluate(levels, achieved, current, false);
            const int q = verdict.qualifyingIndex;

            // TIER-03 and the engine's rules: what this member needs, if anything.
            enum class Step { None, Apply, Propose, Review, Withdraw } stepToDo = Step::None;
            IdKey target;
            if (q > current) {
                target = levelKeys[size_t(q)];
                if (program.autoUpgrade)
                    stepToDo = Step::Apply;
                else if (member.pendingKind == Upgrade && member.pending == target)
                    stepToDo = Step::None;
                else if (snoozed(member, Upgrade, target))
                    stepToDo = member.pendingKind.isEmpty() ? Step::None : Step::Withdraw;
                else
                    stepToDo = Step::Propose;
            } else if (q < current) {
                target = q >= 0 ? levelKeys[size_t(q)] : IdKey();
                if (member.pendingKind == Demotion && member.pending == target)
                    stepToDo = Step::None;
                else if (snoozed(member, Demotion, target))
                    stepToDo = member.pendingKind.isEmpty() ? Step::None : Step::Withdraw;
                else
                    stepToDo = Step::Review; // never applied: a CAM confirms or keeps (no silent demotion)
            } else if (!member.pendingKind.isEmpty()) {
                stepToDo = Step::Withdraw;
            }

            int levelAfter = current;
            if (stepToDo != Step::None) {
                // The sentences only for the members whose change is written.
                const QStringList reasons = TierEvaluator::evaluate(levels, achieved, current).reasons;
                const QString reason = reasons.join(QStringLiteral("; "));
                const QString now = QString::fromUtf8(clock.nowUtc());
                if (stepToDo == Step::Apply) {
                    // Rare (programs that upgrade automatically): the writer re-reads the member and goes through
                    // TierWrites, which also sets partner.tier. Should the member have moved meanwhile, its standing
                    // names the new level until the next run.
                    TierWriteQueue::Apply apply;
                    apply.memberId = member.id.bytes();
                    apply.level = member.level;
                    apply.pending = member.pending;
                    apply.pendingKind = member.pendingKind;
                    apply.target = levels.at(q);
                    apply.reason = reason;
                    apply.detail = changeDetail(achieved, trackNames, asOfJson, criteria.at(q), nullptr, {});
                    apply.nowUtc = now;
                    queue.push(std::move(apply));
                    levelAfter = q;
                    ++summary.applied;
                } else {
                    TierWriteQueue::Pending pending;
                    TierPendingWriter::Before before;
                    before.id = member.id.bytes();
                    before.partnerId = member.partner.bytes();
                    before.programId = program.id;
                    before.levelId = member.level.bytes();
                    before.pendingLevelId = member.pending.bytes();
                    before.pendingKind = member.pendingKind.toUtf8();
                    before.pendingReasons = member.pendingReasons;
                    before.pendingSince = member.pendingSince;
                    before.serverVersion = member.serverVersion;
                    before.hasServerVersion = member.hasServerVersion;
                    TierPendingWriter::Change change;
                    change.actor = SystemActor;
                    change.fromLevelId = before.levelId;
                    if (stepToDo == Step::Withdraw) {
                        const int withdrawnIndex = levelIndex(member.pending);
                        const QString levelName = withdrawnIndex >= 0 ? levels.at(withdrawnIndex).name
                                                                      : EngineTr::tr("no level");
                        change.reason = member.pendingKind == Demotion
                            ? EngineTr::tr("The partner no longer falls to %1; the demotion review is withdrawn.")
                                  .arg(levelName)
                            : EngineTr::tr("The partner no longer qualifies for %1; the proposal is withdrawn.")
                                  .arg(levelName);
                        change.detail = changeDetail(achieved, trackNames, asOfJson, {}, "withdrawn_kind",
                                                     member.pendingKind);
                        change.pendingKind = QStringLiteral("");
                        change.pendingReasons = QStringLiteral("");
                        change.clearSince = true;
                        change.action = QStringLiteral("withdrawn");
                        change.toLevelId = before.pendingLevelId;
                        pending.counted = TierWriteQueue::Counted::Withdrawn;
                        ++summary.withdrawn;
                    } else {
                        const bool up = stepToDo == Step::Propose;
                        change.pendingLevelId = target.bytes();
                        change.pendingKind = up ? Upgrade : Demotion;
                        change.pendingReasons = reasonsToJson(reasons);
                        change.action = up ? QStringLiteral("proposed") : QStringLiteral("demotion_review");
                        change.toLevelId = change.pendingLevelId;
                        change.reason = reason;
                        change.detail = changeDetail(achieved, trackNames, asOfJson, criteria.at(up ? q : current),
                                                     member.pendingKind.isEmpty() ? nullptr : "replaces",
                                                     member.pendingKind);
                        pending.counted = up ? TierWriteQueue::Counted::Proposed : TierWriteQueue::Counted::Review;
                        ++(up ? summary.proposed : summary.reviews);
                    }
                    pending.prepared = TierPendingWriter::prepare(before, change, now);
                    queue.push(std::move(pending));
                }
            }
            if (stepToDo == Step::None)
                ++summary.unchanged;

            // The standing, with the at-risk look-ahead (TIER-05): would the member still meet its level once the
            // certificates expiring within the horizon lapse?
            TierWriteQueue::Standing standing;
            standing.programId = program.id;
            standing.partner = member.partner;
            standing.asOf = todayText;
            standing.levelId = levelAfter >= 0 ? levelKeys[size_t(levelAfter)] : IdKey();
            standing.qualifiesLevelId = q >= 0 ? levelKeys[size_t(q)] : IdKey();
            standing.revenueMinor = achieved.revenueMinor;
            standing.certified = achieved.certifiedPeople;
            standing.trackCounts = trackCountsJson(achieved.certifiedByTrack, trackNames);
            standing.approvedRegistrations = achieved.approvedRegistrations;
            standing.closedWon = achieved.closedWon;
            standing.points = achieved.points;
            standing.atRiskReasons = emptyReasons;
            if (levelAfter >= 0 && hasCertificationCriteria(levels.at(levelAfter))
                && TierEvaluator::meets(levels.at(levelAfter), achieved)) {
                const TierLevel& level = levels.at(levelAfter);
                PartnerMetrics ahead = achieved;
                ahead.certifiedPeople = measurer.certifiedOn(partner, horizonDay);
                for (const TrackRequirement& requirement : level.trackRequirements)
                    ahead.certifiedByTrack[requirement.track] = measurer.certifiedOn(partner, horizonDay, requirement.track);
                QStringList unmet;
                if (!TierEvaluator::meets(level, ahead)) {
                    (void)TierEvaluator::meets(level, ahead, &unmet);
                    QDate first;
                    const auto earliest = [&first](const QDate& day) {
                        if (day.isValid() && (!first.isValid() || day < first))
                            first = day;
                    };
                    if (level.minCertifiedPeople && ahead.certifiedPeople < *level.minCertifiedPeople)
                        earliest(measurer.firstDayBelow(partner, *level.minCertifiedPeople));
                    for (const TrackRequirement& requirement : level.trackRequirements) {
                        if (ahead.certifiedByTrack.value(requirement.track) < requirement.count)
                            earliest(measurer.firstDayBelow(partner, requirement.count, requirement.track));
                    }
                    standing.atRisk = true;
                    standing.atRiskOn = Timestamp::dateToStorage(first.isValid() ? first : horizonDay).toUtf8();
                    standing.atRiskReasons = reasonsToJson(unmet).toUtf8();
                    ++summary.atRisk;
                }
            }
            while (nextStored < storedIds.size() && storedIds[nextStored] < member.partner)
                ++nextStored; // no member any more: removed below
            const qint64 old = nextStored < storedIds.size() && storedIds[nextStored] == member.partner
                ? qint64(nextStored++)
                : -1;
            standingContent(standing, content);
            if (old >= 0)
                stored[size_t(old)].seen = true;
            if (old < 0
                || std::string_view(storedBytes).substr(size_t(stored[size_t(old)].offset), size_t(stored[size_t(old)].size))
                    != std::string_view(content)) {
                queue.push(std::move(standing));
            }

            ++done;
            if (done >= nextReport) {
                nextReport = done + step;
                queue.flush();
                if (queue.failed())
                    break; // finish() below returns the error
                if (!keepGoing()) {
                    // Everything evaluated so far is complete: written and committed.
                    if (Status s = queue.finish(); !s)
                        return s.error();
                    return cancelledError(done, total);
                }
            }
        }

        measurer.endStreaming(); // its read snapshot would hold the WAL back
        // Standings of partners no longer members (left, deleted) go.
        for (size_t i = 0; i < stored.size(); ++i) {
            if (!stored[i].seen)
                queue.push(TierWriteQueue::RemoveStanding { program.id, storedIds[i] });
        }
        if (Status s = queue.finish(); !s)
            return s.error();
        const TierWriteQueue::Moved moved = queue.moved(); // left for the next run: counted as unchanged
        summary.proposed -= moved.proposed;
        summary.reviews -= moved.reviews;
        summary.withdrawn -= moved.withdrawn;
        summary.applied -= moved.applied;
        summary.unchanged += moved.total();
        summary.standingsWritten += queue.standingsWritten();
        loopMs += phase.elapsed();
    }

    // Standings of programs deactivated or deleted since.
    {
        Statement q(handle, QStringLiteral("DELETE FROM tier_standing WHERE program_id NOT IN (SELECT id FROM tier_program "
                                           "WHERE deleted_at IS NULL AND active <> 0)")
                                + (onePartner ? QStringLiteral(" AND partner_id = ?1") : QString()));
        if (onePartner)
            q.bind(1, partnerId);
        if (!q.run())
            return q.error();
        summary.standingsWritten += sqlite3_changes(handle);
    }
    if (!onePartner) {
        if (Status s = settings.setLastRecomputeAt(QDateTime::currentDateTimeUtc()); !s)
            return s.error();
        if (Status s = settings.setLastFullRunDay(today); !s)
            return s.error();
    }
    if (progress)
        (void)progress(total, total);
    summary.elapsedMs = timer.elapsed();
    qCInfo(lcTraining) << "tiers recomputed:" << summary.members << "members," << summary.proposed << "proposed,"
                       << summary.applied << "applied," << summary.reviews << "reviews," << summary.withdrawn
                       << "withdrawn," << summary.atRisk << "at risk," << summary.standingsWritten
                       << "standings written in" << summary.elapsedMs << "ms (read" << readMs << "ms, measure"
                       << measureMs << "ms, snoozes and standings" << lookupMs << "ms, members" << loopMs << "ms)";
    return summary;
}

} // namespace ChannelDesk
