#include "CertificationQuery.h"

#include "common/Timestamp.h"
#include "domain/Contact.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace ChannelDesk {

namespace {

struct QueryTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::CertificationQuery)
};

QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QStringLiteral(", "));
}

QString iso(const QDate& day)
{
    return Timestamp::dateToStorage(day);
}

class Where
{
public:
    void add(const QString& condition, const QVariantList& values = {})
    {
        m_terms.append(condition);
        m_values.append(values);
    }
    void addIn(const QString& column, const QList<QByteArray>& ids)
    {
        if (ids.isEmpty())
            return;
        m_terms.append(column + QStringLiteral(" IN (") + placeholders(ids.size()) + QLatin1Char(')'));
        for (const QByteArray& id : ids)
            m_values.append(id);
    }
    QString sql() const { return m_terms.join(QStringLiteral(" AND ")); }
    const QVariantList& values() const { return m_values; }

private:
    QStringList m_terms;
    QVariantList m_values;
};

/// The upper end of a prefix range: every text that starts with `prefix` sorts below it (U+10FFFF is the largest
/// code point, and a noncharacter no name or certificate id holds).
QString prefixEnd(const QString& prefix)
{
    static const char32_t last[] = { 0x10FFFF };
    return prefix + QString::fromUcs4(last, 1);
}

/// The definition's recertification window in days (CERT-02), for the certification `c`.
const QString WindowDays = QStringLiteral(
    "(SELECT max(0, ifnull(wd.recert_window_days, 0)) FROM cert_definition wd WHERE wd.id = c.definition_id)");
/// The definition's reminder lead in days (CERT-01).
const QString ReminderDays = QStringLiteral(
    "(SELECT max(0, ifnull(rd.reminder_days, 0)) FROM cert_definition rd WHERE rd.id = c.definition_id)");

struct Term
{
    QString sql;
    QVariantList values;
};

/// The expiry day as the sort index holds it: never-expiring certificates after every date.
const QString ExpiryKey = QStringLiteral("ifnull(c.expires_on, '9999-12-31')");

/// The SQL of one state as of `today`, the same decision as certificationState() for the stored statuses
/// (in_progress, active, renewed, revoked; another value matches no state). Each is a conjunction whose terms the
/// indexes of step 7 recognise when it stands alone: `c.status = 'active'` for the partial expiry indexes, a range
/// of ExpiryKey for certification_sort_expires.
Term stateTerm(const QString& code, const QString& today)
{
    if (code == QLatin1String("in_progress"))
        // Stored in progress (its partial index), or passed on a day still to come (a short range of the acquired
        // index, which holds the status too).
        return { QStringLiteral("c.local_id IN (SELECT ip.local_id FROM certification ip WHERE ip.deleted_at IS NULL "
                                "AND ip.status = 'in_progress' UNION ALL SELECT fa.local_id FROM certification fa "
                                "WHERE fa.deleted_at IS NULL AND fa.acquired_on > ? AND fa.status = 'active' "
                                "UNION ALL SELECT na.local_id FROM certification na WHERE na.deleted_at IS NULL "
                                "AND na.acquired_on IS NULL AND na.status = 'active')"),
                 { today } };
    if (code == QLatin1String("active"))
        return { QStringLiteral("c.status = 'active' AND c.acquired_on <= ? AND %1 > ? AND (c.expires_on IS NULL OR "
                                "julianday(c.expires_on) - julianday(?) > %2)")
                     .arg(ExpiryKey, WindowDays),
                 { today, today, today } };
    if (code == QLatin1String("expiring"))
        // The bound (today + the longest window of any definition) makes it a range of the expiry index; the exact
        // per-definition window is checked on the rows in it.
        return { QStringLiteral("c.status = 'active' AND c.acquired_on <= ? AND %1 >= ? AND %1 <= "
                                "(SELECT date(?, '+' || max(0, ifnull(max(md.recert_window_days), 0)) || ' days') "
                                "FROM cert_definition md) AND julianday(c.expires_on) - julianday(?) <= %2")
                     .arg(ExpiryKey, WindowDays),
                 { today, today, today, today } };
    if (code == QLatin1String("expired"))
        return { QStringLiteral("c.status = 'active' AND c.acquired_on <= ? AND %1 < ?").arg(ExpiryKey), { today, today } };
    if (code == QLatin1String("renewed"))
        return { QStringLiteral("c.status = 'renewed'"), {} };
    if (code == QLatin1String("revoked"))
        return { QStringLiteral("c.status = 'revoked'"), {} };
    return { QStringLiteral("0"), {} }; // an unknown state matches nothing, never everything
}

QStringList searchWords(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

/// Partner, person, definition, track and search: what every view and the chart share.
Where scopeWhere(const CertificationFilter& filter)
{
    Where where;
    where.add(QStringLiteral("c.deleted_at IS NULL")); // first, so the partial indexes (… WHERE deleted_at IS NULL) apply
    where.addIn(QStringLiteral("c.partner_id"), filter.partnerIds);
    where.addIn(QStringLiteral("c.contact_id"), filter.contactIds);
    // A definition or a track holds a large share of all certificates: the unary + keeps SQLite from seeking them
    // (and sorting tens of thousands of rows) instead of walking the sort index, where they are dense.
    where.addIn(QStringLiteral("+c.definition_id"), filter.definitionIds);
    if (!filter.tracks.isEmpty()) {
        QVariantList values;
        for (const QString& track : filter.tracks)
            values.append(track.isNull() ? QStringLiteral("") : track);
        where.add(QStringLiteral("+c.definition_id IN (SELECT td.id FROM cert_definition td WHERE td.track IN (%1))")
                      .arg(placeholders(filter.tracks.size())),
                  values);
    }
    for (const QString& word : searchWords(filter.search)) {
        // Prefix ranges under NOCASE on the contact name and e-mail indexes and the certificate id index. The
        // contacts come as a UNION, one index range each: SQLite does not combine OR'ed ranges over partial indexes.
        const QString end = prefixEnd(word);
        const QString range = QStringLiteral("SELECT sc.id FROM contact sc WHERE sc.deleted_at IS NULL AND sc.%1 >= ? "
                                             "COLLATE NOCASE AND sc.%1 < ? COLLATE NOCASE");
        // The matching certificates as a UNION of index seeks too (people's certificates, certificate ids): an OR
        // of the two would make SQLite test every row.
        where.add(QStringLiteral("c.local_id IN (SELECT sp.local_id FROM certification sp WHERE sp.deleted_at IS NULL "
                                 "AND sp.contact_id IN (%1 UNION ALL %2 UNION ALL %3) UNION ALL SELECT si.local_id FROM "
                                 "certification si WHERE si.deleted_at IS NULL AND si.certificate_id >= ? COLLATE NOCASE "
                                 "AND si.certificate_id < ? COLLATE NOCASE)")
                      .arg(range.arg(QStringLiteral("first_name")), range.arg(QStringLiteral("last_name")),
                           range.arg(QStringLiteral("email"))),
                  { word, end, word, end, word, end, word, end });
    }
    return where;
}

Where fullWhere(const CertificationFilter& filter)
{
    Where where = scopeWhere(filter);
    const QString today = iso(CertificationQuery::referenceDay(filter.today));
    if (filter.states.size() == 1) {
        const Term term = stateTerm(filter.states.constFirst(), today);
        where.add(term.sql, term.values);
    } else if (!filter.states.isEmpty()) {
        QStringList alternatives;
        QVariantList values;
        for (const QString& state : filter.states) {
            const Term term = stateTerm(state, today);
            alternatives.append(QLatin1Char('(') + term.sql + QLatin1Char(')'));
            values.append(term.values);
        }
        where.add(QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')'), values);
    }
    if (filter.expiringWithinDays >= 0) {
        const QDate day = CertificationQuery::referenceDay(filter.today);
        where.add(QStringLiteral("c.status = 'active' AND c.acquired_on <= ? AND %1 >= ? AND %1 <= ?").arg(ExpiryKey),
                  { today, today, iso(day.addDays(filter.expiringWithinDays)) });
    }
    if (filter.expiresFrom.isValid() || filter.expiresTo.isValid()) {
        where.add(QStringLiteral("c.status = 'active'"));
        if (filter.expiresFrom.isValid())
            where.add(QStringLiteral("%1 >= ?").arg(ExpiryKey), { iso(filter.expiresFrom) });
        // Never-expiring certificates (ExpiryKey 9999-12-31) are outside any month.
        where.add(QStringLiteral("%1 <= ?").arg(ExpiryKey),
                  { iso(filter.expiresTo.isValid() ? filter.expiresTo : QDate(9999, 12, 30)) });
    }
    return where;
}

QString orderBy(const QStringList& columns, bool descending)
{
    // Every term in the same direction, so SQLite can walk an index backwards for a descending sort.
    return columns.join(descending ? QStringLiteral(" DESC, ") : QStringLiteral(", "))
        + (descending ? QStringLiteral(" DESC") : QString());
}

/// Filters that leave few rows: with one of them the plain query (seek, then sort the few) beats walking a name
/// index over every person or partner.
bool isSelective(const CertificationFilter& filter)
{
    return !filter.partnerIds.isEmpty() || !filter.contactIds.isEmpty() || !filter.search.trimmed().isEmpty();
}

Result<QList<CertificationRow>> readRows(QSqlQuery& query)
{
    QList<CertificationRow> rows;
    const int valueCount = static_cast<int>(query.record().count()) - 2;
    while (query.next()) {
        QVariantList values;
        values.reserve(valueCount);
        for (int i = 0; i < valueCount; ++i)
            values.append(query.value(i + 2));
        rows.append(CertificationQuery::rowFromValues(query.value(0).toLongLong(), query.value(1).toByteArray(), values));
    }
    return rows;
}

Status prepareAndRun(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Sql::errorFrom(query);
    for (const QVariant& value : values)
        query.addBindValue(value);
    return Sql::exec(query);
}

QDate firstOfMonth(const QDate& day)
{
    return QDate(day.year(), day.month(), 1);
}

} // namespace

QString CertificationRow::personName() const
{
    Contact contact;
    contact.firstName = firstName;
    contact.lastName = lastName;
    return contact.displayName();
}

Certification CertificationRow::certification() const
{
    Certification cert;
    cert.id = id;
    cert.partnerId = partnerId;
    cert.contactId = contactId;
    cert.definitionId = definitionId;
    cert.status = status;
    cert.startedOn = startedOn;
    cert.acquiredOn = acquiredOn;
    cert.expiresOn = expiresOn;
    cert.certificateId = certificateId;
    cert.remindedOn = remindedOn;
    cert.renewedById = renewedById;
    cert.evidenceName = evidenceName;
    return cert;
}

CertificationState CertificationRow::stateOn(const QDate& today) const
{
    return certificationState(certification(), recertWindowDays, today);
}

qint64 ExpiryTimeline::monthTotal(int month) const
{
    qint64 total = 0;
    for (const Series& s : series) {
        if (month >= 0 && month < s.counts.size())
            total += s.counts.at(month);
    }
    return total;
}

QDate ExpiryTimeline::monthEnd(int month) const
{
    return month >= 0 && month < months.size() ? months.at(month).addMonths(1).addDays(-1) : QDate();
}

namespace CertificationQuery {

QDate referenceDay(const QDate& today)
{
    return today.isValid() ? today : QDate::currentDate();
}

bool isIndexed(CertificationSort sort)
{
    switch (sort) {
    case CertificationSort::Person:     // certification_sort_person (person_key)
    case CertificationSort::Partner:    // certification_sort_partner (partner_key)
    case CertificationSort::Definition: // certification_sort_definition (definition_key)
    case CertificationSort::Acquired:   // certification_sort_acquired
    case CertificationSort::Expires:    // certification_sort_expires (ifnull(expires_on, '9999-12-31'))
        return true;
    }
    return false;
}

CertificationSql build(const CertificationFilter& filter, CertificationSort sort, bool descending)
{
    Where where = fullWhere(filter);
    if (sort == CertificationSort::Definition && (!filter.definitionIds.isEmpty() || !filter.tracks.isEmpty())) {
        // Sorted by definition and narrowed to some: seek their keys in the sort index instead of walking to them.
        QStringList terms;
        QVariantList values;
        if (!filter.definitionIds.isEmpty()) {
            terms.append(QStringLiteral("kd.id IN (%1)").arg(placeholders(filter.definitionIds.size())));
            for (const QByteArray& id : filter.definitionIds)
                values.append(id);
        }
        if (!filter.tracks.isEmpty()) {
            terms.append(QStringLiteral("kd.track IN (%1)").arg(placeholders(filter.tracks.size())));
            for (const QString& track : filter.tracks)
                values.append(track.isNull() ? QStringLiteral("") : track);
        }
        where.add(QStringLiteral("c.definition_key IN (SELECT lower(kd.name) FROM cert_definition kd WHERE %1)")
                      .arg(terms.join(QStringLiteral(" AND "))),
                  values);
    }
    CertificationSql sql;
    sql.from = QStringLiteral("certification c");
    sql.where = where.sql();
    sql.values = where.values();
    QString key;
    switch (sort) {
    case CertificationSort::Person: key = QStringLiteral("c.person_key"); break;       // certification_sort_person
    case CertificationSort::Partner: key = QStringLiteral("c.partner_key"); break;     // certification_sort_partner
    case CertificationSort::Definition: key = QStringLiteral("c.definition_key"); break; // certification_sort_definition
    case CertificationSort::Acquired: key = QStringLiteral("c.acquired_on"); break;    // certification_sort_acquired
    case CertificationSort::Expires: key = ExpiryKey; break;                          // certification_sort_expires
    }
    // With a selective filter (a partner, a person, a search) the few matches are sought through their index and
    // sorted; the unary + stops SQLite from walking the sort index past a million rows to find them instead.
    if (isSelective(filter))
        key = QStringLiteral("+") + key;
    sql.orderBy = orderBy({ key, QStringLiteral("c.local_id") }, descending);
    return sql;
}

QString rowColumns()
{
    // Correlated lookups by unique id: a page of 100 rows costs a few hundred index probes, and the same list reads
    // pages by local id over the bare table.
    return QStringLiteral(
        "c.local_id, c.id, c.partner_id, "
        "(SELECT rp.name FROM partner rp WHERE rp.id = c.partner_id), "
        "c.contact_id, "
        "(SELECT rc.first_name FROM contact rc WHERE rc.id = c.contact_id), "
        "(SELECT rc.last_name FROM contact rc WHERE rc.id = c.contact_id), "
        "(SELECT rc.email FROM contact rc WHERE rc.id = c.contact_id), "
        "c.definition_id, "
        "(SELECT rd.name FROM cert_definition rd WHERE rd.id = c.definition_id), "
        "(SELECT rd.code FROM cert_definition rd WHERE rd.id = c.definition_id), "
        "(SELECT rd.track FROM cert_definition rd WHERE rd.id = c.definition_id), "
        "c.status, c.started_on, c.acquired_on, c.expires_on, c.certificate_id, c.reminded_on, "
        "(SELECT ifnull(rd.recert_window_days, 0) FROM cert_definition rd WHERE rd.id = c.definition_id), "
        "(SELECT ifnull(rd.reminder_days, 0) FROM cert_definition rd WHERE rd.id = c.definition_id), "
        "c.evidence_name, c.renewed_by");
}

int rowValueCount()
{
    return 20;
}

QList<int> dateValueIndexes()
{
    return { 11, 12, 13, 15 };
}

CertificationRow rowFromValues(qint64 localId, const QByteArray& id, const QVariantList& values)
{
    const auto value = [&values](int i) { return i < values.size() ? values.at(i) : QVariant(); };
    const auto date = [&value](int i) {
        const QVariant v = value(i);
        if (v.isNull() || !v.isValid())
            return QDate();
        return v.typeId() == QMetaType::QDate ? v.toDate() : Timestamp::dateFromStorage(v.toString());
    };
    CertificationRow row;
    row.localId = localId;
    row.id = id;
    row.partnerId = value(0).toByteArray();
    row.partnerName = value(1).toString();
    row.contactId = value(2).toByteArray();
    row.firstName = value(3).toString();
    row.lastName = value(4).toString();
    row.email = value(5).toString();
    row.definitionId = value(6).toByteArray();
    row.definitionName = value(7).toString();
    row.definitionCode = value(8).toString();
    row.track = value(9).toString();
    row.status = value(10).toString();
    row.startedOn = date(11);
    row.acquiredOn = date(12);
    row.expiresOn = date(13);
    row.certificateId = value(14).toString();
    row.remindedOn = date(15);
    row.recertWindowDays = value(16).toInt();
    row.reminderDays = value(17).toInt();
    row.evidenceName = value(18).toString();
    row.renewedById = value(19).toByteArray();
    return row;
}

Result<QList<CertificationRow>> firstPage(Database& db, const CertificationFilter& filter, CertificationSort sort,
                                          bool descending, int limit)
{
    const CertificationSql sql = build(filter, sort, descending);
    QSqlQuery query(db.connection());
    if (Status status = prepareAndRun(query,
                                      QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT %5")
                                          .arg(rowColumns(), sql.from, sql.where, sql.orderBy)
                                          .arg(std::max(0, limit)),
                                      sql.values);
        !status)
        return status.error();
    return readRows(query);
}

Result<QList<qint64>> orderedIds(Database& db, const CertificationFilter& filter, CertificationSort sort,
                                 bool descending)
{
    const CertificationSql sql = build(filter, sort, descending);
    QSqlQuery query(db.connection());
    if (Status status = prepareAndRun(
            query, QStringLiteral("SELECT c.local_id FROM %1 WHERE %2 ORDER BY %3").arg(sql.from, sql.where, sql.orderBy),
            sql.values);
        !status)
        return status.error();
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Result<QList<CertificationRow>> rows(Database& db, const QList<qint64>& localIds)
{
    if (localIds.isEmpty())
        return QList<CertificationRow> {};
    QSqlQuery query(db.connection());
    if (Status status = prepareAndRun(query,
                                      QStringLiteral("SELECT %1 FROM certification c WHERE c.local_id IN "
                                                     "(SELECT value FROM json_each(?))")
                                          .arg(rowColumns()),
                                      { Sql::jsonIdList(localIds) });
        !status)
        return status.error();
    Result<QList<CertificationRow>> read = readRows(query);
    if (!read)
        return read;
    QHash<qint64, int> position;
    for (int i = 0; i < localIds.size(); ++i)
        position.insert(localIds.at(i), i);
    QList<CertificationRow> ordered = std::move(read).value();
    std::sort(ordered.begin(), ordered.end(), [&position](const CertificationRow& a, const CertificationRow& b) {
        return position.value(a.localId) < position.value(b.localId);
    });
    return ordered;
}

Result<qint64> count(Database& db, const CertificationFilter& filter)
{
    const Where where = fullWhere(filter);
    QSqlQuery query(db.connection());
    if (Status status = prepareAndRun(
            query, QStringLiteral("SELECT count(*) FROM certification c WHERE %1").arg(where.sql()), where.values());
        !status)
        return status.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

ReminderState reminderState(const QDate& expiresOn, int reminderDays, const QDate& remindedOn, const QDate& today)
{
    if (remindedOn.isValid())
        return ReminderState::Reminded;
    if (expiresOn.isValid() && today >= expiresOn.addDays(-std::max(0, reminderDays)))
        return ReminderState::Due;
    return ReminderState::NotYetDue;
}

QString reminderStateLabel(ReminderState state, const QDate& remindedOn)
{
    switch (state) {
    case ReminderState::Due:
        return QueryTr::tr("Reminder due");
    case ReminderState::Reminded:
        return QueryTr::tr("Reminded on %1").arg(QLocale().toString(remindedOn, QLocale::ShortFormat));
    case ReminderState::NotYetDue:
        break;
    }
    return QueryTr::tr("Not yet due");
}

namespace {

/// The expiring view's rows: status active, acquired, expiry day in [today − expiredWithinDays, today + withinDays].
Where expiringWhere(const ExpiringFilter& filter)
{
    CertificationFilter scope = filter.scope;
    scope.states.clear();
    scope.expiringWithinDays = -1;
    scope.expiresFrom = {};
    scope.expiresTo = {};
    Where where = scopeWhere(scope);
    const QDate today = referenceDay(filter.today);
    where.add(QStringLiteral("c.status = 'active' AND c.acquired_on <= ? AND c.expires_on >= ? AND c.expires_on <= ?"),
              { iso(today), iso(today.addDays(-std::max(0, filter.expiredWithinDays))),
                iso(today.addDays(std::max(0, filter.withinDays))) });
    return where;
}

} // namespace

Result<QList<ExpiringPartner>> expiringPartners(Database& db, const ExpiringFilter& filter)
{
    const Where where = expiringWhere(filter);
    const QString today = iso(referenceDay(filter.today));
    // One pass over the expiry index range grouped by partner; the partner's name is read once per group.
    QVariantList values { today, today };
    values.append(where.values());
    QSqlQuery query(db.connection());
    if (Status status = prepareAndRun(
            query,
            QStringLiteral("SELECT g.partner_id, ifnull(p.name, ''), g.n, g.due, g.expired, g.first FROM ("
                           "SELECT c.partner_id AS partner_id, count(*) AS n, "
                           "sum(c.reminded_on IS NULL AND julianday(c.expires_on) - julianday(?) <= %1) AS due, "
                           "sum(c.expires_on < ?) AS expired, min(c.expires_on) AS first "
                           "FROM certification c WHERE %2 GROUP BY c.partner_id) g "
                           "LEFT JOIN partner p ON p.id = g.partner_id ORDER BY p.name_key, p.local_id")
                .arg(ReminderDays, where.sql()),
            values);
        !status)
        return status.error();
    QList<ExpiringPartner> partners;
    while (query.next()) {
        ExpiringPartner partner;
        partner.partnerId = query.value(0).toByteArray();
        partner.name = query.value(1).toString();
        partner.count = query.value(2).toInt();
        partner.remindersDue = query.value(3).toInt();
        partner.expired = query.value(4).toInt();
        partner.firstExpiry = Timestamp::dateFromStorage(query.value(5).toString());
        partners.append(partner);
    }
    return partners;
}

Result<QList<ExpiringCertification>> expiringOf(Database& db, const ExpiringFilter& filter, const QByteArray& partnerId)
{
    Where where = expiringWhere(filter);
    where.add(QStringLiteral("c.partner_id = ?"), { partnerId });
    QSqlQuery query(db.connection());
    if (Status status = prepareAndRun(
            query,
            QStringLiteral("SELECT %1 FROM certification c WHERE %2 ORDER BY c.expires_on, "
                           "(SELECT oc.last_name FROM contact oc WHERE oc.id = c.contact_id) COLLATE NOCASE, "
                           "(SELECT oc.first_name FROM contact oc WHERE oc.id = c.contact_id) COLLATE NOCASE, c.local_id")
                .arg(rowColumns(), where.sql()),
            where.values());
        !status)
        return status.error();
    Result<QList<CertificationRow>> read = readRows(query);
    if (!read)
        return read.error();
    const QDate today = referenceDay(filter.today);
    QList<ExpiringCertification> certifications;
    for (const CertificationRow& row : read.value()) {
        ExpiringCertification entry;
        entry.row = row;
        entry.state = row.stateOn(today);
        entry.reminderDay = row.expiresOn.addDays(-std::max(0, row.reminderDays));
        entry.reminder = reminderState(row.expiresOn, row.reminderDays, row.remindedOn, today);
        certifications.append(entry);
    }
    return certifications;
}

Result<ExpiryTimeline> expiryTimeline(Database& db, const CertificationFilter& scope, TimelineGroup group,
                                      int monthsBack, int monthsAhead)
{
    ExpiryTimeline timeline;
    timeline.today = referenceDay(scope.today);
    const QDate current = firstOfMonth(timeline.today);
    for (int i = -std::max(0, monthsBack); i < std::max(1, monthsAhead); ++i)
        timeline.months.append(current.addMonths(i));
    const QDate first = timeline.months.constFirst();
    const QDate last = timeline.monthEnd(int(timeline.months.size()) - 1);

    CertificationFilter filter = scope;
    filter.states.clear();
    filter.expiringWithinDays = -1;
    filter.expiresFrom = {};
    filter.expiresTo = {};
    Where where = scopeWhere(filter);
    where.add(QStringLiteral("c.status = 'active' AND c.expires_on <= ?"), { iso(last) });

    // Grouped by month and definition straight from the covering expiry index (no lookup per row); the months
    // before the first one shown fold into one bucket (''), so "already expired" needs no second query. Tracks and
    // names come from the small definition table afterwards.
    QVariantList values { iso(first), iso(timeline.today) };
    values.append(where.values());
    QSqlQuery query(db.connection());
    if (Status status = prepareAndRun(
            query,
            QStringLiteral("SELECT CASE WHEN c.expires_on < ? THEN '' ELSE substr(c.expires_on, 1, 7) END AS b, "
                           "c.definition_id, count(*), sum(c.expires_on < ?) FROM certification c WHERE %1 "
                           "GROUP BY b, c.definition_id")
                .arg(where.sql()),
            values);
        !status)
        return status.error();
    struct Group
    {
        QString bucket;
        QByteArray definitionId;
        qint64 n = 0;
    };
    QList<Group> groups;
    while (query.next()) {
        const qint64 n = query.value(2).toLongLong();
        timeline.expired += query.value(3).toLongLong();
        groups.append({ query.value(0).toString(), query.value(1).toByteArray(), n });
    }
    QHash<QByteArray, QPair<QString, QString>> definitions; // id → (name, track)
    QSqlQuery names(db.connection());
    if (Status status = prepareAndRun(names, QStringLiteral("SELECT id, name, track FROM cert_definition"), {}); !status)
        return status.error();
    while (names.next())
        definitions.insert(names.value(0).toByteArray(), { names.value(1).toString(), names.value(2).toString() });

    QHash<QString, int> monthIndex;
    for (int i = 0; i < timeline.months.size(); ++i)
        monthIndex.insert(timeline.months.at(i).toString(QStringLiteral("yyyy-MM")), i);
    QHash<QString, int> seriesIndex;
    for (const Group& g : std::as_const(groups)) {
        if (g.bucket.isEmpty()) {
            timeline.expiredBefore += g.n;
            continue;
        }
        const int month = monthIndex.value(g.bucket, -1);
        if (month < 0)
            continue;
        const QPair<QString, QString> definition = definitions.value(g.definitionId);
        const QString mapKey = group == TimelineGroup::Track ? definition.second
                                                             : QString::fromLatin1(g.definitionId.toHex());
        auto it = seriesIndex.constFind(mapKey);
        int index = 0;
        if (it == seriesIndex.cend()) {
            ExpiryTimeline::Series series;
            if (group == TimelineGroup::Track) {
                series.track = definition.second;
                series.label = series.track.isEmpty() ? QueryTr::tr("No track") : series.track;
            } else {
                series.definitionId = g.definitionId;
                series.label = definition.first.isEmpty() ? QueryTr::tr("Unknown certification") : definition.first;
            }
            series.counts = QList<qint64>(timeline.months.size(), 0);
            index = int(timeline.series.size());
            seriesIndex.insert(mapKey, index);
            timeline.series.append(series);
        } else {
            index = *it;
        }
        timeline.series[index].counts[month] += g.n;
    }
    const auto total = [](const ExpiryTimeline::Series& s) {
        qint64 sum = 0;
        for (const qint64 n : s.counts)
            sum += n;
        return sum;
    };
    std::stable_sort(timeline.series.begin(), timeline.series.end(),
                     [&total](const ExpiryTimeline::Series& a, const ExpiryTimeline::Series& b) {
                         const qint64 ta = total(a);
                         const qint64 tb = total(b);
                         return ta != tb ? ta > tb : a.label.localeAwareCompare(b.label) < 0;
                     });
    return timeline;
}

} // namespace CertificationQuery

} // namespace ChannelDesk
