#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ChannelDesk::Csv {

/// Something worth telling about one physical line: a warning (the row is still taken) or a rejection.
/// `code` is stable (reports, tests, scripts); `message` is translated.
struct CsvIssue
{
    qint64 line = 0; ///< physical line number as a text editor shows it (1-based; a BOM or sep= line counts)
    QString code;    ///< e.g. "invalid_encoding", "too_many_fields", "padded_row", "unterminated_quote"
    QString message;
    bool rejects = false;
};

/// One data record as CsvReader yields it: decoded (NFC), already split into fields, padded to the header's width.
/// Values are as written: not trimmed, no formula prefix removed (that is the importer's business).
struct CsvRecord
{
    qint64 line = 0;     ///< first physical line of the record
    qint64 lastLine = 0; ///< last physical line (a quoted value with line breaks spans several)
    QStringList fields;
    /// The record's bytes as read (after conversion to UTF-8, so for a UTF-8 file exactly the file's bytes), without
    /// its line ending. Filled only for rejected records, so the error file can reproduce what could not be decoded.
    QByteArray raw;
    QList<CsvIssue> issues;

    bool rejected() const
    {
        for (const CsvIssue& issue : issues)
            if (issue.rejects)
                return true;
        return false;
    }
};

} // namespace ChannelDesk::Csv
