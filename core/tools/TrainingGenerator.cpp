#include "TrainingGenerator.h"

#include "common/Logging.h"
#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "domain/Training.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Transaction.h"
#include "tools/DealGenerator.h"
#include "training/TierEvaluator.h"
#include "training/TierMetrics.h"
#include "training/TierProgramRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <vector>

namespace ChannelDesk {

namespace {

struct GeneratorTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::TrainingGenerator)
};

// ---------------------------------------------------------------------------------------------------------------
// Randomness: SplitMix64 with integer-only draws, as in DealGenerator and MdfGenerator, so a seed gives the same data
// with every compiler and standard library. Every unit (a partner, a chain of certificates) draws from its own
// stream keyed by its index, so changing one kind of record never shifts the others.

constexpr quint64 Golden = 0x9e3779b97f4a7c15ULL;

constexpr quint64 mix64(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

struct Rng
{
    quint64 state;

    quint64 next()
    {
        state += Golden;
        return mix64(state);
    }
    quint32 below(quint32 bound) { return bound == 0 ? 0 : static_cast<quint32>(((next() >> 32) * bound) >> 32); }
    qint64 between(qint64 lo, qint64 hi) { return hi <= lo ? lo : lo + static_cast<qint64>(next() % quint64(hi - lo + 1)); }
    bool percent(quint32 p) { return below(100) < p; }
};

enum Stream : quint64 {
    CatalogueStream = 41,
    MemberStream = 42,
    ContactStream = 43,
    ChainStream = 44,
    PointsStream = 45,
    CompletionStream = 46,
    PlacementStream = 47,
};

Rng rngFor(quint64 seed, qint64 index, Stream stream)
{
    const quint64 base = mix64(seed ^ (static_cast<quint64>(stream) * 0xd1b54a32d192ed03ULL));
    return Rng { mix64(base + static_cast<quint64>(index) * Golden) };
}

// ---------------------------------------------------------------------------------------------------------------
// Time: epoch days and UTC milliseconds; created_at/updated_at formatted by hand exactly as Timestamp::toStorage
// writes a UTC time (the generator test compares), because formatting through QDateTime costs more than the insert.

constexpr qint64 MsPerHour = 3600000;
constexpr qint64 MsPerDay = 24 * MsPerHour;
constexpr qint64 EpochJulianDay = 2440588; // 1970-01-01

QDate dateOf(qint64 epochDay)
{
    return QDate::fromJulianDay(epochDay + EpochJulianDay);
}

qint64 epochDay(const QDate& date)
{
    return date.toJulianDay() - EpochJulianDay;
}

void appendDigits(QByteArray& out, int value, int width)
{
    char buffer[12];
    for (int i = width - 1; i >= 0; --i) {
        buffer[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    out.append(buffer, width);
}

/// "2026-11-27T08:30:00.123Z" for a time `ms` after the epoch (never before it here).
QByteArray stampOf(qint64 ms)
{
    QByteArray out;
    out.reserve(24);
    const qint64 day = ms / MsPerDay;
    qint64 rest = ms - day * MsPerDay;
    int y = 0, m = 0, d = 0;
    dateOf(day).getDate(&y, &m, &d);
    appendDigits(out, y, 4);
    out.append('-');
    appendDigits(out, m, 2);
    out.append('-');
    appendDigits(out, d, 2);
    out.append('T');
    appendDigits(out, static_cast<int>(rest / MsPerHour), 2);
    rest %= MsPerHour;
    out.append(':');
    appendDigits(out, static_cast<int>(rest / 60000), 2);
    rest %= 60000;
    out.append(':');
    appendDigits(out, static_cast<int>(rest / 1000), 2);
    out.append('.');
    appendDigits(out, static_cast<int>(rest % 1000), 3);
    out.append('Z');
    return out;
}

/// A working-hours moment of an epoch day (08:00–17:59 UTC).
qint64 workMs(Rng& r, qint64 day)
{
    return day * MsPerDay + 8 * MsPerHour + static_cast<qint64>(r.below(10 * 3600)) * 1000 + r.below(1000);
}

// 30-bit bijection, as the other generators use for numbers: certificate numbers never repeat.
constexpr quint64 Mask30 = (1ULL << 30) - 1;

quint32 scramble30(quint64 x)
{
    x &= Mask30;
    x ^= x >> 15;
    x = (x * 0x2c1b3c6dULL) & Mask30;
    x ^= x >> 12;
    x = (x * 0x297a2d39ULL) & Mask30;
    x ^= x >> 15;
    return static_cast<quint32>(x);
}

// ---------------------------------------------------------------------------------------------------------------
// The catalogue: five tracks, eight courses and four certification definitions each.

struct CourseSpec
{
    const char* code;
    const char* name;
    int hours;
    const char* prerequisite; ///< a course code, or nullptr
};

struct TrackSpec
{
    const char* track;
    std::array<CourseSpec, 8> courses;
};

const std::array<TrackSpec, 5>& trackSpecs()
{
    static const std::array<TrackSpec, 5> tracks { {
        { "Networking",
          { { { "NET-101", "Networking Fundamentals", 8, nullptr },
              { "NET-102", "Switching Essentials", 16, "NET-101" },
              { "NET-103", "Routing Essentials", 16, "NET-101" },
              { "NET-201", "Enterprise Routing and Switching", 24, "NET-103" },
              { "NET-202", "Wireless LAN Design", 24, "NET-102" },
              { "NET-203", "SD-WAN Deployment", 16, "NET-103" },
              { "NET-301", "Network Automation", 40, "NET-201" },
              { "NET-302", "Advanced Troubleshooting", 24, "NET-201" } } } },
        { "Security",
          { { { "SEC-101", "Security Fundamentals", 8, nullptr },
              { "SEC-102", "Firewall Essentials", 16, "SEC-101" },
              { "SEC-103", "Identity and Access Basics", 8, "SEC-101" },
              { "SEC-201", "Next-Generation Firewall Administration", 24, "SEC-102" },
              { "SEC-202", "Endpoint Protection", 16, "SEC-101" },
              { "SEC-203", "Secure Remote Access", 16, "SEC-103" },
              { "SEC-301", "Threat Detection and Response", 40, "SEC-201" },
              { "SEC-302", "Zero Trust Architecture", 24, "SEC-203" } } } },
        { "Cloud",
          { { { "CLD-101", "Cloud Fundamentals", 8, nullptr },
              { "CLD-102", "Virtualisation Essentials", 16, "CLD-101" },
              { "CLD-103", "Containers Basics", 8, "CLD-101" },
              { "CLD-201", "Hybrid Cloud Operations", 24, "CLD-102" },
              { "CLD-202", "Kubernetes Administration", 24, "CLD-103" },
              { "CLD-203", "Cloud Migration Planning", 16, "CLD-101" },
              { "CLD-301", "Cloud Security Architecture", 40, "CLD-201" },
              { "CLD-302", "Multi-Cloud Networking", 24, "CLD-201" } } } },
        { "Collaboration",
          { { { "COL-101", "Collaboration Fundamentals", 8, nullptr },
              { "COL-102", "Unified Communications Basics", 16, "COL-101" },
              { "COL-103", "Video Conferencing Essentials", 8, "COL-101" },
              { "COL-201", "Contact Center Deployment", 24, "COL-102" },
              { "COL-202", "Voice over IP Administration", 24, "COL-102" },
              { "COL-203", "Meeting Room Systems", 16, "COL-103" },
              { "COL-301", "Collaboration Architecture", 40, "COL-202" },
              { "COL-302", "Contact Center Analytics", 16, "COL-201" } } } },
        { "Data Center",
          { { { "DC-101", "Data Center Fundamentals", 8, nullptr },
              { "DC-102", "Storage Essentials", 16, "DC-101" },
              { "DC-103", "Server Hardware Basics", 8, "DC-101" },
              { "DC-201", "Hyperconverged Infrastructure", 24, "DC-102" },
              { "DC-202", "Backup and Recovery", 16, "DC-102" },
              { "DC-203", "Data Center Networking", 24, "DC-103" },
              { "DC-301", "Data Center Automation", 40, "DC-201" },
              { "DC-302", "Disaster Recovery Design", 24, "DC-202" } } } },
    } };
    return tracks;
}

struct DefinitionSpec
{
    const char* code;
    const char* name;
    int track;           ///< index into trackSpecs()
    int validityMonths;  ///< 0 = never expires
    int reminderDays;
    int windowDays;
    quint32 weight;      ///< how common it is
    std::array<const char*, 2> prerequisites;
};

const std::array<DefinitionSpec, 20>& definitionSpecs()
{
    static const std::array<DefinitionSpec, 20> list { {
        { "CNA", "Certified Network Associate", 0, 24, 30, 60, 14, { "NET-101", "NET-102" } },
        { "CNP", "Certified Network Professional", 0, 36, 60, 90, 7, { "NET-201", nullptr } },
        { "CWS", "Certified Wireless Specialist", 0, 24, 30, 60, 4, { "NET-202", nullptr } },
        { "CNE", "Certified Network Expert", 0, 36, 60, 90, 2, { "NET-301", nullptr } },
        { "CSA", "Certified Security Associate", 1, 12, 30, 60, 12, { "SEC-101", nullptr } },
        { "CSP", "Certified Security Professional", 1, 24, 30, 60, 7, { "SEC-201", nullptr } },
        { "CFS", "Certified Firewall Specialist", 1, 24, 30, 60, 4, { "SEC-102", "SEC-201" } },
        { "CSE", "Certified Security Expert", 1, 36, 60, 90, 2, { "SEC-301", nullptr } },
        { "CCA", "Certified Cloud Associate", 2, 24, 30, 60, 10, { "CLD-101", nullptr } },
        { "CCP", "Certified Cloud Professional", 2, 24, 30, 60, 5, { "CLD-201", nullptr } },
        { "CKS", "Certified Kubernetes Specialist", 2, 24, 30, 60, 3, { "CLD-202", nullptr } },
        { "CCE", "Certified Cloud Expert", 2, 36, 60, 90, 1, { "CLD-301", nullptr } },
        { "CUA", "Certified Collaboration Associate", 3, 24, 30, 60, 6, { "COL-101", "COL-102" } },
        { "CUP", "Certified Collaboration Professional", 3, 36, 60, 90, 3, { "COL-202", nullptr } },
        { "CCS", "Certified Contact Center Specialist", 3, 24, 30, 60, 2, { "COL-201", nullptr } },
        { "CUE", "Certified Collaboration Expert", 3, 36, 60, 90, 1, { "COL-301", nullptr } },
        { "DCF", "Data Center Foundations", 4, 0, 0, 0, 8, { nullptr, nullptr } },
        { "DCP", "Certified Data Center Professional", 4, 36, 60, 90, 4, { "DC-201", nullptr } },
        { "SDS", "Certified Storage Specialist", 4, 24, 30, 60, 3, { "DC-102", "DC-202" } },
        { "DCE", "Certified Data Center Expert", 4, 36, 60, 90, 1, { "DC-301", nullptr } },
    } };
    return list;
}

/// The program's levels (TIER-01/02): each asks roughly twice the previous (TIER-01: 1.5–2.5×); the entry level is
/// one certified person, reachable within a year.
struct LevelSpec
{
    int rank;
    const char* name;
    const char* code;
    const char* benefits;
    int leadWeight;
    qint64 minRevenueMinor; ///< USD cents; 0 = no criterion
    int minCertified;
    std::array<std::pair<const char*, int>, 2> tracks;
    int minApprovedRegistrations; ///< 0 = no criterion
    int minClosedWon;
    qint64 minPoints;
};

const std::array<LevelSpec, 4>& levelSpecs()
{
    static const std::array<LevelSpec, 4> list { {
        { 1, "Registered", "registered", "Partner portal, demo licences, sales training", 5, 0, 1,
          { { { nullptr, 0 }, { nullptr, 0 } } }, 0, 0, 0 },
        { 2, "Silver", "silver", "5% extra discount, MDF eligibility, listed in the partner locator", 15,
          10'000'00, 2, { { { nullptr, 0 }, { nullptr, 0 } } }, 1, 0, 0 },
        { 3, "Gold", "gold", "10% extra discount, MDF priority, dedicated channel account manager, lead sharing", 35,
          25'000'00, 3, { { { "Security", 1 }, { nullptr, 0 } } }, 2, 1, 300 },
        { 4, "Platinum", "platinum",
          "15% extra discount, joint business plan, first in lead routing, executive sponsor, NFR licences", 60,
          60'000'00, 5, { { { "Networking", 2 }, { "Security", 1 } } }, 3, 2, 800 },
    } };
    return list;
}

const QString ProgramName = QStringLiteral("Partner Program");

QString programDescription()
{
    return GeneratorTr::tr("The vendor's partner program: four levels from Registered to Platinum; upgrades are "
                           "approved by the channel account manager.");
}

TierLevel levelOf(const LevelSpec& spec)
{
    TierLevel level;
    level.rank = spec.rank;
    level.name = QString::fromLatin1(spec.name);
    level.code = QString::fromLatin1(spec.code);
    level.benefits = QString::fromLatin1(spec.benefits);
    level.leadWeight = spec.leadWeight;
    if (spec.minRevenueMinor > 0)
        level.minRevenueMinor = spec.minRevenueMinor;
    level.minCertifiedPeople = spec.minCertified;
    for (const auto& [track, count] : spec.tracks) {
        if (track)
            level.trackRequirements.append(TrackRequirement { QString::fromLatin1(track), count });
    }
    if (spec.minApprovedRegistrations > 0)
        level.minApprovedRegistrations = spec.minApprovedRegistrations;
    if (spec.minClosedWon > 0)
        level.minClosedWon = spec.minClosedWon;
    if (spec.minPoints > 0)
        level.minPoints = spec.minPoints;
    return level;
}

Course courseOf(const TrackSpec& track, const CourseSpec& spec)
{
    Course c;
    c.code = QString::fromLatin1(spec.code);
    c.name = QString::fromUtf8(spec.name);
    c.track = QString::fromLatin1(track.track);
    c.description = GeneratorTr::tr("%1 course of the %2 track (%n hours).", nullptr, spec.hours).arg(c.name, c.track);
    c.durationHours = spec.hours;
    return c;
}

CertDefinition definitionOf(const DefinitionSpec& spec)
{
    CertDefinition def;
    def.code = QString::fromLatin1(spec.code);
    def.name = QString::fromUtf8(spec.name);
    def.track = QString::fromLatin1(trackSpecs().at(spec.track).track);
    def.description = spec.validityMonths > 0
        ? GeneratorTr::tr("%1 certification, valid for %n months.", nullptr, spec.validityMonths).arg(def.track)
        : GeneratorTr::tr("%1 certification; it does not expire.").arg(def.track);
    def.validityMonths = spec.validityMonths;
    def.reminderDays = spec.reminderDays;
    def.recertWindowDays = spec.windowDays;
    return def;
}

/// Tier code → 0 (none) … 4 (platinum).
int tierIndex(QStringView tier)
{
    if (tier == u"registered")
        return 1;
    if (tier == u"silver")
        return 2;
    if (tier == u"gold")
        return 3;
    if (tier == u"platinum")
        return 4;
    return 0;
}

Error sqliteError(sqlite3* db, int rc, const QString& what)
{
    QString message;
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        message = GeneratorTr::tr("The database is busy in another window or program. Try again in a moment.");
        break;
    case SQLITE_FULL:
        message = GeneratorTr::tr("The disk is full. Free some space; nothing was saved.");
        break;
    case SQLITE_READONLY:
        message = GeneratorTr::tr("The database file is read-only.");
        break;
    default:
        message = GeneratorTr::tr("The database could not complete the operation; nothing was saved.");
        break;
    }
    const QString detail = (db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString()) + QStringLiteral(" [") + what
        + QLatin1Char(']');
    qCWarning(lcTools).noquote() << "Training generation failed:" << detail;
    return Error::storage(message, detail);
}

QString columnText(sqlite3_stmt* statement, int column)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(statement, column)) : QString();
}

QByteArray columnBlob(sqlite3_stmt* statement, int column)
{
    const void* blob = sqlite3_column_blob(statement, column);
    return blob ? QByteArray(static_cast<const char*>(blob), sqlite3_column_bytes(statement, column)) : QByteArray();
}

constexpr qint64 ProgressEvery = 8192;
// Page cache for the load (KiB, allocated only as used): the certification table and its indexes of a million rows
// stay in memory while ids arrive in random order.
constexpr qint64 LoadCacheKiB = 768 * 1024;

} // namespace

// =================================================================================================================

struct TrainingGenerator::Impl
{
    TrainingGenerator& q;
    Database& db;
    sqlite3* handle;
    quint64 seed;
    qint64 today = 0; ///< epoch day of the reference day

    struct DefinitionInfo
    {
        QByteArray id;
        QByteArray code;  ///< Latin-1, for certificate numbers
        int validity = 0;
        int reminder = 0;
        int window = 0;
        quint32 weight = 1;
        QList<int> prerequisites; ///< indexes into courseIds
    };
    QList<QByteArray> courseIds; ///< generator courses in trackSpecs() order
    QList<DefinitionInfo> definitions; ///< definitionSpecs() order
    quint32 definitionWeightTotal = 0;

    struct LevelInfo
    {
        QByteArray id;
        QString code;
        int leadWeight = 0;
    };
    QByteArray programId;
    QList<LevelInfo> levels;

    struct PartnerInfo
    {
        QByteArray id;
        qint64 start = -1; ///< partnership start, epoch day; -1 = none
        quint8 tier = 0;
        bool member = false;
        int place = -1; ///< index into levels where a new member is placed; -1 = not placed
    };
    std::vector<PartnerInfo> partners;
    std::vector<int> newMembers; ///< partner indexes that joined in this run

    struct ContactInfo
    {
        QByteArray id;
        int partner = 0;
        quint32 held = 0; ///< definitions (bit per definitions index) held live: active or in progress
    };
    std::vector<ContactInfo> contacts;
    std::vector<quint64> cumulative; ///< cumulative certification weights, by contact

    struct Completion
    {
        quint32 contact;
        quint16 course;
        qint32 day;
        quint8 score;
    };
    std::vector<Completion> completions;

    qint64 ordinal = 0; ///< certificate number ordinal to continue from (every certification row ever stored)
    qint64 existingCertifications = 0;

    struct Table
    {
        QString entity;
        sqlite3_stmt* insert = nullptr;
    };
    Table courseTable { QStringLiteral("course") };
    Table definitionTable { QStringLiteral("cert_definition") };
    Table programTable { QStringLiteral("tier_program") };
    Table levelTable { QStringLiteral("tier_level") };
    Table memberTable { QStringLiteral("program_member") };
    Table certificationTable { QStringLiteral("certification") };
    Table completionTable { QStringLiteral("course_completion") };
    Table pointsTable { QStringLiteral("points_entry") };
    Table eventTable { QStringLiteral("tier_event") };
    sqlite3_stmt* outboxInsert = nullptr;
    QByteArray outboxNow;
    QByteArray emptyJson;
    QByteArray textBuffer;

    struct Deferred
    {
        QString name;
        QString sql;
    };
    QList<Deferred> deferred;
    qint64 savedCacheSize = 0;
    int savedTempStore = -1;

    Impl(TrainingGenerator& owner, Database& database, quint64 s)
        : q(owner)
        , db(database)
        , handle(database.handle())
        , seed(s)
    {
    }

    ~Impl() { finalize(); }

    void finalize()
    {
        for (Table* table : { &courseTable, &definitionTable, &programTable, &levelTable, &memberTable,
                              &certificationTable, &completionTable, &pointsTable, &eventTable }) {
            sqlite3_finalize(table->insert);
            table->insert = nullptr;
        }
        sqlite3_finalize(outboxInsert);
        outboxInsert = nullptr;
    }

    Status exec(const QString& sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        const int rc = sqlite3_exec(handle, utf8.constData(), nullptr, nullptr, nullptr);
        return rc == SQLITE_OK ? Status() : Status(sqliteError(handle, rc, sql.left(80)));
    }

    Status prepare(sqlite3_stmt** statement, const QString& sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        const int rc = sqlite3_prepare_v3(handle, utf8.constData(), static_cast<int>(utf8.size()),
                                          SQLITE_PREPARE_PERSISTENT, statement, nullptr);
        return rc == SQLITE_OK ? Status() : Status(sqliteError(handle, rc, QStringLiteral("preparing: ") + sql.left(80)));
    }

    /// Runs a query and calls `row` for each result row.
    template <class F>
    Status select(const QString& sql, F row, const QByteArray& blob = {}, const QString& text = {})
    {
        sqlite3_stmt* statement = nullptr;
        if (Status s = prepare(&statement, sql); !s)
            return s;
        if (!blob.isEmpty())
            sqlite3_bind_blob(statement, 1, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
        if (!text.isEmpty()) {
            const QByteArray utf8 = text.toUtf8();
            sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        }
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
            row(statement);
        sqlite3_finalize(statement);
        return rc == SQLITE_DONE ? Status() : Status(sqliteError(handle, rc, sql.left(80)));
    }

    qint64 scalar(const QString& sql)
    {
        qint64 value = 0;
        (void)select(sql, [&value](sqlite3_stmt* s) { value = sqlite3_column_int64(s, 0); });
        return value;
    }

    // -------------------------------------------------------------------------------------------------------------
    // Writing rows as the repositories store them

    template <class T>
    Status prepareTable(Table& table, const QList<FieldDef<T>>& fields)
    {
        if (table.insert)
            return {};
        QStringList columns { QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at") };
        for (const FieldDef<T>& field : fields)
            columns.append(QString::fromLatin1(field.column));
        const QString sql = QStringLiteral("INSERT INTO ") + table.entity + QStringLiteral(" (")
            + columns.join(QLatin1Char(',')) + QStringLiteral(") VALUES (")
            + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
        return prepare(&table.insert, sql);
    }

    Status prepareOutbox()
    {
        if (!q.m_recordOutbox || outboxInsert)
            return {};
        outboxNow = Timestamp::nowUtc().toUtf8();
        emptyJson = RecordWriter::outboxJson({}).toUtf8();
        return prepare(&outboxInsert, QStringLiteral("INSERT INTO sync_outbox (idem_key, entity, row_id, op, fields, "
                                                     "base_values, base_version, schema_version, created_at) "
                                                     "VALUES (?, ?, ?, 'create', ?, ?, NULL, ?, ?)"));
    }

    int bind(sqlite3_stmt* statement, int index, const QVariant& value)
    {
        if (value.isNull() || !value.isValid())
            return sqlite3_bind_null(statement, index);
        switch (value.typeId()) {
        case QMetaType::QByteArray: {
            const QByteArray& bytes = *static_cast<const QByteArray*>(value.constData());
            return sqlite3_bind_blob(statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        }
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::Bool:
            return sqlite3_bind_int64(statement, index, value.toLongLong());
        case QMetaType::Double:
            return sqlite3_bind_double(statement, index, value.toDouble());
        default: {
            textBuffer = value.toString().toUtf8();
            return sqlite3_bind_text(statement, index, textBuffer.constData(), int(textBuffer.size()), SQLITE_TRANSIENT);
        }
        }
    }

    /// Inserts a record: id, created_at, updated_at, then every synced column through the entity's field table (one
    /// definition of each column, shared with the repositories and sync); its 'create' outbox entry when asked.
    template <class T>
    Status insert(Table& table, const T& record, const QList<FieldDef<T>>& fields, qint64 createdMs, qint64 updatedMs)
    {
        if (Status s = prepareTable(table, fields); !s)
            return s;
        sqlite3_stmt* statement = table.insert;
        const QByteArray created = stampOf(createdMs);
        const QByteArray updated = updatedMs == createdMs ? created : stampOf(updatedMs);
        int rc = sqlite3_bind_blob(statement, 1, record.id.constData(), int(record.id.size()), SQLITE_TRANSIENT);
        rc |= sqlite3_bind_text(statement, 2, created.constData(), int(created.size()), SQLITE_TRANSIENT);
        rc |= sqlite3_bind_text(statement, 3, updated.constData(), int(updated.size()), SQLITE_TRANSIENT);
        QVariantMap synced;
        int index = 4;
        for (const FieldDef<T>& field : fields) {
            const QVariant value = field.get(record);
            rc |= bind(statement, index++, value);
            if (q.m_recordOutbox)
                synced.insert(QString::fromLatin1(field.column), value);
        }
        if (rc != SQLITE_OK) {
            sqlite3_reset(statement);
            return sqliteError(handle, rc, QStringLiteral("binding a generated ") + table.entity);
        }
        rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (rc != SQLITE_DONE)
            return sqliteError(handle, rc, QStringLiteral("inserting a generated ") + table.entity);
        if (q.m_recordOutbox)
            return appendOutbox(table.entity, record.id, synced);
        return {};
    }

    /// The entry RecordWriter::insert appends for a new row.
    Status appendOutbox(const QString& entity, const QByteArray& id, const QVariantMap& fields)
    {
        if (Status s = prepareOutbox(); !s)
            return s;
        const QByteArray key = Uuid::createV7();
        const QByteArray entityUtf8 = entity.toUtf8();
        const QByteArray json = RecordWriter::outboxJson(fields).toUtf8();
        int rc = sqlite3_bind_blob(outboxInsert, 1, key.constData(), int(key.size()), SQLITE_TRANSIENT);
        rc |= sqlite3_bind_text(outboxInsert, 2, entityUtf8.constData(), int(entityUtf8.size()), SQLITE_TRANSIENT);
        rc |= sqlite3_bind_blob(outboxInsert, 3, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        rc |= sqlite3_bind_text(outboxInsert, 4, json.constData(), int(json.size()), SQLITE_TRANSIENT);
        rc |= sqlite3_bind_text(outboxInsert, 5, emptyJson.constData(), int(emptyJson.size()), SQLITE_TRANSIENT);
        rc |= sqlite3_bind_int64(outboxInsert, 6, Database::currentSchemaVersion());
        rc |= sqlite3_bind_text(outboxInsert, 7, outboxNow.constData(), int(outboxNow.size()), SQLITE_TRANSIENT);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(outboxInsert);
        sqlite3_reset(outboxInsert);
        return rc == SQLITE_DONE ? Status() : Status(sqliteError(handle, rc, QStringLiteral("appending an outbox entry")));
    }

    // -------------------------------------------------------------------------------------------------------------
    // Catalogue and program (created once, found again by code and name)

    Status ensureCatalogue()
    {
        QHash<QString, QByteArray> courseByCode;
        if (Status s = select(QStringLiteral("SELECT code, id FROM course WHERE deleted_at IS NULL ORDER BY local_id"),
                              [&](sqlite3_stmt* st) {
                                  const QString code = columnText(st, 0).toUpper();
                                  if (!courseByCode.contains(code))
                                      courseByCode.insert(code, columnBlob(st, 1));
                              });
            !s)
            return s;
        // A year and a half before the oldest certificate: when the vendor set the catalogue up.
        const qint64 setupDay = today - 3 * 365 - 200;
        int n = 0;
        for (const TrackSpec& track : trackSpecs()) {
            for (const CourseSpec& spec : track.courses) {
                const QString code = QString::fromLatin1(spec.code);
                Rng r = rngFor(seed, n, CatalogueStream);
                if (!courseByCode.contains(code)) {
                    Course c = courseOf(track, spec);
                    const qint64 ms = workMs(r, setupDay + n / 8);
                    c.id = Uuid::createV7(ms, r.next(), r.next());
                    if (spec.prerequisite)
                        c.prerequisites = { courseByCode.value(QString::fromLatin1(spec.prerequisite)) };
                    if (Status s = insert(courseTable, c, courseFields(), ms, ms); !s)
                        return s;
                    courseByCode.insert(code, c.id);
                    ++q.m_courses;
                }
                courseIds.append(courseByCode.value(code));
                ++n;
            }
        }

        struct Stored
        {
            QByteArray id;
            int validity, reminder, window;
            QList<QByteArray> prerequisites;
        };
        QHash<QString, Stored> definitionByCode;
        if (Status s = select(QStringLiteral("SELECT code, id, validity_months, reminder_days, recert_window_days, "
                                             "prerequisites FROM cert_definition WHERE deleted_at IS NULL "
                                             "ORDER BY local_id"),
                              [&](sqlite3_stmt* st) {
                                  const QString code = columnText(st, 0).toUpper();
                                  if (!definitionByCode.contains(code))
                                      definitionByCode.insert(code, Stored { columnBlob(st, 1),
                                                                             sqlite3_column_int(st, 2),
                                                                             sqlite3_column_int(st, 3),
                                                                             sqlite3_column_int(st, 4),
                                                                             Uuid::listFromJson(columnText(st, 5)) });
                              });
            !s)
            return s;
        int d = 0;
        for (const DefinitionSpec& spec : definitionSpecs()) {
            const QString code = QString::fromLatin1(spec.code);
            if (!definitionByCode.contains(code)) {
                Rng r = rngFor(seed, 100 + d, CatalogueStream);
                CertDefinition def = definitionOf(spec);
                const qint64 ms = workMs(r, setupDay + 6 + d / 4);
                def.id = Uuid::createV7(ms, r.next(), r.next());
                for (const char* prerequisite : spec.prerequisites) {
                    if (prerequisite)
                        def.prerequisites.append(courseByCode.value(QString::fromLatin1(prerequisite)));
                }
                if (Status s = insert(definitionTable, def, certDefinitionFields(), ms, ms); !s)
                    return s;
                definitionByCode.insert(code, Stored { def.id, def.validityMonths, def.reminderDays,
                                                       def.recertWindowDays, def.prerequisites });
                ++q.m_definitions;
            }
            // What is stored wins (an administrator may have changed a definition since the last run).
            const Stored& stored = definitionByCode.value(code);
            DefinitionInfo info;
            info.id = stored.id;
            info.code = spec.code;
            info.validity = stored.validity;
            info.reminder = stored.reminder;
            info.window = stored.window;
            info.weight = spec.weight;
            for (const QByteArray& prerequisite : stored.prerequisites) {
                const qsizetype at = courseIds.indexOf(prerequisite);
                if (at >= 0)
                    info.prerequisites.append(static_cast<int>(at));
            }
            definitionWeightTotal += info.weight;
            definitions.append(std::move(info));
            ++d;
        }
        return {};
    }

    Status ensureProgram()
    {
        if (Status s = select(QStringLiteral("SELECT id FROM tier_program WHERE deleted_at IS NULL AND name = ? "
                                             "ORDER BY local_id LIMIT 1"),
                              [&](sqlite3_stmt* st) { programId = columnBlob(st, 0); }, {}, ProgramName);
            !s)
            return s;
        const qint64 setupDay = today - 3 * 365 - 150;
        if (programId.isEmpty()) {
            Rng r = rngFor(seed, 200, CatalogueStream);
            TierProgram program;
            const qint64 ms = workMs(r, setupDay);
            program.id = Uuid::createV7(ms, r.next(), r.next());
            program.name = ProgramName;
            program.description = programDescription();
            program.currency = QStringLiteral("USD");
            program.autoUpgrade = false;
            if (Status s = insert(programTable, program, tierProgramFields(), ms, ms); !s)
                return s;
            programId = program.id;
            for (const LevelSpec& spec : levelSpecs()) {
                TierLevel level = levelOf(spec);
                const qint64 levelMs = ms + spec.rank * 60000;
                level.id = Uuid::createV7(levelMs, r.next(), r.next());
                level.programId = programId;
                if (Status s = insert(levelTable, level, tierLevelFields(), levelMs, levelMs); !s)
                    return s;
                ++q.m_levels;
            }
        }
        q.m_programId = programId;
        return select(QStringLiteral("SELECT id, code, lead_weight FROM tier_level WHERE program_id = ? AND "
                                     "deleted_at IS NULL ORDER BY rank"),
                      [&](sqlite3_stmt* st) {
                          levels.append(LevelInfo { columnBlob(st, 0), columnText(st, 1), sqlite3_column_int(st, 2) });
                      },
                      programId);
    }

    // -------------------------------------------------------------------------------------------------------------
    // Partners, members and people

    Status loadPartners()
    {
        QHash<QByteArray, int> indexOf;
        if (Status s = select(QStringLiteral("SELECT id, tier, partnership_start FROM partner WHERE deleted_at IS NULL "
                                             "ORDER BY local_id"),
                              [&](sqlite3_stmt* st) {
                                  PartnerInfo p;
                                  p.id = columnBlob(st, 0);
                                  p.tier = static_cast<quint8>(tierIndex(columnText(st, 1)));
                                  if (sqlite3_column_type(st, 2) != SQLITE_NULL) {
                                      const QDate start = Timestamp::dateFromStorage(columnText(st, 2));
                                      if (start.isValid())
                                          p.start = epochDay(start);
                                  }
                                  indexOf.insert(p.id, static_cast<int>(partners.size()));
                                  partners.push_back(std::move(p));
                              });
            !s)
            return s;
        if (partners.empty())
            return Error::notFound(GeneratorTr::tr("The database has no partners to train and certify. Generate "
                                                   "partners first, e.g. --partners 1000 --certifications 10000."));
        if (Status s = select(QStringLiteral("SELECT partner_id FROM program_member WHERE program_id = ? AND "
                                             "deleted_at IS NULL"),
                              [&](sqlite3_stmt* st) {
                                  const auto it = indexOf.constFind(columnBlob(st, 0));
                                  if (it != indexOf.cend())
                                      partners[*it].member = true;
                              },
                              programId);
            !s)
            return s;
        QHash<QByteArray, int> contactIndex;
        if (Status s = select(QStringLiteral("SELECT id, partner_id FROM contact WHERE deleted_at IS NULL ORDER BY local_id"),
                              [&](sqlite3_stmt* st) {
                                  const auto it = indexOf.constFind(columnBlob(st, 1));
                                  if (it == indexOf.cend())
                                      return; // a contact of a deleted partner
                                  ContactInfo c;
                                  c.id = columnBlob(st, 0);
                                  c.partner = *it;
                                  contactIndex.insert(c.id, static_cast<int>(contacts.size()));
                                  contacts.push_back(std::move(c));
                              });
            !s)
            return s;
        // What people already hold (a later run, or real data): one live active or in-progress per definition.
        QHash<QByteArray, int> definitionIndex;
        for (int d = 0; d < definitions.size(); ++d)
            definitionIndex.insert(definitions.at(d).id, d);
        return select(QStringLiteral("SELECT contact_id, definition_id FROM certification WHERE deleted_at IS NULL "
                                     "AND status IN ('active', 'in_progress')"),
                      [&](sqlite3_stmt* st) {
                          const auto c = contactIndex.constFind(columnBlob(st, 0));
                          const auto d = definitionIndex.constFind(columnBlob(st, 1));
                          if (c != contactIndex.cend() && d != definitionIndex.cend())
                              contacts[*c].held |= 1u << *d;
                      });
    }

    /// The partners that join in this run (points are theirs; members are written once the data is there).
    void planJoining()
    {
        for (int i = 0; i < static_cast<int>(partners.size()); ++i) {
            PartnerInfo& p = partners[i];
            if (p.member)
                continue;
            newMembers.push_back(i);
            // As TierProgramRepository::join places a partner: the level whose code is its tier.
            for (int l = 0; l < levels.size(); ++l) {
                if (p.tier > 0 && levels.at(l).code == QLatin1String(levelSpecs().at(p.tier - 1).code))
                    p.place = l;
            }
        }
    }

    /// The program has been running: a new member is placed at the level its generated data qualifies for on the
    /// reference day (TIER-03 without the no-skipping limit), except about 8 % one level too high and 8 % one level
    /// too low, so the first evaluation opens demotion reviews and proposes upgrades as an hourly one would; the
    /// partner's tier becomes the level's code (TIER-06). Without this every partner's generated tier, drawn before
    /// any training or deal data existed, would disagree with its data about half the time. Not done when rows are
    /// recorded in the outbox (a partner's tier would need an update entry): members then join at their tier.
    Status placeMembers()
    {
        if (newMembers.empty() || q.m_recordOutbox)
            return {};
        TierProgramRepository programs(db);
        const Result<QList<TierLevel>> ladder = programs.levels(programId);
        if (!ladder)
            return ladder.error();
        if (ladder->isEmpty())
            return {};
        TierMetrics::Options options;
        options.asOf = dateOf(today);
        options.certificationsOn = options.asOf;
        options.currency = QStringLiteral("USD");
        options.programId = programId;
        (void)select(QStringLiteral("SELECT currency FROM tier_program WHERE id = ?"),
                     [&](sqlite3_stmt* st) { options.currency = columnText(st, 0); }, programId);
        TierMetrics metrics(db);
        const Result<QHash<QByteArray, PartnerMetrics>> measured = metrics.measureAll(options);
        if (!measured)
            return measured.error();
        sqlite3_stmt* update = nullptr;
        if (Status s = prepare(&update, QStringLiteral("UPDATE partner SET tier = ? WHERE id = ?")); !s)
            return s;
        const int top = static_cast<int>(ladder->size()) - 1;
        Status result;
        for (int index : newMembers) {
            PartnerInfo& p = partners[index];
            Rng r = rngFor(seed, index, PlacementStream);
            int place = TierEvaluator::evaluate(ladder.value(), measured->value(p.id), top).qualifyingIndex;
            const quint32 drift = r.below(100);
            if (drift < 8)
                place = qMin(top, place + 1);
            else if (drift < 16)
                place = qMax(-1, place - 1);
            // Levels are read rank ascending, as `levels` is.
            p.place = place;
            const QString code = place >= 0 ? ladder->at(place).code : QString();
            const int tier = tierIndex(code);
            if (tier == p.tier)
                continue;
            p.tier = static_cast<quint8>(tier);
            const QByteArray utf8 = code.toUtf8();
            int rc = sqlite3_bind_text(update, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            rc |= sqlite3_bind_blob(update, 2, p.id.constData(), int(p.id.size()), SQLITE_TRANSIENT);
            if (rc == SQLITE_OK)
                rc = sqlite3_step(update);
            sqlite3_reset(update);
            if (rc != SQLITE_DONE) {
                result = sqliteError(handle, rc, QStringLiteral("setting a partner's tier"));
                break;
            }
            ++q.m_retiered;
        }
        sqlite3_finalize(update);
        return result;
    }

    Status writeMembers()
    {
        for (int i : newMembers) {
            PartnerInfo& p = partners[i];
            Rng r = rngFor(seed, i, MemberStream);
            ProgramMember m;
            const qint64 joined = p.start >= 0 && p.start <= today ? p.start : today - r.between(30, 3 * 365);
            const qint64 ms = workMs(r, joined);
            m.id = Uuid::createV7(ms, r.next(), r.next());
            m.partnerId = p.id;
            m.programId = programId;
            m.joinedOn = dateOf(joined);
            if (p.place >= 0 && p.place < levels.size()) {
                m.levelId = levels.at(p.place).id;
                m.leadWeight = levels.at(p.place).leadWeight;
            }
            if (Status s = insert(memberTable, m, programMemberFields(), ms, ms); !s)
                return s;
            p.member = true;
            ++q.m_members;
            if (q.m_withEvents) {
                TierEvent e;
                e.id = Uuid::createV7(ms + 1, r.next(), r.next());
                e.partnerId = p.id;
                e.programId = programId;
                e.at = QDateTime::fromMSecsSinceEpoch(ms + 1, QTimeZone::utc());
                e.actor = QStringLiteral("system");
                e.action = QStringLiteral("joined");
                e.toLevelId = m.levelId;
                e.reason = GeneratorTr::tr("Enrolled in the program");
                if (Status s = insert(eventTable, e, tierEventFields(), ms + 1, ms + 1); !s)
                    return s;
                ++q.m_events;
            }
        }
        return {};
    }

    /// How likely each person is to hold certificates: more people, and more certificates each, the higher the
    /// partner's tier (CERT-03 roll-up: certified people are what tiers ask for).
    void planWeights()
    {
        static constexpr quint32 certifiedPercent[5] = { 30, 55, 75, 88, 96 };
        static constexpr quint64 tierWeight[5] = { 1, 2, 3, 4, 6 };
        cumulative.resize(contacts.size());
        quint64 total = 0;
        for (std::size_t i = 0; i < contacts.size(); ++i) {
            Rng r = rngFor(seed, static_cast<qint64>(i), ContactStream);
            const int tier = partners[contacts[i].partner].tier;
            if (r.percent(certifiedPercent[tier]))
                total += tierWeight[tier] * (1 + r.below(3));
            cumulative[i] = total;
        }
    }

    /// A weighted person that can still start a chain (does not hold every definition), or -1.
    int pickContact(Rng& r) const
    {
        const quint64 total = cumulative.empty() ? 0 : cumulative.back();
        if (total == 0)
            return -1;
        const quint64 x = r.next() % total;
        std::size_t i = static_cast<std::size_t>(std::upper_bound(cumulative.begin(), cumulative.end(), x)
                                                 - cumulative.begin());
        const quint32 full = definitions.size() >= 32 ? ~0u : ((1u << definitions.size()) - 1);
        for (std::size_t probe = 0; probe < contacts.size(); ++probe, ++i) {
            if (i >= contacts.size())
                i = 0;
            const quint64 weight = cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
            if (weight > 0 && (contacts[i].held & full) != full)
                return static_cast<int>(i);
        }
        return -1;
    }

    int pickDefinition(Rng& r, quint32 held) const
    {
        for (int attempt = 0; attempt < 8; ++attempt) {
            quint32 x = r.below(definitionWeightTotal);
            for (int d = 0; d < definitions.size(); ++d) {
                if (x < definitions.at(d).weight) {
                    if (!(held & (1u << d)))
                        return d;
                    break;
                }
                x -= definitions.at(d).weight;
            }
        }
        for (int d = 0; d < definitions.size(); ++d) {
            if (!(held & (1u << d)))
                return d;
        }
        return -1;
    }

    QString certificateNumber(const DefinitionInfo& def, qint64 acquiredDay)
    {
        // "CNA-2025-0482139771": definition, year of issue, a 10-digit number unique over every certificate ever made.
        QByteArray out = def.code;
        out.append('-');
        appendDigits(out, dateOf(acquiredDay).year(), 4);
        out.append('-');
        appendDigits(out, static_cast<int>(scramble30(static_cast<quint64>(ordinal++))), 10);
        return QString::fromLatin1(out);
    }

    /// One person's history with one definition: a first certificate in the last ~3 years, renewed about 70 % of
    /// the times it fell due, each earlier record archived as renewed (CERT-02); or an attempt still in progress.
    /// Writes at most `room` records; returns how many.
    Result<qint64> writeChain(qint64 chainIndex, qint64 room)
    {
        Rng r = rngFor(seed, chainIndex, ChainStream);
        const int c = pickContact(r);
        if (c < 0)
            return Error::validation(QStringLiteral("certifications"),
                                     GeneratorTr::tr("There are not enough people for that many certifications: "
                                                     "each contact holds at most one of each of the %n "
                                                     "certifications at a time. Add contacts (for example "
                                                     "--contacts-per-partner 5) or ask for fewer.",
                                                     nullptr, static_cast<int>(definitions.size())));
        ContactInfo& person = contacts[c];
        const int d = pickDefinition(r, person.held);
        const DefinitionInfo& def = definitions.at(d);
        person.held |= 1u << d;
        const PartnerInfo& partner = partners[person.partner];

        struct Planned
        {
            Certification cert;
            qint64 createdMs = 0;
            qint64 updatedMs = 0;
        };
        QList<Planned> chain;
        if (r.percent(3)) {
            // Studying for it now.
            Planned p;
            const qint64 started = today - r.between(3, 150);
            p.createdMs = workMs(r, started);
            p.updatedMs = p.createdMs;
            p.cert.status = QStringLiteral("in_progress");
            p.cert.startedOn = dateOf(started);
            chain.append(p);
            ++q.m_inProgress;
        } else {
            qint64 acquired = today - r.between(1, 3 * 365 + 30);
            for (;;) {
                Planned p;
                const qint64 started = acquired - (chain.isEmpty() ? r.between(7, 90) : r.between(1, 30));
                p.createdMs = workMs(r, started);
                p.updatedMs = workMs(r, acquired);
                if (p.updatedMs < p.createdMs)
                    p.updatedMs = p.createdMs;
                p.cert.status = QStringLiteral("active");
                p.cert.startedOn = dateOf(started);
                p.cert.acquiredOn = dateOf(acquired);
                p.cert.expiresOn = certificationExpiry(p.cert.acquiredOn, def.validity);
                p.cert.certificateId = certificateNumber(def, acquired);
                if (p.cert.expiresOn.isValid() && def.reminder > 0) {
                    const qint64 reminder = epochDay(p.cert.expiresOn) - def.reminder;
                    if (reminder <= today && r.percent(92)) // CERT-01: the reminder went out
                        p.cert.remindedOn = dateOf(reminder + r.below(2));
                    if (p.cert.remindedOn.isValid() && epochDay(p.cert.remindedOn) > today)
                        p.cert.remindedOn = dateOf(today);
                }
                chain.append(p);
                if (chain.size() >= room || !p.cert.expiresOn.isValid())
                    break;
                // Due for renewal by today? Renewed in the window or up to six weeks late, about 70 % of the time.
                const qint64 expires = epochDay(p.cert.expiresOn);
                if (expires - def.window > today || !r.percent(70))
                    break;
                const qint64 next = qMax(acquired + 1, expires - def.window + static_cast<qint64>(r.below(
                                                           static_cast<quint32>(def.window + 45))));
                if (next > today)
                    break;
                acquired = next;
            }
        }

        // Ids first: an archived record names the one that replaced it.
        for (Planned& p : chain) {
            p.cert.id = Uuid::createV7(p.createdMs, r.next(), r.next());
            p.cert.partnerId = partner.id;
            p.cert.contactId = person.id;
            p.cert.definitionId = def.id;
        }
        for (qsizetype i = 0; i + 1 < chain.size(); ++i) {
            Planned& old = chain[i];
            old.cert.status = QStringLiteral("renewed");
            old.cert.renewedById = chain.at(i + 1).cert.id;
            old.updatedMs = qMax(old.updatedMs, chain.at(i + 1).updatedMs);
            ++q.m_renewed;
        }
        Planned& last = chain.last();
        if (last.cert.status == QLatin1String("active") && r.below(1000) < 6) {
            last.cert.status = QStringLiteral("revoked");
            last.cert.notes = GeneratorTr::tr("Revoked: exam policy violation reported by the test centre.");
            last.updatedMs = workMs(r, qMin(today, epochDay(last.cert.acquiredOn) + r.between(20, 200)));
            person.held &= ~(1u << d); // no longer held: a new attempt could start
            ++q.m_revoked;
        }
        for (const Planned& p : std::as_const(chain)) {
            if (Status s = insert(certificationTable, p.cert, certificationFields(), p.createdMs, p.updatedMs); !s)
                return s.error();
        }
        // The definition's prerequisite courses, completed before the first certificate (or the attempt's start).
        const qint64 firstDay = epochDay(chain.first().cert.startedOn);
        for (int course : def.prerequisites) {
            completions.push_back(Completion { static_cast<quint32>(c), static_cast<quint16>(course),
                                               static_cast<qint32>(firstDay - r.between(0, 60)),
                                               static_cast<quint8>(70 + r.below(31)) });
        }
        return static_cast<qint64>(chain.size());
    }

    Status writeCompletions()
    {
        // One completion per person and course: the earliest day any chain needed it.
        std::sort(completions.begin(), completions.end(), [](const Completion& a, const Completion& b) {
            if (a.contact != b.contact)
                return a.contact < b.contact;
            if (a.course != b.course)
                return a.course < b.course;
            return a.day < b.day;
        });
        for (std::size_t i = 0; i < completions.size(); ++i) {
            const Completion& c = completions[i];
            if (i > 0 && completions[i - 1].contact == c.contact && completions[i - 1].course == c.course)
                continue;
            Rng r = rngFor(seed, static_cast<qint64>(c.contact) * 64 + c.course, CompletionStream);
            CourseCompletion completion;
            const qint64 ms = workMs(r, c.day);
            completion.id = Uuid::createV7(ms, r.next(), r.next());
            completion.partnerId = partners[contacts[c.contact].partner].id;
            completion.contactId = contacts[c.contact].id;
            completion.courseId = courseIds.at(c.course);
            completion.completedOn = dateOf(c.day);
            completion.score = c.score;
            if (Status s = insert(completionTable, completion, courseCompletionFields(), ms, ms); !s)
                return s;
            ++q.m_completions;
        }
        completions.clear();
        return {};
    }

    /// TIER-04 points of the members that joined in this run: more and larger for higher tiers, each counting for a
    /// year after it was earned (so some have expired).
    Status writePoints()
    {
        struct Activity
        {
            const char* type;
            qint64 low, high;
            const char* note;
        };
        static const Activity activities[] = {
            { "training", 40, 150, "Sales enablement webinar series" },
            { "certification", 100, 250, "New certified engineer" },
            { "deal", 100, 500, "Registered deal closed" },
            { "event", 150, 400, "Co-hosted customer event" },
            { "marketing", 50, 200, "Joint campaign with the vendor" },
            { "custom", 25, 100, "Customer reference story" },
        };
        static constexpr int perTier[5] = { 0, 1, 2, 4, 7 }; // × pointsPerMember / 4
        for (int index : newMembers) {
            const PartnerInfo& p = partners[index];
            Rng r = rngFor(seed, index, PointsStream);
            const int expected = perTier[p.tier] * q.m_pointsPerMember / 4;
            const int count = expected == 0 ? (r.percent(15) ? 1 : 0)
                                            : static_cast<int>(r.between(expected / 2, expected + expected / 2 + 1));
            for (int k = 0; k < count; ++k) {
                const Activity& a = activities[r.below(6)];
                PointsEntry e;
                const qint64 earned = today - r.between(0, 540);
                const qint64 ms = workMs(r, earned);
                e.id = Uuid::createV7(ms, r.next(), r.next());
                e.partnerId = p.id;
                e.programId = programId;
                e.activityType = QString::fromLatin1(a.type);
                e.points = r.between(a.low, a.high) / 5 * 5;
                e.earnedOn = dateOf(earned);
                e.expiresOn = dateOf(earned + 365);
                e.note = QString::fromLatin1(a.note);
                if (Status s = insert(pointsTable, e, pointsEntryFields(), ms, ms); !s)
                    return s;
                ++q.m_points;
            }
        }
        return {};
    }

    // -------------------------------------------------------------------------------------------------------------
    // Load settings

    /// Drops the explicit indexes of the tables filled in bulk and recreates them before commit: a million
    /// certifications arrive in random id order, and one index build beats keeping five up to date row by row.
    Status dropDeferred()
    {
        deferred.clear();
        if (Status s = select(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                                             "sql IS NOT NULL AND tbl_name IN ('certification', 'course_completion') "
                                             "ORDER BY name"),
                              [&](sqlite3_stmt* st) { deferred.append(Deferred { columnText(st, 0), columnText(st, 1) }); });
            !s)
            return s;
        for (const Deferred& index : std::as_const(deferred)) {
            QString name = index.name;
            name.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            if (Status s = exec(QStringLiteral("DROP INDEX \"") + name + QLatin1Char('"')); !s)
                return s;
        }
        return {};
    }

    Status restoreDeferred()
    {
        for (const Deferred& index : std::as_const(deferred)) {
            QElapsedTimer timer;
            timer.start();
            if (Status s = exec(index.sql); !s)
                return s;
            qCDebug(lcTools) << "recreated" << index.name << "in" << timer.elapsed() << "ms";
        }
        deferred.clear();
        return {};
    }

    Status setCacheSize()
    {
        (void)select(QStringLiteral("PRAGMA cache_size"),
                     [&](sqlite3_stmt* st) { savedCacheSize = sqlite3_column_int64(st, 0); });
        return exec(QStringLiteral("PRAGMA cache_size=-%1").arg(LoadCacheKiB));
    }

    /// Statement journals in memory (see MdfGenerator): set before the write transaction begins.
    void keepTempInMemory()
    {
        if (sqlite3_get_autocommit(handle) == 0)
            return;
        (void)select(QStringLiteral("PRAGMA temp_store"), [&](sqlite3_stmt* st) { savedTempStore = sqlite3_column_int(st, 0); });
        if (savedTempStore >= 0)
            (void)exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    }

    void restorePragmas()
    {
        if (savedCacheSize != 0) {
            const QByteArray pragma = "PRAGMA cache_size=" + QByteArray::number(savedCacheSize);
            sqlite3_exec(handle, pragma.constData(), nullptr, nullptr, nullptr);
            savedCacheSize = 0;
        }
        if (savedTempStore >= 0) {
            const QByteArray pragma = "PRAGMA temp_store=" + QByteArray::number(savedTempStore);
            sqlite3_exec(handle, pragma.constData(), nullptr, nullptr, nullptr);
            savedTempStore = -1;
        }
    }
};

// =================================================================================================================

TrainingGenerator::TrainingGenerator(Database& db, quint64 seed)
    : m_db(db)
    , m_seed(seed)
{
}

TrainingGenerator::~TrainingGenerator() = default;

TrainingGenerator::Standard TrainingGenerator::standard()
{
    Standard out;
    for (const TrackSpec& track : trackSpecs()) {
        for (const CourseSpec& spec : track.courses) {
            out.courses.append(courseOf(track, spec));
            out.coursePrerequisites.append(spec.prerequisite ? QStringList { QString::fromLatin1(spec.prerequisite) }
                                                             : QStringList());
        }
    }
    for (const DefinitionSpec& spec : definitionSpecs()) {
        out.definitions.append(definitionOf(spec));
        QStringList prerequisites;
        for (const char* code : spec.prerequisites) {
            if (code)
                prerequisites.append(QString::fromLatin1(code));
        }
        out.definitionPrerequisites.append(prerequisites);
    }
    out.program.name = ProgramName;
    out.program.description = programDescription();
    out.program.currency = QStringLiteral("USD");
    out.program.autoUpgrade = false;
    for (const LevelSpec& spec : levelSpecs())
        out.levels.append(levelOf(spec));
    return out;
}

void TrainingGenerator::resetCounts()
{
    m_courses = m_definitions = m_levels = m_members = m_certifications = m_renewed = m_inProgress = m_revoked = 0;
    m_completions = m_points = m_events = m_retiered = 0;
}

Status TrainingGenerator::generate(qint64 certifications)
{
    resetCounts();
    m_dealsAdded = 0;
    m_dealsMs = m_prepareMs = m_insertMs = m_indexMs = m_placeMs = m_commitMs = 0;
    m_programId.clear();
    if (certifications < 0)
        return Error { Error::Code::InvalidArgument, GeneratorTr::tr("The number of certifications cannot be negative."),
                       {}, {} };
    if (!m_db.handle())
        return Error::storage(GeneratorTr::tr("The database is not open."), QStringLiteral("no sqlite3 handle"));
    const QDate reference = m_referenceDay.isValid() ? m_referenceDay : QDate::currentDate();

    QElapsedTimer timer;
    timer.start();
    if (m_deals > 0) {
        // Revenue, approved registrations and closed-won deals for the tier criteria (TIER-02).
        DealGenerator deals(m_db, m_seed);
        deals.setReferenceDay(reference);
        deals.setRecordOutbox(m_recordOutbox);
        if (Status s = deals.generate(m_deals); !s)
            return s;
        m_dealsAdded = deals.dealsAdded();
        m_dealsMs = timer.restart();
    }

    Impl impl(*this, m_db, m_seed);
    impl.today = epochDay(reference);
    impl.keepTempInMemory();
    Transaction transaction(m_db);
    if (!transaction.begun()) {
        impl.restorePragmas();
        return transaction.begun();
    }
    const auto fail = [&](const Status& status) {
        resetCounts(); // nothing of this call's training data is kept
        m_programId.clear();
        impl.finalize();
        transaction.rollback();
        impl.restorePragmas();
        return status;
    };
    impl.existingCertifications = impl.scalar(QStringLiteral("SELECT count(*) FROM certification"));
    impl.ordinal = impl.existingCertifications;
    // A later run draws from other streams, so its ids differ from the first run's.
    if (impl.existingCertifications > 0)
        impl.seed = mix64(m_seed + Golden * static_cast<quint64>(impl.existingCertifications));
    if (Status s = impl.setCacheSize(); !s)
        return fail(s);
    if (Status s = impl.ensureCatalogue(); !s)
        return fail(s);
    if (Status s = impl.ensureProgram(); !s)
        return fail(s);
    if (Status s = impl.loadPartners(); !s)
        return fail(s);
    impl.planWeights();
    const bool defer = certifications >= 50000 && certifications >= impl.existingCertifications;
    if (defer) {
        if (Status s = impl.dropDeferred(); !s)
            return fail(s);
    }
    m_prepareMs = timer.restart();

    impl.planJoining();
    qint64 chain = 0;
    qint64 nextReport = ProgressEvery;
    while (m_certifications < certifications) {
        Result<qint64> written = impl.writeChain(chain++, certifications - m_certifications);
        if (!written)
            return fail(written.error());
        m_certifications += written.value();
        if (m_progress && m_certifications >= nextReport) {
            nextReport = (m_certifications / ProgressEvery + 1) * ProgressEvery;
            if (!m_progress(m_certifications, certifications))
                return fail(Error { Error::Code::Cancelled, GeneratorTr::tr("Cancelled."), {}, {} });
        }
    }
    if (Status s = impl.writeCompletions(); !s)
        return fail(s);
    if (Status s = impl.writePoints(); !s)
        return fail(s);
    m_insertMs = timer.restart();
    if (Status s = impl.restoreDeferred(); !s)
        return fail(s);
    m_indexMs = timer.restart();
    if (Status s = impl.placeMembers(); !s)
        return fail(s);
    if (Status s = impl.writeMembers(); !s)
        return fail(s);
    impl.finalize();
    m_placeMs = timer.restart();
    if (Status s = transaction.commit(); !s)
        return fail(s);
    impl.restorePragmas();
    m_commitMs = timer.restart();
    if (m_progress)
        m_progress(m_certifications, certifications);
    qCInfo(lcTools) << "Generated training:" << m_courses << "courses," << m_definitions << "definitions," << m_levels
                    << "levels," << m_members << "members," << m_certifications << "certifications (" << m_renewed
                    << "renewed," << m_inProgress << "in progress," << m_revoked << "revoked)," << m_completions
                    << "completions," << m_points << "points entries," << m_events << "events; deals" << m_dealsMs
                    << "ms, prepare" << m_prepareMs << "ms, insert" << m_insertMs << "ms, indexes" << m_indexMs
                    << "ms, placing members" << m_placeMs << "ms (" << m_retiered << "partners re-tiered), commit"
                    << m_commitMs << "ms";
    return {};
}

} // namespace ChannelDesk
