#include "MdfGenerator.h"

#include "common/Logging.h"
#include "common/Money.h"
#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "domain/Mdf.h"
#include "mdf/MdfClaimRepository.h"
#include "mdf/MdfRequestRepository.h"
#include "mdf/MdfWorkflow.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>
#include <vector>

namespace ChannelDesk {

namespace {

struct GeneratorTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::MdfGenerator)
};

// ---------------------------------------------------------------------------------------------------------------
// Randomness: SplitMix64 with integer-only draws, as in DealGenerator, so a seed gives the same data with every
// compiler and standard library. Every record draws from its own stream, keyed by its index.

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
    PartnerStream = 21,
    AllocationStream = 22,
    ShapeStream = 23,   ///< a request's dates and status (pass 1, re-derived when writing)
    RequestStream = 24, ///< the rest of a request, its claims and payments
    ClaimCountStream = 25,
    BudgetStream = 26,
};

Rng rngFor(quint64 seed, qint64 index, Stream stream)
{
    const quint64 base = mix64(seed ^ (static_cast<quint64>(stream) * 0xd1b54a32d192ed03ULL));
    return Rng { mix64(base + static_cast<quint64>(index) * Golden) };
}

int weighted(Rng& r, std::initializer_list<quint32> weights)
{
    quint32 total = 0;
    for (quint32 w : weights)
        total += w;
    quint32 x = r.below(total);
    int i = 0;
    for (quint32 w : weights) {
        if (x < w)
            return i;
        x -= w;
        ++i;
    }
    return i - 1;
}

template <typename T>
const T& pick(Rng& r, const QList<T>& list)
{
    return list.at(r.below(static_cast<quint32>(list.size())));
}

// ---------------------------------------------------------------------------------------------------------------
// Time: epoch days and UTC milliseconds; created_at/updated_at are formatted by hand as Timestamp::toStorage writes
// them (the test compares).

constexpr qint64 MsPerHour = 3600000;
constexpr qint64 MsPerDay = 24 * MsPerHour;
constexpr qint64 EpochJulianDay = 2440588; // 1970-01-01

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

qint64 dayOfMs(qint64 ms)
{
    return floorDiv(ms, MsPerDay);
}

QDate dateOf(qint64 epochDay)
{
    return QDate::fromJulianDay(epochDay + EpochJulianDay);
}

qint64 epochDay(const QDate& date)
{
    return date.toJulianDay() - EpochJulianDay;
}

QDateTime timeOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

void appendDigits(QByteArray& out, int value, int width)
{
    char buffer[8];
    for (int i = width - 1; i >= 0; --i) {
        buffer[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    out.append(buffer, width);
}

/// "2026-11-27T08:30:00.123Z" (UTF-8), as Timestamp::toStorage writes a UTC time.
QByteArray stampOf(qint64 ms)
{
    QByteArray out;
    out.reserve(24);
    const qint64 day = dayOfMs(ms);
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

// ---------------------------------------------------------------------------------------------------------------
// Numbers: "MDF-2611-7KQ3MZ" / "CLM-2611-…" (prefix, year and month of creation, six Crockford base-32 characters),
// the characters a bijection of the record's ordinal (30 bits), as DealGenerator does, so numbers never repeat.

constexpr char Base32[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
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

/// The 30-bit code of a stored number of the shape PPP-YYMM-XXXXXX, or -1.
qint64 codeOfNumber(QStringView number)
{
    if (number.size() != 15 || number.at(3) != u'-' || number.at(8) != u'-')
        return -1;
    qint64 code = 0;
    for (qsizetype i = 9; i < 15; ++i) {
        const char16_t c = number.at(i).unicode();
        const char* found = c > 0 && c < 128 ? std::strchr(Base32, static_cast<char>(c)) : nullptr;
        if (!found)
            return -1;
        code = code * 32 + (found - Base32);
    }
    return code;
}

QString numberText(const char* prefix, qint64 createdDay, quint32 code)
{
    int y = 0, m = 0, d = 0;
    dateOf(createdDay).getDate(&y, &m, &d);
    QByteArray out(prefix);
    out.append('-');
    appendDigits(out, y % 100, 2);
    appendDigits(out, m, 2);
    out.append('-');
    for (int shift = 25; shift >= 0; shift -= 5)
        out.append(Base32[(code >> shift) & 31]);
    return QString::fromLatin1(out);
}

/// Numbers already stored in a table and the ordinal to continue from.
struct NumberSource
{
    QSet<quint32> taken;
    qint64 ordinal = 0;

    quint32 next()
    {
        for (;;) {
            const quint32 code = scramble30(static_cast<quint64>(ordinal++));
            if (!taken.contains(code))
                return code;
        }
    }
};

// ---------------------------------------------------------------------------------------------------------------
// Regions, languages and texts.

enum Region { Vietnam, Europe, Americas, RegionCount };

struct RegionInfo
{
    const char* currency;
    const char16_t* name;
    const char* owner;    ///< the CAM lead who owns the region's budgets
    const char* director; ///< where big requests are escalated (MDF-05)
    qint64 usdNum;        ///< major units of the currency per USD, as a fraction usdNum / usdDen
    qint64 usdDen;
    qint64 step;          ///< "nice" rounding of requested amounts, in major units
};

const std::array<RegionInfo, RegionCount>& regions()
{
    static const std::array<RegionInfo, RegionCount> list { {
        { "VND", u"Vietnam", "lan.nguyen", "minh.tran", 25000, 1, 100000 },
        { "EUR", u"Europe", "k.schmidt", "m.weber", 92, 100, 50 },
        { "USD", u"Americas and Asia-Pacific", "j.miller", "s.brown", 1, 1, 50 },
    } };
    return list;
}

Region regionOf(const QString& country)
{
    if (country == QLatin1String("VN"))
        return Vietnam;
    static const QSet<QString> europe { QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("CH"),
                                        QStringLiteral("FR"), QStringLiteral("BE"), QStringLiteral("GB"),
                                        QStringLiteral("NL"), QStringLiteral("IT"), QStringLiteral("ES") };
    return europe.contains(country) ? Europe : Americas;
}

enum class Lang { En, Vi, De, Fr };

Lang langOf(const QString& country)
{
    if (country == QLatin1String("VN"))
        return Lang::Vi;
    if (country == QLatin1String("DE") || country == QLatin1String("AT") || country == QLatin1String("CH"))
        return Lang::De;
    if (country == QLatin1String("FR") || country == QLatin1String("BE") || country == QLatin1String("CA"))
        return Lang::Fr;
    return Lang::En;
}

QStringList strings(std::initializer_list<const char16_t*> items)
{
    QStringList out;
    for (const char16_t* item : items)
        out.append(QString::fromUtf16(item));
    return out;
}

/// Activity types (codes of mdfActivityTypes()) with how often they occur and their cost per line in USD.
struct ActivityKind
{
    const char* code;
    quint32 weight;
    qint64 minUsd;
    qint64 maxUsd;
};

constexpr std::array<ActivityKind, 9> Activities { {
    { "event", 20, 1500, 18000 },
    { "webinar", 18, 400, 4000 },
    { "digital", 18, 800, 12000 },
    { "advertising", 8, 1500, 20000 },
    { "content", 10, 500, 7000 },
    { "training", 8, 800, 8000 },
    { "trade_show", 8, 4000, 30000 },
    { "telemarketing", 5, 1000, 10000 },
    { "other", 5, 400, 4000 },
} };

struct Texts
{
    std::array<std::array<QStringList, Activities.size()>, 4> titles; ///< by language, by activity
    std::array<QStringList, 4> costs;
    std::array<QStringList, 4> descriptions;
    std::array<QString, 4> outcome;  ///< "%1 qualified leads"
    std::array<QString, 4> claimWord;
    QStringList infoReasons;
    QStringList rejectReasons;
    QStringList declineReasons;
    QStringList cancelReasons;
    QStringList returnReasons;
    QStringList claimRejectReasons;

    Texts()
    {
        const auto set = [this](Lang lang, std::initializer_list<std::initializer_list<const char16_t*>> perActivity) {
            int i = 0;
            for (const auto& items : perActivity)
                titles[int(lang)][i++] = strings(items);
        };
        set(Lang::En, { { u"Customer roadshow", u"Partner summit", u"Executive breakfast" },
                        { u"Security webinar series", u"Cloud migration webinar" },
                        { u"Paid search campaign", u"LinkedIn lead generation", u"Email nurture programme" },
                        { u"Trade press advertising", u"Radio campaign" },
                        { u"Case study videos", u"Solution brochure" },
                        { u"Sales certification bootcamp", u"Presales training days" },
                        { u"Booth at the regional IT fair", u"Industry expo stand" },
                        { u"Outbound calling campaign" },
                        { u"Customer appreciation day", u"Joint marketing activity" } });
        set(Lang::Vi, { { u"Hội thảo khách hàng", u"Hội nghị đối tác", u"Tiệc sáng giám đốc" },
                        { u"Chuỗi webinar bảo mật", u"Webinar chuyển đổi đám mây" },
                        { u"Chiến dịch quảng cáo tìm kiếm", u"Thu hút khách hàng qua LinkedIn", u"Chuỗi email chăm sóc" },
                        { u"Quảng cáo trên báo chuyên ngành", u"Quảng cáo phát thanh" },
                        { u"Video điển hình khách hàng", u"Tài liệu giới thiệu giải pháp" },
                        { u"Khóa đào tạo chứng chỉ bán hàng", u"Đào tạo kỹ thuật tiền bán hàng" },
                        { u"Gian hàng triển lãm CNTT", u"Gian hàng hội chợ ngành" },
                        { u"Chiến dịch gọi điện khách hàng" },
                        { u"Ngày tri ân khách hàng", u"Hoạt động tiếp thị chung" } });
        set(Lang::De, { { u"Kunden-Roadshow", u"Partnergipfel", u"Executive-Frühstück" },
                        { u"Webinar-Reihe Sicherheit", u"Webinar Cloud-Migration" },
                        { u"Suchmaschinen-Kampagne", u"Leadgenerierung auf LinkedIn", u"E-Mail-Nurturing" },
                        { u"Anzeigen in der Fachpresse", u"Radiokampagne" },
                        { u"Referenzvideos", u"Lösungsbroschüre" },
                        { u"Vertriebszertifizierung", u"Presales-Schulungstage" },
                        { u"Stand auf der regionalen IT-Messe", u"Messestand Branchentreff" },
                        { u"Telefonkampagne" },
                        { u"Kundentag", u"Gemeinsame Marketingaktion" } });
        set(Lang::Fr, { { u"Tournée clients", u"Sommet partenaires", u"Petit-déjeuner dirigeants" },
                        { u"Série de webinaires sécurité", u"Webinaire migration cloud" },
                        { u"Campagne de référencement payant", u"Génération de leads LinkedIn", u"Programme d'e-mails" },
                        { u"Publicité presse spécialisée", u"Campagne radio" },
                        { u"Vidéos de cas clients", u"Brochure solution" },
                        { u"Bootcamp certification commerciale", u"Journées de formation avant-vente" },
                        { u"Stand au salon informatique régional", u"Stand salon professionnel" },
                        { u"Campagne d'appels sortants" },
                        { u"Journée clients", u"Action marketing commune" } });
        costs[int(Lang::En)] = strings({ u"Venue hire", u"Catering", u"Printed material", u"Online advertising",
                                         u"Agency fees", u"Speaker fees", u"Travel", u"Giveaways", u"Video production",
                                         u"Booth construction" });
        costs[int(Lang::Vi)] = strings({ u"Thuê địa điểm", u"Tiệc trà", u"In ấn tài liệu", u"Quảng cáo trực tuyến",
                                         u"Phí agency", u"Phí diễn giả", u"Chi phí đi lại", u"Quà tặng",
                                         u"Sản xuất video", u"Dựng gian hàng" });
        costs[int(Lang::De)] = strings({ u"Raummiete", u"Catering", u"Druckmaterial", u"Online-Werbung",
                                         u"Agenturhonorar", u"Referentenhonorar", u"Reisekosten", u"Werbegeschenke",
                                         u"Videoproduktion", u"Standbau" });
        costs[int(Lang::Fr)] = strings({ u"Location de salle", u"Traiteur", u"Supports imprimés", u"Publicité en ligne",
                                         u"Honoraires d'agence", u"Honoraires d'intervenants", u"Déplacements",
                                         u"Goodies", u"Production vidéo", u"Construction du stand" });
        descriptions[int(Lang::En)] = strings({ u"Joint activity with our vendor team for mid-market customers.",
                                                u"Focus on the new security portfolio.",
                                                u"Follow-up calls by our inside sales team are included.", u"" });
        descriptions[int(Lang::Vi)] = strings({ u"Hoạt động chung với nhóm của hãng cho khách hàng doanh nghiệp vừa.",
                                                u"Tập trung vào danh mục giải pháp bảo mật mới.",
                                                u"Bao gồm gọi điện chăm sóc sau sự kiện.", u"" });
        descriptions[int(Lang::De)] = strings({ u"Gemeinsame Aktion mit dem Herstellerteam für den Mittelstand.",
                                                u"Schwerpunkt auf dem neuen Sicherheitsportfolio.",
                                                u"Nachfassen durch unseren Innendienst inbegriffen.", u"" });
        descriptions[int(Lang::Fr)] = strings({ u"Action commune avec l'équipe du constructeur pour les ETI.",
                                                u"Accent sur la nouvelle offre sécurité.",
                                                u"Relances par notre équipe commerciale sédentaire incluses.", u"" });
        outcome = { QString::fromUtf16(u"%1 qualified leads"), QString::fromUtf16(u"%1 khách hàng tiềm năng"),
                    QString::fromUtf16(u"%1 qualifizierte Leads"), QString::fromUtf16(u"%1 leads qualifiés") };
        claimWord = { QStringLiteral("claim"), QString::fromUtf16(u"đợt"), QStringLiteral("Abrechnung"),
                      QStringLiteral("demande") };
        infoReasons = strings({ u"Please add the agenda and the expected attendance.",
                                u"Which products does the campaign cover?", u"Please split the agency fees by item." });
        rejectReasons = strings({ u"Costs are above the programme's guidelines; please revise.",
                                  u"The activity starts before the request can be decided; move the dates." });
        declineReasons = strings({ u"Activity type not eligible for this programme.",
                                   u"Duplicate of an approved request." });
        cancelReasons = strings({ u"Event postponed by the partner.", u"Budget moved to another activity." });
        returnReasons = strings({ u"Invoice missing for one line.", u"Please attach proof of performance (photos, attendee list)." });
        claimRejectReasons = strings({ u"Costs incurred outside the approved activity.", u"Receipts are not readable." });
    }
};

const Texts& texts()
{
    static const Texts instance;
    return instance;
}

// ---------------------------------------------------------------------------------------------------------------
// The plan.

enum class ReqState : quint8 { Draft, Submitted, NeedInfo, Approved, Partial, Rejected, Declined, Closed, Canceled };

const char* requestStatusCode(ReqState s)
{
    switch (s) {
    case ReqState::Draft: return "draft";
    case ReqState::Submitted: return "submitted";
    case ReqState::NeedInfo: return "need_info";
    case ReqState::Approved: return "approved";
    case ReqState::Partial: return "partially_approved";
    case ReqState::Rejected: return "rejected";
    case ReqState::Declined: return "declined";
    case ReqState::Closed: return "closed";
    case ReqState::Canceled: return "canceled";
    }
    return "draft";
}

struct PartnerInfo
{
    QByteArray id;
    QString name;
    QString country;
    Region region = Americas;
    Lang lang = Lang::En;
    quint32 activity = 1; ///< 1–16: how busy the partner is
};

struct BudgetPlan
{
    Region region = Americas;
    int year = 0;
    bool coop = false;
    MdfBudget budget;
    qint64 createdMs = 0;
    qint64 allocatedMinor = 0;
};

struct AllocationPlan
{
    int budget = 0;
    int partner = 0;
    QString period;
    qint64 firstDay = 0; ///< epoch days, inclusive
    qint64 lastDay = 0;
    bool authorized = true;
    quint64 weight = 0;
    qint64 firstRequest = 0; ///< index of its first request (its requests are consecutive)
    qint64 requestCount = 0;
};

/// What pass 1 decides for a request: enough to know whether it can have claims.
struct RequestShape
{
    qint64 startDay = 0;
    qint64 endDay = 0;
    ReqState state = ReqState::Draft;
    bool claimable = false;
};

/// A history row waiting to be written with its record.
struct PendingEvent
{
    QString entity;
    QByteArray recordId;
    qint64 at = 0;
    QString actor;
    QString action;
    QString from;
    QString to;
    QString reason;
    QString detail;
};

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
    qCWarning(lcTools).noquote() << "MDF generation failed:" << detail;
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

// Requests between progress reports (and cancellation checks).
constexpr qint64 ProgressEvery = 1024;
// Page cache for the load (KiB): the MDF tables of 100,000 requests and 300,000 claims stay in memory while their
// indexes are filled in random key order.
constexpr qint64 LoadCacheKiB = 512 * 1024;

} // namespace

// =================================================================================================================

struct MdfGenerator::Impl
{
    MdfGenerator& q;
    sqlite3* handle;
    quint64 seed;
    qint64 today = 0;     ///< epoch day of the reference day
    qint64 horizonMs = 0; ///< its midnight (UTC): everything generated happened before

    QList<PartnerInfo> partners;
    QList<BudgetPlan> budgets;
    QList<AllocationPlan> allocations;
    std::vector<RequestShape> shapes;  ///< by request index
    std::vector<quint16> claimCounts;  ///< by request index
    NumberSource requestNumbers;
    NumberSource claimNumbers;
    QSet<QString> budgetNames;
    qint64 existingBudgets = 0; ///< rows of mdf_budget before this run, tombstones included

    struct Table
    {
        QString entity;
        sqlite3_stmt* insert = nullptr;
    };
    Table budgetTable { QStringLiteral("mdf_budget") };
    Table allocationTable { QStringLiteral("mdf_allocation") };
    Table requestTable { QStringLiteral("mdf_request") };
    Table claimTable { QStringLiteral("mdf_claim") };
    Table paymentTable { QStringLiteral("mdf_payment") };
    Table eventTable { QStringLiteral("mdf_event") };
    sqlite3_stmt* outboxInsert = nullptr;
    QByteArray outboxNow;
    QByteArray emptyJson;
    QByteArray textBuffer;
    qint64 savedCacheSize = 0;

    Impl(MdfGenerator& owner, Database& database, quint64 s)
        : q(owner)
        , handle(database.handle())
        , seed(s)
    {
    }

    ~Impl() { finalize(); }

    void finalize()
    {
        for (sqlite3_stmt** statement : { &budgetTable.insert, &allocationTable.insert, &requestTable.insert,
                                          &claimTable.insert, &paymentTable.insert, &eventTable.insert, &outboxInsert }) {
            sqlite3_finalize(*statement);
            *statement = nullptr;
        }
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

    // -------------------------------------------------------------------------------------------------------------
    // Reading what is there

    Status loadPartners()
    {
        sqlite3_stmt* statement = nullptr;
        if (Status s = prepare(&statement, QStringLiteral("SELECT id, name, country, tier, stage FROM partner "
                                                          "WHERE deleted_at IS NULL ORDER BY local_id"));
            !s)
            return s;
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            PartnerInfo p;
            p.id = columnBlob(statement, 0);
            p.name = columnText(statement, 1);
            p.country = columnText(statement, 2);
            p.region = regionOf(p.country);
            p.lang = langOf(p.country);
            Rng r = rngFor(seed, partners.size(), PartnerStream);
            p.activity = 1U << r.below(5);
            partners.append(std::move(p));
            // Tier and stage make a partner likelier to be funded (see choosePartners); kept in the weight below.
            const QString tier = columnText(statement, 3);
            const QString stage = columnText(statement, 4);
            quint32 w = tier == QLatin1String("platinum") ? 12 : tier == QLatin1String("gold") ? 8
                      : tier == QLatin1String("silver") ? 5 : 2;
            w *= stage == QLatin1String("active") ? 4 : stage == QLatin1String("onboarding") ? 2 : 1;
            partnerPreference.push_back(w);
        }
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE)
            return sqliteError(handle, rc, QStringLiteral("reading partners"));
        if (partners.isEmpty()) {
            return Error { Error::Code::NotFound,
                           GeneratorTr::tr("There are no partners to allocate funds to. Add or generate partners first."),
                           {}, {} };
        }
        return {};
    }
    std::vector<quint32> partnerPreference;

    Status loadNumbers(NumberSource& numbers, const char* table)
    {
        sqlite3_stmt* statement = nullptr;
        if (Status s = prepare(&statement, QStringLiteral("SELECT number FROM %1").arg(QLatin1String(table))); !s)
            return s;
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            ++numbers.ordinal;
            const qint64 code = codeOfNumber(columnText(statement, 0));
            if (code >= 0)
                numbers.taken.insert(static_cast<quint32>(code));
        }
        sqlite3_finalize(statement);
        return rc == SQLITE_DONE ? Status() : Status(sqliteError(handle, rc, QStringLiteral("reading numbers")));
    }

    Status loadBudgetNames()
    {
        sqlite3_stmt* statement = nullptr;
        if (Status s = prepare(&statement, QStringLiteral("SELECT name FROM mdf_budget")); !s)
            return s;
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            budgetNames.insert(columnText(statement, 0));
            ++existingBudgets;
        }
        sqlite3_finalize(statement);
        return rc == SQLITE_DONE ? Status() : Status(sqliteError(handle, rc, QStringLiteral("reading budget names")));
    }

    // -------------------------------------------------------------------------------------------------------------
    // Money

    /// `usd` whole US dollars in a region's currency, in minor units, rounded to the region's step (at least one).
    static qint64 localMinor(qint64 usd, Region region, qint64 stepMajor = 0)
    {
        const RegionInfo& info = regions()[region];
        const qint64 step = stepMajor > 0 ? stepMajor : info.step;
        qint64 major = usd * info.usdNum / info.usdDen;
        major = qMax<qint64>(step, (major + step / 2) / step * step);
        return major * minorScale(region);
    }

    static qint64 minorScale(Region region)
    {
        qint64 scale = 1;
        for (int i = Money::minorDigits(QString::fromLatin1(regions()[region].currency)); i > 0; --i)
            scale *= 10;
        return scale;
    }

    /// `minor` rounded up to a whole number of `usdStep` dollars' worth in the region's currency.
    static qint64 roundUp(qint64 minor, Region region, qint64 usdStep)
    {
        const qint64 step = localMinor(usdStep, region, 1);
        return qMax<qint64>(step, (minor + step - 1) / step * step);
    }

    // -------------------------------------------------------------------------------------------------------------
    // Planning: budgets, funded partners, allocations, request counts, request shapes, claim counts

    void planBudgets()
    {
        const int thisYear = dateOf(today).year();
        for (int year : { thisYear - 1, thisYear }) {
            for (int region = 0; region < RegionCount; ++region) {
                for (bool coop : { false, true }) {
                    const RegionInfo& info = regions()[region];
                    BudgetPlan plan;
                    plan.region = static_cast<Region>(region);
                    plan.year = year;
                    plan.coop = coop;
                    Rng r = rngFor(seed, (year * 8 + region) * 2 + (coop ? 1 : 0), BudgetStream);
                    MdfBudget& b = plan.budget;
                    const QString program = coop ? QStringLiteral("Co-op") : QStringLiteral("Partner Marketing");
                    QString name = QStringLiteral("%1 FY%2 – %3").arg(program).arg(year).arg(QString::fromUtf16(info.name));
                    for (int n = 2; budgetNames.contains(name); ++n)
                        name = QStringLiteral("%1 FY%2 – %3 (%4)").arg(program).arg(year).arg(QString::fromUtf16(info.name)).arg(n);
                    budgetNames.insert(name);
                    b.name = name;
                    b.program = program + QStringLiteral(" FY%1").arg(year % 100, 2, 10, QLatin1Char('0'));
                    b.periodStart = QDate(year, 1, 1);
                    b.periodEnd = QDate(year, 12, 31);
                    b.amount.currency = QString::fromLatin1(info.currency);
                    b.owner = QString::fromLatin1(info.owner);
                    b.allowNegative = coop && region == Vietnam;
                    b.vendorShareBp = 5000;
                    b.claimDays = coop ? 60 : 90;
                    b.notes = coop ? QStringLiteral("Accrued at 2 % of prior-year purchases; no carry-over.") : QString();
                    plan.createdMs = (epochDay(b.periodStart) - 20 - r.below(25)) * MsPerDay + MsPerHour * (2 + r.below(12));
                    b.id = Uuid::createV7(plan.createdMs, r.next(), r.next());
                    budgets.append(std::move(plan));
                }
            }
        }
    }

    int budgetIndex(int year, Region region, bool coop) const
    {
        const int thisYear = dateOf(today).year();
        return ((year - (thisYear - 1)) * RegionCount + region) * 2 + (coop ? 1 : 0);
    }

    /// About one partner per 40 requests, the better-tiered and active ones likelier.
    QList<int> choosePartners(qint64 requests) const
    {
        const qint64 wanted = std::clamp<qint64>((requests + 39) / 40, 1, partners.size());
        QList<QPair<quint64, int>> scored;
        scored.reserve(partners.size());
        for (int i = 0; i < partners.size(); ++i) {
            Rng r = rngFor(seed, i, PartnerStream);
            r.next();
            scored.append({ quint64(r.below(1U << 20)) * partnerPreference[std::size_t(i)], i });
        }
        std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        QList<int> chosen;
        for (qint64 i = 0; i < wanted; ++i)
            chosen.append(scored.at(i).second);
        std::sort(chosen.begin(), chosen.end());
        return chosen;
    }

    void planAllocations(const QList<int>& funded)
    {
        const int thisYear = dateOf(today).year();
        for (int partner : funded) {
            const PartnerInfo& p = partners.at(partner);
            Rng r = rngFor(seed, partner, AllocationStream);
            for (int year : { thisYear - 1, thisYear }) {
                // Marketing budget: per quarter, most quarters.
                int made = 0;
                for (int quarter = 1; quarter <= 4; ++quarter) {
                    if (!r.percent(75) && !(quarter == 4 && made == 0))
                        continue;
                    ++made;
                    AllocationPlan a;
                    a.budget = budgetIndex(year, p.region, false);
                    a.partner = partner;
                    a.period = QStringLiteral("%1-Q%2").arg(year).arg(quarter);
                    a.firstDay = epochDay(QDate(year, quarter * 3 - 2, 1));
                    a.lastDay = epochDay(QDate(year, quarter * 3, 1).addMonths(1).addDays(-1));
                    const bool future = a.firstDay > today;
                    a.authorized = !(future && r.percent(10));
                    a.weight = a.authorized ? quint64(p.activity) * (future ? 3 : 10) : 0;
                    allocations.append(std::move(a));
                }
                // Co-op: per year, for half of them.
                if (r.percent(50)) {
                    AllocationPlan a;
                    a.budget = budgetIndex(year, p.region, true);
                    a.partner = partner;
                    a.period = QString::number(year);
                    a.firstDay = epochDay(QDate(year, 1, 1));
                    a.lastDay = epochDay(QDate(year, 12, 31));
                    a.weight = quint64(p.activity) * 20;
                    allocations.append(std::move(a));
                }
            }
        }
    }

    /// Splits `total` over `weights` exactly (largest remainder; ties by position). Integer arithmetic: totals are
    /// at most 10^9 (the CLI's limit is 10^8 requests) and weights at most a few hundred, so products fit 64 bits.
    static std::vector<qint64> apportion(qint64 total, const std::vector<quint64>& weights)
    {
        std::vector<qint64> out(weights.size(), 0);
        quint64 W = 0;
        for (quint64 w : weights)
            W += w;
        if (W == 0 || total <= 0)
            return out;
        qint64 given = 0;
        std::vector<std::pair<quint64, std::size_t>> remainders;
        remainders.reserve(weights.size());
        for (std::size_t i = 0; i < weights.size(); ++i) {
            const quint64 product = static_cast<quint64>(total) * weights[i];
            out[i] = static_cast<qint64>(product / W);
            given += out[i];
            remainders.push_back({ product % W, i });
        }
        std::stable_sort(remainders.begin(), remainders.end(),
                         [](const auto& a, const auto& b) { return a.first > b.first; });
        for (std::size_t k = 0; given < total && k < remainders.size(); ++k, ++given)
            ++out[remainders[k].second];
        return out;
    }

    void planRequests(qint64 requests)
    {
        std::vector<quint64> weights;
        weights.reserve(std::size_t(allocations.size()));
        for (const AllocationPlan& a : std::as_const(allocations))
            weights.push_back(a.weight);
        const std::vector<qint64> counts = apportion(requests, weights);
        qint64 next = 0;
        for (qsizetype i = 0; i < allocations.size(); ++i) {
            allocations[i].firstRequest = next;
            allocations[i].requestCount = counts[std::size_t(i)];
            next += counts[std::size_t(i)];
        }
        shapes.resize(std::size_t(next));
        for (const AllocationPlan& a : std::as_const(allocations)) {
            for (qint64 k = 0; k < a.requestCount; ++k)
                shapes[std::size_t(a.firstRequest + k)] = shape(a.firstRequest + k, a);
        }
    }

    RequestShape shape(qint64 index, const AllocationPlan& a) const
    {
        Rng r = rngFor(seed, index, ShapeStream);
        const BudgetPlan& budget = budgets.at(a.budget);
        RequestShape s;
        const qint64 span = a.lastDay - a.firstDay + 1;
        s.startDay = a.firstDay + r.below(static_cast<quint32>(qMax<qint64>(1, span - 3)));
        const int kind = weighted(r, { 40, 30, 30 });
        s.endDay = s.startDay + (kind == 0 ? 0 : kind == 1 ? r.between(1, 4) : r.between(5, 44));
        const qint64 deadline = s.endDay + budget.budget.claimDays;
        if (s.startDay > today) {
            // Planned: still being written, waiting for a decision, or approved ahead of time.
            static constexpr ReqState states[] = { ReqState::Draft, ReqState::Submitted, ReqState::NeedInfo,
                                                   ReqState::Approved, ReqState::Partial, ReqState::Rejected,
                                                   ReqState::Canceled };
            s.state = states[weighted(r, { 20, 25, 8, 30, 10, 4, 3 })];
        } else if (deadline >= today) {
            // Running or in its claim window.
            static constexpr ReqState states[] = { ReqState::Draft, ReqState::Submitted, ReqState::NeedInfo,
                                                   ReqState::Approved, ReqState::Partial, ReqState::Rejected,
                                                   ReqState::Declined, ReqState::Canceled, ReqState::Closed };
            s.state = states[weighted(r, { 2, 5, 2, 50, 18, 5, 2, 4, 12 })];
        } else {
            // Claim window over: mostly closed by the CAM.
            static constexpr ReqState states[] = { ReqState::Approved, ReqState::Partial, ReqState::Rejected,
                                                   ReqState::Declined, ReqState::Canceled, ReqState::Closed };
            s.state = states[weighted(r, { 4, 2, 6, 3, 5, 80 })];
        }
        s.claimable = (s.state == ReqState::Approved || s.state == ReqState::Partial || s.state == ReqState::Closed)
            && s.startDay <= today;
        return s;
    }

    /// round(requests × K) claims over the claimable requests, 1–6 shares each (closed ones a little more).
    qint64 planClaims(qint64 total)
    {
        claimCounts.assign(shapes.size(), 0);
        std::vector<quint64> weights;
        std::vector<std::size_t> which;
        for (std::size_t i = 0; i < shapes.size(); ++i) {
            if (!shapes[i].claimable)
                continue;
            Rng r = rngFor(seed, qint64(i), ClaimCountStream);
            weights.push_back((1 + r.below(6)) * (shapes[i].state == ReqState::Closed ? 13 : 10));
            which.push_back(i);
        }
        const std::vector<qint64> counts = apportion(total, weights);
        qint64 planned = 0;
        for (std::size_t k = 0; k < which.size(); ++k) {
            claimCounts[which[k]] = static_cast<quint16>(qMin<qint64>(counts[k], 60000));
            planned += claimCounts[which[k]];
        }
        return planned;
    }

    // -------------------------------------------------------------------------------------------------------------
    // Times

    qint64 workTime(Rng& r, qint64 day) const
    {
        return day * MsPerDay + MsPerHour + static_cast<qint64>(r.below(16 * 3600)) * 1000 + r.below(1000);
    }

    /// `base` plus a random delay in [minMs, maxMs], but before the horizon (and never before `base`).
    qint64 later(Rng& r, qint64 base, qint64 minMs, qint64 maxMs) const
    {
        const qint64 spanSeconds = qBound<qint64>(0, (maxMs - minMs) / 1000, 0xffffffffLL - 1);
        const qint64 t = base + minMs + static_cast<qint64>(r.below(static_cast<quint32>(spanSeconds + 1))) * 1000
            + r.below(1000);
        return qMax(base, qMin(t, horizonMs - 1 - r.below(3600000)));
    }

    // -------------------------------------------------------------------------------------------------------------
    // Writing

    /// The local columns the repositories write with a record (search words), in the insert's column order.
    template <typename T>
    static QVariantMap localColumns(const T&)
    {
        return {};
    }
    static QVariantMap localColumns(const MdfRequest& request) { return MdfRequestRepository::localColumns(request); }
    static QVariantMap localColumns(const MdfClaim& claim) { return MdfClaimRepository::localColumns(claim); }

    Status prepareStatements()
    {
        const auto insertSql = [](const QString& table, const QStringList& fields,
                                  const QStringList& local = {}) -> QString {
            QStringList columns { QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at") };
            columns += fields;
            columns += local;
            return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns.join(QLatin1Char(','))
                + QStringLiteral(") VALUES (") + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))
                + QLatin1Char(')');
        };
        const auto names = [](const auto& fields) {
            QStringList out;
            for (const auto& field : fields)
                out.append(QString::fromLatin1(field.column));
            return out;
        };
        if (Status s = prepare(&budgetTable.insert, insertSql(budgetTable.entity, names(mdfBudgetFields()))); !s)
            return s;
        if (Status s = prepare(&allocationTable.insert, insertSql(allocationTable.entity, names(mdfAllocationFields()))); !s)
            return s;
        if (Status s = prepare(&requestTable.insert, insertSql(requestTable.entity, names(mdfRequestFields()),
                                                            localColumns(MdfRequest()).keys())); !s)
            return s;
        if (Status s = prepare(&claimTable.insert, insertSql(claimTable.entity, names(mdfClaimFields()),
                                                          localColumns(MdfClaim()).keys())); !s)
            return s;
        if (Status s = prepare(&paymentTable.insert, insertSql(paymentTable.entity, names(mdfPaymentFields()))); !s)
            return s;
        if (q.m_withEvents) {
            if (Status s = prepare(&eventTable.insert, insertSql(eventTable.entity, names(mdfEventFields()))); !s)
                return s;
        }
        if (q.m_recordOutbox) {
            if (Status s = prepare(&outboxInsert,
                                   QStringLiteral("INSERT INTO sync_outbox (idem_key, entity, row_id, op, fields, "
                                                  "base_values, base_version, schema_version, created_at) "
                                                  "VALUES (?, ?, ?, 'create', ?, ?, NULL, ?, ?)"));
                !s)
                return s;
            outboxNow = Timestamp::nowUtc().toUtf8();
            emptyJson = RecordWriter::outboxJson({}).toUtf8();
        }
        return {};
    }

    int bind(sqlite3_stmt* statement, int index, const QVariant& value)
    {
        if (value.isNull() || !value.isValid())
            return sqlite3_bind_null(statement, index);
        switch (value.typeId()) {
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            return sqlite3_bind_blob(statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        }
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::Bool:
            return sqlite3_bind_int64(statement, index, value.toLongLong());
        case QMetaType::Double: return sqlite3_bind_double(statement, index, value.toDouble());
        default: {
            textBuffer = value.toString().toUtf8();
            return sqlite3_bind_text(statement, index, textBuffer.constData(), int(textBuffer.size()), SQLITE_TRANSIENT);
        }
        }
    }

    /// Inserts a record as the repositories store it: id, created_at, updated_at, then every synced column through
    /// the entity's field table; and its 'create' outbox entry when asked.
    template <class T>
    Status insert(Table& table, const T& record, const QList<MdfFieldDef<T>>& fields, qint64 createdMs, qint64 updatedMs)
    {
        sqlite3_stmt* statement = table.insert;
        const QByteArray created = stampOf(createdMs);
        const QByteArray updated = updatedMs == createdMs ? created : stampOf(updatedMs);
        int rc = sqlite3_bind_blob(statement, 1, record.id.constData(), int(record.id.size()), SQLITE_TRANSIENT);
        rc |= sqlite3_bind_text(statement, 2, created.constData(), int(created.size()), SQLITE_TRANSIENT);
        rc |= sqlite3_bind_text(statement, 3, updated.constData(), int(updated.size()), SQLITE_TRANSIENT);
        QVariantMap synced;
        int index = 4;
        for (const MdfFieldDef<T>& field : fields) {
            const QVariant value = field.get(record);
            rc |= bind(statement, index++, value);
            if (q.m_recordOutbox)
                synced.insert(QString::fromLatin1(field.column), value);
        }
        for (const QVariant& value : localColumns(record))
            rc |= bind(statement, index++, value);
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

    Status writeEvents(QList<PendingEvent>& events, const QByteArray& scope)
    {
        for (qsizetype i = 0; i < events.size(); ++i) {
            const PendingEvent& pending = events.at(i);
            MdfEvent e;
            // Random bits from the record's id and the event's position: unique and reproducible.
            Rng r { mix64(qFromBigEndian<quint64>(pending.recordId.constData() + 8) + quint64(i + 1) * Golden) };
            e.id = Uuid::createV7(pending.at, r.next(), r.next());
            e.scopeRef = scope;
            e.entity = pending.entity;
            e.recordId = pending.recordId;
            e.at = timeOf(pending.at);
            e.actor = pending.actor;
            e.action = pending.action;
            e.fromStatus = pending.from;
            e.toStatus = pending.to;
            e.reason = pending.reason;
            e.detail = pending.detail;
            if (Status s = insert(eventTable, e, mdfEventFields(), pending.at, pending.at); !s)
                return s;
            ++q.m_events;
        }
        events.clear();
        return {};
    }

    void event(QList<PendingEvent>& events, const QString& entity, const QByteArray& id, qint64 at, const QString& actor,
               const QString& action, const QString& from, const QString& to, const QString& reason = {},
               const QJsonObject& detail = {})
    {
        if (!q.m_withEvents)
            return;
        events.append(PendingEvent { entity, id, at, actor, action, from, to, reason,
                                     detail.isEmpty() ? QString()
                                                      : QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)) });
    }

    // -------------------------------------------------------------------------------------------------------------
    // Making one allocation's requests, claims and payments

    struct MadeClaim
    {
        MdfClaim claim;
        qint64 createdMs = 0;
        qint64 updatedMs = 0;
        QList<QPair<MdfPayment, qint64>> payments; ///< with their creation time
    };

    struct MadeRequest
    {
        MdfRequest request;
        qint64 createdMs = 0;
        qint64 updatedMs = 0;
        QList<MadeClaim> claims;
        qint64 committedMinor = 0;
    };

    QString lineKey(Rng& r) const
    {
        QString key;
        for (int i = 0; i < 6; ++i)
            key.append(QLatin1Char(Base32[r.below(32)]));
        return key;
    }

    MadeRequest makeRequest(qint64 index, const AllocationPlan& a, const QByteArray& allocationId, qint64 allocationCreatedMs,
                            QList<PendingEvent>& events)
    {
        const RequestShape& shape = shapes[std::size_t(index)];
        const BudgetPlan& budget = budgets.at(a.budget);
        const PartnerInfo& partner = partners.at(a.partner);
        const Region region = budget.region;
        const int lang = int(partner.lang);
        const RegionInfo& info = regions()[region];
        const QString owner = QString::fromLatin1(info.owner);
        const QString director = QString::fromLatin1(info.director);
        Rng r = rngFor(seed, index, RequestStream);

        MadeRequest made;
        MdfRequest& req = made.request;
        req.allocationId = allocationId;
        req.partnerId = partner.id;
        static const std::vector<quint32> activityWeights = [] {
            std::vector<quint32> w;
            for (const ActivityKind& k : Activities)
                w.push_back(k.weight);
            return w;
        }();
        quint32 x = r.below(100);
        std::size_t kind = 0;
        while (kind + 1 < Activities.size() && x >= activityWeights[kind]) {
            x -= activityWeights[kind];
            ++kind;
        }
        const ActivityKind& activity = Activities[kind];
        req.activityType = QString::fromLatin1(activity.code);
        const QDate start = dateOf(shape.startDay);
        const int quarter = (start.month() - 1) / 3 + 1;
        req.title = QStringLiteral("%1 Q%2 %3").arg(pick(r, texts().titles[lang][kind])).arg(quarter).arg(start.year());
        req.campaign = QStringLiteral("FY%1 Q%2 %3")
                           .arg(start.year() % 100, 2, 10, QLatin1Char('0'))
                           .arg(quarter)
                           .arg(budget.coop ? QStringLiteral("Co-op") : QStringLiteral("Demand generation"));
        req.description = pick(r, texts().descriptions[lang]);
        req.startDate = start;
        req.endDate = dateOf(shape.endDay);
        req.expectedOutcome = texts().outcome[lang].arg(5 * r.between(2, 40));
        req.vendorShareBp = budget.coop ? 5000 : std::array<int, 4> { 5000, 7500, 10000, 4000 }[std::size_t(weighted(r, { 70, 12, 10, 8 }))];

        // Lines: distinct cost items, amounts in the activity's range.
        const int lineCount = 1 + weighted(r, { 35, 35, 20, 10 });
        QList<int> costIndexes;
        const QStringList& costs = texts().costs[lang];
        while (costIndexes.size() < lineCount) {
            const int c = static_cast<int>(r.below(static_cast<quint32>(costs.size())));
            if (!costIndexes.contains(c))
                costIndexes.append(c);
        }
        qint64 requested = 0;
        for (int c : std::as_const(costIndexes)) {
            MdfRequestLine line;
            line.key = lineKey(r);
            line.description = costs.at(c);
            // The activity's cost spread over its lines (two lines cost 4/3 of one, four 8/5).
            const qint64 usd = r.between(activity.minUsd / 50, activity.maxUsd / 50) * 50 * 2 / (lineCount + 1);
            line.requestedMinor = localMinor(qMax<qint64>(50, usd), region);
            requested += line.requestedMinor;
            req.lines.append(line);
        }
        req.requested = { requested, QString::fromLatin1(info.currency) };

        // Times: written a few weeks before the activity, or shortly before today for later ones.
        const qint64 earliest = allocationCreatedMs + MsPerHour;
        qint64 created = workTime(r, shape.startDay - r.between(14, 75));
        if (created >= horizonMs)
            created = horizonMs - MsPerHour * r.between(2, 24 * 30);
        created = qMax(created, earliest);
        qint64 last = created;
        const QString partnerActor = partner.name;
        const QString sDraft = QStringLiteral("draft");
        const QString sSubmitted = QStringLiteral("submitted");
        event(events, QStringLiteral("request"), {}, created, partnerActor, QStringLiteral("create"), {}, sDraft);

        const ReqState state = shape.state;
        qint64 submitted = -1;
        qint64 decided = -1;
        if (state != ReqState::Draft && !(state == ReqState::Canceled && r.percent(40))) {
            submitted = later(r, created, MsPerHour, 5 * MsPerDay);
            req.submittedAt = timeOf(submitted);
            last = submitted;
            event(events, QStringLiteral("request"), {}, submitted, partnerActor, MdfWorkflow::code(MdfRequestAction::Submit),
                  sDraft, sSubmitted);
        }
        const bool decidedState = state == ReqState::Approved || state == ReqState::Partial || state == ReqState::Rejected
            || state == ReqState::Declined || state == ReqState::Closed;
        QString decider = owner;
        if (decidedState || state == ReqState::Submitted) {
            // Big requests go on to the region's director (MDF-05); some are decided there.
            if (requested >= localMinor(20000, region) && r.percent(60))
                decider = director;
            if (decider == director)
                req.approver = director;
        }
        if (state == ReqState::Submitted && decider == director)
            event(events, QStringLiteral("request"), {}, later(r, submitted, MsPerHour, 3 * MsPerDay), owner,
                  QStringLiteral("escalate"), sSubmitted, sSubmitted, {}, QJsonObject { { QStringLiteral("to"), director } });
        if (state == ReqState::NeedInfo) {
            const qint64 asked = later(r, submitted, 4 * MsPerHour, 6 * MsPerDay);
            last = asked;
            event(events, QStringLiteral("request"), {}, asked, owner, MdfWorkflow::code(MdfRequestAction::RequestInfo),
                  sSubmitted, QStringLiteral("need_info"), pick(r, texts().infoReasons));
        }
        if (decidedState) {
            decided = later(r, submitted, 4 * MsPerHour, 12 * MsPerDay);
            req.decidedAt = timeOf(decided);
            last = decided;
        }

        // Decisions (MDF-06): approved = every line as is; partial = some changed or denied.
        bool partial = state == ReqState::Partial || (state == ReqState::Closed && r.percent(35));
        const bool approvedState = state == ReqState::Approved || state == ReqState::Partial || state == ReqState::Closed;
        if (approvedState) {
            const qint64 step = regions()[region].step * minorScale(region); // changed amounts are round figures
            qint64 approved = 0;
            for (qsizetype i = 0; i < req.lines.size(); ++i) {
                MdfRequestLine& line = req.lines[i];
                int decision = partial ? weighted(r, { 45, 40, 15 }) : 0; // accepted, changed, denied
                if (partial && req.lines.size() == 1)
                    decision = 1;
                if (decision == 0) {
                    line.decision = QStringLiteral("accepted");
                    line.approvedMinor = line.requestedMinor;
                } else if (decision == 1) {
                    qint64 value = line.requestedMinor * r.between(40, 90) / 100 / step * step;
                    if (value <= 0 || value >= line.requestedMinor)
                        value = line.requestedMinor / 2;
                    if (value <= 0) {
                        line.decision = QStringLiteral("accepted");
                        line.approvedMinor = line.requestedMinor;
                    } else {
                        line.decision = QStringLiteral("changed");
                        line.approvedMinor = value;
                        line.note = QStringLiteral("Reduced to the programme's rate card");
                    }
                } else {
                    line.decision = QStringLiteral("denied");
                    line.approvedMinor = 0;
                    line.note = QStringLiteral("Not eligible under this programme");
                }
                approved += *line.approvedMinor;
            }
            // At least something approved, and a partial approval really is partial.
            if (approved == 0) {
                MdfRequestLine& line = req.lines[0];
                line.decision = QStringLiteral("accepted");
                line.approvedMinor = line.requestedMinor;
                line.note.clear();
                approved = line.requestedMinor;
            }
            partial = false;
            for (const MdfRequestLine& line : std::as_const(req.lines))
                partial = partial || line.decision != QLatin1String("accepted");
            req.approvedMinor = approved;
            req.claimDeadline = dateOf(shape.endDay + budget.budget.claimDays);
            const QString to = partial ? QStringLiteral("partially_approved") : QStringLiteral("approved");
            QJsonObject detail { { QStringLiteral("approved_minor"), approved } };
            if (decider == director)
                event(events, QStringLiteral("request"), {}, submitted + (decided - submitted) / 2, owner,
                      QStringLiteral("escalate"), sSubmitted, sSubmitted, {}, QJsonObject { { QStringLiteral("to"), director } });
            event(events, QStringLiteral("request"), {}, decided, decider, MdfWorkflow::code(MdfRequestAction::Approve),
                  sSubmitted, to, {}, detail);
            req.status = to;
        }
        switch (state) {
        case ReqState::Draft: req.status = sDraft; break;
        case ReqState::Submitted: req.status = sSubmitted; break;
        case ReqState::NeedInfo: req.status = QStringLiteral("need_info"); break;
        case ReqState::Rejected:
        case ReqState::Declined: {
            req.status = QString::fromLatin1(requestStatusCode(state));
            const bool reject = state == ReqState::Rejected;
            event(events, QStringLiteral("request"), {}, decided, decider,
                  MdfWorkflow::code(reject ? MdfRequestAction::Reject : MdfRequestAction::Decline), sSubmitted, req.status,
                  pick(r, reject ? texts().rejectReasons : texts().declineReasons));
            break;
        }
        case ReqState::Canceled: {
            const qint64 at = later(r, submitted >= 0 ? submitted : created, MsPerHour, 20 * MsPerDay);
            last = at;
            req.status = QStringLiteral("canceled");
            event(events, QStringLiteral("request"), {}, at, partnerActor, MdfWorkflow::code(MdfRequestAction::Cancel),
                  submitted >= 0 ? sSubmitted : sDraft, req.status, pick(r, texts().cancelReasons));
            break;
        }
        default: break;
        }

        made.createdMs = created;
        req.number = numberText("MDF", dayOfMs(created), requestNumbers.next());
        req.id = Uuid::createV7(created, r.next(), r.next());

        // Claims and payments.
        const int claimCount = claimCounts[std::size_t(index)];
        qint64 claimsApproved = 0;
        qint64 lastClaimTime = last;
        if (claimCount > 0 && req.approvedMinor) {
            const qint64 cap = mdfShareOf(*req.approvedMinor, req.vendorShareBp);
            const bool closed = state == ReqState::Closed;
            const qint64 total = cap * (closed ? r.between(70, 100) : r.between(40, 100)) / 100;
            std::vector<quint64> weights;
            for (int k = 0; k < claimCount; ++k)
                weights.push_back(1 + r.below(4));
            quint64 W = 0;
            for (quint64 w : weights)
                W += w;
            // Submitted by 09:00 UTC on the deadline day at the latest: that day everywhere (MDF-10 uses local dates).
            const qint64 deadlineMs = (shape.endDay + budget.budget.claimDays) * MsPerDay + 9 * MsPerHour;
            const qint64 windowStart = qMax(decided, shape.startDay * MsPerDay + 8 * MsPerHour);
            const qint64 windowEnd = qMax(windowStart, qMin(horizonMs - MsPerHour, deadlineMs - 6 * MsPerHour));
            for (int k = 0; k < claimCount; ++k) {
                const qint64 amount = qMax<qint64>(1, total * static_cast<qint64>(weights[std::size_t(k)]) / static_cast<qint64>(W));
                const qint64 at = windowStart + (windowEnd - windowStart) * (k * 4 + static_cast<qint64>(r.below(4))) / (claimCount * 4);
                MadeClaim claim = makeClaim(r, req, k, claimCount, amount, at, deadlineMs, closed, lang, owner, partnerActor, events);
                claimsApproved += claim.claim.approvedMinor.value_or(0)
                    * (claim.claim.status == QLatin1String("approved") || claim.claim.status == QLatin1String("partially_paid")
                       || claim.claim.status == QLatin1String("paid"));
                lastClaimTime = qMax(lastClaimTime, claim.updatedMs);
                made.claims.append(std::move(claim));
            }
        }
        if (state == ReqState::Closed) {
            // Closed after its claims (or when its window ended): what was not claimed goes back.
            const qint64 closedAt = later(r, qMax(lastClaimTime, qMin(horizonMs - MsPerDay, (shape.endDay + budget.budget.claimDays) * MsPerDay)), MsPerHour, 10 * MsPerDay);
            last = closedAt;
            event(events, QStringLiteral("request"), {}, closedAt, owner, MdfWorkflow::code(MdfRequestAction::Close),
                  req.status, QStringLiteral("closed"));
            req.status = QStringLiteral("closed");
            made.committedMinor = claimsApproved;
        } else if (state == ReqState::Approved || state == ReqState::Partial) {
            made.committedMinor = *req.approvedMinor;
        }
        made.updatedMs = last;
        for (PendingEvent& e : events) {
            if (e.recordId.isEmpty())
                e.recordId = req.id;
        }
        return made;
    }

    MadeClaim makeClaim(Rng& r, const MdfRequest& req, int k, int count, qint64 amount, qint64 at, qint64 deadlineMs,
                        bool closedRequest, int lang, const QString& owner, const QString& partnerActor,
                        QList<PendingEvent>& events)
    {
        MadeClaim made;
        MdfClaim& c = made.claim;
        c.requestId = req.id;
        c.partnerId = req.partnerId;
        c.title = QStringLiteral("%1 – %2 %3/%4 (%5)").arg(req.title, texts().claimWord[lang]).arg(k + 1).arg(count).arg(req.number);
        c.amount = { amount, req.requested.currency };
        // Lines: invoices of the activity, amounts summing to the claim.
        const int lineCount = qMin<int>(1 + weighted(r, { 50, 35, 15 }), static_cast<int>(qMin<qint64>(amount, 3)));
        qint64 left = amount;
        const QStringList& costs = texts().costs[lang];
        for (int i = 0; i < lineCount; ++i) {
            MdfClaimLine line;
            line.description = costs.at(r.below(static_cast<quint32>(costs.size())));
            const qint64 linesAfter = lineCount - i - 1;
            line.amountMinor = linesAfter == 0 ? left
                                               : qBound<qint64>(1, left * r.between(30, 70) / 100, left - linesAfter);
            left -= line.amountMinor;
            line.spentOn = req.startDate.addDays(r.below(static_cast<quint32>(qMax<qint64>(1, req.startDate.daysTo(req.endDate) + 1))));
            c.lines.append(line);
        }

        enum { Draft, Submitted, Returned, Approved, PartiallyPaid, Paid, Rejected, Canceled };
        const int state = closedRequest ? std::array<int, 3> { Paid, Rejected, Canceled }[std::size_t(weighted(r, { 84, 9, 7 }))]
                                        : std::array<int, 8> { Paid, PartiallyPaid, Approved, Submitted, Returned, Draft, Rejected,
                                                               Canceled }[std::size_t(weighted(r, { 38, 8, 12, 14, 5, 9, 7, 7 }))];
        const qint64 created = qMin(at, horizonMs - MsPerHour);
        qint64 last = created;
        const QString entity = QStringLiteral("claim");
        event(events, entity, {}, created, partnerActor, QStringLiteral("create"), {}, QStringLiteral("draft"));
        qint64 submitted = -1;
        const bool wasSubmitted = state != Draft && !(state == Canceled && r.percent(50));
        if (wasSubmitted) {
            submitted = qMax(created, qMin(later(r, created, MsPerHour, 5 * MsPerDay), deadlineMs));
            c.submittedAt = timeOf(submitted);
            last = submitted;
            event(events, entity, {}, submitted, partnerActor, MdfWorkflow::code(MdfClaimAction::Submit), QStringLiteral("draft"),
                  QStringLiteral("submitted"));
        }
        if (state == Returned || (state == Canceled && wasSubmitted)) {
            const qint64 returned = later(r, submitted, 4 * MsPerHour, 10 * MsPerDay);
            last = returned;
            event(events, entity, {}, returned, owner, MdfWorkflow::code(MdfClaimAction::Return), QStringLiteral("submitted"),
                  QStringLiteral("returned"), pick(r, texts().returnReasons));
        }
        QString status;
        switch (state) {
        case Draft: status = QStringLiteral("draft"); break;
        case Submitted: status = QStringLiteral("submitted"); break;
        case Returned: status = QStringLiteral("returned"); break;
        case Canceled: {
            const qint64 canceled = later(r, last, MsPerHour, 10 * MsPerDay);
            event(events, entity, {}, canceled, partnerActor, MdfWorkflow::code(MdfClaimAction::Cancel),
                  wasSubmitted ? QStringLiteral("returned") : QStringLiteral("draft"), QStringLiteral("canceled"),
                  pick(r, texts().cancelReasons));
            last = canceled;
            status = QStringLiteral("canceled");
            break;
        }
        case Rejected: {
            const qint64 decided = later(r, submitted, 4 * MsPerHour, 20 * MsPerDay);
            c.decidedAt = timeOf(decided);
            last = decided;
            status = QStringLiteral("rejected");
            event(events, entity, {}, decided, owner, MdfWorkflow::code(MdfClaimAction::Reject), QStringLiteral("submitted"),
                  status, pick(r, texts().claimRejectReasons));
            break;
        }
        default: {
            const qint64 decided = later(r, submitted, 4 * MsPerHour, 20 * MsPerDay);
            c.decidedAt = timeOf(decided);
            last = decided;
            const qint64 approved = r.percent(80) ? amount : qMax<qint64>(1, amount * r.between(80, 99) / 100);
            c.approvedMinor = approved;
            status = QStringLiteral("approved");
            event(events, entity, {}, decided, owner, MdfWorkflow::code(MdfClaimAction::Approve), QStringLiteral("submitted"),
                  status, {}, QJsonObject { { QStringLiteral("approved_minor"), approved } });
            if (state == Paid || state == PartiallyPaid) {
                // 1–3 instalments (MDF-11): all of it, or part of it so far.
                const int instalments = state == Paid ? 1 + weighted(r, { 75, 20, 5 }) : 1 + weighted(r, { 80, 20 });
                const qint64 toPay = state == Paid ? approved : approved * r.between(20, 80) / 100;
                qint64 paid = 0;
                qint64 when = decided;
                for (int i = 0; i < instalments && paid < toPay; ++i) {
                    const qint64 part = i + 1 == instalments ? toPay - paid : qMax<qint64>(1, (toPay - paid) * r.between(30, 70) / 100);
                    if (part <= 0)
                        break;
                    when = later(r, when, 2 * MsPerDay, 40 * MsPerDay);
                    MdfPayment p;
                    p.id = Uuid::createV7(when, r.next(), r.next());
                    p.claimId = QByteArray(); // set when the claim's id is known
                    p.partnerId = c.partnerId;
                    p.amount = { part, c.amount.currency };
                    p.paidOn = dateOf(dayOfMs(when));
                    const int method = weighted(r, { 70, 25, 5 });
                    p.method = method == 0 ? QStringLiteral("bank_transfer") : method == 1 ? QStringLiteral("credit_note")
                                                                                          : QStringLiteral("check");
                    p.reference = QStringLiteral("%1-%2-%3")
                                      .arg(method == 1 ? QStringLiteral("CN") : QStringLiteral("PAY"))
                                      .arg(p.paidOn.toString(QStringLiteral("yyMMdd")))
                                      .arg(r.between(1000, 9999));
                    paid += part;
                    const QString from = status;
                    status = MdfWorkflow::statusForPaid(approved, paid);
                    // As MdfClaimRepository::recordPayment writes them: the payment's "create", the claim's "pay".
                    event(events, QStringLiteral("payment"), p.id, when, owner, QStringLiteral("create"), {}, {}, {},
                          QJsonObject { { QStringLiteral("amount"), part },
                                        { QStringLiteral("currency"), p.amount.currency },
                                        { QStringLiteral("paid_on"), p.paidOn.toString(Qt::ISODate) },
                                        { QStringLiteral("method"), p.method } });
                    event(events, entity, {}, when, owner, QStringLiteral("pay"), from, status, {},
                          QJsonObject { { QStringLiteral("payment_id"), Uuid::toString(p.id) },
                                        { QStringLiteral("amount"), part } });
                    made.payments.append({ p, when });
                    last = when;
                }
            }
            break;
        }
        }
        c.status = status;
        made.createdMs = created;
        made.updatedMs = last;
        c.number = numberText("CLM", dayOfMs(created), claimNumbers.next());
        c.id = Uuid::createV7(created, r.next(), r.next());
        for (auto& [payment, when] : made.payments)
            payment.claimId = c.id;
        for (PendingEvent& e : events) {
            if (e.recordId.isEmpty() && e.entity == entity)
                e.recordId = c.id;
        }
        return made;
    }

    /// Writes allocation `index` with its requests, claims, payments (and events).
    Status writeAllocation(int index)
    {
        const AllocationPlan& a = allocations.at(index);
        BudgetPlan& budget = budgets[a.budget];
        const PartnerInfo& partner = partners.at(a.partner);
        Rng r = rngFor(seed, index, AllocationStream);
        r.next();

        MdfAllocation allocation;
        allocation.budgetId = budget.budget.id;
        allocation.partnerId = partner.id;
        allocation.period = a.period;
        allocation.authorized = a.authorized;
        const qint64 createdMs = qMax(budget.createdMs + MsPerDay, qMin(workTime(r, a.firstDay - r.between(10, 40)),
                                                                       horizonMs - MsPerHour * r.between(2, 24 * 20)));
        allocation.id = Uuid::createV7(createdMs, r.next(), r.next());

        QList<PendingEvent> events;
        QList<MadeRequest> requests;
        qint64 committed = 0;
        for (qint64 k = 0; k < a.requestCount; ++k) {
            QList<PendingEvent> requestEvents;
            MadeRequest made = makeRequest(a.firstRequest + k, a, allocation.id, createdMs, requestEvents);
            committed += made.committedMinor;
            requests.append(std::move(made));
            events += requestEvents;
        }

        // Amount: what the requests hold plus headroom (MDF-02); a few overdrawn where the budget allows it.
        qint64 amount = roundUp(qMax<qint64>(committed * r.between(110, 150) / 100, localMinor(r.between(5, 50) * 1000, budget.region, 1)),
                                budget.region, 1000);
        if (budget.budget.allowNegative && committed > 0 && r.percent(4))
            amount = qMax<qint64>(1, committed * r.between(85, 97) / 100);
        allocation.amount = { amount, budget.budget.amount.currency };
        budget.allocatedMinor += amount;
        if (Status s = insert(allocationTable, allocation, mdfAllocationFields(), createdMs, createdMs); !s)
            return s;
        ++q.m_allocations;
        if (q.m_withEvents) {
            QList<PendingEvent> created;
            event(created, QStringLiteral("allocation"), allocation.id, createdMs, budget.budget.owner, QStringLiteral("create"),
                  {}, {}, {}, QJsonObject { { QStringLiteral("amount_minor"), amount } });
            if (Status s = writeEvents(created, partner.id); !s)
                return s;
        }

        for (const MadeRequest& made : std::as_const(requests)) {
            if (Status s = insert(requestTable, made.request, mdfRequestFields(), made.createdMs, made.updatedMs); !s)
                return s;
            ++q.m_requests;
            for (const MadeClaim& claim : made.claims) {
                if (Status s = insert(claimTable, claim.claim, mdfClaimFields(), claim.createdMs, claim.updatedMs); !s)
                    return s;
                ++q.m_claims;
                for (const auto& [payment, when] : claim.payments) {
                    if (Status s = insert(paymentTable, payment, mdfPaymentFields(), when, when); !s)
                        return s;
                    ++q.m_payments;
                }
            }
        }
        return writeEvents(events, partner.id);
    }

    Status writeBudgets()
    {
        for (qsizetype i = 0; i < budgets.size(); ++i) {
            BudgetPlan& plan = budgets[i];
            Rng r = rngFor(seed, 1000 + i, BudgetStream);
            // Σ allocations plus headroom (MDF-01); an unused budget still has money.
            const qint64 base = qMax<qint64>(plan.allocatedMinor * r.between(105, 125) / 100,
                                             localMinor(r.between(5, 20) * 10000, plan.region, 1));
            plan.budget.amount.minor = roundUp(base, plan.region, 10000);
            if (Status s = insert(budgetTable, plan.budget, mdfBudgetFields(), plan.createdMs, plan.createdMs); !s)
                return s;
            ++q.m_budgets;
            if (q.m_withEvents) {
                QList<PendingEvent> created;
                event(created, QStringLiteral("budget"), plan.budget.id, plan.createdMs, plan.budget.owner,
                      QStringLiteral("create"), {}, {}, {},
                      QJsonObject { { QStringLiteral("amount_minor"), plan.budget.amount.minor } });
                if (Status s = writeEvents(created, plan.budget.id); !s)
                    return s;
            }
        }
        return {};
    }

    Status setCacheSize()
    {
        sqlite3_stmt* statement = nullptr;
        if (Status s = prepare(&statement, QStringLiteral("PRAGMA cache_size")); !s)
            return s;
        if (sqlite3_step(statement) == SQLITE_ROW)
            savedCacheSize = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return exec(QStringLiteral("PRAGMA cache_size=-%1").arg(LoadCacheKiB));
    }

    /// Every insert fires the totals triggers, so SQLite keeps a statement journal for it (to undo just that
    /// statement on error), spilled to a temporary file beyond 64 KiB: ~20 page writes per row, a third of the load.
    /// With temp_store=MEMORY it stays in memory. SQLite reads the setting when the write transaction begins, so
    /// this runs before BEGIN (and only when the caller has no transaction open).
    void keepTempInMemory()
    {
        if (sqlite3_get_autocommit(handle) == 0)
            return;
        sqlite3_stmt* statement = nullptr;
        if (prepare(&statement, QStringLiteral("PRAGMA temp_store")) && sqlite3_step(statement) == SQLITE_ROW)
            savedTempStore = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
        if (savedTempStore >= 0)
            (void)exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    }
    int savedTempStore = -1;

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

MdfGenerator::MdfGenerator(Database& db, quint64 seed)
    : m_db(db)
    , m_seed(seed)
{
}

MdfGenerator::~MdfGenerator() = default;

void MdfGenerator::resetCounts()
{
    m_budgets = m_allocations = m_requests = m_claims = m_payments = m_events = 0;
}

Status MdfGenerator::generate(qint64 requests)
{
    resetCounts();
    m_prepareMs = m_insertMs = m_commitMs = 0;
    if (requests <= 0)
        return {};
    if (!m_db.handle())
        return Error::storage(GeneratorTr::tr("The database is not open."), QStringLiteral("no sqlite3 handle"));

    QElapsedTimer timer;
    timer.start();
    Impl impl(*this, m_db, m_seed);
    const QDate reference = m_referenceDay.isValid() ? m_referenceDay : QDate::currentDate();
    impl.today = epochDay(reference);
    impl.horizonMs = impl.today * MsPerDay;

    impl.keepTempInMemory();
    // One transaction from the start: partners and stored numbers are read under the write lock.
    Transaction transaction(m_db);
    if (!transaction.begun()) {
        impl.restorePragmas();
        return transaction.begun();
    }
    const auto fail = [&](const Status& status) {
        resetCounts(); // nothing is kept
        impl.finalize();
        transaction.rollback();
        impl.restorePragmas();
        return status;
    };
    if (Status s = impl.loadPartners(); !s)
        return fail(s);
    if (Status s = impl.loadNumbers(impl.requestNumbers, "mdf_request"); !s)
        return fail(s);
    if (Status s = impl.loadNumbers(impl.claimNumbers, "mdf_claim"); !s)
        return fail(s);
    if (Status s = impl.loadBudgetNames(); !s)
        return fail(s);
    // A later run on the same database draws from other streams, so its ids differ from the first run's (and are
    // still a function of the seed and what the database held).
    if (impl.existingBudgets > 0)
        impl.seed = mix64(m_seed + Golden * static_cast<quint64>(impl.existingBudgets));
    impl.planBudgets();
    impl.planAllocations(impl.choosePartners(requests));
    impl.planRequests(requests);
    const qint64 claimsWanted = static_cast<qint64>(static_cast<double>(requests) * qMax(0.0, m_claimsPerRequest) + 0.5);
    impl.planClaims(claimsWanted);
    if (Status s = impl.setCacheSize(); !s)
        return fail(s);
    if (Status s = impl.prepareStatements(); !s)
        return fail(s);
    m_prepareMs = timer.restart();

    qint64 nextReport = ProgressEvery;
    for (int i = 0; i < impl.allocations.size(); ++i) {
        if (Status s = impl.writeAllocation(i); !s)
            return fail(s);
        if (m_progress && m_requests >= nextReport) {
            nextReport = (m_requests / ProgressEvery + 1) * ProgressEvery;
            if (!m_progress(m_requests, requests))
                return fail(Error { Error::Code::Cancelled, GeneratorTr::tr("Cancelled."), {}, {} });
        }
    }
    if (Status s = impl.writeBudgets(); !s)
        return fail(s);
    impl.finalize();
    m_insertMs = timer.restart();
    if (Status s = transaction.commit(); !s)
        return fail(s);
    impl.restorePragmas();
    m_commitMs = timer.restart();
    if (m_progress)
        m_progress(m_requests, requests);
    qCInfo(lcTools) << "Generated MDF:" << m_budgets << "budgets," << m_allocations << "allocations," << m_requests
                    << "requests," << m_claims << "claims," << m_payments << "payments," << m_events << "events: prepare"
                    << m_prepareMs << "ms, insert" << m_insertMs << "ms, commit" << m_commitMs << "ms";
    return {};
}

} // namespace ChannelDesk
