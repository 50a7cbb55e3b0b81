#pragma once

#include "common/Result.h"
#include "csv/CsvDialect.h"
#include "csv/CsvRecord.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;

namespace ChannelDesk::Csv {

/// Streams records out of a CSV file with bounded memory (a few MiB whatever the file size; only a value that is
/// itself huge is held whole, and a quote left open is found by scanning ahead, not by buffering the rest).
///
/// open() refuses empty and binary files (NUL bytes, ZIP/xlsx, OLE/xls, PDF) with a specific message, detects the
/// encoding (BOM; else strict UTF-8; else Windows-1258 when its Vietnamese combining marks follow Latin vowels, else
/// Windows-1252) and the delimiter (`sep=` first line; else the most consistent of , ; TAB | over a quote-aware parse
/// of the first records), each overridable, and reads the header (the first non-blank record).
///
/// next() then yields data records: RFC 4180 quoting with embedded delimiters, doubled quotes and line breaks; CRLF,
/// LF, CR-only and mixed endings; a bare quote inside an unquoted field is literal. It skips blank and all-delimiter
/// rows (counted), repeated header rows and a trailing report-footer block (warnings in fileIssues()); pads short rows
/// (warning); drops extra empty trailing fields (warning); rejects rows with extra non-empty fields, rows with bytes
/// invalid in the encoding (never stored as U+FFFD), and a quote left open at end of file (reported at the line where
/// it opened; reading resumes on the next line, so the rest of the file is not swallowed into one cell). A U+FEFF at
/// the start of a later line (concatenated exports) is removed. Every value is NFC.
///
/// Issue codes on records: "invalid_encoding", "unterminated_quote", "too_many_fields" (rejections);
/// "text_after_quote", "padded_row", "extra_empty_fields" (warnings). In fileIssues(): "header_only",
/// "repeated_header", "report_footer", "double_encoded", "long_value", and a problem found on the header line.
/// A rejected record's fields are a best-effort split for display; use `raw` to reproduce it.
class CsvReader final
{
public:
    struct Options
    {
        std::optional<Encoding> encoding; ///< set: no detection
        std::optional<QChar> delimiter;   ///< set: no detection (a sep= line is still recognised and skipped)
    };

    CsvReader();
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    /// Opens `path`, detects the dialect and reads the header. Errors: Io (cannot read), Validation with the reason
    /// (empty file, binary file, no header).
    Status open(const QString& path, const Options& options = {});
    /// The same over an already open, readable device (a QBuffer in tests and the fuzz target). The device is not
    /// owned and must outlive the reader; fileSize() is its size().
    Status open(QIODevice* device, const Options& options = {});

    const Dialect& dialect() const;
    /// The header's fields (NFC, trimmed of whitespace and invisible characters) and its physical line.
    const QStringList& header() const;
    qint64 headerLine() const;

    /// The next data record; false at the end of the file or after a read error (see error()).
    bool next(CsvRecord& record);

    /// Warnings that belong to no yielded record: header only, repeated header rows and footer rows skipped, probable
    /// double-encoded UTF-8 (mojibake such as "Ã©"), values longer than Excel's 32,767 characters.
    const QList<CsvIssue>& fileIssues() const;
    /// Blank, whitespace-only and all-delimiter rows skipped so far.
    qint64 blankRowsSkipped() const;

    /// Progress: bytes of the file consumed so far, and its size.
    qint64 bytesRead() const;
    qint64 fileSize() const;

    /// A read error that stopped next() (the file vanished, an I/O error); ok otherwise.
    const Status& error() const;

    /// Reads only the first `maxRecords` records of `path` for a preview with the given options (or detected ones):
    /// the header plus up to that many records. The import wizard re-runs it when the user changes an option.
    struct Preview
    {
        Dialect dialect;
        QStringList header;
        qint64 headerLine = 0;
        QList<CsvRecord> records;
        QList<CsvIssue> fileIssues;
    };
    static Result<Preview> preview(const QString& path, const Options& options, int maxRecords = 50);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ChannelDesk::Csv
