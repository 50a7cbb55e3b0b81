#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ChannelDesk::Uuid {

/// A new RFC 9562 UUIDv7: 48-bit Unix milliseconds, then random bits. Time-ordered, so B-tree inserts stay local.
/// Returns the 16 raw bytes, which is how ids are stored in SQLite.
QByteArray createV7();
/// The same, with the clock and randomness supplied (deterministic data generation and tests).
QByteArray createV7(qint64 unixMillis, quint64 randomA, quint64 randomB);

/// Canonical lower-case text form (8-4-4-4-12) of 16 raw bytes.
QString toString(const QByteArray& raw);
/// Raw bytes from the text form; empty on malformed input.
QByteArray fromString(const QString& text);

/// A list of ids as compact JSON text (an array of UUID texts), and back; malformed entries are skipped.
QString listToJson(const QList<QByteArray>& ids);
QList<QByteArray> listFromJson(const QString& json);

/// Milliseconds since the epoch carried by a UUIDv7.
qint64 timestampMillis(const QByteArray& raw);

} // namespace ChannelDesk::Uuid
