#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace ChannelDesk {

class Database;

/// The local content-addressed store of attachment bytes (table mdf_blob: sha256, size_bytes, data), shared by MDF
/// claim attachments and certification evidence: the same bytes are kept once, whoever refers to them. Callers
/// write inside their own transaction and word their own messages (they know the file's name).
namespace BlobStore {

/// Lower-case hex SHA-256 of `content`: the key of its blob.
QString sha256Hex(const QByteArray& content);

/// Stores `content` under `sha256` (= sha256Hex(content)) unless an intact copy is already there; a stored copy
/// that no longer matches its hash is replaced by the good bytes supplied.
Status store(Database& db, const QString& sha256, const QByteArray& content);

/// What read() found.
enum class State { Intact, Missing, Damaged };

struct Blob
{
    State state = State::Missing;
    QByteArray data; ///< the stored bytes (also when damaged, for diagnostics)
};

/// The bytes stored under `sha256`, verified against the hash (and against `expectedSize` when ≥ 0). Storage
/// errors are errors; a missing or damaged blob is a state, so the caller can name the file in its message.
Result<Blob> read(Database& db, const QString& sha256, qint64 expectedSize = -1);

} // namespace BlobStore

} // namespace ChannelDesk
