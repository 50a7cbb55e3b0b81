#include "SampleData.h"

#include "common/Money.h"
#include "deals/DealRepository.h"
#include "deals/DealSettings.h"
#include "mdf/MdfBudgetRepository.h"
#include "mdf/MdfClaimRepository.h"
#include "mdf/MdfRequestRepository.h"
#include "mdf/MdfSettings.h"
#include "mdf/MdfValidator.h"
#include "partners/PartnerRepository.h"
#include "storage/Transaction.h"
#include "storage/Database.h"
#include "tools/BulkLoader.h"
#include "tools/DataGenerator.h"
#include "tools/TrainingGenerator.h"
#include "training/CertificationRepository.h"
#include "training/TierEngine.h"
#include "training/TierEvaluator.h"
#include "training/TierMetrics.h"
#include "training/TierProgramRepository.h"
#include "training/TrainingCatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace ChannelDesk::SampleData {

namespace {
struct SampleTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::SampleData)
};
// Walks a sample registration through the real workflow (DealRepository), so its history, outbox entries and
// dates are what a user's would be and the server's workflow check accepts them at sync.
Status walk(DealRepository& deals, const Deal& created, int steps, const QDateTime& start)
{
    const QList<DealAction> path { DealAction::Submit, DealAction::StartReview, DealAction::SendForApproval,
                                   DealAction::Approve };
    QDateTime at = start;
    const int forward = steps == 8 ? 0 : qMin(steps, 4); // 8 = rejected in review, below
    for (int i = 0; i < forward; ++i) {
        at = at.addSecs(3600 * (6 + (created.number.size() + i) % 30)); // hours to days between steps
        TransitionInput input { created.cam, {}, {}, at };
        if (Result<Deal> moved = deals.transition(created.id, path[i], input); !moved)
            return moved.error();
    }
    if (steps == 5 || steps == 6 || steps == 7) {
        TransitionInput input { created.cam, {}, {}, std::min(at.addDays(2), QDateTime::currentDateTimeUtc()) };
        Result<Deal> opportunity = deals.convert(created.id, input);
        if (!opportunity)
            return opportunity.error();
        if (steps == 6 || steps == 7) {
            TransitionInput close { created.cam, steps == 7 ? SampleTr::tr("Customer chose a competitor") : QString(),
                                    {}, std::min(at.addDays(20), QDateTime::currentDateTimeUtc()) };
            if (Result<Deal> closed = deals.transition(opportunity->id, steps == 6 ? DealAction::MarkWon : DealAction::MarkLost, close); !closed)
                return closed.error();
        }
    } else if (steps == 8) {
        TransitionInput input { created.cam, SampleTr::tr("End customer already covered by a direct account"), {}, at };
        // Rejected in review: submit and start review first.
        for (DealAction action : { DealAction::Submit, DealAction::StartReview }) {
            if (Result<Deal> moved = deals.transition(created.id, action, { created.cam, {}, {}, at }); !moved)
                return moved.error();
        }
        if (Result<Deal> moved = deals.transition(created.id, DealAction::Reject, input); !moved)
            return moved.error();
    }
    return {};
}

// Two sample deals for most sample partners: end customers are other generated companies, line items from the sample
// catalogue, statuses spread over the workflow (step count = index % 9).
Status loadDeals(Database& db, const DataGenerator& generator, int partners)
{
    DealSettings settings(db);
    if (Status status = settings.ensureSampleCatalogue(); !status)
        return status;
    const Result<QList<Product>> products = settings.products(true);
    if (!products)
        return products.error();
    if (products->isEmpty())
        return {};
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun();
    DealRepository deals(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int count = qMin(partners, 200) * 2;
    for (int i = 0; i < count; ++i) {
        const Partner partner = generator.partner(i / 2);
        const Partner customer = generator.partner(100000 + i); // another generated company, as the end customer
        Deal deal;
        deal.partnerId = partner.id;
        deal.customerName = customer.legalName.isEmpty() ? customer.name : customer.legalName;
        deal.customerDomain = customer.website;
        deal.customerCountry = customer.country;
        deal.customerCity = customer.city;
        deal.salesStage = salesStages()[i % salesStages().size()].code;
        deal.expectedClose = now.date().addDays(-60 + (i * 37) % 420);
        deal.description = SampleTr::tr("Sample registration");
        const Product& first = products->at(i % products->size());
        deal.amount.currency = first.currency;
        for (int line = 0; line < 1 + i % 3; ++line) {
            const Product& product = products->at((i + line * 5) % products->size());
            if (product.currency != deal.amount.currency)
                continue;
            deal.lineItems.append({ product.code, product.name, 1 + (i + line) % 20, product.listPriceMinor });
        }
        const QDateTime start = now.addDays(-90 + i % 80);
        deal.createdAt = start;
        Result<Deal> created = deals.create(deal, partner.owner);
        if (!created)
            return created.error();
        if (Status status = walk(deals, created.value(), i % 9, start); !status)
            return status;
    }
    return transaction.commit();
}

// ---------------------------------------------------------------------------------------------------------------
// Market development funds (issue 5): three budgets owned by the user (so the approvals queue has work), quarterly
// allocations for the first sample partners, and 40 fund requests walked through the real repositories' workflow
// (every step an outbox entry and a history event, as the user's own would be): drafts, submissions, requests for
// information, approvals with per-line decisions, rejections, claims with receipts, payments and closures.

struct MdfRegion
{
    const char* currency;
    qint64 budgetMajor;
    qint64 allocationMajor;
    qint64 lineMajor; ///< a typical cost line
};

/// Vietnam in VND, Europe in EUR, everyone else in USD (a co-op budget).
int regionOf(const QString& country)
{
    if (country == QLatin1String("VN"))
        return 0;
    static const QStringList europe { QStringLiteral("DE"), QStringLiteral("AT"), QStringLiteral("CH"), QStringLiteral("FR"),
                                      QStringLiteral("BE"), QStringLiteral("GB") };
    return europe.contains(country) ? 1 : 2;
}

qint64 minorOf(qint64 major, const QString& currency)
{
    qint64 scale = 1;
    for (int i = qMax(0, Money::minorDigits(currency)); i > 0; --i)
        scale *= 10;
    return major * scale;
}

QDate quarterStart(const QDate& day)
{
    return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
}

QString quarterLabel(const QDate& start)
{
    return QStringLiteral("%1-Q%2").arg(start.year()).arg((start.month() - 1) / 3 + 1);
}

Status loadMdf(Database& db, const DataGenerator& generator, int partners)
{
    const int funded = qMin(partners, 12);
    if (funded == 0)
        return {};
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun();
    const QString me = MdfSettings(db).me();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = now.date();
    // A year of funds around today: two quarters back, the current one, one ahead.
    const QDate current = quarterStart(today);
    const QDate previous = current.addMonths(-3);
    const QDate first = current.addMonths(-6);
    const QDate last = first.addMonths(12).addDays(-1);
    const MdfActionInput setup { me, {}, QDateTime(first.addDays(-20), QTime(9, 0), QTimeZone::utc()) };

    // Sized so that no allocation is overdrawn (MDF-02) and Σ allocations stays within each budget (MDF-01).
    static const MdfRegion regions[] = { { "VND", 50'000'000'000, 1'200'000'000, 30'000'000 },
                                         { "EUR", 2'000'000, 50'000, 1'200 },
                                         { "USD", 2'000'000, 50'000, 1'200 } };
    const QStringList budgetNames { SampleTr::tr("Partner Marketing – Vietnam"), SampleTr::tr("Partner Marketing – Europe"),
                                    SampleTr::tr("Co-op – Americas and Asia-Pacific") };
    MdfBudgetRepository budgets(db);
    QList<MdfBudget> made;
    for (int region = 0; region < 3; ++region) {
        MdfBudget b;
        b.name = budgetNames.at(region);
        b.program = region == 2 ? SampleTr::tr("Co-op %1").arg(first.year()) : SampleTr::tr("Partner Marketing FY%1").arg(first.year());
        b.periodStart = first;
        b.periodEnd = last;
        b.amount = { minorOf(regions[region].budgetMajor, QString::fromLatin1(regions[region].currency)),
                     QString::fromLatin1(regions[region].currency) };
        b.owner = me;
        b.vendorShareBp = 5000;
        b.claimDays = 90;
        Result<MdfBudget> created = budgets.createBudget(b, setup);
        if (!created)
            return created.error();
        made.append(created.value());
    }
    // Two quarters for each of the first sample partners: the last one (activities done, claims coming in) and this one.
    QList<std::array<MdfAllocation, 2>> allocations;
    QList<Partner> partnersOf;
    for (int i = 0; i < funded; ++i) {
        const Partner partner = generator.partner(i);
        const MdfBudget& budget = made.at(regionOf(partner.country));
        std::array<MdfAllocation, 2> pair;
        for (int q = 0; q < 2; ++q) {
            MdfAllocation a;
            a.budgetId = budget.id;
            a.partnerId = partner.id;
            a.period = quarterLabel(q == 0 ? previous : current);
            a.amount = { minorOf(regions[regionOf(partner.country)].allocationMajor * (3 + i % 3) / 3, budget.amount.currency),
                         budget.amount.currency };
            Result<MdfAllocation> created = budgets.createAllocation(a, setup);
            if (!created)
                return created.error();
            pair[std::size_t(q)] = created.value();
        }
        allocations.append(pair);
        partnersOf.append(partner);
    }

    const QStringList titles { SampleTr::tr("Customer roadshow"), SampleTr::tr("Security webinar series"),
                               SampleTr::tr("Paid search campaign"), SampleTr::tr("Trade show booth"),
                               SampleTr::tr("Sales training day"), SampleTr::tr("Customer appreciation evening"),
                               SampleTr::tr("Co-branded solution brochure"), SampleTr::tr("LinkedIn lead generation"),
                               SampleTr::tr("Telemarketing sprint"), SampleTr::tr("Cloud migration workshop") };
    const QStringList costs { SampleTr::tr("Venue hire"), SampleTr::tr("Catering"), SampleTr::tr("Online advertising"),
                              SampleTr::tr("Printed material"), SampleTr::tr("Agency fees") };
    MdfRequestRepository requests(db);
    MdfClaimRepository claims(db);
    const auto at = [](const QDate& day, int hour) { return QDateTime(day, QTime(hour, 0), QTimeZone::utc()); };
    for (int i = 0; i < 40; ++i) {
        const int scenario = i % 10;
        const bool claimed = scenario == 4 || scenario == 6 || scenario == 7 || scenario == 8 || (scenario == 9 && i != 9);
        const int p = i % funded;
        const Partner& partner = partnersOf.at(p);
        const MdfAllocation& allocation = allocations.at(p)[claimed || i % 3 != 0 ? 0 : 1];
        const MdfBudget& budget = made.at(regionOf(partner.country));
        const QString currency = budget.amount.currency;
        const qint64 line = regions[regionOf(partner.country)].lineMajor;
        const QString partnerActor = partner.name;

        // An activity in the first weeks of its quarter; written three weeks before it (or lately, for this quarter's).
        QDate quarter;
        MdfValidator::parsePeriod(allocation.period, &quarter);
        const QDate start = quarter.addDays(3 + (i * 7) % 40);
        const QDate end = start.addDays(i % 4);
        QDateTime created = at(start.addDays(-21), 9 + i % 8);
        if (created > now.addDays(-6))
            created = now.addDays(-6 - i % 5);

        MdfRequest r;
        r.allocationId = allocation.id;
        r.partnerId = partner.id;
        r.title = titles.at(i % titles.size());
        r.activityType = mdfActivityTypes().at(i % 8).code;
        r.campaign = SampleTr::tr("%1 demand generation").arg(quarterLabel(quarter));
        r.description = SampleTr::tr("Sample fund request");
        r.expectedOutcome = SampleTr::tr("%n qualified leads", nullptr, 10 + i * 3);
        r.startDate = start;
        r.endDate = end;
        r.vendorShareBp = 0; // the budget's
        for (int l = 0; l < 1 + i % 3; ++l) {
            MdfRequestLine requestLine;
            requestLine.description = costs.at((i + l) % costs.size());
            requestLine.requestedMinor = minorOf(line * (2 + (i + l * 3) % 5) / 2, currency);
            r.lines.append(requestLine);
        }
        r.requested = { r.linesRequestedMinor(), currency };
        Result<MdfRequest> request = requests.create(r, MdfActionInput { partnerActor, {}, created });
        if (!request)
            return request.error();
        const QByteArray id = request->id;
        if (scenario == 0)
            continue; // a draft
        const QDateTime submitted = created.addDays(1);
        if (Result<MdfRequest> s = requests.transition(id, MdfRequestAction::Submit, { partnerActor, {}, submitted }); !s)
            return s.error();
        const QDateTime decided = submitted.addDays(2).addSecs(3600 * (i % 5));
        if (scenario == 1)
            continue; // waiting for the user's decision
        if (scenario == 2) {
            if (Result<MdfRequest> s = requests.transition(id, MdfRequestAction::RequestInfo,
                                                           { me, SampleTr::tr("Please add the agenda and the expected attendance."), decided });
                !s)
                return s.error();
            continue;
        }
        if (scenario == 5 || i == 9) {
            const bool decline = i == 9;
            if (Result<MdfRequest> s = requests.transition(id, decline ? MdfRequestAction::Decline : MdfRequestAction::Reject,
                                                           { me, decline ? SampleTr::tr("Activity type not eligible for this programme.")
                                                                         : SampleTr::tr("Costs are above the programme's guidelines; please revise."),
                                                             decided });
                !s)
                return s.error();
            continue;
        }
        // Approve: in full, or the first line cut (MDF-06) for a partial approval.
        QList<MdfLineDecision> decisions;
        if (scenario == 4 && request->lines.size() > 0) {
            const MdfRequestLine& cut = request->lines.first();
            decisions.append({ cut.key, QStringLiteral("changed"), cut.requestedMinor * 3 / 5,
                               SampleTr::tr("Reduced to the programme's rate card") });
        }
        Result<MdfRequest> approved = requests.approve(id, decisions, { me, {}, decided });
        if (!approved)
            return approved.error();
        if (!claimed)
            continue;

        // A claim for 40 % of what was approved (the vendor's 50 % share caps it), with a receipt.
        const qint64 claimMinor = *approved->approvedMinor * 2 / 5;
        MdfClaim c;
        c.requestId = id;
        c.title = SampleTr::tr("%1 – invoices (%2)").arg(r.title, approved->number);
        c.lines.append({ costs.at(i % costs.size()), claimMinor - claimMinor / 3, end, {} });
        c.lines.append({ costs.at((i + 1) % costs.size()), claimMinor / 3, end, {} });
        c.amount = { claimMinor, currency };
        const QDateTime claimAt = at(end.addDays(3), 10);
        Result<MdfClaim> claim = claims.create(c, { partnerActor, {}, claimAt });
        if (!claim)
            return claim.error();
        const QByteArray receipt = SampleTr::tr("Sample receipt\nClaim %1\nAmount %2\n")
                                       .arg(claim->number, Money { claimMinor, currency }.toPlainString() + QLatin1Char(' ') + currency)
                                       .toUtf8();
        if (Result<MdfAttachment> a = claims.addAttachment(claim->id, SampleTr::tr("receipt-%1.txt").arg(claim->number),
                                                           QStringLiteral("text/plain"), receipt, QStringLiteral("receipt"),
                                                           { partnerActor, {}, claimAt.addSecs(600) });
            !a)
            return a.error();
        const QDateTime claimSubmitted = claimAt.addDays(1);
        if (Result<MdfClaim> s = claims.transition(claim->id, MdfClaimAction::Submit, { partnerActor, {}, claimSubmitted }); !s)
            return s.error();
        if (scenario == 4)
            continue; // waiting for the user's decision
        const QDateTime claimDecided = claimSubmitted.addDays(3);
        if (scenario == 9) {
            if (Result<MdfClaim> s = claims.transition(claim->id, MdfClaimAction::Return,
                                                       { me, SampleTr::tr("Please attach proof of performance (photos, attendee list)."),
                                                         claimDecided });
                !s)
                return s.error();
            continue;
        }
        if (Result<MdfClaim> s = claims.approve(claim->id, claimMinor, { me, {}, claimDecided }); !s)
            return s.error();
        // Payments: part of it (6), all of it in two instalments (7, 8); then 8 is closed.
        const QList<qint64> instalments = scenario == 6 ? QList<qint64> { claimMinor / 2 }
                                                        : QList<qint64> { claimMinor / 2, claimMinor - claimMinor / 2 };
        QDateTime paidAt = claimDecided;
        for (int k = 0; k < instalments.size(); ++k) {
            paidAt = paidAt.addDays(10);
            MdfPayment payment;
            payment.claimId = claim->id;
            payment.amount = { instalments.at(k), currency };
            payment.paidOn = paidAt.date();
            payment.method = k == 0 ? QStringLiteral("bank_transfer") : QStringLiteral("credit_note");
            payment.reference = QStringLiteral("PAY-%1-%2").arg(claim->number).arg(k + 1);
            if (Result<MdfPayment> paid = claims.recordPayment(payment, { me, {}, paidAt }); !paid)
                return paid.error();
        }
        if (scenario == 8) {
            if (Result<MdfRequest> s = requests.transition(id, MdfRequestAction::Close, { me, {}, paidAt.addDays(1) }); !s)
                return s.error();
        }
    }
    return transaction.commit();
}

// ---------------------------------------------------------------------------------------------------------------
// Training and tiers (issue 6): the generator's catalogue (40 courses, 20 certification definitions in five tracks) and
// its four-level program, created through the real repositories (every record syncs); every partner enrolled at the
// level of its tier; certifications for the people of the first 120 partners with their prerequisite courses, spread
// so that some expire within 30 days, some have expired, some were renewed and some are in progress; a few points;
// then one tier evaluation, so the review queue has upgrade proposals (and demotion reviews with their reasons).

/// Completes `code` for a person on `day`, its own prerequisites first (a week apart), unless done already.
Status complete(CertificationRepository& certs, const QHash<QString, Course>& courses, const QByteArray& contactId,
                const QString& code, const QDate& day, QSet<QString>& done, const TrainingAction& action)
{
    if (done.contains(code))
        return {};
    const Course& course = courses.value(code);
    for (const QByteArray& prerequisite : course.prerequisites) {
        for (auto it = courses.cbegin(); it != courses.cend(); ++it) {
            if (it->id == prerequisite) {
                if (Status s = complete(certs, courses, contactId, it.key(), day.addDays(-7), done, action); !s)
                    return s;
            }
        }
    }
    CourseCompletion completion;
    completion.contactId = contactId;
    completion.courseId = course.id;
    completion.completedOn = day;
    completion.score = 72 + (day.day() * 7) % 28;
    if (Result<CourseCompletion> made = certs.recordCompletion(completion, action); !made)
        return made.error();
    done.insert(code);
    return {};
}

/// Sets each sample partner's tier to the level code it qualifies for on its data, with the drift described where
/// loadTraining calls it (TIER-03 without the no-skipping limit: the program has been running). One transaction.
Status placeAtQualifyingLevel(Database& db, const DataGenerator& generator, int partners, const TierProgram& program)
{
    TierProgramRepository programs(db);
    const Result<QList<TierLevel>> ladder = programs.levels(program.id);
    if (!ladder)
        return ladder.error();
    if (ladder->isEmpty())
        return {};
    TierMetrics::Options options;
    options.asOf = QDate::currentDate();
    options.certificationsOn = options.asOf;
    options.currency = program.currency;
    options.programId = program.id;
    TierMetrics metrics(db);
    const Result<QHash<QByteArray, PartnerMetrics>> measured = metrics.measureAll(options);
    if (!measured)
        return measured.error();
    const int top = static_cast<int>(ladder->size()) - 1;
    PartnerRepository repository(db);
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun();
    for (int i = 0; i < partners; ++i) {
        const QByteArray id = generator.partner(i).id;
        int place = TierEvaluator::evaluate(ladder.value(), measured->value(id), top).qualifyingIndex;
        if (i % 12 == 5)
            place = qMin(top, place + 1); // above its data: a demotion review
        else if (i % 12 == 11)
            place = qMax(-1, place - 1); // below: an upgrade proposal
        const QString code = place >= 0 ? ladder->at(place).code : QString();
        Result<Partner> partner = repository.get(id);
        if (!partner)
            return partner.error();
        if (partner->tier == code)
            continue;
        Partner placed = partner.value();
        placed.tier = code;
        if (Result<bool> saved = repository.update(placed, false); !saved)
            return saved.error();
    }
    return transaction.commit();
}

Status loadTraining(Database& db, const DataGenerator& generator, int partners)
{
    if (partners == 0)
        return {};
    const TrainingGenerator::Standard standard = TrainingGenerator::standard();
    const QString me = DealSettings(db).me();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = QDate::currentDate();
    const TrainingAction action { me, {}, now };

    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun();
    TrainingCatalog catalog(db);
    QHash<QString, Course> courses;
    for (qsizetype i = 0; i < standard.courses.size(); ++i) {
        Course course = standard.courses.at(i);
        for (const QString& code : standard.coursePrerequisites.at(i))
            course.prerequisites.append(courses.value(code).id);
        Result<Course> made = catalog.createCourse(course);
        if (!made)
            return made.error();
        courses.insert(made->code, made.value());
    }
    QList<CertDefinition> definitions;
    QHash<QByteArray, QStringList> prerequisiteCodes;
    for (qsizetype i = 0; i < standard.definitions.size(); ++i) {
        CertDefinition definition = standard.definitions.at(i);
        for (const QString& code : standard.definitionPrerequisites.at(i))
            definition.prerequisites.append(courses.value(code).id);
        Result<CertDefinition> made = catalog.createDefinition(definition);
        if (!made)
            return made.error();
        definitions.append(made.value());
        prerequisiteCodes.insert(made->id, standard.definitionPrerequisites.at(i));
    }

    TierProgramRepository programs(db);
    Result<TierProgram> program = programs.createProgram(standard.program);
    if (!program)
        return program.error();
    for (TierLevel level : standard.levels) {
        level.programId = program->id;
        if (Result<TierLevel> made = programs.createLevel(level); !made)
            return made.error();
    }
    if (Status s = transaction.commit(); !s)
        return s;

    Transaction people(db);
    if (!people.begun())
        return people.begun();
    CertificationRepository certs(db);
    // Associates are what most people hold; the tracks the Gold and Platinum levels ask for come first.
    static const char* const popular[] = { "CNA", "CSA", "CCA", "CNP", "CSP", "DCF", "CUA", "CFS", "CKS", "DCP" };
    const auto definitionByCode = [&definitions](const char* code) -> const CertDefinition& {
        for (const CertDefinition& d : definitions) {
            if (d.code == QLatin1String(code))
                return d;
        }
        return definitions.first();
    };
    const int certified = qMin(partners, 300); // a tier needs at least one certified person (TIER-03)
    int person = 0;
    for (int p = 0; p < certified; ++p) {
        const Partner partner = generator.partner(p);
        const int contactCount = 1 + p % 4; // as load() adds them
        const QList<Contact> contacts = generator.contacts(partner, p, contactCount);
        for (const Contact& contact : contacts) {
            QSet<QString> done;
            QSet<int> chosen;
            const int held = 1 + (person % 3 == 0 ? 1 : 0);
            for (int k = 0; k < held; ++k, ++person) {
                int pick = (person * 7 + k * 3) % 10;
                while (chosen.contains(pick)) // one live certificate per person and definition
                    pick = (pick + 1) % 10;
                chosen.insert(pick);
                const CertDefinition& def = definitionByCode(popular[pick]);
                const int months = qMax(1, def.validityMonths);
                const int scenario = person % 10;
                // 0: expiring within 30 days; 1: expired; 2: renewed in its window this week; 3: in progress;
                // else active.
                QDate acquired;
                if (scenario == 0 && def.validityMonths > 0)
                    acquired = today.addDays(3 + person % 25).addMonths(-months);
                else if (scenario == 1 && def.validityMonths > 0)
                    acquired = today.addDays(-(15 + person % 150)).addMonths(-months);
                else if (scenario == 2 && def.validityMonths > 0)
                    acquired = today.addDays(10 + person % 30).addMonths(-months);
                else
                    acquired = today.addDays(-(20 + (person * 37) % qMax(30, months * 30 - 90)));
                if (scenario == 3) {
                    Certification attempt;
                    attempt.contactId = contact.id;
                    attempt.definitionId = def.id;
                    attempt.status = QStringLiteral("in_progress");
                    attempt.startedOn = today.addDays(-(3 + person % 40));
                    if (Result<Certification> made = certs.create(attempt, action); !made)
                        return made.error();
                    continue;
                }
                for (const QString& code : prerequisiteCodes.value(def.id)) {
                    if (Status s = complete(certs, courses, contact.id, code, acquired.addDays(-30), done, action); !s)
                        return s;
                }
                Certification cert;
                cert.contactId = contact.id;
                cert.definitionId = def.id;
                cert.status = QStringLiteral("active");
                cert.startedOn = acquired.addDays(-14);
                cert.acquiredOn = acquired;
                cert.certificateId = QStringLiteral("%1-%2-%3").arg(def.code).arg(acquired.year()).arg(100000 + person);
                Result<Certification> made = certs.create(cert, action);
                if (!made)
                    return made.error();
                if (scenario == 2 && def.validityMonths > 0) {
                    // Renewed inside the recertification window (CERT-02): the old certificate is archived.
                    const QDate again = today.addDays(-(person % 5));
                    if (Result<Certification> next = certs.renew(made->id, again,
                                                                 QStringLiteral("%1-%2-%3").arg(def.code).arg(again.year()).arg(500000 + person),
                                                                 action);
                        !next)
                        return next.error();
                }
            }
        }
    }
    // TIER-04: a few points for the first partners, counting for a year.
    for (int p = 0; p < qMin(partners, 30); ++p) {
        PointsEntry entry;
        entry.partnerId = generator.partner(p).id;
        entry.programId = program->id;
        entry.activityType = pointsActivityTypes().at(p % pointsActivityTypes().size()).code;
        entry.points = 50 + (p * 45) % 400;
        entry.earnedOn = today.addDays(-(p * 11) % 300);
        entry.expiresOn = entry.earnedOn.addDays(365);
        entry.note = SampleTr::tr("Sample activity");
        if (Result<PointsEntry> made = programs.addPoints(entry, action); !made)
            return made.error();
    }
    if (Status s = people.commit(); !s)
        return s;

    // The program has been running: every partner's tier is the level its certifications, points and deals qualify
    // it for, except one in twelve a level too high and one in twelve a level too low, so the first evaluation opens
    // a few demotion reviews and proposes a few upgrades, as an hourly one would. The partners' generated tiers were
    // drawn before any training data existed and would disagree with it for most of them (TrainingGenerator places
    // its members the same way). Then every partner is enrolled at the level of its tier.
    if (Status s = placeAtQualifyingLevel(db, generator, partners, program.value()); !s)
        return s;
    if (Result<int> joined = programs.joinAll(program->id, action); !joined)
        return joined.error();

    // One evaluation, as the app runs at start: upgrades proposed, demotions opened for review (never applied).
    if (Result<TierEngine::Summary> summary = TierEngine(db).recompute(today); !summary)
        return summary.error();
    return {};
}

} // namespace

Status load(const QString& path, int partners, const std::function<bool(int)>& progress)
{
    auto opened = Database::open(path, Database::Role::Bulk);
    if (!opened)
        return opened.error();
    Database& db = *opened.value();
    const DataGenerator generator(Seed);
    BulkLoader loader(db);
    loader.setRecordOutbox(true); // sample partners are the user's data from now on: they sync like any other
    if (Status status = loader.begin(); !status)
        return status;
    for (int i = 0; i < partners; ++i) {
        const Partner partner = generator.partner(i);
        if (Status status = loader.addPartner(partner, PartnerRepository::localColumns(partner)); !status) {
            loader.rollback();
            return status;
        }
        const int contactCount = 1 + static_cast<int>(i % 4);
        for (const Contact& contact : generator.contacts(partner, i, contactCount)) {
            if (Status status = loader.addContact(contact); !status) {
                loader.rollback();
                return status;
            }
        }
        if (progress && (i % 25 == 0 || i + 1 == partners) && !progress(i + 1)) {
            loader.rollback();
            return Error { Error::Code::Cancelled, SampleTr::tr("Loading sample data was cancelled."), {}, {} };
        }
    }
    if (Status status = loader.commit(); !status)
        return status;
    if (Status status = loadDeals(db, generator, partners); !status)
        return status;
    if (Status status = loadMdf(db, generator, partners); !status)
        return status;
    return loadTraining(db, generator, partners);
}

} // namespace ChannelDesk::SampleData
