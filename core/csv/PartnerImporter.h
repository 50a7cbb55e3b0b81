#pragma once

#include "common/Result.h"
#include "csv/CsvReader.h"
#include "csv/ImportMapping.h"
#include "csv/ImportReport.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace ChannelDesk {
class Database;
}

namespace ChannelDesk::Csv {

/// How rows become partners (IMP-01).
enum class ImportMode { CreateOnly, CreateAndUpdate, UpdateOnly };
QString importModeName(ImportMode mode); ///< "create", "upsert", "update"

/// Match rules, applied in the user's order (IMP-03): a rule whose column is absent is skipped; exactly one match
/// decides; two or more matches reject the row as ambiguous, never guessed; no match under any rule → new partner.
enum class MatchKey {
    PartnerId,     ///< a ChannelDesk id column
    ExternalId,    ///< trimmed, case-insensitive (IMP-02)
    Email,         ///< case-folded
    WebsiteDomain, ///< host without scheme, www. and path; falls back to the email-domain column
    NameCountry,   ///< name folded for NFC, case and whitespace (accents kept) + country
};
QString matchKeyName(MatchKey key); ///< "id", "external-id", "email", "domain", "name-country"
std::optional<MatchKey> matchKeyFromName(QStringView name);

struct ImportOptions
{
    CsvReader::Options read;
    ImportMapping mapping;     ///< one entry per header column
    ImportMode mode = ImportMode::CreateAndUpdate;
    QList<MatchKey> matchKeys = {MatchKey::PartnerId, MatchKey::ExternalId, MatchKey::Email, MatchKey::WebsiteDomain,
                                 MatchKey::NameCountry};
    bool dryRun = false;
    /// Owner CAM given to created partners when the file has no owner column.
    QString defaultOwner;
};

/// Imports partners (and one contact per row) from a CSV file: reads with CsvReader, analyses every column first
/// (number locale, day order), then matches, validates (PartnerValidator, the same rules as the editor) and writes
/// everything in ONE transaction through the outbox, like any edit; cancel, a failure or a crash leaves the database
/// as it was. A real import is recorded in the import history (ImportHistory) so it can be reverted later.
/// A dry run does all of it except writing. Safe to run on a worker thread with its own Database connection.
class PartnerImporter final
{
public:
    explicit PartnerImporter(Database& db);

    /// Progress: (bytes read, file size, phase) where phase is 0 = analysing, 1 = matching and writing.
    using Progress = std::function<void(qint64 done, qint64 total, int phase)>;

    /// Errors: the file cannot be opened or read (Io / Validation with CsvReader's message), the mapping has no
    /// name column for a mode that creates, storage failures (nothing written), Cancelled (nothing written).
    Result<ImportReport> run(const QString& path, const ImportOptions& options, const Progress& progress = {},
                             const std::atomic_bool* cancel = nullptr);

private:
    Database& m_db;
};

/// Writes the rejected rows of `report` as a CSV in the file's own dialect (encoding, delimiter, line endings as
/// far as possible) with the original header plus "Line" and "Error" columns, ready to fix and re-import.
/// Written atomically (QSaveFile). Reads `sourcePath` again for the rows.
Status writeRejectedRows(const QString& sourcePath, const ImportOptions& options, const ImportReport& report,
                         const QString& targetPath);

} // namespace ChannelDesk::Csv
