#include "MdfQuery.h"

#include "common/TextFold.h"
#include "common/Timestamp.h"

#include <QHash>
#include <QRegularExpression>

namespace ChannelDesk {

namespace {

// Words of the search box used (each adds a set to build); more narrow nothing a user would notice.
constexpr qsizetype MaxSearchWords = 8;

QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QStringLiteral(", "));
}

class Where
{
public:
    void add(const QString& condition) { m_terms.append(condition); }
    void add(const QString& condition, const QVariant& value)
    {
        m_terms.append(condition);
        m_values.append(value);
    }
    void bind(const QVariant& value) { m_values.append(value); }
    void addIn(const QString& column, const QStringList& values)
    {
        if (values.isEmpty())
            return;
        m_terms.append(column + QStringLiteral(" IN (") + placeholders(values.size()) + QLatin1Char(')'));
        for (const QString& value : values)
            m_values.append(value.isNull() ? QStringLiteral("") : value); // NOT NULL columns
    }
    void addIn(const QString& column, const QList<QByteArray>& ids)
    {
        addIn(column, ids, QString());
    }
    /// `column IN (<select> (?, ?, …)<close>)`: for conditions through another table.
    void addIn(const QString& column, const QList<QByteArray>& ids, const QString& select)
    {
        if (ids.isEmpty())
            return;
        if (select.isEmpty())
            m_terms.append(column + QStringLiteral(" IN (") + placeholders(ids.size()) + QLatin1Char(')'));
        else
            m_terms.append(column + QStringLiteral(" IN (") + select + QLatin1Char('(') + placeholders(ids.size())
                           + QStringLiteral("))"));
        for (const QByteArray& id : ids)
            m_values.append(id);
    }
    /// A condition with two other forms, same rows and same bindings: for a walk of the sort index that reads each
    /// row (walkSql()) and for one that reads only the index (memberSql()).
    void addWithForms(const QString& condition, const QString& walkCondition, const QString& memberCondition)
    {
        m_otherForms.insert(m_terms.size(), { walkCondition, memberCondition });
        m_terms.append(condition);
    }
    QString sql() const { return m_terms.join(QStringLiteral(" AND ")); }
    QString walkSql() const { return formSql(false); }
    QString memberSql() const { return formSql(true); }
    bool hasOtherForms() const { return !m_otherForms.isEmpty(); }
    const QVariantList& values() const { return m_values; }

private:
    QString formSql(bool member) const
    {
        QStringList terms = m_terms;
        for (auto it = m_otherForms.cbegin(); it != m_otherForms.cend(); ++it)
            terms[it.key()] = member ? it.value().second : it.value().first;
        return terms.join(QStringLiteral(" AND "));
    }

    QStringList m_terms;
    QHash<qsizetype, std::pair<QString, QString>> m_otherForms;
    QVariantList m_values;
};

/// The search box: every word must start a word of the row's search_text, the folded words a search looks in (for
/// a request its number, title, campaign and partner's name; for a claim its number and title and its request's
/// search_text; kept by the triggers of migration step 9). The words are folded as those are (TextFold::words), so
/// "hoi" finds "Hội" and "2611" finds "MDF-2611-7KQ3MZ". Three forms, bound to the same words in the same order:
/// - the set, `x.local_id IN (…)` from one FTS5 query of every word: SQLite reads a rare search's few rows from it;
/// - for a walk that reads each row, `(' ' || x.search_text) LIKE '% word%'` per word (the same word-prefix test:
///   a folded word holds no LIKE wildcard): a common search fills a page within a few rows;
/// - for a walk of the sort index alone, membership in the set (`+x.local_id IN (…)`), built once.
void addSearch(Where& where, const QString& text, const QString& table, const QString& alias)
{
    QStringList words;
    for (const QString& word : TextFold::words(text)) {
        if (!words.contains(word) && words.size() < MaxSearchWords)
            words.append(word);
    }
    if (words.isEmpty())
        return;
    QStringList phrases;
    QStringList likes;
    for (const QString& word : std::as_const(words)) {
        phrases.append(QStringLiteral("'\"' || ? || '\"*'"));
        likes.append(QStringLiteral("(' ' || %1.search_text) LIKE '% ' || ? || '%'").arg(alias));
        where.bind(word);
    }
    const QString set = QStringLiteral("%1.local_id IN (SELECT rowid FROM %2_fts WHERE %2_fts MATCH %3)")
                            .arg(alias, table, phrases.join(QStringLiteral(" || ' ' || ")));
    where.addWithForms(set, QLatin1Char('(') + likes.join(QStringLiteral(" AND ")) + QLatin1Char(')'),
                       QLatin1Char('+') + set);
}

/// A local-day range over a UTC timestamp column: [from 00:00 local, day after `to` 00:00 local).
void addInstantRange(Where& where, const QString& column, const QDate& from, const QDate& to)
{
    if (from.isValid())
        where.add(column + QStringLiteral(" >= ?"), Timestamp::toStorage(from.startOfDay()));
    if (to.isValid())
        where.add(column + QStringLiteral(" < ?"), Timestamp::toStorage(to.addDays(1).startOfDay()));
}

/// A range over ISO date columns: the span [startColumn, endColumn] overlaps [from, to]. A row without the date
/// never matches a bound.
void addDateRange(Where& where, const QString& startColumn, const QString& endColumn, const QDate& from,
                  const QDate& to)
{
    if (from.isValid())
        where.add(endColumn + QStringLiteral(" >= ?"), Timestamp::dateToStorage(from));
    if (to.isValid())
        where.add(startColumn + QStringLiteral(" <= ?"), Timestamp::dateToStorage(to));
}

/// "Waiting for me": the approver decides; without one (no escalation happened) the budget owner does. The
/// correlated lookup runs only for the few submitted rows the partial index *_pending yields.
QString waitingSql(const QString& alias, const QString& ownerLookup)
{
    return QStringLiteral("%1.status = 'submitted' AND (%1.approver = ? OR (%1.approver = '' AND EXISTS (%2)))")
        .arg(alias, ownerLookup);
}

QString requestColumn(MdfRequestSort sort)
{
    switch (sort) {
    case MdfRequestSort::Number: return QStringLiteral("r.number");
    case MdfRequestSort::Title: return QStringLiteral("r.title");
    case MdfRequestSort::Partner: return QStringLiteral("p.name_key");
    case MdfRequestSort::Status: return QStringLiteral("r.status");
    case MdfRequestSort::ActivityType: return QStringLiteral("r.activity_type");
    case MdfRequestSort::Requested: return QStringLiteral("r.requested_minor");
    case MdfRequestSort::Approved: return QStringLiteral("r.approved_minor");
    case MdfRequestSort::Start: return QStringLiteral("r.start_date");
    case MdfRequestSort::End: return QStringLiteral("r.end_date");
    case MdfRequestSort::ClaimDeadline: return QStringLiteral("r.claim_deadline");
    case MdfRequestSort::Submitted: return QStringLiteral("r.submitted_at");
    case MdfRequestSort::Approver: return QStringLiteral("r.approver");
    case MdfRequestSort::Updated: return QStringLiteral("r.updated_at");
    }
    return QStringLiteral("r.local_id");
}

QString claimColumn(MdfClaimSort sort)
{
    switch (sort) {
    case MdfClaimSort::Number: return QStringLiteral("c.number");
    case MdfClaimSort::Title: return QStringLiteral("c.title");
    case MdfClaimSort::Partner: return QStringLiteral("p.name_key");
    case MdfClaimSort::Request: return QStringLiteral("(SELECT sr.number FROM mdf_request sr WHERE sr.id = c.request_id)");
    case MdfClaimSort::Status: return QStringLiteral("c.status");
    case MdfClaimSort::Claimed: return QStringLiteral("c.amount_minor");
    case MdfClaimSort::Approved: return QStringLiteral("c.approved_minor");
    case MdfClaimSort::Paid: return QStringLiteral("c.paid_minor");
    case MdfClaimSort::Submitted: return QStringLiteral("c.submitted_at");
    case MdfClaimSort::Decided: return QStringLiteral("c.decided_at");
    case MdfClaimSort::Approver: return QStringLiteral("c.approver");
    case MdfClaimSort::Updated: return QStringLiteral("c.updated_at");
    }
    return QStringLiteral("c.local_id");
}

QString orderBy(const QString& column, const QString& alias, bool descending)
{
    // Every term in the same direction, so SQLite can walk the index backwards for a descending sort. Partners of
    // the same name stay apart (p.local_id, which partner_sort_name holds as its rowid), so the partner walk of the
    // first page yields exactly this order without sorting ties.
    QStringList terms { column };
    if (column == QLatin1String("p.name_key"))
        terms.append(QStringLiteral("p.local_id"));
    terms.append(alias + QStringLiteral(".local_id"));
    return terms.join(descending ? QStringLiteral(" DESC, ") : QStringLiteral(", "))
        + (descending ? QStringLiteral(" DESC") : QString());
}

/// MdfSql::walkWhere and memberWhere, from `where`'s walk and member forms (Where::walkSql, memberSql: a search's
/// other forms). Every status test is one of this file's fragments (`x.status IN (…)` or `x.status = '…'`, a
/// conjunct; user text is always bound), so a textual rewrite is exact and keeps the placeholders in their order.
/// `statusOrder`: the order is the status index's own, which a status test then uses as it is.
void setRewrites(MdfSql& sql, const Where& where, const QString& alias, const QString& table, bool indexedOrder,
                 bool statusOrder)
{
    const QRegularExpression status(
        QStringLiteral("(?<![\\w.+])%1\\.status( IN \\([^()]*\\)| = '[a-z_]+')").arg(alias));
    const bool hasStatus = !statusOrder && sql.where.contains(status);
    if (!indexedOrder || (!hasStatus && !sql.search))
        return;
    sql.walkWhere = where.walkSql();
    sql.walkWhere.replace(status, QStringLiteral("+%1.status\\1").arg(alias));
    sql.memberWhere = where.memberSql();
    sql.memberWhere.replace(status, QStringLiteral("+%1.local_id IN (SELECT ms.local_id FROM %2 ms WHERE "
                                                   "ms.deleted_at IS NULL AND ms.status\\1)")
                                        .arg(alias, table));
}

/// FROM and the partner-walk head for a sort by partner name (see MdfSql::headFrom).
void setFrom(MdfSql& sql, const QString& table, const QString& alias, bool byPartner)
{
    const QString base = table + QLatin1Char(' ') + alias;
    if (!byPartner) {
        sql.from = base;
        return;
    }
    sql.from = QStringLiteral("%1 JOIN partner p ON p.id = %2.partner_id").arg(base, alias);
    sql.headFrom = QStringLiteral("partner p CROSS JOIN %1 ON %2.partner_id = p.id").arg(base, alias);
    sql.headWhere = QStringLiteral("p.deleted_at IS NULL AND ") + sql.where;
}

} // namespace

namespace MdfQuery {

QDate referenceDay(const QDate& today)
{
    return today.isValid() ? today : QDate::currentDate();
}

QDateTime referenceNow(const QDateTime& now)
{
    return now.isValid() ? now : QDateTime::currentDateTimeUtc();
}

bool isIndexed(MdfRequestSort sort)
{
    switch (sort) {
    case MdfRequestSort::Number:    // mdf_request_sort_number
    case MdfRequestSort::Partner:   // partner_sort_name + mdf_request_by_partner (first page)
    case MdfRequestSort::Status:    // mdf_request_by_status
    case MdfRequestSort::Requested: // mdf_request_sort_requested
    case MdfRequestSort::Start:     // mdf_request_sort_start
    case MdfRequestSort::Title:     // mdf_request_sort_title
    case MdfRequestSort::Approved:  // mdf_request_sort_approved
    case MdfRequestSort::End:       // mdf_request_sort_end
    case MdfRequestSort::ClaimDeadline: // mdf_request_sort_deadline
    case MdfRequestSort::Approver:  // mdf_request_sort_approver
    case MdfRequestSort::Submitted: // mdf_request_sort_submitted
    case MdfRequestSort::Updated:   // mdf_request_sort_updated
        return true;
    default:
        return false;
    }
}

bool isIndexed(MdfClaimSort sort)
{
    switch (sort) {
    case MdfClaimSort::Number:    // mdf_claim_sort_number
    case MdfClaimSort::Title:     // mdf_claim_by_title (rowid = local_id completes it)
    case MdfClaimSort::Partner:   // partner_sort_name + mdf_claim_by_partner (first page)
    case MdfClaimSort::Status:    // mdf_claim_by_status
    case MdfClaimSort::Claimed:   // mdf_claim_sort_amount
    case MdfClaimSort::Submitted: // mdf_claim_sort_submitted
    case MdfClaimSort::Approved:  // mdf_claim_sort_approved
    case MdfClaimSort::Paid:      // mdf_claim_sort_paid
    case MdfClaimSort::Decided:   // mdf_claim_sort_decided
    case MdfClaimSort::Approver:  // mdf_claim_sort_approver
    case MdfClaimSort::Updated:   // mdf_claim_sort_updated
        return true;
    default:
        return false;
    }
}

MdfSql build(const MdfRequestFilter& filter, MdfRequestSort sort, bool descending)
{
    Where where;
    where.add(QStringLiteral("r.deleted_at IS NULL")); // first, so the partial indexes (… WHERE deleted_at IS NULL) apply
    where.addIn(QStringLiteral("r.status"), filter.statuses);
    where.addIn(QStringLiteral("r.partner_id"), filter.partnerIds);
    where.addIn(QStringLiteral("r.allocation_id"), filter.allocationIds);
    where.addIn(QStringLiteral("r.allocation_id"), filter.budgetIds,
                QStringLiteral("SELECT ba.id FROM mdf_allocation ba WHERE ba.budget_id IN "));
    where.addIn(QStringLiteral("r.activity_type"), filter.activityTypes);
    switch (filter.dateField) {
    case MdfDateField::Activity:
        addDateRange(where, QStringLiteral("r.start_date"), QStringLiteral("r.end_date"), filter.dateFrom, filter.dateTo);
        break;
    case MdfDateField::Submitted:
        addInstantRange(where, QStringLiteral("r.submitted_at"), filter.dateFrom, filter.dateTo);
        break;
    case MdfDateField::Decided:
        addInstantRange(where, QStringLiteral("r.decided_at"), filter.dateFrom, filter.dateTo);
        break;
    case MdfDateField::ClaimDeadline:
        addDateRange(where, QStringLiteral("r.claim_deadline"), QStringLiteral("r.claim_deadline"), filter.dateFrom,
                     filter.dateTo);
        break;
    }
    if (!filter.waitingFor.isEmpty()) {
        where.add(waitingSql(QStringLiteral("r"),
                             QStringLiteral("SELECT 1 FROM mdf_allocation wa JOIN mdf_budget wb ON wb.id = wa.budget_id "
                                            "WHERE wa.id = r.allocation_id AND wb.owner = ?")),
                  filter.waitingFor);
        where.bind(filter.waitingFor);
    }
    if (filter.deadlineWithinDays >= 0) {
        // MDF-10: approved requests whose claim window closes soon and that still have something to claim (the
        // vendor-share cap, rounded down like mdfShareOf). The status list is the partial index's, literally.
        const QDate today = referenceDay(filter.today);
        where.add(QStringLiteral("r.status IN ('approved', 'partially_approved') AND r.claim_deadline >= ? "
                                 "AND r.claim_deadline <= ? "
                                 "AND r.claimed_minor < (ifnull(r.approved_minor, 0) * ifnull(r.vendor_share_bp, 0)) / 10000"),
                  Timestamp::dateToStorage(today));
        where.bind(Timestamp::dateToStorage(today.addDays(filter.deadlineWithinDays)));
    }
    if (filter.overdueHours >= 0) {
        where.add(QStringLiteral("r.status = 'submitted' AND r.submitted_at < ?"),
                  Timestamp::toStorage(referenceNow(filter.now).addSecs(-qint64(filter.overdueHours) * 3600)));
    }
    addSearch(where, filter.search, QStringLiteral("mdf_request"), QStringLiteral("r"));

    MdfSql sql;
    sql.where = where.sql();
    sql.values = where.values();
    sql.orderBy = orderBy(requestColumn(sort), QStringLiteral("r"), descending);
    sql.search = where.hasOtherForms();
    setFrom(sql, QStringLiteral("mdf_request"), QStringLiteral("r"), sort == MdfRequestSort::Partner);
    setRewrites(sql, where, QStringLiteral("r"), QStringLiteral("mdf_request"),
                isIndexed(sort) && sort != MdfRequestSort::Partner, sort == MdfRequestSort::Status);
    return sql;
}

MdfSql build(const MdfClaimFilter& filter, MdfClaimSort sort, bool descending)
{
    Where where;
    where.add(QStringLiteral("c.deleted_at IS NULL"));
    where.addIn(QStringLiteral("c.status"), filter.statuses);
    where.addIn(QStringLiteral("c.partner_id"), filter.partnerIds);
    where.addIn(QStringLiteral("c.request_id"), filter.requestIds);
    where.addIn(QStringLiteral("c.request_id"), filter.allocationIds,
                QStringLiteral("SELECT ar.id FROM mdf_request ar WHERE ar.allocation_id IN "));
    where.addIn(QStringLiteral("c.request_id"), filter.budgetIds,
                QStringLiteral("SELECT br.id FROM mdf_request br JOIN mdf_allocation ba ON ba.id = br.allocation_id "
                               "WHERE ba.budget_id IN "));
    if (!filter.activityTypes.isEmpty()) {
        where.add(QStringLiteral("c.request_id IN (SELECT tr.id FROM mdf_request tr WHERE tr.activity_type IN (")
                  + placeholders(filter.activityTypes.size()) + QStringLiteral("))"));
        for (const QString& type : filter.activityTypes)
            where.bind(type);
    }
    switch (filter.dateField) {
    case MdfDateField::Submitted:
        addInstantRange(where, QStringLiteral("c.submitted_at"), filter.dateFrom, filter.dateTo);
        break;
    case MdfDateField::Decided:
        addInstantRange(where, QStringLiteral("c.decided_at"), filter.dateFrom, filter.dateTo);
        break;
    case MdfDateField::Activity:
    case MdfDateField::ClaimDeadline:
        // The request's dates: a claim has none of its own.
        if (filter.dateFrom.isValid() || filter.dateTo.isValid()) {
            Where inner;
            inner.add(QStringLiteral("dr.id = c.request_id"));
            if (filter.dateField == MdfDateField::Activity)
                addDateRange(inner, QStringLiteral("dr.start_date"), QStringLiteral("dr.end_date"), filter.dateFrom,
                             filter.dateTo);
            else
                addDateRange(inner, QStringLiteral("dr.claim_deadline"), QStringLiteral("dr.claim_deadline"),
                             filter.dateFrom, filter.dateTo);
            where.add(QStringLiteral("EXISTS (SELECT 1 FROM mdf_request dr WHERE ") + inner.sql() + QLatin1Char(')'));
            for (const QVariant& value : inner.values())
                where.bind(value);
        }
        break;
    }
    if (!filter.waitingFor.isEmpty()) {
        where.add(waitingSql(QStringLiteral("c"),
                             QStringLiteral("SELECT 1 FROM mdf_request wr JOIN mdf_allocation wa ON wa.id = wr.allocation_id "
                                            "JOIN mdf_budget wb ON wb.id = wa.budget_id "
                                            "WHERE wr.id = c.request_id AND wb.owner = ?")),
                  filter.waitingFor);
        where.bind(filter.waitingFor);
    }
    if (filter.unpaidOnly)
        where.add(QStringLiteral("c.status IN ('approved', 'partially_paid')")); // MDF-11: money still owed
    if (filter.overdueHours >= 0) {
        where.add(QStringLiteral("c.status = 'submitted' AND c.submitted_at < ?"),
                  Timestamp::toStorage(referenceNow(filter.now).addSecs(-qint64(filter.overdueHours) * 3600)));
    }
    addSearch(where, filter.search, QStringLiteral("mdf_claim"), QStringLiteral("c"));

    MdfSql sql;
    sql.where = where.sql();
    sql.values = where.values();
    sql.orderBy = orderBy(claimColumn(sort), QStringLiteral("c"), descending);
    sql.search = where.hasOtherForms();
    setFrom(sql, QStringLiteral("mdf_claim"), QStringLiteral("c"), sort == MdfClaimSort::Partner);
    setRewrites(sql, where, QStringLiteral("c"), QStringLiteral("mdf_claim"),
                isIndexed(sort) && sort != MdfClaimSort::Partner, sort == MdfClaimSort::Status);
    return sql;
}

} // namespace MdfQuery

} // namespace ChannelDesk
