#pragma once

// Internal to core/training: the raw SQLite reads of the tier recompute. Measuring 100,000 partners reads over a
// million rows; QSqlQuery's QVariant per cell would cost more than the rest of the recompute together.
#include "common/Timestamp.h"
#include "storage/Sql.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <sqlite3.h>

#include <cstring>
#include <functional>
#include <string_view>
#include <vector>

namespace ChannelDesk::TierSql {

/// A 16-byte id as a value built without allocating (hash key, comparisons). Its bytes are the id's bytes in order,
/// so view() gives the id back without a copy.
struct IdKey
{
    quint64 high = ~quint64(0); ///< the default (and anything not 16 bytes long) is "no id"
    quint64 low = 0;

    bool operator==(const IdKey&) const = default;
    bool operator<(const IdKey& other) const
    {
        return std::memcmp(this, &other, sizeof(IdKey)) < 0; // byte order, as SQLite sorts blobs
    }
    bool isEmpty() const { return high == ~quint64(0) && low == 0; }

    static IdKey of(std::string_view bytes)
    {
        IdKey key;
        if (bytes.size() == 16) {
            std::memcpy(&key.high, bytes.data(), 8);
            std::memcpy(&key.low, bytes.data() + 8, 8);
        } else if (!bytes.empty()) {
            key.low = static_cast<quint64>(bytes.size()); // ids are 16 bytes (CHECK constraint): matches no id
        }
        return key;
    }
    static IdKey of(QByteArrayView bytes) { return of(std::string_view(bytes.data(), size_t(bytes.size()))); }
    /// The id's bytes (empty for no id); valid while the key lives.
    QByteArrayView view() const
    {
        return isEmpty() ? QByteArrayView() : QByteArrayView(reinterpret_cast<const char*>(this), 16);
    }
    QByteArray bytes() const { return view().toByteArray(); }
};
static_assert(sizeof(IdKey) == 16);

struct IdKeyHash
{
    size_t operator()(const IdKey& key) const noexcept
    {
        // UUIDv7: time in the first bytes, random bits at the end.
        return std::hash<quint64> {}(key.low ^ (key.high * 0x9E3779B97F4A7C15ULL));
    }
};

/// Ids to small integers by open addressing (linear probing in one contiguous array): the recompute looks 100,000
/// partners up several times each, and a node-based hash table's pointer chasing cost more than the look-ups'
/// work. The empty key (no id) is never stored.
class IdIndex
{
public:
    /// The value stored for `id`, or -1.
    qint32 find(const IdKey& id) const
    {
        if (m_slots.empty() || id.isEmpty())
            return -1;
        for (size_t at = hash(id) & m_mask;; at = (at + 1) & m_mask) {
            const Slot& slot = m_slots[at];
            if (slot.key == id)
                return slot.value;
            if (slot.key.isEmpty())
                return -1;
        }
    }
    /// The value stored for `id`, storing `value` first when there is none. -1 for the empty key.
    qint32 insert(const IdKey& id, qint32 value)
    {
        if (id.isEmpty())
            return -1;
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        for (size_t at = hash(id) & m_mask;; at = (at + 1) & m_mask) {
            Slot& slot = m_slots[at];
            if (slot.key == id)
                return slot.value;
            if (slot.key.isEmpty()) {
                slot.key = id;
                slot.value = value;
                ++m_size;
                return value;
            }
        }
    }
    /// Stores `value` for an id already present (e.g. -1 to forget it without breaking probe chains).
    void set(const IdKey& id, qint32 value)
    {
        if (m_slots.empty() || id.isEmpty())
            return;
        for (size_t at = hash(id) & m_mask;; at = (at + 1) & m_mask) {
            Slot& slot = m_slots[at];
            if (slot.key == id) {
                slot.value = value;
                return;
            }
            if (slot.key.isEmpty())
                return;
        }
    }
    void reserve(size_t count)
    {
        while (m_slots.size() < count * 2)
            grow();
    }
    size_t size() const { return m_size; }

private:
    struct Slot
    {
        IdKey key;
        qint32 value = -1;
    };

    static size_t hash(const IdKey& id)
    {
        quint64 x = id.high ^ (id.low * 0x9E3779B97F4A7C15ULL);
        x ^= x >> 32;
        x *= 0xD6E8FEB86659FD93ULL;
        x ^= x >> 32;
        return size_t(x);
    }
    void grow()
    {
        std::vector<Slot> old;
        old.swap(m_slots);
        m_slots.assign(old.empty() ? 1024 : old.size() * 2, Slot());
        m_mask = m_slots.size() - 1;
        m_size = 0;
        for (const Slot& slot : old) {
            if (!slot.key.isEmpty())
                insert(slot.key, slot.value);
        }
    }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    size_t m_size = 0;
};

/// A prepared statement on the raw handle, finalised on every path.
class Statement
{
public:
    Statement(sqlite3* db, const QString& sql)
        : m_db(db), m_sql(sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        m_rc = db ? sqlite3_prepare_v2(db, utf8.constData(), static_cast<int>(utf8.size()), &m_statement, nullptr)
                  : SQLITE_MISUSE;
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    void bind(int index, qint64 value)
    {
        if (m_rc == SQLITE_OK)
            m_rc = sqlite3_bind_int64(m_statement, index, value);
    }
    void bind(int index, const QString& text)
    {
        m_keep.append(text.toUtf8());
        if (m_rc == SQLITE_OK)
            m_rc = sqlite3_bind_text(m_statement, index, m_keep.constLast().constData(),
                                     static_cast<int>(m_keep.constLast().size()), SQLITE_STATIC);
    }
    /// UTF-8 text, copied by SQLite.
    void bindText(int index, QByteArrayView utf8) { bindTextAs(index, utf8, SQLITE_TRANSIENT); }
    /// A blob, or NULL when empty (ids).
    void bind(int index, const QByteArray& blob)
    {
        if (m_rc != SQLITE_OK)
            return;
        if (blob.isEmpty()) {
            m_rc = sqlite3_bind_null(m_statement, index);
            return;
        }
        m_keep.append(blob);
        m_rc = sqlite3_bind_blob(m_statement, index, m_keep.constLast().constData(),
                                 static_cast<int>(m_keep.constLast().size()), SQLITE_STATIC);
    }
    /// A blob copied by SQLite (no need to keep it alive), or NULL when empty.
    void bind(int index, QByteArrayView blob) { bindBlobAs(index, blob, SQLITE_TRANSIENT); }
    /// UTF-8 text and blobs (NULL when empty) that SQLite does not copy: the bytes must stay valid until run(),
    /// which unbinds them. For the writes of a first recompute, where copying every value cost a tenth of them.
    void bindTextInPlace(int index, QByteArrayView utf8) { bindTextAs(index, utf8, SQLITE_STATIC); }
    void bindInPlace(int index, QByteArrayView blob) { bindBlobAs(index, blob, SQLITE_STATIC); }
    void bindNull(int index)
    {
        if (m_rc == SQLITE_OK)
            m_rc = sqlite3_bind_null(m_statement, index);
    }
    /// true: a row is available; false: done or failed (see failed()).
    bool next()
    {
        if (m_rc != SQLITE_OK && m_rc != SQLITE_ROW)
            return false;
        m_rc = sqlite3_step(m_statement);
        return m_rc == SQLITE_ROW;
    }
    /// Runs a statement that returns no rows, then makes it ready to bind again (prepared once, run many times).
    bool run()
    {
        if (m_rc != SQLITE_OK)
            return false;
        m_rc = sqlite3_step(m_statement);
        if (m_rc != SQLITE_DONE)
            return false;
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        m_keep.clear();
        m_rc = SQLITE_OK;
        return true;
    }
    bool failed() const { return m_rc != SQLITE_OK && m_rc != SQLITE_ROW && m_rc != SQLITE_DONE; }
    Error error() const
    {
        return Sql::fromResultCode(m_rc, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "no database handle")
                                             + QStringLiteral(" [") + m_sql.left(200) + QLatin1Char(']'));
    }
    sqlite3_stmt* get() const { return m_statement; }

    std::string_view text(int column) const
    {
        // text() before bytes(), as SQLite documents, so the length is that of the UTF-8 form.
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return text ? std::string_view(text, static_cast<size_t>(sqlite3_column_bytes(m_statement, column)))
                    : std::string_view();
    }
    QString string(int column) const
    {
        const std::string_view t = text(column);
        return QString::fromUtf8(t.data(), static_cast<qsizetype>(t.size()));
    }
    QByteArray blob(int column) const
    {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
        return data ? QByteArray(data, sqlite3_column_bytes(m_statement, column)) : QByteArray();
    }
    /// The blob without copying, valid until the next step.
    std::string_view blobView(int column) const
    {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
        return data ? std::string_view(data, static_cast<size_t>(sqlite3_column_bytes(m_statement, column)))
                    : std::string_view();
    }
    IdKey id(int column) const { return IdKey::of(blobView(column)); }
    qint64 int64(int column) const { return sqlite3_column_int64(m_statement, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }

private:
    void bindTextAs(int index, QByteArrayView utf8, sqlite3_destructor_type lifetime)
    {
        if (m_rc == SQLITE_OK)
            m_rc = sqlite3_bind_text(m_statement, index, utf8.isNull() ? "" : utf8.data(), static_cast<int>(utf8.size()),
                                     lifetime);
    }
    void bindBlobAs(int index, QByteArrayView blob, sqlite3_destructor_type lifetime)
    {
        if (m_rc != SQLITE_OK)
            return;
        m_rc = blob.isEmpty() ? sqlite3_bind_null(m_statement, index)
                              : sqlite3_bind_blob(m_statement, index, blob.data(), static_cast<int>(blob.size()),
                                                  lifetime);
    }

    sqlite3* m_db;
    QString m_sql;
    sqlite3_stmt* m_statement = nullptr;
    int m_rc = SQLITE_OK;
    QList<QByteArray> m_keep;
};

/// Julian day of a stored "YYYY-MM-DD" (read directly: QDate::fromString on a million rows costs seconds); 0 when
/// empty or malformed.
inline qint64 julianAt(std::string_view text)
{
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        int parts[3] = { 0, 0, 0 };
        const size_t from[3] = { 0, 5, 8 };
        const size_t count[3] = { 4, 2, 2 };
        for (int p = 0; p < 3; ++p) {
            for (size_t i = from[p]; i < from[p] + count[p]; ++i) {
                if (text[i] < '0' || text[i] > '9')
                    return 0;
                parts[p] = parts[p] * 10 + (text[i] - '0');
            }
        }
        const QDate date(parts[0], parts[1], parts[2]);
        return date.isValid() ? date.toJulianDay() : 0;
    }
    if (text.empty())
        return 0;
    const QDate date = Timestamp::dateFromStorage(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
    return date.isValid() ? date.toJulianDay() : 0;
}

/// Timestamp::nowUtc() in UTF-8, formatted only when the millisecond changed: a first run writes 100,000
/// standings, dozens within each millisecond.
class UtcClock
{
public:
    QByteArrayView nowUtc()
    {
        const qint64 ms = QDateTime::currentMSecsSinceEpoch();
        if (ms != m_ms || m_text.isEmpty()) {
            m_ms = ms;
            m_text = Timestamp::toStorage(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)).toUtf8();
        }
        return m_text;
    }

private:
    qint64 m_ms = 0;
    QByteArray m_text;
};

} // namespace ChannelDesk::TierSql
