#pragma once

#include "common/Result.h"
#include "csv/PartnerExporter.h" // Csv::ExportOptions::Profile
#include "mdf/MdfQuery.h"

#include <QChar>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace ChannelDesk {

class Database;

/// How an MDF list is written (the partner export's profiles: Excel = UTF-8 with BOM, Utf8 = no BOM, UnicodeText =
/// UTF-16LE with BOM and TAB).
struct MdfExportFormat
{
    Csv::ExportOptions::Profile profile = Csv::ExportOptions::Profile::Excel;
    QChar delimiter = u',';        ///< , ; | or TAB (UnicodeText is always TAB)
    bool neutraliseFormulas = true; ///< OWASP: text cells starting with = + - @ TAB CR get a leading apostrophe
};

/// Which requests, in which order: the list's current filter and sort.
struct MdfRequestExport
{
    MdfRequestFilter filter;
    MdfRequestSort sort = MdfRequestSort::Updated;
    bool descending = true;
};

struct MdfClaimExport
{
    MdfClaimFilter filter;
    MdfClaimSort sort = MdfClaimSort::Updated;
    bool descending = true;
};

struct MdfExportResult
{
    qint64 rows = 0;
    qint64 longValues = 0; ///< values over 32,767 characters, which Excel cannot hold (a warning)
};

/// Writes fund requests or claims as CSV for spreadsheets and finance tools: the rows the list shows, in its order,
/// streamed through a read transaction of its own (one snapshot) and written atomically (QSaveFile: a failure or
/// cancel leaves no file, never a truncated one). Headers are fixed English names and choices are written as their
/// codes, so a file reads the same whatever the language of whoever exported it; money is a plain number with the
/// currency's digits ("1234.50") next to a Currency column; dates are ISO 8601 ("2027-03-31"), instants ISO 8601
/// UTC as stored; ids are canonical UUID text. Errors: InvalidArgument (delimiter), Storage, Io, Cancelled.
class MdfExporter final
{
public:
    explicit MdfExporter(Database& db);

    /// Progress in rows written of those the filter matches, every 1,024 rows and at the end; `cancel` is checked as
    /// often. Both are called on the exporter's thread.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    Result<MdfExportResult> exportRequests(const QString& path, const MdfRequestExport& what,
                                           const MdfExportFormat& format = {}, const Progress& progress = {},
                                           const std::atomic_bool* cancel = nullptr);
    Result<MdfExportResult> exportClaims(const QString& path, const MdfClaimExport& what,
                                         const MdfExportFormat& format = {}, const Progress& progress = {},
                                         const std::atomic_bool* cancel = nullptr);

    /// The header rows, in column order.
    static QStringList requestHeaders();
    static QStringList claimHeaders();

private:
    Database& m_db;
};

} // namespace ChannelDesk
