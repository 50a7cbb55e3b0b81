#pragma once

#include "common/Result.h"
#include "csv/CsvDialect.h"
#include "csv/CsvReader.h"
#include "csv/CsvRecord.h"
#include "csv/ImportMapping.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace ChannelDesk {

class Database;

/// A column a certification file can be imported into. Keys are stable (templates, the CLI, reports):
/// certification.email (required: the person, matched case-insensitively and trimmed against live contacts),
/// .definition_code, .definition_name (either names the certification definition: a code or a name in either column),
/// .status, .started_on, .acquired_on, .expires_on, .certificate_id, .notes.
struct CertificationImportField
{
    QString key;
    const char* sourceLabel = nullptr; ///< English label: our export's header, and the translation source

    QString label() const;        ///< translated, for the mapping step
    QString englishLabel() const;
};

/// What happened (or, in a dry run, would happen) to one data record of a certification file.
struct CertificationImportRow
{
    enum class Kind { New, Unchanged, Rejected };
    qint64 line = 0;                 ///< physical line of the record in the file
    Kind kind = Kind::Rejected;
    QString email;                   ///< as written
    QString definition;              ///< code or name as written
    QDate acquiredOn;
    QByteArray contactId;            ///< the matched person (empty when not matched)
    QByteArray certificationId;      ///< created (New, real run) or already stored (Unchanged)
    QString code;                    ///< Rejected: stable reason code (see CertificationImporter); else empty
    QString message;                 ///< Rejected: translated reason naming the value
    QList<Csv::CsvIssue> warnings;   ///< warnings that did not block the row
};

/// Counts and rows of an import or its dry run (the counts of a dry run are exactly those of the real run).
struct CertificationImportReport
{
    QString fileName;
    Csv::Dialect dialect;
    QStringList header;
    qint64 headerLine = 0;
    QStringList fieldForColumn; ///< the mapping used: a CertificationImportField key per column, empty = skipped
    bool dryRun = false;

    qint64 records = 0;   ///< data records read
    qint64 created = 0;   ///< new certification records (a renewal's new record counts here)
    qint64 renewed = 0;   ///< of those, how many renewed (archived) an earlier certificate of the person
    qint64 unchanged = 0; ///< already stored: same person, definition and acquisition day (or the same in-progress)
    qint64 rejected = 0;
    qint64 warnings = 0;
    qint64 blankRowsSkipped = 0;

    QList<Csv::CsvIssue> fileIssues;
    /// Rejected rows and rows with warnings, every one; new and unchanged rows without warnings up to detailLimit.
    QList<CertificationImportRow> rows;

    static constexpr int detailLimit = 2000;

    /// Keys: file, dialect {encoding, bom, delimiter, line_endings}, dry_run, records, created, renewed, unchanged,
    /// rejected, warnings, blank_rows_skipped, file_issues [{line, code, message}], rows [{line, outcome (new |
    /// unchanged | rejected), email, definition, code, message, warnings}].
    QJsonObject toJson() const;
};

struct CertificationImportOptions
{
    Csv::CsvReader::Options read;
    /// One CertificationImportField key (or empty = skip) per header column; empty list = the automatic mapping
    /// (CertificationImporter::autoMap).
    QStringList fieldForColumn;
    bool dryRun = false;
    QString actor;  ///< who imports (the certification's creator in its history); empty = "import"
    QDateTime at;   ///< when (invalid = now): its local day is "today" (acquired in the future is refused)
};

/// Imports people's certification records from CSV (issue 6, CERT-01…03) through the CSV importer's machinery:
/// CsvReader (encoding and dialect detection, RFC 4180 + lenient parsing, physical line numbers), the header synonym
/// matching of ImportMapping (English, Vietnamese, German, French), ValueParser for dates (per-column day order),
/// CsvText for cleaning and formula-neutralisation removal.
///
/// Rows are matched to people by email (case-insensitive, trimmed; live contacts only) and to a definition by code or
/// name (case- and accent-insensitive). A row is rejected, with its line and a reason, for: email missing
/// ("email_required"), unknown ("unknown_email"), or held by two live contacts ("ambiguous_email"); definition missing
/// ("definition_required") or unknown ("unknown_definition"); a date that cannot be read ("invalid_date"); an
/// unknown status ("invalid_status"); an active record without an acquisition day ("acquired_required"); acquired
/// after today ("acquired_in_future"); the same person, definition and acquisition day as an earlier line of the
/// file ("duplicate_row"); an acquisition earlier than the person's current certificate of that definition
/// ("older_than_current"); a record the CSV reader could not decode ("invalid_encoding", …); and whatever the
/// repository refuses ("refused": prerequisites, renewal outside the window…, with its message).
/// A row equal to a stored record (same person, definition and acquisition day, any stored status) is "unchanged".
///
/// Writing: every new record goes through CertificationRepository inside ONE transaction (each repository call is a
/// savepoint, so a refused row leaves nothing and the others go on): an active or expired certificate is created;
/// a later one of the same person and definition renews the earlier (CERT-02: the old one is archived as renewed);
/// "revoked" rows are created and revoked (the repository adds the revocation line to the notes); "in progress" rows
/// are created in progress, and a later row with an acquisition day passes an open attempt (in progress → active). Rows of one person and
/// definition are applied in acquisition order whatever their order in the file.
/// A dry run does exactly the same inside the transaction and rolls it back, so it reports new/unchanged/rejected as
/// the real run would and writes nothing. Safe on a worker thread with its own Database connection.
class CertificationImporter final
{
public:
    explicit CertificationImporter(Database& db);

    /// Progress: (bytes read, file size, phase) — phase 0 reads and checks, phase 1 writes.
    using Progress = std::function<void(qint64 done, qint64 total, int phase)>;

    /// Errors: the file cannot be opened or read (CsvReader's message), no email column mapped (Validation),
    /// storage failures and Cancelled (nothing written in either case).
    Result<CertificationImportReport> run(const QString& path, const CertificationImportOptions& options,
                                          const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);

    /// Every importable field, in the order the mapping step lists them.
    static const QList<CertificationImportField>& fields();
    static const CertificationImportField* field(const QString& key);
    /// Maps a header with the certification synonyms (ImportMapping's matching: case, accents, punctuation, a
    /// trailing unit in parentheses; duplicates flagged, unknown columns listed).
    static Csv::AutoMapping autoMap(const QStringList& header);

private:
    Database& m_db;
};

} // namespace ChannelDesk
