#include "SampleData.h"

#include "partners/PartnerRepository.h"
#include "storage/Database.h"
#include "tools/BulkLoader.h"
#include "tools/DataGenerator.h"

#include <QCoreApplication>

namespace ChannelDesk::SampleData {

namespace {
struct SampleTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::SampleData)
};
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
    return loader.commit();
}

} // namespace ChannelDesk::SampleData
