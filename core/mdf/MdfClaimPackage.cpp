#include "MdfClaimPackage.h"

#include "common/Logging.h"
#include "common/Money.h"
#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "csv/CsvWriter.h"
#include "domain/Mdf.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

namespace ChannelDesk {

namespace {

struct PackageTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::MdfClaimPackage)
};

constexpr qsizetype MaxNameBytes = 150;

Error ioError(const QString& message)
{
    return Error { Error::Code::Io, message, {}, {} };
}

/// A read transaction of its own, so claims, lines and attachments come from one snapshot.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(sqlite3* db)
        : m_db(db)
    {
        if (db && sqlite3_get_autocommit(db) != 0)
            m_open = sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~ReadSnapshot()
    {
        if (m_open)
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr); // read only: nothing to lose
    }

private:
    sqlite3* m_db;
    bool m_open = false;
};

struct ClaimInfo
{
    MdfClaim claim;
    QString requestNumber;
    QString requestTitle;
    QString partnerName;
    QString folder; ///< its folder in the package
    QList<MdfAttachment> attachments;
    QHash<QByteArray, QString> exportedPath; ///< attachment id → path written (relative to the package)
};

/// The name, made unique among `taken` (case-insensitively, as on Windows and macOS): "receipt (2).pdf".
QString uniqueName(const QString& name, QSet<QString>& taken)
{
    const QFileInfo info(name);
    const QString suffix = info.completeSuffix().isEmpty() || info.baseName().isEmpty() ? QString()
                                                                                         : QLatin1Char('.') + info.suffix();
    const QString base = suffix.isEmpty() ? name : name.left(name.size() - suffix.size());
    QString candidate = name;
    for (int n = 2; taken.contains(candidate.toCaseFolded()); ++n)
        candidate = QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix);
    taken.insert(candidate.toCaseFolded());
    return candidate;
}

QString plainMoney(qint64 minor, const QString& currency)
{
    return Money { minor, currency }.toPlainString();
}

QString stamp(const QDateTime& time)
{
    return time.isValid() ? Timestamp::toStorage(time) : QString();
}

} // namespace

MdfClaimPackage::MdfClaimPackage(Database& db)
    : m_db(db)
{
}

QString MdfClaimPackage::safeFileName(const QString& name)
{
    QString out;
    const QString normalized = name.normalized(QString::NormalizationForm_C);
    out.reserve(normalized.size());
    for (const QChar c : normalized) {
        const char16_t u = c.unicode();
        const bool forbidden = u < 0x20 || u == 0x7F || u == u'/' || u == u'\\' || u == u':' || u == u'*' || u == u'?'
            || u == u'"' || u == u'<' || u == u'>' || u == u'|' || c.category() == QChar::Other_Format
            || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph;
        out.append(forbidden ? QChar(u'_') : c);
    }
    // No hidden file, no "." or "..", nothing Windows silently trims.
    out = out.trimmed();
    while (out.startsWith(QLatin1Char('.')))
        out.replace(0, 1, QLatin1Char('_'));
    while (out.endsWith(QLatin1Char('.')) || out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    if (out.isEmpty())
        return QStringLiteral("attachment");

    // Windows device names, with or without an extension.
    static const QSet<QString> devices = [] {
        QSet<QString> names { QStringLiteral("con"), QStringLiteral("prn"), QStringLiteral("aux"), QStringLiteral("nul") };
        for (int i = 1; i <= 9; ++i) {
            names.insert(QStringLiteral("com%1").arg(i));
            names.insert(QStringLiteral("lpt%1").arg(i));
        }
        return names;
    }();
    const qsizetype dot = out.indexOf(QLatin1Char('.'));
    if (devices.contains((dot < 0 ? out : out.left(dot)).trimmed().toLower()))
        out.prepend(QLatin1Char('_'));

    // At most MaxNameBytes of UTF-8, cut at a character boundary before the extension.
    if (out.toUtf8().size() > MaxNameBytes) {
        const qsizetype lastDot = out.lastIndexOf(QLatin1Char('.'));
        QString extension = lastDot > 0 && out.size() - lastDot <= 16 ? out.mid(lastDot) : QString();
        QString base = out.left(out.size() - extension.size());
        while (!base.isEmpty() && (base + extension).toUtf8().size() > MaxNameBytes) {
            base.chop(1);
            if (!base.isEmpty() && base.back().isHighSurrogate())
                base.chop(1);
        }
        while (base.endsWith(QLatin1Char(' ')) || base.endsWith(QLatin1Char('.')))
            base.chop(1);
        out = (base.isEmpty() ? QStringLiteral("attachment") : base) + extension;
    }
    return out;
}

Result<MdfClaimPackageResult> MdfClaimPackage::write(const QList<QByteArray>& claimIds, const QString& folder,
                                                     const MdfClaimPackageOptions& options, const Progress& progress)
{
    const char16_t delimiter = options.delimiter.unicode();
    if (delimiter != u',' && delimiter != u';' && delimiter != u'|' && delimiter != u'\t')
        return Error { Error::Code::InvalidArgument, PackageTr::tr("Choose a comma, semicolon, bar or tab as separator."),
                       {}, QStringLiteral("delimiter") };
    QList<QByteArray> ids;
    for (const QByteArray& id : claimIds) {
        if (!ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return Error { Error::Code::InvalidArgument, PackageTr::tr("Choose the claims to export."), {}, {} };

    // The target: a new or empty folder.
    const QFileInfo target(folder);
    const QString targetPath = target.absoluteFilePath();
    if (target.exists()) {
        if (!target.isDir())
            return Error { Error::Code::InvalidArgument,
                           PackageTr::tr("“%1” is a file; choose a new or empty folder.").arg(targetPath), {}, {} };
        if (!QDir(targetPath).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return Error { Error::Code::InvalidArgument,
                           PackageTr::tr("The folder “%1” is not empty; choose a new or empty folder.").arg(targetPath),
                           {}, {} };
    }
    const QDir parent = target.absoluteDir();
    if (!parent.exists())
        return ioError(PackageTr::tr("The folder “%1” does not exist.").arg(parent.absolutePath()));

    // ---- Read the claims, their request, partner and attachments (one snapshot) ---------------------------------
    ReadSnapshot snapshot(m_db.handle());
    QList<ClaimInfo> claims;
    {
        QString columns;
        for (const MdfFieldDef<MdfClaim>& field : mdfClaimFields())
            columns += QStringLiteral("c.") + QLatin1String(field.column) + QStringLiteral(", ");
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("SELECT %1 c.id, c.paid_minor, c.deleted_at, r.number, r.title, p.name "
                                     "FROM mdf_claim c LEFT JOIN mdf_request r ON r.id = c.request_id "
                                     "LEFT JOIN partner p ON p.id = c.partner_id WHERE c.id = ?")
                          .arg(columns));
        QSqlQuery attachments(m_db.connection());
        QString attachmentColumns;
        for (const MdfFieldDef<MdfAttachment>& field : mdfAttachmentFields())
            attachmentColumns += QLatin1String(field.column) + QStringLiteral(", ");
        attachments.prepare(QStringLiteral("SELECT %1 id FROM mdf_attachment WHERE claim_id = ? AND deleted_at IS NULL "
                                           "ORDER BY created_at, local_id")
                                .arg(attachmentColumns));
        const int fieldCount = int(mdfClaimFields().size());
        for (const QByteArray& id : std::as_const(ids)) {
            query.addBindValue(id);
            if (Status s = Sql::exec(query); !s)
                return s.error();
            if (!query.next() || !query.value(fieldCount + 2).isNull())
                return Error::notFound(PackageTr::tr("A claim to export no longer exists (%1).").arg(Uuid::toString(id)));
            ClaimInfo info;
            int column = 0;
            for (const MdfFieldDef<MdfClaim>& field : mdfClaimFields())
                field.set(info.claim, query.value(column++));
            info.claim.id = query.value(fieldCount).toByteArray();
            info.claim.paidMinor = query.value(fieldCount + 1).toLongLong();
            info.requestNumber = query.value(fieldCount + 3).toString();
            info.requestTitle = query.value(fieldCount + 4).toString();
            info.partnerName = query.value(fieldCount + 5).toString();
            query.finish();

            attachments.addBindValue(id);
            if (Status s = Sql::exec(attachments); !s)
                return s.error();
            while (attachments.next()) {
                MdfAttachment a;
                int c = 0;
                for (const MdfFieldDef<MdfAttachment>& field : mdfAttachmentFields())
                    field.set(a, attachments.value(c++));
                a.id = attachments.value(c).toByteArray();
                info.attachments.append(a);
            }
            claims.append(info);
        }
    }

    // ---- Staging folder beside the target; renamed into place at the end ----------------------------------------
    QTemporaryDir staging(parent.filePath(QStringLiteral(".%1.partial-XXXXXX").arg(target.fileName())));
    if (!staging.isValid())
        return ioError(PackageTr::tr("The folder “%1” cannot be written: %2").arg(parent.absolutePath(), staging.errorString()));
    const QDir root(staging.path());

    MdfClaimPackageResult result;
    QJsonArray manifestFiles;
    QJsonArray manifestProblems;
    QStringList sums;
    const auto addFile = [&](const QString& relative, const QByteArray& sha256Hex, qint64 size, QJsonObject entry) {
        entry.insert(QStringLiteral("path"), relative);
        entry.insert(QStringLiteral("sha256"), QString::fromLatin1(sha256Hex));
        entry.insert(QStringLiteral("size"), size);
        manifestFiles.append(entry);
        sums.append(QString::fromLatin1(sha256Hex) + QStringLiteral("  ") + relative);
        result.files.append(relative);
    };
    const auto writeBytes = [&](const QString& relative, const QByteArray& bytes) -> Status {
        QFile file(root.filePath(relative));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
            const QString reason = file.errorString();
            return ioError(PackageTr::tr("“%1” could not be written: %2").arg(relative, reason));
        }
        file.close();
        return {};
    };

    // Attachments first: their exported paths go into the lines file.
    qint64 total = 0;
    for (const ClaimInfo& info : std::as_const(claims))
        total += info.attachments.size();
    qint64 done = 0;
    QSet<QString> claimFolders;
    QSqlQuery blob(m_db.connection());
    blob.prepare(QStringLiteral("SELECT size_bytes, data FROM mdf_blob WHERE sha256 = ?"));
    for (ClaimInfo& info : claims) {
        const QString number = info.claim.number.isEmpty() ? Uuid::toString(info.claim.id) : info.claim.number;
        info.folder = uniqueName(safeFileName(number), claimFolders);
        QSet<QString> names;
        bool folderMade = false;
        for (const MdfAttachment& a : std::as_const(info.attachments)) {
            blob.addBindValue(a.sha256);
            if (Status s = Sql::exec(blob); !s)
                return s.error();
            MdfClaimPackageProblem problem;
            problem.claimNumber = info.claim.number;
            problem.fileName = a.fileName;
            problem.attachmentId = a.id;
            if (!blob.next()) {
                problem.kind = MdfClaimPackageProblem::Kind::Missing;
                problem.message = PackageTr::tr("“%1” of claim %2 was not exported: its content is not on this computer "
                                                "yet (sync to download it).")
                                      .arg(a.fileName, info.claim.number);
            } else {
                const QByteArray data = blob.value(1).toByteArray();
                const QByteArray actual = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
                if (actual != a.sha256.toLatin1() || data.size() != a.sizeBytes) {
                    problem.kind = MdfClaimPackageProblem::Kind::Damaged;
                    problem.message = PackageTr::tr("“%1” of claim %2 was not exported: the stored file is damaged (its "
                                                    "checksum does not match).")
                                          .arg(a.fileName, info.claim.number);
                    qCWarning(lcMdf).noquote() << "Damaged attachment" << Uuid::toString(a.id) << "expected" << a.sha256
                                               << "got" << actual << "size" << data.size() << "of" << a.sizeBytes;
                } else {
                    if (!folderMade) {
                        if (!root.mkpath(info.folder))
                            return ioError(PackageTr::tr("The folder “%1” could not be created.").arg(info.folder));
                        folderMade = true;
                    }
                    const QString relative = info.folder + QLatin1Char('/') + uniqueName(safeFileName(a.fileName), names);
                    if (Status s = writeBytes(relative, data); !s)
                        return s.error();
                    info.exportedPath.insert(a.id, relative);
                    addFile(relative, actual, data.size(),
                            QJsonObject { { QStringLiteral("claim"), info.claim.number },
                                          { QStringLiteral("attachment_id"), Uuid::toString(a.id) },
                                          { QStringLiteral("file_name"), a.fileName },
                                          { QStringLiteral("kind"), a.kind },
                                          { QStringLiteral("mime_type"), a.mimeType } });
                    ++result.attachments;
                    result.attachmentBytes += data.size();
                    problem.message.clear();
                }
            }
            blob.finish();
            if (!problem.message.isEmpty()) {
                manifestProblems.append(QJsonObject {
                    { QStringLiteral("claim"), problem.claimNumber },
                    { QStringLiteral("file_name"), problem.fileName },
                    { QStringLiteral("attachment_id"), Uuid::toString(problem.attachmentId) },
                    { QStringLiteral("expected_sha256"), a.sha256 },
                    { QStringLiteral("problem"), problem.kind == MdfClaimPackageProblem::Kind::Damaged
                                                     ? QStringLiteral("damaged")
                                                     : QStringLiteral("missing") } });
                result.problems.append(problem);
            }
            ++done;
            if (progress && !progress(done, total))
                return Error { Error::Code::Cancelled, PackageTr::tr("The export was cancelled; nothing was written."), {},
                               {} };
        }
    }

    // ---- The two CSV files ---------------------------------------------------------------------------------------
    const auto writeCsv = [&](const QString& name, const std::function<void(Csv::CsvWriter&)>& fill) -> Status {
        QByteArray bytes;
        {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            Csv::CsvWriter writer(buffer, static_cast<char>(delimiter), Csv::CsvWriter::Output::Utf8);
            if (options.byteOrderMark)
                writer.writeBom();
            fill(writer);
            if (!writer.flush())
                return ioError(PackageTr::tr("“%1” could not be written.").arg(name));
        }
        if (Status s = writeBytes(name, bytes); !s)
            return s;
        addFile(name, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(), bytes.size(), {});
        return {};
    };
    const bool neutralise = options.neutraliseFormulas;
    Status csv = writeCsv(QStringLiteral("claims.csv"), [&](Csv::CsvWriter& w) {
        for (const QString& header :
             { PackageTr::tr("Claim"), PackageTr::tr("Title"), PackageTr::tr("Status"), PackageTr::tr("Request"),
               PackageTr::tr("Request title"), PackageTr::tr("Partner"), PackageTr::tr("Currency"),
               PackageTr::tr("Claimed"), PackageTr::tr("Approved"), PackageTr::tr("Paid"), PackageTr::tr("Submitted"),
               PackageTr::tr("Decided"), PackageTr::tr("Lines"), PackageTr::tr("Attachments"),
               PackageTr::tr("Attachments not exported"), PackageTr::tr("Folder") })
            w.field(header, false);
        w.endRecord();
        for (const ClaimInfo& info : std::as_const(claims)) {
            const MdfClaim& c = info.claim;
            w.field(c.number, neutralise);
            w.field(c.title, neutralise);
            w.field(mdfClaimStatusLabel(c.status), neutralise);
            w.field(info.requestNumber, neutralise);
            w.field(info.requestTitle, neutralise);
            w.field(info.partnerName, neutralise);
            w.field(c.amount.currency, neutralise);
            w.plainField(plainMoney(c.amount.minor, c.amount.currency).toLatin1());
            w.plainField(c.approvedMinor ? plainMoney(*c.approvedMinor, c.amount.currency).toLatin1() : QByteArray());
            w.plainField(plainMoney(c.paidMinor, c.amount.currency).toLatin1());
            w.plainField(stamp(c.submittedAt).toLatin1());
            w.plainField(stamp(c.decidedAt).toLatin1());
            w.plainField(QByteArray::number(c.lines.size()));
            w.plainField(QByteArray::number(info.exportedPath.size()));
            w.plainField(QByteArray::number(info.attachments.size() - info.exportedPath.size()));
            w.field(info.exportedPath.isEmpty() ? QString() : info.folder, neutralise);
            w.endRecord();
        }
    });
    if (!csv)
        return csv.error();
    csv = writeCsv(QStringLiteral("claim-lines.csv"), [&](Csv::CsvWriter& w) {
        for (const QString& header : { PackageTr::tr("Claim"), PackageTr::tr("Line"), PackageTr::tr("Description"),
                                       PackageTr::tr("Spent on"), PackageTr::tr("Currency"), PackageTr::tr("Amount"),
                                       PackageTr::tr("Receipts") })
            w.field(header, false);
        w.endRecord();
        for (const ClaimInfo& info : std::as_const(claims)) {
            const MdfClaim& c = info.claim;
            for (qsizetype i = 0; i < c.lines.size(); ++i) {
                const MdfClaimLine& line = c.lines.at(i);
                QStringList receipts;
                for (const QByteArray& id : line.attachmentIds) {
                    if (info.exportedPath.contains(id))
                        receipts.append(info.exportedPath.value(id));
                }
                w.field(c.number, neutralise);
                w.plainField(QByteArray::number(i + 1));
                w.field(line.description, neutralise);
                w.plainField(Timestamp::dateToStorage(line.spentOn).toLatin1());
                w.field(c.amount.currency, neutralise);
                w.plainField(plainMoney(line.amountMinor, c.amount.currency).toLatin1());
                w.field(receipts.join(QStringLiteral("; ")), neutralise);
                w.endRecord();
                ++result.lines;
            }
        }
    });
    if (!csv)
        return csv.error();
    result.claims = int(claims.size());

    // ---- Manifest and checksums -------------------------------------------------------------------------------
    // The CSV files were added after the attachments; list them first, as a reader would look for them.
    QJsonArray ordered;
    QStringList orderedFiles;
    QStringList orderedSums;
    for (int pass = 0; pass < 2; ++pass) {
        for (qsizetype i = 0; i < manifestFiles.size(); ++i) {
            const bool isCsv = !result.files.at(i).contains(QLatin1Char('/'));
            if (isCsv == (pass == 0)) {
                ordered.append(manifestFiles.at(i));
                orderedFiles.append(result.files.at(i));
                orderedSums.append(sums.at(i));
            }
        }
    }
    result.files = orderedFiles;
    const QJsonObject manifest {
        { QStringLiteral("format"), QStringLiteral("channeldesk-mdf-claims") },
        { QStringLiteral("version"), 1 },
        { QStringLiteral("exported_at"), Timestamp::nowUtc() },
        { QStringLiteral("claims"), result.claims },
        { QStringLiteral("files"), ordered },
        { QStringLiteral("problems"), manifestProblems },
    };
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    if (Status s = writeBytes(QStringLiteral("manifest.json"), manifestBytes); !s)
        return s.error();
    orderedSums.append(QString::fromLatin1(QCryptographicHash::hash(manifestBytes, QCryptographicHash::Sha256).toHex())
                       + QStringLiteral("  manifest.json"));
    result.files.append(QStringLiteral("manifest.json"));
    if (Status s = writeBytes(QStringLiteral("SHA256SUMS"), (orderedSums.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        !s)
        return s.error();
    result.files.append(QStringLiteral("SHA256SUMS"));

    // ---- Into place -----------------------------------------------------------------------------------------------
    if (target.exists() && !QDir().rmdir(targetPath))
        return ioError(PackageTr::tr("The folder “%1” could not be replaced.").arg(targetPath));
    if (!QDir().rename(staging.path(), targetPath))
        return ioError(PackageTr::tr("The package could not be moved to “%1”.").arg(targetPath));
    staging.setAutoRemove(false);
    result.folder = targetPath;
    qCInfo(lcMdf) << "Exported" << result.claims << "claims with" << result.attachments << "attachments to" << targetPath
                  << "(" << result.problems.size() << "not exported)";
    return result;
}

} // namespace ChannelDesk
