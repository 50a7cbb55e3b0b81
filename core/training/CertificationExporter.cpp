#include "training/CertificationExporter.h"

#include "common/Logging.h"
#include "common/Timestamp.h"
#include "csv/CsvWriter.h"
#include "domain/Contact.h"
#include "domain/Training.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <sqlite3.h>

namespace ChannelDesk {

namespace {

struct ExporterTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::CertificationExporter)
};

/// A read transaction of the exporter's own, so the count and the rows come from one snapshot (inside a transaction
/// the caller already holds, that one is used).
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
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    sqlite3* m_db;
    bool m_open = false;
};

struct Statement
{
    sqlite3_stmt* handle = nullptr;
    ~Statement() { sqlite3_finalize(handle); }
};

QByteArrayView textAt(sqlite3_stmt* row, int column)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(row, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(row, column)) : QByteArrayView();
}

QDate dateAt(sqlite3_stmt* row, int column)
{
    if (sqlite3_column_type(row, column) == SQLITE_NULL)
        return {};
    return Timestamp::dateFromStorage(QString::fromUtf8(textAt(row, column)));
}

Error storageError(sqlite3* db, const QString& what)
{
    return Sql::fromResultCode(sqlite3_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)) + QStringLiteral(" [") + what
                                   + QLatin1Char(']'));
}

} // namespace

CertificationExporter::CertificationExporter(Database& db)
    : m_db(db)
{
}

QStringList CertificationExporter::headers()
{
    // Never translated: CertificationImporter maps them back in any UI language.
    return { QStringLiteral("Partner"), QStringLiteral("Person"), QStringLiteral("Email"),
             QStringLiteral("Certification code"), QStringLiteral("Certification"), QStringLiteral("Track"),
             QStringLiteral("State"), QStringLiteral("Started"), QStringLiteral("Acquired"), QStringLiteral("Expires"),
             QStringLiteral("Certificate ID"), QStringLiteral("Notes") };
}

Result<CertificationExportResult> CertificationExporter::run(const QString& path,
                                                             const CertificationExportOptions& options,
                                                             const Progress& progress, const std::atomic_bool* cancel)
{
    const bool unicodeText = options.profile == Csv::ExportOptions::Profile::UnicodeText;
    const QChar delimiter = unicodeText ? QChar(u'\t') : options.delimiter;
    if (delimiter != u',' && delimiter != u';' && delimiter != u'|' && delimiter != u'\t')
        return Error { Error::Code::InvalidArgument,
                       ExporterTr::tr("The delimiter must be a comma, a semicolon, a tab or a vertical bar."), {}, {} };
    sqlite3* db = m_db.handle();
    if (!db)
        return Error::storage(ExporterTr::tr("The database is not open."), QStringLiteral("no sqlite3 handle"));
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();

    QString where = QStringLiteral("x.deleted_at IS NULL");
    if (!options.partnerId.isEmpty())
        where += QStringLiteral(" AND x.partner_id = ?1");
    if (!options.includeArchived)
        where += QStringLiteral(" AND x.status IN ('in_progress', 'active')");

    ReadTransaction transaction(db);
    const auto bindPartner = [&options](sqlite3_stmt* statement) {
        if (!options.partnerId.isEmpty())
            sqlite3_bind_blob(statement, 1, options.partnerId.constData(), int(options.partnerId.size()), SQLITE_STATIC);
    };
    qint64 total = 0;
    {
        Statement count;
        const QByteArray sql = (QStringLiteral("SELECT count(*) FROM certification x WHERE ") + where).toUtf8();
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &count.handle, nullptr) != SQLITE_OK)
            return storageError(db, QStringLiteral("count certifications"));
        bindPartner(count.handle);
        if (sqlite3_step(count.handle) != SQLITE_ROW)
            return storageError(db, QStringLiteral("count certifications"));
        total = sqlite3_column_int64(count.handle, 0);
    }

    // A contact or definition that is gone (a tombstone, or not pulled yet) still exports its records (LEFT JOIN).
    Statement rows;
    const QByteArray sql =
        (QStringLiteral("SELECT p.name, c.first_name, c.last_name, c.email, d.code, d.name, d.track, "
                        "coalesce(d.recert_window_days, 0), x.status, x.started_on, x.acquired_on, x.expires_on, "
                        "x.certificate_id, x.notes "
                        "FROM certification x LEFT JOIN partner p ON p.id = x.partner_id "
                        "LEFT JOIN contact c ON c.id = x.contact_id "
                        "LEFT JOIN cert_definition d ON d.id = x.definition_id WHERE ")
         + where
         + QStringLiteral(" ORDER BY p.name_key, p.local_id, c.last_name, c.first_name, c.local_id, d.code, "
                          "x.acquired_on, x.local_id"))
            .toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &rows.handle, nullptr) != SQLITE_OK)
        return storageError(db, QStringLiteral("select certifications"));
    bindPartner(rows.handle);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { Error::Code::Io, ExporterTr::tr("“%1” cannot be written: %2").arg(path, file.errorString()), {},
                       {} };
    Csv::CsvWriter writer(file, static_cast<char>(delimiter.unicode()),
                          unicodeText ? Csv::CsvWriter::Output::Utf16LE : Csv::CsvWriter::Output::Utf8);
    if (options.profile != Csv::ExportOptions::Profile::Utf8)
        writer.writeBom();
    for (const QString& header : headers())
        writer.field(header, false);
    writer.endRecord();

    const bool neutralise = options.neutraliseFormulas;
    CertificationExportResult result;
    int rc = SQLITE_OK;
    Certification cert; // reused: only the fields certificationState() reads
    while ((rc = sqlite3_step(rows.handle)) == SQLITE_ROW) {
        sqlite3_stmt* row = rows.handle;
        Contact person;
        person.firstName = QString::fromUtf8(textAt(row, 1));
        person.lastName = QString::fromUtf8(textAt(row, 2));
        cert.status = QString::fromUtf8(textAt(row, 8));
        cert.startedOn = dateAt(row, 9);
        cert.acquiredOn = dateAt(row, 10);
        cert.expiresOn = dateAt(row, 11);
        const int window = sqlite3_column_int(row, 7);

        writer.field(textAt(row, 0), neutralise);
        writer.field(person.displayName(), neutralise);
        writer.field(textAt(row, 3), neutralise);
        writer.field(textAt(row, 4), neutralise);
        writer.field(textAt(row, 5), neutralise);
        writer.field(textAt(row, 6), neutralise);
        writer.plainField(certificationStateCode(certificationState(cert, window, today)).toLatin1());
        for (int column : { 9, 10, 11 })
            writer.plainField(sqlite3_column_type(row, column) == SQLITE_NULL ? QByteArrayView() : textAt(row, column));
        writer.field(textAt(row, 12), neutralise);
        writer.field(textAt(row, 13), neutralise);
        writer.endRecord();
        ++result.rows;
        if ((result.rows & 1023) == 0) {
            if (!writer.flushIfFull()) {
                const QString reason = file.errorString();
                file.cancelWriting();
                return Error { Error::Code::Io, ExporterTr::tr("“%1” could not be written: %2").arg(path, reason), {},
                               {} };
            }
            if (progress)
                progress(result.rows, total);
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                file.cancelWriting();
                return Error { Error::Code::Cancelled, ExporterTr::tr("The export was cancelled; no file was written."),
                               {}, {} };
            }
        }
    }
    if (rc != SQLITE_DONE) {
        file.cancelWriting();
        return storageError(db, QStringLiteral("read certifications"));
    }
    if (!writer.flush() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error { Error::Code::Io, ExporterTr::tr("“%1” could not be written: %2").arg(path, reason), {}, {} };
    }
    result.longValues = writer.longValues();
    if (progress)
        progress(result.rows, total);
    qCInfo(lcTraining) << "Exported" << result.rows << "certification records to" << path;
    return result;
}

} // namespace ChannelDesk
