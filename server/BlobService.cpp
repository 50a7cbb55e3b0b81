#include "BlobService.h"

#include "ServerDatabase.h"
#include "ServerLogging.h"
#include "UserStore.h"
#include "common/Timestamp.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>

namespace ChannelDesk::Server {

namespace {

ApiReply storageError()
{
    return ApiReply::error(500, QStringLiteral("storage"), QStringLiteral("The server database failed."));
}

} // namespace

BlobService::BlobService(ServerDatabase& db)
    : m_db(db)
{
}

bool BlobService::isSha256(const QString& text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

ApiReply BlobService::put(const User& user, const QString& sha256, const QByteArray& content)
{
    if (!isSha256(sha256))
        return ApiReply::error(400, QStringLiteral("bad_request"),
                               QStringLiteral("A blob is named by the lower-case hex SHA-256 of its content."));
    if (content.size() > MaxBytes)
        return ApiReply::error(413, QStringLiteral("too_large"),
                               QStringLiteral("An attachment is at most %1 bytes.").arg(MaxBytes));
    if (content.isEmpty())
        return ApiReply::error(400, QStringLiteral("bad_request"), QStringLiteral("An attachment cannot be empty."));
    // The name is a promise about the bytes: content that does not hash to it (damaged or tampered) is refused.
    const QString actual = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    if (actual != sha256)
        return ApiReply::error(422, QStringLiteral("hash_mismatch"),
                               QStringLiteral("The content does not match its SHA-256 (it hashes to %1).").arg(actual));

    if (!m_db.begin())
        return ApiReply::error(503, QStringLiteral("busy"), QStringLiteral("The server database is busy."));
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO attachment_blob (sha256, size_bytes, data, uploaded_by, created_at) "
                                  "VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING"));
    insert.addBindValue(sha256);
    insert.addBindValue(qint64(content.size()));
    insert.addBindValue(content);
    insert.addBindValue(user.name);
    insert.addBindValue(Timestamp::nowUtc());
    if (Status status = Sql::exec(insert); !status) {
        qCWarning(lcServer) << "blob write failed:" << status.error().toLogString();
        m_db.rollback();
        return storageError();
    }
    const bool stored = insert.numRowsAffected() > 0;
    insert.finish();
    if (!m_db.commit()) {
        m_db.rollback();
        return storageError();
    }
    return ApiReply::ok({ { QStringLiteral("sha256"), sha256 },
                          { QStringLiteral("size"), qint64(content.size()) },
                          { QStringLiteral("stored"), stored } });
}

ApiReply BlobService::get(const User& user, const QString& sha256)
{
    const ApiReply notFound = ApiReply::error(404, QStringLiteral("not_found"),
                                              QStringLiteral("No attachment or certification you can see has this content."));
    if (!isSha256(sha256))
        return notFound;
    // Visible = a live record naming the hash in a scope the user owns: an MDF attachment (mdf_index holds the live
    // ones) or a certification's evidence (cert_evidence holds the live ones). Certifications are never shared.
    QSqlQuery& visible = m_db.prepared(
        user.isAdmin()
            ? QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM mdf_index WHERE entity = 'mdf_attachment' AND "
                             "label = ?) OR EXISTS (SELECT 1 FROM cert_evidence WHERE sha256 = ?) THEN 1 ELSE 0 END")
            : QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM mdf_index i JOIN record r ON r.id = i.id WHERE "
                             "i.entity = 'mdf_attachment' AND i.label = ? AND r.owner = ?) OR EXISTS (SELECT 1 FROM "
                             "cert_evidence e JOIN record r ON r.id = e.id WHERE e.sha256 = ? AND r.owner = ?) "
                             "THEN 1 ELSE 0 END"));
    {
        const auto done = qScopeGuard([&visible] { visible.finish(); });
        for (int i = 0; i < 2; ++i) {
            visible.addBindValue(sha256);
            if (!user.isAdmin())
                visible.addBindValue(user.name);
        }
        if (!Sql::exec(visible) || !visible.next())
            return storageError();
        if (visible.value(0).toLongLong() == 0)
            return notFound;
    }
    QSqlQuery& read = m_db.prepared(QStringLiteral("SELECT data FROM attachment_blob WHERE sha256 = ?"));
    const auto done = qScopeGuard([&read] { read.finish(); });
    read.addBindValue(sha256);
    if (!Sql::exec(read))
        return storageError();
    if (!read.next())
        return notFound;
    ApiReply reply = ApiReply::ok({});
    reply.encoded = read.value(0).toByteArray();
    reply.contentType = QByteArrayLiteral("application/octet-stream");
    return reply;
}

} // namespace ChannelDesk::Server
