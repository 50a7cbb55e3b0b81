#include "BlobStore.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace ChannelDesk::BlobStore {

QString sha256Hex(const QByteArray& content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

Status store(Database& db, const QString& sha256, const QByteArray& content)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT data FROM mdf_blob WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (Status s = Sql::exec(q); !s)
        return s;
    if (q.next() && sha256Hex(q.value(0).toByteArray()) == sha256)
        return {};
    q.finish();
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral("INSERT OR REPLACE INTO mdf_blob (sha256, size_bytes, data) VALUES (?, ?, ?)"));
    insert.addBindValue(sha256);
    insert.addBindValue(qint64(content.size()));
    insert.addBindValue(content);
    return Sql::exec(insert);
}

Result<Blob> read(Database& db, const QString& sha256, qint64 expectedSize)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT data FROM mdf_blob WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (Status s = Sql::exec(q); !s)
        return s.error();
    Blob blob;
    if (!q.next())
        return blob;
    blob.data = q.value(0).toByteArray();
    const bool sizeOk = expectedSize < 0 || blob.data.size() == expectedSize;
    blob.state = sizeOk && sha256Hex(blob.data) == sha256 ? State::Intact : State::Damaged;
    return blob;
}

} // namespace ChannelDesk::BlobStore
