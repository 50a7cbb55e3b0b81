#pragma once

#include "common/Result.h"
#include "csv/CsvDialect.h"
#include "partners/PartnerQuery.h"

#include <QChar>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace ChannelDesk {
class Database;
}

namespace ChannelDesk::Csv {

/// How an export is written.
struct ExportOptions
{
    enum class Profile {
        Excel,       ///< UTF-8 with BOM, CRLF, `delimiter` (default: the locale's list separator)
        Utf8,        ///< UTF-8 without BOM, CRLF (tools, Google Sheets)
        UnicodeText, ///< UTF-16LE with BOM, TAB, CRLF: "Unicode Text", opens correctly in every Excel locale
    };
    Profile profile = Profile::Excel;
    QChar delimiter = u',';      ///< , ; | or TAB (ignored for UnicodeText, which is always TAB)
    /// The partners: the list's current filters and search (query), or all live partners when unset.
    std::optional<PartnerQuery> query;
    /// ImportField keys of the columns, in order; empty = every partner field (importFields() order, the
    /// ChannelDesk ID last). partner.annual_revenue always brings partner.revenue_currency along. Contact keys are
    /// allowed only with includeContacts and always come after the partner columns. Headers are the fields' English
    /// labels (ImportField::englishLabel(), never translated) so that our own import maps them back in any language.
    QStringList columns;
    /// One row per contact (partner columns repeated; a partner without contacts gets one row with them blank);
    /// without contact keys in `columns`, every contact field but contact.full_name is added.
    bool includeContacts = false;
    /// Formula neutralisation (OWASP). Off only when the user explicitly picks a raw round-trip export.
    bool neutraliseFormulas = true;
};
QString profileName(ExportOptions::Profile profile); ///< "excel", "utf8", "unicode-text"

/// The list separator Excel uses for `locale`: ';' where the decimal separator is a comma (de, fr, vi), else ','.
QChar listSeparator(const QLocale& locale);

struct ExportResult
{
    qint64 partners = 0;
    qint64 rows = 0;
    qint64 longValues = 0; ///< values over 32,767 characters, which Excel cannot hold (a warning)
};

/// Writes partners (optionally with contacts) as CSV, streaming with bounded memory through a read transaction of
/// its own, atomically (QSaveFile: a failure or cancel leaves no file and never a truncated one). RFC 4180 quoting
/// (a field is quoted only when it holds the delimiter, a quote, CR or LF, or starts or ends with a space or TAB),
/// CRLF between records, line breaks inside cells as stored, never a BOM and a sep= line together (no sep= ever);
/// money as plain numbers with the currency's digits plus a currency column, dates ISO, choices as their codes.
/// Without a query the partners come in storage order (a table scan); with one, in the list's order.
/// Errors: InvalidArgument (delimiter, unknown column), Storage, Io, Cancelled.
class PartnerExporter final
{
public:
    explicit PartnerExporter(Database& db);
    /// Progress in partners written out of those the query matches, every 1,024 partners and at the end; `cancel`
    /// is checked as often. Both are called on the exporter's thread.
    using Progress = std::function<void(qint64 done, qint64 total)>;
    Result<ExportResult> run(const QString& path, const ExportOptions& options, const Progress& progress = {},
                             const std::atomic_bool* cancel = nullptr);

private:
    Database& m_db;
};

} // namespace ChannelDesk::Csv
