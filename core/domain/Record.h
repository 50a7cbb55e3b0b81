#pragma once

#include <QDateTime>
#include <QVariant>

#include <optional>

namespace ChannelDesk {

/// Bookkeeping shared by every synced record read through a field table, maintained by its repository.
struct RecordMeta
{
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt; ///< tombstone
    std::optional<qint64> serverVersion;

    bool isDeleted() const { return deletedAt.isValid(); }
};

/// A synced column of a table and how to read and write it on its struct. Column names are wire names, so one
/// table serves storage (storage/RecordIo.h) and sync (sync/SyncSchema.cpp).
template <class T>
struct FieldDef
{
    const char* column;
    QVariant (*get)(const T&);
    void (*set)(T&, const QVariant&);
};

} // namespace ChannelDesk
