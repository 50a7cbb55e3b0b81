#include "csv/PartnerExporter.h"

#include "common/Logging.h"
#include "common/Money.h"
#include "csv/CsvWriter.h"
#include "csv/ImportField.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSaveFile>

#include <sqlite3.h>

#include <charconv>
#include <memory>

namespace ChannelDesk::Csv {

namespace {

struct ExporterTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::Csv::PartnerExporter)
};

/// How a column's value is read from its row and written.
enum class Source { Text, Id, Money };

/// An export column: the field it shows and where its value comes from in the SELECT.
struct Column
{
    const ImportField* field = nullptr;
    Source source = Source::Text;
    int index = 0;         ///< result column (for Money: revenue_minor)
    int currencyIndex = 0; ///< Money only: revenue_currency
    bool neutralise = false;
};

/// The SQL column behind each exportable field. Codes (type, tier, stage, role), country codes and ISO dates are
/// written as stored, so they re-import exactly whatever the language of the file's reader.
const char* sqlColumn(const QString& key)
{
    static const QHash<QString, const char*> columns {
        { QStringLiteral("partner.name"), "name" },
        { QStringLiteral("partner.legal_name"), "legal_name" },
        { QStringLiteral("partner.type"), "partner_type" },
        { QStringLiteral("partner.tier"), "tier" },
        { QStringLiteral("partner.stage"), "stage" },
        { QStringLiteral("partner.stage_reason"), "stage_reason" },
        { QStringLiteral("partner.country"), "country" },
        { QStringLiteral("partner.region"), "region" },
        { QStringLiteral("partner.city"), "city" },
        { QStringLiteral("partner.address"), "address" },
        { QStringLiteral("partner.website"), "website" },
        { QStringLiteral("partner.email_domain"), "email_domain" },
        { QStringLiteral("partner.phone"), "phone" },
        { QStringLiteral("partner.email"), "email" },
        { QStringLiteral("partner.owner"), "owner" },
        { QStringLiteral("partner.partnership_start"), "partnership_start" },
        { QStringLiteral("partner.partnership_end"), "partnership_end" },
        { QStringLiteral("partner.next_review"), "next_review" },
        { QStringLiteral("partner.annual_revenue"), "revenue_minor" },
        { QStringLiteral("partner.revenue_currency"), "revenue_currency" },
        { QStringLiteral("partner.external_id"), "external_id" },
        { QStringLiteral("partner.notes"), "notes" },
        { QStringLiteral("partner.id"), "id" },
        { QStringLiteral("contact.first_name"), "first_name" },
        { QStringLiteral("contact.last_name"), "last_name" },
        { QStringLiteral("contact.job_title"), "job_title" },
        { QStringLiteral("contact.email"), "email" },
        { QStringLiteral("contact.phone"), "phone" },
        { QStringLiteral("contact.role"), "role" },
    };
    return columns.value(key, nullptr);
}

Error storageError(sqlite3* handle, const QString& what)
{
    const QString detail = QString::fromUtf8(sqlite3_errmsg(handle)) + QStringLiteral(" [") + what + QLatin1Char(']');
    qCWarning(lcCsv).noquote() << "Export failed:" << detail;
    return Error::storage(ExporterTr::tr("The partners could not be read from the database; no file was written."),
                          detail);
}

Error cancelled()
{
    return Error { Error::Code::Cancelled, ExporterTr::tr("The export was cancelled; no file was written."), {}, {} };
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
        if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
            rc = sqlite3_bind_int64(statement, i + 1, value.toLongLong());
        else {
            const QByteArray text = value.toString().toUtf8();
            rc = sqlite3_bind_text(statement, i + 1, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
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

/// The minor-unit digits of a currency, looked up in ICU once per currency rather than once per row.
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

/// Money::toPlainString() written straight into the buffer: "-1234.50", digits as the currency has.
void writeMoney(CsvWriter& writer, qint64 minor, int digits)
{
    char text[48];
    char* out = text;
    // Unsigned, so the most negative amount does not overflow when its sign is removed.
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

/// The canonical 8-4-4-4-12 lower-case form of a 16-byte id (Uuid::toString(), without the QString).
void writeId(CsvWriter& writer, QByteArrayView raw)
{
    if (raw.size() != 16) {
        writer.plainField({});
        return;
    }
    static const char hex[] = "0123456789abcdef";
    char* out = writer.plainFieldBuffer(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *out++ = '-';
        const auto byte = static_cast<unsigned char>(raw[i]);
        *out++ = hex[byte >> 4];
        *out++ = hex[byte & 0xF];
    }
}

/// Builds the export columns from the options. Every partner field by default; with contacts, the contact columns
/// follow. A money column always comes with its currency column, since an amount alone is ambiguous.
Result<QList<Column>> planColumns(const ExportOptions& options, QStringList& partnerSql, QStringList& contactSql)
{
    QStringList partnerKeys;
    QStringList contactKeys;
    for (const QString& key : options.columns) {
        const ImportField* field = importField(key);
        if (!field || !sqlColumn(key))
            return Error { Error::Code::InvalidArgument,
                           ExporterTr::tr("“%1” is not a column ChannelDesk can export.").arg(key), {}, {} };
        if (field->contact && !options.includeContacts)
            return Error { Error::Code::InvalidArgument,
                           ExporterTr::tr("Contact columns can only be exported with one row per contact."), {}, {} };
        QStringList& keys = field->contact ? contactKeys : partnerKeys;
        if (!keys.contains(key))
            keys.append(key);
    }
    if (options.columns.isEmpty()) {
        for (const ImportField& field : importFields())
            if (!field.contact && sqlColumn(field.key))
                partnerKeys.append(field.key);
    }
    // contact.full_name has no column: the first and last name columns carry it.
    if (options.includeContacts && contactKeys.isEmpty()) {
        for (const ImportField& field : importFields())
            if (field.contact && sqlColumn(field.key))
                contactKeys.append(field.key);
    }
    const QString revenue = QStringLiteral("partner.annual_revenue");
    const QString currency = QStringLiteral("partner.revenue_currency");
    if (const qsizetype at = partnerKeys.indexOf(revenue); at >= 0 && !partnerKeys.contains(currency))
        partnerKeys.insert(at + 1, currency);

    // The partner SELECT reads revenue_currency for any money column, even when it is not shown.
    QList<Column> columns;
    auto partnerIndex = [&partnerSql](const QString& column) {
        qsizetype at = partnerSql.indexOf(column);
        if (at < 0) {
            partnerSql.append(column);
            at = partnerSql.size() - 1;
        }
        return static_cast<int>(at);
    };
    for (const QString& key : partnerKeys) {
        const ImportField* field = importField(key);
        Column column;
        column.field = field;
        column.index = partnerIndex(QString::fromLatin1(sqlColumn(key)));
        if (field->kind == ImportField::Kind::Money) {
            column.source = Source::Money;
            column.currencyIndex = partnerIndex(QStringLiteral("revenue_currency"));
        } else if (field->kind == ImportField::Kind::Id) {
            column.source = Source::Id;
        }
        // Plain numbers and ids cannot start a formula; everything a person typed can.
        column.neutralise = options.neutraliseFormulas && column.source == Source::Text;
        columns.append(column);
    }
    for (const QString& key : contactKeys) {
        Column column;
        column.field = importField(key);
        column.index = static_cast<int>(contactSql.size());
        contactSql.append(QString::fromLatin1(sqlColumn(key)));
        column.neutralise = options.neutraliseFormulas;
        columns.append(column);
    }
    return columns;
}

/// A read transaction of the exporter's own, so the count, the partners and their contacts come from one snapshot;
/// inside a transaction the caller already holds, that one is used.
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

} // namespace

QString profileName(ExportOptions::Profile profile)
{
    switch (profile) {
    case ExportOptions::Profile::Excel: return QStringLiteral("excel");
    case ExportOptions::Profile::Utf8: return QStringLiteral("utf8");
    case ExportOptions::Profile::UnicodeText: return QStringLiteral("unicode-text");
    }
    return QString();
}

QChar listSeparator(const QLocale& locale)
{
    return locale.decimalPoint() == QStringLiteral(",") ? QChar(u';') : QChar(u',');
}

PartnerExporter::PartnerExporter(Database& db) : m_db(db) { }

Result<ExportResult> PartnerExporter::run(const QString& path, const ExportOptions& options, const Progress& progress,
                                          const std::atomic_bool* cancel)
{
    const bool unicodeText = options.profile == ExportOptions::Profile::UnicodeText;
    const QChar delimiter = unicodeText ? QChar(u'\t') : options.delimiter;
    if (delimiter != u',' && delimiter != u';' && delimiter != u'|' && delimiter != u'\t')
        return Error { Error::Code::InvalidArgument,
                       ExporterTr::tr("The delimiter must be a comma, a semicolon, a tab or a vertical bar."), {}, {} };

    QStringList partnerSql;
    QStringList contactSql;
    auto planned = planColumns(options, partnerSql, contactSql);
    if (!planned)
        return planned.error();
    const QList<Column>& columns = planned.value();
    const int partnerIdIndex = [&partnerSql] {
        qsizetype at = partnerSql.indexOf(QStringLiteral("id"));
        if (at < 0) {
            partnerSql.append(QStringLiteral("id"));
            at = partnerSql.size() - 1;
        }
        return static_cast<int>(at);
    }();

    sqlite3* db = m_db.handle();
    if (!db)
        return Error::storage(ExporterTr::tr("The database is not open."), QStringLiteral("no sqlite3 handle"));
    ReadTransaction transaction(db);

    // Without a list query: every live partner in storage order, a plain table scan like `SELECT * FROM partner`.
    QVariantList binds;
    const QString where = options.query ? options.query->whereSql(binds) : QStringLiteral("deleted_at IS NULL");
    const QString order = options.query ? options.query->orderSql() : QStringLiteral("local_id");

    qint64 total = 0;
    {
        Statement count;
        if (prepare(db, count, QStringLiteral("SELECT count(*) FROM partner WHERE ") + where) != SQLITE_OK
            || bindAll(count.handle, binds) != SQLITE_OK || sqlite3_step(count.handle) != SQLITE_ROW)
            return storageError(db, QStringLiteral("count"));
        total = sqlite3_column_int64(count.handle, 0);
    }

    Statement partners;
    if (prepare(db, partners,
                QStringLiteral("SELECT %1 FROM partner WHERE %2 ORDER BY %3").arg(partnerSql.join(u','), where, order))
            != SQLITE_OK
        || bindAll(partners.handle, binds) != SQLITE_OK)
        return storageError(db, QStringLiteral("select partners"));
    Statement contacts;
    if (options.includeContacts
        && prepare(db, contacts,
                   QStringLiteral("SELECT %1 FROM contact WHERE partner_id = ? AND deleted_at IS NULL ORDER BY local_id")
                       .arg(contactSql.join(u',')))
            != SQLITE_OK)
        return storageError(db, QStringLiteral("select contacts"));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { Error::Code::Io,
                       ExporterTr::tr("“%1” cannot be written: %2").arg(path, file.errorString()), {}, {} };
    CsvWriter writer(file, static_cast<char>(delimiter.unicode()),
                     unicodeText ? CsvWriter::Output::Utf16LE : CsvWriter::Output::Utf8);
    // Never a sep= line: with one, Excel ignores the BOM and reads the file as ANSI.
    if (options.profile != ExportOptions::Profile::Utf8)
        writer.writeBom();
    for (const Column& column : columns)
        writer.field(column.field->englishLabel(), false);
    writer.endRecord();

    auto writeFailed = [&file, &path] {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error { Error::Code::Io, ExporterTr::tr("“%1” could not be written: %2").arg(path, reason), {}, {} };
    };

    ExportResult result;
    CurrencyDigits currencyDigits;
    const bool hasPartnerColumns = !columns.first().field->contact;
    const bool lonelyColumn = columns.size() == 1; // an empty value would make a blank line, which readers skip
    QByteArray partnerPart;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(partners.handle)) == SQLITE_ROW) {
        sqlite3_stmt* row = partners.handle;
        for (const Column& column : columns) {
            if (column.field->contact)
                break; // contact columns come last
            switch (column.source) {
            case Source::Text: {
                const QByteArrayView value = textAt(row, column.index);
                if (lonelyColumn && value.isEmpty())
                    writer.plainField("\"\"");
                else
                    writer.field(value, column.neutralise);
                break;
            }
            case Source::Id:
                writeId(writer, QByteArrayView(static_cast<const char*>(sqlite3_column_blob(row, column.index)),
                                               sqlite3_column_bytes(row, column.index)));
                break;
            case Source::Money:
                if (sqlite3_column_type(row, column.index) == SQLITE_NULL)
                    writer.plainField({});
                else
                    writeMoney(writer, sqlite3_column_int64(row, column.index),
                               currencyDigits(textAt(row, column.currencyIndex)));
                break;
            }
        }
        ++result.partners;
        if (!options.includeContacts) {
            writer.endRecord();
            ++result.rows;
        } else {
            partnerPart = writer.recordSoFar();
            const auto* id = static_cast<const char*>(sqlite3_column_blob(row, partnerIdIndex));
            sqlite3_reset(contacts.handle);
            sqlite3_bind_blob(contacts.handle, 1, id, sqlite3_column_bytes(row, partnerIdIndex), SQLITE_TRANSIENT);
            int contactRows = 0;
            int crc = SQLITE_OK;
            auto contactFields = [&](sqlite3_stmt* contact) {
                for (const Column& column : columns) {
                    if (!column.field->contact)
                        continue;
                    writer.field(contact ? textAt(contact, column.index) : QByteArrayView(), column.neutralise);
                }
            };
            while ((crc = sqlite3_step(contacts.handle)) == SQLITE_ROW) {
                if (contactRows > 0)
                    writer.repeatFields(partnerPart, hasPartnerColumns);
                contactFields(contacts.handle);
                writer.endRecord();
                ++contactRows;
                ++result.rows;
            }
            if (crc != SQLITE_DONE) {
                file.cancelWriting();
                return storageError(db, QStringLiteral("contacts"));
            }
            if (contactRows == 0) {
                contactFields(nullptr);
                writer.endRecord();
                ++result.rows;
            }
        }
        if (!writer.flushIfFull())
            return writeFailed();
        if ((result.partners & 0x3FF) == 0) { // cheap enough every 1,024 rows
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                file.cancelWriting();
                return cancelled();
            }
            if (progress)
                progress(result.partners, total);
        }
    }
    if (rc != SQLITE_DONE) {
        file.cancelWriting();
        return storageError(db, QStringLiteral("partners"));
    }
    if (cancel && cancel->load(std::memory_order_relaxed)) {
        file.cancelWriting();
        return cancelled();
    }
    if (!writer.flush())
        return writeFailed();
    if (!file.commit())
        return Error { Error::Code::Io,
                       ExporterTr::tr("“%1” could not be saved: %2").arg(path, file.errorString()), {}, {} };
    result.longValues = writer.longValues();
    if (progress)
        progress(result.partners, total);
    qCInfo(lcCsv) << "Exported" << result.partners << "partners," << result.rows << "rows to" << path;
    return result;
}

} // namespace ChannelDesk::Csv
