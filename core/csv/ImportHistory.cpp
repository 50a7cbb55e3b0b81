#include "csv/ImportHistory.h"

#include "common/Logging.h"
#include "common/Timestamp.h"
#include "domain/Contact.h"
#include "domain/Partner.h"
#include "partners/ContactRepository.h"
#include "partners/PartnerRepository.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace ChannelDesk::Csv {

namespace {

struct HistoryTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::Csv::ImportHistory)
};

QJsonObject parseObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

/// A stored value as the history wrote it: through the same JSON as outbox entries, so that comparing a current
/// value with a recorded one compares like with like (numbers, text, null).
QJsonValue asRecorded(const QString& column, const QVariant& value)
{
    return parseObject(RecordWriter::outboxJson({ { column, value } })).value(column);
}

QVariant fromRecorded(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    if (value.isDouble()) {
        const double d = value.toDouble();
        const qint64 i = value.toInteger();
        return static_cast<double>(i) == d ? QVariant(i) : QVariant(d);
    }
    return value.toVariant();
}

template<typename Def, typename Record>
const Def* findDef(const QList<Def>& defs, const QString& column)
{
    for (const Def& def : defs) {
        if (column == QLatin1StringView(def.column))
            return &def;
    }
    return nullptr;
}

struct Change
{
    QString entity;
    QByteArray id;
    QJsonObject before;
    QJsonObject after;
};

/// Puts `to` into the fields whose current value still equals `from`; counts the others (edited since) as skipped.
/// Returns the number of fields set.
template<typename Record, typename Def>
int applyFields(Record& record, const QList<Def>& defs, const QJsonObject& from, const QJsonObject& to, qint64& skipped)
{
    int applied = 0;
    const Record current = record;
    for (auto it = to.constBegin(); it != to.constEnd(); ++it) {
        const Def* def = findDef<Def, Record>(defs, it.key());
        if (!def) {
            ++skipped;
            continue;
        }
        if (asRecorded(it.key(), def->get(current)) != from.value(it.key())) {
            ++skipped;
            continue;
        }
        def->set(record, fromRecorded(it.value()));
        ++applied;
    }
    return applied;
}

} // namespace

ImportHistory::ImportHistory(Database& db)
    : m_db(db)
{
}

Result<QList<ImportRun>> ImportHistory::runs() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT run_id, file_name, mode, finished_at, created, updated, rejected, "
                                   "reverted_at FROM import_run ORDER BY run_id DESC")))
        return Sql::errorFrom(query);
    QList<ImportRun> runs;
    while (query.next()) {
        ImportRun run;
        run.id = query.value(0).toLongLong();
        run.fileName = query.value(1).toString();
        run.mode = query.value(2).toString();
        run.finishedAt = Timestamp::fromStorage(query.value(3).toString());
        run.created = query.value(4).toLongLong();
        run.updated = query.value(5).toLongLong();
        run.rejected = query.value(6).toLongLong();
        if (!query.value(7).isNull())
            run.revertedAt = Timestamp::fromStorage(query.value(7).toString());
        runs.append(run);
    }
    return runs;
}

namespace {

Result<QList<QByteArray>> createdIds(Database& db, qint64 runId, const QString& entity)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT ids FROM import_created WHERE run_id = ? AND entity = ? ORDER BY rowid"));
    query.addBindValue(runId);
    query.addBindValue(entity);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    QList<QByteArray> ids;
    while (query.next()) {
        const QByteArray packed = query.value(0).toByteArray();
        for (qsizetype at = 0; at + 16 <= packed.size(); at += 16)
            ids.append(packed.mid(at, 16));
    }
    return ids;
}

Result<QList<Change>> changes(Database& db, qint64 runId)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT entity, record_id, before_values, after_values FROM import_change "
                                 "WHERE run_id = ? ORDER BY rowid"));
    query.addBindValue(runId);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    QList<Change> list;
    while (query.next()) {
        list.append(Change { query.value(0).toString(), query.value(1).toByteArray(),
                             parseObject(query.value(2).toString()), parseObject(query.value(3).toString()) });
    }
    return list;
}

/// Whether the run exists and is (`reverted` true) or is not reverted; the error otherwise.
Status checkRun(Database& db, qint64 runId, bool reverted)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT reverted_at IS NOT NULL FROM import_run WHERE run_id = ?"));
    query.addBindValue(runId);
    if (Status status = Sql::exec(query); !status)
        return status;
    if (!query.next())
        return Error::notFound(HistoryTr::tr("This import is not in the history."));
    if (query.value(0).toBool() != reverted) {
        return Error { Error::Code::InvalidArgument,
                       reverted ? HistoryTr::tr("This import has not been reverted, so there is nothing to re-apply.")
                                : HistoryTr::tr("This import has been reverted already."),
                       {}, {} };
    }
    return {};
}

/// Applies the recorded field changes in one direction (revert: after → before; reapply: before → after).
Status applyChanges(Database& db, const QList<Change>& list, bool revert, ImportHistory::Outcome& outcome)
{
    PartnerRepository partners(db);
    ContactRepository contacts(db);
    for (const Change& change : list) {
        const QJsonObject& from = revert ? change.after : change.before;
        const QJsonObject& to = revert ? change.before : change.after;
        if (change.entity == QLatin1StringView("partner")) {
            const Result<Partner> current = partners.get(change.id);
            if (!current || current->isDeleted()) {
                outcome.fieldsSkipped += to.size();
                continue;
            }
            Partner partner = *current;
            qint64 skipped = 0;
            const int applied = applyFields(partner, partnerFields(), from, to, skipped);
            if (applied > 0) {
                // Undo puts back a previous state, so stage transitions are not checked (as the editor's undo).
                const Result<bool> written = partners.update(partner, false);
                if (!written) {
                    if (written.error().code != Error::Code::Validation)
                        return written.error();
                    qCWarning(lcCsv) << "import history: partner left as is:" << written.error().message;
                    skipped += applied;
                } else {
                    ++outcome.partnersRestored;
                }
            }
            outcome.fieldsSkipped += skipped;
        } else {
            const Result<Contact> current = contacts.get(change.id);
            if (!current || current->isDeleted()) {
                outcome.fieldsSkipped += to.size();
                continue;
            }
            Contact contact = *current;
            qint64 skipped = 0;
            const int applied = applyFields(contact, contactFields(), from, to, skipped);
            if (applied > 0) {
                const Result<bool> written = contacts.update(contact);
                if (!written) {
                    if (written.error().code != Error::Code::Validation)
                        return written.error();
                    skipped += applied;
                }
            }
            outcome.fieldsSkipped += skipped;
        }
    }
    return {};
}

Status packIds(Database& db, qint64 runId, const QString& entity, const QList<QByteArray>& ids)
{
    constexpr qsizetype ChunkIds = 1024;
    for (qsizetype start = 0; start < ids.size(); start += ChunkIds) {
        QByteArray packed;
        for (qsizetype i = start; i < qMin(ids.size(), start + ChunkIds); ++i)
            packed.append(ids.at(i));
        QSqlQuery insert(db.connection());
        insert.prepare(QStringLiteral("INSERT INTO import_created (run_id, entity, ids) VALUES (?, ?, ?)"));
        insert.addBindValue(runId);
        insert.addBindValue(entity);
        insert.addBindValue(packed);
        if (Status status = Sql::exec(insert); !status)
            return status;
    }
    return {};
}

Status setReverted(Database& db, qint64 runId, bool reverted)
{
    QSqlQuery update(db.connection());
    update.prepare(QStringLiteral("UPDATE import_run SET reverted_at = ? WHERE run_id = ?"));
    update.addBindValue(reverted ? QVariant(Timestamp::nowUtc()) : QVariant(QMetaType(QMetaType::QString)));
    update.addBindValue(runId);
    return Sql::exec(update);
}

} // namespace

Result<ImportHistory::Outcome> ImportHistory::revert(qint64 runId)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    if (Status status = checkRun(m_db, runId, false); !status)
        return status.error();
    Outcome outcome;

    // Updated fields first, newest change first, so a record changed twice ends at its oldest value.
    Result<QList<Change>> list = changes(m_db, runId);
    if (!list)
        return list.error();
    QList<Change> reversed = *list;
    std::reverse(reversed.begin(), reversed.end());
    if (Status status = applyChanges(m_db, reversed, true, outcome); !status)
        return status.error();

    // Contacts the import added to existing partners.
    ContactRepository contacts(m_db);
    const Result<QList<QByteArray>> createdContacts = createdIds(m_db, runId, QStringLiteral("contact"));
    if (!createdContacts)
        return createdContacts.error();
    for (const QByteArray& id : *createdContacts) {
        if (const Result<bool> done = contacts.remove(id); !done && done.error().code != Error::Code::NotFound)
            return done.error();
    }

    // Partners it created: tombstoned with their contacts, through the outbox (IMP-07). The contacts removed with
    // them are remembered so that re-applying brings back exactly those.
    PartnerRepository partners(m_db);
    const Result<QList<QByteArray>> createdPartners = createdIds(m_db, runId, QStringLiteral("partner"));
    if (!createdPartners)
        return createdPartners.error();
    QList<QByteArray> removedContacts;
    for (const QByteArray& id : *createdPartners) {
        const Result<Partner> current = partners.get(id);
        if (!current || current->isDeleted())
            continue; // deleted by the user since: nothing to undo
        const Result<QList<QByteArray>> removed = partners.remove(id);
        if (!removed)
            return removed.error();
        removedContacts += *removed;
        ++outcome.partnersRemoved;
    }
    if (Status status = packIds(m_db, runId, QStringLiteral("revert_contact"), removedContacts); !status)
        return status.error();
    if (Status status = setReverted(m_db, runId, true); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    qCInfo(lcCsv) << "reverted import" << runId << ":" << outcome.partnersRemoved << "removed,"
                  << outcome.partnersRestored << "restored," << outcome.fieldsSkipped << "fields skipped";
    return outcome;
}

Result<ImportHistory::Outcome> ImportHistory::reapply(qint64 runId)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    if (Status status = checkRun(m_db, runId, true); !status)
        return status.error();
    Outcome outcome;

    PartnerRepository partners(m_db);
    ContactRepository contacts(m_db);
    const Result<QList<QByteArray>> createdPartners = createdIds(m_db, runId, QStringLiteral("partner"));
    if (!createdPartners)
        return createdPartners.error();
    for (const QByteArray& id : *createdPartners) {
        const Result<Partner> current = partners.get(id);
        if (!current || !current->isDeleted())
            continue;
        if (Status status = partners.restore(id, {}); !status)
            return status.error();
        ++outcome.partnersRemoved;
    }
    for (const QString& entity : { QStringLiteral("revert_contact"), QStringLiteral("contact") }) {
        const Result<QList<QByteArray>> ids = createdIds(m_db, runId, entity);
        if (!ids)
            return ids.error();
        for (const QByteArray& id : *ids) {
            if (const Result<bool> done = contacts.restore(id); !done && done.error().code != Error::Code::NotFound)
                return done.error();
        }
    }
    {
        QSqlQuery clear(m_db.connection());
        clear.prepare(QStringLiteral("DELETE FROM import_created WHERE run_id = ? AND entity = 'revert_contact'"));
        clear.addBindValue(runId);
        if (Status status = Sql::exec(clear); !status)
            return status.error();
    }

    const Result<QList<Change>> list = changes(m_db, runId);
    if (!list)
        return list.error();
    if (Status status = applyChanges(m_db, *list, false, outcome); !status)
        return status.error();
    if (Status status = setReverted(m_db, runId, false); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    qCInfo(lcCsv) << "re-applied import" << runId << ":" << outcome.partnersRemoved << "restored,"
                  << outcome.partnersRestored << "updated again," << outcome.fieldsSkipped << "fields skipped";
    return outcome;
}

} // namespace ChannelDesk::Csv
