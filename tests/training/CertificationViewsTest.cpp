// The certification views' fast forms (issue 6, first paint at a million rows) against the straightforward queries
// they replace, on generated data (TrainingGenerator) with the awkward cases added by hand: deleted partners and
// partners of the same name, certificates acquired on a day still to come or active without a day, tombstones, hard
// deletes and edited expiry days. Each fast form must give exactly what the plain query gives:
// - the expiry timeline summed from certification_expiry_count (migration 8, kept by triggers) = the GROUP BY over
//   the certifications it used to run;
// - the expiring view's first page of partners (a walk of the partners by name) = the head of the whole list, which
//   is the GROUP BY it used to run;
// - a list's first page (by a walk of the sort index where it has one) = the head of the full order, in every sort
//   and direction, for the states, searches and filters, and the rows the C++ rules (certificationState, prefix
//   search) select.
#include "common/Timestamp.h"
#include "domain/Training.h"
#include "partners/PartnerRepository.h"
#include "storage/Database.h"
#include "support/CatchQt.h"
#include "tools/BulkLoader.h"
#include "tools/DataGenerator.h"
#include "tools/TrainingGenerator.h"
#include "training/CertificationQuery.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <tuple>

using namespace ChannelDesk;

namespace {

const QDate Reference(2026, 11, 27);

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QString iso(const QDate& day)
{
    return Timestamp::dateToStorage(day);
}

/// A database of generated partners, people and certifications, then the awkward rows.
class Generated
{
public:
    explicit Generated(int partners = 300, int contacts = 4, qint64 certifications = 6000)
    {
        REQUIRE(m_dir.isValid());
        auto opened = Database::open(m_dir.filePath(QStringLiteral("views.db")), Database::Role::Bulk);
        REQUIRE(opened.ok());
        m_db = std::move(opened).value();
        const DataGenerator gen(7);
        BulkLoader loader(*m_db);
        loader.setRecordOutbox(false);
        REQUIRE(loader.begin().ok());
        for (int i = 0; i < partners; ++i) {
            const Partner p = gen.partner(i);
            REQUIRE(loader.addPartner(p, PartnerRepository::localColumns(p)).ok());
            for (const Contact& c : gen.contacts(p, i, contacts))
                REQUIRE(loader.addContact(c).ok());
        }
        REQUIRE(loader.commit().ok());
        TrainingGenerator generator(*m_db, 5);
        generator.setReferenceDay(Reference);
        const Status generated = generator.generate(certifications);
        INFO(generated.error().toLogString().toStdString());
        REQUIRE(generated.ok());
    }

    Database& db() { return *m_db; }

    void exec(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(m_db->connection());
        REQUIRE(q.prepare(sql));
        for (const QVariant& value : values)
            q.addBindValue(value);
        const bool ok = q.exec();
        INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
        REQUIRE(ok);
    }

    /// Every row of `sql` as text cells joined by '|' (blobs in hex).
    QStringList dump(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(m_db->connection());
        REQUIRE(q.prepare(sql));
        for (const QVariant& value : values)
            q.addBindValue(value);
        REQUIRE(q.exec());
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                cells.append(v.isNull() ? QStringLiteral("NULL")
                                        : v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex())
                                                                              : v.toString());
            }
            rows.append(cells.join(QLatin1Char('|')));
        }
        return rows;
    }

    qint64 scalar(const QString& sql, const QVariantList& values = {})
    {
        const QStringList rows = dump(sql, values);
        REQUIRE(rows.size() == 1);
        return rows.constFirst().toLongLong();
    }

    QList<QByteArray> ids(const QString& sql)
    {
        QSqlQuery q(m_db->connection());
        REQUIRE(q.exec(sql));
        QList<QByteArray> out;
        while (q.next())
            out.append(q.value(0).toByteArray());
        return out;
    }

    /// The cases generated data lacks, written as a pulled row or a user's edit would leave them.
    void addAwkwardRows()
    {
        const QString now = Timestamp::nowUtc();
        // Partners of the same name (ties by local id) and deleted partners, whose certificates stay listed.
        exec(QStringLiteral("UPDATE partner SET name = 'Twin Systems', name_key = 'twin systems' WHERE local_id IN "
                            "(SELECT local_id FROM partner ORDER BY local_id LIMIT 4 OFFSET 10)"));
        exec(QStringLiteral("UPDATE partner SET deleted_at = ? WHERE local_id IN "
                            "(SELECT local_id FROM partner ORDER BY local_id LIMIT 3 OFFSET 12)"),
             { now });
        // Acquired on a day still to come (in progress until then) and active without a day.
        exec(QStringLiteral("UPDATE certification SET acquired_on = ?, expires_on = ? WHERE local_id IN (SELECT "
                            "local_id FROM certification WHERE status = 'active' ORDER BY local_id LIMIT 5 OFFSET 100)"),
             { iso(Reference.addDays(3)), iso(Reference.addYears(2)) });
        exec(QStringLiteral("UPDATE certification SET acquired_on = NULL WHERE local_id IN (SELECT local_id FROM "
                            "certification WHERE status = 'active' ORDER BY local_id LIMIT 3 OFFSET 300)"));
        // Never expiring, edited expiry days around today, tombstones, a hard delete, a definition moved, statuses.
        exec(QStringLiteral("UPDATE certification SET expires_on = NULL WHERE local_id IN (SELECT local_id FROM "
                            "certification WHERE status = 'active' ORDER BY local_id LIMIT 7 OFFSET 500)"));
        exec(QStringLiteral("UPDATE certification SET expires_on = ? WHERE local_id IN (SELECT local_id FROM "
                            "certification WHERE status = 'active' ORDER BY local_id LIMIT 9 OFFSET 700)"),
             { iso(Reference) });
        exec(QStringLiteral("UPDATE certification SET expires_on = ? WHERE local_id IN (SELECT local_id FROM "
                            "certification WHERE status = 'active' ORDER BY local_id LIMIT 9 OFFSET 800)"),
             { iso(Reference.addDays(-1)) });
        exec(QStringLiteral("UPDATE certification SET deleted_at = ? WHERE local_id IN (SELECT local_id FROM "
                            "certification ORDER BY local_id LIMIT 40 OFFSET 900)"),
             { now });
        exec(QStringLiteral("DELETE FROM certification WHERE local_id IN (SELECT local_id FROM certification "
                            "ORDER BY local_id LIMIT 20 OFFSET 1000)"));
        exec(QStringLiteral("UPDATE certification SET definition_id = (SELECT id FROM cert_definition ORDER BY "
                            "local_id LIMIT 1) WHERE local_id IN (SELECT local_id FROM certification "
                            "ORDER BY local_id LIMIT 30 OFFSET 1100)"));
        exec(QStringLiteral("UPDATE certification SET status = 'revoked' WHERE local_id IN (SELECT local_id FROM "
                            "certification WHERE status = 'active' ORDER BY local_id LIMIT 25 OFFSET 1200)"));
        exec(QStringLiteral("UPDATE certification SET status = 'active', acquired_on = ?, expires_on = ? WHERE "
                            "local_id IN (SELECT local_id FROM certification WHERE status = 'in_progress' "
                            "ORDER BY local_id LIMIT 4)"),
             { iso(Reference.addDays(-20)), iso(Reference.addDays(25)) });
        exec(QStringLiteral("UPDATE certification SET certificate_id = 'NG-' || local_id WHERE local_id IN (SELECT "
                            "local_id FROM certification ORDER BY local_id LIMIT 6 OFFSET 1300)"));
        exec(QStringLiteral("UPDATE contact SET first_name = 'n_%\\x' WHERE local_id IN (SELECT local_id FROM contact "
                            "ORDER BY local_id LIMIT 1 OFFSET 60)"));
        // A person of a deleted partner whose name changed afterwards.
        exec(QStringLiteral("UPDATE contact SET last_name = 'Ngo' WHERE local_id IN (SELECT local_id FROM contact "
                            "ORDER BY local_id LIMIT 2 OFFSET 50)"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace

namespace {

/// The definition conditions of a timeline or expiring-view scope, as the plain queries wrote them.
QString definitionTerms(const CertificationFilter& scope, QVariantList& values)
{
    QString sql;
    if (!scope.definitionIds.isEmpty()) {
        sql += QStringLiteral(" AND c.definition_id IN (%1)").arg(QStringList(scope.definitionIds.size(), s("?")).join(s(", ")));
        for (const QByteArray& id : scope.definitionIds)
            values.append(id);
    }
    if (!scope.tracks.isEmpty()) {
        sql += QStringLiteral(" AND c.definition_id IN (SELECT td.id FROM cert_definition td WHERE td.track IN (%1))")
                   .arg(QStringList(scope.tracks.size(), s("?")).join(s(", ")));
        for (const QString& track : scope.tracks)
            values.append(track);
    }
    return sql;
}

/// The expiry timeline as the one GROUP BY over the certifications computed it before migration 8: per month shown
/// and definition, plus the expired totals.
struct PlainTimeline
{
    std::map<std::pair<QString, QByteArray>, qint64> cells; ///< (yyyy-MM, definition) → certificates
    qint64 expired = 0;
    qint64 expiredBefore = 0;
};

PlainTimeline plainTimeline(Generated& g, const CertificationFilter& scope, const QDate& first, const QDate& last)
{
    QVariantList values { iso(first), iso(scope.today), iso(last) };
    const QString terms = definitionTerms(scope, values);
    QSqlQuery q(g.db().connection());
    REQUIRE(q.prepare(QStringLiteral("SELECT CASE WHEN c.expires_on < ? THEN '' ELSE substr(c.expires_on, 1, 7) END AS b, "
                                     "c.definition_id, count(*), sum(c.expires_on < ?) FROM certification c WHERE "
                                     "c.deleted_at IS NULL AND c.status = 'active' AND c.expires_on <= ?%1 "
                                     "GROUP BY b, c.definition_id")
                          .arg(terms)));
    for (const QVariant& value : values)
        q.addBindValue(value);
    REQUIRE(q.exec());
    PlainTimeline plain;
    while (q.next()) {
        plain.expired += q.value(3).toLongLong();
        if (q.value(0).toString().isEmpty())
            plain.expiredBefore += q.value(2).toLongLong();
        else
            plain.cells[{ q.value(0).toString(), q.value(1).toByteArray() }] += q.value(2).toLongLong();
    }
    return plain;
}

/// The definitions' tracks.
QHash<QByteArray, QString> tracks(Generated& g)
{
    QHash<QByteArray, QString> out;
    QSqlQuery q(g.db().connection());
    REQUIRE(q.exec(s("SELECT id, track FROM cert_definition")));
    while (q.next())
        out.insert(q.value(0).toByteArray(), q.value(1).toString());
    return out;
}

void checkTimeline(Generated& g, const CertificationFilter& scope, int back, int ahead)
{
    const QHash<QByteArray, QString> trackOf = tracks(g);
    for (const TimelineGroup group : { TimelineGroup::Definition, TimelineGroup::Track }) {
        const Result<ExpiryTimeline> timeline = CertificationQuery::expiryTimeline(g.db(), scope, group, back, ahead);
        REQUIRE(timeline.ok());
        const PlainTimeline plain = plainTimeline(g, scope, timeline->months.constFirst(),
                                                  timeline->monthEnd(int(timeline->months.size()) - 1));
        CHECK(timeline->expired == plain.expired);
        CHECK(timeline->expiredBefore == plain.expiredBefore);
        // Every cell of the plain query, summed per series, and nothing else.
        std::map<std::pair<QString, QString>, qint64> expected; // (month, series key) → count
        for (const auto& [cell, n] : plain.cells) {
            const QString key = group == TimelineGroup::Track ? trackOf.value(cell.second)
                                                              : QString::fromLatin1(cell.second.toHex());
            expected[{ cell.first, key }] += n;
        }
        std::map<std::pair<QString, QString>, qint64> got;
        for (const ExpiryTimeline::Series& series : timeline->series) {
            const QString key = group == TimelineGroup::Track ? series.track : QString::fromLatin1(series.definitionId.toHex());
            for (int m = 0; m < timeline->months.size(); ++m) {
                if (series.counts.at(m) != 0)
                    got[{ timeline->months.at(m).toString(s("yyyy-MM")), key }] += series.counts.at(m);
            }
        }
        for (auto it = expected.begin(); it != expected.end();)
            it = it->second == 0 ? expected.erase(it) : std::next(it);
        CHECK(got == expected);
        // Largest first, ties by label: the series order does not depend on where the counts came from.
        for (int i = 1; i < timeline->series.size(); ++i) {
            qint64 a = 0, b = 0;
            for (const qint64 n : timeline->series.at(i - 1).counts)
                a += n;
            for (const qint64 n : timeline->series.at(i).counts)
                b += n;
            CHECK(a >= b);
        }
    }
}

} // namespace

TEST_CASE("CertificationQuery expiry timeline from the per-day counts equals the GROUP BY over the certifications",
          "[certifications-query][certifications-views]")
{
    Generated g;
    g.addAwkwardRows();
    // The counts kept by the triggers through generation and every edit equal a count of the rows themselves.
    const QString counted = s("SELECT expires_on, definition_id, count(*) FROM certification WHERE deleted_at IS NULL "
                              "AND status = 'active' AND expires_on IS NOT NULL GROUP BY expires_on, definition_id "
                              "ORDER BY 1, 2");
    const QString kept = s("SELECT expires_on, definition_id, n FROM certification_expiry_count WHERE n <> 0 ORDER BY 1, 2");
    REQUIRE(g.dump(counted).size() > 300);
    CHECK(g.dump(kept) == g.dump(counted));

    const QList<QByteArray> definitions = g.ids(s("SELECT id FROM cert_definition ORDER BY local_id"));
    const QStringList trackNames = [&] {
        QStringList names;
        for (const QString& row : g.dump(s("SELECT DISTINCT track FROM cert_definition ORDER BY track")))
            names.append(row);
        return names;
    }();
    REQUIRE(trackNames.size() >= 2);
    QList<CertificationFilter> scopes;
    scopes.append(CertificationFilter {});
    CertificationFilter one;
    one.definitionIds = { definitions.at(2) };
    scopes.append(one);
    CertificationFilter two;
    two.definitionIds = { definitions.at(0), definitions.at(5) };
    scopes.append(two);
    CertificationFilter track;
    track.tracks = { trackNames.at(1) };
    scopes.append(track);
    CertificationFilter both;
    both.tracks = { trackNames.at(0), trackNames.at(1) };
    both.definitionIds = { definitions.at(0), definitions.at(1), definitions.at(7) };
    scopes.append(both);
    for (const QDate& today : { Reference, Reference.addDays(40), Reference.addDays(-400), QDate(2027, 2, 28) }) {
        for (CertificationFilter scope : scopes) {
            scope.today = today;
            INFO(today.toString(Qt::ISODate).toStdString() << " definitions " << scope.definitionIds.size() << " tracks "
                                                            << scope.tracks.size());
            checkTimeline(g, scope, 3, 12);
            checkTimeline(g, scope, 0, 1);
            checkTimeline(g, scope, 24, 36);
        }
    }

    // The states and expiry fields of the scope are ignored, as before.
    CertificationFilter states;
    states.today = Reference;
    states.states = { s("expired") };
    states.expiringWithinDays = 10;
    states.expiresFrom = Reference;
    CertificationFilter none;
    none.today = Reference;
    const Result<ExpiryTimeline> plain = CertificationQuery::expiryTimeline(g.db(), none, TimelineGroup::Track);
    const Result<ExpiryTimeline> ignored = CertificationQuery::expiryTimeline(g.db(), states, TimelineGroup::Track);
    REQUIRE(plain.ok());
    REQUIRE(ignored.ok());
    CHECK(ignored->expired == plain->expired);
    REQUIRE(ignored->series.size() == plain->series.size());
    for (int i = 0; i < plain->series.size(); ++i)
        CHECK(ignored->series.at(i).counts == plain->series.at(i).counts);

    // Every later write keeps the counts: a new certificate, a renewal's archived record, a revocation, a tombstone,
    // a restore, a moved expiry day and a hard delete.
    const QString now = Timestamp::nowUtc();
    g.exec(s("INSERT INTO certification (id, partner_id, contact_id, definition_id, status, acquired_on, expires_on, "
             "created_at, updated_at) SELECT randomblob(16), partner_id, contact_id, definition_id, 'active', ?, ?, ?, ? "
             "FROM certification WHERE status = 'active' ORDER BY local_id LIMIT 50"),
           { iso(Reference), iso(Reference.addDays(33)), now, now });
    g.exec(s("UPDATE certification SET status = 'renewed' WHERE local_id IN (SELECT local_id FROM certification "
             "WHERE status = 'active' ORDER BY local_id DESC LIMIT 11)"));
    g.exec(s("UPDATE certification SET status = 'revoked' WHERE local_id IN (SELECT local_id FROM certification "
             "WHERE status = 'active' ORDER BY local_id LIMIT 13 OFFSET 2000)"));
    g.exec(s("UPDATE certification SET deleted_at = ? WHERE local_id IN (SELECT local_id FROM certification "
             "WHERE deleted_at IS NULL ORDER BY local_id LIMIT 17 OFFSET 2500)"), { now });
    g.exec(s("UPDATE certification SET deleted_at = NULL WHERE local_id IN (SELECT local_id FROM certification "
             "WHERE deleted_at IS NOT NULL ORDER BY local_id LIMIT 5)"));
    g.exec(s("UPDATE certification SET expires_on = date(expires_on, '+45 days') WHERE local_id IN (SELECT local_id "
             "FROM certification WHERE status = 'active' ORDER BY local_id LIMIT 19 OFFSET 3000)"));
    g.exec(s("UPDATE certification SET expires_on = expires_on WHERE local_id IN (SELECT local_id FROM certification "
             "ORDER BY local_id LIMIT 23 OFFSET 3100)"));
    g.exec(s("DELETE FROM certification WHERE local_id IN (SELECT local_id FROM certification WHERE status = 'active' "
             "ORDER BY local_id LIMIT 29 OFFSET 3500)"));
    CHECK(g.dump(kept) == g.dump(counted));
    for (CertificationFilter scope : scopes) {
        scope.today = Reference;
        checkTimeline(g, scope, 3, 12);
    }
}

TEST_CASE("Migration 8 counts the certifications a step 7 database already holds", "[certifications-query][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("step7.db"));
    {
        auto old = Database::openAtVersion(path, 7);
        REQUIRE(old.ok());
        QSqlQuery q(old.value()->connection());
        REQUIRE(q.exec(s("INSERT INTO partner (id, name, created_at, updated_at) VALUES (randomblob(16), 'Acme', "
                         "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")));
        REQUIRE(q.exec(s("INSERT INTO cert_definition (id, name, track, created_at, updated_at) VALUES (x'00000000000000000000000000000001', "
                         "'CNA', 'Networking', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")));
        const QStringList rows {
            s("'active', '2027-03-01', NULL"), s("'active', '2027-03-01', NULL"), s("'active', '2027-04-30', NULL"),
            s("'active', NULL, NULL"), s("'renewed', '2027-03-01', NULL"), s("'active', '2027-03-01', '2026-02-01'"),
        };
        for (const QString& row : rows) {
            REQUIRE(q.exec(s("INSERT INTO certification (id, partner_id, contact_id, definition_id, status, expires_on, "
                             "deleted_at, created_at, updated_at) SELECT randomblob(16), id, randomblob(16), "
                             "x'00000000000000000000000000000001', %1, '2026-01-01T00:00:00.000Z', "
                             "'2026-01-01T00:00:00.000Z' FROM partner")
                               .arg(row)));
        }
    }
    auto upgraded = Database::open(path);
    REQUIRE(upgraded.ok());
    REQUIRE(upgraded.value()->schemaVersion() == Database::currentSchemaVersion());
    QSqlQuery q(upgraded.value()->connection());
    REQUIRE(q.exec(s("SELECT expires_on, n FROM certification_expiry_count ORDER BY expires_on")));
    QStringList counts;
    while (q.next())
        counts.append(q.value(0).toString() + s(":") + q.value(1).toString());
    CHECK(counts == QStringList({ s("2027-03-01:2"), s("2027-04-30:1") }));
    // The sort indexes were rebuilt with the list's tie-break and the tested columns; the partner name index is new.
    REQUIRE(q.exec(s("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND (name = 'partner_by_name_key' OR "
                     "(name LIKE 'certification_sort_%' AND sql LIKE '%local_id, status, acquired_on, expires_on%'))")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 6);
}

namespace {

/// The expiring view's partners as the one GROUP BY computed them before the first page walk, as text rows.
QStringList plainExpiring(Generated& g, const ExpiringFilter& filter)
{
    const QDate today = filter.today;
    QVariantList values { iso(today), iso(today), iso(today), iso(today.addDays(-filter.expiredWithinDays)),
                          iso(today.addDays(filter.withinDays)) };
    const QString terms = definitionTerms(filter.scope, values);
    return g.dump(QStringLiteral("SELECT g.partner_id, ifnull(p.name, ''), g.n, g.due, g.expired, g.first FROM ("
                                 "SELECT c.partner_id AS partner_id, count(*) AS n, sum(c.reminded_on IS NULL AND "
                                 "julianday(c.expires_on) - julianday(?) <= (SELECT max(0, ifnull(rd.reminder_days, 0)) "
                                 "FROM cert_definition rd WHERE rd.id = c.definition_id)) AS due, "
                                 "sum(c.expires_on < ?) AS expired, min(c.expires_on) AS first FROM certification c "
                                 "WHERE c.deleted_at IS NULL AND c.status = 'active' AND c.acquired_on <= ? AND "
                                 "c.expires_on >= ? AND c.expires_on <= ?%1 GROUP BY c.partner_id) g "
                                 "LEFT JOIN partner p ON p.id = g.partner_id ORDER BY p.name_key, p.local_id")
                      .arg(terms),
                  values);
}

QStringList text(const QList<ExpiringPartner>& partners)
{
    QStringList rows;
    for (const ExpiringPartner& p : partners) {
        rows.append(QStringList({ QString::fromLatin1(p.partnerId.toHex()), p.name, QString::number(p.count),
                                  QString::number(p.remindersDue), QString::number(p.expired), iso(p.firstExpiry) })
                        .join(QLatin1Char('|')));
    }
    return rows;
}

/// How many certificates the view lists (the walk's threshold is on this).
qint64 listed(Generated& g, const ExpiringFilter& filter)
{
    qint64 n = 0;
    for (const QString& row : plainExpiring(g, filter))
        n += row.section(QLatin1Char('|'), 2, 2).toLongLong();
    return n;
}

} // namespace

TEST_CASE("CertificationQuery expiring view's first page of partners is the head of the whole list",
          "[certifications-query][certifications-views]")
{
    Generated g(300, 4, 9000);
    g.addAwkwardRows();
    const QList<QByteArray> definitions = g.ids(s("SELECT id FROM cert_definition ORDER BY local_id"));
    const QString track = g.dump(s("SELECT track FROM cert_definition ORDER BY local_id LIMIT 1")).constFirst();

    QList<ExpiringFilter> filters;
    ExpiringFilter wide; // nearly every active certificate: the partner walk serves the first page
    wide.today = Reference;
    wide.withinDays = 1500;
    wide.expiredWithinDays = 1500;
    REQUIRE(listed(g, wide) >= CertificationQuery::ExpiringWalkThreshold);
    filters.append(wide);
    ExpiringFilter usual; // the view's defaults: fewer than the threshold here, so grouped
    usual.today = Reference;
    usual.withinDays = 60;
    usual.expiredWithinDays = 30;
    REQUIRE(listed(g, usual) < CertificationQuery::ExpiringWalkThreshold);
    filters.append(usual);
    ExpiringFilter ahead = wide;
    ahead.expiredWithinDays = 0;
    filters.append(ahead);
    ExpiringFilter tracked = wide;
    tracked.scope.tracks = { track };
    filters.append(tracked);
    ExpiringFilter defined = wide;
    defined.scope.definitionIds = { definitions.at(0), definitions.at(3), definitions.at(4), definitions.at(9) };
    filters.append(defined);
    ExpiringFilter later = wide;
    later.today = Reference.addDays(200);
    filters.append(later);
    ExpiringFilter nothing = wide;
    nothing.today = QDate(2040, 1, 1);
    nothing.withinDays = 0;
    nothing.expiredWithinDays = 0;
    filters.append(nothing);

    for (const ExpiringFilter& filter : filters) {
        INFO("today " << filter.today.toString(Qt::ISODate).toStdString() << " within " << filter.withinDays
                      << " expired " << filter.expiredWithinDays << " tracks " << filter.scope.tracks.size()
                      << " definitions " << filter.scope.definitionIds.size());
        const QStringList plain = plainExpiring(g, filter);
        const Result<QList<ExpiringPartner>> all = CertificationQuery::expiringPartners(g.db(), filter);
        REQUIRE(all.ok());
        CHECK(text(all.value()) == plain);
        for (const int limit : { 0, 1, 7, CertificationQuery::ExpiringFirstPageSize, 100000 }) {
            const Result<QList<ExpiringPartner>> page = CertificationQuery::expiringPartners(g.db(), filter, limit);
            REQUIRE(page.ok());
            INFO("limit " << limit);
            CHECK(text(page.value()) == plain.mid(0, limit));
        }
    }
    // The deleted partners and the partners of the same name are among those listed.
    const QStringList all = plainExpiring(g, wide);
    const QList<QByteArray> deleted = g.ids(s("SELECT id FROM partner WHERE deleted_at IS NOT NULL"));
    REQUIRE(deleted.size() == 3);
    CHECK(all.filter(QString::fromLatin1(deleted.at(0).toHex())).size() == 1);
    CHECK(all.filter(s("|Twin Systems|")).size() >= 3);

    // A person's, a partner's or a search's scope (few rows) is grouped and cut to the page.
    QList<ExpiringFilter> scoped;
    ExpiringFilter partner = wide;
    partner.scope.partnerIds = { g.ids(s("SELECT partner_id FROM certification ORDER BY local_id LIMIT 1")).constFirst() };
    scoped.append(partner);
    ExpiringFilter search = wide;
    search.scope.search = s("ng");
    scoped.append(search);
    for (const ExpiringFilter& filter : scoped) {
        const Result<QList<ExpiringPartner>> whole = CertificationQuery::expiringPartners(g.db(), filter);
        REQUIRE(whole.ok());
        REQUIRE_FALSE(whole->isEmpty());
        const Result<QList<ExpiringPartner>> page = CertificationQuery::expiringPartners(g.db(), filter, 2);
        REQUIRE(page.ok());
        CHECK(text(page.value()) == text(whole.value()).mid(0, 2));
    }
}

namespace {

/// What CertificationQuery's list must give for a filter: the rows the C++ rules select (certificationState, the
/// prefix search), ordered by the sort's key and local id, read straight from the table.
struct ListRow
{
    qint64 localId = 0;
    QString personKey, partnerKey, definitionKey;
    QVariant acquired, expires;
    Certification cert;
    int window = 0;
    QString track;
    QString first, last, email;
    bool contactLive = false;
};

QList<ListRow> listRows(Generated& g)
{
    QSqlQuery q(g.db().connection());
    REQUIRE(q.exec(s("SELECT c.local_id, c.person_key, c.partner_key, c.definition_key, c.acquired_on, c.expires_on, "
                     "c.id, c.partner_id, c.contact_id, c.definition_id, c.status, c.certificate_id, "
                     "ifnull(d.recert_window_days, 0), d.track, k.first_name, k.last_name, k.email, "
                     "k.id IS NOT NULL AND k.deleted_at IS NULL FROM certification c "
                     "LEFT JOIN cert_definition d ON d.id = c.definition_id LEFT JOIN contact k ON k.id = c.contact_id "
                     "WHERE c.deleted_at IS NULL")));
    QList<ListRow> rows;
    while (q.next()) {
        ListRow r;
        r.localId = q.value(0).toLongLong();
        r.personKey = q.value(1).toString();
        r.partnerKey = q.value(2).toString();
        r.definitionKey = q.value(3).toString();
        r.acquired = q.value(4);
        r.expires = q.value(5);
        r.cert.id = q.value(6).toByteArray();
        r.cert.partnerId = q.value(7).toByteArray();
        r.cert.contactId = q.value(8).toByteArray();
        r.cert.definitionId = q.value(9).toByteArray();
        r.cert.status = q.value(10).toString();
        r.cert.certificateId = q.value(11).toString();
        r.cert.acquiredOn = r.acquired.isNull() ? QDate() : Timestamp::dateFromStorage(r.acquired.toString());
        r.cert.expiresOn = r.expires.isNull() ? QDate() : Timestamp::dateFromStorage(r.expires.toString());
        r.window = q.value(12).toInt();
        r.track = q.value(13).toString();
        r.first = q.value(14).toString();
        r.last = q.value(15).toString();
        r.email = q.value(16).toString();
        r.contactLive = q.value(17).toBool();
        rows.append(r);
    }
    return rows;
}

/// NOCASE folds ASCII letters only.
QByteArray folded(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    for (char& ch : bytes) {
        if (ch >= 'A' && ch <= 'Z')
            ch = char(ch - 'A' + 'a');
    }
    return bytes;
}

bool prefixOf(const QString& word, const QString& text)
{
    return folded(text).startsWith(folded(word));
}

bool selects(const ListRow& r, const CertificationFilter& f)
{
    if (!f.partnerIds.isEmpty() && !f.partnerIds.contains(r.cert.partnerId))
        return false;
    if (!f.contactIds.isEmpty() && !f.contactIds.contains(r.cert.contactId))
        return false;
    if (!f.definitionIds.isEmpty() && !f.definitionIds.contains(r.cert.definitionId))
        return false;
    if (!f.tracks.isEmpty() && !f.tracks.contains(r.track))
        return false;
    if (!f.states.isEmpty()
        && !f.states.contains(certificationStateCode(certificationState(r.cert, r.window, f.today))))
        return false;
    if (f.expiringWithinDays >= 0
        && !(r.cert.status == s("active") && r.cert.acquiredOn.isValid() && r.cert.acquiredOn <= f.today
             && r.cert.expiresOn.isValid() && r.cert.expiresOn >= f.today
             && r.cert.expiresOn <= f.today.addDays(f.expiringWithinDays)))
        return false;
    if ((f.expiresFrom.isValid() || f.expiresTo.isValid())
        && !(r.cert.status == s("active") && r.cert.expiresOn.isValid()
             && (!f.expiresFrom.isValid() || r.cert.expiresOn >= f.expiresFrom)
             && (!f.expiresTo.isValid() || r.cert.expiresOn <= f.expiresTo)))
        return false;
    for (const QString& word : f.search.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const bool person = r.contactLive && (prefixOf(word, r.first) || prefixOf(word, r.last) || prefixOf(word, r.email));
        if (!person && !prefixOf(word, r.cert.certificateId))
            return false;
    }
    return true;
}

/// The expected order: the sort key as stored (NULL acquisition days first), then local id.
QList<qint64> expectedOrder(QList<ListRow> rows, const CertificationFilter& f, CertificationSort sort, bool descending)
{
    rows.erase(std::remove_if(rows.begin(), rows.end(), [&](const ListRow& r) { return !selects(r, f); }), rows.end());
    const auto key = [sort](const ListRow& r) -> std::pair<int, QByteArray> {
        switch (sort) {
        case CertificationSort::Person: return { 1, r.personKey.toUtf8() };
        case CertificationSort::Partner: return { 1, r.partnerKey.toUtf8() };
        case CertificationSort::Definition: return { 1, r.definitionKey.toUtf8() };
        case CertificationSort::Acquired: return { r.acquired.isNull() ? 0 : 1, r.acquired.toString().toUtf8() };
        case CertificationSort::Expires: break;
        }
        return { 1, r.expires.isNull() ? QByteArray("9999-12-31") : r.expires.toString().toUtf8() };
    };
    std::sort(rows.begin(), rows.end(), [&](const ListRow& a, const ListRow& b) {
        const auto ka = std::make_pair(key(a), a.localId);
        const auto kb = std::make_pair(key(b), b.localId);
        return descending ? kb < ka : ka < kb;
    });
    QList<qint64> ids;
    for (const ListRow& r : rows)
        ids.append(r.localId);
    return ids;
}

QList<qint64> localIds(const QList<CertificationRow>& rows)
{
    QList<qint64> ids;
    for (const CertificationRow& r : rows)
        ids.append(r.localId);
    return ids;
}

} // namespace

TEST_CASE("CertificationQuery first pages and full orders equal the C++ rules for every sort state and search",
          "[certifications-query][certifications-views]")
{
    Generated g(400, 5, 12000);
    g.addAwkwardRows();
    const QList<ListRow> all = listRows(g);
    const QList<QByteArray> definitions = g.ids(s("SELECT id FROM cert_definition ORDER BY local_id"));
    const QString track = g.dump(s("SELECT track FROM cert_definition ORDER BY local_id LIMIT 1")).constFirst();
    // A common prefix of the generated names, and a word that is a prefix of a few certificate ids only.
    const QString common = g.dump(s("SELECT lower(substr(last_name, 1, 2)) AS p FROM contact GROUP BY p "
                                    "ORDER BY count(*) DESC LIMIT 1")).constFirst();
    QList<std::pair<std::string, CertificationFilter>> filters;
    const auto add = [&](const std::string& name, CertificationFilter f) {
        f.today = f.today.isValid() ? f.today : Reference;
        filters.append({ name, f });
    };
    add("all", {});
    for (const Choice& state : certificationStates()) {
        CertificationFilter f;
        f.states = { state.code };
        add("state " + state.code.toStdString(), f);
    }
    CertificationFilter two;
    two.states = { s("in_progress"), s("expired") };
    add("in progress or expired", two);
    CertificationFilter within;
    within.expiringWithinDays = 45;
    add("expiring within 45 days", within);
    CertificationFilter month;
    month.expiresFrom = QDate(2027, 1, 1);
    month.expiresTo = QDate(2027, 1, 31);
    add("a month", month);
    CertificationFilter search;
    search.search = common;
    add("search common", search);
    CertificationFilter upper;
    upper.search = common.toUpper();
    add("search common upper case", upper);
    CertificationFilter rare;
    rare.search = s("NG-");
    add("search certificate ids", rare);
    CertificationFilter none;
    none.search = s("zzq");
    add("search nothing", none);
    CertificationFilter words;
    words.search = common + s(" a");
    add("search two words", words);
    for (const char* literal : { "%", "_", "\\", "n_", "%g" }) {
        CertificationFilter odd; // LIKE's wildcards and its escape are plain characters of a name
        odd.search = s(literal);
        add(std::string("search ") + literal, odd);
    }
    CertificationFilter progressSearch;
    progressSearch.search = common;
    progressSearch.states = { s("in_progress") };
    add("in progress and search", progressSearch);
    CertificationFilter tracked;
    tracked.tracks = { track };
    tracked.states = { s("in_progress") };
    add("in progress on a track", tracked);
    CertificationFilter defined;
    defined.definitionIds = { definitions.at(1), definitions.at(2) };
    defined.states = { s("renewed") };
    add("renewed of two definitions", defined);
    CertificationFilter later;
    later.states = { s("in_progress") };
    later.today = Reference.addDays(-10); // the certificates acquired in the next days are in progress then too
    add("in progress ten days ago", later);

    for (const auto& [name, filter] : filters) {
        for (const CertificationSort sort : { CertificationSort::Person, CertificationSort::Partner,
                                              CertificationSort::Definition, CertificationSort::Acquired,
                                              CertificationSort::Expires }) {
            for (const bool descending : { false, true }) {
                INFO(name << " sort " << int(sort) << (descending ? " desc" : " asc"));
                const QList<qint64> expected = expectedOrder(all, filter, sort, descending);
                const Result<QList<qint64>> order = CertificationQuery::orderedIds(g.db(), filter, sort, descending);
                REQUIRE(order.ok());
                CHECK(order.value() == expected);
                for (const int limit : { 1, 120 }) {
                    const Result<QList<CertificationRow>> page = CertificationQuery::firstPage(g.db(), filter, sort,
                                                                                               descending, limit);
                    INFO("limit " << limit << ": " << (page.ok() ? "" : page.error().toLogString().toStdString()));
                    REQUIRE(page.ok());
                    CHECK(localIds(page.value()) == expected.mid(0, limit));
                }
                // The list loader's first page from the head, when there is one: the head of the order, whole or cut.
                const CertificationSql sql = CertificationQuery::build(filter, sort, descending);
                if (!sql.headWhere.isEmpty()) {
                    QSqlQuery q(g.db().connection());
                    REQUIRE(q.prepare(QStringLiteral("SELECT c.local_id FROM %1 WHERE %2 ORDER BY %3 LIMIT 120")
                                          .arg(sql.headFrom, sql.headWhere, sql.orderBy)));
                    for (const QVariant& value : sql.values)
                        q.addBindValue(value);
                    INFO(q.lastError().text().toStdString());
                    REQUIRE(q.exec());
                    QList<qint64> head;
                    while (q.next())
                        head.append(q.value(0).toLongLong());
                    if (sort == CertificationSort::Acquired && filter.states == QStringList { s("in_progress") }
                        && filter.search.isEmpty()) {
                        // The stored in-progress rows from their own index: in the list's order, without the ones
                        // in progress by their day (added by the full order).
                        QList<qint64> stored;
                        for (const qint64 id : expected) {
                            const auto row = std::find_if(all.cbegin(), all.cend(),
                                                          [id](const ListRow& r) { return r.localId == id; });
                            if (row != all.cend() && row->cert.status == s("in_progress"))
                                stored.append(id);
                        }
                        CHECK(head == stored.mid(0, 120));
                    } else {
                        CHECK(head == expected.mid(0, head.size()));
                    }
                }
            }
        }
    }
}

TEST_CASE("Certification keys follow people and certificate ids and are rebuilt on restore",
          "[certifications-query][certifications-views]")
{
    Generated g(60, 3, 600);
    // Every live certification's keys are its person's and its own, as the triggers of migrations 7 and 8 keep them.
    const QString stale = s("SELECT count(*) FROM certification c LEFT JOIN contact k ON k.id = c.contact_id WHERE "
                            "c.deleted_at IS NULL AND (c.person_key <> ifnull(lower(k.last_name) || char(1) || "
                            "lower(k.first_name), '') OR c.search_key <> ifnull(char(1) || lower(k.first_name) || "
                            "char(1) || lower(k.last_name) || char(1) || lower(k.email) || char(1) || "
                            "lower(c.certificate_id), char(1) || char(1) || char(1) || char(1) || lower(c.certificate_id)))");
    REQUIRE(g.scalar(s("SELECT count(*) FROM certification WHERE deleted_at IS NULL")) > 500);
    CHECK(g.scalar(stale) == 0);
    const QString now = Timestamp::nowUtc();
    // A name and an e-mail edited, a certificate id set, a certificate moved to another person.
    g.exec(s("UPDATE contact SET first_name = 'Ngân', email = 'Ngan.Tran@Example.VN' WHERE local_id = "
             "(SELECT min(local_id) FROM contact)"));
    g.exec(s("UPDATE certification SET certificate_id = 'CNA-2026-77' WHERE local_id = (SELECT min(local_id) FROM "
             "certification)"));
    g.exec(s("UPDATE certification SET contact_id = (SELECT id FROM contact ORDER BY local_id DESC LIMIT 1) WHERE "
             "local_id = (SELECT max(local_id) FROM certification)"));
    CHECK(g.scalar(stale) == 0);
    // Deleted, its person renamed meanwhile, restored: the keys are the person's current ones again.
    g.exec(s("UPDATE certification SET deleted_at = ? WHERE contact_id = (SELECT id FROM contact ORDER BY local_id "
             "LIMIT 1 OFFSET 5)"), { now });
    g.exec(s("UPDATE contact SET last_name = 'Nguyễn' WHERE local_id = (SELECT local_id FROM contact ORDER BY "
             "local_id LIMIT 1 OFFSET 5)"));
    g.exec(s("UPDATE certification SET deleted_at = NULL WHERE contact_id = (SELECT id FROM contact ORDER BY local_id "
             "LIMIT 1 OFFSET 5)"));
    CHECK(g.scalar(stale) == 0);
    CertificationFilter search;
    search.today = Reference;
    search.search = s("nguy");
    const Result<QList<CertificationRow>> page = CertificationQuery::firstPage(g.db(), search, CertificationSort::Person,
                                                                               false, 120);
    REQUIRE(page.ok());
    const Result<QList<qint64>> order = CertificationQuery::orderedIds(g.db(), search, CertificationSort::Person, false);
    REQUIRE(order.ok());
    CHECK_FALSE(order->isEmpty());
    CHECK(localIds(page.value()) == order->mid(0, 120));
}

namespace {

/// EXPLAIN QUERY PLAN of `SELECT c.local_id FROM from WHERE where ORDER BY orderBy LIMIT 120`, one line per step.
QString plan(Database& db, const QString& from, const QString& where, const CertificationSql& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT c.local_id FROM %1 WHERE %2 ORDER BY %3 LIMIT 120")
                          .arg(from, where, sql.orderBy)));
    for (const QVariant& value : sql.values)
        q.addBindValue(value);
    REQUIRE(q.exec());
    QString detail;
    while (q.next())
        detail += q.value(3).toString() + QLatin1Char('\n');
    return detail;
}

} // namespace

TEST_CASE("CertificationQuery heads walk the sort index and the plain queries still seek", "[certifications-query][plan]")
{
    Generated g(20, 2, 100);
    CertificationFilter progress;
    progress.today = Reference;
    progress.states = { s("in_progress") };
    CertificationFilter search;
    search.today = Reference;
    search.search = s("ng");
    CertificationFilter month;
    month.today = Reference;
    month.expiresFrom = QDate(2027, 1, 1);
    month.expiresTo = QDate(2027, 1, 31);
    const std::pair<CertificationSort, const char*> sorts[] = {
        { CertificationSort::Person, "certification_sort_person" },
        { CertificationSort::Partner, "certification_sort_partner" },
        { CertificationSort::Definition, "certification_sort_definition" },
        { CertificationSort::Acquired, "certification_sort_acquired" },
    };
    for (const CertificationFilter& filter : { progress, search, month }) {
        for (const auto& [sort, index] : sorts) {
            for (const bool descending : { false, true }) {
                const CertificationSql sql = CertificationQuery::build(filter, sort, descending);
                REQUIRE_FALSE(sql.headWhere.isEmpty());
                const QString head = plan(g.db(), sql.headFrom, sql.headWhere, sql);
                INFO(head.toStdString());
                CHECK_FALSE(head.contains(s("TEMP B-TREE FOR ORDER BY")));
                if (sort == CertificationSort::Acquired && filter.states == progress.states)
                    CHECK(head.contains(s("c USING INDEX certification_in_progress"))); // in order, to the LIMIT
                else
                    CHECK(head.contains(s("SEARCH c USING INDEX %1 (").arg(s(index)))); // bounded to a range
            }
        }
    }
    // The plain queries (the full order) seek the few rows of a state or a search rather than walk a million.
    for (const CertificationFilter& filter : { progress, search }) {
        const CertificationSql sql = CertificationQuery::build(filter, CertificationSort::Person, false);
        const QString plain = plan(g.db(), sql.from, sql.where, sql);
        INFO(plain.toStdString());
        CHECK(plain.contains(s("SEARCH c USING INTEGER PRIMARY KEY (rowid=?)")));
        CHECK_FALSE(plain.contains(s("SCAN c")));
    }
    // No head where the plain query is a range of the order's own index, or with a partner or a person.
    CHECK(CertificationQuery::build(month, CertificationSort::Expires, false).headWhere.isEmpty());
    CertificationFilter expiring = progress;
    expiring.states = { s("expiring"), s("expired") };
    CHECK(CertificationQuery::build(expiring, CertificationSort::Expires, true).headWhere.isEmpty());
    CertificationFilter partner = search;
    partner.partnerIds = { g.ids(s("SELECT id FROM partner LIMIT 1")).constFirst() };
    CHECK(CertificationQuery::build(partner, CertificationSort::Person, false).headWhere.isEmpty());
    CHECK(CertificationQuery::build(CertificationFilter {}, CertificationSort::Person, false).headWhere.isEmpty());
}
