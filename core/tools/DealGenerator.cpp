#include "DealGenerator.h"

#include "common/Logging.h"
#include "common/Money.h"
#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "common/TextFold.h"
#include "deals/CompanyName.h"
#include "deals/DealRepository.h"
#include "deals/DealSettings.h"
#include "deals/DealWorkflow.h"
#include "domain/Deal.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Transaction.h"
#include "tools/DataGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringEncoder>
#include <QTimeZone>
#include <QVarLengthArray>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <cstring>
#include <initializer_list>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#if defined(Q_OS_UNIX)
#include <time.h>
#endif

namespace ChannelDesk {

namespace {

struct GeneratorTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::DealGenerator)
};

// ---------------------------------------------------------------------------------------------------------------
// Randomness: SplitMix64 with integer-only draws, as in DataGenerator, so a seed gives the same deals with every
// compiler and standard library. Each unit of work (a registration, a converted pair, an opportunity) draws from
// its own stream, so changing one kind of deal never shifts the others.

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
    quint32 below(quint32 bound) { return static_cast<quint32>(((next() >> 32) * bound) >> 32); }
    quint32 between(quint32 lo, quint32 hi) { return lo + below(hi - lo + 1); }
    bool percent(quint32 p) { return below(100) < p; }
    /// Uniform in [0, bound) for 64-bit bounds (cumulative partner weights).
    quint64 below64(quint64 bound) { return bound == 0 ? 0 : next() % bound; }
};

enum Stream : quint64 {
    UnitStream = 11,
    PartnerWeightStream = 12,
    CustomerSeedStream = 13,
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

template<typename T>
const T& pick(Rng& r, const QList<T>& list)
{
    return list.at(r.below(static_cast<quint32>(list.size())));
}

// ---------------------------------------------------------------------------------------------------------------
// Dates. Everything is computed in UTC milliseconds and formatted by hand: QDateTime::toString for six values per
// deal would cost seconds per million deals. Tests check the text against Timestamp's.

constexpr qint64 MsPerHour = 3600000;
constexpr qint64 MsPerDay = 24 * MsPerHour;
constexpr qint64 EpochJulianDay = 2440588; // 1970-01-01

void appendDigits(QString& out, int value, int width)
{
    char16_t buffer[8];
    for (int i = width - 1; i >= 0; --i) {
        buffer[i] = static_cast<char16_t>(u'0' + value % 10);
        value /= 10;
    }
    out.append(QStringView(buffer, width));
}

void appendDate(QString& out, qint64 epochDay)
{
    int y = 0, m = 0, d = 0;
    QDate::fromJulianDay(epochDay + EpochJulianDay).getDate(&y, &m, &d);
    appendDigits(out, y, 4);
    out.append(QLatin1Char('-'));
    appendDigits(out, m, 2);
    out.append(QLatin1Char('-'));
    appendDigits(out, d, 2);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

/// "2026-11-27T08:30:00.123Z", as Timestamp::toStorage writes a UTC time.
QString timestampText(qint64 ms)
{
    QString out;
    out.reserve(24);
    const qint64 day = floorDiv(ms, MsPerDay);
    qint64 rest = ms - day * MsPerDay;
    appendDate(out, day);
    out.append(QLatin1Char('T'));
    appendDigits(out, static_cast<int>(rest / MsPerHour), 2);
    rest %= MsPerHour;
    out.append(QLatin1Char(':'));
    appendDigits(out, static_cast<int>(rest / 60000), 2);
    rest %= 60000;
    out.append(QLatin1Char(':'));
    appendDigits(out, static_cast<int>(rest / 1000), 2);
    out.append(QLatin1Char('.'));
    appendDigits(out, static_cast<int>(rest % 1000), 3);
    out.append(QLatin1Char('Z'));
    return out;
}

QString dateText(qint64 epochDay)
{
    QString out;
    out.reserve(10);
    appendDate(out, epochDay);
    return out;
}

QDate dateOf(qint64 epochDay)
{
    return QDate::fromJulianDay(epochDay + EpochJulianDay);
}

QDateTime timeOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers: "DR-2611-7KQ3MZ" (prefix, year and month of creation, six Crockford base-32 characters). The six
// characters are a bijection of the deal's ordinal in the database (30 bits), so generated numbers never repeat,
// across runs too, since ordinals continue after the deals already stored.

constexpr char Base32[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr quint64 Mask30 = (1ULL << 30) - 1;

quint32 scramble30(quint64 x)
{
    // Each step is a bijection on 30 bits: xor with a right shift, multiplication by an odd constant modulo 2^30.
    x &= Mask30;
    x ^= x >> 15;
    x = (x * 0x2c1b3c6dULL) & Mask30;
    x ^= x >> 12;
    x = (x * 0x297a2d39ULL) & Mask30;
    x ^= x >> 15;
    return static_cast<quint32>(x);
}

/// The 30-bit code of a stored number of the same shape, or -1.
qint64 codeOfNumber(QStringView number)
{
    if (number.size() != 14 || number.at(2) != u'-' || number.at(7) != u'-')
        return -1;
    qint64 code = 0;
    for (qsizetype i = 8; i < 14; ++i) {
        const char16_t c = number.at(i).unicode();
        const char* found = c < 128 ? std::strchr(Base32, static_cast<char>(c)) : nullptr;
        if (!found || c == 0)
            return -1;
        code = code * 32 + (found - Base32);
    }
    return code;
}

QString dealNumber(const char* prefix, qint64 createdDay, quint32 code)
{
    int y = 0, m = 0, d = 0;
    dateOf(createdDay).getDate(&y, &m, &d);
    QString out;
    out.reserve(14);
    out.append(QLatin1String(prefix));
    out.append(QLatin1Char('-'));
    appendDigits(out, y % 100, 2);
    appendDigits(out, m, 2);
    out.append(QLatin1Char('-'));
    for (int shift = 25; shift >= 0; shift -= 5)
        out.append(QLatin1Char(Base32[(code >> shift) & 31]));
    return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Reference data read from the database and made once per run.

struct PartnerInfo
{
    QByteArray id;
    QString name;
    QString owner;
    QString country;
    QByteArray contactId;  ///< a sales contact, else the first one; empty when the partner has none
    QString contactName;
    bool hasSalesContact = false;
    QString nameWords; ///< TextFold::words(name), space-joined, on first use
    bool wordsReady = false;
};

struct Customer
{
    bool made = false; ///< generated on first use (Impl::customer)
    QString legalName;
    QString tradingName;
    QString emailDomain;
    QString website;
    QString country;
    QString city;
    std::array<QString, 2> contactName;
    std::array<QString, 2> contactEmail;
    std::array<QString, 2> contactPhone;

    // DealRepository::localColumns() pieces, computed on first use (see Impl::localValues).
    bool keysReady = false;
    QString legalKey;
    QString tradingKey;
    QString legalWords;   ///< TextFold::words, space-joined
    QString tradingWords;
    QString cityWords;
};

struct ProductInfo
{
    QString code;
    QString name;
    double basePrice = 0; ///< list price in the base currency, major units
    QString jsonHead;     ///< `{"name":…,"product":…` of its line item (see lineJson)
};

struct CurrencyInfo
{
    QString code;
    int digits = 2;
    double perBase = 1.0; ///< units of this currency per unit of the base currency
};

/// The document language of a country (descriptions, reasons): the partner writes in it.
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

struct Texts
{
    std::array<QStringList, 4> descriptions;
    std::array<QStringList, 4> rejectReasons;
    std::array<QStringList, 4> cancelReasons;
    std::array<QStringList, 4> lostReasons;
    std::array<QStringList, 4> extensionReasons;
    QStringList competitors;

    Texts()
    {
        descriptions[int(Lang::En)] = strings({
            u"Network refresh for the head office", u"Security upgrade across all branches",
            u"Cloud migration, phase 2", u"Renewal and expansion of existing licences",
            u"New data centre build-out", u"Replacement of end-of-life firewalls",
            u"Managed backup for all sites", u"Collaboration rollout for the sales team",
            u"Wi-Fi coverage for the new warehouse", u"Disaster recovery site",
        });
        descriptions[int(Lang::Vi)] = strings({
            u"Nâng cấp hạ tầng mạng cho trụ sở chính", u"Triển khai giải pháp bảo mật cho các chi nhánh",
            u"Chuyển hệ thống lên đám mây, giai đoạn 2", u"Gia hạn và mở rộng bản quyền phần mềm",
            u"Xây dựng trung tâm dữ liệu mới", u"Thay thế tường lửa hết hạn hỗ trợ",
            u"Sao lưu dữ liệu tập trung cho toàn bộ chi nhánh", u"Triển khai giải pháp cộng tác cho phòng kinh doanh",
            u"Phủ sóng Wi-Fi cho nhà kho mới", u"Trung tâm dự phòng thảm họa",
        });
        descriptions[int(Lang::De)] = strings({
            u"Erneuerung des Netzwerks in der Zentrale", u"Sicherheits-Upgrade für alle Filialen",
            u"Cloud-Migration, Phase 2", u"Verlängerung und Erweiterung der Lizenzen", u"Neubau Rechenzentrum",
            u"Austausch veralteter Firewalls", u"Zentrale Datensicherung für alle Standorte",
            u"Einführung von Collaboration-Tools im Vertrieb", u"WLAN-Ausleuchtung des neuen Lagers",
            u"Ausweichrechenzentrum für den Katastrophenfall",
        });
        descriptions[int(Lang::Fr)] = strings({
            u"Renouvellement du réseau du siège", u"Mise à niveau de la sécurité des agences",
            u"Migration vers le cloud, phase 2", u"Renouvellement et extension des licences",
            u"Construction d'un nouveau centre de données", u"Remplacement des pare-feu en fin de vie",
            u"Sauvegarde centralisée pour tous les sites", u"Déploiement d'outils collaboratifs pour les ventes",
            u"Couverture Wi-Fi du nouvel entrepôt", u"Site de reprise après sinistre",
        });
        rejectReasons[int(Lang::En)] = strings({ u"Customer already covered by a direct account team",
                                                 u"Not enough information on the opportunity", u"Outside the partner's territory" });
        rejectReasons[int(Lang::Vi)] = strings({ u"Khách hàng do đội bán hàng trực tiếp phụ trách",
                                                 u"Thiếu thông tin về cơ hội", u"Ngoài khu vực của đối tác" });
        rejectReasons[int(Lang::De)] = strings({ u"Kunde wird direkt betreut", u"Zu wenige Angaben zur Opportunity",
                                                 u"Außerhalb des Partnergebiets" });
        rejectReasons[int(Lang::Fr)] = strings({ u"Client suivi en direct", u"Informations insuffisantes sur l'opportunité",
                                                 u"Hors du territoire du partenaire" });
        cancelReasons[int(Lang::En)] = strings({ u"Customer postponed the project", u"Registered by mistake", u"Budget frozen" });
        cancelReasons[int(Lang::Vi)] = strings({ u"Khách hàng hoãn dự án", u"Đăng ký nhầm", u"Ngân sách bị tạm dừng" });
        cancelReasons[int(Lang::De)] = strings({ u"Projekt vom Kunden verschoben", u"Irrtümlich registriert", u"Budget eingefroren" });
        cancelReasons[int(Lang::Fr)] = strings({ u"Projet reporté par le client", u"Enregistré par erreur", u"Budget gelé" });
        lostReasons[int(Lang::En)] = strings({ u"Lost on price", u"Customer chose a competitor", u"No decision", u"Project cancelled" });
        lostReasons[int(Lang::Vi)] = strings({ u"Thua về giá", u"Khách hàng chọn đối thủ", u"Khách hàng không quyết định", u"Dự án bị hủy" });
        lostReasons[int(Lang::De)] = strings({ u"Preislich unterlegen", u"Kunde hat sich für den Wettbewerb entschieden",
                                               u"Keine Entscheidung", u"Projekt gestoppt" });
        lostReasons[int(Lang::Fr)] = strings({ u"Perdu sur le prix", u"Le client a choisi un concurrent", u"Pas de décision",
                                               u"Projet annulé" });
        extensionReasons[int(Lang::En)] = strings({ u"Customer board meets next month", u"Proof of concept still running" });
        extensionReasons[int(Lang::Vi)] = strings({ u"Hội đồng quản trị họp vào tháng sau", u"Đang chạy thử nghiệm" });
        extensionReasons[int(Lang::De)] = strings({ u"Vorstand entscheidet nächsten Monat", u"Teststellung läuft noch" });
        extensionReasons[int(Lang::Fr)] = strings({ u"Le conseil du client se réunit le mois prochain",
                                                    u"Preuve de concept en cours" });
        // Fictitious vendors: generated data never names a real competitor.
        competitors = strings({ u"Contoso", u"Fabrikam", u"Litware", u"Proseware", u"Tailspin Systems", u"Woodgrove IT",
                                u"Lucerne Networks", u"Adatum" });
    }
};

const Texts& texts()
{
    static const Texts instance;
    return instance;
}

/// What a unit of work becomes.
enum class RegState {
    Draft,
    Submitted,
    UnderReview,
    PendingApproval,
    Approved,
    Rejected,
    Duplicate,
    Expired,
    Inactive,
    Canceled,
    Converted,
    Withdrawn, ///< DR-02: a pending submission the partner withdrew
};

bool isActive(RegState s)
{
    return s == RegState::Submitted || s == RegState::UnderReview || s == RegState::PendingApproval
        || s == RegState::Approved;
}

/// A registration that later units may repeat on purpose (DR-04 test data).
struct Recent
{
    int customer = -1;
    int partner = -1;
    int product = -1;
};

/// What an event's detail JSON holds, as DealRepository writes it.
enum class Detail { None, Create, ExpiresOn, Extension, Opportunity };

/// One event of a deal's history, before it has an id.
struct PendingEvent
{
    qint64 at;
    QString actor;
    QString action;   ///< DealWorkflow::code() or "create"
    QString from;
    QString to;
    QString reason;
    Detail detail = Detail::None;
    QString value;    ///< ExpiresOn, Extension: the expiry date text
    QString value2;   ///< Extension: the requested date text
};

/// A deal ready to be written, with the pre-formatted texts of its date columns.
struct Row
{
    Deal deal;
    int partner = -1;
    int customer = -1;
    bool trading = false; ///< written with the customer's trading name instead of its legal name
    const Row* linked = nullptr; ///< the registration of a converted opportunity, or the opportunity of a converted registration
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    QString created;
    QString updated;
    QString expectedClose;
    QString submittedAt;
    QString decidedAt;
    QString expiresOn;
    QString extensionRequestedTo;
    QString lineItems;
    QList<int> products;
    QList<PendingEvent> events;
};

// ---------------------------------------------------------------------------------------------------------------
// SQLite helpers, as in BulkLoader.

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
    case SQLITE_INTERRUPT:
        return Error { Error::Code::Cancelled, GeneratorTr::tr("Cancelled."), what, {} };
    default:
        message = GeneratorTr::tr("The database could not complete the operation; nothing was saved.");
        break;
    }
    const QString detail = (db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString()) + QStringLiteral(" [") + what
        + QLatin1Char(']');
    qCWarning(lcTools).noquote() << "Deal generation failed:" << detail;
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

/// Rows encoded by the producing thread for the writing thread: every value already converted to what SQLite binds
/// (UTF-8 text and blobs in one buffer), so the writer only binds and steps.
struct Cell
{
    enum Kind : quint8 { Null, Int, Real, Text, Blob, LastDeal };
    Kind kind = Null;
    qint64 number = 0; ///< Int: the value; Text, Blob: the offset in Batch::bytes
    int size = 0;
    double real = 0;
};

struct Op
{
    enum Target : quint8 { DealRow, ProductRow, EventRow, OutboxEntry };
    Target target;
    bool registration = false;
    quint32 first = 0; ///< index of the first cell
    quint32 count = 0;
};

struct Batch
{
    QByteArray bytes;
    std::vector<Cell> cells;
    std::vector<Op> ops;

    void clear()
    {
        bytes.resize(0);
        cells.clear();
        ops.clear();
    }
    void null() { cells.push_back(Cell { Cell::Null, 0, 0, 0 }); }
    void integer(qint64 value) { cells.push_back(Cell { Cell::Int, value, 0, 0 }); }
    void lastDeal() { cells.push_back(Cell { Cell::LastDeal, 0, 0, 0 }); }
    void text(QStringView text, QStringEncoder& encoder)
    {
        const qsizetype start = bytes.size();
        bytes.resize(start + text.size() * 3);
        char* end = encoder.appendToBuffer(bytes.data() + start, text);
        const qsizetype size = end - (bytes.data() + start);
        bytes.resize(start + size);
        cells.push_back(Cell { Cell::Text, start, static_cast<int>(size), 0 });
    }
    void utf8(const QByteArray& text)
    {
        cells.push_back(Cell { Cell::Text, bytes.size(), static_cast<int>(text.size()), 0 });
        bytes.append(text);
    }
    void blob(const QByteArray& data)
    {
        cells.push_back(Cell { Cell::Blob, bytes.size(), static_cast<int>(data.size()), 0 });
        bytes.append(data);
    }
    /// As RecordWriter's Qt binding stores a QVariant: null, integer, blob or text.
    void value(const QVariant& v, QStringEncoder& encoder)
    {
        if (v.typeId() == QMetaType::QString && !v.isNull()) {
            text(*static_cast<const QString*>(v.constData()), encoder);
            return;
        }
        if (!v.isValid() || v.isNull()) {
            null();
            return;
        }
        switch (v.typeId()) {
        case QMetaType::QByteArray: blob(*static_cast<const QByteArray*>(v.constData())); break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong: integer(v.toLongLong()); break;
        case QMetaType::Double: cells.push_back(Cell { Cell::Real, 0, 0, v.toDouble() }); break;
        default: text(v.toString(), encoder); break;
        }
    }
    void beginOp(Op::Target target, bool registration = false)
    {
        ops.push_back(Op { target, registration, static_cast<quint32>(cells.size()), 0 });
    }
    void endOp() { ops.back().count = static_cast<quint32>(cells.size()) - ops.back().first; }
};

/// Binds `count` cells from `first` to parameters `index`, `index + 1`…
int bindCells(sqlite3_stmt* statement, int index, const Batch& batch, quint32 first, quint32 count, qint64 lastDeal)
{
    int rc = SQLITE_OK;
    for (quint32 i = first; i < first + count; ++i, ++index) {
        const Cell& cell = batch.cells[i];
        switch (cell.kind) {
        case Cell::Null: rc |= sqlite3_bind_null(statement, index); break;
        case Cell::Int: rc |= sqlite3_bind_int64(statement, index, cell.number); break;
        case Cell::Real: rc |= sqlite3_bind_double(statement, index, cell.real); break;
        case Cell::LastDeal: rc |= sqlite3_bind_int64(statement, index, lastDeal); break;
        case Cell::Text:
            rc |= sqlite3_bind_text(statement, index, batch.bytes.constData() + cell.number, cell.size, SQLITE_STATIC);
            break;
        case Cell::Blob:
            rc |= sqlite3_bind_blob(statement, index, batch.bytes.constData() + cell.number, cell.size, SQLITE_STATIC);
            break;
        }
    }
    return rc;
}

QString insertSql(const QString& table, const QStringList& columns)
{
    return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns.join(QLatin1Char(','))
        + QStringLiteral(") VALUES (") + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))
        + QLatin1Char(')');
}

/// Statements that deal_product's insert trigger runs per row; the generator inserts the same rows itself (one
/// prepared statement instead of json_each over the JSON it has just written).
constexpr bool FillProductsDirectly = true;

// Rows per progress report (and cancellation check).
constexpr qint64 ProgressEvery = 16384;

// The page cache for the load: as BulkLoader's at least (see there), and about 1 KiB per deal up to 1 GiB, so that
// rebuilding the deferred indexes (each a scan of the whole deal table) reads pages from memory. Allocated only as
// pages are used, given back afterwards. Measured with 1,000,000 deals: index rebuild 35-45 s with 256 MiB, 25 s
// with 1 GiB (peak RSS 0.8 GB and 1.6 GB).
constexpr qint64 MinLoadCacheKiB = 256 * 1024;
constexpr qint64 MaxLoadCacheKiB = 1024 * 1024;

// From this many deals on, a load into a database this connection has to itself is written with a rollback
// journal instead of the WAL (see generate()).
constexpr qint64 BigLoad = 50000;

constexpr int OutboxBatch = 128;

/// CPU time of the calling thread (-1 where unknown), for the log line that says where a load spent its time.
qint64 threadCpuMs()
{
#if defined(Q_OS_UNIX)
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<qint64>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
#else
    return -1;
#endif
}

// Deals per batch handed from the producing to the writing thread, and batches waiting at most.
constexpr qint64 DealsPerBatch = 2048;
constexpr std::size_t BatchesInFlight = 3;

} // namespace

// =================================================================================================================

struct DealGenerator::Impl
{
    DealGenerator& q;
    Database& db;
    sqlite3* handle;
    quint64 seed;

    // Reference day and derived instants (UTC).
    qint64 today = 0;     ///< epoch day of the reference day
    qint64 horizonMs = 0; ///< its midnight: everything generated happened before

    DealProgram program;
    QString baseCurrency;
    QList<ApprovalLimit> limits;
    QList<PartnerInfo> partners;
    std::vector<quint64> partnerCumulative;
    std::vector<Customer> customers;
    std::array<QList<int>, 4> customersByLanguage; ///< by Lang
    std::unique_ptr<DataGenerator> customerGenerator;
    QList<ProductInfo> products;
    QHash<QString, CurrencyInfo> currencies;
    QSet<quint32> takenCodes;   ///< codes of numbers already stored (only when the table was not empty)
    qint64 ordinal = 0;         ///< next deal ordinal (number code source)

    std::array<Recent, 512> recent {};
    int recentCount = 0;

    // Statements.
    sqlite3_stmt* dealInsert = nullptr;
    sqlite3_stmt* productInsert = nullptr;
    sqlite3_stmt* eventInsert = nullptr;
    sqlite3_stmt* outboxInsert = nullptr;
    QStringList localKeys;
    enum class Fast { Generic, ExpectedClose, SubmittedAt, DecidedAt, ExpiresOn, ExtensionRequestedTo, LineItems };
    QList<Fast> fieldKinds;
    QStringEncoder encoder { QStringEncoder::Utf8 }; ///< the producing thread's
    std::vector<const Op*> pendingOutbox;            ///< entries of the batch being written, not yet inserted
    QByteArray outboxNow;
    QByteArray emptyJson;
    QString dealEntity = QStringLiteral("deal");
    QString eventEntity = QStringLiteral("deal_event");

    struct Deferred
    {
        QString type;
        QString name;
        QString sql;
    };
    QList<Deferred> deferred;
    qint64 savedCacheSize = 0;

    Impl(DealGenerator& owner, Database& database, quint64 s)
        : q(owner)
        , db(database)
        , handle(database.handle())
        , seed(s)
    {
    }

    ~Impl() { finalize(); }

    void finalize()
    {
        for (sqlite3_stmt** statement : { &dealInsert, &productInsert, &eventInsert, &outboxInsert }) {
            sqlite3_finalize(*statement);
            *statement = nullptr;
        }
    }

    Status exec(const QString& sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        const int rc = sqlite3_exec(handle, utf8.constData(), nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return sqliteError(handle, rc, sql.left(80));
        return {};
    }

    Status prepare(sqlite3_stmt** statement, const QString& sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        const int rc = sqlite3_prepare_v3(handle, utf8.constData(), static_cast<int>(utf8.size()),
                                          SQLITE_PREPARE_PERSISTENT, statement, nullptr);
        if (rc != SQLITE_OK)
            return sqliteError(handle, rc, QStringLiteral("preparing: ") + sql.left(80));
        return {};
    }

    // -------------------------------------------------------------------------------------------------------------
    // Preparation

    Status loadPartners()
    {
        sqlite3_stmt* statement = nullptr;
        if (Status s = prepare(&statement, QStringLiteral("SELECT id, name, owner, country, tier, stage FROM partner "
                                                          "WHERE deleted_at IS NULL ORDER BY local_id"));
            !s)
            return s;
        QHash<QByteArray, int> index;
        int rc;
        partnerCumulative.clear();
        quint64 total = 0;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            PartnerInfo p;
            p.id = columnBlob(statement, 0);
            p.name = columnText(statement, 1);
            p.owner = columnText(statement, 2);
            p.country = columnText(statement, 3);
            const QString tier = columnText(statement, 4);
            const QString stage = columnText(statement, 5);
            // Active, well-tiered partners register most deals; each partner also has its own activity level
            // (1–16x), so a few partners dominate as in real programs.
            quint64 stageWeight = 2;
            if (stage == QLatin1String("active"))
                stageWeight = 10;
            else if (stage == QLatin1String("onboarding"))
                stageWeight = 4;
            else if (stage == QLatin1String("suspended") || stage == QLatin1String("terminated"))
                stageWeight = 1;
            quint64 tierWeight = 2;
            if (tier == QLatin1String("platinum"))
                tierWeight = 12;
            else if (tier == QLatin1String("gold"))
                tierWeight = 8;
            else if (tier == QLatin1String("silver"))
                tierWeight = 5;
            else if (tier == QLatin1String("registered"))
                tierWeight = 3;
            Rng r = rngFor(seed, partners.size(), PartnerWeightStream);
            total += stageWeight * tierWeight * (1ULL << r.below(5));
            partnerCumulative.push_back(total);
            index.insert(p.id, static_cast<int>(partners.size()));
            partners.append(std::move(p));
        }
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE)
            return sqliteError(handle, rc, QStringLiteral("reading partners"));
        if (partners.isEmpty()) {
            return Error { Error::Code::NotFound,
                           GeneratorTr::tr("There are no partners to register deals for. Add or generate partners first."),
                           {}, {} };
        }

        // The submitting partner contact: a sales contact when there is one, else the first.
        if (Status s = prepare(&statement, QStringLiteral("SELECT partner_id, id, role, first_name, last_name FROM contact "
                                                          "WHERE deleted_at IS NULL ORDER BY local_id"));
            !s)
            return s;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            const auto it = index.constFind(columnBlob(statement, 0));
            if (it == index.constEnd())
                continue;
            PartnerInfo& p = partners[*it];
            const bool sales = columnText(statement, 2) == QLatin1String("sales");
            if (p.contactId.isEmpty() || (sales && !p.hasSalesContact)) {
                p.contactId = columnBlob(statement, 1);
                p.contactName = QString(columnText(statement, 3) + QLatin1Char(' ') + columnText(statement, 4)).trimmed();
                p.hasSalesContact = sales;
            }
        }
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE)
            return sqliteError(handle, rc, QStringLiteral("reading contacts"));
        return {};
    }

    Status loadSettings()
    {
        DealSettings settings(db);
        if (Status s = settings.ensureSampleCatalogue(); !s)
            return s;
        const Result<DealProgram> prog = settings.program();
        if (!prog)
            return prog.error();
        program = *prog;
        baseCurrency = program.baseCurrency.isEmpty() ? QStringLiteral("USD") : program.baseCurrency;
        const Result<QList<ApprovalLimit>> lim = settings.approvalLimits();
        if (!lim)
            return lim.error();
        limits = *lim;

        // Currencies: the latest rate of each, else a rough built-in one (amounts only need to look plausible).
        const Result<QList<CurrencyRate>> rates = settings.rates();
        if (!rates)
            return rates.error();
        const QHash<QString, double> usdPerUnit { { QStringLiteral("USD"), 1.0 },
                                                  { QStringLiteral("EUR"), 1.08 },
                                                  { QStringLiteral("GBP"), 1.27 },
                                                  { QStringLiteral("VND"), 1.0 / 25400.0 } };
        const auto basePerUnit = [&](const QString& code) {
            if (code == baseCurrency)
                return 1.0;
            const CurrencyRate* latest = nullptr;
            for (const CurrencyRate& rate : *rates) {
                if (rate.currency == code && (!latest || rate.validFrom > latest->validFrom))
                    latest = &rate;
            }
            if (latest && latest->rate > 0)
                return latest->rate;
            const double unit = usdPerUnit.value(code, 1.0);
            const double base = usdPerUnit.value(baseCurrency, 1.0);
            return unit / base;
        };
        for (const char* code : { "USD", "EUR", "VND", "GBP" }) {
            CurrencyInfo info;
            info.code = QString::fromLatin1(code);
            info.digits = qMax(0, Money::minorDigits(info.code));
            info.perBase = 1.0 / basePerUnit(info.code);
            currencies.insert(info.code, info);
        }

        const Result<QList<Product>> catalogue = settings.products(true);
        if (!catalogue)
            return catalogue.error();
        for (const Product& product : *catalogue) {
            if (product.code.isEmpty())
                continue;
            ProductInfo info;
            info.code = product.code;
            info.name = product.name;
            const QString currency = product.currency.isEmpty() ? baseCurrency : product.currency;
            const int digits = qMax(0, Money::minorDigits(currency));
            info.basePrice = static_cast<double>(product.listPriceMinor) / std::pow(10.0, digits) * basePerUnit(currency);
            // The line item's JSON up to its numbers; keys are sorted as QJsonDocument writes them (checked below).
            QString head = QString::fromUtf8(
                QJsonDocument(QJsonObject { { QStringLiteral("name"), info.name }, { QStringLiteral("product"), info.code } })
                    .toJson(QJsonDocument::Compact));
            head.chop(1);
            info.jsonHead = head;
            products.append(std::move(info));
        }
        if (products.isEmpty()) {
            return Error { Error::Code::NotFound,
                           GeneratorTr::tr("The product catalogue is empty; deals need products for their line items."),
                           {}, {} };
        }
        return {};
    }

    void makeCustomers(qint64 dealCount)
    {
        // About four deals per customer: big customers buy through several partners, which is what makes
        // registrations conflict (DR-04) without planting anything. Only their language is decided here (one draw
        // each); the companies themselves are made on the producing thread when first used.
        const qint64 wanted = std::clamp<qint64>(dealCount / 4, 64, 400000);
        customerGenerator = std::make_unique<DataGenerator>(mix64(seed ^ (static_cast<quint64>(CustomerSeedStream) * Golden)));
        customers.clear();
        customers.resize(static_cast<std::size_t>(wanted));
        for (qint64 k = 0; k < wanted; ++k) {
            Lang lang = Lang::En;
            switch (customerGenerator->language(k)) {
            case DataGenerator::Language::Vietnamese: lang = Lang::Vi; break;
            case DataGenerator::Language::English: lang = Lang::En; break;
            case DataGenerator::Language::German: lang = Lang::De; break;
            case DataGenerator::Language::French: lang = Lang::Fr; break;
            }
            customersByLanguage[int(lang)].append(static_cast<int>(k));
        }
    }

    /// Customer `k`: a company made by DataGenerator (with its own seed), with two contacts.
    const Customer& customer(int k)
    {
        Customer& c = customers[static_cast<std::size_t>(k)];
        if (c.made)
            return c;
        Partner company = customerGenerator->partner(k);
        const QList<Contact> contacts = customerGenerator->contacts(company, k, 2);
        c.legalName = std::move(company.legalName);
        c.tradingName = std::move(company.name);
        c.emailDomain = std::move(company.emailDomain);
        c.website = std::move(company.website);
        c.country = std::move(company.country);
        c.city = std::move(company.city);
        for (int i = 0; i < 2 && i < contacts.size(); ++i) {
            const Contact& contact = contacts.at(i);
            // Vietnamese names are said family name first ("Nguyễn Thị Lan").
            c.contactName[i] = c.country == QLatin1String("VN") ? contact.lastName + QLatin1Char(' ') + contact.firstName
                                                                : contact.firstName + QLatin1Char(' ') + contact.lastName;
            c.contactEmail[i] = contact.email;
            c.contactPhone[i] = contact.phone;
        }
        c.made = true;
        return c;
    }

    Status loadExisting()
    {
        sqlite3_stmt* statement = nullptr;
        if (Status s = prepare(&statement, QStringLiteral("SELECT count(*) FROM deal")); !s)
            return s;
        ordinal = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : 0;
        sqlite3_finalize(statement);
        if (ordinal == 0)
            return {};
        // Numbers made elsewhere (DealRepository) could happen to equal a generated one: skip their codes.
        if (Status s = prepare(&statement, QStringLiteral("SELECT number FROM deal")); !s)
            return s;
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            const qint64 code = codeOfNumber(columnText(statement, 0));
            if (code >= 0)
                takenCodes.insert(static_cast<quint32>(code));
        }
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE)
            return sqliteError(handle, rc, QStringLiteral("reading deal numbers"));
        return {};
    }

    quint32 nextCode()
    {
        for (;;) {
            const quint32 code = scramble30(static_cast<quint64>(ordinal++));
            if (!takenCodes.contains(code))
                return code;
        }
    }

    // -------------------------------------------------------------------------------------------------------------
    // Making deals

    qint64 dayMs(qint64 dayOffset) const { return (today + dayOffset) * MsPerDay; }
    /// A time during working hours (UTC 01:00–17:00, daytime from Hà Nội to Paris) on the given day.
    qint64 workTime(Rng& r, qint64 dayOffset) const
    {
        return dayMs(dayOffset) + MsPerHour + static_cast<qint64>(r.below(16 * 3600)) * 1000 + r.below(1000);
    }
    /// `base` plus a random delay in [minMs, maxMs], but before the horizon.
    qint64 later(Rng& r, qint64 base, qint64 minMs, qint64 maxMs) const
    {
        const qint64 spanSeconds = qBound<qint64>(0, (maxMs - minMs) / 1000, 0xffffffffLL - 1);
        const qint64 t = base + minMs + static_cast<qint64>(r.below(static_cast<quint32>(spanSeconds + 1))) * 1000
            + r.below(1000);
        return qMax(base, qMin(t, horizonMs - 1 - r.below(3600000)));
    }
    static qint64 dayOfMs(qint64 ms) { return floorDiv(ms, MsPerDay); }

    int pickPartner(Rng& r) const
    {
        const quint64 x = r.below64(partnerCumulative.back());
        return static_cast<int>(std::upper_bound(partnerCumulative.begin(), partnerCumulative.end(), x)
                                - partnerCumulative.begin());
    }

    int pickCustomer(Rng& r, const PartnerInfo& partner) const
    {
        // Mostly a customer of the partner's language area (a Vietnamese partner sells to Vietnamese companies, a
        // German one to German, Austrian and Swiss ones), sometimes anyone.
        const QList<int>* pool = nullptr;
        if (r.percent(85) && !customersByLanguage[int(langOf(partner.country))].isEmpty())
            pool = &customersByLanguage[int(langOf(partner.country))];
        // Skewed towards the start of the list: some customers are much bigger buyers than others.
        const quint32 n = pool ? static_cast<quint32>(pool->size()) : static_cast<quint32>(customers.size());
        const quint32 i = static_cast<quint32>(static_cast<quint64>(r.below(n)) * r.below(n) / n);
        return pool ? pool->at(i) : static_cast<int>(i);
    }

    const CurrencyInfo& pickCurrency(Rng& r, const PartnerInfo& partner) const
    {
        const QString& country = partner.country;
        QString code = QStringLiteral("USD");
        if (country == QLatin1String("VN")) {
            if (r.percent(45))
                code = QStringLiteral("VND");
        } else if (country == QLatin1String("DE") || country == QLatin1String("AT") || country == QLatin1String("FR")
                   || country == QLatin1String("BE")) {
            if (r.percent(70))
                code = QStringLiteral("EUR");
        } else if (country == QLatin1String("CH")) {
            if (r.percent(40))
                code = QStringLiteral("EUR");
        } else if (country == QLatin1String("GB")) {
            if (r.percent(70))
                code = QStringLiteral("GBP");
        }
        return currencies.find(code).value();
    }

    /// 1–4 line items of distinct products; `mustInclude` (a product index, or -1) is one of them.
    QList<DealLineItem> makeLines(Rng& r, const CurrencyInfo& currency, int mustInclude, QList<int>& chosen) const
    {
        const int count = qMin<int>(1 + weighted(r, { 40, 30, 20, 10 }), static_cast<int>(products.size()));
        chosen.clear();
        if (mustInclude >= 0)
            chosen.append(mustInclude);
        while (chosen.size() < count) {
            const int p = static_cast<int>(r.below(static_cast<quint32>(products.size())));
            if (!chosen.contains(p))
                chosen.append(p);
        }
        QList<DealLineItem> lines;
        lines.reserve(count);
        const double minorFactor = std::pow(10.0, currency.digits);
        for (int p : chosen) {
            const ProductInfo& product = products.at(p);
            DealLineItem line;
            line.product = product.code;
            line.name = product.name;
            // Licences and subscriptions sell by the dozen, appliances by the unit.
            if (product.basePrice < 500)
                line.quantity = 5 * r.between(1, 100);
            else if (product.basePrice < 5000)
                line.quantity = r.between(1, 20);
            else
                line.quantity = r.between(1, 4);
            const int discount = weighted(r, { 30, 50, 20 }) == 0 ? 0 : (r.percent(70) ? r.between(5, 15) : r.between(15, 30));
            double major = product.basePrice * currency.perBase * (100 - discount) / 100.0;
            if (currency.digits == 0)
                major = std::max(1000.0, std::round(major / 1000.0) * 1000.0); // đồng: round thousands
            else if (r.percent(70))
                major = std::max(1.0, std::round(major));
            line.unitPriceMinor = std::llround(major * minorFactor);
            lines.append(std::move(line));
        }
        return lines;
    }

    QString lineJson(const QList<DealLineItem>& lines, const QList<int>& chosen) const
    {
        QString out;
        out.reserve(96 * lines.size());
        out.append(QLatin1Char('['));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i)
                out.append(QLatin1Char(','));
            out.append(products.at(chosen.at(i)).jsonHead);
            out.append(QLatin1String(",\"quantity\":"));
            out.append(QString::number(lines.at(i).quantity));
            out.append(QLatin1String(",\"unit_price\":"));
            out.append(QString::number(lines.at(i).unitPriceMinor));
            out.append(QLatin1Char('}'));
        }
        out.append(QLatin1Char(']'));
        return out;
    }

    static QString stageCode(int i) { return salesStages().at(qBound(0, i, int(salesStages().size()) - 1)).code; }

    qint64 toBaseMinor(const Money& amount) const
    {
        const CurrencyInfo& c = currencies.find(amount.currency).value();
        const double base = static_cast<double>(amount.minor) / std::pow(10.0, c.digits) / c.perBase;
        return std::llround(base * std::pow(10.0, qMax(0, Money::minorDigits(baseCurrency))));
    }

    /// DR-03: who must approve `amount` when the CAM's limit (and the next one's) is exceeded; empty = the CAM.
    QString approverFor(const QString& cam, const Money& amount) const
    {
        if (limits.isEmpty())
            return {};
        const qint64 base = toBaseMinor(amount);
        QString approver = cam;
        for (int hop = 0; hop < 4; ++hop) {
            const auto it = std::find_if(limits.cbegin(), limits.cend(),
                                         [&](const ApprovalLimit& l) { return l.approver == approver; });
            if (it == limits.cend() || base <= it->limitMinor || it->escalateTo.isEmpty())
                break;
            approver = it->escalateTo;
        }
        return approver == cam ? QString() : approver;
    }

    void fillCommon(Rng& r, Row& row, const PartnerInfo& partner, int customerIndex, bool tradingName)
    {
        Deal& d = row.deal;
        const Customer& c = customer(customerIndex);
        row.customer = customerIndex;
        row.trading = tradingName;
        d.partnerId = partner.id;
        if (!partner.contactId.isEmpty() && r.percent(92))
            d.partnerContactId = partner.contactId;
        d.cam = partner.owner;
        d.customerName = tradingName ? c.tradingName : c.legalName;
        // The same customer written the ways partners write it: bare domain, website, or nothing.
        switch (weighted(r, { 65, 20, 15 })) {
        case 0: d.customerDomain = c.emailDomain; break;
        case 1: d.customerDomain = c.website.isEmpty() ? c.emailDomain : c.website; break;
        default: break;
        }
        d.customerCountry = c.country;
        d.customerCity = c.city;
        const int who = static_cast<int>(r.below(2));
        if (r.percent(90)) {
            d.customerContactName = c.contactName[who];
            d.customerContactEmail = c.contactEmail[who];
            if (r.percent(70))
                d.customerContactPhone = c.contactPhone[who];
        }
        const Lang lang = langOf(partner.country);
        if (r.percent(80))
            d.description = pick(r, texts().descriptions[int(lang)]);
        if (r.percent(45))
            d.competitor = pick(r, texts().competitors);
    }

    void finishLines(Rng& r, Row& row, const PartnerInfo& partner, int mustInclude)
    {
        const CurrencyInfo& currency = pickCurrency(r, partner);
        row.deal.lineItems = makeLines(r, currency, mustInclude, row.products);
        row.deal.amount = Money { row.deal.lineItemsTotalMinor(), currency.code };
        row.lineItems = lineJson(row.deal.lineItems, row.products);
    }

    void event(Row& row, qint64 at, const QString& actor, DealAction action, const QString& from, const QString& to,
               const QString& reason = {}, Detail detail = Detail::None, const QString& value = {})
    {
        row.events.append(PendingEvent { at, actor, DealWorkflow::code(action), from, to, reason, detail, value, {} });
    }

    void extensionEvent(Row& row, qint64 at, const QString& actor, const QString& action, const QString& reason,
                        qint64 expiresDay, qint64 requestedDay)
    {
        const QString approved = QStringLiteral("approved");
        row.events.append(PendingEvent { at, actor, action, approved, approved, reason, Detail::Extension,
                                         dateText(expiresDay), dateText(requestedDay) });
    }

    void createEvent(Row& row, qint64 at, const QString& actor, const QString& to)
    {
        row.events.append(PendingEvent { at, actor, QStringLiteral("create"), {}, to, {}, Detail::Create, {}, {} });
    }

    /// A registration in `state`. For Converted, `opportunity` receives the opportunity it became.
    Row makeRegistration(Rng& r, RegState state, int partnerIndex, int customerIndex, int mustInclude, bool tradingName,
                         Row* opportunity)
    {
        const PartnerInfo& partner = partners.at(partnerIndex);
        const Lang lang = langOf(partner.country);
        const QString partnerActor = partner.contactName.isEmpty() ? partner.name : partner.contactName;
        Row row;
        Deal& d = row.deal;
        d.kind = QStringLiteral("registration");
        fillCommon(r, row, partner, customerIndex, tradingName);
        finishLines(r, row, partner, mustInclude);

        const QString sDraft = QStringLiteral("draft"), sSubmitted = QStringLiteral("submitted"),
                      sReview = QStringLiteral("under_review"), sPending = QStringLiteral("pending_approval"),
                      sApproved = QStringLiteral("approved"), sClosed = QStringLiteral("closed"),
                      sCanceled = QStringLiteral("canceled");

        const qint64 protection = qMax(1, program.protectionDays);
        const qint64 extension = qMax(1, program.extensionDays);
        // The decision delay (DR-13): two thirds within the 48-hour SLA.
        const auto decisionDelay = [&] {
            return r.percent(65) ? qint64(2 + r.below(46)) * MsPerHour : qint64(48 + r.below(8 * 24)) * MsPerHour;
        };

        qint64 created = 0, submitted = -1, review = -1, sent = -1, decided = -1, closed = -1, expiresDay = LLONG_MIN;
        qint64 extensionAsked = -1, extensionGranted = -1, requestPending = -1; // DR-09
        QString extensionWhy;
        QString status, closure;
        int stage = 0;
        enum class Path { Draft, Submitted, Review, Pending, Approved, RejectedInReview, RejectedInApproval, Duplicate,
                          ExpiredPath, InactivePath, CanceledEarly, CanceledApproved, ConvertedPath, WithdrawnPath };
        Path path = Path::Draft;
        switch (state) {
        case RegState::Draft: path = Path::Draft; break;
        case RegState::Submitted: path = Path::Submitted; break;
        case RegState::UnderReview: path = Path::Review; break;
        case RegState::PendingApproval: path = Path::Pending; break;
        case RegState::Approved: path = Path::Approved; break;
        case RegState::Rejected: path = r.percent(40) ? Path::RejectedInReview : Path::RejectedInApproval; break;
        case RegState::Duplicate: path = Path::Duplicate; break;
        case RegState::Expired: path = Path::ExpiredPath; break;
        case RegState::Inactive: path = Path::InactivePath; break;
        case RegState::Canceled: path = r.percent(50) ? Path::CanceledEarly : Path::CanceledApproved; break;
        case RegState::Converted: path = Path::ConvertedPath; break;
        case RegState::Withdrawn: path = Path::WithdrawnPath; break;
        }

        // Work backwards from the deciding moment so that every date is consistent and before the horizon.
        const auto beforeDecision = [&](qint64 decision, bool approvalStep) {
            submitted = decision - decisionDelay();
            review = submitted + (decision - submitted) / (approvalStep ? 3 : 2);
            sent = approvalStep ? review + (decision - review) / 2 : -1;
            created = submitted - static_cast<qint64>(r.below(5 * 24)) * MsPerHour - r.below(3600000);
        };
        switch (path) {
        case Path::Draft:
            created = workTime(r, -1 - static_cast<qint64>(r.below(60)));
            status = sDraft;
            stage = weighted(r, { 60, 40 });
            break;
        case Path::Submitted:
            submitted = workTime(r, -1 - static_cast<qint64>(r.below(14)));
            created = submitted - static_cast<qint64>(r.below(4 * 24)) * MsPerHour;
            status = sSubmitted;
            stage = weighted(r, { 60, 40 });
            break;
        case Path::Review:
            submitted = workTime(r, -2 - static_cast<qint64>(r.below(25)));
            review = later(r, submitted, MsPerHour, 2 * MsPerDay);
            created = submitted - static_cast<qint64>(r.below(4 * 24)) * MsPerHour;
            status = sReview;
            stage = weighted(r, { 30, 50, 20 });
            break;
        case Path::Pending:
            submitted = workTime(r, -2 - static_cast<qint64>(r.below(30)));
            review = later(r, submitted, MsPerHour, MsPerDay);
            sent = later(r, review, MsPerHour, 3 * MsPerDay);
            created = submitted - static_cast<qint64>(r.below(4 * 24)) * MsPerHour;
            status = sPending;
            stage = weighted(r, { 30, 50, 20 });
            break;
        case Path::Approved: {
            // Unexpired on the reference day: decided within the protection period (plus an extension if granted).
            const bool extended = r.percent(12);
            d.extensions = extended ? 1 : 0;
            const qint64 window = protection - 1 + (extended ? extension : 0);
            decided = workTime(r, -1 - static_cast<qint64>(r.below(static_cast<quint32>(qMax<qint64>(1, window)))));
            expiresDay = dayOfMs(decided) + protection + (extended ? extension : 0); // after the reference day
            beforeDecision(decided, true);
            if (extended) {
                extensionAsked = later(r, decided, MsPerDay, qMax<qint64>(1, protection - 2) * MsPerDay);
                extensionGranted = later(r, extensionAsked, MsPerHour, 2 * MsPerDay);
                extensionWhy = pick(r, texts().extensionReasons[int(lang)]);
            }
            if (d.extensions < program.maxExtensions && r.percent(6)) {
                d.extensionRequestedTo = dateOf(expiresDay + extension);
                d.extensionReason = pick(r, texts().extensionReasons[int(lang)]);
                requestPending = later(r, qMax(decided, extensionGranted), MsPerDay,
                                       qMax<qint64>(1, expiresDay - dayOfMs(qMax(decided, extensionGranted)) - 1) * MsPerDay);
            }
            status = sApproved;
            stage = 1 + weighted(r, { 30, 45, 25 });
            break;
        }
        case Path::RejectedInReview:
        case Path::RejectedInApproval:
        case Path::Duplicate:
            decided = workTime(r, -1 - static_cast<qint64>(r.below(400)));
            beforeDecision(decided, path == Path::RejectedInApproval);
            status = sClosed;
            closure = path == Path::Duplicate ? QStringLiteral("duplicate") : QStringLiteral("rejected");
            stage = weighted(r, { 40, 40, 20 });
            break;
        case Path::ExpiredPath:
            expiresDay = today - 2 - r.below(330);
            decided = workTime(r, expiresDay - protection - today);
            beforeDecision(decided, true);
            closed = dayMs(expiresDay + 1 - today) + MsPerHour + r.below(3600000); // the hourly job, next morning
            status = sClosed;
            closure = QStringLiteral("expired");
            stage = weighted(r, { 30, 40, 30 });
            break;
        case Path::InactivePath:
            decided = workTime(r, -40 - static_cast<qint64>(r.below(360)));
            beforeDecision(decided, true);
            expiresDay = dayOfMs(decided) + protection;
            closed = later(r, decided, 20 * MsPerDay, (protection - 1) * MsPerDay);
            status = sClosed;
            closure = QStringLiteral("inactive");
            stage = weighted(r, { 30, 40, 30 });
            break;
        case Path::CanceledEarly:
            submitted = workTime(r, -2 - static_cast<qint64>(r.below(400)));
            created = submitted - static_cast<qint64>(r.below(4 * 24)) * MsPerHour;
            if (r.percent(50))
                review = later(r, submitted, MsPerHour, MsPerDay);
            closed = later(r, review >= 0 ? review : submitted, MsPerHour, 20 * MsPerDay);
            status = sCanceled;
            stage = weighted(r, { 50, 50 });
            break;
        case Path::CanceledApproved:
            decided = workTime(r, -20 - static_cast<qint64>(r.below(380)));
            beforeDecision(decided, true);
            expiresDay = dayOfMs(decided) + protection;
            closed = later(r, decided, MsPerDay, qMin<qint64>(60, protection - 1) * MsPerDay);
            status = sCanceled;
            stage = weighted(r, { 30, 40, 30 });
            break;
        case Path::WithdrawnPath:
            // Withdrawn while waiting: after submission, review or the approval request.
            submitted = workTime(r, -2 - static_cast<qint64>(r.below(400)));
            created = submitted - static_cast<qint64>(r.below(4 * 24)) * MsPerHour;
            if (r.percent(60))
                review = later(r, submitted, MsPerHour, MsPerDay);
            if (review >= 0 && r.percent(40))
                sent = later(r, review, MsPerHour, 3 * MsPerDay);
            closed = later(r, sent >= 0 ? sent : review >= 0 ? review : submitted, MsPerHour, 20 * MsPerDay);
            status = sClosed;
            closure = QStringLiteral("withdrawn");
            stage = weighted(r, { 50, 50 });
            break;
        case Path::ConvertedPath:
            decided = workTime(r, -2 - static_cast<qint64>(r.below(450)));
            beforeDecision(decided, true);
            expiresDay = dayOfMs(decided) + protection;
            closed = later(r, decided, MsPerHour, qMin<qint64>(45, protection - 1) * MsPerDay);
            status = sClosed;
            closure = QStringLiteral("converted");
            stage = 2 + weighted(r, { 40, 40, 20 });
            break;
        }
        d.status = status;
        d.closureCode = closure;
        d.salesStage = stageCode(stage);
        if (r.percent(8))
            d.probability = qBound(1, stageProbability(d.salesStage) + static_cast<int>(r.between(0, 20)) - 10, 99);

        // Expected close: a few months after creation; an open registration's mostly still ahead.
        const qint64 createdDay = dayOfMs(created);
        qint64 closeDay = createdDay + 45 + r.below(255);
        if (isActive(state) || state == RegState::Draft) {
            if (closeDay <= today && r.percent(85))
                closeDay = today + 1 + r.below(120);
        }
        closeDay = qBound(today - 365, closeDay, today + 548);
        d.expectedClose = dateOf(closeDay);
        row.expectedClose = dateText(closeDay);

        if (submitted >= 0) {
            d.submittedAt = timeOf(submitted);
            row.submittedAt = timestampText(submitted);
        }
        if (decided >= 0) {
            d.decidedAt = timeOf(decided);
            row.decidedAt = timestampText(decided);
        }
        if (expiresDay != LLONG_MIN) {
            d.expiresOn = dateOf(expiresDay);
            row.expiresOn = dateText(expiresDay);
        }
        if (d.extensionRequestedTo.isValid())
            row.extensionRequestedTo = dateText(d.extensionRequestedTo.toJulianDay() - EpochJulianDay);
        if (state == RegState::PendingApproval)
            d.approver = approverFor(d.cam, d.amount);

        const qint64 last = qMax(qMax(qMax(created, submitted), qMax(qMax(review, sent), qMax(decided, closed))),
                                 qMax(extensionGranted, requestPending));
        row.createdMs = created;
        row.updatedMs = qMax(last, created);

        // Its history, in order (optional).
        if (q.m_withEvents) {
            createEvent(row, created, partnerActor, sDraft);
            if (submitted >= 0)
                event(row, submitted, partnerActor, DealAction::Submit, sDraft, sSubmitted);
            if (review >= 0)
                event(row, review, d.cam, DealAction::StartReview, sSubmitted, sReview);
            if (sent >= 0)
                event(row, sent, d.cam, DealAction::SendForApproval, sReview, sPending);
            const QString decider = d.cam;
            switch (path) {
            case Path::Approved:
            case Path::ExpiredPath:
            case Path::InactivePath:
            case Path::CanceledApproved:
            case Path::ConvertedPath:
                event(row, decided, decider, DealAction::Approve, sPending, sApproved, {}, Detail::ExpiresOn,
                      dateText(dayOfMs(decided) + protection));
                break;
            case Path::RejectedInReview:
                event(row, decided, decider, DealAction::Reject, sReview, sClosed, pick(r, texts().rejectReasons[int(lang)]));
                break;
            case Path::RejectedInApproval:
                event(row, decided, decider, DealAction::Reject, sPending, sClosed, pick(r, texts().rejectReasons[int(lang)]));
                break;
            case Path::Duplicate:
                event(row, decided, decider, DealAction::MarkDuplicate, sReview, sClosed,
                      GeneratorTr::tr("Same customer and products as an earlier registration"));
                break;
            default:
                break;
            }
            if (extensionAsked >= 0) {
                const qint64 original = dayOfMs(decided) + protection;
                extensionEvent(row, extensionAsked, partnerActor, QStringLiteral("extend_request"), extensionWhy, original,
                               expiresDay);
                extensionEvent(row, extensionGranted, decider, QStringLiteral("extend_grant"), {}, original, expiresDay);
            }
            if (requestPending >= 0) {
                extensionEvent(row, requestPending, partnerActor, QStringLiteral("extend_request"), d.extensionReason,
                               expiresDay, expiresDay + extension);
            }
            switch (path) {
            case Path::ExpiredPath:
                event(row, closed, QStringLiteral("system"), DealAction::Expire, sApproved, sClosed, {}, Detail::ExpiresOn,
                      row.expiresOn);
                break;
            case Path::InactivePath:
                event(row, closed, d.cam, DealAction::CloseInactive, sApproved, sClosed,
                      GeneratorTr::tr("No activity from the partner"));
                break;
            case Path::CanceledEarly:
                event(row, closed, partnerActor, DealAction::Cancel, review >= 0 ? sReview : sSubmitted, sCanceled,
                      pick(r, texts().cancelReasons[int(lang)]));
                break;
            case Path::CanceledApproved:
                event(row, closed, partnerActor, DealAction::Cancel, sApproved, sCanceled,
                      pick(r, texts().cancelReasons[int(lang)]));
                break;
            case Path::WithdrawnPath:
                event(row, closed, partnerActor, DealAction::Withdraw, sent >= 0 ? sPending : review >= 0 ? sReview : sSubmitted,
                      sClosed, pick(r, texts().cancelReasons[int(lang)]));
                break;
            default:
                break;
            }
        }

        d.id = Uuid::createV7(created, r.next(), r.next());
        d.number = dealNumber("DR", createdDay, nextCode());
        d.createdAt = timeOf(row.createdMs);
        d.updatedAt = timeOf(row.updatedMs);

        row.partner = partnerIndex;
        if (state == RegState::Converted && opportunity) {
            *opportunity = makeOpportunity(r, partnerIndex, &row, closed);
            d.registrationId = opportunity->deal.id;
            if (q.m_withEvents)
                event(row, closed, d.cam, DealAction::Convert, sApproved, sClosed, {}, Detail::Opportunity);
        }
        return row;
    }

    /// An opportunity: converted from `registration` at `convertedAt`, or direct when `registration` is null.
    Row makeOpportunity(Rng& r, int partnerIndex, const Row* registration, qint64 convertedAt)
    {
        const PartnerInfo& partner = partners.at(partnerIndex);
        const Lang lang = langOf(partner.country);
        Row row;
        Deal& d = row.deal;
        qint64 created;
        if (registration) {
            // DR-10: the registration's customer, products and amounts carry over.
            const Deal& reg = registration->deal;
            d = reg;
            d.id.clear();
            d.registrationId = reg.id;
            d.submittedAt = {};
            d.decidedAt = {};
            d.expiresOn = {};
            d.extensions = 0;
            d.extensionRequestedTo = {};
            d.extensionReason.clear();
            d.approver.clear();
            d.closureCode.clear();
            row.products = registration->products;
            row.lineItems = registration->lineItems;
            row.customer = registration->customer;
            row.trading = registration->trading;
            created = convertedAt;
        } else {
            fillCommon(r, row, partner, pickCustomer(r, partner), r.percent(20));
            finishLines(r, row, partner, -1);
            created = workTime(r, -1 - static_cast<qint64>(r.below(540)));
        }
        d.kind = QStringLiteral("opportunity");
        d.probability.reset();

        const int outcome = weighted(r, { 55, 28, 17 }); // open, won, lost
        qint64 closeDay;
        qint64 last;
        QString endAction;
        switch (outcome) {
        case 0: {
            d.status = QStringLiteral("open");
            const int stage = weighted(r, { 15, 25, 30, 20, 10 });
            d.salesStage = stageCode(registration ? qMax(stage, 2) : stage);
            if (r.percent(10))
                d.probability = qBound(1, stageProbability(d.salesStage) + static_cast<int>(r.between(0, 30)) - 15, 99);
            // Mostly ahead, nearer dates likelier; some already past their date (PIPE-03 "past close").
            if (r.percent(10)) {
                closeDay = today - 1 - r.below(90);
            } else {
                const quint32 a = r.below(548), b = r.below(548);
                closeDay = today + 1 + static_cast<qint64>(a) * b / 548;
            }
            closeDay = qMax(closeDay, dayOfMs(created));
            // Last touched: mostly within the last month, else any time since creation; those untouched for a
            // month are stalled (PIPE-03).
            if (r.percent(65))
                last = later(r, qMax(created, horizonMs - 30 * MsPerDay), 0, 30 * MsPerDay);
            else
                last = later(r, created, 0, horizonMs - created);
            break;
        }
        default: {
            const bool won = outcome == 1;
            d.status = won ? QStringLiteral("won") : QStringLiteral("lost");
            d.salesStage = stageCode(won ? 3 + weighted(r, { 30, 70 }) : weighted(r, { 20, 30, 30, 15, 5 }));
            last = later(r, created, MsPerHour, qMax<qint64>(MsPerHour, qMin<qint64>(horizonMs - created, 240 * MsPerDay)));
            closeDay = dayOfMs(last); // a won deal has its close date: the day it was won (PIPE-02)
            endAction = won ? QStringLiteral("won") : QStringLiteral("lost");
            break;
        }
        }
        closeDay = qBound(today - 365, closeDay, today + 548);
        d.expectedClose = dateOf(closeDay);
        row.expectedClose = dateText(closeDay);
        row.createdMs = created;
        row.updatedMs = qMax(last, created);
        d.id = Uuid::createV7(created, r.next(), r.next());
        d.number = dealNumber("OP", dayOfMs(created), nextCode());
        d.createdAt = timeOf(row.createdMs);
        d.updatedAt = timeOf(row.updatedMs);
        row.partner = partnerIndex;
        if (q.m_withEvents) {
            const QString open = QStringLiteral("open");
            createEvent(row, created, registration ? d.cam : (partner.contactName.isEmpty() ? partner.name : partner.contactName),
                        open);
            if (endAction == QLatin1String("won"))
                event(row, last, d.cam, DealAction::MarkWon, open, d.status);
            else if (endAction == QLatin1String("lost"))
                event(row, last, d.cam, DealAction::MarkLost, open, d.status, pick(r, texts().lostReasons[int(lang)]));
        }
        return row;
    }

    RegState pickRegState(Rng& r) const
    {
        static constexpr RegState states[] = { RegState::Draft,    RegState::Submitted, RegState::UnderReview,
                                               RegState::PendingApproval, RegState::Approved, RegState::Rejected,
                                               RegState::Duplicate, RegState::Expired,  RegState::Inactive,
                                               RegState::Canceled, RegState::Withdrawn };
        // Withdrawn takes two fifths of what canceled had, so every other state's draws stay as they were.
        return states[weighted(r, { 8, 8, 7, 6, 24, 7, 3, 9, 3, 3, 2 })];
    }

    void remember(int customer, int partner, int product)
    {
        recent[recentCount % recent.size()] = Recent { customer, partner, product };
        ++recentCount;
    }

    /// Makes unit `unit`: one registration, one direct opportunity, or a converted registration and its opportunity
    /// (`room` deals may still be written).
    int makeUnit(qint64 unit, qint64 room, std::array<Row, 2>& out)
    {
        Rng r = rngFor(seed, unit, UnitStream);
        int kind = weighted(r, { 55, 20, 20 }); // registration, converted pair, direct opportunity
        if (kind == 1 && room < 2)
            kind = 0;
        if (kind == 2) {
            out[0] = makeOpportunity(r, pickPartner(r), nullptr, 0);
            return 1;
        }
        if (kind == 1) {
            const int partner = pickPartner(r);
            const int customer = pickCustomer(r, partners.at(partner));
            out[0] = makeRegistration(r, RegState::Converted, partner, customer, -1, r.percent(20), &out[1]);
            out[0].linked = &out[1];
            out[1].linked = &out[0];
            return 2;
        }
        RegState state = pickRegState(r);
        // Deliberate conflicts: another partner registers a recent registration's customer and one of its products,
        // sometimes under the trading name. Marked duplicates are such repeats too.
        const bool repeat = recentCount > 0 && ((isActive(state) && r.percent(4)) || state == RegState::Duplicate);
        int partner = pickPartner(r);
        int customer;
        int mustInclude = -1;
        bool trading = r.percent(20);
        if (repeat) {
            const Recent& earlier = recent[r.below(static_cast<quint32>(qMin<int>(recentCount, int(recent.size()))))];
            for (int tries = 0; tries < 8 && partner == earlier.partner && partners.size() > 1; ++tries)
                partner = pickPartner(r);
            customer = earlier.customer;
            mustInclude = earlier.product;
            trading = r.percent(35);
            if (isActive(state) && partner != earlier.partner)
                ++q.m_conflicts;
        } else {
            customer = pickCustomer(r, partners.at(partner));
        }
        out[0] = makeRegistration(r, state, partner, customer, mustInclude, trading, nullptr);
        if (isActive(state) && !out[0].products.isEmpty())
            remember(customer, partner, out[0].products.at(r.below(static_cast<quint32>(out[0].products.size()))));
        return 1;
    }

    // -------------------------------------------------------------------------------------------------------------
    // Writing: the producing thread encodes rows into batches (encode*), the calling thread binds and steps them
    // (write*). Each side costs about the same per deal, so on two cores the load takes about half as long.

    bool fastLocal = false;    ///< localColumns() keys are the three known ones: assemble them from cached pieces
    qint64 localChecks = 0;

    static QString joinedWords(const QString& text) { return TextFold::words(text).join(QLatin1Char(' ')); }

    /// DealRepository::localColumns(deal, partner name), in key order. The repository's
    /// function costs ~10 µs a deal (folding and parsing the same customer and partner names again and again), so
    /// the pieces are computed once per customer and partner: search_text is the folded words of "number customer
    /// partner city", and words never span the spaces between them. Every 1024th deal is checked against the real
    /// function; on any difference the generator uses the real function from then on.
    QVarLengthArray<QVariant, 4> localValues(const Row& row)
    {
        QVarLengthArray<QVariant, 4> values;
        const Deal& d = row.deal;
        PartnerInfo& partner = partners[row.partner];
        if (fastLocal) {
            Customer& c = customers[static_cast<std::size_t>(row.customer)];
            if (!c.keysReady) {
                c.legalKey = CompanyName::key(c.legalName);
                c.tradingKey = CompanyName::key(c.tradingName);
                c.legalWords = joinedWords(c.legalName);
                c.tradingWords = joinedWords(c.tradingName);
                c.cityWords = joinedWords(c.city);
                c.keysReady = true;
            }
            if (!partner.wordsReady) {
                partner.nameWords = joinedWords(partner.name);
                partner.wordsReady = true;
            }
            QString search = joinedWords(d.number);
            for (const QString* part : { row.trading ? &c.tradingWords : &c.legalWords, &partner.nameWords, &c.cityWords }) {
                if (!part->isEmpty()) {
                    if (!search.isEmpty())
                        search.append(QLatin1Char(' '));
                    search.append(*part);
                }
            }
            QString host = DealRepository::customerHost(d);
            if (host.isNull())
                host = QStringLiteral("");
            QString key = row.trading ? c.tradingKey : c.legalKey;
            if (key.isNull())
                key = QStringLiteral("");
            if ((localChecks++ % 1024) != 0) {
                values.append(host);
                values.append(key);
                values.append(search);
                return values;
            }
            const QVariantMap real = DealRepository::localColumns(d, partner.name);
            if (real.value(QStringLiteral("customer_host")) == QVariant(host)
                && real.value(QStringLiteral("customer_key")) == QVariant(key)
                && real.value(QStringLiteral("search_text")) == QVariant(search)) {
                for (auto it = real.cbegin(); it != real.cend(); ++it)
                    values.append(it.value());
                return values;
            }
            qCWarning(lcTools) << "Deal local columns assembled from pieces differ from DealRepository::localColumns"
                               << "for" << d.number << "; using the repository's function from now on";
            fastLocal = false;
        }
        const QVariantMap real = DealRepository::localColumns(d, partner.name);
        for (auto it = real.cbegin(); it != real.cend(); ++it)
            values.append(it.value());
        return values;
    }
    Status prepareStatements()
    {
        localKeys = DealRepository::localColumns(Deal {}, QString()).keys();
        fastLocal = localKeys == QStringList { QStringLiteral("customer_host"), QStringLiteral("customer_key"),
                                               QStringLiteral("search_text") };
        QStringList columns { QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at") };
        fieldKinds.clear();
        for (const DealFieldDef& field : dealFields()) {
            const QLatin1String column(field.column);
            columns.append(column);
            Fast kind = Fast::Generic;
            if (column == QLatin1String("expected_close"))
                kind = Fast::ExpectedClose;
            else if (column == QLatin1String("submitted_at"))
                kind = Fast::SubmittedAt;
            else if (column == QLatin1String("decided_at"))
                kind = Fast::DecidedAt;
            else if (column == QLatin1String("expires_on"))
                kind = Fast::ExpiresOn;
            else if (column == QLatin1String("extension_requested_to"))
                kind = Fast::ExtensionRequestedTo;
            else if (column == QLatin1String("line_items"))
                kind = Fast::LineItems;
            fieldKinds.append(kind);
        }
        columns += localKeys; // names from DealRepository::localColumns(), never from input
        if (Status s = prepare(&dealInsert, insertSql(QStringLiteral("deal"), columns)); !s)
            return s;
        if (FillProductsDirectly) {
            if (Status s = prepare(&productInsert,
                                   QStringLiteral("INSERT INTO deal_product(deal_local_id, product) VALUES (?, ?)"));
                !s)
                return s;
        }
        if (q.m_withEvents) {
            QStringList eventColumns { QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at") };
            for (const DealEventFieldDef& field : dealEventFields())
                eventColumns.append(QString::fromLatin1(field.column));
            if (Status s = prepare(&eventInsert, insertSql(QStringLiteral("deal_event"), eventColumns)); !s)
                return s;
        }
        outboxNow = Timestamp::nowUtc().toUtf8();
        emptyJson = RecordWriter::outboxJson({}).toUtf8();
        return {};
    }

    void nullableText(Batch& batch, const QString& text)
    {
        if (text.isEmpty())
            batch.null();
        else
            batch.text(text, encoder);
    }

    void encodeRow(Batch& batch, Row& row)
    {
        const Deal& d = row.deal;
        row.created = timestampText(row.createdMs);
        row.updated = row.updatedMs == row.createdMs ? row.created : timestampText(row.updatedMs);

        batch.beginOp(Op::DealRow, d.isRegistration());
        batch.blob(d.id);
        batch.text(row.created, encoder);
        batch.text(row.updated, encoder);
        const QList<DealFieldDef>& fields = dealFields();
        for (qsizetype i = 0; i < fields.size(); ++i) {
            switch (fieldKinds.at(i)) {
            case Fast::Generic: batch.value(fields.at(i).get(d), encoder); break;
            case Fast::ExpectedClose: nullableText(batch, row.expectedClose); break;
            case Fast::SubmittedAt: nullableText(batch, row.submittedAt); break;
            case Fast::DecidedAt: nullableText(batch, row.decidedAt); break;
            case Fast::ExpiresOn: nullableText(batch, row.expiresOn); break;
            case Fast::ExtensionRequestedTo: nullableText(batch, row.extensionRequestedTo); break;
            case Fast::LineItems: batch.text(row.lineItems, encoder); break;
            }
        }
        for (const QVariant& value : localValues(row))
            batch.value(value, encoder);
        batch.endOp();

        if (FillProductsDirectly) {
            for (int p : std::as_const(row.products)) {
                batch.beginOp(Op::ProductRow);
                batch.lastDeal();
                batch.text(products.at(p).code, encoder);
                batch.endOp();
            }
        }
        if (q.m_recordOutbox)
            encodeOutbox(batch, dealEntity, d.id, DealRepository::syncedColumns(d));
        for (qsizetype i = 0; i < row.events.size(); ++i)
            encodeEvent(batch, row, row.events.at(i), static_cast<quint64>(i));
    }

    void encodeEvent(Batch& batch, const Row& row, const PendingEvent& pending, quint64 position)
    {
        DealEvent e;
        // Random bits from the deal's own id and the event's position: unique and reproducible.
        Rng r { mix64(qFromBigEndian<quint64>(row.deal.id.constData() + 8) + position * Golden) };
        e.id = Uuid::createV7(pending.at, r.next(), r.next());
        e.partnerId = row.deal.partnerId;
        e.dealId = row.deal.id;
        e.at = timeOf(pending.at);
        e.actor = pending.actor;
        e.action = pending.action;
        e.fromStatus = pending.from;
        e.toStatus = pending.to;
        e.reason = pending.reason;
        // The detail DealRepository writes for the same action.
        QJsonObject detail;
        switch (pending.detail) {
        case Detail::None: break;
        case Detail::Create:
            detail.insert(QStringLiteral("number"), row.deal.number);
            if (!row.deal.isRegistration() && row.linked) {
                detail.insert(QStringLiteral("registration"), row.linked->deal.number);
                detail.insert(QStringLiteral("registration_id"), Uuid::toString(row.linked->deal.id));
            }
            break;
        case Detail::ExpiresOn: detail.insert(QStringLiteral("expires_on"), pending.value); break;
        case Detail::Extension:
            detail.insert(QStringLiteral("expires_on"), pending.value);
            detail.insert(QStringLiteral("requested_to"), pending.value2);
            break;
        case Detail::Opportunity:
            if (row.linked) {
                detail.insert(QStringLiteral("opportunity"), row.linked->deal.number);
                detail.insert(QStringLiteral("opportunity_id"), Uuid::toString(row.linked->deal.id));
            }
            break;
        }
        if (!detail.isEmpty())
            e.detail = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
        const QString stamp = timestampText(pending.at);
        batch.beginOp(Op::EventRow);
        batch.blob(e.id);
        batch.text(stamp, encoder);
        batch.text(stamp, encoder);
        for (const DealEventFieldDef& field : dealEventFields()) {
            if (qstrcmp(field.column, "at") == 0)
                batch.text(stamp, encoder);
            else
                batch.value(field.get(e), encoder);
        }
        batch.endOp();
        if (q.m_recordOutbox) {
            QVariantMap synced;
            for (const DealEventFieldDef& field : dealEventFields())
                synced.insert(QString::fromLatin1(field.column), field.get(e));
            encodeOutbox(batch, eventEntity, e.id, synced);
        }
    }

    /// The 'create' entry RecordWriter::insert appends (columns idem_key, entity, row_id, fields).
    void encodeOutbox(Batch& batch, const QString& entity, const QByteArray& id, const QVariantMap& fields)
    {
        batch.beginOp(Op::OutboxEntry);
        batch.blob(Uuid::createV7());
        batch.text(entity, encoder);
        batch.blob(id);
        batch.utf8(RecordWriter::outboxJson(fields).toUtf8());
        batch.endOp();
    }

    Status writeBatch(const Batch& batch)
    {
        qint64 lastDeal = 0;
        for (const Op& op : batch.ops) {
            sqlite3_stmt* statement = nullptr;
            switch (op.target) {
            case Op::DealRow: statement = dealInsert; break;
            case Op::ProductRow: statement = productInsert; break;
            case Op::EventRow: statement = eventInsert; break;
            case Op::OutboxEntry:
                pendingOutbox.push_back(&op);
                if (pendingOutbox.size() >= OutboxBatch) {
                    if (Status s = flushOutbox(batch); !s)
                        return s;
                }
                continue;
            }
            int rc = bindCells(statement, 1, batch, op.first, op.count, lastDeal);
            if (rc != SQLITE_OK)
                return sqliteError(handle, rc, QStringLiteral("binding a generated row"));
            rc = sqlite3_step(statement);
            sqlite3_reset(statement);
            if (rc != SQLITE_DONE)
                return sqliteError(handle, rc, op.target == Op::DealRow ? QStringLiteral("inserting a deal")
                                       : op.target == Op::ProductRow ? QStringLiteral("inserting deal products")
                                                                     : QStringLiteral("inserting a deal event"));
            switch (op.target) {
            case Op::DealRow:
                lastDeal = sqlite3_last_insert_rowid(handle);
                ++q.m_deals;
                if (op.registration)
                    ++q.m_registrations;
                break;
            case Op::EventRow: ++q.m_events; break;
            default: break;
            }
        }
        // Outbox cells live in this batch: write what is left before it is reused.
        return flushOutbox(batch);
    }

    // The 'create' entries, a batch per statement as BulkLoader writes them.
    Status flushOutbox(const Batch& batch)
    {
        const int count = static_cast<int>(pendingOutbox.size());
        if (count == 0)
            return {};
        sqlite3_stmt* statement = count == OutboxBatch ? outboxInsert : nullptr;
        if (!statement) {
            QString sql = QStringLiteral("INSERT INTO sync_outbox (idem_key, entity, row_id, op, fields, base_values, "
                                         "base_version, schema_version, created_at) VALUES ");
            for (int i = 0; i < count; ++i)
                sql += (i ? QStringLiteral(",") : QString()) + QStringLiteral("(?, ?, ?, 'create', ?, ?, NULL, ?, ?)");
            if (Status s = prepare(&statement, sql); !s)
                return s;
            if (count == OutboxBatch)
                outboxInsert = statement;
        }
        const int schemaVersion = Database::currentSchemaVersion();
        int rc = SQLITE_OK;
        int index = 1;
        for (const Op* op : pendingOutbox) {
            rc |= bindCells(statement, index, batch, op->first, 3, 0); // idem_key, entity, row_id
            rc |= bindCells(statement, index + 3, batch, op->first + 3, 1, 0); // fields
            rc |= sqlite3_bind_text(statement, index + 4, emptyJson.constData(), int(emptyJson.size()), SQLITE_STATIC);
            rc |= sqlite3_bind_int64(statement, index + 5, schemaVersion);
            rc |= sqlite3_bind_text(statement, index + 6, outboxNow.constData(), int(outboxNow.size()), SQLITE_STATIC);
            index += 7;
        }
        if (rc == SQLITE_OK)
            rc = sqlite3_step(statement);
        else
            rc = SQLITE_MISUSE;
        sqlite3_reset(statement);
        if (statement != outboxInsert)
            sqlite3_finalize(statement);
        pendingOutbox.clear();
        if (rc != SQLITE_DONE)
            return sqliteError(handle, rc, QStringLiteral("appending outbox entries"));
        return {};
    }

    /// Drops the explicit indexes of the tables written (not the UNIQUE constraints' own) and, when the generator
    /// fills deal_product itself, the trigger that would fill it again.
    /// Indexes whose keys arrive in ascending order anyway (a few distinct values, then the new row's local id; or
    /// the local id first): kept up to date row by row on the writing thread, where they cost less than a rebuild,
    /// which scans the whole table. Measured in the sqlite3 shell with 1,000,000 deals: three such indexes add 2.4 s
    /// to the inserts, and take 5.6 s to build afterwards. (Names from migration step 5; a renamed one is deferred.)
    static const QStringList& keptLive()
    {
        static const QStringList names { QStringLiteral("deal_by_status"), QStringLiteral("deal_sort_stage"),
                                         QStringLiteral("deal_sort_cam") };
        return names;
    }

    Status dropDeferred(bool indexes)
    {
        deferred.clear();
        QStringList tables { QStringLiteral("'deal'"), QStringLiteral("'deal_product'") };
        if (q.m_withEvents)
            tables.append(QStringLiteral("'deal_event'"));
        if (q.m_recordOutbox)
            tables.append(QStringLiteral("'sync_outbox'"));
        QString sql = QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND (");
        sql += indexes ? QStringLiteral("(type = 'index' AND tbl_name IN (%1)) OR ").arg(tables.join(QLatin1Char(',')))
                       : QString();
        sql += FillProductsDirectly ? QStringLiteral("(type = 'trigger' AND name = 'deal_product_insert')")
                                    : QStringLiteral("0");
        sql += QStringLiteral(") ORDER BY type, name");
        sqlite3_stmt* statement = nullptr;
        if (Status s = prepare(&statement, sql); !s)
            return s;
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            Deferred object { columnText(statement, 0), columnText(statement, 1), columnText(statement, 2) };
            if (object.type != QLatin1String("index") || !keptLive().contains(object.name))
                deferred.append(std::move(object));
        }
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE)
            return sqliteError(handle, rc, QStringLiteral("reading the schema"));
        for (const Deferred& object : std::as_const(deferred)) {
            QString name = object.name;
            name.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            if (Status s = exec(QStringLiteral("DROP ") + object.type.toUpper() + QStringLiteral(" \"") + name
                                + QLatin1Char('"'));
                !s)
                return s;
        }
        return {};
    }

    Status restoreDeferred()
    {
        for (const Deferred& object : std::as_const(deferred)) {
            QElapsedTimer timer;
            timer.start();
            if (Status s = exec(object.sql); !s)
                return s;
            qCDebug(lcTools) << "recreated" << object.name << "in" << timer.elapsed() << "ms";
        }
        deferred.clear();
        return {};
    }

    Status setCacheSize(qint64 deals)
    {
        sqlite3_stmt* statement = nullptr;
        if (Status s = prepare(&statement, QStringLiteral("PRAGMA cache_size")); !s)
            return s;
        if (sqlite3_step(statement) == SQLITE_ROW)
            savedCacheSize = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return exec(QStringLiteral("PRAGMA cache_size=-%1").arg(std::clamp(deals, MinLoadCacheKiB, MaxLoadCacheKiB)));
    }

    /// The text a pragma (or a one-value query) returns, empty on any error: callers treat that as "no".
    QString pragma(const QString& sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(handle, utf8.constData(), static_cast<int>(utf8.size()), &statement, nullptr) != SQLITE_OK) {
            sqlite3_finalize(statement);
            return {};
        }
        QString value;
        if (sqlite3_step(statement) == SQLITE_ROW)
            value = columnText(statement, 0);
        sqlite3_finalize(statement);
        return value;
    }

    void restoreCacheSize()
    {
        if (savedCacheSize != 0) {
            const QByteArray pragma = "PRAGMA cache_size=" + QByteArray::number(savedCacheSize);
            sqlite3_exec(handle, pragma.constData(), nullptr, nullptr, nullptr);
            savedCacheSize = 0;
        }
    }
};

// =================================================================================================================

DealGenerator::DealGenerator(Database& db, quint64 seed)
    : m_db(db)
    , m_seed(seed)
{
}

DealGenerator::~DealGenerator() = default;

Status DealGenerator::generate(qint64 count)
{
    m_deals = m_registrations = m_events = m_conflicts = 0;
    m_prepareMs = m_insertMs = m_indexMs = m_commitMs = 0;
    if (count <= 0)
        return {};
    if (!m_db.handle())
        return Error::storage(GeneratorTr::tr("The database is not open."), QStringLiteral("no sqlite3 handle"));

    QElapsedTimer timer;
    timer.start();
    Impl impl(*this, m_db, m_seed);
    const QDate reference = m_referenceDay.isValid() ? m_referenceDay : QDate::currentDate();
    impl.today = reference.toJulianDay() - EpochJulianDay;
    impl.horizonMs = impl.today * MsPerDay;

    // A big load into a database this connection has to itself (a benchmark or demo database being made) is
    // written with a rollback journal instead of the WAL: pages new in the transaction need no journal, so each
    // is written once, into the database file, instead of into the WAL and again at the checkpoint. Measured with
    // 1,000,000 deals: commit and checkpoint 10-17 s with the WAL, 2-4 s without. While another connection has the
    // file open, or inside a caller's transaction, the pragma cannot switch and the load stays in WAL mode. WAL is
    // back before generate() returns (and Database::open sets it anyway).
    bool rollbackJournal = false;
    if (count >= BigLoad && impl.pragma(QStringLiteral("PRAGMA journal_mode")) == QLatin1String("wal")) {
        const QString existing = impl.pragma(QStringLiteral("SELECT count(*) FROM deal"));
        if (!existing.isEmpty() && count >= existing.toLongLong())
            rollbackJournal = impl.pragma(QStringLiteral("PRAGMA journal_mode=DELETE")) == QLatin1String("delete");
        qCDebug(lcTools) << "deal load with" << (rollbackJournal ? "a rollback journal" : "the WAL");
    }
    const auto restoreJournal = [&] {
        if (rollbackJournal && impl.pragma(QStringLiteral("PRAGMA journal_mode=WAL")) != QLatin1String("wal"))
            qCWarning(lcTools) << "Could not switch the database back to WAL mode after generating deals";
        rollbackJournal = false;
    };

    // One transaction from the start: partners, stored numbers and the catalogue are read under the write lock,
    // so nothing changes between reading them and writing deals that refer to them.
    Transaction transaction(m_db);
    if (!transaction.begun()) {
        restoreJournal();
        return transaction.begun();
    }
    const auto fail = [&](const Status& status) {
        m_deals = m_registrations = m_events = m_conflicts = 0; // nothing is kept
        impl.finalize();
        transaction.rollback();
        impl.restoreCacheSize();
        restoreJournal();
        return status;
    };
    if (Status s = impl.loadSettings(); !s)
        return fail(s);
    if (Status s = impl.loadPartners(); !s)
        return fail(s);
    if (Status s = impl.loadExisting(); !s)
        return fail(s);
    // Line-item JSON is assembled from pieces: check once that it is what lineItemsToJson writes.
    {
        QList<DealLineItem> lines;
        QList<int> chosen;
        for (int p = 0; p < impl.products.size(); ++p) {
            lines.append(DealLineItem { impl.products.at(p).code, impl.products.at(p).name, 12, 345678 });
            chosen.append(p);
        }
        if (impl.lineJson(lines, chosen) != lineItemsToJson(lines)) {
            return fail(Error { Error::Code::InvalidArgument,
                                GeneratorTr::tr("Deal line items could not be written in the stored format."),
                                impl.lineJson(lines, chosen).left(200), {} });
        }
    }
    impl.makeCustomers(count);
    (void)salesStages(); // built (and translated) here, not first on the producing thread
    const qint64 firstUnit = impl.ordinal; // unit streams continue after earlier runs, like the ordinals
    const bool defer = m_deferIndexes >= 0 ? m_deferIndexes == 1 : count >= impl.ordinal;
    if (Status s = impl.setCacheSize(count); !s)
        return fail(s);
    if (Status s = impl.dropDeferred(defer); !s)
        return fail(s);
    if (Status s = impl.prepareStatements(); !s)
        return fail(s);
    m_prepareMs = timer.restart();

    // Producer: makes and encodes deals in batches on a thread of its own. Consumer (this thread, which owns the
    // connection): binds and steps them. At most a few batches wait, so memory stays flat.
    struct Pipe
    {
        std::mutex mutex;
        std::condition_variable changed;
        std::deque<std::unique_ptr<Batch>> full;
        std::vector<std::unique_ptr<Batch>> spare;
        bool done = false;
        bool stop = false;
    } pipe;
    std::atomic<qint64> producerCpuMs { 0 };
    const qint64 writerCpuBefore = threadCpuMs();
    std::thread producer([&] {
        const qint64 cpuBefore = threadCpuMs();
        std::array<Row, 2> rows;
        qint64 unit = firstUnit;
        qint64 made = 0;
        while (made < count) {
            std::unique_ptr<Batch> batch;
            {
                std::unique_lock lock(pipe.mutex);
                pipe.changed.wait(lock, [&] { return pipe.stop || pipe.full.size() < BatchesInFlight; });
                if (pipe.stop)
                    break;
                if (!pipe.spare.empty()) {
                    batch = std::move(pipe.spare.back());
                    pipe.spare.pop_back();
                }
            }
            if (!batch)
                batch = std::make_unique<Batch>();
            batch->clear();
            for (qint64 inBatch = 0; made < count && inBatch < DealsPerBatch;) {
                const int n = impl.makeUnit(unit++, count - made, rows);
                for (int i = 0; i < n; ++i)
                    impl.encodeRow(*batch, rows[i]);
                made += n;
                inBatch += n;
            }
            std::lock_guard lock(pipe.mutex);
            pipe.full.push_back(std::move(batch));
            pipe.changed.notify_all();
        }
        producerCpuMs = threadCpuMs() - cpuBefore;
        std::lock_guard lock(pipe.mutex);
        pipe.done = true;
        pipe.changed.notify_all();
    });
    Status written;
    qint64 nextReport = ProgressEvery;
    for (;;) {
        std::unique_ptr<Batch> batch;
        {
            std::unique_lock lock(pipe.mutex);
            pipe.changed.wait(lock, [&] { return pipe.done || !pipe.full.empty(); });
            if (pipe.full.empty())
                break;
            batch = std::move(pipe.full.front());
            pipe.full.pop_front();
            pipe.changed.notify_all();
        }
        written = impl.writeBatch(*batch);
        if (written && m_progress && m_deals >= nextReport) {
            nextReport = (m_deals / ProgressEvery + 1) * ProgressEvery;
            if (!m_progress(m_deals, count))
                written = Error { Error::Code::Cancelled, GeneratorTr::tr("Cancelled."), {}, {} };
        }
        std::lock_guard lock(pipe.mutex);
        if (!written) {
            pipe.stop = true;
            pipe.changed.notify_all();
            break;
        }
        pipe.spare.push_back(std::move(batch));
    }
    producer.join();
    if (!written)
        return fail(written);
    impl.finalize();
    m_insertMs = timer.restart();
    const qint64 writerCpuMs = threadCpuMs() - writerCpuBefore;
    if (Status s = impl.restoreDeferred(); !s)
        return fail(s);
    m_indexMs = timer.restart();
    if (Status s = transaction.commit(); !s)
        return fail(s);
    impl.restoreCacheSize();
    restoreJournal();
    m_commitMs = timer.restart();
    if (m_progress)
        m_progress(m_deals, count);
    qCInfo(lcTools) << "Generated" << m_deals << "deals (" << m_registrations << "registrations," << m_events
                    << "events," << m_conflicts << "planted conflicts): prepare" << m_prepareMs << "ms, insert"
                    << m_insertMs << "ms (CPU: making rows" << producerCpuMs.load() << "ms, writing them" << writerCpuMs
                    << "ms), indexes" << m_indexMs << "ms, commit" << m_commitMs << "ms";
    return {};
}

} // namespace ChannelDesk
