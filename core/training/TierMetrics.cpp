#include "TierMetrics.h"

#include "TierSql.h"
#include "common/Logging.h"
#include "common/Timestamp.h"
#include "deals/DealSettings.h"
#include "reporting/CurrencyConverter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimeZone>

#include <algorithm>
#include <cstring>
#include <functional>
#include <future>
#include <limits>
#include <set>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace ChannelDesk {

namespace {

struct MetricsTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::TierMetrics)
};

using TierSql::Statement;

constexpr qint32 NeverExpires = std::numeric_limits<qint32>::max();

using TierSql::IdKey;
using TierSql::IdKeyHash;

Error cancelledError()
{
    return Error { Error::Code::Cancelled, MetricsTr::tr("The tier evaluation was cancelled."), {}, {} };
}

QString dayText(const QDate& date)
{
    return Timestamp::dateToStorage(date);
}

/// The UTC instant a local day starts, as stored (decided_at is a UTC timestamp; the window is in local days).
QString localDayStart(const QDate& day)
{
    return Timestamp::toStorage(QDateTime(day, QTime(0, 0), Qt::LocalTime).toUTC());
}

/// Rates towards `target` when it is not the deal program's base currency: the base-currency rates divided by the
/// target's own rate at every date either changes, so each amount is still converted (and rounded) once.
QList<CurrencyRate> ratesTowards(const QString& target, const QString& base, const QList<CurrencyRate>& rates)
{
    QList<CurrencyRate> targetRates;
    QHash<QString, QList<CurrencyRate>> byCurrency;
    for (const CurrencyRate& rate : rates) {
        if (!rate.validFrom.isValid() || !(rate.rate > 0))
            continue;
        if (rate.currency == target)
            targetRates.append(rate);
        else
            byCurrency[rate.currency].append(rate);
    }
    const auto byDate = [](const CurrencyRate& a, const CurrencyRate& b) { return a.validFrom < b.validFrom; };
    std::sort(targetRates.begin(), targetRates.end(), byDate);
    const auto rateAt = [&](const QList<CurrencyRate>& list, const QDate& day) -> double {
        double value = 0;
        for (const CurrencyRate& rate : list) {
            if (rate.validFrom > day)
                break;
            value = rate.rate;
        }
        return value;
    };
    QList<CurrencyRate> derived;
    // The base currency itself: one target unit is worth `rate` base units.
    for (const CurrencyRate& rate : targetRates)
        derived.append({ base, rate.validFrom, 1.0 / rate.rate });
    for (auto it = byCurrency.begin(); it != byCurrency.end(); ++it) {
        std::sort(it->begin(), it->end(), byDate);
        std::set<QDate> changes;
        for (const CurrencyRate& rate : *it)
            changes.insert(rate.validFrom);
        for (const CurrencyRate& rate : targetRates)
            changes.insert(rate.validFrom);
        for (const QDate& day : changes) {
            const double own = rateAt(*it, day);
            const double towards = rateAt(targetRates, day);
            if (own > 0 && towards > 0)
                derived.append({ it.key(), day, own / towards });
        }
    }
    return derived;
}

/// Each partner's unexpired points in the program (TIER-04), in partner order.
Status readPoints(sqlite3* handle, const TierMetrics::Options& options, const QByteArray& partnerId,
                  const std::function<void(const IdKey&, qint64)>& each)
{
    if (options.programId.isEmpty())
        return {};
    // points_entry_by_program gives the program's entries in partner order with every column needed.
    Statement points(handle,
                     QStringLiteral("SELECT partner_id, SUM(points) FROM points_entry INDEXED BY points_entry_by_program "
                                    "WHERE deleted_at IS NULL AND program_id = ?1 AND earned_on <= ?2 "
                                    "AND (expires_on IS NULL OR expires_on >= ?2)")
                         + (partnerId.isEmpty() ? QString() : QStringLiteral(" AND partner_id = ?3"))
                         + QStringLiteral(" GROUP BY partner_id"));
    points.bind(1, options.programId);
    points.bind(2, dayText(options.asOf));
    if (!partnerId.isEmpty())
        points.bind(3, partnerId);
    while (points.next())
        each(points.id(0), points.int64(1));
    if (points.failed())
        return points.error();
    return {};
}

} // namespace

/// Every partner measured, by slot: slots are handed out as partners are met (certifications in partner order first),
/// looked up by id through a hash of 16-byte keys (no allocation per row).
struct TierMetrics::Index
{
    /// One person's last valid day (Julian day; NeverExpires for none), overall (track −1) or in one track.
    struct PersonDay
    {
        qint32 track = -1;
        qint32 lastDay = 0;
    };
    struct Span
    {
        qint32 first = 0;
        qint32 count = 0;
    };

    TierSql::IdIndex slotOf;
    std::vector<IdKey> ids;
    std::vector<PartnerMetrics> metrics;
    std::vector<Span> spans;          ///< per slot: its PersonDay rows, sorted by track then latest first
    std::vector<PersonDay> days;
    QHash<QString, qint32> tracks;
    QList<QString> trackNames;
    qint64 asOf = 0;                  ///< Julian day of the measurement's asOf
    QString currency;                 ///< the program's, in every partner's metrics

    mutable IdKey lastKey;            ///< the last look-up: the engine asks about one partner several times in a row
    mutable qint32 lastSlot = -1;

    /// The partner's slot, created when new; -1 for a malformed id (such rows count for nobody).
    qint32 slot(const IdKey& id)
    {
        const qint32 next = qint32(ids.size());
        const qint32 found = slotOf.insert(id, next);
        if (found == next) {
            ids.push_back(id);
            metrics.emplace_back();
            metrics.back().currency = currency;
            spans.emplace_back();
        }
        return found;
    }
    qint32 find(QByteArrayView id) const
    {
        const IdKey key = IdKey::of(id);
        if (key == lastKey)
            return lastSlot;
        // Slots follow partner order (the certification scan hands them out so), and the engine walks members in
        // partner order too: the next slot is the usual answer, found without hashing.
        const size_t next = size_t(lastSlot + 1);
        lastKey = key;
        lastSlot = next < ids.size() && ids[next] == key ? qint32(next) : slotOf.find(key);
        return lastSlot;
    }
    /// Track counts are the same few combinations for thousands of partners: each distinct one is built once and
    /// shared (QHash is implicitly shared), instead of a hash table per partner.
    std::unordered_map<std::string, QHash<QString, int>> trackCountSets;
    qint32 trackIndex(const QString& track) const { return track.isEmpty() ? -1 : tracks.value(track, -2); }

    using TrackOf = std::unordered_map<IdKey, qint32, IdKeyHash>;
    /// The tracks of the live definitions (a handful of rows), by definition id, into `tracks` and `trackNames`.
    Status loadTracks(sqlite3* handle, TrackOf& trackOf)
    {
        Statement definitions(handle, QStringLiteral("SELECT id, track FROM cert_definition WHERE deleted_at IS NULL"));
        while (definitions.next()) {
            const QString track = definitions.string(1).trimmed();
            qint32 trackIndex = -1;
            if (!track.isEmpty()) {
                const auto known = tracks.constFind(track);
                if (known != tracks.cend()) {
                    trackIndex = *known;
                } else {
                    trackIndex = qint32(trackNames.size());
                    tracks.insert(track, trackIndex);
                    trackNames.append(track);
                }
            }
            trackOf.emplace(definitions.id(0), trackIndex);
        }
        return definitions.failed() ? Status(definitions.error()) : Status();
    }
    /// The certifications of the partners in [from, to) (empty: unbounded), or of `partnerId` alone.
    Status scanCertifications(sqlite3* handle, const Options& options, const QByteArray& partnerId,
                              const QByteArray& from, const QByteArray& to, const TrackOf& trackOf);
    /// Scans the certifications of the partners from `from` on, on a thread and a read connection of its own; the
    /// caller joins the thread before reading this index or `status`.
    std::thread scanOnThread(const QString& path, const Options& options, const QByteArray& from,
                             const TrackOf& trackOf, Status& status)
    {
        return std::thread([this, path, options, from, &trackOf, &status]() {
            auto opened = Database::open(path, Database::Role::Reader);
            if (!opened) {
                status = opened.error();
                return;
            }
            sqlite3* reader = opened.value()->handle();
            Statement begin(reader, QStringLiteral("BEGIN"));
            if (!begin.run()) {
                status = begin.error();
                return;
            }
            status = scanCertifications(reader, options, {}, from, {}, trackOf);
            Statement end(reader, QStringLiteral("COMMIT")); // read only: nothing to lose
            (void)end.run();
        });
    }
    /// A second index for scanOnThread(), measuring as this one does.
    void prepareLater(Index& later) const
    {
        later.tracks = tracks;
        later.trackNames = trackNames;
        later.asOf = asOf;
        later.currency = currency;
    }
    /// Takes the certification counts of `later`, measured by another scan of later partners (so the days of its
    /// spans come after this index's).
    void append(Index&& later)
    {
        const qint32 offset = qint32(days.size());
        for (size_t i = 0; i < later.ids.size(); ++i) {
            const qint32 at = slot(later.ids[i]);
            if (at < 0)
                continue;
            PartnerMetrics& into = metrics[size_t(at)];
            into.certifiedPeople = later.metrics[i].certifiedPeople;
            into.certifiedByTrack = later.metrics[i].certifiedByTrack;
            spans[size_t(at)] = { later.spans[i].first + offset, later.spans[i].count };
        }
        days.insert(days.end(), later.days.begin(), later.days.end());
    }
};

/// One scan of certifications in partner order, taken as far as asked: each partner's group is counted once the scan
/// has passed it (TierMetrics::advanceTo), or all at once.
class TierMetrics::CertificationScan
{
public:
    CertificationScan(Index& index, sqlite3* handle, const Options& options, const QByteArray& partnerId,
                      const QByteArray& from, const QByteArray& to, const Index::TrackOf& trackOf);
    /// Counts every partner up to and including `upTo` (nullptr: all of them).
    Status advance(const IdKey* upTo);

private:
    struct Row
    {
        IdKey contact;
        qint32 track;
        qint32 lastDay;
    };
    static constexpr qint32 NoDefinition = -2;

    void flush();

    Index& m_index;
    const Index::TrackOf& m_trackOf;
    std::unique_ptr<Statement> m_rows;
    std::vector<Row> m_group;
    std::vector<Index::PersonDay> m_personDays;
    std::string m_trackKey;
    IdKey m_current;
    IdKey m_lastDefinition;
    qint32 m_lastTrack = NoDefinition;
    qint64 m_countOn = 0;
    std::string m_lastExpiryText; ///< expiry days repeat a lot: each distinct text parsed once
    qint32 m_lastExpiry = NeverExpires;
    bool m_done = false;
};

TierMetrics::TierMetrics(Database& db)
    : m_db(db), m_index(std::make_unique<Index>())
{
}

TierMetrics::~TierMetrics() = default;

Result<QHash<QByteArray, PartnerMetrics>> TierMetrics::measureAll(const Options& options,
                                                                   const std::function<bool()>& cancelled)
{
    if (Status status = run(options, {}, cancelled); !status)
        return status.error();
    QHash<QByteArray, PartnerMetrics> out;
    out.reserve(qsizetype(m_index->ids.size()));
    for (size_t i = 0; i < m_index->ids.size(); ++i) {
        if (!m_index->ids[i].isEmpty())
            out.insert(m_index->ids[i].bytes(), m_index->metrics[i]);
    }
    return out;
}

Status TierMetrics::measureEvery(const Options& options, const std::function<bool()>& cancelled)
{
    return run(options, {}, cancelled);
}

Result<PartnerMetrics> TierMetrics::measure(const QByteArray& partnerId, const Options& options)
{
    if (Status status = run(options, partnerId, {}); !status)
        return status.error();
    if (const PartnerMetrics* found = metricsOf(partnerId))
        return *found;
    PartnerMetrics none;
    none.currency = options.currency;
    return none;
}

const PartnerMetrics* TierMetrics::metricsOf(QByteArrayView partnerId) const
{
    const qint32 slot = m_index->find(partnerId);
    return slot < 0 || m_index->ids[size_t(slot)].isEmpty() ? nullptr : &m_index->metrics[size_t(slot)];
}

Status TierMetrics::run(const Options& input, const QByteArray& partnerId, const std::function<bool()>& cancelled)
{
    Options options = input;
    if (!options.asOf.isValid())
        return Error { Error::Code::InvalidArgument, MetricsTr::tr("No day to evaluate the tiers on."), {}, {} };
    if (!options.certificationsOn.isValid())
        options.certificationsOn = options.asOf;
    endStreaming(); // its scans point into the index replaced here
    m_unconverted = 0;
    m_index = std::make_unique<Index>();
    m_index->asOf = options.asOf.toJulianDay();
    m_index->currency = options.currency;

    QElapsedTimer timer;
    timer.start();
    // One read snapshot for every query, unless the caller already holds a transaction.
    sqlite3* handle = m_db.handle();
    const bool ownSnapshot = handle && sqlite3_get_autocommit(handle) != 0;
    if (ownSnapshot) {
        if (Status status = Sql::exec(m_db.connection(), QStringLiteral("BEGIN")); !status)
            return status;
    }
    struct Finish
    {
        Database& db;
        bool open;
        ~Finish()
        {
            if (open)
                (void)Sql::exec(db.connection(), QStringLiteral("COMMIT")); // read only: nothing to lose
        }
    } finish { m_db, ownSnapshot };
    const auto stop = [&]() { return cancelled && cancelled(); };

    if (stop())
        return cancelledError();
    if (Status status = scanCertifications(options, partnerId); !status)
        return status;
    const qint64 certificationsMs = timer.elapsed();
    if (stop())
        return cancelledError();
    if (Status status = scanDeals(handle, options, partnerId); !status)
        return status;
    const qint64 dealsMs = timer.elapsed() - certificationsMs;
    if (stop())
        return cancelledError();
    if (Status status = scanPoints(handle, options, partnerId); !status)
        return status;
    // Tombstoned partners pass every filter above; they are few, so they are dropped here (their slot's id cleared).
    if (partnerId.isEmpty()) {
        Statement deleted(handle, QStringLiteral("SELECT id FROM partner WHERE deleted_at IS NOT NULL"));
        while (deleted.next()) {
            const IdKey id = deleted.id(0);
            const qint32 slot = m_index->slotOf.find(id);
            if (slot < 0)
                continue;
            m_index->ids[size_t(slot)] = IdKey();
            m_index->slotOf.set(id, -1);
        }
        if (deleted.failed())
            return deleted.error();
    }
    for (PartnerMetrics& metrics : m_index->metrics)
        metrics.currency = options.currency;
    qCDebug(lcTraining) << "measured" << m_index->ids.size() << "partners in" << timer.elapsed()
                        << "ms (certifications" << certificationsMs << "ms, deals" << dealsMs << "ms)";
    return {};
}

Status TierMetrics::scanCertifications(const Options& options, const QByteArray& partnerId)
{
    sqlite3* handle = m_db.handle();
    Index& index = *m_index;
    Index::TrackOf trackOf;
    if (Status status = index.loadTracks(handle, trackOf); !status)
        return status;

    if (!partnerId.isEmpty() || options.splitAt.isEmpty())
        return index.scanCertifications(handle, options, partnerId, {}, {}, trackOf);

    // The partners from splitAt on, on a second thread and connection (its own read snapshot).
    Index later;
    index.prepareLater(later);
    Status laterStatus;
    std::thread helper = later.scanOnThread(m_db.path(), options, options.splitAt, trackOf, laterStatus);
    const Status status = index.scanCertifications(handle, options, {}, {}, options.splitAt, trackOf);
    helper.join();
    if (!status)
        return status;
    if (!laterStatus)
        return laterStatus;
    index.append(std::move(later));
    return {};
}

Status TierMetrics::Index::scanCertifications(sqlite3* handle, const Options& options, const QByteArray& partnerId,
                                              const QByteArray& from, const QByteArray& to, const TrackOf& trackOf)
{
    CertificationScan scan(*this, handle, options, partnerId, from, to, trackOf);
    return scan.advance(nullptr);
}

TierMetrics::CertificationScan::CertificationScan(Index& index, sqlite3* handle, const Options& options,
                                                  const QByteArray& partnerId, const QByteArray& from,
                                                  const QByteArray& to, const Index::TrackOf& trackOf)
    : m_index(index)
    , m_trackOf(trackOf)
    , m_countOn(options.certificationsOn.toJulianDay())
{
    // Every certificate valid on the earlier of the two days, in partner order (the covering partial index
    // certification_valid supplies both the filter columns and the order: no sort, no table lookups). Named: without
    // statistics the planner walked certification_by_partner and fetched every row from the table (10.6 s instead
    // of 0.6 s on a million certifications).
    const QDate earlier = qMin(options.asOf, options.certificationsOn);
    QString sql = QStringLiteral(
        "SELECT partner_id, contact_id, definition_id, expires_on FROM certification INDEXED BY certification_valid "
        "WHERE deleted_at IS NULL AND status = 'active' AND acquired_on <= ?1 "
        "AND (expires_on IS NULL OR expires_on >= ?2)");
    if (!partnerId.isEmpty())
        sql += QStringLiteral(" AND partner_id = ?3");
    if (!from.isEmpty())
        sql += QStringLiteral(" AND partner_id >= ?4");
    if (!to.isEmpty())
        sql += QStringLiteral(" AND partner_id < ?5");
    sql += QStringLiteral(" ORDER BY partner_id");
    m_rows = std::make_unique<Statement>(handle, sql);
    Statement& rows = *m_rows;
    rows.bind(1, dayText(options.asOf));
    rows.bind(2, dayText(earlier));
    if (!partnerId.isEmpty())
        rows.bind(3, partnerId);
    if (!from.isEmpty())
        rows.bind(4, from);
    if (!to.isEmpty())
        rows.bind(5, to);
}

Status TierMetrics::CertificationScan::advance(const IdKey* upTo)
{
    if (m_done)
        return {};
    Statement& rows = *m_rows;
    while (rows.next()) {
        const IdKey partner = rows.id(0);
        if (!(partner == m_current)) {
            flush();
            m_current = partner;
        }
        // A partner's rows come in definition order: look the definition up only when it changes.
        const IdKey definitionId = rows.id(2);
        if (!(definitionId == m_lastDefinition)) {
            m_lastDefinition = definitionId;
            const auto definition = m_trackOf.find(definitionId);
            m_lastTrack = definition == m_trackOf.end() ? NoDefinition : definition->second;
        }
        if (m_lastTrack != NoDefinition) { // a tombstoned (or not yet pulled) definition certifies nobody
            qint32 lastDay = NeverExpires;
            if (!rows.isNull(3)) {
                const std::string_view text = rows.text(3);
                if (text != m_lastExpiryText) {
                    m_lastExpiryText.assign(text);
                    const qint64 julian = TierSql::julianAt(text);
                    m_lastExpiry = julian > 0 ? qint32(julian) : NeverExpires;
                }
                lastDay = m_lastExpiry;
            }
            m_group.push_back({ rows.id(1), m_lastTrack, lastDay });
        }
        if (upTo && *upTo < m_current)
            return {}; // the scan has passed `upTo`: this partner's group is completed by a later call
    }
    if (rows.failed())
        return rows.error();
    flush();
    m_done = true;
    return {};
}

void TierMetrics::CertificationScan::flush()
{
    Index& index = m_index;
    std::vector<Row>& group = m_group;
    std::vector<Index::PersonDay>& personDays = m_personDays;
    std::string& trackKey = m_trackKey;
    const IdKey current = m_current;
    const qint64 countOn = m_countOn;
    if (group.empty())
        return;
    std::sort(group.begin(), group.end(), [](const Row& a, const Row& b) {
        return a.contact == b.contact ? a.track < b.track : a.contact < b.contact;
    });
    personDays.clear();
    // One overall row per person (their latest last day) and one per person and track.
    for (size_t i = 0; i < group.size();) {
        size_t end = i;
        qint32 overall = 0;
        while (end < group.size() && group[end].contact == group[i].contact) {
            overall = qMax(overall, group[end].lastDay);
            ++end;
        }
        personDays.push_back({ -1, overall });
        for (size_t t = i; t < end;) {
            size_t trackEnd = t;
            qint32 last = 0;
            while (trackEnd < end && group[trackEnd].track == group[t].track) {
                last = qMax(last, group[trackEnd].lastDay);
                ++trackEnd;
            }
            if (group[t].track >= 0)
                personDays.push_back({ group[t].track, last });
            t = trackEnd;
        }
        i = end;
    }
    std::sort(personDays.begin(), personDays.end(), [](const Index::PersonDay& a, const Index::PersonDay& b) {
        return a.track != b.track ? a.track < b.track : a.lastDay > b.lastDay;
    });
    const qint32 slot = index.slot(current);
    if (slot < 0) {
        group.clear();
        return;
    }
    PartnerMetrics& measured = index.metrics[size_t(slot)];
    // personDays are sorted by track: count each track's people certified on countOn, as (track, count) bytes.
    trackKey.clear();
    for (size_t i = 0; i < personDays.size();) {
        const qint32 track = personDays[i].track;
        qint32 people = 0;
        for (; i < personDays.size() && personDays[i].track == track; ++i) {
            if (personDays[i].lastDay >= countOn)
                ++people;
        }
        if (track < 0) {
            measured.certifiedPeople = people;
        } else if (people > 0) {
            trackKey.append(reinterpret_cast<const char*>(&track), sizeof track);
            trackKey.append(reinterpret_cast<const char*>(&people), sizeof people);
        }
    }
    if (!trackKey.empty()) {
        auto [shared, inserted] = index.trackCountSets.try_emplace(trackKey);
        if (inserted) {
            for (size_t at = 0; at < trackKey.size(); at += 2 * sizeof(qint32)) {
                qint32 track = 0;
                qint32 people = 0;
                std::memcpy(&track, trackKey.data() + at, sizeof track);
                std::memcpy(&people, trackKey.data() + at + sizeof track, sizeof people);
                shared->second.insert(index.trackNames.at(track), people);
            }
        }
        measured.certifiedByTrack = shared->second;
    }
    index.spans[size_t(slot)] = { qint32(index.days.size()), qint32(personDays.size()) };
    index.days.insert(index.days.end(), personDays.begin(), personDays.end());
    group.clear();
}

struct TierMetrics::Stream
{
    std::unique_ptr<Database> reader; ///< the measuring thread's own read connection: one snapshot
    Index::TrackOf trackOf;
    std::unique_ptr<CertificationScan> lower; ///< every partner, or those before splitAt
    IdKey splitAt;
    bool split = false; ///< the partners from splitAt on are still the helper's
    Index later;
    Status laterStatus;
    std::vector<std::pair<IdKey, qint64>> points; ///< read by the helper first, while this thread reads the deals
    std::promise<Status> pointsRead;
    std::thread helper;

    ~Stream()
    {
        if (helper.joinable())
            helper.join();
        lower.reset(); // its statement goes before the connection
        if (reader) {
            Statement end(reader->handle(), QStringLiteral("COMMIT")); // read only: nothing to lose
            (void)end.run();
        }
    }
};

Status TierMetrics::beginStreaming(const Options& input)
{
    endStreaming();
    Options options = input;
    if (!options.asOf.isValid())
        return Error { Error::Code::InvalidArgument, MetricsTr::tr("No day to evaluate the tiers on."), {}, {} };
    if (!options.certificationsOn.isValid())
        options.certificationsOn = options.asOf;
    m_unconverted = 0;
    m_index = std::make_unique<Index>();
    m_index->asOf = options.asOf.toJulianDay();
    m_index->currency = options.currency;

    auto stream = std::make_unique<Stream>();
    auto opened = Database::open(m_db.path(), Database::Role::Reader);
    if (!opened)
        return opened.error();
    stream->reader = std::move(opened).value();
    sqlite3* handle = stream->reader->handle();
    Statement begin(handle, QStringLiteral("BEGIN"));
    if (!begin.run())
        return begin.error();
    if (Status status = m_index->loadTracks(handle, stream->trackOf); !status)
        return status;
    const bool split = !options.splitAt.isEmpty();
    std::future<Status> pointsRead = stream->pointsRead.get_future();
    if (split) {
        // The helper reads the points (while this thread reads the deals), then the later half's certifications.
        m_index->prepareLater(stream->later);
        stream->splitAt = IdKey::of(QByteArrayView(options.splitAt));
        stream->split = true;
        Stream* shared = stream.get();
        stream->helper = std::thread([shared, options, path = m_db.path()]() {
            auto connection = Database::open(path, Database::Role::Reader);
            if (!connection) {
                shared->pointsRead.set_value(connection.error());
                shared->laterStatus = connection.error();
                return;
            }
            sqlite3* reader = connection.value()->handle();
            Statement snapshot(reader, QStringLiteral("BEGIN"));
            if (!snapshot.run()) {
                shared->pointsRead.set_value(snapshot.error());
                shared->laterStatus = snapshot.error();
                return;
            }
            shared->pointsRead.set_value(readPoints(reader, options, {}, [shared](const IdKey& partner, qint64 points) {
                shared->points.emplace_back(partner, points);
            }));
            shared->laterStatus
                = shared->later.scanCertifications(reader, options, {}, options.splitAt, {}, shared->trackOf);
            Statement end(reader, QStringLiteral("COMMIT")); // read only: nothing to lose
            (void)end.run();
        });
    }
    if (Status status = scanDeals(handle, options, {}); !status)
        return status;
    if (split) {
        if (Status status = pointsRead.get(); !status)
            return status;
        for (const auto& [partner, points] : stream->points) {
            if (const qint32 slot = m_index->slot(partner); slot >= 0)
                m_index->metrics[size_t(slot)].points = points;
        }
    } else if (Status status = scanPoints(handle, options, {}); !status) {
        return status;
    }
    stream->lower = std::make_unique<CertificationScan>(*m_index, handle, options, QByteArray(), QByteArray(),
                                                        options.splitAt, stream->trackOf);
    m_stream = std::move(stream);
    return {};
}

Status TierMetrics::advanceTo(QByteArrayView partnerId)
{
    if (!m_stream)
        return {};
    Stream& stream = *m_stream;
    const IdKey key = IdKey::of(partnerId);
    if (stream.split && !(key < stream.splitAt)) {
        // Past the split: the rest of this scan, then the helper's partners.
        const Status status = stream.lower->advance(nullptr);
        stream.helper.join();
        stream.split = false;
        if (!status)
            return status;
        if (!stream.laterStatus)
            return stream.laterStatus;
        m_index->append(std::move(stream.later));
        return {};
    }
    return stream.lower->advance(&key);
}

void TierMetrics::endStreaming()
{
    m_stream.reset();
}

Status TierMetrics::scanDeals(sqlite3* handle, const Options& options, const QByteArray& partnerId)
{
    Index& index = *m_index;
    const QDate windowStart = options.asOf.addMonths(-12); // exclusive: (asOf − 12 months, asOf]
    const QString partnerFilter = partnerId.isEmpty() ? QString() : QStringLiteral(" AND partner_id = ?3");
    // Every partner: the covering partial indexes, named (the planner preferred deal_by_status and a table look-up
    // per deal). One partner: its deals through deal_by_partner, the planner's choice.
    const auto indexed = [&](const char* name) {
        return partnerId.isEmpty() ? QStringLiteral(" INDEXED BY ") + QLatin1String(name) : QString();
    };

    const Result<DealProgram> program = DealSettings(m_db).program();
    if (!program)
        return program.error();
    const Result<QList<CurrencyRate>> rates = DealSettings(m_db).rates();
    if (!rates)
        return rates.error();
    const CurrencyConverter converter(options.currency,
                                      options.currency == program->baseCurrency
                                          ? *rates
                                          : ratesTowards(options.currency, program->baseCurrency, *rates));
    {
        // Revenue and closed-won deals: won opportunities whose close date is in the window.
        Statement won(handle, QStringLiteral("SELECT partner_id, amount_minor, currency, expected_close FROM deal")
                                  + indexed("deal_tier_won")
                                  + QStringLiteral(" WHERE deleted_at IS NULL AND kind = 'opportunity' AND status = 'won' "
                                                   "AND expected_close > ?1 AND expected_close <= ?2")
                                  + partnerFilter);
        won.bind(1, dayText(windowStart));
        won.bind(2, dayText(options.asOf));
        if (!partnerId.isEmpty())
            won.bind(3, partnerId);
        QString currency;
        std::string currencyUtf8;
        while (won.next()) {
            const qint32 slot = index.slot(won.id(0));
            if (slot < 0)
                continue;
            PartnerMetrics& metrics = index.metrics[size_t(slot)];
            ++metrics.closedWon;
            const qint64 amount = won.int64(1);
            if (amount == 0)
                continue;
            const std::string_view code = won.text(2);
            if (code != currencyUtf8) {
                currencyUtf8.assign(code);
                currency = QString::fromUtf8(code.data(), qsizetype(code.size()));
            }
            const qint64 closeDay = TierSql::julianAt(won.text(3));
            const std::optional<qint64> converted =
                converter.toBase(amount, currency, closeDay ? QDate::fromJulianDay(closeDay) : QDate());
            if (!converted) {
                ++m_unconverted; // never added unconverted: counted and left out
                continue;
            }
            metrics.revenueMinor += *converted;
        }
        if (won.failed())
            return won.error();
    }
    {
        // Approved registrations (approved ever, as the pipeline counts them) decided on a local day in the window.
        Statement approved(handle,
                           QStringLiteral("SELECT partner_id FROM deal") + indexed("deal_tier_decided")
                               + QStringLiteral(" WHERE deleted_at IS NULL AND kind = 'registration' "
                                                "AND decided_at >= ?1 AND decided_at < ?2 AND (status = 'approved' "
                                                "OR (status = 'closed' AND closure_code IN "
                                                "('converted', 'expired', 'inactive')))")
                               + partnerFilter);
        approved.bind(1, localDayStart(windowStart.addDays(1)));
        approved.bind(2, localDayStart(options.asOf.addDays(1)));
        if (!partnerId.isEmpty())
            approved.bind(3, partnerId);
        while (approved.next()) {
            if (const qint32 slot = index.slot(approved.id(0)); slot >= 0)
                ++index.metrics[size_t(slot)].approvedRegistrations;
        }
        if (approved.failed())
            return approved.error();
    }
    if (m_unconverted > 0)
        qCDebug(lcTraining) << m_unconverted << "won deals without a rate towards" << options.currency;
    return {};
}

Status TierMetrics::scanPoints(sqlite3* handle, const Options& options, const QByteArray& partnerId)
{
    Index& index = *m_index;
    return readPoints(handle, options, partnerId, [&index](const IdKey& partner, qint64 points) {
        if (const qint32 slot = index.slot(partner); slot >= 0)
            index.metrics[size_t(slot)].points = points;
    });
}

int TierMetrics::certifiedOn(QByteArrayView partnerId, const QDate& day, const QString& track) const
{
    const qint32 slot = m_index->find(partnerId);
    const qint32 trackIndex = m_index->trackIndex(track);
    if (slot < 0 || trackIndex == -2 || !day.isValid())
        return 0;
    const Index::Span span = m_index->spans[size_t(slot)];
    const qint64 julian = day.toJulianDay();
    int count = 0;
    for (qint32 i = span.first; i < span.first + span.count; ++i) {
        const Index::PersonDay& entry = m_index->days[size_t(i)];
        if (entry.track == trackIndex && entry.lastDay >= julian)
            ++count;
    }
    return count;
}

QDate TierMetrics::firstDayBelow(QByteArrayView partnerId, int needed, const QString& track) const
{
    const qint32 slot = m_index->find(partnerId);
    const qint32 trackIndex = m_index->trackIndex(track);
    if (needed <= 0 || slot < 0 || trackIndex == -2)
        return {};
    // Entries are sorted by track, then latest last day first: the needed-th entry of the track is the last day
    // on which `needed` people are still certified.
    const Index::Span span = m_index->spans[size_t(slot)];
    int seen = 0;
    for (qint32 i = span.first; i < span.first + span.count; ++i) {
        const Index::PersonDay& entry = m_index->days[size_t(i)];
        if (entry.track != trackIndex)
            continue;
        if (++seen == needed) {
            if (entry.lastDay == NeverExpires || entry.lastDay < m_index->asOf)
                return {};
            return QDate::fromJulianDay(entry.lastDay + 1);
        }
    }
    return {};
}

} // namespace ChannelDesk
