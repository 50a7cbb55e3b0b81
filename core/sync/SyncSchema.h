#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariant>

namespace ChannelDesk {

/// How a synced field travels as JSON and is stored in the client's SQLite table.
enum class SyncFieldKind {
    Text,         ///< NOT NULL text; JSON string
    OptionalText, ///< nullable text (ISO dates, currency codes, tombstone time); JSON string or null
    Integer,      ///< nullable integer (money minor units); JSON integer or null
    Reference,    ///< 16-byte UUID of another record (the parent); JSON UUID text
    OptionalReference, ///< nullable 16-byte UUID of another record; JSON UUID text or null
};

struct SyncField
{
    QString name; ///< column name = outbox field name = wire name; never renamed
    SyncFieldKind kind;
    int maxLength; ///< characters, for text kinds; the server refuses longer values
};

/// One synced entity: the registry that the client engine and the server both walk, so a new entity syncs by
/// adding an entry here (and its table on the client). Parents come before children (`rank`), and a child's scope
/// (who may see it) is its parent's.
struct SyncEntity
{
    QString name;        ///< outbox/wire entity name
    QString table;       ///< client table
    int rank;            ///< snapshot order: parents (lower) before children
    QString parentField; ///< Reference field naming the scope parent; empty for a scope root (partner)
    QString ownerField;  ///< for a scope root, the field naming its owner CAM
    QList<SyncField> fields; ///< every synced field except the id; includes deleted_at (the tombstone)
    /// Fields merged as one unit (all-or-nothing), e.g. an amount and its currency: a concurrent change to any of them
    /// makes an edit to any of them a conflict on the whole group.
    QList<QStringList> atomicGroups = {};
    /// A shared scope root (vendor-wide definitions): every user reads it, only an administrator changes it on the
    /// server. Its children (parentField naming it) share its scope. Has no owner field.
    bool shared = false;

    const SyncField* field(const QString& name) const;
};

namespace SyncSchema {

/// Version of the synced field set; a client and server must agree (the server refuses other versions).
// 2: deal and deal_event (issue 4); 3: MDF (issue 5); 4: training and tiers (issue 6); 5: deal_task (DR-11);
// 6: deal.approval_chain (DR-03)
constexpr int Version = 6;

const QList<SyncEntity>& entities();
const SyncEntity* find(const QString& name);

/// Client storage value (QVariant from QSqlQuery / RecordWriter) to wire JSON, and back.
QJsonValue toJson(const SyncField& field, const QVariant& stored);
QVariant fromJson(const SyncField& field, const QJsonValue& value);
/// Whether `value` has the field's JSON type and respects its length; `why` says what is wrong otherwise.
bool accepts(const SyncField& field, const QJsonValue& value, QString* why);
/// The value a field has when a create does not mention it.
QJsonValue defaultValue(const SyncField& field);

} // namespace SyncSchema

} // namespace ChannelDesk
