#include "MdfExporter.h"

#include "common/Logging.h"
#include "common/Money.h"
#include "csv/CsvWriter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>

#include <sqlite3.h>

#include <charconv>

namespace ChannelDesk {

namespace {

struct ExporterTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::MdfExporter)
};

enum class Kind {
    Text,  ///< anything stored as text (names, codes, dates): quoted as needed, neutralised when asked
    Money, ///< integer minor units in the row's currency → "1234.50"
    Basis, ///< basis points → percent with two decimals ("33.33")
    Id,    ///< 16-byte UUID → canonical text
};

struct Column
{
    const char* header;
    const char* sql;
    Kind kind;
};

// Every column the file has, in order. Sub-selects are per row primary-key lookups, paid only while writing.
const QList<Column>& requestColumns()
{
    static const QList<Column> columns {
        { "Number", "r.number", Kind::Text },
        { "Title", "r.title", Kind::Text },
        { "Partner", "(SELECT name FROM partner WHERE partner.id = r.partner_id)", Kind::Text },
        { "Budget", "(SELECT xb.name FROM mdf_allocation xa JOIN mdf_budget xb ON xb.id = xa.budget_id "
                    "WHERE xa.id = r.allocation_id)", Kind::Text },
        { "Allocation period", "(SELECT xa.period FROM mdf_allocation xa WHERE xa.id = r.allocation_id)", Kind::Text },
        { "Activity type", "r.activity_type", Kind::Text },
        { "Campaign", "r.campaign", Kind::Text },
        { "Start date", "r.start_date", Kind::Text },
        { "End date", "r.end_date", Kind::Text },
        { "Status", "r.status", Kind::Text },
        { "Currency", "r.currency", Kind::Text },
        { "Requested", "r.requested_minor", Kind::Money },
        { "Approved", "r.approved_minor", Kind::Money },
        { "Vendor share %", "r.vendor_share_bp", Kind::Basis },
        // MDF-07/09: what claims may reach, approved × share rounded down (mdfShareOf).
        { "Claim cap", "CASE WHEN r.approved_minor IS NULL THEN NULL "
                       "ELSE r.approved_minor * ifnull(r.vendor_share_bp, 0) / 10000 END", Kind::Money },
        { "Claimed", "r.claimed_minor", Kind::Money },
        { "Claims approved", "r.claims_approved_minor", Kind::Money },
        { "Paid", "r.paid_minor", Kind::Money },
        { "Approver", "r.approver", Kind::Text },
        { "Submitted at", "r.submitted_at", Kind::Text },
        { "Decided at", "r.decided_at", Kind::Text },
        { "Claim deadline", "r.claim_deadline", Kind::Text },
        { "Description", "r.description", Kind::Text },
        { "Expected outcome", "r.expected_outcome", Kind::Text },
        { "ID", "r.id", Kind::Id },
        { "Allocation ID", "r.allocation_id", Kind::Id },
        { "Partner ID", "r.partner_id", Kind::Id },
    };
    return columns;
}

const QList<Column>& claimColumns()
{
    static const QList<Column> columns {
        { "Number", "c.number", Kind::Text },
        { "Title", "c.title", Kind::Text },
        { "Request", "(SELECT xr.number FROM mdf_request xr WHERE xr.id = c.request_id)", Kind::Text },
        { "Request title", "(SELECT xr.title FROM mdf_request xr WHERE xr.id = c.request_id)", Kind::Text },
        { "Partner", "(SELECT name FROM partner WHERE partner.id = c.partner_id)", Kind::Text },
        { "Status", "c.status", Kind::Text },
        { "Currency", "c.currency", Kind::Text },
        { "Claimed", "c.amount_minor", Kind::Money },
        { "Approved", "c.approved_minor", Kind::Money },
        { "Paid", "c.paid_minor", Kind::Money },
        // MDF-11: what is still owed on an approved claim.
        { "Outstanding", "CASE WHEN c.approved_minor IS NULL OR c.status NOT IN ('approved', 'partially_paid', 'paid') "
                         "THEN NULL ELSE c.approved_minor - c.paid_minor END", Kind::Money },
        { "Approver", "c.approver", Kind::Text },
        { "Submitted at", "c.submitted_at", Kind::Text },
        { "Decided at", "c.decided_at", Kind::Text },
        { "ID", "c.id", Kind::Id },
        { "Request ID", "c.request_id", Kind::Id },
        { "Partner ID", "c.partner_id", Kind::Id },
    };
    return columns;
}

QStringList headersOf(const QList<Column>& columns)
{
    QStringList headers;
    for (const Column& column : columns)
        headers.append(QString::fromLatin1(column.header));
    return headers;
}

/// A prepared statement finalised on every path.
struct Statement
{
    sqlite3_stmt* handle = nullptr;
    ~Statement() { sqlite3_finalize(handle); }
};

int prepare(sqlite3* db, Statement& statement, const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    return sqlite3_prepare_v2(db, utf8.constData(), static_cast<int>(utf8.size()), &statement.handle, nullptr);
}

int bindAll(sqlite3_stmt* statement, const QVariantList& binds)
{
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant& value = binds.at(i);
        int rc = SQLITE_OK;
        switch (value.typeId()) {
        case QMetaType::QByteArray: { // ids are blobs: bound as text they would match nothing
            const QByteArray bytes = value.toByteArray();
            rc = sqlite3_bind_blob(statement, i + 1, bytes.constData(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
            break;
        }
        case QMetaType::Int:
        case QMetaType::LongLong:
            rc = sqlite3_bind_int64(statement, i + 1, value.toLongLong());
            break;
        default: {
            const QByteArray text = value.toString().toUtf8();
            rc = sqlite3_bind_text(statement, i + 1, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
        }
        }
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

QByteArrayView textAt(sqlite3_stmt* statement, int index)
{
    // text() before bytes(), as SQLite documents, so the length is that of the UTF-8 form.
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, index));
    return QByteArrayView(text, text ? sqlite3_column_bytes(statement, index) : 0);
}

/// "-1234.50": `digits` decimals, no grouping, a dot (Money::toPlainString, written straight into the buffer).
void writeDecimal(Csv::CsvWriter& writer, qint64 minor, int digits)
{
    char text[48];
    char* out = text;
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(minor) : static_cast<quint64>(minor);
    quint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    if (negative)
        *out++ = '-';
    out = std::to_chars(out, text + sizeof text, magnitude / scale).ptr;
    if (digits > 0) {
        *out++ = '.';
        quint64 fraction = magnitude % scale;
        for (int i = digits - 1; i >= 0; --i) {
            out[i] = static_cast<char>('0' + fraction % 10);
            fraction /= 10;
        }
        out += digits;
    }
    writer.plainField(QByteArrayView(text, out - text));
}

void writeId(Csv::CsvWriter& writer, sqlite3_stmt* row, int index)
{
    const auto* raw = static_cast<const unsigned char*>(sqlite3_column_blob(row, index));
    if (!raw || sqlite3_column_bytes(row, index) != 16) {
        writer.plainField({});
        return;
    }
    static const char hex[] = "0123456789abcdef";
    char* out = writer.plainFieldBuffer(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *out++ = '-';
        *out++ = hex[raw[i] >> 4];
        *out++ = hex[raw[i] & 0xF];
    }
}

/// The minor-unit digits of a currency, looked up in ICU once per currency.
class CurrencyDigits
{
public:
    int operator()(QByteArrayView code)
    {
        if (code == m_lastCode)
            return m_lastDigits;
        m_lastCode = code.toByteArray();
        auto it = m_digits.constFind(m_lastCode);
        if (it == m_digits.constEnd())
            it = m_digits.insert(m_lastCode, qMax(0, Money::minorDigits(QString::fromUtf8(m_lastCode))));
        m_lastDigits = it.value();
        return m_lastDigits;
    }

private:
    QHash<QByteArray, int> m_digits;
    QByteArray m_lastCode;
    int m_lastDigits = 0;
};

/// One snapshot for the count and the rows; inside a transaction the caller already holds, that one is used.
class ReadTransaction
{
public:
    explicit ReadTransaction(sqlite3* db) : m_db(db)
    {
        if (sqlite3_get_autocommit(db))
            m_open = sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~ReadTransaction()
    {
        if (m_open)
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }

private:
    sqlite3* m_db;
    bool m_open = false;
};

Error storageError(sqlite3* handle, const QString& what)
{
    const QString detail = QString::fromUtf8(sqlite3_errmsg(handle)) + QStringLiteral(" [") + what + QLatin1Char(']');
    qCWarning(lcMdf).noquote() << "MDF export failed:" << detail;
    return Error::storage(ExporterTr::tr("The records could not be read from the database; no file was written."),
                          detail);
}

Error cancelled()
{
    return Error { Error::Code::Cancelled, ExporterTr::tr("The export was cancelled; no file was written."), {}, {} };
}

Result<MdfExportResult> run(Database& database, const QString& path, const MdfSql& sql, const QString& alias,
                            const QList<Column>& columns, const MdfExportFormat& format,
                            const MdfExporter::Progress& progress, const std::atomic_bool* cancel)
{
    const bool unicodeText = format.profile == Csv::ExportOptions::Profile::UnicodeText;
    const QChar delimiter = unicodeText ? QChar(u'\t') : format.delimiter;
    if (delimiter != u',' && delimiter != u';' && delimiter != u'|' && delimiter != u'\t')
        return Error { Error::Code::InvalidArgument,
                       ExporterTr::tr("The delimiter must be a comma, a semicolon, a tab or a vertical bar."), {}, {} };

    sqlite3* db = database.handle();
    if (!db)
        return Error::storage(ExporterTr::tr("The database is not open."), QStringLiteral("no sqlite3 handle"));
    ReadTransaction transaction(db);

    qint64 total = 0;
    {
        Statement count;
        if (prepare(db, count, QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(sql.from, sql.where)) != SQLITE_OK
            || bindAll(count.handle, sql.values) != SQLITE_OK || sqlite3_step(count.handle) != SQLITE_ROW)
            return storageError(db, QStringLiteral("count"));
        total = sqlite3_column_int64(count.handle, 0);
    }

    QStringList select;
    for (const Column& column : columns)
        select.append(QString::fromLatin1(column.sql));
    const int currencyIndex = static_cast<int>(select.size());
    select.append(alias + QStringLiteral(".currency"));
    Statement rows;
    if (prepare(db, rows,
                QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4")
                    .arg(select.join(QStringLiteral(", ")), sql.from, sql.where, sql.orderBy))
            != SQLITE_OK
        || bindAll(rows.handle, sql.values) != SQLITE_OK)
        return storageError(db, QStringLiteral("select"));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { Error::Code::Io, ExporterTr::tr("“%1” cannot be written: %2").arg(path, file.errorString()), {},
                       {} };
    Csv::CsvWriter writer(file, static_cast<char>(delimiter.unicode()),
                          unicodeText ? Csv::CsvWriter::Output::Utf16LE : Csv::CsvWriter::Output::Utf8);
    // Never a sep= line: with one, Excel ignores the BOM and reads the file as ANSI.
    if (format.profile != Csv::ExportOptions::Profile::Utf8)
        writer.writeBom();
    for (const Column& column : columns)
        writer.field(QByteArrayView(column.header), false);
    writer.endRecord();

    auto writeFailed = [&file, &path] {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error { Error::Code::Io, ExporterTr::tr("“%1” could not be written: %2").arg(path, reason), {}, {} };
    };

    MdfExportResult result;
    CurrencyDigits currencyDigits;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(rows.handle)) == SQLITE_ROW) {
        sqlite3_stmt* row = rows.handle;
        for (int i = 0; i < columns.size(); ++i) {
            switch (columns.at(i).kind) {
            case Kind::Text:
                writer.field(textAt(row, i), format.neutraliseFormulas);
                break;
            case Kind::Money:
                if (sqlite3_column_type(row, i) == SQLITE_NULL)
                    writer.plainField({});
                else
                    writeDecimal(writer, sqlite3_column_int64(row, i), currencyDigits(textAt(row, currencyIndex)));
                break;
            case Kind::Basis:
                if (sqlite3_column_type(row, i) == SQLITE_NULL)
                    writer.plainField({});
                else
                    writeDecimal(writer, sqlite3_column_int64(row, i), 2);
                break;
            case Kind::Id:
                writeId(writer, row, i);
                break;
            }
        }
        writer.endRecord();
        ++result.rows;
        if (!writer.flushIfFull())
            return writeFailed();
        if ((result.rows & 0x3FF) == 0) { // cheap enough every 1,024 rows
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                file.cancelWriting();
                return cancelled();
            }
            if (progress)
                progress(result.rows, total);
        }
    }
    if (rc != SQLITE_DONE) {
        file.cancelWriting();
        if (rc == SQLITE_INTERRUPT || (cancel && cancel->load(std::memory_order_relaxed)))
            return cancelled();
        return storageError(db, QStringLiteral("rows"));
    }
    if (cancel && cancel->load(std::memory_order_relaxed)) {
        file.cancelWriting();
        return cancelled();
    }
    if (!writer.flush())
        return writeFailed();
    if (!file.commit())
        return Error { Error::Code::Io, ExporterTr::tr("“%1” could not be saved: %2").arg(path, file.errorString()), {},
                       {} };
    result.longValues = writer.longValues();
    if (progress)
        progress(result.rows, total);
    qCInfo(lcMdf) << "Exported" << result.rows << "rows to" << path;
    return result;
}

} // namespace

MdfExporter::MdfExporter(Database& db) : m_db(db) { }

QStringList MdfExporter::requestHeaders()
{
    return headersOf(requestColumns());
}

QStringList MdfExporter::claimHeaders()
{
    return headersOf(claimColumns());
}

Result<MdfExportResult> MdfExporter::exportRequests(const QString& path, const MdfRequestExport& what,
                                                    const MdfExportFormat& format, const Progress& progress,
                                                    const std::atomic_bool* cancel)
{
    return run(m_db, path, MdfQuery::build(what.filter, what.sort, what.descending), QStringLiteral("r"),
               requestColumns(), format, progress, cancel);
}

Result<MdfExportResult> MdfExporter::exportClaims(const QString& path, const MdfClaimExport& what,
                                                  const MdfExportFormat& format, const Progress& progress,
                                                  const std::atomic_bool* cancel)
{
    return run(m_db, path, MdfQuery::build(what.filter, what.sort, what.descending), QStringLiteral("c"),
               claimColumns(), format, progress, cancel);
}

} // namespace ChannelDesk
