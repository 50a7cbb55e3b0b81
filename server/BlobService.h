#pragma once

#include "ApiReply.h"

#include <QByteArray>
#include <QString>

namespace ChannelDesk::Server {

class ServerDatabase;
struct User;

/// Attachment contents (MDF receipts, photos, PDFs; certification evidence), addressed by their SHA-256
/// (docs/sync-protocol.md "Blobs"). An attachment or certification record syncs as a normal row naming its content's
/// hash; the bytes travel here, once per content.
/// HTTP-free like SyncService; HttpApi routes PUT and GET /sync/v1/blobs/{sha256} to it.
class BlobService final
{
public:
    static constexpr qint64 MaxBytes = 25 * 1024 * 1024; ///< = MdfClaimRepository::MaxAttachmentBytes

    explicit BlobService(ServerDatabase& db);

    /// Stores `content` if it hashes to `sha256` (lower-case hex) and is 1 byte … 25 MiB; storing what is already
    /// there is a success that changes nothing. Any signed-in user may upload: the content is useless to others
    /// until a record they may see names it.
    ApiReply put(const User& user, const QString& sha256, const QByteArray& content);
    /// The content, only for a user who can see a live MDF attachment or certification naming it (admins: any).
    /// Otherwise, and when the content is missing, 404 alike: nothing about other scopes leaks.
    ApiReply get(const User& user, const QString& sha256);

    static bool isSha256(const QString& text);

private:
    ServerDatabase& m_db;
};

} // namespace ChannelDesk::Server
