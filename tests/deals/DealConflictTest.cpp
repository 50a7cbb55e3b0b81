// DR-04 similar registrations (same customer key or host AND a product in common AND the other one active) and
// DR-05 (one approved registration per opportunity; first submitted wins).
#include "DealTestSupport.h"
#include "support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace ChannelDesk;
using namespace ChannelDesk::Test;

namespace {

struct Fixture
{
    TempDatabase temp;
    QByteArray alpha = makePartner(temp.db(), QStringLiteral("Alpha Systems"), QStringLiteral("anna"));
    QByteArray beta = makePartner(temp.db(), QStringLiteral("Beta Networks"), QStringLiteral("bob"));
    DealRepository repo { temp.db() };

    Deal create(const QByteArray& partner, const QString& customer, const QStringList& products,
                const QString& domain = QString(), const QString& email = QString())
    {
        Deal d = registration(partner, customer, products, domain);
        d.customerContactEmail = email;
        const Result<Deal> created = repo.create(d, QStringLiteral("pat"));
        INFO((created.ok() ? QString() : created.error().message).toStdString());
        REQUIRE(created.ok());
        return created.value();
    }

    QList<SimilarDeal> similar(const Deal& d, const QDate& today = onDay(0).date())
    {
        const Result<QList<SimilarDeal>> found = repo.similar(d, today);
        REQUIRE(found.ok());
        return found.value();
    }
};

const QString core = QStringLiteral("SW-CORE-USR");
const QString support = QStringLiteral("SUP-STD");
const QString appliance = QStringLiteral("HW-APP-L");

} // namespace

TEST_CASE("DR-04 legal suffix and punctuation variants of one customer are similar", "[deals][conflict]")
{
    Fixture f;
    const Deal first = f.create(f.alpha, QStringLiteral("Acme, Inc."), { core });
    advance(f.repo, first.id, QStringLiteral("submitted"));
    const Deal second = f.create(f.beta, QStringLiteral("ACME Incorporated"), { core, support });

    const QList<SimilarDeal> found = f.similar(second);
    REQUIRE(found.size() == 1);
    CHECK(found[0].id == first.id);
    CHECK(found[0].number == first.number);
    CHECK(found[0].partnerName == QStringLiteral("Alpha Systems"));
    CHECK(found[0].customerName == QStringLiteral("Acme, Inc."));
    CHECK(found[0].status == QStringLiteral("submitted"));
    CHECK(found[0].submittedAt.isValid());
    CHECK(found[0].commonProducts == QStringList { core });
    CHECK(found[0].matchedOn == QStringLiteral("name"));
    CHECK(found[0].sameLegalEntity);
    CHECK_FALSE(found[0].blocksApproval);

    // An unsaved registration is checked the same way (the editor asks before saving).
    Deal unsaved = registration(f.beta, QStringLiteral("Acme Ltd."), { support, core });
    CHECK(f.similar(unsaved).size() == 1);
    // Itself never; and the draft is not active, so the first one sees nothing.
    CHECK(f.similar(first).isEmpty());
    // Other spellings of the same company.
    for (const QString& name : { QStringLiteral("acme corp"), QStringLiteral("Acme Corporation"), QStringLiteral("A.C.M.E."),
                                 QStringLiteral("Acme") }) {
        INFO(name.toStdString());
        unsaved.customerName = name;
        CHECK(f.similar(unsaved).size() == 1); // "A.C.M.E.": dots vanish, "acme"
    }
    unsaved.customerName = QStringLiteral("Acme Tools Inc");
    CHECK(f.similar(unsaved).isEmpty());
}

TEST_CASE("DR-04 the same website or e-mail host is similar - webmail hosts are not", "[deals][conflict]")
{
    Fixture f;
    const Deal globex = f.create(f.alpha, QStringLiteral("Globex Holdings"), { core }, QStringLiteral("https://www.globex.com/en"));
    advance(f.repo, globex.id, QStringLiteral("under_review"));
    const Deal viaEmail = f.create(f.beta, QStringLiteral("GBX Corporation"), { core }, QString(), QStringLiteral("buyer@Globex.com"));
    QList<SimilarDeal> found = f.similar(viaEmail);
    REQUIRE(found.size() == 1);
    CHECK(found[0].id == globex.id);
    CHECK(found[0].matchedOn == QStringLiteral("domain"));

    const Deal gmailOne = f.create(f.alpha, QStringLiteral("Initech"), { core }, QString(), QStringLiteral("peter@gmail.com"));
    advance(f.repo, gmailOne.id, QStringLiteral("submitted"));
    const Deal gmailTwo = f.create(f.beta, QStringLiteral("Umbrella"), { core }, QString(), QStringLiteral("alice@gmail.com"));
    CHECK(f.similar(gmailTwo).isEmpty());
    CHECK(countRows(f.temp.db(), QStringLiteral("SELECT count(*) FROM deal WHERE customer_host = 'gmail.com'")) == 0);
}

TEST_CASE("DR-04 accents and Vietnamese legal forms do not hide a similar registration", "[deals][conflict]")
{
    Fixture f;
    const Deal vn = f.create(f.alpha, QStringLiteral("Công ty TNHH Ánh Dương"), { appliance });
    advance(f.repo, vn.id, QStringLiteral("pending_approval"));
    const Deal en = f.create(f.beta, QStringLiteral("Anh Duong Co., Ltd."), { appliance });
    const QList<SimilarDeal> found = f.similar(en);
    REQUIRE(found.size() == 1);
    CHECK(found[0].id == vn.id);
    CHECK(found[0].matchedOn == QStringLiteral("name"));
    CHECK(found[0].sameLegalEntity); // TNHH is "Co., Ltd."
    CHECK(found[0].status == QStringLiteral("pending_approval"));
}

TEST_CASE("DR-04 Acme Inc vs Acme GmbH is shown as another legal entity and never merged", "[deals][conflict]")
{
    Fixture f;
    const Deal inc = f.create(f.alpha, QStringLiteral("Acme Inc"), { core });
    advance(f.repo, inc.id, QStringLiteral("submitted"));
    const Deal gmbh = f.create(f.beta, QStringLiteral("Acme GmbH"), { core });
    advance(f.repo, gmbh.id, QStringLiteral("submitted"));
    const qint64 outboxBefore = countRows(f.temp.db(), QStringLiteral("SELECT count(*) FROM sync_outbox"));

    const QList<SimilarDeal> found = f.similar(gmbh);
    REQUIRE(found.size() == 1);
    CHECK(found[0].id == inc.id);
    CHECK_FALSE(found[0].sameLegalEntity);
    // Looking changes nothing: two deals, their own names, no write.
    CHECK(f.repo.get(inc.id)->customerName == QStringLiteral("Acme Inc"));
    CHECK(f.repo.get(gmbh.id)->customerName == QStringLiteral("Acme GmbH"));
    CHECK(countRows(f.temp.db(), QStringLiteral("SELECT count(*) FROM deal")) == 2);
    CHECK(countRows(f.temp.db(), QStringLiteral("SELECT count(*) FROM sync_outbox")) == outboxBefore);
}

TEST_CASE("DR-04 no product in common - no conflict", "[deals][conflict]")
{
    Fixture f;
    const Deal first = f.create(f.alpha, QStringLiteral("Acme Inc"), { core, support });
    advance(f.repo, first.id, QStringLiteral("submitted"));
    Deal other = f.create(f.beta, QStringLiteral("Acme Inc"), { appliance });
    CHECK(f.similar(other).isEmpty());
    other.lineItems.append(line(support, 1, 100)); // the editor's unsaved lines count
    other.amount.minor = other.lineItemsTotalMinor();
    const QList<SimilarDeal> found = f.similar(other);
    REQUIRE(found.size() == 1);
    CHECK(found[0].commonProducts == QStringList { support });
}

TEST_CASE("DR-04 an inactive other registration is no conflict", "[deals][conflict]")
{
    Fixture f;
    const Deal probe = f.create(f.beta, QStringLiteral("Acme Inc"), { core });
    const Deal draft = f.create(f.alpha, QStringLiteral("Acme Inc"), { core });
    CHECK(f.similar(probe).isEmpty()); // draft: not yet active

    const Deal canceled = f.create(f.alpha, QStringLiteral("Acme Inc"), { core });
    advance(f.repo, canceled.id, QStringLiteral("submitted"));
    REQUIRE(f.repo.transition(canceled.id, DealAction::Cancel, by(QStringLiteral("anna"), onDay(0), QStringLiteral("Lost interest"))).ok());
    const Deal rejected = f.create(f.alpha, QStringLiteral("Acme Inc"), { core });
    advance(f.repo, rejected.id, QStringLiteral("under_review"));
    REQUIRE(f.repo.transition(rejected.id, DealAction::Reject, by(QStringLiteral("anna"), onDay(0), QStringLiteral("No"))).ok());
    CHECK(f.similar(probe).isEmpty());

    const Deal deleted = f.create(f.alpha, QStringLiteral("Acme Inc"), { core });
    REQUIRE(f.repo.remove(deleted.id, QStringLiteral("pat")).ok());
    CHECK(f.similar(probe).isEmpty());

    // Approved: active through its expiry day, not after.
    const Deal approved = advance(f.repo, f.create(f.alpha, QStringLiteral("Acme Inc"), { core }).id, QStringLiteral("approved"));
    REQUIRE(approved.expiresOn.isValid());
    QList<SimilarDeal> found = f.similar(probe, approved.expiresOn);
    REQUIRE(found.size() == 1);
    CHECK(found[0].id == approved.id);
    CHECK(found[0].blocksApproval);
    CHECK(found[0].expiresOn == approved.expiresOn);
    CHECK(f.similar(probe, approved.expiresOn.addDays(1)).isEmpty());
    Q_UNUSED(draft);
}

TEST_CASE("DR-05 an approved unexpired registration blocks approving another for the same opportunity", "[deals][conflict][approval]")
{
    Fixture f;
    const Deal winner = f.create(f.alpha, QStringLiteral("Acme Inc"), { core });
    const Deal approved = advance(f.repo, winner.id, QStringLiteral("approved"), onDay(0));
    const Deal second = f.create(f.beta, QStringLiteral("ACME, Inc."), { core, support });
    advance(f.repo, second.id, QStringLiteral("pending_approval"), onDay(1));

    const auto refused = f.repo.transition(second.id, DealAction::Approve, by(QStringLiteral("bob"), onDay(2)));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message
          == QStringLiteral("%1 for the same customer and products is approved and protected until %2; this registration "
                            "cannot be approved before then.")
                 .arg(approved.number, QLocale().toString(approved.expiresOn, QLocale::ShortFormat)));
    CHECK(f.repo.get(second.id)->status == QStringLiteral("pending_approval"));
    // A different legal entity with the same products is still the same opportunity for DR-05.
    const Deal gmbh = f.create(f.beta, QStringLiteral("Acme GmbH"), { core });
    advance(f.repo, gmbh.id, QStringLiteral("pending_approval"), onDay(1));
    CHECK_FALSE(f.repo.transition(gmbh.id, DealAction::Approve, by(QStringLiteral("bob"), onDay(2))).ok());

    // On the expiry day the first is still protected; the day after, the second can be approved.
    const QDateTime expiryDay(approved.expiresOn, QTime(12, 0));
    CHECK_FALSE(f.repo.transition(second.id, DealAction::Approve, by(QStringLiteral("bob"), expiryDay.toUTC())).ok());
    const auto later = f.repo.transition(second.id, DealAction::Approve, by(QStringLiteral("bob"), expiryDay.addDays(1).toUTC()));
    INFO((later.ok() ? QString() : later.error().message).toStdString());
    REQUIRE(later.ok());
    CHECK(later->status == QStringLiteral("approved"));
}

TEST_CASE("DR-05 first submitted wins - a later registration waits for the earlier one's decision", "[deals][conflict][approval]")
{
    Fixture f;
    const Deal early = f.create(f.alpha, QStringLiteral("Acme Inc"), { core });
    advance(f.repo, early.id, QStringLiteral("submitted"), onDay(0, 9));
    const Deal late = f.create(f.beta, QStringLiteral("Acme"), { core });
    advance(f.repo, late.id, QStringLiteral("submitted"), onDay(0, 10));
    advance(f.repo, late.id, QStringLiteral("pending_approval"), onDay(1));
    advance(f.repo, early.id, QStringLiteral("under_review"), onDay(1));

    const auto waiting = f.repo.transition(late.id, DealAction::Approve, by(QStringLiteral("bob"), onDay(2)));
    REQUIRE_FALSE(waiting.ok());
    CHECK(waiting.error().message.startsWith(early.number + QStringLiteral(" for the same customer and products was submitted earlier")));
    CHECK(waiting.error().message.endsWith(QStringLiteral("the first submitted registration is decided first.")));

    SECTION("the earlier one approved: the later one is blocked by it")
    {
        advance(f.repo, early.id, QStringLiteral("approved"), onDay(2));
        const auto blocked = f.repo.transition(late.id, DealAction::Approve, by(QStringLiteral("bob"), onDay(3)));
        REQUIRE_FALSE(blocked.ok());
        CHECK(blocked.error().message.contains(QStringLiteral("is approved and protected until")));
    }
    SECTION("the earlier one rejected: the later one can be approved")
    {
        REQUIRE(f.repo.transition(early.id, DealAction::Reject, by(QStringLiteral("anna"), onDay(2), QStringLiteral("Not qualified"))).ok());
        CHECK(f.repo.transition(late.id, DealAction::Approve, by(QStringLiteral("bob"), onDay(3)))->status
              == QStringLiteral("approved"));
    }
    SECTION("the earlier one still a draft elsewhere does not count - only submissions do")
    {
        const Deal draft = f.create(f.alpha, QStringLiteral("Acme"), { core });
        CHECK(draft.status == QStringLiteral("draft"));
        REQUIRE(f.repo.transition(early.id, DealAction::Cancel, by(QStringLiteral("anna"), onDay(2), QStringLiteral("Withdrawn"))).ok());
        CHECK(f.repo.transition(late.id, DealAction::Approve, by(QStringLiteral("bob"), onDay(3))).ok());
    }
}

TEST_CASE("DR-04 the similar-registrations query uses indexes only", "[deals][conflict][performance]")
{
    // ≤ 5 ms among a million deals needs index lookups only: the two key indexes for candidates, the deal_product
    // index for the common products, the partner id index for the name. No SCAN of deal, deal_product or partner.
    Fixture f;
    QSqlQuery analyze(f.temp.db().connection());
    REQUIRE(analyze.exec(QStringLiteral("ANALYZE")));
    QSqlQuery q(f.temp.db().connection());
    REQUIRE(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + DealRepository::similarSql()));
    q.addBindValue(QStringLiteral("[\"SW-CORE-USR\"]"));
    q.addBindValue(QStringLiteral("acme"));
    q.addBindValue(QStringLiteral("acme.com"));
    q.addBindValue(QByteArray(16, '\1'));
    q.addBindValue(QStringLiteral("[\"SW-CORE-USR\"]"));
    REQUIRE(q.exec());
    QStringList plan;
    while (q.next())
        plan.append(q.value(3).toString());
    INFO(plan.join(QLatin1Char('\n')).toStdString());
    const QString text = plan.join(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("deal_by_customer_key")));
    CHECK(text.contains(QStringLiteral("deal_by_customer_host")));
    CHECK(text.contains(QStringLiteral("deal_product_by_deal")));
    for (const QString& line : plan) {
        if (line.startsWith(QLatin1String("SCAN")))
            CHECK((line.contains(QLatin1String("json_each")) || line.contains(QLatin1String("SUBQUERY"))));
    }

    QSqlQuery expiry(f.temp.db().connection());
    // expireDue's statement.
    REQUIRE(expiry.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM deal INDEXED BY deal_by_expiry WHERE deleted_at "
                                       "IS NULL AND status = 'approved' AND expires_on < '2026-01-01' ORDER BY expires_on")));
    QString expiryPlan;
    while (expiry.next())
        expiryPlan += expiry.value(3).toString() + QLatin1Char('\n');
    INFO(expiryPlan.toStdString());
    CHECK(expiryPlan.contains(QStringLiteral("deal_by_expiry (expires_on<?)")));
    CHECK_FALSE(expiryPlan.contains(QStringLiteral("TEMP B-TREE")));
}
