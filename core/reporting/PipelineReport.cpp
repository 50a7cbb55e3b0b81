#include "PipelineReport.h"

#include "CurrencyConverter.h"
#include "common/Countries.h"
#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "deals/DealSettings.h"
#include "domain/Deal.h"
#include "domain/Partner.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ChannelDesk {

namespace {

Q_LOGGING_CATEGORY(lcReporting, "channeldesk.core.reporting", QtInfoMsg)

struct ReportTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::PipelineReport)
};

constexpr qint32 NoDay = std::numeric_limits<qint32>::min();
constexpr qint32 NoQuarter = -1;
constexpr qint64 NoTime = std::numeric_limits<qint64>::min();
constexpr qint64 JulianDayOfEpoch = 2440588; // 1970-01-01
constexpr int ProgressEvery = 16384;

// What a deal is for the report, decided once at load from kind, status and closure code (DealWorkflow::isOpen
// semantics: kind-aware). compute() only looks flags up by state.
enum State : quint8 {
    Draft,
    RegistrationPending, // submitted, under review, pending approval
    RegistrationApproved,
    ClosedConverted,
    ClosedExpired,
    ClosedInactive,
    ClosedRejected,
    ClosedDuplicate,
    ClosedOther,
    Canceled,
    OpportunityOpen,
    OpportunityWon,
    OpportunityLost,
    Unknown,
    StateCount
};

enum Flag : quint8 {
    IsOpen = 1,
    IsWon = 2,
    IsLost = 4,
    ApprovedEver = 8,    // approved, or closed after an approval (converted, expired, inactive)
    Decided = 16,        // approved ever, rejected or duplicate: the conversion rate's denominator
    ConvertedClosure = 32,
};

constexpr quint8 StateFlags[StateCount] = {
    0,                                      // Draft
    IsOpen,                                 // RegistrationPending
    IsOpen | ApprovedEver | Decided,        // RegistrationApproved
    ApprovedEver | Decided | ConvertedClosure, // ClosedConverted
    ApprovedEver | Decided,                 // ClosedExpired
    ApprovedEver | Decided,                 // ClosedInactive
    Decided,                                // ClosedRejected
    Decided,                                // ClosedDuplicate
    0,                                      // ClosedOther
    0,                                      // Canceled
    IsOpen,                                 // OpportunityOpen
    IsWon,                                  // OpportunityWon
    IsLost,                                 // OpportunityLost
    0,                                      // Unknown
};

State classify(std::string_view kind, std::string_view status, std::string_view closure)
{
    if (kind == "opportunity") {
        if (status == "open")
            return OpportunityOpen;
        if (status == "won")
            return OpportunityWon;
        if (status == "lost")
            return OpportunityLost;
        return Unknown;
    }
    if (kind != "registration")
        return Unknown;
    if (status == "draft")
        return Draft;
    if (status == "submitted" || status == "under_review" || status == "pending_approval")
        return RegistrationPending;
    if (status == "approved")
        return RegistrationApproved;
    if (status == "canceled")
        return Canceled;
    if (status != "closed")
        return Unknown;
    if (closure == "converted")
        return ClosedConverted;
    if (closure == "expired")
        return ClosedExpired;
    if (closure == "inactive")
        return ClosedInactive;
    if (closure == "rejected")
        return ClosedRejected;
    if (closure == "duplicate")
        return ClosedDuplicate;
    return ClosedOther;
}

/// Strings stored once, referred to by index: the loop over a million deals compares small integers, never text.
class Interner
{
public:
    qint32 intern(std::string_view utf8)
    {
        if (const auto it = m_index.find(utf8); it != m_index.end())
            return it->second;
        const auto index = static_cast<qint32>(m_values.size());
        m_index.emplace(std::string(utf8), index);
        m_values.append(QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())));
        return index;
    }
    qint32 intern(const QString& value)
    {
        const QByteArray utf8 = value.toUtf8();
        return intern(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
    }
    qint32 find(const QString& value) const
    {
        const QByteArray utf8 = value.toUtf8();
        const auto it = m_index.find(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
        return it == m_index.end() ? -1 : it->second;
    }
    const QString& value(qint32 index) const { return m_values.at(index); }
    qint32 size() const { return static_cast<qint32>(m_values.size()); }

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view> {}(text); }
    };
    std::unordered_map<std::string, qint32, Hash, std::equal_to<>> m_index;
    QStringList m_values;
};

/// One flag per dictionary entry: whether the filter admits it (all of them when `wanted` is empty).
std::vector<quint8> admitted(const Interner& dictionary, const QStringList& wanted)
{
    std::vector<quint8> mask(static_cast<size_t>(dictionary.size()), wanted.isEmpty() ? 1 : 0);
    for (const QString& value : wanted) {
        const qint32 index = dictionary.find(value.isNull() ? QStringLiteral("") : value);
        if (index >= 0)
            mask[static_cast<size_t>(index)] = 1;
    }
    return mask;
}

std::string_view textAt(sqlite3_stmt* statement, int column)
{
    // text() before bytes(), as SQLite documents, so the length is that of the UTF-8 form.
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    return text ? std::string_view(text, static_cast<size_t>(sqlite3_column_bytes(statement, column))) : std::string_view();
}

QString qstringAt(sqlite3_stmt* statement, int column)
{
    const std::string_view text = textAt(statement, column);
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

bool digitsAt(std::string_view text, size_t from, size_t count, int& value)
{
    value = 0;
    for (size_t i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        value = value * 10 + (text[i] - '0');
    }
    return true;
}

// Parsing a million stored dates through QDate::fromString costs seconds; the stored forms are fixed, so they are
// read directly, and anything else goes through Timestamp.
QDate dateAt(std::string_view text)
{
    int year = 0, month = 0, day = 0;
    if (text.size() == 10 && text[4] == '-' && text[7] == '-' && digitsAt(text, 0, 4, year)
        && digitsAt(text, 5, 2, month) && digitsAt(text, 8, 2, day)) {
        return QDate(year, month, day);
    }
    if (text.empty())
        return {};
    return Timestamp::dateFromStorage(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
}

qint64 msAt(std::string_view text)
{
    // "2026-11-27T08:30:00.123Z", as Timestamp::toStorage writes.
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, ms = 0;
    if (text.size() == 24 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' && text[16] == ':'
        && text[19] == '.' && text[23] == 'Z' && digitsAt(text, 0, 4, year) && digitsAt(text, 5, 2, month)
        && digitsAt(text, 8, 2, day) && digitsAt(text, 11, 2, hour) && digitsAt(text, 14, 2, minute)
        && digitsAt(text, 17, 2, second) && digitsAt(text, 20, 3, ms)) {
        const QDate date(year, month, day);
        if (date.isValid() && hour < 24 && minute < 60 && second < 60) {
            const qint64 days = date.toJulianDay() - JulianDayOfEpoch;
            return ((days * 24 + hour) * 60 + minute) * 60000 + second * 1000 + ms;
        }
    }
    if (text.empty())
        return NoTime;
    const QDateTime parsed = Timestamp::fromStorage(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
    return parsed.isValid() ? parsed.toMSecsSinceEpoch() : NoTime;
}

qint32 quarterNumber(const QDate& date)
{
    return date.isValid() && date.year() > 0 ? date.year() * 4 + (date.month() - 1) / 3 : NoQuarter;
}

QString quarterKeyOf(qint32 number)
{
    return DealQuery::quarterKey(QDate(number / 4, (number % 4) * 3 + 1, 1));
}

QString quarterLabel(qint32 number)
{
    //: A calendar quarter on the pipeline chart: %1 = 1…4, %2 = year
    return ReportTr::tr("Q%1 %2").arg(number % 4 + 1).arg(number / 4);
}

/// A prepared statement on the raw handle, finalised on every path. The load reads a million rows; QSqlQuery's
/// QVariant per cell would cost more than the rest of the load together.
class Statement
{
public:
    Statement(sqlite3* db, const QString& sql)
        : m_db(db), m_sql(sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        m_rc = db ? sqlite3_prepare_v2(db, utf8.constData(), static_cast<int>(utf8.size()), &m_statement, nullptr)
                  : SQLITE_MISUSE;
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool prepared() const { return m_rc == SQLITE_OK; }
    void bind(int index, qint64 value)
    {
        if (m_rc == SQLITE_OK)
            m_rc = sqlite3_bind_int64(m_statement, index, value);
    }
    void bind(int index, const QString& text)
    {
        m_keep.append(text.toUtf8());
        if (m_rc == SQLITE_OK)
            m_rc = sqlite3_bind_text(m_statement, index, m_keep.constLast().constData(),
                                     static_cast<int>(m_keep.constLast().size()), SQLITE_STATIC);
    }
    /// true: a row is available; false: done or failed (see error()).
    bool next()
    {
        if (m_rc != SQLITE_OK && m_rc != SQLITE_ROW)
            return false;
        m_rc = sqlite3_step(m_statement);
        return m_rc == SQLITE_ROW;
    }
    bool failed() const { return m_rc != SQLITE_OK && m_rc != SQLITE_ROW && m_rc != SQLITE_DONE; }
    Error error() const
    {
        return Sql::fromResultCode(m_rc, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "no database handle")
                                             + QStringLiteral(" [") + m_sql.left(200) + QLatin1Char(']'));
    }
    sqlite3_stmt* get() const { return m_statement; }

private:
    sqlite3* m_db;
    QString m_sql;
    sqlite3_stmt* m_statement = nullptr;
    int m_rc = SQLITE_OK;
    QList<QByteArray> m_keep;
};

/// A read transaction around the load's statements, so counts, stamps and rows come from one snapshot. Nothing when
/// the caller already has a transaction open (then that one is the snapshot).
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database& db)
        : m_db(db)
    {
        sqlite3* handle = db.handle();
        if (handle && sqlite3_get_autocommit(handle) != 0) {
            m_status = Sql::exec(db.connection(), QStringLiteral("BEGIN"));
            m_open = m_status.ok();
        }
    }
    ~ReadSnapshot()
    {
        if (m_open)
            (void)Sql::exec(m_db.connection(), QStringLiteral("COMMIT")); // read only: nothing to lose
    }
    const Status& status() const { return m_status; }

private:
    Database& m_db;
    Status m_status;
    bool m_open = false;
};

// The deal columns the report keeps (indexes used by storeDeal()); column 14 is the partner id.
const QString DealColumns = QStringLiteral(
    "SELECT d.local_id, d.kind, d.status, d.closure_code, d.sales_stage, d.probability, d.amount_minor, d.currency, "
    "d.expected_close, d.updated_at, d.submitted_at, d.decided_at, d.cam, d.registration_id IS NOT NULL, d.partner_id");
constexpr int PartnerIdColumn = 14;

// load(): partners once, then deals alone, matched to their partner in memory. Measured on a million deals and
// 100,000 partners: the join (a partner index and table lookup per deal) took 7.6 s, the two scans 1.5 s. The unary
// + keeps SQLite from walking a partial index (… WHERE deleted_at IS NULL) and fetching each deal in that index's
// order, which read the table at random (12.8 s instead of 1.4 s).
const QString PartnerSelect = QStringLiteral("SELECT id, name, tier, country, region FROM partner");
const QString DealLoadSelect = DealColumns + QStringLiteral(" FROM deal d WHERE +d.deleted_at IS NULL");
// refresh(): few rows, so each comes with its partner (columns 15…19), which may be new.
const QString DealRefreshSelect =
    DealColumns + QStringLiteral(", p.id, p.name, p.tier, p.country, p.region FROM deal d CROSS JOIN partner p "
                                 "ON p.id = d.partner_id WHERE ");
constexpr int JoinedPartnerColumn = 15;

/// A partner id (16 bytes) as a hash key built without allocating.
struct IdKey
{
    quint64 high = 0;
    quint64 low = 0;
    bool operator==(const IdKey&) const = default;

    static IdKey of(const void* bytes, int size)
    {
        IdKey key;
        if (bytes && size == 16) {
            std::memcpy(&key.high, bytes, 8);
            std::memcpy(&key.low, static_cast<const char*>(bytes) + 8, 8);
        } else {
            key.high = ~quint64(0); // ids are 16 bytes (CHECK constraint); anything else matches no partner
            key.low = static_cast<quint64>(size);
        }
        return key;
    }
    static IdKey of(const QByteArray& id) { return of(id.constData(), static_cast<int>(id.size())); }
};

struct IdKeyHash
{
    size_t operator()(const IdKey& key) const noexcept
    {
        // UUIDv7: time in the first bytes, random bits at the end.
        return std::hash<quint64> {}(key.low ^ (key.high * 0x9E3779B97F4A7C15ULL));
    }
};

/// Slot of each deal by local id: a plain array while local ids are dense (SQLite assigns them in order), a hash
/// for the few that are not.
class SlotIndex
{
public:
    qint32 value(qint64 localId, qint32 missing) const
    {
        if (localId >= 0 && localId < static_cast<qint64>(m_dense.size())) {
            const qint32 slot = m_dense[static_cast<size_t>(localId)];
            return slot >= 0 ? slot : missing;
        }
        const auto it = m_sparse.find(localId);
        return it == m_sparse.end() ? missing : it->second;
    }
    void insert(qint64 localId, qint32 slot)
    {
        if (localId >= 0 && localId < static_cast<qint64>(m_dense.size())) {
            m_dense[static_cast<size_t>(localId)] = slot;
        } else if (localId >= 0 && localId < 4 * (static_cast<qint64>(m_count) + 1) + 1'000'000) {
            m_dense.resize(static_cast<size_t>(std::max<qint64>(localId + 1, static_cast<qint64>(m_dense.size()) * 3 / 2)), -1);
            m_dense[static_cast<size_t>(localId)] = slot;
        } else {
            m_sparse[localId] = slot;
        }
        ++m_count;
    }
    void remove(qint64 localId)
    {
        if (localId >= 0 && localId < static_cast<qint64>(m_dense.size()))
            m_dense[static_cast<size_t>(localId)] = -1;
        else
            m_sparse.erase(localId);
        --m_count;
    }
    /// insert() for a local id already present (its slot changed): keeps the count.
    void move(qint64 localId, qint32 slot)
    {
        insert(localId, slot);
        --m_count;
    }
    void reserve(qint64 maxLocalId) { m_dense.assign(static_cast<size_t>(std::max<qint64>(maxLocalId + 1, 0)), -1); }

private:
    std::vector<qint32> m_dense;
    std::unordered_map<qint64, qint32> m_sparse;
    qint64 m_count = 0;
};

/// Σ amount × percent, exactly, as 100 × hundreds + rest: amount × percent of one deal can pass 2^63 where the
/// amount does not, and MSVC has no 128-bit integer. Per deal, amount = 100a + b gives amount × percent =
/// 100·(a × percent) + b × percent, with |a × percent| ≤ |amount| and |b × percent| < 10,000.
struct Weighted
{
    qint64 hundreds = 0;
    qint64 rest = 0;

    static Weighted of(qint64 amount, int percent)
    {
        return { amount / 100 * percent, amount % 100 * percent };
    }
    Weighted& operator+=(const Weighted& other)
    {
        hundreds += other.hundreds;
        rest += other.rest;
        return *this;
    }
    /// Σ / 100, rounded half away from zero.
    qint64 rounded() const
    {
        qint64 whole = hundreds + rest / 100;
        qint64 part = rest % 100;
        // Give both the sign of the total before rounding it.
        if (whole > 0 && part < 0) {
            --whole;
            part += 100;
        } else if (whole < 0 && part > 0) {
            ++whole;
            part -= 100;
        }
        if (part >= 50)
            return whole + 1;
        if (part <= -50)
            return whole - 1;
        return whole;
    }
};

struct Accumulator
{
    qint64 count = 0;
    qint64 amount = 0;
    Weighted weighted; ///< Σ amount × percent
    qint64 won = 0;

    void addOpen(bool converted, qint64 value, const Weighted& weightedValue)
    {
        ++count;
        if (converted) {
            amount += value;
            weighted += weightedValue;
        }
    }
    void add(const Accumulator& other)
    {
        count += other.count;
        amount += other.amount;
        weighted += other.weighted;
        won += other.won;
    }
};

PipelineBucket bucket(const QString& key, const QString& label, const Accumulator& sum, const DealFilter& drillDown)
{
    PipelineBucket result;
    result.key = key;
    result.label = label;
    result.count = sum.count;
    result.amountMinor = sum.amount;
    result.weightedMinor = sum.weighted.rounded();
    result.wonMinor = sum.won;
    result.drillDown = drillDown;
    return result;
}

} // namespace

struct PipelineReport::Data
{
    // Dictionaries.
    Interner stages; ///< salesStages() codes first, in stage order; unknown codes after
    Interner cams;
    Interner currencies;
    Interner tiers;
    Interner countries;
    Interner regions;
    std::vector<quint8> stageDefault; ///< default probability per stage index

    // Partners (the dimension table).
    std::vector<QByteArray> partnerId;
    QStringList partnerName;
    std::vector<qint32> partnerTier;
    std::vector<qint32> partnerCountry;
    std::vector<qint32> partnerRegion;
    std::unordered_map<IdKey, qint32, IdKeyHash> partnerById;

    // Deals, one entry per live deal in each column.
    std::vector<qint64> localId;
    std::vector<qint64> amount;       ///< minor units of `currency`; NULL = 0
    std::vector<qint64> updatedMs;    ///< updated_at, ms since the epoch (UTC)
    std::vector<qint64> approvalMs;   ///< registrations: decided_at − submitted_at; NoTime when either is missing
    std::vector<qint32> closeDay;     ///< expected close as a Julian day; NoDay when none
    std::vector<qint32> quarter;      ///< year × 4 + quarter − 1 of the expected close; NoQuarter when none
    std::vector<qint32> partner;
    std::vector<qint32> cam;
    std::vector<quint16> currency;
    std::vector<quint16> stage;
    std::vector<quint8> state;
    std::vector<quint8> probability;  ///< effective: override, else stage default (Deal::effectiveProbability)
    std::vector<quint8> fromRegistration; ///< opportunity with a registration_id (PIPE-03)
    SlotIndex slotOf;
    qint32 minQuarter = std::numeric_limits<qint32>::max();
    qint32 maxQuarter = NoQuarter;

    QList<CurrencyRate> rates;
    QList<PipelineTarget> targets;

    // Change detection (see the class comment).
    QString newestStamp;          ///< max(updated_at) of live deals at the last read
    qint64 maxLocalId = 0;
    QString newestPartnerStamp;
    qint64 unreadLive = 0;        ///< live deals the join does not return (no partner row): not in memory
    qint64 wallAtRead = 0;        ///< wall clock (ms) at the last read…
    QElapsedTimer sinceRead;      ///< …and a monotonic timer started then
    // Nothing committed since the last read when all three are unchanged (PRAGMA data_version counts other
    // connections' commits, sqlite3_total_changes64 this connection's).
    const sqlite3* readHandle = nullptr;
    qint64 dataVersion = -1;
    qint64 totalChanges = -1;
    RefreshInfo lastRefresh;

    Data()
    {
        for (const SalesStage& s : salesStages()) {
            stages.intern(s.code);
            stageDefault.push_back(static_cast<quint8>(std::clamp(s.probability, 0, 100)));
        }
    }

    qint32 size() const { return static_cast<qint32>(localId.size()); }

    qint32 stageIndex(std::string_view code)
    {
        const qint32 index = stages.intern(code);
        if (static_cast<size_t>(index) >= stageDefault.size())
            stageDefault.push_back(0); // stageProbability() of an unknown code
        return index;
    }

    /// The partner whose id is in column `column` of `row`; -1 when unknown.
    qint32 partnerAt(sqlite3_stmt* row, int column) const
    {
        const auto it = partnerById.find(IdKey::of(sqlite3_column_blob(row, column), sqlite3_column_bytes(row, column)));
        return it == partnerById.end() ? -1 : it->second;
    }

    /// Adds or updates the partner of columns id, name, tier, country, region starting at `first`.
    qint32 storePartner(sqlite3_stmt* row, int first)
    {
        const IdKey key = IdKey::of(sqlite3_column_blob(row, first), sqlite3_column_bytes(row, first));
        auto [it, added] = partnerById.try_emplace(key, static_cast<qint32>(partnerId.size()));
        const auto index = static_cast<size_t>(it->second);
        if (added) {
            const auto* blob = static_cast<const char*>(sqlite3_column_blob(row, first));
            partnerId.emplace_back(blob, sqlite3_column_bytes(row, first));
            partnerName.append(QString());
            partnerTier.push_back(0);
            partnerCountry.push_back(0);
            partnerRegion.push_back(0);
        }
        partnerName[it->second] = qstringAt(row, first + 1);
        partnerTier[index] = tiers.intern(textAt(row, first + 2));
        partnerCountry[index] = countries.intern(textAt(row, first + 3));
        partnerRegion[index] = regions.intern(textAt(row, first + 4));
        return it->second;
    }

    /// Stores the deal of a DealColumns row at `slot` (append when slot == size()), with its partner's index.
    void storeDeal(qint32 slot, sqlite3_stmt* row, qint32 partnerIndex)
    {
        const State dealState = classify(textAt(row, 1), textAt(row, 2), textAt(row, 3));
        const qint32 stageIdx = stageIndex(textAt(row, 4));
        int percent = 0;
        if (dealState == OpportunityWon)
            percent = 100;
        else if (dealState != OpportunityLost) {
            percent = sqlite3_column_type(row, 5) == SQLITE_NULL ? stageDefault[static_cast<size_t>(stageIdx)]
                                                                : sqlite3_column_int(row, 5);
        }
        const QDate close = dateAt(textAt(row, 8));
        const qint64 submitted = msAt(textAt(row, 10));
        const qint64 decided = msAt(textAt(row, 11));
        const qint32 closeQuarter = quarterNumber(close);
        if (closeQuarter != NoQuarter) {
            minQuarter = std::min(minQuarter, closeQuarter);
            maxQuarter = std::max(maxQuarter, closeQuarter);
        }
        const bool append = slot == size();
        auto put = [append, slot](auto& column, auto value) {
            if (append)
                column.push_back(value);
            else
                column[static_cast<size_t>(slot)] = value;
        };
        const qint64 id = sqlite3_column_int64(row, 0);
        put(localId, id);
        put(amount, static_cast<qint64>(sqlite3_column_int64(row, 6))); // NULL reads as 0
        put(updatedMs, msAt(textAt(row, 9)));
        put(approvalMs, submitted != NoTime && decided != NoTime ? decided - submitted : NoTime);
        put(closeDay, close.isValid() ? static_cast<qint32>(close.toJulianDay()) : NoDay);
        put(quarter, closeQuarter);
        put(partner, partnerIndex);
        put(cam, cams.intern(textAt(row, 12)));
        put(currency, static_cast<quint16>(currencies.intern(textAt(row, 7))));
        put(stage, static_cast<quint16>(stageIdx));
        put(state, static_cast<quint8>(dealState));
        // DealValidator keeps overrides within 0…100; anything else is clamped rather than wrapped.
        put(probability, static_cast<quint8>(std::clamp(percent, 0, 100)));
        // Any opportunity with a registration id, as DealQuery's convertedOnly selects them.
        put(fromRegistration, static_cast<quint8>(textAt(row, 1) == "opportunity" && sqlite3_column_int(row, 13) != 0));
        if (append)
            slotOf.insert(id, slot); // otherwise the slot was found by this id
    }

    /// Orders the deals by partner (a stable counting sort). compute() adds every open deal to its partner's
    /// total; in partner order those additions hit one cache line after another instead of a random one of a
    /// 100,000-partner array (measured: over half of compute()'s time went to those cache misses). Deals added
    /// by refresh() go to the end; the order only affects speed.
    void groupByPartner()
    {
        const size_t count = localId.size();
        std::vector<qint32> next(partnerId.size() + 1, 0);
        for (const qint32 p : partner)
            ++next[static_cast<size_t>(p) + 1];
        for (size_t p = 1; p < next.size(); ++p)
            next[p] += next[p - 1];
        std::vector<qint32> order(count);
        for (size_t i = 0; i < count; ++i)
            order[static_cast<size_t>(next[static_cast<size_t>(partner[i])]++)] = static_cast<qint32>(i);
        auto permute = [&order, count](auto& column) {
            std::remove_reference_t<decltype(column)> sorted(count);
            for (size_t k = 0; k < count; ++k)
                sorted[k] = column[static_cast<size_t>(order[k])];
            column.swap(sorted);
        };
        permute(localId);
        permute(amount);
        permute(updatedMs);
        permute(approvalMs);
        permute(closeDay);
        permute(quarter);
        permute(partner);
        permute(cam);
        permute(currency);
        permute(stage);
        permute(state);
        permute(probability);
        permute(fromRegistration);
        for (size_t k = 0; k < count; ++k)
            slotOf.move(localId[k], static_cast<qint32>(k));
    }

    /// Removes the deal at `slot` by moving the last one into it.
    void removeDeal(qint32 slot)
    {
        slotOf.remove(localId[static_cast<size_t>(slot)]);
        const auto last = static_cast<size_t>(size() - 1);
        auto move = [slot, last](auto& column) {
            column[static_cast<size_t>(slot)] = column[last];
            column.pop_back();
        };
        if (static_cast<size_t>(slot) != last)
            slotOf.move(localId[last], slot);
        move(localId);
        move(amount);
        move(updatedMs);
        move(approvalMs);
        move(closeDay);
        move(quarter);
        move(partner);
        move(cam);
        move(currency);
        move(stage);
        move(state);
        move(probability);
        move(fromRegistration);
    }
};

PipelineReport::PipelineReport()
    : m_data(std::make_unique<Data>())
{
}

PipelineReport::~PipelineReport() = default;

qint64 PipelineReport::dealCount() const
{
    return m_data->size();
}

PipelineReport::RefreshInfo PipelineReport::lastRefresh() const
{
    return m_data->lastRefresh;
}

namespace {

Result<qint64> singleInteger(sqlite3* handle, const QString& sql)
{
    Statement statement(handle, sql);
    if (!statement.prepared() || !statement.next())
        return statement.error();
    return static_cast<qint64>(sqlite3_column_int64(statement.get(), 0));
}

Result<QString> singleText(sqlite3* handle, const QString& sql)
{
    Statement statement(handle, sql);
    if (!statement.prepared() || !statement.next())
        return statement.error();
    return qstringAt(statement.get(), 0);
}

Error cancelled()
{
    return Error { Error::Code::Cancelled, ReportTr::tr("Loading the pipeline was cancelled."), {}, {} };
}

/// The bookkeeping refresh() starts from, read in the same snapshot as the rows.
Status readMarks(sqlite3* handle, qint64& liveCount, QString& newestStamp, qint64& maxLocalId, QString& newestPartnerStamp)
{
    // Each of these is answered from an index (deal_by_status / deal_sort_updated / the rowid / partner_sort_updated).
    const Result<qint64> count = singleInteger(handle, QStringLiteral("SELECT count(*) FROM deal WHERE deleted_at IS NULL"));
    if (!count)
        return count.error();
    const Result<QString> stamp = singleText(handle, QStringLiteral("SELECT max(updated_at) FROM deal WHERE deleted_at IS NULL"));
    if (!stamp)
        return stamp.error();
    const Result<qint64> maxId = singleInteger(handle, QStringLiteral("SELECT coalesce(max(local_id), 0) FROM deal"));
    if (!maxId)
        return maxId.error();
    const Result<QString> partnerStamp =
        singleText(handle, QStringLiteral("SELECT max(updated_at) FROM partner WHERE deleted_at IS NULL"));
    if (!partnerStamp)
        return partnerStamp.error();
    liveCount = count.value();
    newestStamp = stamp.value();
    maxLocalId = maxId.value();
    newestPartnerStamp = partnerStamp.value();
    return {};
}

/// What tells refresh() that nothing at all was committed since the last read.
Status readVersion(sqlite3* handle, qint64& dataVersion, qint64& totalChanges)
{
    const Result<qint64> version = singleInteger(handle, QStringLiteral("PRAGMA data_version"));
    if (!version)
        return version.error();
    dataVersion = version.value();
    totalChanges = handle ? static_cast<qint64>(sqlite3_total_changes64(handle)) : -1;
    return {};
}

Status readSettings(Database& db, QList<CurrencyRate>& rates, QList<PipelineTarget>& targets)
{
    DealSettings settings(db);
    Result<QList<CurrencyRate>> loadedRates = settings.rates();
    if (!loadedRates)
        return loadedRates.error();
    Result<QList<PipelineTarget>> loadedTargets = settings.targets();
    if (!loadedTargets)
        return loadedTargets.error();
    rates = std::move(loadedRates).value();
    targets = std::move(loadedTargets).value();
    return {};
}

} // namespace

Status PipelineReport::load(Database& db, const std::function<bool(qint64, qint64)>& progress)
{
    QElapsedTimer timer;
    timer.start();
    auto data = std::make_unique<Data>();
    sqlite3* handle = db.handle();
    // Before the snapshot: a commit after this point changes data_version, so refresh() never skips it.
    if (Status status = readVersion(handle, data->dataVersion, data->totalChanges); !status)
        return status;
    data->readHandle = handle;
    data->wallAtRead = QDateTime::currentMSecsSinceEpoch();
    data->sinceRead.start();
    ReadSnapshot snapshot(db);
    if (!snapshot.status())
        return snapshot.status();

    qint64 liveCount = 0;
    if (Status status = readMarks(handle, liveCount, data->newestStamp, data->maxLocalId, data->newestPartnerStamp); !status)
        return status;
    if (Status status = readSettings(db, data->rates, data->targets); !status)
        return status;
    if (progress && !progress(0, liveCount))
        return cancelled();

    // Every partner row, tombstoned ones too: their live deals stay in the pipeline, as the deals list shows them.
    Statement partners(handle, PartnerSelect);
    while (partners.next())
        data->storePartner(partners.get(), 0);
    if (partners.failed())
        return partners.error();

    const auto reserve = static_cast<size_t>(liveCount);
    for (auto* column : { &data->localId, &data->amount, &data->updatedMs, &data->approvalMs })
        column->reserve(reserve);
    for (auto* column : { &data->closeDay, &data->quarter, &data->partner, &data->cam })
        column->reserve(reserve);
    for (auto* column : { &data->currency, &data->stage })
        column->reserve(reserve);
    for (auto* column : { &data->state, &data->probability, &data->fromRegistration })
        column->reserve(reserve);
    data->slotOf.reserve(data->maxLocalId);

    Statement rows(handle, DealLoadSelect);
    if (!rows.prepared())
        return rows.error();
    qint64 done = 0;
    while (rows.next()) {
        // A deal whose partner row is missing is left out, as the deals list's join leaves it out.
        if (const qint32 partner = data->partnerAt(rows.get(), PartnerIdColumn); partner >= 0)
            data->storeDeal(data->size(), rows.get(), partner);
        if (++done % ProgressEvery == 0 && progress && !progress(done, liveCount))
            return cancelled();
    }
    if (rows.failed())
        return rows.error();
    data->unreadLive = liveCount - data->size();
    data->groupByPartner();
    if (progress && !progress(liveCount, liveCount))
        return cancelled();
    m_data = std::move(data);
    qCDebug(lcReporting) << "Pipeline loaded:" << m_data->size() << "deals," << m_data->partnerId.size() << "partners in"
                         << timer.elapsed() << "ms";
    return {};
}

Status PipelineReport::refresh(Database& db)
{
    Data& data = *m_data;
    sqlite3* handle = db.handle();
    const qint64 wall = QDateTime::currentMSecsSinceEpoch();
    // Stamps come from the local clock: when it went back since the last read, or the newest stamp is ahead of it,
    // a later change may carry an older stamp than the ones already read. Only a full read is safe then.
    const bool clockWentBack = data.sinceRead.isValid() && wall < data.wallAtRead + data.sinceRead.elapsed() - 2000;
    const QByteArray newest = data.newestStamp.toUtf8();
    const bool stampAhead = !newest.isEmpty() && msAt(std::string_view(newest.constData(), static_cast<size_t>(newest.size()))) > wall;
    if (!data.sinceRead.isValid() || clockWentBack || stampAhead) {
        qCInfo(lcReporting) << "Pipeline: full reload (clock went back or stamps ahead of the clock)";
        Status status = load(db);
        if (status)
            m_data->lastRefresh = { m_data->size(), 0, true };
        return status;
    }

    // Nothing committed since the last read (by this connection or another): nothing to read.
    qint64 version = -1;
    qint64 changes = -1;
    if (Status status = readVersion(handle, version, changes); !status)
        return status;
    if (handle == data.readHandle && version == data.dataVersion && changes == data.totalChanges) {
        data.lastRefresh = {};
        return {};
    }

    QElapsedTimer timer;
    timer.start();
    ReadSnapshot snapshot(db);
    if (!snapshot.status())
        return snapshot.status();
    qint64 liveCount = 0;
    QString newestStamp;
    qint64 maxLocalId = 0;
    QString newestPartnerStamp;
    if (Status status = readMarks(handle, liveCount, newestStamp, maxLocalId, newestPartnerStamp); !status)
        return status;
    QList<CurrencyRate> rates;
    QList<PipelineTarget> targets;
    if (Status status = readSettings(db, rates, targets); !status)
        return status;

    // Partners changed since the last read: their tier, country, region or name moves their deals between buckets.
    {
        Statement partners(handle, PartnerSelect + QStringLiteral(" WHERE deleted_at IS NULL AND updated_at >= ?"));
        partners.bind(1, data.newestPartnerStamp);
        while (partners.next())
            data.storePartner(partners.get(), 0);
        if (partners.failed())
            return partners.error();
    }

    // Deals changed (stamp) or added (local id) since the last read; equal stamps are read again, harmlessly. The
    // first pass walks deal_sort_updated, the second the rowid.
    qint64 changed = 0;
    for (const bool byStamp : { true, false }) {
        Statement rows(handle, DealRefreshSelect
                                   + (byStamp ? QStringLiteral("d.deleted_at IS NULL AND d.updated_at >= ?")
                                              : QStringLiteral("+d.deleted_at IS NULL AND d.local_id > ?")));
        if (byStamp)
            rows.bind(1, data.newestStamp); // "" when no live deal had a stamp: every live deal
        else
            rows.bind(1, data.maxLocalId);
        while (rows.next()) {
            const qint32 partner = data.storePartner(rows.get(), JoinedPartnerColumn);
            const qint32 slot = data.slotOf.value(sqlite3_column_int64(rows.get(), 0), data.size());
            data.storeDeal(slot, rows.get(), partner);
            ++changed;
        }
        if (rows.failed())
            return rows.error();
    }

    // Tombstones and hard deletes leave the live count short of ours: find the missing deals by their ids.
    qint64 removed = 0;
    if (liveCount != data.size() + data.unreadLive) {
        std::vector<quint8> seen(static_cast<size_t>(data.size()), 0);
        qint64 unread = 0;
        Statement ids(handle, QStringLiteral("SELECT local_id FROM deal WHERE deleted_at IS NULL"));
        while (ids.next()) {
            const qint32 slot = data.slotOf.value(sqlite3_column_int64(ids.get(), 0), -1);
            if (slot >= 0)
                seen[static_cast<size_t>(slot)] = 1;
            else
                ++unread; // live but without a partner row: the join never returns it
        }
        if (ids.failed())
            return ids.error();
        for (qint32 slot = data.size() - 1; slot >= 0; --slot) {
            if (!seen[static_cast<size_t>(slot)]) {
                data.removeDeal(slot); // moves the last deal, already checked, into `slot`
                ++removed;
            }
        }
        data.unreadLive = unread;
    }

    data.rates = std::move(rates);
    data.targets = std::move(targets);
    data.newestStamp = newestStamp;
    data.maxLocalId = maxLocalId;
    data.newestPartnerStamp = newestPartnerStamp;
    data.wallAtRead = wall;
    data.sinceRead.restart();
    data.readHandle = handle;
    data.dataVersion = version;
    data.totalChanges = changes;
    data.lastRefresh = { changed, removed, false };
    qCDebug(lcReporting) << "Pipeline refreshed:" << changed << "read," << removed << "removed in" << timer.elapsed() << "ms";
    return {};
}

PipelineDashboard PipelineReport::compute(const PipelineOptions& options) const
{
    const Data& data = *m_data;
    const DealFilter& filter = options.filter;
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    const auto todayDay = static_cast<qint32>(today.toJulianDay());
    const qint64 stalledBeforeMs = DealQuery::stalledBefore(today, options.stalledDays).toMSecsSinceEpoch();

    // The filter as masks over partners and CAMs and a day range: the loop below only indexes arrays.
    std::vector<quint8> partnerPass(data.partnerId.size(), filter.partnerIds.isEmpty() ? 1 : 0);
    for (const QByteArray& id : filter.partnerIds) {
        if (const auto it = data.partnerById.find(IdKey::of(id)); it != data.partnerById.end())
            partnerPass[static_cast<size_t>(it->second)] = 1;
    }
    if (!filter.tiers.isEmpty() || !filter.countries.isEmpty() || !filter.regions.isEmpty()) {
        const std::vector<quint8> tierPass = admitted(data.tiers, filter.tiers);
        const std::vector<quint8> countryPass = admitted(data.countries, filter.countries);
        const std::vector<quint8> regionPass = admitted(data.regions, filter.regions);
        for (size_t p = 0; p < partnerPass.size(); ++p) {
            partnerPass[p] = partnerPass[p] && tierPass[static_cast<size_t>(data.partnerTier[p])]
                && countryPass[static_cast<size_t>(data.partnerCountry[p])]
                && regionPass[static_cast<size_t>(data.partnerRegion[p])];
        }
    }
    const std::vector<quint8> camPass = admitted(data.cams, filter.cams);
    const bool dayRange = filter.closeFrom.isValid() || filter.closeTo.isValid();
    const qint32 fromDay = filter.closeFrom.isValid() ? static_cast<qint32>(filter.closeFrom.toJulianDay()) : NoDay + 1;
    const qint32 toDay = filter.closeTo.isValid() ? static_cast<qint32>(filter.closeTo.toJulianDay())
                                                  : std::numeric_limits<qint32>::max();

    // Per currency: its rate periods as Julian days and exact factors (CurrencyConverter), and their use counts.
    const CurrencyConverter converter(options.baseCurrency, data.rates);
    struct Plan
    {
        bool base = false;
        std::vector<qint32> fromDay;
        std::vector<CurrencyConverter::Factor> factor;
        std::vector<qint64> used;
        QList<CurrencyRate> rows;
        qint64 missing = 0; ///< deals left out: no rate at their date, or the result overflowed
    };
    std::vector<Plan> plans(static_cast<size_t>(data.currencies.size()));
    for (qint32 c = 0; c < data.currencies.size(); ++c) {
        Plan& plan = plans[static_cast<size_t>(c)];
        const QString& code = data.currencies.value(c);
        plan.base = converter.isBase(code);
        for (const CurrencyConverter::Period& period : converter.periods(code)) {
            plan.fromDay.push_back(static_cast<qint32>(period.rate.validFrom.toJulianDay()));
            plan.factor.push_back(period.factor);
            plan.used.push_back(0);
            plan.rows.append(period.rate);
        }
    }

    const auto quarterSpan = data.maxQuarter >= data.minQuarter ? data.maxQuarter - data.minQuarter + 1 : 0;
    std::vector<Accumulator> byStage(static_cast<size_t>(data.stages.size()));
    std::vector<Accumulator> byPartner(data.partnerId.size());
    std::vector<Accumulator> byQuarter(static_cast<size_t>(quarterSpan));
    Accumulator open, won, pastClose, stalled, fromRegistrations;
    qint64 lost = 0, decided = 0, convertedRegistrations = 0, approvalSamples = 0;
    qint64 approvalMsSum = 0; // a million approvals of a year each stay far below 2^63 ms

    // The columns as plain pointers: the accumulators are written through references, so without these locals
    // the compiler reloads every column's address on each iteration.
    const quint8* const stateOf = data.state.data();
    const quint8* const fromRegistrationOf = data.fromRegistration.data();
    const qint32* const partnerOf = data.partner.data();
    const qint32* const camOf = data.cam.data();
    const qint32* const closeDayOf = data.closeDay.data();
    const qint64* const approvalMsOf = data.approvalMs.data();
    const qint64* const amountOf = data.amount.data();
    const quint16* const currencyOf = data.currency.data();
    const quint8* const probabilityOf = data.probability.data();
    const quint16* const stageOf = data.stage.data();
    const qint32* const quarterOf = data.quarter.data();
    const qint64* const updatedMsOf = data.updatedMs.data();
    const quint8* const partnerPassOf = partnerPass.data();
    const quint8* const camPassOf = camPass.data();
    const qint32 count = data.size();
    for (qint32 i = 0; i < count; ++i) {
        const auto at = static_cast<size_t>(i);
        const quint8 flags = StateFlags[stateOf[at]];
        const bool converted = fromRegistrationOf[at] != 0;
        if (flags == 0 && !converted)
            continue; // drafts, canceled, closed without a known code: in no figure
        const auto partner = static_cast<size_t>(partnerOf[at]);
        if (!partnerPassOf[partner] || !camPassOf[camOf[at]])
            continue;
        const qint32 day = closeDayOf[at];
        if (dayRange && (day == NoDay || day < fromDay || day > toDay))
            continue;

        if (flags & Decided) {
            ++decided;
            if (flags & ConvertedClosure)
                ++convertedRegistrations;
            if ((flags & ApprovedEver) && approvalMsOf[at] != NoTime) {
                approvalMsSum += approvalMsOf[at];
                ++approvalSamples;
            }
        }
        if (flags & IsLost)
            ++lost;
        if (!(flags & (IsOpen | IsWon)) && !converted)
            continue;

        // The amount in the base currency at the expected close (today without one). Never added unconverted.
        qint64 value = 0;
        bool ok = true;
        if (const qint64 minor = amountOf[at]; minor != 0) {
            Plan& plan = plans[currencyOf[at]];
            if (plan.base) {
                value = minor;
            } else {
                const qint32 rateDay = day == NoDay ? todayDay : day;
                const auto after = std::upper_bound(plan.fromDay.cbegin(), plan.fromDay.cend(), rateDay);
                const auto period = static_cast<size_t>(after - plan.fromDay.cbegin());
                std::optional<qint64> result;
                if (period > 0)
                    result = plan.factor[period - 1].apply(minor);
                if (result) {
                    value = *result;
                    ++plan.used[period - 1];
                } else {
                    ok = false;
                    ++plan.missing;
                }
            }
        }
        const Weighted weighted = Weighted::of(value, probabilityOf[at]);

        if (flags & IsOpen) {
            open.addOpen(ok, value, weighted);
            byStage[stageOf[at]].addOpen(ok, value, weighted);
            byPartner[partner].addOpen(ok, value, weighted);
            if (quarterOf[at] != NoQuarter)
                byQuarter[static_cast<size_t>(quarterOf[at] - data.minQuarter)].addOpen(ok, value, weighted);
            if (day != NoDay && day < todayDay)
                pastClose.addOpen(ok, value, weighted);
            if (updatedMsOf[at] < stalledBeforeMs)
                stalled.addOpen(ok, value, weighted);
        } else if (flags & IsWon) {
            ++won.count;
            won.won += value; // 0 when not converted
            if (quarterOf[at] != NoQuarter) {
                Accumulator& q = byQuarter[static_cast<size_t>(quarterOf[at] - data.minQuarter)];
                ++q.count;
                q.won += value;
            }
        }
        if (converted) {
            ++fromRegistrations.count;
            fromRegistrations.amount += value;
            if (flags & IsOpen)
                fromRegistrations.weighted += weighted;
            if (flags & IsWon)
                fromRegistrations.won += value;
        }
    }

    // Assemble: every bucket gets the report filter (only the fields compute() applies) plus its own key.
    DealFilter base;
    base.closeFrom = filter.closeFrom;
    base.closeTo = filter.closeTo;
    base.partnerIds = filter.partnerIds;
    base.tiers = filter.tiers;
    base.countries = filter.countries;
    base.regions = filter.regions;
    base.cams = filter.cams;
    base.today = today;
    DealFilter openBase = base;
    openBase.openOnly = true;

    PipelineDashboard result;
    result.currency = options.baseCurrency;
    result.openCount = open.count;
    result.openMinor = open.amount;
    result.weightedMinor = open.weighted.rounded();
    result.wonCount = won.count;
    result.wonMinor = won.won;
    result.lostCount = lost;

    for (qint32 s = 0; s < data.stages.size(); ++s) {
        const Accumulator& sum = byStage[static_cast<size_t>(s)];
        const bool known = s < salesStages().size();
        if (!known && sum.count == 0)
            continue;
        DealFilter drill = openBase;
        drill.salesStage = data.stages.value(s);
        result.byStage.append(bucket(drill.salesStage, known ? salesStages().at(s).label : drill.salesStage, sum, drill));
    }

    // Partners: top N by open amount, then count, then name.
    std::vector<qint32> partners;
    for (size_t p = 0; p < byPartner.size(); ++p) {
        if (byPartner[p].count > 0)
            partners.push_back(static_cast<qint32>(p));
    }
    auto larger = [&](qint32 a, qint32 b) {
        const Accumulator& x = byPartner[static_cast<size_t>(a)];
        const Accumulator& y = byPartner[static_cast<size_t>(b)];
        if (x.amount != y.amount)
            return x.amount > y.amount;
        if (x.count != y.count)
            return x.count > y.count;
        return data.partnerName.at(a) < data.partnerName.at(b);
    };
    const size_t top = options.topPartners > 0 ? std::min(partners.size(), static_cast<size_t>(options.topPartners))
                                               : partners.size();
    std::partial_sort(partners.begin(), partners.begin() + static_cast<std::ptrdiff_t>(top), partners.end(), larger);
    for (size_t k = 0; k < top; ++k) {
        const auto p = static_cast<size_t>(partners[k]);
        DealFilter drill = openBase;
        drill.partnerIds = { data.partnerId[p] };
        result.byPartner.append(bucket(Uuid::toString(data.partnerId[p]), data.partnerName.at(partners[k]), byPartner[p], drill));
    }

    // Tiers and countries are partner attributes: sum the partners' totals.
    std::vector<Accumulator> byTier(static_cast<size_t>(data.tiers.size()));
    std::vector<Accumulator> byCountry(static_cast<size_t>(data.countries.size()));
    for (size_t p = 0; p < byPartner.size(); ++p) {
        if (byPartner[p].count == 0)
            continue;
        byTier[static_cast<size_t>(data.partnerTier[p])].add(byPartner[p]);
        byCountry[static_cast<size_t>(data.partnerCountry[p])].add(byPartner[p]);
    }
    QList<qint32> tierOrder;
    const QList<Choice> tierChoices = partnerTiers();
    for (const Choice& choice : tierChoices) {
        const qint32 t = data.tiers.find(choice.code.isNull() ? QStringLiteral("") : choice.code);
        if (t >= 0)
            tierOrder.append(t);
    }
    for (qint32 t = 0; t < data.tiers.size(); ++t) {
        if (!tierOrder.contains(t))
            tierOrder.append(t);
    }
    for (const qint32 t : tierOrder) {
        const Accumulator& sum = byTier[static_cast<size_t>(t)];
        if (sum.count == 0)
            continue;
        DealFilter drill = openBase;
        drill.tiers = { data.tiers.value(t) };
        const QString label = choiceLabel(tierChoices, data.tiers.value(t));
        result.byTier.append(bucket(data.tiers.value(t), label.isEmpty() ? data.tiers.value(t) : label, sum, drill));
    }
    std::vector<qint32> countries;
    for (qint32 c = 0; c < data.countries.size(); ++c) {
        if (byCountry[static_cast<size_t>(c)].count > 0)
            countries.push_back(c);
    }
    std::sort(countries.begin(), countries.end(), [&](qint32 a, qint32 b) {
        const Accumulator& x = byCountry[static_cast<size_t>(a)];
        const Accumulator& y = byCountry[static_cast<size_t>(b)];
        if (x.amount != y.amount)
            return x.amount > y.amount;
        if (x.count != y.count)
            return x.count > y.count;
        return data.countries.value(a) < data.countries.value(b);
    });
    const QLocale locale;
    for (const qint32 c : countries) {
        const QString& code = data.countries.value(c);
        DealFilter drill = openBase;
        drill.countries = { code };
        const QString label = code.isEmpty() ? ReportTr::tr("No country") : Countries::displayName(code, locale);
        result.byCountry.append(bucket(code, label.isEmpty() ? code : label, byCountry[static_cast<size_t>(c)], drill));
    }

    // Quarters: those with open or won deals, and those with a target inside the filter's range.
    QHash<qint32, qint64> targets;
    for (const PipelineTarget& target : data.targets) {
        const auto [first, last] = DealQuery::quarterRange(target.quarter);
        if (!first.isValid() || (filter.closeFrom.isValid() && last < filter.closeFrom)
            || (filter.closeTo.isValid() && first > filter.closeTo))
            continue;
        targets.insert(quarterNumber(first), target.amountMinor);
    }
    QList<qint32> quarters = targets.keys();
    for (qint32 q = 0; q < quarterSpan; ++q) {
        if (byQuarter[static_cast<size_t>(q)].count > 0 && !targets.contains(data.minQuarter + q))
            quarters.append(data.minQuarter + q);
    }
    std::sort(quarters.begin(), quarters.end());
    QStringList openOrWon = DealQuery::openRegistrationStatuses();
    openOrWon << QStringLiteral("open") << QStringLiteral("won");
    for (const qint32 q : quarters) {
        const qint32 offset = q - data.minQuarter;
        const Accumulator sum = offset >= 0 && offset < quarterSpan ? byQuarter[static_cast<size_t>(offset)] : Accumulator();
        DealFilter drill = base;
        drill.quarter = quarterKeyOf(q);
        drill.statuses = openOrWon; // the deals behind the bar: open ones and won ones
        PipelineBucket bar = bucket(drill.quarter, quarterLabel(q), sum, drill);
        bar.targetMinor = targets.value(q);
        result.byQuarter.append(bar);
    }

    DealFilter pastDrill = base;
    pastDrill.pastClose = true;
    result.pastClose = bucket(QStringLiteral("past_close"), ReportTr::tr("Past expected close"), pastClose, pastDrill);
    DealFilter stalledDrill = base;
    stalledDrill.stalled = true;
    result.stalled = bucket(QStringLiteral("stalled"), ReportTr::tr("Stalled"), stalled, stalledDrill);
    DealFilter convertedDrill = base;
    convertedDrill.convertedOnly = true;
    result.fromRegistrations = bucket(QStringLiteral("from_registrations"), ReportTr::tr("From deal registrations"),
                                      fromRegistrations, convertedDrill);

    result.registrationsDecided = decided;
    result.registrationsConverted = convertedRegistrations;
    result.conversionRate = decided > 0 ? double(convertedRegistrations) / double(decided) : 0.0;
    result.approvalSamples = approvalSamples;
    result.averageApprovalHours = approvalSamples > 0
        ? double(approvalMsSum) / double(approvalSamples) / 3'600'000.0
        : 0.0;

    for (qint32 c = 0; c < data.currencies.size(); ++c) {
        const Plan& plan = plans[static_cast<size_t>(c)];
        for (size_t k = 0; k < plan.used.size(); ++k) {
            if (plan.used[k] > 0)
                result.ratesUsed.append({ plan.rows.at(static_cast<qsizetype>(k)).currency,
                                          plan.rows.at(static_cast<qsizetype>(k)).validFrom,
                                          plan.rows.at(static_cast<qsizetype>(k)).rate, plan.used[k] });
        }
        if (plan.missing > 0) {
            result.unconvertedDeals += plan.missing;
            if (!data.currencies.value(c).isEmpty())
                result.unconvertedCurrencies.append(data.currencies.value(c));
        }
    }
    std::sort(result.ratesUsed.begin(), result.ratesUsed.end(), [](const UsedRate& a, const UsedRate& b) {
        return a.currency != b.currency ? a.currency < b.currency : a.validFrom < b.validFrom;
    });
    std::sort(result.unconvertedCurrencies.begin(), result.unconvertedCurrencies.end());
    return result;
}

} // namespace ChannelDesk
