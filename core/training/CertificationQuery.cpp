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

/// The acquisition day as the sort index of migration 8 holds it: a certificate without one as 0, which sorts before
/// every text (the column's TEXT affinity stores no numbers), so the order is acquired_on's own with its NULLs first,
/// and "before day X" is one range of the index.
QString acquiredKey(const QString& alias)
{
    return QStringLiteral("ifnull(%1.acquired_on, 0)").arg(alias);
}

/// The SQL of one state as of `today`, the same decision as certificationState() for the stored statuses
/// (in_progress, active, renewed, revoked; another value matches no state). Each is a conjunction whose terms the
/// indexes recognise when it stands alone: `c.status = 'active'` for the partial expiry indexes, a range of
/// ExpiryKey for certification_sort_expires. `walk` gives the same test with the same bindings written per row
/// (a unary + keeps every term from choosing an index): a list's first page then walks its sort index, whose
/// columns (migration 8) hold the status and both days, and stops after a page.
Term stateTerm(const QString& code, const QString& today, bool walk)
{
    const QString status = walk ? QStringLiteral("+c.status") : QStringLiteral("c.status");
    const QString expiry = walk ? QStringLiteral("+") + ExpiryKey : ExpiryKey;
    if (code == QLatin1String("in_progress")) {
        if (walk)
            return { QStringLiteral("(+c.status = 'in_progress' OR (+c.status = 'active' AND (+c.acquired_on > ? OR "
                                    "c.acquired_on IS NULL)))"),
                     { today } };
        // Stored in progress (its partial index), or passed on a day still to come (a short range of the acquired
        // index, which holds the status too), or active without a day (the index's first entries).
        return { QStringLiteral("c.local_id IN (SELECT ip.local_id FROM certification ip WHERE ip.deleted_at IS NULL "
                                "AND ip.status = 'in_progress' UNION ALL SELECT fa.local_id FROM certification fa "
                                "WHERE fa.deleted_at IS NULL AND %1 > ? AND fa.status = 'active' "
                                "UNION ALL SELECT na.local_id FROM certification na WHERE na.deleted_at IS NULL "
                                "AND %2 = 0 AND na.status = 'active')")
                     .arg(acquiredKey(QStringLiteral("fa")), acquiredKey(QStringLiteral("na"))),
                 { today } };
    }
    const QString acquired = walk ? QStringLiteral("+c.acquired_on") : QStringLiteral("c.acquired_on");
    if (code == QLatin1String("active"))
        return { QStringLiteral("%3 = 'active' AND %4 <= ? AND %1 > ? AND (c.expires_on IS NULL OR "
                                "julianday(c.expires_on) - julianday(?) > %2)")
                     .arg(expiry, WindowDays, status, acquired),
                 { today, today, today } };
    if (code == QLatin1String("expiring"))
        // The bound (today + the longest window of any definition) makes it a range of the expiry index; the exact
        // per-definition window is checked on the rows in it.
        return { QStringLiteral("%3 = 'active' AND %4 <= ? AND %1 >= ? AND %1 <= "
                                "(SELECT date(?, '+' || max(0, ifnull(max(md.recert_window_days), 0)) || ' days') "
                                "FROM cert_definition md) AND julianday(c.expires_on) - julianday(?) <= %2")
                     .arg(expiry, WindowDays, status, acquired),
                 { today, today, today, today } };
    if (code == QLatin1String("expired"))
        return { QStringLiteral("%2 = 'active' AND %3 <= ? AND %1 < ?").arg(expiry, status, acquired), { today, today } };
    if (code == QLatin1String("renewed"))
        return { status + QStringLiteral(" = 'renewed'"), {} };
    if (code == QLatin1String("revoked"))
        return { status + QStringLiteral(" = 'revoked'"), {} };
    return { QStringLiteral("0"), {} }; // an unknown state matches nothing, never everything
}

/// `text` as a LIKE pattern that matches it literally (ESCAPE '\').
QString likeLiteral(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

QStringList searchWords(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

/// How a condition is written: for the plain query (index seeks) or per row for a walk of the sort index (the same
/// bindings, see stateTerm).
enum class Form { Seek, Walk };

/// Partner, person, definition, track and search: what every view and the chart share. `byPerson`: the list is in
/// person order, whose index entries hold the person's keys, so a search first tests those (both forms, so they
/// bind the same values).
Where scopeWhere(const CertificationFilter& filter, Form form = Form::Seek, bool byPerson = false)
{
    const bool walk = form == Form::Walk;
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
        const QString end = prefixEnd(word);
        if (byPerson) {
            // On the person index entry first: search_key (migration 8) holds the person's names and e-mail and the
            // certificate id lower-cased as NOCASE compares, each after a char(1), so every match has
            // char(1) || lower(word) in it (LIKE finds it faster than instr(): it skips to each char(1)). Only the
            // entries that have it look the person up for the exact test below (a live person, the very names).
            where.add(QStringLiteral("c.search_key LIKE '%' || char(1) || lower(?) || '%' ESCAPE '\\'"),
                      { likeLiteral(word) });
        }
        if (walk) {
            // The person's name or e-mail, or the certificate id, tested on each row the walk reads.
            where.add(QStringLiteral("(EXISTS (SELECT 1 FROM contact sc WHERE sc.id = c.contact_id AND sc.deleted_at IS "
                                     "NULL AND ((sc.first_name >= ? COLLATE NOCASE AND sc.first_name < ? COLLATE NOCASE) "
                                     "OR (sc.last_name >= ? COLLATE NOCASE AND sc.last_name < ? COLLATE NOCASE) OR "
                                     "(sc.email >= ? COLLATE NOCASE AND sc.email < ? COLLATE NOCASE))) OR "
                                     "(+c.certificate_id >= ? COLLATE NOCASE AND +c.certificate_id < ? COLLATE NOCASE))"),
                      { word, end, word, end, word, end, word, end });
            continue;
        }
        // Prefix ranges under NOCASE on the contact name and e-mail indexes and the certificate id index. The
        // contacts come as a UNION, one index range each: SQLite does not combine OR'ed ranges over partial indexes.
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

/// Every condition of `filter`, in `form` (`byPerson`: see scopeWhere).
Where fullWhere(const CertificationFilter& filter, Form form = Form::Seek, bool byPerson = false)
{
    const bool walk = form == Form::Walk;
    Where where = scopeWhere(filter, form, byPerson);
    const QString today = iso(CertificationQuery::referenceDay(filter.today));
    if (filter.states.size() == 1) {
        const Term term = stateTerm(filter.states.constFirst(), today, walk);
        where.add(term.sql, term.values);
    } else if (!filter.states.isEmpty()) {
        QStringList alternatives;
        QVariantList values;
        for (const QString& state : filter.states) {
            const Term term = stateTerm(state, today, walk);
            alternatives.append(QLatin1Char('(') + term.sql + QLatin1Char(')'));
            values.append(term.values);
        }
        where.add(QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')'), values);
    }
    const QString plus = walk ? QStringLiteral("+") : QString();
    if (filter.expiringWithinDays >= 0) {
        const QDate day = CertificationQuery::referenceDay(filter.today);
        where.add(QStringLiteral("%2c.status = 'active' AND %2c.acquired_on <= ? AND %1 >= ? AND %1 <= ?")
                      .arg(plus + ExpiryKey, plus),
                  { today, today, iso(day.addDays(filter.expiringWithinDays)) });
    }
    if (filter.expiresFrom.isValid() || filter.expiresTo.isValid()) {
        where.add(plus + QStringLiteral("c.status = 'active'"));
        if (filter.expiresFrom.isValid())
            where.add(QStringLiteral("%1 >= ?").arg(plus + ExpiryKey), { iso(filter.expiresFrom) });
        // Never-expiring certificates (ExpiryKey 9999-12-31) are outside any month.
        where.add(QStringLiteral("%1 <= ?").arg(plus + ExpiryKey),
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
    return !filter.partnerIds.isEmpty() || !filter.contactIds.isEmpty();
}

/// The sort key over alias `alias`, spelled as its index of migration 8 is defined.
QString sortKey(CertificationSort sort, const QString& alias)
{
    switch (sort) {
    case CertificationSort::Person: return alias + QStringLiteral(".person_key");         // certification_sort_person
    case CertificationSort::Partner: return alias + QStringLiteral(".partner_key");       // certification_sort_partner
    case CertificationSort::Definition: return alias + QStringLiteral(".definition_key"); // certification_sort_definition
    case CertificationSort::Acquired: return acquiredKey(alias);                        // certification_sort_acquired
    case CertificationSort::Expires: break;                                             // certification_sort_expires
    }
    return QStringLiteral("ifnull(%1.expires_on, '9999-12-31')").arg(alias);
}

/// How many entries of the sort index a first page's walk reads at most: each test reads the index entry only
/// (status and both days are columns of the sort indexes), so this is a few milliseconds.
constexpr int HeadRows = 50000;
/// The same for a search, whose test looks the person up (a few microseconds a row)…
constexpr int SearchHeadRows = 8000;
/// … except along the person index, whose entries hold the names and e-mail to test first.
constexpr int PersonSearchHeadRows = 100000;

/// The "In progress" view in acquisition order: the stored in-progress certificates have an index in that order
/// (certification_in_progress), which the head reads instead of a walk; the certificates passed on a day still to
/// come or active without a day (rare) are missing from it, so it is a part of the list, not its head, until
/// firstPage() has checked that there are none (activeInProgress).
bool storedInProgressHead(const CertificationFilter& filter, CertificationSort sort)
{
    return sort == CertificationSort::Acquired && filter.states == QStringList { QStringLiteral("in_progress") }
        && !isSelective(filter) && searchWords(filter.search).isEmpty() && filter.expiringWithinDays < 0
        && !filter.expiresFrom.isValid() && !filter.expiresTo.isValid();
}

/// Whether the first page walks the sort index (CertificationSql::headWhere): when the conditions would otherwise
/// seek every matching row and sort them (tens of thousands for a state, a month or a common name) while the sort
/// index finds a page's worth soon. Not with a partner or a person (few rows), nor for the expiry order over expiry
/// days, whose plain query is already a range of that same index.
bool hasHead(const CertificationFilter& filter, CertificationSort sort)
{
    if (isSelective(filter))
        return false;
    const bool search = !searchWords(filter.search).isEmpty();
    const bool expiryRange = filter.expiringWithinDays >= 0 || filter.expiresFrom.isValid() || filter.expiresTo.isValid();
    if (!search && filter.states.isEmpty() && !expiryRange)
        return false;
    if (sort == CertificationSort::Expires && !search) {
        // Expiry days in a range, or states that are ranges of them: the plain query walks that range in order.
        const bool ranged = std::all_of(filter.states.cbegin(), filter.states.cend(), [](const QString& state) {
            return state == QLatin1String("active") || state == QLatin1String("expiring")
                || state == QLatin1String("expired");
        });
        return !expiryRange && !ranged;
    }
    return true;
}

/// Whether the expiry timeline of `scope` can be summed from certification_expiry_count, which is kept per expiry
/// day and definition: every condition must be on the definition (definitions, tracks).
bool countsServe(const CertificationFilter& scope)
{
    return scope.partnerIds.isEmpty() && scope.contactIds.isEmpty() && searchWords(scope.search).isEmpty();
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
    case CertificationSort::Acquired:   // certification_sort_acquired (ifnull(acquired_on, 0))
    case CertificationSort::Expires:    // certification_sort_expires (ifnull(expires_on, '9999-12-31'))
        return true;
    }
    return false;
}

CertificationSql build(const CertificationFilter& filter, CertificationSort sort, bool descending)
{
    const bool byPerson = sort == CertificationSort::Person;
    Where where = fullWhere(filter, Form::Seek, byPerson);
    const bool head = hasHead(filter, sort);
    Where walk = head ? fullWhere(filter, Form::Walk, byPerson) : Where();
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
        const QString term = QStringLiteral("c.definition_key IN (SELECT lower(kd.name) FROM cert_definition kd WHERE %1)")
                                 .arg(terms.join(QStringLiteral(" AND ")));
        where.add(term, values);
        if (head)
            walk.add(term, values);
    }
    CertificationSql sql;
    sql.from = QStringLiteral("certification c");
    sql.where = where.sql();
    sql.values = where.values();
    QString key = sortKey(sort, QStringLiteral("c"));
    // With a partner or a person the few matches are sought through their index and sorted; the unary + stops
    // SQLite from walking the sort index past a million rows to find them instead.
    if (isSelective(filter))
        key = QStringLiteral("+") + key;
    sql.orderBy = orderBy({ key, QStringLiteral("c.local_id") }, descending);
    if (head && storedInProgressHead(filter, sort)) {
        // The stored in-progress rows in order (the same scope conditions and bindings as the in-progress term's).
        CertificationFilter stored = filter;
        stored.states.clear();
        Where part = scopeWhere(stored, Form::Walk);
        part.add(QStringLiteral("c.status = 'in_progress' AND ? IS NOT NULL"), { iso(referenceDay(filter.today)) });
        sql.headFrom = sql.from;
        sql.headWhere = part.sql();
    } else if (head) {
        // The first page as a walk of the sort index testing each row (walk.values() == where.values()), bounded to
        // the index's first HeadRows entries in this direction by a range on the sort key, so a filter that keeps
        // few rows costs a bounded walk; the full order (the plain query) completes or corrects it.
        const int rows = searchWords(filter.search).isEmpty() ? HeadRows
            : sort == CertificationSort::Person                 ? PersonSearchHeadRows
                                                                : SearchHeadRows;
        QString bound = QStringLiteral("(SELECT %1 FROM certification b WHERE b.deleted_at IS NULL ORDER BY %1%2 "
                                       "LIMIT 1 OFFSET %3)")
                            .arg(sortKey(sort, QStringLiteral("b")), descending ? QStringLiteral(" DESC") : QString())
                            .arg(rows);
        if (sort == CertificationSort::Person) {
            // person_key starts with the lower-cased last name: the last name that many people (about two
            // certificates each) into the narrow contact index is a bound as good, read in a third of the time.
            bound = QStringLiteral("lower((SELECT bc.last_name FROM contact bc WHERE bc.deleted_at IS NULL ORDER BY "
                                   "bc.last_name COLLATE NOCASE%1 LIMIT 1 OFFSET %2))")
                        .arg(descending ? QStringLiteral(" DESC") : QString())
                        .arg(rows / 2);
        }
        // Past the end of a shorter index the range is open: above every text (a blob) or below every value (-inf).
        sql.headFrom = sql.from;
        sql.headWhere = QStringLiteral("%1 %2 ifnull(%3, %4) AND %5")
                            .arg(sortKey(sort, QStringLiteral("c")), descending ? QStringLiteral(">=") : QStringLiteral("<="),
                                 bound, descending ? QStringLiteral("-9e999") : QStringLiteral("x''"), walk.sql());
    }
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

namespace {

/// Whether any certificate is in progress without the status saying so: active but acquired after `today` or
/// without a day (two short ranges of the acquisition index, whose entries hold the status).
Result<bool> activeInProgress(Database& db, const QDate& today)
{
    QSqlQuery query(db.connection());
    if (Status status = prepareAndRun(
            query,
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM certification c INDEXED BY certification_sort_acquired WHERE "
                           "c.deleted_at IS NULL AND %1 > ? AND +c.status = 'active') OR EXISTS (SELECT 1 FROM "
                           "certification c INDEXED BY certification_sort_acquired WHERE c.deleted_at IS NULL AND "
                           "%1 = 0 AND +c.status = 'active')")
                .arg(acquiredKey(QStringLiteral("c"))),
            { iso(today) });
        !status)
        return status.error();
    return query.next() && query.value(0).toBool();
}

} // namespace

Result<QList<CertificationRow>> firstPage(Database& db, const CertificationFilter& filter, CertificationSort sort,
                                          bool descending, int limit)
{
    // The page's local ids in order, then its rows, as the list loader reads a first page: the row columns
    // (correlated lookups) are computed for the page's rows alone, never for every row a sort has to see.
    const CertificationSql sql = build(filter, sort, descending);
    const auto pageIds = [&](const QString& from, const QString& where) -> Result<QList<qint64>> {
        QSqlQuery query(db.connection());
        if (Status status = prepareAndRun(query,
                                          QStringLiteral("SELECT c.local_id FROM %1 WHERE %2 ORDER BY %3 LIMIT %4")
                                              .arg(from, where, sql.orderBy)
                                              .arg(std::max(0, limit)),
                                          sql.values);
            !status)
            return status.error();
        QList<qint64> ids;
        while (query.next())
            ids.append(query.value(0).toLongLong());
        return ids;
    };
    if (!sql.headWhere.isEmpty()) {
        Result<QList<qint64>> head = pageIds(sql.headFrom, sql.headWhere);
        if (!head)
            return head.error();
        if (storedInProgressHead(filter, sort)) {
            // The stored in-progress rows are all of the list unless a certificate is in progress by its day.
            Result<bool> others = activeInProgress(db, referenceDay(filter.today));
            if (!others)
                return others.error();
            if (!others.value())
                return rows(db, head.value());
        } else if (head->size() >= std::max(0, limit)) {
            // A full page from the bounded walk is exactly the first page; a shorter one may miss rows past its bound.
            return rows(db, head.value());
        }
    }
    Result<QList<qint64>> ids = pageIds(sql.from, sql.where);
    if (!ids)
        return ids.error();
    return rows(db, ids.value());
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

Result<QList<ExpiringPartner>> expiringPartners(Database& db, const ExpiringFilter& filter, int limit)
{
    Where where = expiringWhere(filter);
    const QString today = iso(referenceDay(filter.today));
    // Without a partner, person or search scope the rows are a range of the covering certification_expiring
    // (certification_by_expiry would read every row from the table for its acquisition day and definition).
    const bool broad = !isSelective(filter.scope);
    const QString source = broad ? QStringLiteral("certification c INDEXED BY certification_expiring")
                                 : QStringLiteral("certification c");
    QList<QByteArray> page; // the first `limit` partners by name, when found by the partner walk
    if (broad && limit >= 0) {
        // The first page of partners by name. When many partners have expiring certificates (a third of them over
        // the default horizon) the partner name index is walked, each partner tested through certification_valid
        // (covering, its few rows), and the walk stops after a page; when few do, grouping their rows is cheaper
        // than walking past every partner. A bounded count of the range tells the two apart.
        QSqlQuery count(db.connection());
        if (Status status = prepareAndRun(count,
                                          QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %2 LIMIT %3)")
                                              .arg(source, where.sql())
                                              .arg(CertificationQuery::ExpiringWalkThreshold),
                                          where.values());
            !status)
            return status.error();
        if (count.next() && count.value(0).toLongLong() >= CertificationQuery::ExpiringWalkThreshold) {
            QSqlQuery walk(db.connection());
            if (Status status = prepareAndRun(
                    walk,
                    QStringLiteral("SELECT p.id FROM partner p INDEXED BY partner_by_name_key WHERE EXISTS (SELECT 1 "
                                   "FROM certification c INDEXED BY certification_valid WHERE c.partner_id = p.id "
                                   "AND %1) ORDER BY p.name_key, p.local_id LIMIT %2")
                        .arg(where.sql())
                        .arg(limit),
                    where.values());
                !status)
                return status.error();
            while (walk.next())
                page.append(walk.value(0).toByteArray());
            if (page.isEmpty())
                return QList<ExpiringPartner> {};
            where.addIn(QStringLiteral("c.partner_id"), page);
        }
    }
    // One pass over the rows grouped by partner (all of them, or the page's); the partner's name is read once per
    // group.
    QVariantList values { today, today };
    values.append(where.values());
    QSqlQuery query(db.connection());
    if (Status status = prepareAndRun(
            query,
            QStringLiteral("SELECT g.partner_id, ifnull(p.name, ''), g.n, g.due, g.expired, g.first FROM ("
                           "SELECT c.partner_id AS partner_id, count(*) AS n, "
                           "sum(c.reminded_on IS NULL AND julianday(c.expires_on) - julianday(?) <= %1) AS due, "
                           "sum(c.expires_on < ?) AS expired, min(c.expires_on) AS first "
                           "FROM %2 WHERE %3 GROUP BY c.partner_id) g "
                           "LEFT JOIN partner p ON p.id = g.partner_id ORDER BY p.name_key, p.local_id")
                .arg(ReminderDays, page.isEmpty() ? source : QStringLiteral("certification c INDEXED BY certification_valid"),
                     where.sql()),
            values);
        !status)
        return status.error();
    QList<ExpiringPartner> partners;
    while (query.next() && (limit < 0 || partners.size() < limit)) {
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
    struct Group
    {
        QString bucket;
        QByteArray definitionId;
        qint64 n = 0;
    };
    QList<Group> groups;
    if (countsServe(filter)) {
        // Every condition is on the definition: certification_expiry_count (migration 8) holds the active
        // certificates per expiry day and definition, a few thousand rows, compared exactly as the rows would be.
        Where where;
        where.addIn(QStringLiteral("a.definition_id"), filter.definitionIds);
        if (!filter.tracks.isEmpty()) {
            QVariantList values;
            for (const QString& track : filter.tracks)
                values.append(track.isNull() ? QStringLiteral("") : track);
            where.add(QStringLiteral("a.definition_id IN (SELECT td.id FROM cert_definition td WHERE td.track IN (%1))")
                          .arg(placeholders(filter.tracks.size())),
                      values);
        }
        const QString definitionTerms = where.sql().isEmpty() ? QString() : QStringLiteral(" AND ") + where.sql();
        QVariantList values { iso(first), iso(timeline.today) };
        values.append(where.values());
        QSqlQuery expired(db.connection());
        if (Status status = prepareAndRun(expired,
                                          QStringLiteral("SELECT total(CASE WHEN a.expires_on < ? THEN a.n END), "
                                                         "total(a.n) FROM certification_expiry_count a "
                                                         "WHERE a.expires_on < ?%1")
                                              .arg(definitionTerms),
                                          values);
            !status)
            return status.error();
        if (expired.next()) {
            timeline.expiredBefore = expired.value(0).toLongLong();
            timeline.expired = expired.value(1).toLongLong();
        }
        values = { iso(first), iso(last) };
        values.append(where.values());
        QSqlQuery months(db.connection());
        if (Status status = prepareAndRun(months,
                                          QStringLiteral("SELECT substr(a.expires_on, 1, 7) AS b, a.definition_id, "
                                                         "total(a.n) FROM certification_expiry_count a WHERE "
                                                         "a.expires_on >= ? AND a.expires_on <= ?%1 GROUP BY b, "
                                                         "a.definition_id")
                                              .arg(definitionTerms),
                                          values);
            !status)
            return status.error();
        while (months.next())
            groups.append({ months.value(0).toString(), months.value(1).toByteArray(), months.value(2).toLongLong() });
    } else {
        // A partner, person or search scope leaves few rows (the people's own certificates): grouped from the
        // covering expiry index, the months before the first one shown folded into one bucket ('').
        Where where = scopeWhere(filter);
        where.add(QStringLiteral("c.status = 'active' AND c.expires_on <= ?"), { iso(last) });
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
        while (query.next()) {
            const qint64 n = query.value(2).toLongLong();
            timeline.expired += query.value(3).toLongLong();
            const QString bucket = query.value(0).toString();
            if (bucket.isEmpty())
                timeline.expiredBefore += n;
            else
                groups.append({ bucket, query.value(1).toByteArray(), n });
        }
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
