#include "common/TextFold.h"
#include "partners/PartnerPageLoader.h"
#include "partners/PartnerRepository.h"
#include "storage/Database.h"
#include "support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QSqlQuery>

#include <algorithm>

using namespace ChannelDesk;

namespace {

struct Loaded
{
    QList<PartnerRow> firstPage;
    std::vector<qint64> order;
    QString error;
};

Loaded run(PartnerPageLoader& loader, const PartnerQuery& query, int generation = 1, bool complete = true)
{
    Loaded loaded;
    QObject context;
    QObject::connect(&loader, &PartnerPageLoader::firstPageLoaded, &context,
                     [&](int, const QList<PartnerRow>& rows) { loaded.firstPage = rows; });
    QObject::connect(&loader, &PartnerPageLoader::orderReady, &context,
                     [&](int, const RowOrder& order) { loaded.order = *order; });
    QObject::connect(&loader, &PartnerPageLoader::failed, &context,
                     [&](int, const Error& error) { loaded.error = error.toLogString(); });
    loader.runQuery(generation, query);
    if (complete)
        loader.completeQuery(generation); // what the model sends once the first page has painted
    return loaded;
}

QStringList names(Database& db, const std::vector<qint64>& order)
{
    PartnerPageLoader loader(db.path());
    QStringList result;
    QObject context;
    QObject::connect(&loader, &PartnerPageLoader::rowsLoaded, &context, [&](int, int, const QList<PartnerRow>& rows) {
        QHash<qint64, QString> byId;
        for (const PartnerRow& row : rows)
            byId.insert(row.localId, row.name);
        for (qint64 id : order)
            result.append(byId.value(id));
    });
    loader.loadRows(1, 0, QList<qint64>(order.begin(), order.end()));
    return result;
}

void addPartner(PartnerRepository& repo, const QString& name, const QString& country, const QString& tier = {},
                const QString& city = {})
{
    Partner p;
    p.name = name;
    p.country = country;
    p.tier = tier;
    p.city = city;
    REQUIRE(repo.create(p).ok());
}

} // namespace

TEST_CASE("search is case- / accent- / đ/Đ- and NFC/NFD-insensitive word-prefix matching", "[partners][search]")
{
    Test::TempDatabase temp;
    PartnerRepository repo(temp.db());
    addPartner(repo, QStringLiteral("Công ty Đông Á"), QStringLiteral("VN"), {}, QStringLiteral("Hà Nội"));
    addPartner(repo, QStringLiteral("Đông Dương Software"), QStringLiteral("VN"));
    addPartner(repo, QStringLiteral("Dongle Works"), QStringLiteral("US"));
    addPartner(repo, QStringLiteral("Müller IT"), QStringLiteral("DE"), {}, QStringLiteral("Köln"));
    PartnerPageLoader loader(temp.path());

    auto search = [&](const QString& text) {
        PartnerQuery q;
        q.search = text;
        const Loaded loaded = run(loader, q);
        REQUIRE(loaded.error.isEmpty());
        QStringList found;
        for (const PartnerRow& row : loaded.firstPage)
            found.append(row.name);
        return found;
    };
    CHECK(search(QStringLiteral("cong ty dong a")) == QStringList { QStringLiteral("Công ty Đông Á") });
    CHECK(search(QStringLiteral("CÔNG TY ĐÔNG Á").normalized(QString::NormalizationForm_D))
          == QStringList { QStringLiteral("Công ty Đông Á") });
    CHECK(search(QStringLiteral("dong")) == QStringList { QStringLiteral("Công ty Đông Á"),
                                                          QStringLiteral("Đông Dương Software"),
                                                          QStringLiteral("Dongle Works") });
    CHECK(search(QStringLiteral("ha noi")) == QStringList { QStringLiteral("Công ty Đông Á") }); // city is searched
    CHECK(search(QStringLiteral("muller koln")) == QStringList { QStringLiteral("Müller IT") });
    CHECK(search(QStringLiteral("ong")).isEmpty()); // word prefixes, not substrings
    CHECK(search(QStringLiteral("\"dong\" OR *")).size() == 0); // FTS syntax is quoted away, no error
}

TEST_CASE("sorting and filtering happen in SQL and keep a total order", "[partners][query]")
{
    Test::TempDatabase temp;
    PartnerRepository repo(temp.db());
    const QStringList countries { QStringLiteral("VN"), QStringLiteral("DE"), QStringLiteral("FR"), QStringLiteral("US") };
    const QStringList tiers { QString(), QStringLiteral("registered"), QStringLiteral("silver"), QStringLiteral("gold"),
                              QStringLiteral("platinum") };
    for (int i = 0; i < 450; ++i) {
        addPartner(repo, QStringLiteral("%1 Partner %2").arg(QChar(u'A' + (i * 7) % 26)).arg(i),
                   countries.at(i % countries.size()), tiers.at(i % tiers.size()));
    }
    addPartner(repo, QStringLiteral("đà lạt trading"), QStringLiteral("VN"));
    PartnerPageLoader loader(temp.path());

    SECTION("by name, folded: Đ sorts with D")
    {
        const Loaded loaded = run(loader, PartnerQuery {});
        CHECK(loaded.firstPage.size() == PartnerPageLoader::FirstPageSize);
        REQUIRE(loaded.order.size() == 451);
        const QStringList all = names(temp.db(), loaded.order);
        QStringList expected = all;
        std::stable_sort(expected.begin(), expected.end(),
                         [](const QString& a, const QString& b) { return TextFold::fold(a) < TextFold::fold(b); });
        CHECK(all == expected);
        const qsizetype dIndex = all.indexOf(QStringLiteral("đà lạt trading"));
        CHECK(TextFold::fold(all.at(dIndex - 1)).startsWith(QLatin1Char('d')));
        // The first page is the head of the full order.
        for (int i = 0; i < loaded.firstPage.size(); ++i)
            REQUIRE(loaded.firstPage.at(i).localId == loaded.order.at(static_cast<size_t>(i)));
    }
    SECTION("descending is the exact reverse")
    {
        const Loaded asc = run(loader, PartnerQuery {});
        PartnerQuery q;
        q.descending = true;
        const Loaded desc = run(loader, q, 2);
        CHECK(std::equal(asc.order.begin(), asc.order.end(), desc.order.rbegin()));
    }
    SECTION("by tier follows program rank, then name")
    {
        PartnerQuery q;
        q.sort = PartnerQuery::Sort::Tier;
        q.descending = true;
        const Loaded loaded = run(loader, q);
        const QStringList rank { QString(), QStringLiteral("registered"), QStringLiteral("silver"),
                                 QStringLiteral("gold"), QStringLiteral("platinum") };
        CHECK(loaded.firstPage.front().tier == QStringLiteral("platinum"));
        for (int i = 1; i < loaded.firstPage.size(); ++i)
            REQUIRE(rank.indexOf(loaded.firstPage.at(i - 1).tier) >= rank.indexOf(loaded.firstPage.at(i).tier));
    }
    SECTION("filters combine with search")
    {
        PartnerQuery q;
        q.country = QStringLiteral("VN");
        q.tier = QStringLiteral("gold");
        const Loaded loaded = run(loader, q);
        REQUIRE_FALSE(loaded.firstPage.isEmpty());
        for (const PartnerRow& row : loaded.firstPage) {
            CHECK(row.country == QStringLiteral("VN"));
            CHECK(row.tier == QStringLiteral("gold"));
        }
        q.search = QStringLiteral("partner 3");
        const Loaded searched = run(loader, q, 2);
        for (const PartnerRow& row : searched.firstPage)
            CHECK(row.name.contains(QStringLiteral("Partner 3")));
    }
    SECTION("deleted partners are not listed")
    {
        const Loaded before = run(loader, PartnerQuery {});
        const auto first = repo.get(before.firstPage.front().id);
        REQUIRE(repo.remove(first->id).ok());
        const Loaded after = run(loader, PartnerQuery {}, 2);
        CHECK(after.order.size() == before.order.size() - 1);
        CHECK(after.firstPage.front().localId != before.firstPage.front().localId);
    }
}

TEST_CASE("superseded queries are dropped", "[partners][query]")
{
    Test::TempDatabase temp;
    PartnerRepository repo(temp.db());
    addPartner(repo, QStringLiteral("Only"), QStringLiteral("VN"));
    PartnerPageLoader loader(temp.path());
    QSignalSpy first(&loader, &PartnerPageLoader::firstPageLoaded);
    loader.supersede(5);
    loader.runQuery(4, PartnerQuery {});
    CHECK(first.count() == 0);
    loader.runQuery(5, PartnerQuery {});
    CHECK(first.count() == 1);
}

TEST_CASE("a search ranked in memory gives exactly the order SQL gives", "[partners][search]")
{
    Test::TempDatabase temp;
    PartnerRepository repo(temp.db());
    for (int i = 0; i < 600; ++i) {
        addPartner(repo, QStringLiteral("%1 Partner %2 %3").arg(QChar(u'A' + (i * 11) % 26)).arg(i).arg(i % 3 ? QStringLiteral("Đông") : QStringLiteral("West")),
                   i % 2 ? QStringLiteral("VN") : QStringLiteral("DE"));
    }
    for (const bool descending : { false, true }) {
        for (const auto sort : { PartnerQuery::Sort::Name, PartnerQuery::Sort::Country }) {
            PartnerQuery all;
            all.sort = sort;
            all.descending = descending;
            PartnerQuery search = all;
            search.search = QStringLiteral("dong part");

            PartnerPageLoader sqlOnly(temp.path()); // never saw the full list: plain SQL
            const Loaded expected = run(sqlOnly, search);
            REQUIRE(expected.order.size() == 400);

            PartnerPageLoader ranked(temp.path());
            run(ranked, all, 1);                             // learns every partner's position
            const Loaded actual = run(ranked, search, 2);    // ranked in memory
            CHECK(actual.order == expected.order);
            REQUIRE(actual.firstPage.size() == expected.firstPage.size());
            for (int i = 0; i < actual.firstPage.size(); ++i)
                REQUIRE(actual.firstPage.at(i).localId == expected.firstPage.at(i).localId);

            // After an edit the cached positions are dropped, so new and deleted partners are not missed.
            const QByteArray removed = actual.firstPage.front().id;
            REQUIRE(repo.remove(removed).ok());
            addPartner(repo, QStringLiteral("Aaa Đông Partner new"), QStringLiteral("VN"));
            ranked.dataChanged();
            const Loaded afterEdit = run(ranked, search, 3);
            PartnerPageLoader fresh(temp.path());
            CHECK(afterEdit.order == run(fresh, search).order);
            REQUIRE(repo.restore(removed, {}).ok());
            PartnerQuery aaa;
            aaa.search = QStringLiteral("aaa");
            const Loaded probe = run(fresh, aaa, 2);
            for (const PartnerRow& row : probe.firstPage)
                REQUIRE(repo.remove(row.id).ok());
        }
    }
}

TEST_CASE("a search without words lists everyone even after the full order was learned", "[partners][search]")
{
    Test::TempDatabase temp;
    PartnerRepository repo(temp.db());
    for (int i = 0; i < 250; ++i)
        addPartner(repo, QStringLiteral("Partner %1").arg(i), QStringLiteral("VN"));
    PartnerPageLoader loader(temp.path());
    run(loader, PartnerQuery {}, 1); // learns the full order
    PartnerQuery punctuation;
    punctuation.search = QStringLiteral("--- ***");
    const Loaded loaded = run(loader, punctuation, 2);
    CHECK(loaded.error.isEmpty());
    CHECK(loaded.order.size() == 250);
}

TEST_CASE("searches ranked from cached word matches give the FTS order - also typed key by key",
          "[partners][search]")
{
    Test::TempDatabase temp;
    PartnerRepository repo(temp.db());
    const QStringList cities { QStringLiteral("Hà Nội"), QStringLiteral("Köln"), QStringLiteral("Đà Nẵng"),
                               QStringLiteral("Lyon") };
    for (int i = 0; i < 3000; ++i) {
        QString name;
        switch (i % 5) {
        case 0: name = QStringLiteral("Công ty Đông %1").arg(i); break;
        case 1: name = QStringLiteral("Cty Phương Đông %1").arg(i); break; // "ong" only inside words
        case 2: name = QStringLiteral("Müller Tyco %1 GmbH").arg(i); break;
        case 3: name = QStringLiteral("công TY Cổ phần A%1").arg(i); break;
        default: name = QStringLiteral("Société Congrès %1").arg(i); break;
        }
        addPartner(repo, name, i % 2 ? QStringLiteral("VN") : QStringLiteral("DE"), {}, cities.at(i % 4));
    }
    const auto sqlOrder = [&](const PartnerQuery& query) {
        QVariantList binds;
        QSqlQuery q(temp.db().connection());
        q.prepare(QStringLiteral("SELECT local_id FROM partner WHERE %1 ORDER BY %2").arg(query.whereSql(binds), query.orderSql()));
        for (const QVariant& bind : binds)
            q.addBindValue(bind);
        REQUIRE(q.exec());
        std::vector<qint64> ids;
        while (q.next())
            ids.push_back(q.value(0).toLongLong());
        return ids;
    };
    PartnerPageLoader ranked(temp.path());
    int generation = 0;
    for (const auto sort : { PartnerQuery::Sort::Name, PartnerQuery::Sort::City }) {
        for (const bool descending : { false, true }) {
            PartnerQuery all;
            all.sort = sort;
            all.descending = descending;
            run(ranked, all, ++generation); // learns every partner's position: searches rank in memory
            for (const QString& text : { QStringLiteral("cong ty"), QStringLiteral("ty cong"), QStringLiteral("đông"),
                                         QStringLiteral("ong"), QStringLiteral("c"), QStringLiteral("co co"),
                                         QStringLiteral("ha noi"), QStringLiteral("a12"), QStringLiteral("2999"),
                                         QStringLiteral("zzz") }) {
                for (const bool filtered : { false, true }) {
                    PartnerQuery query = all;
                    query.search = text;
                    if (filtered)
                        query.country = QStringLiteral("VN");
                    INFO(text.toStdString() << (filtered ? " in VN" : "") << " sort " << int(sort)
                                            << (descending ? " desc" : ""));
                    const std::vector<qint64> expected = sqlOrder(query);
                    PartnerPageLoader fresh(temp.path());
                    for (PartnerPageLoader* loader : { &fresh, &ranked }) {
                        const Loaded loaded = run(*loader, query, ++generation);
                        CHECK(loaded.error.isEmpty());
                        CHECK(loaded.order == expected);
                        const size_t head = std::min<size_t>(expected.size(), PartnerPageLoader::FirstPageSize);
                        REQUIRE(size_t(loaded.firstPage.size()) == head);
                        for (size_t i = 0; i < head; ++i)
                            REQUIRE(loaded.firstPage.at(qsizetype(i)).localId == expected[i]);
                    }
                }
            }
            // Typed key by key, each keystroke superseding the last before its full order (a fast typist): every
            // first page is the head of the exact order, from the earlier words' cached matches.
            for (const QString& text : { QStringLiteral("cong ty"), QStringLiteral("societe congres 2"),
                                         QStringLiteral("ha noi"), QStringLiteral("a12"), QStringLiteral("cty phuong") }) {
                PartnerPageLoader typing(temp.path());
                run(typing, all, ++generation);
                for (qsizetype length = 1; length <= text.size(); ++length) {
                    PartnerQuery query = all;
                    query.search = text.left(length);
                    const bool last = length == text.size();
                    INFO(query.search.toStdString() << " sort " << int(sort) << (descending ? " desc" : ""));
                    const std::vector<qint64> expected = sqlOrder(query);
                    const Loaded loaded = run(typing, query, ++generation, last);
                    CHECK(loaded.error.isEmpty());
                    if (last || !loaded.order.empty())
                        CHECK(loaded.order == expected);
                    const size_t head = std::min<size_t>(expected.size(), PartnerPageLoader::FirstPageSize);
                    REQUIRE(size_t(loaded.firstPage.size()) == head);
                    for (size_t i = 0; i < head; ++i)
                        REQUIRE(loaded.firstPage.at(qsizetype(i)).localId == expected[i]);
                }
            }
        }
    }
}
