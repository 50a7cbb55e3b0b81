#pragma once

#include "common/Result.h"
#include "csv/PartnerExporter.h" // Csv::ExportOptions::Profile, Csv::listSeparator

#include <QByteArray>
#include <QChar>
#include <QDate>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace ChannelDesk {

class Database;

struct CertificationExportOptions
{
    Csv::ExportOptions::Profile profile = Csv::ExportOptions::Profile::Excel;
    QChar delimiter = u',';        ///< , ; | or TAB (UnicodeText always writes TAB)
    bool neutraliseFormulas = true; ///< OWASP CSV injection; off only for an explicit raw export
    QDate today;                   ///< the day the "State" column is computed for (invalid = the local today)
    QByteArray partnerId;          ///< only this partner's people (empty = every partner)
    bool includeArchived = true;   ///< renewed and revoked records too (the full history)
};

struct CertificationExportResult
{
    qint64 rows = 0;
    qint64 longValues = 0; ///< values over Excel's 32,767 characters (a warning)
};

/// Writes certification records as CSV (issue 6): one row per live certification with the partner, the person,
/// their email, the definition's code and name, its track, the state on `today` (CERT-01/02: In progress, Active,
/// Expiring, Expired, Renewed, Revoked), started/acquired/expiry days (ISO), certificate id and notes. The headers
/// are English and never translated (CertificationImportField::englishLabel), so CertificationImporter maps them
/// back in any UI language. Streams through a read transaction with bounded memory (CsvWriter), atomically
/// (QSaveFile: a failure or cancel leaves no file). Text cells are formula-neutralised unless turned off.
/// Order: partner name, person, definition code, acquisition day.
/// Errors: InvalidArgument (delimiter), Storage, Io, Cancelled.
class CertificationExporter final
{
public:
    explicit CertificationExporter(Database& db);
    /// Progress in rows written out of the total, every 1,024 rows and at the end; `cancel` is checked as often.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    Result<CertificationExportResult> run(const QString& path, const CertificationExportOptions& options,
                                          const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);

    /// The header row in column order (English).
    static QStringList headers();

private:
    Database& m_db;
};

} // namespace ChannelDesk
