// What TierMetrics counts (TIER-02 inputs, TIER-04 points): distinct certified people overall and per track on a
// day (boundary day, day before and after), won revenue in the trailing 12 months converted to the program currency
// at the close date (unconverted deals left out and counted), approved registrations by the local day of their
// decision in two time zones, unexpired points, and the at-risk look-ahead.
#include "TierTestHelpers.h"

#include "support/TempDatabase.h"
#include "training/TierMetrics.h"

using namespace ChannelDesk;
using namespace ChannelDesk::TierTest;

namespace {

TierMetrics::Options on(const QDate& day, const QByteArray& programId = {}, const QString& currency = QStringLiteral("USD"))
{
    TierMetrics::Options options;
    options.asOf = day;
    options.certificationsOn = day;
    options.currency = currency;
    options.programId = programId;
    return options;
}

PartnerMetrics measured(Database& db, const QByteArray& partnerId, const TierMetrics::Options& options)
{
    TierMetrics metrics(db);
    return requireOk(metrics.measure(partnerId, options));
}

} // namespace

TEST_CASE("TIER-02 certified people are distinct contacts counted per track", "[tier-metrics]")
{
    Test::TempDatabase temp;
    Database& db = temp.db();
    const QByteArray partner = TrainingTest::partner(db);
    const CertDefinition cna = definition(db, QStringLiteral("CNA"), QStringLiteral("Networking"));
    const CertDefinition cnp = definition(db, QStringLiteral("CNP"), QStringLiteral("Networking"));
    const CertDefinition sec = definition(db, QStringLiteral("SEC"), QStringLiteral("Security"));
    const QByteArray alice = contact(db, partner, QStringLiteral("Alice"));
    const QByteArray bob = contact(db, partner, QStringLiteral("Bob"));
    const QByteArray carol = contact(db, partner, QStringLiteral("Carol"));
    certified(db, alice, cna.id, QDate(2027, 1, 5), QDate(2029, 1, 5));
    certified(db, alice, cnp.id, QDate(2027, 2, 5), QDate(2029, 2, 5)); // same person twice: counts once
    certified(db, alice, sec.id, QDate(2027, 2, 5), QDate(2029, 2, 5));
    certified(db, bob, sec.id, QDate(2027, 3, 5), QDate(2029, 3, 5));
    inProgress(db, carol, cna.id); // not certified yet

    const PartnerMetrics m = measured(db, partner, on(QDate(2027, 6, 1)));
    CHECK(m.certifiedPeople == 2);
    CHECK(m.certifiedByTrack.value(QStringLiteral("Networking")) == 1);
    CHECK(m.certifiedByTrack.value(QStringLiteral("Security")) == 2);

    SECTION("measureAll gives the same as measure")
    {
        TierMetrics metrics(db);
        const QHash<QByteArray, PartnerMetrics> all = requireOk(metrics.measureAll(on(QDate(2027, 6, 1))));
        CHECK(all.value(partner) == m);
    }
    SECTION("a revoked certificate stops counting at once")
    {
        const QList<Certification> bobs = requireOk(CertificationRepository(db).ofContact(bob));
        REQUIRE(bobs.size() == 1);
        requireOk(CertificationRepository(db).revoke(bobs.at(0).id, because(QStringLiteral("fraud"))));
        const PartnerMetrics after = measured(db, partner, on(QDate(2027, 6, 1)));
        CHECK(after.certifiedPeople == 1);
        CHECK(after.certifiedByTrack.value(QStringLiteral("Security")) == 1);
    }
    SECTION("certificates of a deleted definition certify nobody")
    {
        // The catalogue refuses this locally; a tombstone pulled from the server does it.
        requireOk(RecordWriter(db).setDeleted(TrainingRecordIo::DefinitionEntity, sec.id, true));
        const PartnerMetrics after = measured(db, partner, on(QDate(2027, 6, 1)));
        CHECK(after.certifiedPeople == 1); // Alice still holds CNA and CNP
        CHECK(after.certifiedByTrack.value(QStringLiteral("Security")) == 0);
    }
}

TEST_CASE("TIER-02 a certificate counts through its expiry day and from its acquisition day", "[tier-metrics]")
{
    for (const char* zone : { "UTC", "Asia/Ho_Chi_Minh", "America/Los_Angeles" }) {
        INFO(zone);
        inTimeZone(zone, [&] {
            Test::TempDatabase temp;
            Database& db = temp.db();
            const QByteArray partner = TrainingTest::partner(db);
            const CertDefinition cna = definition(db);
            const QByteArray alice = contact(db, partner);
            certified(db, alice, cna.id, QDate(2027, 3, 10), QDate(2027, 9, 30));
            CHECK(measured(db, partner, on(QDate(2027, 3, 9))).certifiedPeople == 0);  // day before acquisition
            CHECK(measured(db, partner, on(QDate(2027, 3, 10))).certifiedPeople == 1); // acquisition day
            CHECK(measured(db, partner, on(QDate(2027, 9, 29))).certifiedPeople == 1); // day before expiry
            CHECK(measured(db, partner, on(QDate(2027, 9, 30))).certifiedPeople == 1); // expiry day: still valid
            CHECK(measured(db, partner, on(QDate(2027, 10, 1))).certifiedPeople == 0); // day after: expired
        });
    }
}

TEST_CASE("TIER-05 the look-ahead counts people still certified on a later day", "[tier-metrics]")
{
    Test::TempDatabase temp;
    Database& db = temp.db();
    const QByteArray partner = TrainingTest::partner(db);
    const CertDefinition cna = definition(db, QStringLiteral("CNA"), QStringLiteral("Networking"));
    const CertDefinition sec = definition(db, QStringLiteral("SEC"), QStringLiteral("Security"), 0); // never expires
    const QByteArray a = contact(db, partner, QStringLiteral("A"));
    const QByteArray b = contact(db, partner, QStringLiteral("B"));
    const QByteArray c = contact(db, partner, QStringLiteral("C"));
    certified(db, a, cna.id, QDate(2027, 1, 1), QDate(2027, 7, 10));
    certified(db, b, cna.id, QDate(2027, 1, 1), QDate(2027, 8, 20));
    certified(db, c, cna.id, QDate(2027, 1, 1), QDate(2028, 1, 1));
    certified(db, c, sec.id, QDate(2027, 1, 1)); // no expiry
    certified(db, a, sec.id, QDate(2027, 1, 1), QDate(2027, 7, 31));

    TierMetrics metrics(db);
    const QHash<QByteArray, PartnerMetrics> all = requireOk(metrics.measureAll(on(QDate(2027, 7, 1))));
    CHECK(all.value(partner).certifiedPeople == 3);
    CHECK(metrics.certifiedOn(partner, QDate(2027, 7, 10)) == 3);
    CHECK(metrics.certifiedOn(partner, QDate(2027, 7, 11)) == 3); // A still holds SEC until 31 July
    CHECK(metrics.certifiedOn(partner, QDate(2027, 8, 1)) == 2);
    CHECK(metrics.certifiedOn(partner, QDate(2027, 8, 21)) == 1);
    CHECK(metrics.certifiedOn(partner, QDate(2027, 7, 11), QStringLiteral("Networking")) == 2);
    CHECK(metrics.certifiedOn(partner, QDate(2030, 1, 1), QStringLiteral("Security")) == 1);
    // Three people needed: fewer from the day after A's last valid day.
    CHECK(metrics.firstDayBelow(partner, 3) == QDate(2027, 8, 1));
    CHECK(metrics.firstDayBelow(partner, 2) == QDate(2027, 8, 21));
    CHECK(metrics.firstDayBelow(partner, 3, QStringLiteral("Networking")) == QDate(2027, 7, 11));
    CHECK_FALSE(metrics.firstDayBelow(partner, 1, QStringLiteral("Security")).isValid()); // C's never expires
    CHECK_FALSE(metrics.firstDayBelow(partner, 4).isValid()); // already fewer
}

TEST_CASE("TIER-02 revenue is won deals closed in the trailing 12 months in the program currency", "[tier-metrics]")
{
    Test::TempDatabase temp;
    Database& db = temp.db();
    const QByteArray partner = TrainingTest::partner(db);
    const QDate asOf(2027, 6, 30);
    wonDeal(db, partner, 50'000'00, QDate(2027, 6, 30));   // on the day: counts
    wonDeal(db, partner, 20'000'00, QDate(2026, 7, 1));    // first day of the window: counts
    wonDeal(db, partner, 7'000'00, QDate(2026, 6, 30));    // asOf − 12 months: outside
    wonDeal(db, partner, 9'000'00, QDate(2027, 7, 1));     // after the day: outside
    PartnerMetrics m = measured(db, partner, on(asOf));
    CHECK(m.closedWon == 2);
    CHECK(m.revenueMinor == 70'000'00);
    CHECK(m.currency == QStringLiteral("USD"));

    SECTION("other currencies convert at the rate valid on the close date; no rate: left out and counted")
    {
        setRates(db, { { QStringLiteral("EUR"), QDate(2027, 1, 1), 1.1 },
                       { QStringLiteral("EUR"), QDate(2027, 6, 1), 1.15 },
                       { QStringLiteral("GBP"), QDate(2027, 6, 1), 1.3 } });
        wonDeal(db, partner, 10'000'00, QDate(2027, 5, 31), QStringLiteral("EUR")); // 1.10 → 11,000.00
        wonDeal(db, partner, 10'000'10, QDate(2027, 6, 1), QStringLiteral("EUR"));  // 1.15 → 11,500.115 → .12
        wonDeal(db, partner, 5'000'00, QDate(2027, 5, 1), QStringLiteral("GBP"));   // before GBP's first rate
        TierMetrics metrics(db);
        const PartnerMetrics converted = requireOk(metrics.measure(partner, on(asOf)));
        CHECK(converted.revenueMinor == 70'000'00 + 11'000'00 + 11'500'12);
        CHECK(converted.closedWon == 5); // the unconverted deal is still a won deal
        CHECK(metrics.unconvertedDeals() == 1);
    }
    SECTION("a program in another currency converts USD too, once per amount")
    {
        setRates(db, { { QStringLiteral("EUR"), QDate(2026, 1, 1), 1.25 } }); // 1 EUR = 1.25 USD
        const PartnerMetrics euros = measured(db, partner, on(asOf, {}, QStringLiteral("EUR")));
        CHECK(euros.revenueMinor == 56'000'00); // 70,000.00 USD / 1.25
        CHECK(euros.currency == QStringLiteral("EUR"));
    }
}

TEST_CASE("TIER-02 approved registrations count by the local day of the decision", "[tier-metrics]")
{
    // Decided 2027-06-30 23:30 UTC: 30 June in UTC and Los Angeles, already 1 July in Ho Chi Minh City.
    for (const auto& [zone, counted] : { std::pair { "UTC", 1 }, std::pair { "Asia/Ho_Chi_Minh", 0 },
                                         std::pair { "America/Los_Angeles", 1 } }) {
        INFO(zone);
        inTimeZone(zone, [&] {
            Test::TempDatabase temp;
            Database& db = temp.db();
            const QByteArray partner = TrainingTest::partner(db);
            approvedRegistration(db, partner, at(2027, 6, 30, 23, 30));
            CHECK(measured(db, partner, on(QDate(2027, 6, 30))).approvedRegistrations == counted);
            CHECK(measured(db, partner, on(QDate(2027, 7, 1))).approvedRegistrations == 1);
            CHECK(measured(db, partner, on(QDate(2027, 6, 29))).approvedRegistrations == 0);
        });
    }
}

TEST_CASE("TIER-02 a converted registration still counts as approved but a rejected one does not", "[tier-metrics]")
{
    Test::TempDatabase temp;
    Database& db = temp.db();
    const QByteArray partner = TrainingTest::partner(db);
    const Deal approved = approvedRegistration(db, partner, at(2027, 5, 1), QStringLiteral("Alpha GmbH"));
    approvedRegistration(db, partner, at(2027, 5, 2), QStringLiteral("Beta GmbH"));
    DealRepository deals(db);
    requireOk(deals.convert(approved.id, dealBy(approved.cam, at(2027, 5, 3))));

    Deal rejected;
    rejected.partnerId = partner;
    rejected.customerName = QStringLiteral("Gamma GmbH");
    rejected.customerCountry = QStringLiteral("DE");
    rejected.lineItems = { { QStringLiteral("SW-CORE-USR"), QStringLiteral("Core users"), 5, 1'000'00 } };
    rejected.amount = { rejected.lineItemsTotalMinor(), QStringLiteral("USD") };
    rejected.expectedClose = QDate(2027, 12, 1);
    Deal current = requireOk(deals.create(rejected, actor()));
    current = requireOk(deals.transition(current.id, DealAction::Submit, dealBy(current.cam, at(2027, 5, 4))));
    current = requireOk(deals.transition(current.id, DealAction::StartReview, dealBy(current.cam, at(2027, 5, 4))));
    TransitionInput no = dealBy(current.cam, at(2027, 5, 5));
    no.reason = QStringLiteral("Not ours");
    requireOk(deals.transition(current.id, DealAction::Reject, no));

    CHECK(measured(db, partner, on(QDate(2027, 6, 1))).approvedRegistrations == 2);
}

TEST_CASE("TIER-04 points count from the day earned through their expiry day, per program", "[tier-metrics]")
{
    Test::TempDatabase temp;
    Database& db = temp.db();
    const QByteArray partner = TrainingTest::partner(db);
    const Ladder ladder = program(db);
    const TierProgram other = programRecord(db, QStringLiteral("Other program"));
    points(db, partner, ladder.program.id, 300, QDate(2027, 3, 1), QDate(2027, 8, 31));
    points(db, partner, ladder.program.id, 200, QDate(2027, 4, 1));
    points(db, partner, ladder.program.id, -50, QDate(2027, 5, 1)); // a correction
    points(db, partner, ladder.program.id, 1000, QDate(2027, 9, 1));
    points(db, partner, other.id, 5000, QDate(2027, 3, 1));
    CHECK(measured(db, partner, on(QDate(2027, 2, 28), ladder.program.id)).points == 0);
    CHECK(measured(db, partner, on(QDate(2027, 3, 1), ladder.program.id)).points == 300);
    CHECK(measured(db, partner, on(QDate(2027, 8, 31), ladder.program.id)).points == 450);
    CHECK(measured(db, partner, on(QDate(2027, 9, 1), ladder.program.id)).points == 1150);
    CHECK(measured(db, partner, on(QDate(2027, 9, 1), other.id)).points == 5000);
}

TEST_CASE("TierMetrics measureAll covers every partner and leaves deleted partners out", "[tier-metrics]")
{
    Test::TempDatabase temp;
    Database& db = temp.db();
    const CertDefinition cna = definition(db);
    QList<QByteArray> partners;
    for (int i = 0; i < 5; ++i) {
        partners.append(TrainingTest::partner(db, QStringLiteral("Partner %1").arg(i)));
        certifiedPeople(db, partners.last(), cna.id, i + 1);
    }
    requireOk(PartnerRepository(db).remove(partners.at(4)));
    TierMetrics metrics(db);
    const QHash<QByteArray, PartnerMetrics> all = requireOk(metrics.measureAll(on(QDate(2027, 6, 1))));
    CHECK(all.size() == 4);
    for (int i = 0; i < 4; ++i)
        CHECK(all.value(partners.at(i)).certifiedPeople == i + 1);
    CHECK_FALSE(all.contains(partners.at(4)));

    SECTION("cancel between queries")
    {
        const Result<QHash<QByteArray, PartnerMetrics>> stopped =
            metrics.measureAll(on(QDate(2027, 6, 1)), [] { return true; });
        REQUIRE_FALSE(stopped.ok());
        CHECK(stopped.error().code == Error::Code::Cancelled);
    }
}

TEST_CASE("TierMetrics on two threads and streamed measures exactly what one scan does", "[tier-metrics]")
{
    Test::TempDatabase temp;
    Database& db = temp.db();
    const CertDefinition cna = definition(db, QStringLiteral("CNA"), QStringLiteral("Networking"));
    const CertDefinition sec = definition(db, QStringLiteral("SEC"), QStringLiteral("Security"), 0); // never expires
    QList<QByteArray> partners;
    for (int i = 0; i < 9; ++i) {
        const QByteArray partner = TrainingTest::partner(db, QStringLiteral("Partner %1").arg(i));
        partners.append(partner);
        for (int person = 0; person <= i % 4; ++person) {
            const QByteArray who = contact(db, partner, QStringLiteral("P%1-%2").arg(i).arg(person));
            certified(db, who, cna.id, QDate(2027, 1, 1), QDate(2027, 7, 1).addDays(10 * i + 7 * person));
            if ((i + person) % 3 == 0)
                certified(db, who, sec.id, QDate(2027, 2, 1));
        }
        if (i % 2 == 0)
            wonDeal(db, partner, 1'000'00 * (i + 1), QDate(2027, 5, 1));
    }
    std::sort(partners.begin(), partners.end()); // the split is by id
    const TierMetrics::Options whole = on(QDate(2027, 7, 1));
    TierMetrics one(db);
    const QHash<QByteArray, PartnerMetrics> expected = requireOk(one.measureAll(whole));
    REQUIRE(expected.size() == 9);

    // Split before the first, in the middle, at the last and after every partner; streamed (as the engine walks
    // its members: deals and points first, each partner's certifications when asked) and all at once.
    const bool streamed = GENERATE(false, true);
    CAPTURE(streamed);
    for (const QByteArray& splitAt : { QByteArray(), partners.first(), partners.at(4), partners.last(),
                                       QByteArray(16, '\xff') }) {
        TierMetrics::Options options = whole;
        options.splitAt = splitAt;
        TierMetrics two(db);
        if (streamed) {
            requireOk(two.beginStreaming(options));
            for (const QByteArray& partner : partners) {
                requireOk(two.advanceTo(partner));
                REQUIRE(two.metricsOf(partner) != nullptr);
                CHECK(*two.metricsOf(partner) == expected.value(partner));
            }
        } else {
            CHECK(requireOk(two.measureAll(options)) == expected);
        }
        for (const QByteArray& partner : partners) {
            REQUIRE(two.metricsOf(partner) != nullptr);
            CHECK(*two.metricsOf(partner) == expected.value(partner));
            for (const QDate& day : { QDate(2027, 7, 15), QDate(2027, 8, 20), QDate(2030, 1, 1) }) {
                CHECK(two.certifiedOn(partner, day) == one.certifiedOn(partner, day));
                CHECK(two.certifiedOn(partner, day, QStringLiteral("Security"))
                      == one.certifiedOn(partner, day, QStringLiteral("Security")));
            }
            for (int needed = 1; needed <= 4; ++needed)
                CHECK(two.firstDayBelow(partner, needed) == one.firstDayBelow(partner, needed));
        }
    }
}
