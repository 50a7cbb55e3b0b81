#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace ChannelDesk {

class Database;

/// How a claim package's CSV files are written.
struct MdfClaimPackageOptions
{
    QChar delimiter = u',';        ///< , ; | or TAB
    bool byteOrderMark = true;     ///< UTF-8 BOM, so Excel reads the accents right
    bool neutraliseFormulas = true; ///< OWASP formula neutralisation of text cells (as PartnerExporter)
};

/// An attachment that was not exported, and why.
struct MdfClaimPackageProblem
{
    enum class Kind {
        Damaged, ///< its stored content does not match its SHA-256 (or size): never written
        Missing, ///< its content is not on this computer (not downloaded yet)
    };
    Kind kind = Kind::Damaged;
    QString claimNumber;
    QString fileName;        ///< the attachment's own name
    QByteArray attachmentId;
    QString message;         ///< translated, names the file and the claim
};

/// What an export wrote.
struct MdfClaimPackageResult
{
    QString folder;          ///< the folder written (absolute)
    int claims = 0;
    int lines = 0;
    int attachments = 0;     ///< attachment files written
    qint64 attachmentBytes = 0;
    QStringList files;       ///< every file written, relative to the folder, '/'-separated, in manifest order
    QList<MdfClaimPackageProblem> problems;

    bool complete() const { return problems.isEmpty(); }
};

/// Exports claims with their attachments ("attachments exported with the claim", issue 5) to a new folder:
///
///     claims.csv          one row per claim (number, title, status, request, partner, currency, claimed,
///                         approved, paid, dates, counts)
///     claim-lines.csv     one row per expense line, with the exported paths of its receipts
///     <claim number>/<file name>   each claim's live attachments, names made safe for every file system and unique
///                                  within the claim (case-insensitively: "receipt (2).pdf")
///     manifest.json       every file with its SHA-256 and size, which claim and attachment it is, and the problems
///     SHA256SUMS          the same checksums for `sha256sum -c` (manifest.json included)
///
/// Each attachment's content is verified against its SHA-256 as it is exported: a damaged one is not written and is
/// reported by name (in the result and the manifest), as is one whose content has not been downloaded yet; the rest
/// of the package is still written. CSV files use CsvWriter with formula neutralisation (PartnerExporter's rules),
/// money as plain numbers with the currency's digits, dates ISO 8601.
///
/// The folder must not exist or be empty. Everything is written into a temporary folder beside it and renamed into
/// place at the end, so a failure or cancellation leaves no partial package. Errors: NotFound (a claim does not
/// exist or was deleted), InvalidArgument (no claims, bad delimiter, folder not empty), Io, Storage, Cancelled.
class MdfClaimPackage final
{
public:
    explicit MdfClaimPackage(Database& db);

    /// `progress(done, total)` in attachments, after each; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    Result<MdfClaimPackageResult> write(const QList<QByteArray>& claimIds, const QString& folder,
                                        const MdfClaimPackageOptions& options = {}, const Progress& progress = {});

    /// A file or folder name safe on Windows, macOS and Linux: NFC; no control characters, path separators or
    /// <>:"|?*; no leading dot or space, no trailing dot or space; not a Windows device name (CON, NUL, COM1…);
    /// at most 150 UTF-8 bytes (the extension kept); "attachment" when nothing is left.
    static QString safeFileName(const QString& name);

private:
    Database& m_db;
};

} // namespace ChannelDesk
