#include "SampleData.h"

#include "deals/DealRepository.h"
#include "deals/DealSettings.h"
#include "partners/PartnerRepository.h"
#include "storage/Transaction.h"
#include "storage/Database.h"
#include "tools/BulkLoader.h"
#include "tools/DataGenerator.h"

#include <QCoreApplication>

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
    return loadDeals(db, generator, partners);
}

} // namespace ChannelDesk::SampleData
