#include "DealRepository.h"

#include "ApprovalRouting.h"
#include "CompanyName.h"
#include "DealSettings.h"
#include "DealTaskRepository.h"
#include "DealValidator.h"
#include "common/Logging.h"
#include "common/TextFold.h"
#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "reporting/CurrencyConverter.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "sync/SyncStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace ChannelDesk {

namespace {

struct RepositoryTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::DealRepository)
};

const RecordWriter::Entity DealEntity { QStringLiteral("deal"), QStringLiteral("deal") };
const RecordWriter::Entity EventEntity { QStringLiteral("deal_event"), QStringLiteral("deal_event") };

constexpr int NumberAttempts = 32;

struct PartnerInfo
{
    QString name;
    QString owner;
    bool deleted = false;
};

Deal dealFromQuery(const QSqlQuery& query)
{
    Deal d;
    d.id = query.value(QStringLiteral("id")).toByteArray();
    for (const DealFieldDef& field : dealFields())
        field.set(d, query.value(QString::fromLatin1(field.column)));
    d.createdAt = Timestamp::fromStorage(query.value(QStringLiteral("created_at")).toString());
    d.updatedAt = Timestamp::fromStorage(query.value(QStringLiteral("updated_at")).toString());
    d.deletedAt = Timestamp::fromStorage(query.value(QStringLiteral("deleted_at")).toString());
    const QVariant version = query.value(QStringLiteral("server_version"));
    if (!version.isNull())
        d.serverVersion = version.toLongLong();
    return d;
}

QString json(const QJsonObject& object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString dateText(const QDate& date)
{
    return Timestamp::dateToStorage(date);
}

QString formatDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

// The user's calendar day at `at`: protection periods and expiry are counted in local days (DR-06).
QDate localDay(const QDateTime& at)
{
    return at.toLocalTime().date();
}

// DR-03: only someone the approval chain waits for now decides (approve, reject, return).
Status checkDecider(const Deal& deal, const QString& actor)
{
    const QStringList waiting = ApprovalRouting::waitingFor(deal);
    if (waiting.isEmpty() || waiting.contains(actor))
        return {};
    return Error::validation(QStringLiteral("approver"),
                             waiting.size() == 1
                                 ? RepositoryTr::tr("This registration is waiting for %1's decision.").arg(waiting.first())
                                 : RepositoryTr::tr("This registration is waiting for the decisions of %1.")
                                       .arg(QLocale().createSeparatedList(waiting)));
}

// The chain as a JSON array for an event's detail (the audit trail of who was asked).
QJsonArray approvalChainJson(const QList<ApprovalStage>& chain)
{
    return QJsonDocument::fromJson(approvalChainToJson(chain).toUtf8()).array();
}

// "DR-2611-7KQ3MZ": 30 random bits in Crockford base 32 (no I, L, O, U: nothing to misread on the phone).
QString makeNumber(const Deal& deal, const QDate& day, quint64 random)
{
    static constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString number = (deal.isRegistration() ? QStringLiteral("DR-") : QStringLiteral("OP-"))
        + day.toString(QStringLiteral("yyMM")) + QLatin1Char('-');
    for (int i = 5; i >= 0; --i)
        number.append(QLatin1Char(alphabet[(random >> (5 * i)) & 31]));
    return number;
}

quint64 randomBitsOf(const QByteArray& id)
{
    // The last six bytes of a UUIDv7 are random (rand_b); the first six are the clock.
    quint64 bits = 0;
    for (qsizetype i = id.size() - 6; i >= 0 && i < id.size(); ++i)
        bits = (bits << 8) | quint8(id.at(i));
    return bits;
}

struct Field
{
    const char* column;
    const char* label;
};

// Fields only the workflow writes: update() refuses a caller that changed one.
const QList<Field>& workflowFields()
{
    static const QList<Field> fields {
        { "kind", QT_TRANSLATE_NOOP("ChannelDesk::DealRepository", "The kind of deal") },
        { "number", QT_TRANSLATE_NOOP("ChannelDesk::DealRepository", "The number") },
        { "status", QT_TRANSLATE_NOOP("ChannelDesk::DealRepository", "The status") },
        { "closure_code", QT_TRANSLATE_NOOP("ChannelDesk::DealRepository", "The closure code") },
        { "submitted_at", QT_TRANSLATE_NOOP("ChannelDesk::DealRepository", "The submission date") },
        { "decided_at", QT_TRANSLATE_NOOP("ChannelDesk::DealRepository", "The decision date") },
        { "expires_on", QT_TRANSLATE_NOOP("ChannelDesk::DealRepository", "The expiry date") },
        { "extensions", QT_TRANSLATE_NOOP("ChannelDesk::DealRepository", "The number of extensions") },
        { "extension_requested_to", QT_TRANSLATE_NOOP("ChannelDesk::DealRepository", "The extension request") },
        { "extension_reason", QT_TRANSLATE_NOOP("ChannelDesk::DealRepository", "The extension request") },
        { "approver", QT_TRANSLATE_NOOP("ChannelDesk::DealRepository", "The approver") },
        { "registration_id", QT_TRANSLATE_NOOP("ChannelDesk::DealRepository", "The link between registration and opportunity") },
    };
    return fields;
}

QVariant fieldValue(const Deal& deal, const char* column)
{
    for (const DealFieldDef& field : dealFields()) {
        if (qstrcmp(field.column, column) == 0)
            return field.get(deal);
    }
    return {};
}

Status reasonMissing(DealAction action)
{
    QString message;
    switch (action) {
    case DealAction::Reject: message = RepositoryTr::tr("Say why the registration is rejected."); break;
    case DealAction::MarkDuplicate: message = RepositoryTr::tr("Say which registration this one duplicates."); break;
    case DealAction::Cancel: message = RepositoryTr::tr("Say why the registration is canceled."); break;
    case DealAction::CloseInactive: message = RepositoryTr::tr("Say why the registration is closed for inactivity."); break;
    case DealAction::Withdraw: message = RepositoryTr::tr("Say why the registration is withdrawn."); break;
    case DealAction::MarkLost: message = RepositoryTr::tr("Say why the opportunity was lost."); break;
    case DealAction::Reopen: message = RepositoryTr::tr("Say why the opportunity is reopened."); break;
    default: message = RepositoryTr::tr("Give a reason for \"%1\".").arg(DealWorkflow::label(action)); break;
    }
    return Error::validation(QStringLiteral("reason"), message);
}

} // namespace

// ----- helpers shared by the writes ---------------------------------------------------------------------------------

namespace {

class Writes
{
public:
    explicit Writes(Database& db) : m_db(db), m_writer(db) { }

    Result<PartnerInfo> partner(const QByteArray& id) const
    {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("SELECT name, owner, deleted_at FROM partner WHERE id = ?"));
        query.addBindValue(id);
        if (Status status = Sql::exec(query); !status)
            return status.error();
        if (!query.next())
            return Error::validation(QStringLiteral("partner_id"), RepositoryTr::tr("The partner no longer exists."));
        return PartnerInfo { query.value(0).toString(), query.value(1).toString(), !query.value(2).isNull() };
    }

    Result<bool> numberTaken(const QString& number) const
    {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("SELECT 1 FROM deal WHERE number = ?"));
        query.addBindValue(number);
        if (Status status = Sql::exec(query); !status)
            return status.error();
        return query.next();
    }

    /// Inserts a new deal (id and number assigned here) and its "create" event.
    Status insert(Deal& deal, const QString& actor, const QDateTime& at, QJsonObject detail)
    {
        const Result<PartnerInfo> owner = partner(deal.partnerId);
        if (!owner)
            return owner.error();
        if (deal.id.isEmpty())
            deal.id = Uuid::createV7();
        const QDate day = localDay(at);
        quint64 random = randomBitsOf(deal.id);
        for (int attempt = 0;; ++attempt) {
            deal.number = makeNumber(deal, day, random);
            const Result<bool> taken = numberTaken(deal.number);
            if (!taken)
                return taken.error();
            if (!*taken)
                break;
            if (attempt == NumberAttempts)
                return Error::storage(RepositoryTr::tr("No free deal number could be found."), deal.number);
            // The id's bits are taken: fresh randomness (ids stay as they are; only the number moves on).
            random = QRandomGenerator::system()->generate64();
        }
        if (Status status = m_writer.insert(DealEntity, deal.id, DealRepository::syncedColumns(deal),
                                            DealRepository::localColumns(deal, owner->name));
            !status)
            return status;
        detail.insert(QStringLiteral("number"), deal.number);
        return event(deal, actor, at, QStringLiteral("create"), QString(), deal.status, QString(), detail);
    }

    /// Writes the deal's synced columns (those that changed) and its local keys. Returns whether anything changed.
    Result<bool> save(const Deal& deal)
    {
        const Result<PartnerInfo> owner = partner(deal.partnerId);
        if (!owner)
            return owner.error();
        const Result<bool> changed = m_writer.update(DealEntity, deal.id, DealRepository::syncedColumns(deal),
                                                     DealRepository::localColumns(deal, owner->name));
        // DR-11: a registration that leaves submitted … approved takes its open tasks with it.
        if (changed && deal.isRegistration() && !deal.isDeleted() && !DealWorkflow::allowsTasks(deal)) {
            if (const Result<int> canceled = DealTaskRepository(m_db).cancelOpen(deal.id); !canceled)
                return canceled.error();
        }
        return changed;
    }

    Status event(const Deal& deal, const QString& actor, const QDateTime& at, const QString& action, const QString& from,
                 const QString& to, const QString& reason, const QJsonObject& detail)
    {
        DealEvent e;
        e.id = Uuid::createV7();
        e.partnerId = deal.partnerId;
        e.dealId = deal.id;
        e.at = at;
        e.actor = actor;
        e.action = action;
        e.fromStatus = from;
        e.toStatus = to;
        e.reason = reason.trimmed();
        e.detail = json(detail);
        QVariantMap values;
        for (const DealEventFieldDef& field : dealEventFields())
            values.insert(QString::fromLatin1(field.column), field.get(e));
        return m_writer.insert(EventEntity, e.id, values);
    }

private:
    Database& m_db;
    RecordWriter m_writer;
};

QDateTime when(const TransitionInput& input)
{
    return input.at.isValid() ? input.at.toUTC() : QDateTime::currentDateTimeUtc();
}

// What a deal made from another carries over (DR-10 conversion, DR-02 resubmission): partner, CAM, customer,
// products, amounts and notes; never its number, workflow state or history.
Deal commercialsOf(const Deal& source)
{
    Deal deal;
    deal.partnerId = source.partnerId;
    deal.partnerContactId = source.partnerContactId;
    deal.cam = source.cam;
    deal.customerName = source.customerName;
    deal.customerDomain = source.customerDomain;
    deal.customerCountry = source.customerCountry;
    deal.customerCity = source.customerCity;
    deal.customerContactName = source.customerContactName;
    deal.customerContactEmail = source.customerContactEmail;
    deal.customerContactPhone = source.customerContactPhone;
    deal.lineItems = source.lineItems;
    deal.amount = source.amount;
    deal.expectedClose = source.expectedClose;
    deal.salesStage = source.salesStage;
    deal.probability = source.probability;
    deal.description = source.description;
    deal.competitor = source.competitor;
    return deal;
}

// A refusal because of the deal's state (DealWorkflow's refusals use the same field).
Error refusedStatus(const QString& message)
{
    return Error::validation(QStringLiteral("status"), message);
}

} // namespace

DealRepository::DealRepository(Database& db)
    : m_db(db)
{
}

QVariantMap DealRepository::syncedColumns(const Deal& deal)
{
    QVariantMap values;
    for (const DealFieldDef& field : dealFields())
        values.insert(QString::fromLatin1(field.column), field.get(deal));
    return values;
}

QString DealRepository::customerHost(const Deal& deal)
{
    QString host = CompanyName::host(deal.customerDomain);
    if (host.isEmpty() || CompanyName::isPublicMailHost(host))
        host = CompanyName::host(deal.customerContactEmail);
    return CompanyName::isPublicMailHost(host) ? QString() : host;
}

QVariantMap DealRepository::localColumns(const Deal& deal, const QString& partnerName)
{
    const QString searchable = deal.number + QLatin1Char(' ') + deal.customerName + QLatin1Char(' ') + partnerName
        + QLatin1Char(' ') + deal.customerCity;
    // NOT NULL columns: a null QString would bind as NULL.
    const auto text = [](const QString& value) { return value.isNull() ? QStringLiteral("") : value; };
    return {
        { QStringLiteral("customer_key"), text(CompanyName::key(deal.customerName)) },
        { QStringLiteral("customer_host"), text(customerHost(deal)) },
        { QStringLiteral("search_text"), text(TextFold::words(searchable).join(QLatin1Char(' '))) },
    };
}

Result<Deal> DealRepository::get(const QByteArray& id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT * FROM deal WHERE id = ?"));
    query.addBindValue(id);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    if (!query.next())
        return Error::notFound(RepositoryTr::tr("The deal no longer exists."));
    return dealFromQuery(query);
}

Result<Deal> DealRepository::byNumber(const QString& number) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT * FROM deal WHERE number = ?"));
    query.addBindValue(number.trimmed().toUpper());
    if (Status status = Sql::exec(query); !status)
        return status.error();
    if (!query.next())
        return Error::notFound(RepositoryTr::tr("There is no deal %1.").arg(number.trimmed()));
    return dealFromQuery(query);
}

Result<Deal> DealRepository::create(Deal deal, const QString& actor)
{
    return createWith(std::move(deal), actor, {});
}

Result<Deal> DealRepository::createWith(Deal deal, const QString& actor, const QJsonObject& detail)
{
    // A new deal starts at the beginning of its workflow; the workflow fields are the repository's to fill.
    if (deal.kind.isEmpty())
        deal.kind = QStringLiteral("registration");
    deal.status = deal.isRegistration() ? QStringLiteral("draft") : QStringLiteral("open");
    deal.closureCode.clear();
    deal.submittedAt = {};
    deal.decidedAt = {};
    deal.expiresOn = {};
    deal.extensions = 0;
    deal.extensionRequestedTo = {};
    deal.extensionReason.clear();
    deal.registrationId.clear();
    deal.approver.clear();
    deal.approvalChain.clear();
    deal.number.clear();
    deal.deletedAt = {};
    deal.serverVersion.reset();
    deal.customerName = deal.customerName.trimmed();
    if (!deal.lineItems.isEmpty())
        deal.amount.minor = deal.lineItemsTotalMinor();

    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    Writes writes(m_db);
    if (deal.partnerId.size() == 16) {
        const Result<PartnerInfo> partner = writes.partner(deal.partnerId);
        if (!partner)
            return partner.error();
        if (partner->deleted)
            return Error::validation(QStringLiteral("partner_id"),
                                     RepositoryTr::tr("%1 was deleted; restore the partner to register deals for it.")
                                         .arg(partner->name));
        if (deal.cam.trimmed().isEmpty())
            deal.cam = partner->owner;
    }
    if (Status status = DealValidator::validate(deal); !status)
        return status.error();
    // The create event's time: now, unless the caller says when the deal was written (sample data, imports).
    const QDateTime at = deal.createdAt.isValid() ? deal.createdAt.toUTC() : QDateTime::currentDateTimeUtc();
    if (Status status = writes.insert(deal, actor, at, detail); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    qCDebug(lcDeals) << "created" << deal.number;
    return get(deal.id);
}

Result<Deal> DealRepository::resubmit(const QByteArray& id, const TransitionInput& input)
{
    const QDateTime at = when(input);
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<Deal> stored = get(id);
    if (!stored)
        return stored.error();
    if (stored->isDeleted())
        return DealWorkflow::checkEditable(*stored).error();
    if (!stored->isRegistration())
        return refusedStatus(RepositoryTr::tr("Only a registration can be resubmitted."));
    const bool closed = stored->status == QLatin1String("closed");
    if (closed && stored->closureCode == QLatin1String("withdrawn"))
        return refusedStatus(RepositoryTr::tr("A withdrawn registration cannot be resubmitted (DR-02)."));
    if (!(closed && stored->closureCode == QLatin1String("rejected")) && stored->status != QLatin1String("approved"))
        return refusedStatus(RepositoryTr::tr("Only an approved or a rejected registration is resubmitted (DR-02); "
                                              "%1 is %2.")
                                 .arg(stored->number, dealStatusLabel(stored->status)));

    // The cap counts every resubmission of one opportunity: a copy's own resubmissions count on its original.
    QSqlQuery origin(m_db.connection());
    origin.prepare(QStringLiteral("SELECT detail FROM deal_event WHERE deal_id = ? AND action = 'create' "
                                  "AND deleted_at IS NULL ORDER BY at, local_id LIMIT 1"));
    origin.addBindValue(id);
    if (Status status = Sql::exec(origin); !status)
        return status.error();
    QByteArray root = id;
    if (origin.next()) {
        const QString text = QJsonDocument::fromJson(origin.value(0).toString().toUtf8())
                                 .object()
                                 .value(QStringLiteral("resubmission_root"))
                                 .toString();
        if (const QByteArray parsed = Uuid::fromString(text); !parsed.isEmpty())
            root = parsed;
    }
    QSqlQuery done(m_db.connection());
    done.prepare(QStringLiteral("SELECT count(*) FROM deal_event WHERE deal_id = ? AND action = 'resubmit' "
                                "AND deleted_at IS NULL"));
    done.addBindValue(root);
    if (Status status = Sql::exec(done); !status)
        return status.error();
    const int count = done.next() ? done.value(0).toInt() : 0;
    const Result<DealProgram> program = DealSettings(m_db).program();
    if (!program)
        return program.error();
    if (count >= program->maxResubmissions)
        return refusedStatus(RepositoryTr::tr("This registration was resubmitted %n time(s), as often as the program "
                                              "allows (DR-02).",
                                              nullptr, count));

    // A new draft with what the partner registered: the original keeps its decision (DR-01: a rejected
    // registration is never approved), and the copy goes through the whole workflow again.
    Deal copy = commercialsOf(*stored);
    copy.kind = QStringLiteral("registration");
    copy.createdAt = at;
    const Result<Deal> created = createWith(copy, input.actor, { { QStringLiteral("resubmission_of"), stored->number },
                                                                 { QStringLiteral("resubmission_root"),
                                                                   Uuid::toString(root) } });
    if (!created)
        return created.error();
    Writes writes(m_db);
    const QJsonObject detail { { QStringLiteral("to"), created->number }, { QStringLiteral("from"), stored->number } };
    if (root != id) {
        const Result<Deal> first = get(root);
        if (!first)
            return first.error();
        if (Status status = writes.event(*first, input.actor, at, QStringLiteral("resubmit"), first->status,
                                         first->status, input.reason, detail);
            !status)
            return status.error();
    }
    if (Status status = writes.event(*stored, input.actor, at, QStringLiteral("resubmit"), stored->status,
                                     stored->status, input.reason, detail);
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return created;
}

Result<bool> DealRepository::update(const Deal& input, const QString& actor)
{
    Deal deal = input;
    deal.customerName = deal.customerName.trimmed();
    if (!deal.lineItems.isEmpty())
        deal.amount.minor = deal.lineItemsTotalMinor();

    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<Deal> stored = get(deal.id);
    if (!stored)
        return stored.error();
    if (Status status = DealWorkflow::checkEditable(*stored); !status)
        return status.error();

    // The workflow's fields change only through its actions; the expiry of an approved registration is the one
    // exception (DR-06: "editable").
    const bool approved = stored->isRegistration() && stored->status == QLatin1String("approved");
    for (const Field& field : workflowFields()) {
        if (fieldValue(*stored, field.column) == fieldValue(deal, field.column))
            continue;
        if (qstrcmp(field.column, "expires_on") == 0 && approved) {
            if (!deal.expiresOn.isValid())
                return Error::validation(QStringLiteral("expires_on"),
                                         RepositoryTr::tr("An approved registration needs an expiry date."));
            continue;
        }
        return Error::validation(QString::fromLatin1(field.column),
                                 RepositoryTr::tr("%1 cannot be edited: it changes only through the deal's actions "
                                                  "(submit, approve, extend…).")
                                     .arg(RepositoryTr::tr(field.label)));
    }
    if (deal.partnerId != stored->partnerId && stored->status != QLatin1String("draft"))
        return Error::validation(QStringLiteral("partner_id"),
                                 RepositoryTr::tr("The partner can be changed only while the registration is a draft."));
    if (Status status = DealValidator::validate(deal, &*stored); !status)
        return status.error();

    QStringList changed;
    for (const DealFieldDef& field : dealFields()) {
        if (field.get(*stored) != field.get(deal))
            changed.append(QString::fromLatin1(field.column));
    }
    if (changed.isEmpty())
        return false;
    Writes writes(m_db);
    const Result<bool> saved = writes.save(deal);
    if (!saved)
        return saved.error();
    QJsonObject detail { { QStringLiteral("fields"), QJsonArray::fromStringList(changed) } };
    QString action = QStringLiteral("edit");
    if (changed.contains(QStringLiteral("expires_on"))) {
        action = QStringLiteral("edit_expiry");
        detail.insert(QStringLiteral("expires_from"), dateText(stored->expiresOn));
        detail.insert(QStringLiteral("expires_to"), dateText(deal.expiresOn));
    }
    if (Status status = writes.event(deal, actor, QDateTime::currentDateTimeUtc(), action, stored->status, deal.status,
                                     QString(), detail);
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return *saved;
}

Status DealRepository::setDeleted(const QByteArray& id, bool deleted, const QString& action,
                                  const TransitionInput& input, const std::function<Status(const Deal&)>& allowed)
{
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const Result<Deal> stored = get(id);
    if (!stored)
        return stored.error();
    if (Status status = allowed(*stored); !status)
        return status;
    if (stored->isDeleted() == deleted)
        return {};
    RecordWriter writer(m_db);
    if (const Result<bool> done = writer.setDeleted(DealEntity, id, deleted); !done)
        return done.error();
    // DR-11: the deal's tasks go with it, and the event names them, so bringing the deal back restores exactly those.
    DealTaskRepository tasks(m_db);
    QJsonObject detail;
    if (deleted) {
        const Result<QList<QByteArray>> gone = tasks.tombstoneAll(id);
        if (!gone)
            return gone.error();
        if (!gone->isEmpty())
            detail.insert(QStringLiteral("tasks"), QJsonDocument::fromJson(Uuid::listToJson(gone.value()).toUtf8()).array());
    } else {
        const Result<QList<QByteArray>> taken = tasksTakenWith(id);
        if (!taken)
            return taken.error();
        if (Status status = tasks.restoreAll(taken.value()); !status)
            return status;
    }
    Writes writes(m_db);
    if (Status status = writes.event(*stored, input.actor, when(input), action, stored->status, stored->status,
                                     input.reason, detail);
        !status)
        return status;
    return transaction.commit();
}

Result<QList<QByteArray>> DealRepository::tasksTakenWith(const QByteArray& dealId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT detail FROM deal_event WHERE deal_id = ? AND deleted_at IS NULL "
                                 "AND (action = 'archive' OR action = 'delete') ORDER BY at DESC, local_id DESC LIMIT 1"));
    query.addBindValue(dealId);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    if (!query.next())
        return QList<QByteArray> {};
    const QJsonArray tasks
        = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object().value(QStringLiteral("tasks")).toArray();
    return Uuid::listFromJson(QString::fromUtf8(QJsonDocument(tasks).toJson(QJsonDocument::Compact)));
}

Status DealRepository::remove(const QByteArray& id, const QString& actor)
{
    TransitionInput input;
    input.actor = actor;
    return setDeleted(id, true, QStringLiteral("delete"), input, &DealWorkflow::checkDeletable);
}

Status DealRepository::restore(const QByteArray& id, const QString& actor)
{
    TransitionInput input;
    input.actor = actor;
    return setDeleted(id, false, QStringLiteral("restore"), input, [](const Deal&) { return Status {}; });
}

Status DealRepository::archive(const QByteArray& id, const TransitionInput& input)
{
    return setDeleted(id, true, QStringLiteral("archive"), input, [this, &input](const Deal& deal) -> Status {
        if (!canArchive())
            return refusedStatus(RepositoryTr::tr("Only an administrator can archive a deal (DR-12)."));
        if (deal.isDeleted())
            return refusedStatus(RepositoryTr::tr("%1 is already archived.").arg(deal.number));
        if (input.reason.trimmed().isEmpty())
            return Error::validation(QStringLiteral("reason"),
                                     RepositoryTr::tr("Say why %1 is archived: the reason is kept in its history and "
                                                      "shown to its CAM.")
                                         .arg(deal.number));
        return {};
    });
}

Status DealRepository::unarchive(const QByteArray& id, const TransitionInput& input)
{
    return setDeleted(id, false, QStringLiteral("unarchive"), input, [this](const Deal& deal) -> Status {
        if (!deal.isDeleted())
            return refusedStatus(RepositoryTr::tr("%1 is not archived.").arg(deal.number));
        const bool draft = deal.isRegistration() && deal.status == QLatin1String("draft");
        if (!draft && !canArchive())
            return refusedStatus(RepositoryTr::tr("Only an administrator can restore an archived deal (DR-12)."));
        return {};
    });
}

bool DealRepository::canArchive() const
{
    // The role the server signed in with decides; before any sign-in, a desk without an account is its own.
    SyncStore store(m_db);
    if (const QString role = store.role(); !role.isEmpty())
        return role == QLatin1String("admin");
    return !store.account().isConfigured();
}

Result<DealRepository::ArchivedNotice> DealRepository::archivedForOwner(const QString& cam,
                                                                        const QDateTime& since) const
{
    if (cam.isEmpty())
        return ArchivedNotice {}; // deals without a CAM have no one to tell
    // From the few deleted deals (deal_archived) to their events, never over the whole history.
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT count(DISTINCT d.id), max(e.at) FROM deal d INDEXED BY deal_archived "
        "JOIN deal_event e ON e.deal_id = d.id AND e.action = 'archive' AND e.deleted_at IS NULL "
        "WHERE d.deleted_at IS NOT NULL AND d.cam = ? AND e.actor <> ? AND e.at > ?"));
    query.addBindValue(cam);
    query.addBindValue(cam);
    // "" rather than a null, which would match nothing.
    query.addBindValue(since.isValid() ? Timestamp::toStorage(since) : QStringLiteral(""));
    if (!Sql::exec(query) || !query.next())
        return Sql::errorFrom(query);
    ArchivedNotice notice;
    notice.count = query.value(0).toInt();
    notice.latest = Timestamp::fromStorage(query.value(1).toString());
    return notice;
}

Status DealRepository::checkApproval(const Deal& deal, const QString& actor, const QDate& today) const
{
    // DR-05: one approved registration per opportunity, and the first submitted wins.
    const Result<QList<SimilarDeal>> others = similar(deal, today);
    if (!others)
        return others.error();
    for (const SimilarDeal& other : *others) {
        if (other.blocksApproval) {
            return Error::validation(QStringLiteral("status"),
                                     other.expiresOn.isValid()
                                         ? RepositoryTr::tr("%1 for the same customer and products is approved and "
                                                            "protected until %2; this registration cannot be approved "
                                                            "before then.")
                                               .arg(other.number, formatDate(other.expiresOn))
                                         : RepositoryTr::tr("%1 for the same customer and products is approved; this "
                                                            "registration cannot be approved while it is.")
                                               .arg(other.number));
        }
    }
    for (const SimilarDeal& other : *others) {
        const bool undecided = other.status == QLatin1String("submitted") || other.status == QLatin1String("under_review")
            || other.status == QLatin1String("pending_approval");
        if (!undecided || !other.submittedAt.isValid())
            continue;
        const bool earlier = !deal.submittedAt.isValid() || other.submittedAt < deal.submittedAt
            || (other.submittedAt == deal.submittedAt && other.id < deal.id);
        if (earlier)
            return Error::validation(QStringLiteral("status"),
                                     RepositoryTr::tr("%1 for the same customer and products was submitted earlier "
                                                      "(%2) and is still undecided; the first submitted registration "
                                                      "is decided first.")
                                         .arg(other.number, QLocale().toString(other.submittedAt.toLocalTime(),
                                                                               QLocale::ShortFormat)));
    }
    return checkDecider(deal, actor);
}

Result<std::optional<qint64>> DealRepository::amountInBase(const Deal& deal, const QDate& day) const
{
    DealSettings settings(m_db);
    const Result<DealProgram> program = settings.program();
    if (!program)
        return program.error();
    const Result<QList<CurrencyRate>> rates = settings.rates();
    if (!rates)
        return rates.error();
    const CurrencyConverter converter(program->baseCurrency, *rates);
    const QString currency = deal.amount.currency.isEmpty() ? program->baseCurrency : deal.amount.currency;
    const std::optional<qint64> base = converter.toBase(deal.amount.minor, currency, day);
    if (!base)
        return Error::validation(QStringLiteral("currency"),
                                 RepositoryTr::tr("There is no %1 to %2 exchange rate for %3, so the approval "
                                                  "limit cannot be checked; add the rate first.")
                                     .arg(currency, program->baseCurrency, formatDate(day)));
    return base;
}

Result<QList<ApprovalStage>> DealRepository::previewChain(const Deal& deal, const QDate& day) const
{
    const Result<QList<ApprovalRule>> rules = DealSettings(m_db).approvalRules();
    if (!rules)
        return rules.error();
    qint64 base = 0;
    if (ApprovalRouting::needsAmount(*rules)) {
        const Result<std::optional<qint64>> converted = amountInBase(deal, day);
        if (!converted)
            return converted.error();
        base = **converted;
    }
    return ApprovalRouting::build(deal, *rules, base);
}

Result<Deal> DealRepository::transition(const QByteArray& id, DealAction action, const TransitionInput& input)
{
    if (action == DealAction::Convert) {
        Transaction transaction(m_db);
        if (!transaction.begun())
            return transaction.begun().error();
        const Result<Deal> opportunity = convert(id, input);
        if (!opportunity)
            return opportunity.error();
        if (Status status = transaction.commit(); !status)
            return status.error();
        return get(id);
    }

    const QDateTime at = when(input);
    const QDate today = localDay(at);
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<Deal> stored = get(id);
    if (!stored)
        return stored.error();
    if (Status status = DealWorkflow::check(*stored, action); !status)
        return status.error();
    if (DealWorkflow::needsReason(action) && input.reason.trimmed().isEmpty())
        return reasonMissing(action).error();

    Deal deal = *stored;
    deal.status = DealWorkflow::targetStatus(*stored, action);
    deal.closureCode = DealWorkflow::targetClosureCode(action);
    QString eventAction = DealWorkflow::code(action);
    QJsonObject detail;

    switch (action) {
    case DealAction::Submit:
        if (Status status = DealValidator::validateForSubmit(*stored); !status)
            return status.error();
        if (!deal.submittedAt.isValid()) // the first submission counts (DR-05 tie-break, DR-13)
            deal.submittedAt = at;
        break;
    case DealAction::Approve: {
        if (Status status = checkApproval(*stored, input.actor, today); !status)
            return status.error();
        const Result<DealProgram> program = DealSettings(m_db).program();
        if (!program)
            return program.error();
        const Result<QList<ApprovalLimit>> limits = DealSettings(m_db).approvalLimits();
        if (!limits)
            return limits.error();
        QList<ApprovalStage> chain = ApprovalRouting::chainOf(*stored);
        const int stage = ApprovalRouting::currentStage(chain);
        const auto limit = std::find_if(limits->cbegin(), limits->cend(),
                                        [&input](const ApprovalLimit& l) { return l.approver == input.actor; });
        if (limit != limits->cend()) {
            const Result<std::optional<qint64>> base = amountInBase(*stored, today);
            if (!base)
                return base.error();
            if (**base > limit->limitMinor) {
                const QString amount = Money { **base, program->baseCurrency }.format(QLocale());
                const QString max = Money { limit->limitMinor, program->baseCurrency }.format(QLocale());
                if (limit->escalateTo.isEmpty())
                    return Error::validation(QStringLiteral("amount_minor"),
                                             RepositoryTr::tr("The amount (%1) is above %2's approval limit of %3, and "
                                                              "no one to escalate to is set.")
                                                 .arg(amount, input.actor, max));
                // DR-03: above the limit the decision moves up: the approver's place in the chain goes to the next
                // approver, and the registration waits for them.
                if (stage >= 0) {
                    QStringList& approvers = chain[stage].approvers;
                    const qsizetype index = approvers.indexOf(input.actor);
                    if (index >= 0 && approvers.contains(limit->escalateTo))
                        approvers.removeAt(index);
                    else if (index >= 0)
                        approvers[index] = limit->escalateTo;
                }
                deal.status = stored->status;
                deal.closureCode = stored->closureCode;
                deal.approvalChain = chain;
                deal.approver = ApprovalRouting::approverField(chain, deal.cam);
                if (chain.isEmpty())
                    deal.approver = limit->escalateTo;
                eventAction = QStringLiteral("escalate");
                detail = { { QStringLiteral("from"), input.actor },
                           { QStringLiteral("to"), limit->escalateTo },
                           { QStringLiteral("amount_base"), **base },
                           { QStringLiteral("limit"), limit->limitMinor },
                           { QStringLiteral("currency"), program->baseCurrency } };
                break;
            }
        }
        // DR-03: this approver's part is done; every stage must be before the registration is approved.
        if (stage >= 0 && !chain[stage].approved.contains(input.actor))
            chain[stage].approved.append(input.actor);
        deal.approvalChain = chain;
        if (const int next = ApprovalRouting::currentStage(chain); next >= 0) {
            deal.status = stored->status;
            deal.closureCode = stored->closureCode;
            deal.approver = ApprovalRouting::approverField(chain, deal.cam);
            eventAction = QStringLiteral("approve_step");
            detail = { { QStringLiteral("stage"), stage + 1 },
                       { QStringLiteral("stages"), int(chain.size()) },
                       { QStringLiteral("waiting"), QJsonArray::fromStringList(chain[next].pending()) } };
            break;
        }
        deal.approver.clear();
        if (input.expiresOn.isValid() && input.expiresOn < today)
            return Error::validation(QStringLiteral("expires_on"),
                                     RepositoryTr::tr("The expiry date (%1) cannot be before the approval date (%2).")
                                         .arg(formatDate(input.expiresOn), formatDate(today)));
        deal.decidedAt = at;
        deal.expiresOn = input.expiresOn.isValid() ? input.expiresOn : today.addDays(program->protectionDays);
        detail.insert(QStringLiteral("expires_on"), dateText(deal.expiresOn));
        break;
    }
    case DealAction::Reject:
        // DR-03: any rejection ends the chain.
        if (stored->status == QLatin1String("pending_approval")) {
            if (Status status = checkDecider(*stored, input.actor); !status)
                return status.error();
        }
        deal.decidedAt = at;
        deal.approver.clear();
        break;
    case DealAction::Return:
        // DR-03: back to review for information; sending it again builds a new chain.
        if (Status status = checkDecider(*stored, input.actor); !status)
            return status.error();
        detail.insert(QStringLiteral("chain"), approvalChainJson(stored->approvalChain));
        deal.approvalChain.clear();
        deal.approver.clear();
        break;
    case DealAction::SendForApproval: {
        const Result<QList<ApprovalStage>> chain = previewChain(*stored, today);
        if (!chain)
            return chain.error();
        deal.approvalChain = chain.value();
        deal.approver = ApprovalRouting::approverField(deal.approvalChain, deal.cam);
        detail.insert(QStringLiteral("chain"), approvalChainJson(deal.approvalChain));
        break;
    }
    case DealAction::MarkDuplicate:
        deal.decidedAt = at;
        break;
    case DealAction::Recall: {
        // DR-02: the program caps how often one registration goes back to draft to be submitted again.
        const Result<DealProgram> program = DealSettings(m_db).program();
        if (!program)
            return program.error();
        QSqlQuery recalls(m_db.connection());
        recalls.prepare(QStringLiteral("SELECT count(*) FROM deal_event WHERE deal_id = ? AND action = ? "
                                       "AND deleted_at IS NULL"));
        recalls.addBindValue(id);
        recalls.addBindValue(DealWorkflow::code(DealAction::Recall));
        if (Status status = Sql::exec(recalls); !status)
            return status.error();
        const int done = recalls.next() ? recalls.value(0).toInt() : 0;
        if (done >= program->maxRecalls)
            return Error::validation(QStringLiteral("status"),
                                     RepositoryTr::tr("%1 was recalled %n time(s), as often as the program allows "
                                                      "(DR-02); withdraw it or let it be decided.",
                                                      nullptr, done)
                                         .arg(stored->number));
        // Submitting again is a new submission: the first-submitted tie-break (DR-05) and the decision clock
        // (DR-13) start over, and an escalation in progress ends.
        deal.submittedAt = {};
        deal.approver.clear();
        deal.approvalChain.clear();
        detail.insert(QStringLiteral("recall"), done + 1);
        break;
    }
    case DealAction::Expire:
        // By hand no earlier than the expiry day; the scheduled job (expireDue) only after it.
        if (stored->expiresOn.isValid() && today < stored->expiresOn)
            return Error::validation(QStringLiteral("expires_on"),
                                     RepositoryTr::tr("This registration is protected until %1 and cannot expire before.")
                                         .arg(formatDate(stored->expiresOn)));
        detail.insert(QStringLiteral("expires_on"), dateText(stored->expiresOn));
        break;
    case DealAction::MarkWon:
        if (!stored->expectedClose.isValid()) // PIPE-02: a won deal must have a close date
            return Error::validation(QStringLiteral("expected_close"),
                                     RepositoryTr::tr("Enter the close date before marking the opportunity as won."));
        break;
    default:
        break;
    }

    Writes writes(m_db);
    if (const Result<bool> saved = writes.save(deal); !saved)
        return saved.error();
    if (Status status = writes.event(deal, input.actor, at, eventAction, stored->status, deal.status, input.reason, detail);
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    qCDebug(lcDeals) << deal.number << eventAction << stored->status << "->" << deal.status;
    return get(id);
}

Result<Deal> DealRepository::convert(const QByteArray& id, const TransitionInput& input)
{
    const QDateTime at = when(input);
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<Deal> stored = get(id);
    if (!stored)
        return stored.error();
    if (Status status = DealWorkflow::check(*stored, DealAction::Convert); !status)
        return status.error();

    // DR-10: the opportunity carries the registration's commercials, line items included.
    Deal opportunity = commercialsOf(*stored);
    opportunity.kind = QStringLiteral("opportunity");
    opportunity.status = QStringLiteral("open");
    opportunity.registrationId = stored->id;
    if (Status status = DealValidator::validate(opportunity); !status)
        return status.error();
    Writes writes(m_db);
    if (Status status = writes.insert(opportunity, input.actor, at,
                                      { { QStringLiteral("registration"), stored->number },
                                        { QStringLiteral("registration_id"), Uuid::toString(stored->id) } });
        !status)
        return status.error();

    Deal registration = *stored;
    registration.status = DealWorkflow::targetStatus(*stored, DealAction::Convert);
    registration.closureCode = DealWorkflow::targetClosureCode(DealAction::Convert);
    registration.registrationId = opportunity.id;
    if (const Result<bool> saved = writes.save(registration); !saved)
        return saved.error();
    if (Status status = writes.event(registration, input.actor, at, DealWorkflow::code(DealAction::Convert),
                                     stored->status, registration.status, input.reason,
                                     { { QStringLiteral("opportunity"), opportunity.number },
                                       { QStringLiteral("opportunity_id"), Uuid::toString(opportunity.id) } });
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    qCDebug(lcDeals) << stored->number << "converted to" << opportunity.number;
    return get(opportunity.id);
}

Result<Deal> DealRepository::requestExtension(const QByteArray& id, const QDate& newExpiry, const TransitionInput& input)
{
    const QDateTime at = when(input);
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<Deal> stored = get(id);
    if (!stored)
        return stored.error();
    if (stored->isDeleted() || !stored->isRegistration() || stored->status != QLatin1String("approved"))
        return Error::validation(QStringLiteral("status"),
                                 RepositoryTr::tr("Only an approved registration can be extended."));
    const Result<DealProgram> program = DealSettings(m_db).program();
    if (!program)
        return program.error();
    if (stored->extensions >= program->maxExtensions)
        return Error::validation(QStringLiteral("extensions"),
                                 RepositoryTr::tr("This registration has been extended %n time(s), the most the "
                                                  "program allows.",
                                                  nullptr, stored->extensions));
    if (stored->extensionRequestedTo.isValid())
        return Error::validation(QStringLiteral("extension_requested_to"),
                                 RepositoryTr::tr("An extension to %1 is already waiting for a decision.")
                                     .arg(formatDate(stored->extensionRequestedTo)));
    if (!newExpiry.isValid() || (stored->expiresOn.isValid() && newExpiry <= stored->expiresOn))
        return Error::validation(QStringLiteral("extension_requested_to"),
                                 RepositoryTr::tr("The new expiry must be after the current one (%1).")
                                     .arg(formatDate(stored->expiresOn)));
    if (input.reason.trimmed().isEmpty())
        return Error::validation(QStringLiteral("reason"), RepositoryTr::tr("Say why the registration needs more time."));

    Deal deal = *stored;
    deal.extensionRequestedTo = newExpiry;
    deal.extensionReason = input.reason.trimmed();
    Writes writes(m_db);
    if (const Result<bool> saved = writes.save(deal); !saved)
        return saved.error();
    if (Status status = writes.event(deal, input.actor, at, QStringLiteral("extend_request"), deal.status, deal.status,
                                     input.reason,
                                     { { QStringLiteral("expires_on"), dateText(stored->expiresOn) },
                                       { QStringLiteral("requested_to"), dateText(newExpiry) } });
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return get(id);
}

Result<Deal> DealRepository::decideExtension(const QByteArray& id, bool grant, const TransitionInput& input)
{
    const QDateTime at = when(input);
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    const Result<Deal> stored = get(id);
    if (!stored)
        return stored.error();
    if (stored->isDeleted() || !stored->isRegistration() || stored->status != QLatin1String("approved"))
        return Error::validation(QStringLiteral("status"),
                                 RepositoryTr::tr("Only an approved registration can be extended."));
    if (!stored->extensionRequestedTo.isValid())
        return Error::validation(QStringLiteral("extension_requested_to"),
                                 RepositoryTr::tr("There is no extension request to decide."));
    Deal deal = *stored;
    QJsonObject detail { { QStringLiteral("expires_on"), dateText(stored->expiresOn) },
                         { QStringLiteral("requested_to"), dateText(stored->extensionRequestedTo) } };
    if (grant) {
        const Result<DealProgram> program = DealSettings(m_db).program();
        if (!program)
            return program.error();
        if (stored->extensions >= program->maxExtensions) // the cap may have been lowered since the request
            return Error::validation(QStringLiteral("extensions"),
                                     RepositoryTr::tr("This registration has been extended %n time(s), the most the "
                                                      "program allows.",
                                                      nullptr, stored->extensions));
        deal.expiresOn = stored->extensionRequestedTo;
        deal.extensions = stored->extensions + 1;
    }
    deal.extensionRequestedTo = {};
    deal.extensionReason.clear();
    Writes writes(m_db);
    if (const Result<bool> saved = writes.save(deal); !saved)
        return saved.error();
    if (Status status = writes.event(deal, input.actor, at,
                                     grant ? QStringLiteral("extend_grant") : QStringLiteral("extend_refuse"),
                                     deal.status, deal.status, input.reason, detail);
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return get(id);
}

Result<int> DealRepository::expireDue(const QDate& today, const QString& actor)
{
    const QDateTime at = QDateTime::currentDateTimeUtc();
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    QList<QByteArray> due;
    {
        // The WHERE repeats deal_by_expiry's condition so that the partial index can answer it; INDEXED BY because
        // the planner prefers deal_by_status on small or fresh tables, which reads every approved registration.
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("SELECT id FROM deal INDEXED BY deal_by_expiry WHERE deleted_at IS NULL "
                                     "AND status = 'approved' AND expires_on < ? ORDER BY expires_on"));
        query.addBindValue(dateText(today));
        if (Status status = Sql::exec(query); !status)
            return status.error();
        while (query.next())
            due.append(query.value(0).toByteArray());
    }
    Writes writes(m_db);
    for (const QByteArray& id : std::as_const(due)) {
        const Result<Deal> stored = get(id);
        if (!stored)
            return stored.error();
        Deal deal = *stored;
        deal.status = DealWorkflow::targetStatus(*stored, DealAction::Expire);
        deal.closureCode = DealWorkflow::targetClosureCode(DealAction::Expire);
        if (const Result<bool> saved = writes.save(deal); !saved)
            return saved.error();
        if (Status status = writes.event(deal, actor, at, DealWorkflow::code(DealAction::Expire), stored->status,
                                         deal.status, QString(),
                                         { { QStringLiteral("expires_on"), dateText(stored->expiresOn) } });
            !status)
            return status.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    if (!due.isEmpty())
        qCInfo(lcDeals) << due.size() << "registrations expired before" << today;
    return int(due.size());
}

QString DealRepository::similarSql()
{
    // Candidates come from the two key indexes only (a handful of rows even among a million deals); each is then
    // checked for a common product through deal_product's index. Binds: products (JSON array), name key, host, id,
    // products again.
    return QStringLiteral(
        "SELECT d.id, d.number, d.customer_name, d.status, d.submitted_at, d.expires_on, d.customer_key, p.name,"
        " (SELECT group_concat(dp.product, char(31)) FROM deal_product dp"
        "   WHERE dp.deal_local_id = d.local_id AND dp.product IN (SELECT value FROM json_each(?))) AS common"
        " FROM deal d LEFT JOIN partner p ON p.id = d.partner_id"
        " WHERE d.local_id IN ("
        "   SELECT local_id FROM deal INDEXED BY deal_by_customer_key"
        "     WHERE customer_key = ? AND deleted_at IS NULL AND kind = 'registration'"
        "   UNION"
        "   SELECT local_id FROM deal INDEXED BY deal_by_customer_host"
        "     WHERE customer_host = ? AND deleted_at IS NULL AND kind = 'registration'"
        "     AND customer_host <> '')"
        " AND d.id IS NOT ?"
        " AND d.status IN ('submitted', 'under_review', 'pending_approval', 'approved')"
        // Here, not only in the SELECT list: a candidate without a common product is dropped before the partner join.
        " AND EXISTS (SELECT 1 FROM deal_product dp"
        "   WHERE dp.deal_local_id = d.local_id AND dp.product IN (SELECT value FROM json_each(?)))");
}

Result<QList<SimilarDeal>> DealRepository::similar(const Deal& deal, const QDate& today) const
{
    QList<SimilarDeal> result;
    const CompanyName::Parts name = CompanyName::parse(deal.customerName);
    const QString host = customerHost(deal);
    QStringList products;
    for (const DealLineItem& item : deal.lineItems) {
        if (!item.product.isEmpty())
            products.append(item.product);
    }
    products.removeDuplicates();
    if ((name.key.isEmpty() && host.isEmpty()) || products.isEmpty())
        return result;

    QSqlQuery query(m_db.connection());
    query.prepare(similarSql());
    const QString productsJson =
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(products)).toJson(QJsonDocument::Compact));
    query.addBindValue(productsJson);
    // NULL matches nothing: an empty key must not pair every nameless deal.
    query.addBindValue(name.key.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(name.key));
    query.addBindValue(host.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(host));
    query.addBindValue(deal.id.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(deal.id));
    query.addBindValue(productsJson);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    while (query.next()) {
        const QString common = query.value(8).toString();
        if (common.isEmpty())
            continue; // same customer, other products: another opportunity (DR-04)
        Deal other;
        other.status = query.value(3).toString();
        other.expiresOn = Timestamp::dateFromStorage(query.value(5).toString());
        if (!DealWorkflow::isActiveRegistration(other, today))
            continue;
        SimilarDeal similar;
        similar.id = query.value(0).toByteArray();
        similar.number = query.value(1).toString();
        similar.customerName = query.value(2).toString();
        similar.status = other.status;
        similar.submittedAt = Timestamp::fromStorage(query.value(4).toString());
        similar.expiresOn = other.expiresOn;
        similar.partnerName = query.value(7).toString();
        similar.commonProducts = common.split(QChar(31));
        similar.commonProducts.sort();
        similar.matchedOn = !name.key.isEmpty() && query.value(6).toString() == name.key ? QStringLiteral("name")
                                                                                         : QStringLiteral("domain");
        similar.sameLegalEntity = CompanyName::sameLegalEntity(name, CompanyName::parse(similar.customerName));
        similar.blocksApproval = other.status == QLatin1String("approved");
        result.append(similar);
    }
    std::sort(result.begin(), result.end(), [](const SimilarDeal& a, const SimilarDeal& b) {
        if (a.submittedAt.isValid() != b.submittedAt.isValid())
            return a.submittedAt.isValid();
        if (a.submittedAt != b.submittedAt)
            return a.submittedAt < b.submittedAt;
        return a.number < b.number;
    });
    return result;
}

Result<QList<DealEvent>> DealRepository::history(const QByteArray& dealId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT * FROM deal_event WHERE deal_id = ? AND deleted_at IS NULL ORDER BY at, local_id"));
    query.addBindValue(dealId);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    QList<DealEvent> events;
    while (query.next()) {
        DealEvent e;
        e.id = query.value(QStringLiteral("id")).toByteArray();
        for (const DealEventFieldDef& field : dealEventFields())
            field.set(e, query.value(QString::fromLatin1(field.column)));
        events.append(e);
    }
    return events;
}

} // namespace ChannelDesk
