// CertificationQuery: the certification lists' filters and sorts as SQL on bound values (states as of a day from
// expires_on and the definition's recertification window, CERT-02), the expiring view grouped by partner with the
// CERT-01 reminder state, the expiry timeline's one GROUP BY, and the query plans the million-row lists rely on.
// Certifications are written with plain SQL so every status and date can be set exactly (the repository's own rules
// are CertificationTest's); partners and contacts go through their repositories.
#include "TrainingTestSupport.h"

#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "support/TempDatabase.h"
#include "training/CertificationQuery.h"

#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace ChannelDesk;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

const QDate Today(2027, 6, 15);

struct Cert
{
    int person = 0;        ///< index into Fixture::people
    int definition = 0;    ///< index into Fixture::definitions
    QString status = QStringLiteral("active");
    QDate started;
    QDate acquired;
    QDate expires;
    QString certificateId;
    QDate reminded;
    bool deleted = false;
};

/// Two partners with people, three definitions (windows 60, 30 and 0 days; reminders 30, 10, 0); certifications
/// added per test.
class Fixture
{
public:
    Fixture()
    {
        partners = { TrainingTest::partner(temp.db(), s("Müller IT GmbH")), TrainingTest::partner(temp.db(), s("Acme Networks")) };
        people = {
            TrainingTest::contact(temp.db(), partners[0], s("Alice"), s("Berger")),
            TrainingTest::contact(temp.db(), partners[0], s("Bob"), s("Zimmer")),
            TrainingTest::contact(temp.db(), partners[1], s("Chloé"), s("Adams")),
            TrainingTest::contact(temp.db(), partners[1], s("Dan"), s("berger")),
        };
        setEmail(people[0], s("alice.berger@muller.example"));
        setEmail(people[2], s("chloe@acme.example"));
        definitions = { definition(s("CNA"), s("Certified Network Associate"), s("Networking"), 60, 30),
                        definition(s("SEC"), s("Security Expert"), s("Security"), 30, 10),
                        definition(s("AAA"), s("Basic Admin"), s("Networking"), 0, 0) };
    }

    QByteArray definition(const QString& code, const QString& name, const QString& track, int window, int reminder)
    {
        const QByteArray id = Uuid::createV7();
        exec(s("INSERT INTO cert_definition (id, code, name, track, validity_months, reminder_days, recert_window_days, "
               "active, created_at, updated_at) VALUES (?, ?, ?, ?, 24, ?, ?, 1, ?, ?)"),
             { id, code, name, track, reminder, window, Timestamp::nowUtc(), Timestamp::nowUtc() });
        return id;
    }

    void setEmail(const QByteArray& contactId, const QString& email)
    {
        exec(s("UPDATE contact SET email = ? WHERE id = ?"), { email, contactId });
    }

    QByteArray add(const Cert& c)
    {
        const QByteArray id = Uuid::createV7();
        const QByteArray contactId = people.at(c.person);
        exec(s("INSERT INTO certification (id, partner_id, contact_id, definition_id, status, started_on, acquired_on, "
               "expires_on, certificate_id, reminded_on, created_at, updated_at, deleted_at) "
               "VALUES (?, (SELECT partner_id FROM contact WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             { id, contactId, contactId, definitions.at(c.definition), c.status, date(c.started), date(c.acquired),
               date(c.expires), c.certificateId.isNull() ? QStringLiteral("") : c.certificateId, date(c.reminded), Timestamp::nowUtc(), Timestamp::nowUtc(),
               c.deleted ? QVariant(Timestamp::nowUtc()) : QVariant(QMetaType(QMetaType::QString)) });
        ids.append(id);
        return id;
    }

    /// An active certificate of `person` in `definition` expiring on `expires` (acquired two years before).
    QByteArray expiringOn(int person, int definition, const QDate& expires, const QDate& reminded = {})
    {
        Cert c;
        c.person = person;
        c.definition = definition;
        c.acquired = expires.addYears(-2);
        c.started = c.acquired;
        c.expires = expires;
        c.reminded = reminded;
        return add(c);
    }

    static QVariant date(const QDate& day)
    {
        return day.isValid() ? QVariant(Timestamp::dateToStorage(day)) : QVariant(QMetaType(QMetaType::QString));
    }

    void exec(const QString& sql, const QVariantList& values)
    {
        QSqlQuery q(temp.db().connection());
        REQUIRE(q.prepare(sql));
        for (const QVariant& value : values)
            q.addBindValue(value);
        const bool ok = q.exec();
        INFO(q.lastError().text().toStdString());
        REQUIRE(ok);
    }

    /// Indexes (into ids) of the certifications the filter lists, in the list's order.
    QList<int> matching(const CertificationFilter& filter, CertificationSort sort = CertificationSort::Expires,
                        bool descending = false)
    {
        const Result<QList<qint64>> order = CertificationQuery::orderedIds(temp.db(), filter, sort, descending);
        REQUIRE(order.ok());
        const Result<QList<CertificationRow>> rows = CertificationQuery::rows(temp.db(), order.value());
        REQUIRE(rows.ok());
        REQUIRE(rows->size() == order->size());
        QList<int> found;
        for (const CertificationRow& row : rows.value())
            found.append(int(ids.indexOf(row.id)));
        const Result<qint64> count = CertificationQuery::count(temp.db(), filter);
        REQUIRE(count.ok());
        CHECK(count.value() == found.size());
        return found;
    }

    static QList<int> sorted(QList<int> list)
    {
        std::sort(list.begin(), list.end());
        return list;
    }

    /// EXPLAIN QUERY PLAN of the first page as the list loads it.
    QString firstPagePlan(const CertificationSql& sql)
    {
        QSqlQuery q(temp.db().connection());
        REQUIRE(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT 120")
                              .arg(CertificationQuery::rowColumns(), sql.from, sql.where, sql.orderBy)));
        for (const QVariant& value : sql.values)
            q.addBindValue(value);
        REQUIRE(q.exec());
        QString detail;
        while (q.next())
            detail += q.value(3).toString() + QLatin1Char('\n');
        return detail;
    }

    Test::TempDatabase temp;
    QList<QByteArray> partners;
    QList<QByteArray> people;
    QList<QByteArray> definitions;
    QList<QByteArray> ids;
};

CertificationFilter ofStates(const QStringList& states, const QDate& today)
{
    CertificationFilter filter;
    filter.states = states;
    filter.today = today;
    return filter;
}

} // namespace

TEST_CASE("CertificationQuery states match certificationState on every day around the boundaries (CERT-02)",
          "[certifications-query]")
{
    Fixture f;
    // CNA: 60-day window; SEC: 30-day window; AAA: none. One of each around 2027-06-15, plus the other statuses.
    f.expiringOn(0, 0, QDate(2027, 8, 14));  // 0: CNA, expiring from 2027-06-15
    f.expiringOn(1, 1, QDate(2027, 7, 15));  // 1: SEC, expiring from 2027-06-15
    f.expiringOn(2, 2, QDate(2027, 6, 15));  // 2: AAA, no window: active through 06-15, expired from 06-16
    f.expiringOn(3, 0, QDate(2027, 6, 14));  // 3: expired from 06-15
    Cert progress;
    progress.person = 0;
    progress.definition = 1;
    progress.status = s("in_progress");
    progress.started = QDate(2027, 5, 1);
    f.add(progress);                         // 4
    Cert future;
    future.person = 1;
    future.definition = 0;
    future.acquired = QDate(2027, 6, 16);
    future.expires = QDate(2029, 6, 16);
    f.add(future);                           // 5: acquired tomorrow: still in progress today
    Cert renewed;
    renewed.person = 2;
    renewed.definition = 0;
    renewed.status = s("renewed");
    renewed.acquired = QDate(2025, 1, 1);
    renewed.expires = QDate(2027, 1, 1);
    f.add(renewed);                          // 6
    Cert revoked = renewed;
    revoked.status = s("revoked");
    f.add(revoked);                          // 7
    Cert lasting;
    lasting.person = 3;
    lasting.definition = 1;
    lasting.acquired = QDate(2026, 1, 1);
    f.add(lasting);                          // 8: never expires: active
    Cert gone = lasting;
    gone.deleted = true;
    f.add(gone);                             // 9: tombstone: never listed

    // The day before, the boundary day and the day after every boundary: the SQL answer must equal the C++ rule.
    const Result<QList<CertificationRow>> all = CertificationQuery::rows(
        f.temp.db(), CertificationQuery::orderedIds(f.temp.db(), {}, CertificationSort::Expires, false).value());
    REQUIRE(all.ok());
    REQUIRE(all->size() == 9);
    for (QDate day = QDate(2027, 6, 12); day <= QDate(2027, 8, 16); day = day.addDays(1)) {
        for (const Choice& state : certificationStates()) {
            QList<int> expected;
            for (const CertificationRow& row : all.value()) {
                if (certificationStateCode(row.stateOn(day)) == state.code)
                    expected.append(int(f.ids.indexOf(row.id)));
            }
            INFO(day.toString(Qt::ISODate).toStdString() << " " << state.code.toStdString());
            CHECK(Fixture::sorted(f.matching(ofStates({ state.code }, day))) == Fixture::sorted(expected));
        }
    }

    // Named days, so a failure reads as the rule.
    // AAA has no window: "expiring" on its last valid day only.
    CHECK(Fixture::sorted(f.matching(ofStates({ s("expiring") }, Today))) == QList<int>({ 0, 1, 2 }));
    CHECK(Fixture::sorted(f.matching(ofStates({ s("active") }, Today.addDays(-1)))) == QList<int>({ 0, 1, 2, 8 }));
    CHECK(Fixture::sorted(f.matching(ofStates({ s("expiring") }, Today.addDays(-1)))) == QList<int>({ 3 }));
    CHECK(f.matching(ofStates({ s("expired") }, Today)) == QList<int>({ 3 }));
    CHECK(Fixture::sorted(f.matching(ofStates({ s("expired") }, Today.addDays(1)))) == QList<int>({ 2, 3 }));
    CHECK(Fixture::sorted(f.matching(ofStates({ s("active") }, Today))) == QList<int>({ 8 }));
    CHECK(Fixture::sorted(f.matching(ofStates({ s("in_progress") }, Today))) == QList<int>({ 4, 5 }));
    CHECK(Fixture::sorted(f.matching(ofStates({ s("in_progress") }, Today.addDays(1)))) == QList<int>({ 4 }));
    CHECK(f.matching(ofStates({ s("renewed") }, Today)) == QList<int>({ 6 }));
    CHECK(f.matching(ofStates({ s("revoked") }, Today)) == QList<int>({ 7 }));
    CHECK(Fixture::sorted(f.matching(ofStates({ s("expiring"), s("expired") }, Today))) == QList<int>({ 0, 1, 2, 3 }));
    CHECK(f.matching(ofStates({ s("no-such-state") }, Today)).isEmpty());
    CHECK(f.matching({}).size() == 9);
}

TEST_CASE("CertificationQuery states use calendar days whatever the time zone", "[certifications-query]")
{
    Fixture f;
    f.expiringOn(0, 0, QDate(2027, 6, 15)); // CNA: last valid day 2027-06-15, window 60 days (from 2027-04-16)
    for (const char* zone : { "Pacific/Auckland", "America/Los_Angeles", "UTC" }) {
        TrainingTest::inTimeZone(zone, [&] {
            INFO(zone);
            CHECK(f.matching(ofStates({ s("active") }, QDate(2027, 4, 15))) == QList<int>({ 0 }));
            CHECK(f.matching(ofStates({ s("expiring") }, QDate(2027, 4, 16))) == QList<int>({ 0 }));
            CHECK(f.matching(ofStates({ s("expiring") }, QDate(2027, 6, 15))) == QList<int>({ 0 }));
            CHECK(f.matching(ofStates({ s("expired") }, QDate(2027, 6, 16))) == QList<int>({ 0 }));
            CHECK(f.matching(ofStates({ s("expired") }, QDate(2027, 6, 15))).isEmpty());
            // Without a day the filter means the local today of this zone.
            CHECK(CertificationQuery::referenceDay({}) == QDateTime::currentDateTime().date());
        });
    }
}

TEST_CASE("CertificationQuery filters by partner person definition track expiry window and search",
          "[certifications-query]")
{
    Fixture f;
    f.expiringOn(0, 0, QDate(2027, 7, 1));                 // 0 Alice Berger, CNA, Müller
    f.expiringOn(1, 1, QDate(2027, 6, 20));                // 1 Bob Zimmer, SEC, Müller
    f.expiringOn(2, 1, QDate(2028, 1, 1));                 // 2 Chloé Adams, SEC, Acme
    f.expiringOn(3, 2, QDate(2027, 6, 15));                // 3 Dan berger, AAA, Acme
    Cert withId;
    withId.person = 2;
    withId.definition = 0;
    withId.acquired = QDate(2027, 1, 1);
    withId.expires = QDate(2029, 1, 1);
    withId.certificateId = s("CNA-2027-0042");
    f.add(withId);                                         // 4 Chloé Adams, CNA, Acme

    CertificationFilter filter;
    filter.today = Today;
    filter.partnerIds = { f.partners[0] };
    CHECK(Fixture::sorted(f.matching(filter)) == QList<int>({ 0, 1 }));
    filter = {};
    filter.contactIds = { f.people[2] };
    CHECK(Fixture::sorted(f.matching(filter)) == QList<int>({ 2, 4 }));
    filter = {};
    filter.definitionIds = { f.definitions[1] };
    CHECK(Fixture::sorted(f.matching(filter)) == QList<int>({ 1, 2 }));
    filter = {};
    filter.tracks = { s("Networking") };
    CHECK(Fixture::sorted(f.matching(filter)) == QList<int>({ 0, 3, 4 }));

    // Expiring within N days: today and the N-th day count, the day after does not.
    filter = {};
    filter.today = Today;
    filter.expiringWithinDays = 5;
    CHECK(Fixture::sorted(f.matching(filter)) == QList<int>({ 1, 3 }));
    filter.expiringWithinDays = 4;
    CHECK(f.matching(filter) == QList<int>({ 3 }));
    filter.expiringWithinDays = 0;
    CHECK(f.matching(filter) == QList<int>({ 3 }));
    filter.today = Today.addDays(1);
    CHECK(f.matching(filter).isEmpty()); // expired yesterday: no longer "expiring"

    // The chart's month: expiry day within [from, to].
    filter = {};
    filter.expiresFrom = QDate(2027, 6, 1);
    filter.expiresTo = QDate(2027, 6, 30);
    CHECK(f.matching(filter) == QList<int>({ 3, 1 }));

    // Search: prefixes of first name, last name, e-mail or certificate id; ASCII case folded; every word must match.
    filter = {};
    filter.search = s("berg");
    CHECK(Fixture::sorted(f.matching(filter)) == QList<int>({ 0, 3 }));
    filter.search = s("BERGER alice");
    CHECK(f.matching(filter) == QList<int>({ 0 }));
    filter.search = s("chloe@");
    CHECK(Fixture::sorted(f.matching(filter)) == QList<int>({ 2, 4 }));
    filter.search = s("cna-2027");
    CHECK(f.matching(filter) == QList<int>({ 4 }));
    filter.search = s("erger"); // not a prefix
    CHECK(f.matching(filter).isEmpty());
    filter.search = s("%");
    CHECK(f.matching(filter).isEmpty()); // no wildcard: taken literally
    filter.search = s("Chloé");
    CHECK(Fixture::sorted(f.matching(filter)) == QList<int>({ 2, 4 }));

    // Conditions combine.
    filter = {};
    filter.partnerIds = { f.partners[1] };
    filter.tracks = { s("Security") };
    CHECK(f.matching(filter) == QList<int>({ 2 }));
}

TEST_CASE("CertificationQuery sorts by person partner definition acquired and expires", "[certifications-query]")
{
    Fixture f;
    f.expiringOn(0, 0, QDate(2027, 7, 1));   // 0 Berger Alice / Müller / Certified Network Associate
    f.expiringOn(1, 1, QDate(2027, 6, 20));  // 1 Zimmer Bob / Müller / Security Expert
    f.expiringOn(2, 1, QDate(2028, 1, 1));   // 2 Adams Chloé / Acme / Security Expert
    f.expiringOn(3, 2, QDate(2027, 6, 15));  // 3 berger Dan / Acme / Basic Admin

    CHECK(f.matching({}, CertificationSort::Person) == QList<int>({ 2, 0, 3, 1 }));
    CHECK(f.matching({}, CertificationSort::Person, true) == QList<int>({ 1, 3, 0, 2 }));
    const QList<int> byPartner = f.matching({}, CertificationSort::Partner);
    CHECK(Fixture::sorted(byPartner.mid(0, 2)) == QList<int>({ 2, 3 })); // Acme first
    CHECK(Fixture::sorted(byPartner.mid(2, 2)) == QList<int>({ 0, 1 }));
    CHECK(f.matching({}, CertificationSort::Definition) == QList<int>({ 3, 0, 1, 2 }));
    CHECK(f.matching({}, CertificationSort::Expires) == QList<int>({ 3, 1, 0, 2 }));
    CHECK(f.matching({}, CertificationSort::Expires, true) == QList<int>({ 2, 0, 1, 3 }));
    CHECK(f.matching({}, CertificationSort::Acquired) == QList<int>({ 3, 1, 0, 2 }));

    // The first page (an index walk for the name sorts) is the head of the full order, in both directions.
    for (const CertificationSort sort : { CertificationSort::Person, CertificationSort::Partner,
                                          CertificationSort::Definition, CertificationSort::Acquired,
                                          CertificationSort::Expires }) {
        for (const bool descending : { false, true }) {
            const Result<QList<CertificationRow>> page = CertificationQuery::firstPage(f.temp.db(), {}, sort, descending, 3);
            REQUIRE(page.ok());
            QList<int> head;
            for (const CertificationRow& row : page.value())
                head.append(int(f.ids.indexOf(row.id)));
            CHECK(head == f.matching({}, sort, descending).mid(0, 3));
        }
    }

    // Rows carry what the list shows.
    const Result<QList<CertificationRow>> page = CertificationQuery::firstPage(f.temp.db(), {}, CertificationSort::Person,
                                                                               false, 1);
    REQUIRE(page.ok());
    REQUIRE(page->size() == 1);
    const CertificationRow& row = page->constFirst();
    CHECK(row.personName() == s("Chloé Adams"));
    CHECK(row.email == s("chloe@acme.example"));
    CHECK(row.partnerName == s("Acme Networks"));
    CHECK(row.definitionName == s("Security Expert"));
    CHECK(row.definitionCode == s("SEC"));
    CHECK(row.track == s("Security"));
    CHECK(row.recertWindowDays == 30);
    CHECK(row.reminderDays == 10);
    CHECK(row.expiresOn == QDate(2028, 1, 1));
    CHECK(row.acquiredOn == QDate(2026, 1, 1));
    CHECK(row.stateOn(Today) == CertificationState::Active);
}

TEST_CASE("CertificationQuery sort keys follow renamed people partners and definitions", "[certifications-query]")
{
    Fixture f;
    f.expiringOn(0, 0, QDate(2027, 7, 1));   // 0 Alice Berger / Müller / Certified Network Associate
    f.expiringOn(2, 1, QDate(2028, 1, 1));   // 1 Chloé Adams / Acme / Security Expert
    CHECK(f.matching({}, CertificationSort::Person) == QList<int>({ 1, 0 }));
    CHECK(f.matching({}, CertificationSort::Partner) == QList<int>({ 1, 0 }));
    CHECK(f.matching({}, CertificationSort::Definition) == QList<int>({ 0, 1 }));

    // Through the repositories, as a user's edit or a pulled row would change them: the local keys follow.
    Contact alice = ContactRepository(f.temp.db()).get(f.people[0]).value();
    alice.lastName = s("Aaronson");
    REQUIRE(ContactRepository(f.temp.db()).update(alice).ok());
    CHECK(f.matching({}, CertificationSort::Person) == QList<int>({ 0, 1 }));
    Partner acme = PartnerRepository(f.temp.db()).get(f.partners[1]).value();
    acme.name = s("Zeta Networks");
    REQUIRE(PartnerRepository(f.temp.db()).update(acme).ok());
    CHECK(f.matching({}, CertificationSort::Partner) == QList<int>({ 0, 1 }));
    f.exec(s("UPDATE cert_definition SET name = 'Advanced Security' WHERE id = ?"), { f.definitions[1] });
    CHECK(f.matching({}, CertificationSort::Definition) == QList<int>({ 1, 0 }));
    // A certification moved to another person takes that person's key.
    f.exec(s("UPDATE certification SET contact_id = ?, partner_id = ? WHERE id = ?"), { f.people[1], f.partners[0], f.ids[1] });
    CHECK(f.matching({}, CertificationSort::Person) == QList<int>({ 0, 1 })); // Aaronson, then Zimmer
    CHECK(f.matching({}, CertificationSort::Person, true) == QList<int>({ 1, 0 }));
}

TEST_CASE("CertificationQuery expiring view groups by partner with reminder state (CERT-01)", "[certifications-query]")
{
    Fixture f;
    // CNA reminds 30 days ahead, SEC 10 days, AAA on the day.
    f.expiringOn(0, 0, QDate(2027, 7, 15));                         // 0 Alice: due since 06-15 (boundary day)
    f.expiringOn(1, 0, QDate(2027, 7, 16));                         // 1 Bob: due from 06-16: not yet
    f.expiringOn(1, 1, QDate(2027, 6, 20), QDate(2027, 6, 10));     // 2 Bob: reminded on 06-10
    f.expiringOn(2, 1, QDate(2027, 6, 10));                         // 3 Chloé: expired 5 days ago, never reminded
    f.expiringOn(3, 2, QDate(2027, 9, 30));                         // 4 Dan: outside 60 days
    f.expiringOn(3, 1, QDate(2027, 5, 1));                          // 5 Dan: expired 45 days ago

    ExpiringFilter filter;
    filter.today = Today;
    filter.withinDays = 60;
    Result<QList<ExpiringPartner>> partners = CertificationQuery::expiringPartners(f.temp.db(), filter);
    REQUIRE(partners.ok());
    REQUIRE(partners->size() == 1); // Acme has nothing expiring ahead; nothing expired is asked for
    CHECK(partners->at(0).name == s("Müller IT GmbH"));
    CHECK(partners->at(0).count == 3);
    CHECK(partners->at(0).remindersDue == 1);
    CHECK(partners->at(0).expired == 0);
    CHECK(partners->at(0).firstExpiry == QDate(2027, 6, 20));

    const Result<QList<ExpiringCertification>> people = CertificationQuery::expiringOf(f.temp.db(), filter, f.partners[0]);
    REQUIRE(people.ok());
    REQUIRE(people->size() == 3);
    CHECK(people->at(0).row.id == f.ids[2]); // soonest first
    CHECK(people->at(0).reminder == ReminderState::Reminded);
    CHECK(CertificationQuery::reminderStateLabel(people->at(0).reminder, people->at(0).row.remindedOn)
          == s("Reminded on 6/10/27"));
    CHECK(people->at(1).row.id == f.ids[0]);
    CHECK(people->at(1).reminder == ReminderState::Due);
    CHECK(people->at(1).reminderDay == Today);
    CHECK(people->at(1).state == CertificationState::Expiring);
    CHECK(people->at(2).row.id == f.ids[1]);
    CHECK(people->at(2).reminder == ReminderState::NotYetDue);
    CHECK(people->at(2).reminderDay == Today.addDays(1));

    // The day after, Bob's CNA reminder is due too.
    filter.today = Today.addDays(1);
    partners = CertificationQuery::expiringPartners(f.temp.db(), filter);
    REQUIRE(partners.ok());
    REQUIRE(partners->size() == 1);
    CHECK(partners->at(0).remindersDue == 2);

    // With the last 30 days of expiries, Acme appears (sorted by name) with Chloé's expired certificate, due.
    filter.today = Today;
    filter.expiredWithinDays = 30;
    partners = CertificationQuery::expiringPartners(f.temp.db(), filter);
    REQUIRE(partners.ok());
    REQUIRE(partners->size() == 2);
    CHECK(partners->at(0).name == s("Acme Networks"));
    CHECK(partners->at(0).count == 1);
    CHECK(partners->at(0).expired == 1);
    CHECK(partners->at(0).remindersDue == 1);
    const Result<QList<ExpiringCertification>> acme = CertificationQuery::expiringOf(f.temp.db(), filter, f.partners[1]);
    REQUIRE(acme.ok());
    REQUIRE(acme->size() == 1);
    CHECK(acme->at(0).state == CertificationState::Expired);
    CHECK(acme->at(0).reminder == ReminderState::Due);

    // The scope narrows it (person, definition, search).
    filter.scope.contactIds = { f.people[1] };
    partners = CertificationQuery::expiringPartners(f.temp.db(), filter);
    REQUIRE(partners.ok());
    REQUIRE(partners->size() == 1);
    CHECK(partners->at(0).count == 2);
    filter.scope = {};
    filter.scope.search = s("alice");
    partners = CertificationQuery::expiringPartners(f.temp.db(), filter);
    REQUIRE(partners.ok());
    REQUIRE(partners->size() == 1);
    CHECK(partners->at(0).count == 1);

    // The reminder rule itself, around its boundary.
    const QDate expires(2027, 7, 15);
    CHECK(CertificationQuery::reminderState(expires, 30, {}, QDate(2027, 6, 14)) == ReminderState::NotYetDue);
    CHECK(CertificationQuery::reminderState(expires, 30, {}, QDate(2027, 6, 15)) == ReminderState::Due);
    CHECK(CertificationQuery::reminderState(expires, 30, {}, QDate(2027, 6, 16)) == ReminderState::Due);
    CHECK(CertificationQuery::reminderState(expires, 30, QDate(2027, 6, 15), QDate(2027, 6, 16))
          == ReminderState::Reminded);
    CHECK(CertificationQuery::reminderStateLabel(ReminderState::Due, {}) == s("Reminder due"));
    CHECK(CertificationQuery::reminderStateLabel(ReminderState::NotYetDue, {}) == s("Not yet due"));
}

TEST_CASE("CertificationQuery expiry timeline counts per month and track in one query", "[certifications-query]")
{
    Fixture f;
    f.expiringOn(0, 0, QDate(2027, 6, 20));  // June, Networking
    f.expiringOn(1, 2, QDate(2027, 6, 30));  // June, Networking (AAA)
    f.expiringOn(2, 1, QDate(2027, 7, 1));   // July, Security
    f.expiringOn(3, 1, QDate(2027, 6, 1));   // June, Security, already expired
    f.expiringOn(3, 0, QDate(2027, 3, 31));  // March: the first month shown (3 back), expired
    f.expiringOn(2, 0, QDate(2027, 2, 28));  // before the months shown, expired
    f.expiringOn(0, 1, QDate(2028, 5, 31));  // May 2028: the last month shown
    f.expiringOn(1, 1, QDate(2028, 6, 1));   // June 2028: after the last month
    Cert renewed;
    renewed.person = 0;
    renewed.definition = 0;
    renewed.status = s("renewed");
    renewed.acquired = QDate(2025, 6, 1);
    renewed.expires = QDate(2027, 6, 1);
    f.add(renewed);                          // archived: never counted

    CertificationFilter scope;
    scope.today = Today;
    Result<ExpiryTimeline> timeline = CertificationQuery::expiryTimeline(f.temp.db(), scope, TimelineGroup::Track);
    REQUIRE(timeline.ok());
    REQUIRE(timeline->months.size() == 15);
    CHECK(timeline->months.constFirst() == QDate(2027, 3, 1));
    CHECK(timeline->months.at(3) == QDate(2027, 6, 1));
    CHECK(timeline->months.constLast() == QDate(2028, 5, 1));
    CHECK(timeline->monthEnd(3) == QDate(2027, 6, 30));
    CHECK(timeline->expired == 3);        // 06-01, 03-31, 02-28
    CHECK(timeline->expiredBefore == 1);  // 02-28
    REQUIRE(timeline->series.size() == 2);
    // Largest first: Networking (3: March, June ×2) ties Security (3: June, July, May 2028) → by name.
    CHECK(timeline->series.at(0).label == s("Networking"));
    CHECK(timeline->series.at(0).counts.at(0) == 1);
    CHECK(timeline->series.at(0).counts.at(3) == 2);
    CHECK(timeline->series.at(1).label == s("Security"));
    CHECK(timeline->series.at(1).counts.at(3) == 1);
    CHECK(timeline->series.at(1).counts.at(4) == 1);
    CHECK(timeline->series.at(1).counts.at(14) == 1);
    CHECK(timeline->monthTotal(3) == 3);
    CHECK(timeline->monthTotal(1) == 0);

    // Per definition, narrowed to a partner.
    scope.partnerIds = { f.partners[1] };
    timeline = CertificationQuery::expiryTimeline(f.temp.db(), scope, TimelineGroup::Definition);
    REQUIRE(timeline.ok());
    CHECK(timeline->expired == 3);
    CHECK(timeline->expiredBefore == 1);
    REQUIRE(timeline->series.size() == 2);
    CHECK(timeline->series.at(0).label == s("Security Expert"));
    CHECK(timeline->series.at(0).definitionId == f.definitions[1]);
    CHECK(timeline->series.at(0).counts.at(3) == 1);
    CHECK(timeline->series.at(0).counts.at(4) == 1);
    CHECK(timeline->series.at(1).label == s("Certified Network Associate"));
    CHECK(timeline->series.at(1).counts.at(0) == 1);

    // A month of the chart, as a list filter, lists what the bar counts.
    CertificationFilter month;
    month.expiresFrom = timeline->months.at(3);
    month.expiresTo = timeline->monthEnd(3);
    CHECK(f.matching(month).size() == 3);
}

TEST_CASE("CertificationQuery first pages walk an index instead of sorting", "[certifications-query][plan]")
{
    Fixture f;
    for (const CertificationSort sort : { CertificationSort::Person, CertificationSort::Partner,
                                          CertificationSort::Definition, CertificationSort::Acquired,
                                          CertificationSort::Expires }) {
        REQUIRE(CertificationQuery::isIndexed(sort));
        for (const bool descending : { false, true }) {
            const CertificationSql sql = CertificationQuery::build({}, sort, descending);
            const QString detail = f.firstPagePlan(sql);
            INFO(sql.orderBy.toStdString() << "\n" << detail.toStdString());
            // A person's or partner's few certificates may be put in order among themselves; never the whole list.
            CHECK_FALSE(detail.contains(s("USE TEMP B-TREE FOR ORDER BY")));
            CHECK(detail.contains(s("USING INDEX")));
            CHECK_FALSE(detail.contains(s("SCAN c\n")));
        }
    }
}

TEST_CASE("CertificationQuery views and filters seek their rows through an index", "[certifications-query][plan]")
{
    Fixture f;
    auto seeks = [](const QString& detail, const QStringList& indexes) {
        bool any = false;
        for (const QString& index : indexes)
            any |= detail.contains(QStringLiteral("SEARCH c USING INDEX %1").arg(index))
                || detail.contains(QStringLiteral("SEARCH c USING COVERING INDEX %1").arg(index));
        return any && !detail.contains(QStringLiteral("SCAN c"));
    };
    CertificationFilter expiring;
    expiring.states = { s("expiring") };
    expiring.today = Today;
    QString detail = f.firstPagePlan(CertificationQuery::build(expiring, CertificationSort::Expires, false));
    INFO(detail.toStdString());
    CHECK(seeks(detail, { s("certification_by_expiry"), s("certification_sort_expires"), s("certification_expiring") }));

    CertificationFilter within;
    within.expiringWithinDays = 30;
    within.today = Today;
    detail = f.firstPagePlan(CertificationQuery::build(within, CertificationSort::Expires, false));
    INFO(detail.toStdString());
    CHECK(seeks(detail, { s("certification_by_expiry"), s("certification_sort_expires"), s("certification_expiring") }));

    CertificationFilter partner;
    partner.partnerIds = { f.partners[0] };
    detail = f.firstPagePlan(CertificationQuery::build(partner, CertificationSort::Person, false));
    INFO(detail.toStdString());
    CHECK(seeks(detail, { s("certification_by_partner"), s("certification_valid") }));

    CertificationFilter person;
    person.contactIds = { f.people[0] };
    detail = f.firstPagePlan(CertificationQuery::build(person, CertificationSort::Expires, true));
    INFO(detail.toStdString());
    CHECK(seeks(detail, { s("certification_by_contact") }));

    CertificationFilter search;
    search.search = s("ber");
    detail = f.firstPagePlan(CertificationQuery::build(search, CertificationSort::Person, false));
    INFO(detail.toStdString());
    CHECK(detail.contains(s("contact_by_last_name (last_name>? AND last_name<?)")));
    CHECK(detail.contains(s("contact_by_first_name (first_name>? AND first_name<?)")));
    CHECK(detail.contains(s("contact_by_email (email>? AND email<?)")));
    CHECK_FALSE(detail.contains(s("SCAN sc")));
}
