#include "DealQuery.h"

#include "common/TextFold.h"
#include "common/Timestamp.h"

#include <QRegularExpression>
#include <QTime>

namespace ChannelDesk {

namespace {

// DealWorkflow::isOpen in SQL: registrations submitted…approved, opportunities open. The IN list lets SQLite use
// deal_by_status; the second term keeps it kind-aware, as isOpen is (each status belongs to one kind).
const QString OpenSql = QStringLiteral(
    "d.status IN ('submitted', 'under_review', 'pending_approval', 'approved', 'open') "
    "AND (d.kind = 'opportunity') = (d.status = 'open')");

QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QStringLiteral(", "));
}

// A folded word as a LIKE operand: its wildcards and the escape character stand for themselves. (TextFold::words
// yields letters and digits only today; the escaping keeps that an implementation detail.)
QString likeLiteral(const QString& word)
{
    QString escaped;
    escaped.reserve(word.size());
    for (const QChar c : word) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
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
            m_values.append(value.isNull() ? QStringLiteral("") : value); // NOT NULL columns: "" is "no tier"
    }
    QString sql() const { return m_terms.join(QStringLiteral(" AND ")); }
    const QVariantList& values() const { return m_values; }

private:
    QStringList m_terms;
    QVariantList m_values;
};

QString sortColumn(DealSort sort)
{
    switch (sort) {
    case DealSort::Number: return QStringLiteral("d.number");
    case DealSort::Partner: return QStringLiteral("p.name_key");
    case DealSort::Customer: return QStringLiteral("d.customer_key");
    case DealSort::Status: return QStringLiteral("d.status");
    case DealSort::Stage: return QStringLiteral("d.sales_stage");
    case DealSort::Amount: return QStringLiteral("d.amount_minor");
    case DealSort::ExpectedClose: return QStringLiteral("d.expected_close");
    case DealSort::Expires: return QStringLiteral("d.expires_on");
    case DealSort::Submitted: return QStringLiteral("d.submitted_at");
    case DealSort::Cam: return QStringLiteral("d.cam");
    case DealSort::Updated: return QStringLiteral("d.updated_at");
    }
    return QStringLiteral("d.local_id");
}

} // namespace

namespace DealQuery {

QDate referenceDay(const DealFilter& filter)
{
    return filter.today.isValid() ? filter.today : QDate::currentDate();
}

QDateTime stalledBefore(const QDate& today, int stalledDays)
{
    return today.addDays(-stalledDays).startOfDay().toUTC();
}

QString quarterKey(const QDate& date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1-Q%2").arg(date.year(), 4, 10, QLatin1Char('0')).arg((date.month() - 1) / 3 + 1);
}

std::pair<QDate, QDate> quarterRange(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    const QRegularExpressionMatch match = pattern.match(key);
    if (!match.hasMatch())
        return {};
    const int year = match.captured(1).toInt();
    const int quarter = match.captured(2).toInt();
    const QDate first(year, (quarter - 1) * 3 + 1, 1);
    return { first, first.addMonths(3).addDays(-1) };
}

const QStringList& openRegistrationStatuses()
{
    static const QStringList statuses { QStringLiteral("submitted"), QStringLiteral("under_review"),
                                        QStringLiteral("pending_approval"), QStringLiteral("approved") };
    return statuses;
}

DealSql build(const DealFilter& filter, DealSort sort, bool descending, int stalledDays)
{
    const QDate today = referenceDay(filter);
    Where where;
    // First, so the partial indexes (… WHERE deleted_at IS NULL) apply; the archive has one of its own (step 11).
    where.add(filter.archived ? QStringLiteral("d.deleted_at IS NOT NULL") : QStringLiteral("d.deleted_at IS NULL"));
    if (!filter.kind.isEmpty())
        where.add(QStringLiteral("d.kind = ?"), filter.kind);
    where.addIn(QStringLiteral("d.status"), filter.statuses);
    // ISO 8601 dates compare as text; a deal without an expected close never matches a range.
    if (filter.closeFrom.isValid())
        where.add(QStringLiteral("d.expected_close >= ?"), Timestamp::dateToStorage(filter.closeFrom));
    if (filter.closeTo.isValid())
        where.add(QStringLiteral("d.expected_close <= ?"), Timestamp::dateToStorage(filter.closeTo));
    if (!filter.partnerIds.isEmpty()) {
        where.add(QStringLiteral("d.partner_id IN (") + placeholders(filter.partnerIds.size()) + QLatin1Char(')'));
        for (const QByteArray& id : filter.partnerIds)
            where.bind(id);
    }
    where.addIn(QStringLiteral("p.tier"), filter.tiers);
    where.addIn(QStringLiteral("p.country"), filter.countries);
    where.addIn(QStringLiteral("p.region"), filter.regions);
    where.addIn(QStringLiteral("d.cam"), filter.cams);
    if (!filter.salesStage.isEmpty())
        where.add(QStringLiteral("d.sales_stage = ?"), filter.salesStage);
    if (!filter.quarter.isEmpty()) {
        const auto [first, last] = quarterRange(filter.quarter);
        if (first.isValid()) {
            where.add(QStringLiteral("d.expected_close >= ?"), Timestamp::dateToStorage(first));
            where.add(QStringLiteral("d.expected_close <= ?"), Timestamp::dateToStorage(last));
        } else {
            where.add(QStringLiteral("0")); // a malformed quarter matches nothing rather than everything
        }
    }
    if (filter.openOnly || filter.pastClose || filter.stalled)
        where.add(OpenSql);
    if (filter.pastClose)
        where.add(QStringLiteral("d.expected_close < ?"), Timestamp::dateToStorage(today));
    if (filter.stalled)
        where.add(QStringLiteral("d.updated_at < ?"), Timestamp::toStorage(stalledBefore(today, stalledDays)));
    if (filter.expiringWithinDays >= 0) {
        // Approved registrations whose protection ends within the window; one already past its expiry day but not
        // yet closed by the expiry job (DR-06) is included too: it is the most urgent.
        where.add(QStringLiteral("d.kind = 'registration' AND d.status = 'approved' AND d.expires_on <= ?"),
                  Timestamp::dateToStorage(today.addDays(filter.expiringWithinDays)));
    }
    if (!filter.waitingFor.isEmpty()) {
        // DR-13: the approvers the chain waits for decide (several, space-separated, in a parallel stage, DR-03);
        // without one it is the CAM. Read from the deal_pending index, which covers both columns.
        where.add(QStringLiteral("d.status = 'pending_approval' AND (d.approver = ? OR (d.approver = '' AND d.cam = ?) "
                                 "OR instr(' ' || d.approver || ' ', ?) > 0)"),
                  filter.waitingFor);
        where.bind(filter.waitingFor);
        where.bind(QString(QLatin1Char(' ') + filter.waitingFor + QLatin1Char(' ')));
    }
    if (filter.convertedOnly)
        where.add(QStringLiteral("d.kind = 'opportunity' AND d.registration_id IS NOT NULL"));
    for (const QString& word : TextFold::words(filter.search)) {
        // Word-prefix match: the word must start right after a space of " " || search_text.
        where.add(QStringLiteral("(' ' || d.search_text) LIKE ? ESCAPE '\\'"),
                  QString(QStringLiteral("% ") + likeLiteral(word) + QLatin1Char('%')));
    }

    DealSql sql;
    sql.where = where.sql();
    sql.values = where.values();
    // Every term in the same direction, so SQLite can walk the index backwards for a descending sort.
    sql.orderBy = descending ? QStringLiteral("%1 DESC, d.local_id DESC").arg(sortColumn(sort))
                             : QStringLiteral("%1, d.local_id").arg(sortColumn(sort));
    return sql;
}

} // namespace DealQuery

} // namespace ChannelDesk
