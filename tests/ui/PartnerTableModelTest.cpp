#include "common/Roles.h"
#include "partners/ContactListModel.h"
#include "partners/PartnerRepository.h"
#include "partners/PartnerTableModel.h"
#include "support/TempDatabase.h"
#include "tools/SampleData.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>

using namespace ChannelDesk;

namespace {

// Waits until the model knows the exact count of its current query.
void settle(PartnerTableModel& model)
{
    QSignalSpy count(&model, &PartnerTableModel::countChanged);
    if (model.isLoading())
        REQUIRE(count.wait(10000));
}

// Asks for every row's display data and waits until none is a placeholder.
void loadAll(PartnerTableModel& model)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        bool loading = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            (void)model.data(index, Qt::DisplayRole);
            loading |= model.data(index, Roles::LoadingRole).toBool();
        }
        if (!loading)
            return;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        changed.wait(2000);
    }
    FAIL("rows never finished loading");
}

} // namespace

TEST_CASE("the partner model passes QAbstractItemModelTester through load / sort / search and edits", "[ui][model]")
{
    Test::TempDatabase temp;
    REQUIRE(SampleData::load(temp.path(), 450).ok());
    PartnerTableModel model(temp.path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    settle(model);
    CHECK(model.rowCount() == 450);
    CHECK(model.columnCount() == PartnerTableModel::ColumnCount);
    loadAll(model);

    SECTION("sort by country, descending, in SQL")
    {
        model.sort(PartnerTableModel::Country, Qt::DescendingOrder);
        settle(model);
        loadAll(model);
        for (int row = 1; row < model.rowCount(); ++row) {
            REQUIRE(model.data(model.index(row - 1, PartnerTableModel::Country), Roles::RawValueRole).toString()
                    >= model.data(model.index(row, PartnerTableModel::Country), Roles::RawValueRole).toString());
        }
    }
    SECTION("search narrows the rows")
    {
        PartnerQuery query = model.query();
        query.search = QStringLiteral("cong ty");
        model.setQuery(query);
        settle(model);
        CHECK(model.rowCount() > 0);
        CHECK(model.rowCount() < 450);
    }
    SECTION("an edit moves the row and the persistent index follows it")
    {
        const QByteArray id = model.idAt(5);
        REQUIRE_FALSE(id.isEmpty());
        QPersistentModelIndex tracked(model.index(5, 0));
        PartnerRepository repo(temp.db());
        Partner partner = repo.get(id).value();
        partner.name = QStringLiteral("zzz Last Partner");
        REQUIRE(repo.update(partner).ok());
        model.refresh({ id });
        settle(model);
        REQUIRE(tracked.isValid());
        CHECK(tracked.row() == model.rowCount() - 1);
        loadAll(model);
        CHECK(model.data(model.index(model.rowCount() - 1, 0)).toString() == QStringLiteral("zzz Last Partner"));
        CHECK(model.idAt(tracked.row()) == id);
    }
    SECTION("a delete shrinks the model; a deleted row's index becomes invalid")
    {
        const QByteArray id = model.idAt(0);
        QPersistentModelIndex tracked(model.index(0, 0));
        QPersistentModelIndex other(model.index(10, 0));
        const QByteArray otherId = model.idAt(10);
        PartnerRepository repo(temp.db());
        REQUIRE(repo.remove(id).ok());
        model.refresh({ id });
        settle(model);
        CHECK(model.rowCount() == 449);
        CHECK_FALSE(tracked.isValid());
        REQUIRE(other.isValid());
        CHECK(model.idAt(other.row()) == otherId);
    }
}

TEST_CASE("uncached rows show a placeholder instead of blocking", "[ui][model]")
{
    Test::TempDatabase temp;
    REQUIRE(SampleData::load(temp.path(), 450).ok());
    PartnerTableModel model(temp.path());
    settle(model);
    const QModelIndex last = model.index(model.rowCount() - 1, 0);
    CHECK(model.data(last, Roles::LoadingRole).toBool());
    CHECK(model.data(last).toString() == QStringLiteral("Loading…"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    REQUIRE(changed.wait(5000));
    CHECK_FALSE(model.data(last, Roles::LoadingRole).toBool());
    CHECK_FALSE(model.data(last).toString().isEmpty());
}

TEST_CASE("the contact list model passes QAbstractItemModelTester", "[ui][model]")
{
    ContactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Contact a;
    a.firstName = QStringLiteral("Lan");
    a.lastName = QStringLiteral("Nguyễn");
    a.role = QStringLiteral("primary");
    Contact b;
    b.lastName = QStringLiteral("Weiß");
    model.setContacts({ a, b });
    CHECK(model.rowCount() == 2);
    CHECK(model.data(model.index(0, ContactListModel::Role)).toString() == QStringLiteral("Primary"));
    CHECK(model.data(model.index(0, ContactListModel::Role), Roles::RawValueRole).toString() == QStringLiteral("primary"));
    model.setContacts({});
    CHECK(model.rowCount() == 0);
}
