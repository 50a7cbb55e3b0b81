#include "PartnerPageLoader.h"

#include "common/Logging.h"
#include "common/TextFold.h"
#include "common/Timestamp.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace ChannelDesk {

namespace {

struct LoaderTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::PartnerPageLoader)
};

const QString RowColumns = QStringLiteral(
    "local_id, id, name, legal_name, partner_type, tier, stage, country, city, owner, next_review, revenue_minor, "
    "revenue_currency, updated_at");

PartnerRow rowFromQuery(const QSqlQuery& q)
{
    PartnerRow row;
    row.localId = q.value(0).toLongLong();
    row.id = q.value(1).toByteArray();
    row.name = q.value(2).toString();
    row.legalName = q.value(3).toString();
    row.type = q.value(4).toString();
    row.tier = q.value(5).toString();
    row.stage = q.value(6).toString();
    row.country = q.value(7).toString();
    row.city = q.value(8).toString();
    row.owner = q.value(9).toString();
    row.nextReview = Timestamp::dateFromStorage(q.value(10).toString());
    if (!q.value(11).isNull()) {
        row.revenueMinor = q.value(11).toLongLong();
        row.revenueCurrency = q.value(12).toString();
    }
    row.updatedAt = Timestamp::fromStorage(q.value(13).toString());
    return row;
}

/// The search's test on one partner's search_text (folded words joined by single spaces: what partner_fts
/// indexes): every word is a prefix of some word of the text. The FTS5 prefix query ftsPrefixQuery() builds asks
/// the same, since both sides are folded by TextFold and the text has no separator but the space.
class WordPrefixMatcher
{
public:
    explicit WordPrefixMatcher(const QStringList& words)
    {
        for (const QString& word : words)
            m_words.push_back(word.toUtf8().toStdString());
    }
    bool matches(std::string_view text) const
    {
        for (const std::string& word : m_words) {
            bool found = false;
            for (size_t at = text.find(word); at != std::string_view::npos && !found; at = text.find(word, at + 1))
                found = at == 0 || text[at - 1] == ' ';
            if (!found)
                return false;
        }
        return true;
    }

private:
    std::vector<std::string> m_words;
};

int registerTypes()
{
    qRegisterMetaType<ChannelDesk::PartnerQuery>();
    qRegisterMetaType<ChannelDesk::PartnerRow>();
    qRegisterMetaType<QList<ChannelDesk::PartnerRow>>();
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<ChannelDesk::RowOrder>();
    qRegisterMetaType<ChannelDesk::Error>();
    return 0;
}

} // namespace

PartnerPageLoader::PartnerPageLoader(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
    static const int registered = registerTypes();
    Q_UNUSED(registered)
}

PartnerPageLoader::~PartnerPageLoader() = default;

void PartnerPageLoader::supersede(int generation)
{
    int previous = m_latest.load();
    while (previous < generation && !m_latest.compare_exchange_weak(previous, generation)) { }
    if (previous < generation) {
        // sqlite3_interrupt is safe from any thread while the connection is open; a statement of the new
        // generation that gets caught by it is retried (see runQuery).
        if (sqlite3* handle = m_handle.load())
            sqlite3_interrupt(handle);
    }
}

bool PartnerPageLoader::ensureOpen(int generation)
{
    if (m_db)
        return true;
    auto opened = Database::open(m_path, Database::Role::Reader);
    if (!opened) {
        Q_EMIT failed(generation, opened.error());
        return false;
    }
    m_db = std::move(opened).value();
    m_handle = m_db->handle();
    return true;
}

void PartnerPageLoader::close()
{
    m_handle = nullptr;
    m_db.reset();
}

void PartnerPageLoader::runQuery(int generation, const PartnerQuery& query)
{
    if (isObsolete(generation) || !ensureOpen(generation))
        return;
    QElapsedTimer timer;
    timer.start();

    if (query.isSearchOnly() && m_baseOrder && m_baseSort == query.sort) {
        runRankedSearch(generation, query);
        qCDebug(lcPartners) << "ranked search" << generation << "in" << timer.elapsed() << "ms";
        return;
    }

    // Few matches: drive the query from them (a handful of row lookups). Many: walk the sort index and test
    // membership, which finds a page of matches quickly when they are dense.
    QString matchingIds;
    const QString match = query.ftsMatch();
    if (!match.isEmpty()) {
        const std::optional<QString> few = collectFewMatches(match);
        if (isObsolete(generation))
            return;
        if (few)
            matchingIds = *few;
    }
    QVariantList binds;
    const QString where = query.whereSql(binds, matchingIds);
    const QString order = query.orderSql();

    // 1. The first page by itself: an index walk that stops after FirstPageSize rows, so the list paints at once.
    QList<PartnerRow> firstRows;
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlQuery page(m_db->connection());
        page.setForwardOnly(true);
        page.prepare(QStringLiteral("SELECT %1 FROM partner WHERE %2 ORDER BY %3 LIMIT %4")
                         .arg(RowColumns, where, order)
                         .arg(FirstPageSize));
        for (const QVariant& bind : binds)
            page.addBindValue(bind);
        if (page.exec()) {
            while (page.next())
                firstRows.append(rowFromQuery(page));
            break;
        }
        if (isObsolete(generation))
            return;
        const Error error = Sql::errorFrom(page);
        if (error.code != Error::Code::Cancelled || attempt == 1) {
            Q_EMIT failed(generation, error);
            return;
        }
        firstRows.clear(); // interrupted by a supersede() meant for an older statement: run it again
    }
    if (isObsolete(generation))
        return;
    qCDebug(lcPartners) << "query" << generation << "first page in" << timer.elapsed() << "ms";
    if (firstRows.size() < FirstPageSize) {
        // That is everything: the order is known already.
        auto ids = std::make_shared<std::vector<qint64>>();
        ids->reserve(static_cast<size_t>(firstRows.size()));
        for (const PartnerRow& row : firstRows)
            ids->push_back(row.localId);
        Q_EMIT firstPageLoaded(generation, firstRows);
        if (query.isUnfiltered())
            rememberBaseOrder(query, ids);
        Q_EMIT orderReady(generation, RowOrder(ids));
        return;
    }
    // 2. The full order waits for completeQuery(), which the model sends once the first page has painted, so this
    // long scan never competes with that paint for the CPU.
    m_pending = Pending { generation, query, where, order, binds };
    Q_EMIT firstPageLoaded(generation, firstRows);
}

void PartnerPageLoader::completeQuery(int generation)
{
    if (!m_pending || m_pending->generation != generation || isObsolete(generation)) {
        if (m_pending && isObsolete(m_pending->generation))
            m_pending.reset();
        return;
    }
    const Pending pending = *m_pending;
    m_pending.reset();
    QElapsedTimer timer;
    timer.start();
    const PartnerQuery& query = pending.query;
    // Through the raw API: stepping a million integers through QSqlQuery costs ~10x more.
    const auto ids = query.isSearchOnly() && m_baseOrder && m_baseSort == query.sort
        ? rankedOrder(generation, query)
        : selectIds(generation,
                    QStringLiteral("SELECT local_id FROM partner WHERE %1 ORDER BY %2").arg(pending.where, pending.order),
                    pending.binds);
    if (!ids || isObsolete(generation))
        return;
    qCDebug(lcPartners) << "query" << generation << "order of" << ids->size() << "rows in" << timer.elapsed() << "ms";
    if (query.isUnfiltered())
        rememberBaseOrder(query, ids);
    Q_EMIT orderReady(generation, RowOrder(ids));
    if (query.isSearchOnly() && (!m_baseOrder || m_baseSort != query.sort))
        prepareBaseOrder(generation, query);
}

void PartnerPageLoader::dataChanged()
{
    m_baseOrder.reset();
    m_wordSets.clear();
}

void PartnerPageLoader::rememberBaseOrder(const PartnerQuery& query, const std::shared_ptr<std::vector<qint64>>& ids)
{
    // Kept ascending; a descending order is its exact reverse because every order ends on local_id.
    if (query.descending) {
        auto ascending = std::make_shared<std::vector<qint64>>(ids->rbegin(), ids->rend());
        m_baseOrder = std::move(ascending);
    } else {
        m_baseOrder = ids;
    }
    m_baseSort = query.sort;
}

void PartnerPageLoader::prepareBaseOrder(int generation, const PartnerQuery& query)
{
    // Type-ahead: the next keystroke will be a search in the same order. Learn every partner's position once
    // now (interrupted if the user types on), so that search becomes a ranking in memory.
    PartnerQuery all;
    all.sort = query.sort;
    QVariantList binds;
    const auto ids = selectIds(generation,
                               QStringLiteral("SELECT local_id FROM partner WHERE %1 ORDER BY %2")
                                   .arg(all.whereSql(binds), all.orderSql()),
                               binds, /*quiet=*/true);
    if (ids)
        rememberBaseOrder(all, ids);
}

PartnerPageLoader::WordSet PartnerPageLoader::exactSet(int generation, const QString& word)
{
    for (auto it = m_wordSets.begin(); it != m_wordSets.end(); ++it) {
        if (it->word == word) {
            std::rotate(it, it + 1, m_wordSets.end()); // most recently used last
            return m_wordSets.back().bits;
        }
    }
    const auto matches = selectIds(generation, QStringLiteral("SELECT rowid FROM partner_fts WHERE partner_fts MATCH ?"),
                                   { TextFold::ftsPrefixQuery(word) });
    if (!matches || isObsolete(generation))
        return nullptr;
    qint64 maxId = 0;
    for (qint64 id : *matches)
        maxId = std::max(maxId, id);
    auto bits = std::make_shared<std::vector<quint64>>(static_cast<size_t>(maxId) / 64 + 1, 0);
    for (qint64 id : *matches) {
        if (id >= 0)
            (*bits)[static_cast<size_t>(id) / 64] |= quint64(1) << (id % 64);
    }
    if (m_wordSets.size() >= WordSetCacheSize)
        m_wordSets.erase(m_wordSets.begin());
    m_wordSets.push_back({ word, bits });
    return bits;
}

PartnerPageLoader::WordSet PartnerPageLoader::cachedSuperset(const QString& word) const
{
    // The set of the longest cached prefix of `word`: every partner matching `word` matches that prefix too.
    WordSet best;
    qsizetype bestLength = 0;
    for (const CachedWord& cached : m_wordSets) {
        if (cached.word.size() > bestLength && word.startsWith(cached.word)) {
            best = cached.bits;
            bestLength = cached.word.size();
        }
    }
    return best;
}

namespace {

bool hasBit(const std::vector<quint64>& bits, qint64 id)
{
    const auto word = static_cast<size_t>(id) / 64;
    return id >= 0 && word < bits.size() && (bits[word] >> (id % 64)) & 1;
}

/// The distinct words of a search: a word given twice is one condition.
QStringList searchWords(const PartnerQuery& query)
{
    QStringList words = TextFold::words(query.search);
    words.removeDuplicates();
    return words;
}

/// Calls `visit` with the ids of `order` (ascending, or walked backwards) that are in every set, until it returns
/// false.
template <class Visit>
void walkMatches(const std::vector<qint64>& order, bool descending, const std::vector<const std::vector<quint64>*>& sets,
                 Visit&& visit)
{
    const auto test = [&](qint64 id) {
        for (const std::vector<quint64>* set : sets) {
            if (!hasBit(*set, id))
                return true; // not a match: go on
        }
        return visit(id);
    };
    if (descending) {
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            if (!test(*it))
                return;
        }
    } else {
        for (qint64 id : order) {
            if (!test(id))
                return;
        }
    }
}

} // namespace

std::shared_ptr<std::vector<qint64>> PartnerPageLoader::rankedOrder(int generation, const PartnerQuery& query)
{
    // Each word's matches as a bitset (cached across keystrokes), then one pass over the cached order of all live
    // partners keeping the ids in every set: exactly the order SQL would give, with no sort, and tombstones drop out
    // because they are not in the cached order.
    std::vector<WordSet> held;
    std::vector<const std::vector<quint64>*> sets;
    for (const QString& word : searchWords(query)) {
        WordSet set = exactSet(generation, word);
        if (!set)
            return nullptr;
        sets.push_back(set.get());
        held.push_back(std::move(set));
    }
    auto ids = std::make_shared<std::vector<qint64>>();
    walkMatches(*m_baseOrder, query.descending, sets, [&ids](qint64 id) {
        ids->push_back(id);
        return true;
    });
    return ids;
}

void PartnerPageLoader::runRankedSearch(int generation, const PartnerQuery& query)
{
    // Type-ahead: each keystroke extends a word, and the words' earlier prefixes are cached. Their sets contain
    // every match of the new text, so the first page comes from walking them in list order and testing the few
    // candidates' search text, without waiting for FTS to list every match of the new words (a third of a million
    // partners for "cong ty"). The exact order follows from completeQuery(), after the paint.
    const QStringList words = searchWords(query);
    std::vector<WordSet> held;
    std::vector<const std::vector<quint64>*> sets;
    QStringList unverified; // words whose exact set is not known: tested on each candidate's text
    for (const QString& word : words) {
        WordSet exact;
        for (const CachedWord& cached : m_wordSets) {
            if (cached.word == word)
                exact = cached.bits;
        }
        WordSet set = exact ? exact : cachedSuperset(word);
        if (!exact)
            unverified.append(word);
        if (set) {
            sets.push_back(set.get());
            held.push_back(std::move(set));
        }
    }
    std::shared_ptr<std::vector<qint64>> complete;
    std::vector<qint64> head;
    if (!unverified.isEmpty() && !sets.empty()) {
        const QByteArray sql("SELECT search_text FROM partner WHERE local_id = ?");
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_db->handle(), sql.constData(), int(sql.size()), &statement, nullptr) == SQLITE_OK) {
            const WordPrefixMatcher matcher(unverified);
            int tested = 0;
            bool stopped = false;
            bool failed = false;
            walkMatches(*m_baseOrder, query.descending, sets, [&](qint64 id) {
                if (++tested > VerifyLimit || isObsolete(generation)) {
                    stopped = true;
                    return false;
                }
                sqlite3_bind_int64(statement, 1, id);
                const int rc = sqlite3_step(statement);
                if (rc == SQLITE_ROW) {
                    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
                    if (text && matcher.matches(std::string_view(text, size_t(sqlite3_column_bytes(statement, 0)))))
                        head.push_back(id);
                } else if (rc != SQLITE_DONE) {
                    failed = true;
                }
                sqlite3_reset(statement);
                if (failed)
                    return false;
                return head.size() < size_t(FirstPageSize);
            });
            sqlite3_finalize(statement);
            if (isObsolete(generation))
                return;
            qCDebug(lcPartners) << "search" << generation << "tested" << tested << "candidates:" << head.size()
                                << (stopped ? "matches, too sparse" : "matches");
            if (stopped || failed)
                head.clear(); // too sparse to find a page this way (or an error): FTS below
            else if (head.size() < size_t(FirstPageSize))
                complete = std::make_shared<std::vector<qint64>>(head); // every candidate tested: that is all
        }
    }
    if (head.empty() && !complete) {
        complete = rankedOrder(generation, query);
        if (!complete || isObsolete(generation))
            return;
        head.assign(complete->begin(), complete->begin() + std::min<qsizetype>(qsizetype(complete->size()), FirstPageSize));
    }

    const QList<qint64> headIds(head.begin(), head.end());
    const std::optional<QList<PartnerRow>> rows = fetchRows(generation, headIds);
    if (!rows || isObsolete(generation))
        return;
    QHash<qint64, qsizetype> position;
    for (qsizetype i = 0; i < headIds.size(); ++i)
        position.insert(headIds.at(i), i);
    QList<PartnerRow> ordered = *rows;
    std::sort(ordered.begin(), ordered.end(), [&position](const PartnerRow& a, const PartnerRow& b) {
        return position.value(a.localId) < position.value(b.localId);
    });
    if (complete) {
        Q_EMIT firstPageLoaded(generation, ordered);
        Q_EMIT orderReady(generation, RowOrder(std::move(complete)));
        return;
    }
    QVariantList binds;
    const QString where = query.whereSql(binds);
    m_pending = Pending { generation, query, where, query.orderSql(), binds }; // completeQuery() ranks it
    Q_EMIT firstPageLoaded(generation, ordered);
}

std::shared_ptr<std::vector<qint64>> PartnerPageLoader::selectIds(int generation, const QString& sql,
                                                                  const QVariantList& binds, bool quiet)
{
    sqlite3* handle = m_db->handle();
    const QByteArray utf8 = sql.toUtf8();
    auto ids = std::make_shared<std::vector<qint64>>();
    for (int attempt = 0; attempt < 2; ++attempt) {
        ids->clear();
        sqlite3_stmt* statement = nullptr;
        int rc = sqlite3_prepare_v2(handle, utf8.constData(), static_cast<int>(utf8.size()), &statement, nullptr);
        for (int i = 0; rc == SQLITE_OK && i < binds.size(); ++i) {
            const QByteArray text = binds.at(i).toString().toUtf8();
            rc = sqlite3_bind_text(statement, i + 1, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
        }
        if (rc == SQLITE_OK) {
            while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
                ids->push_back(sqlite3_column_int64(statement, 0));
        }
        const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(statement);
        if (rc == SQLITE_DONE)
            return ids;
        if (isObsolete(generation))
            return nullptr;
        if (rc != SQLITE_INTERRUPT || attempt == 1) {
            if (!quiet)
                Q_EMIT failed(generation, Error::storage(LoaderTr::tr("The partner list could not be loaded."), message));
            return nullptr;
        }
        // Interrupted by a supersede() meant for an older statement: run it again.
    }
    return nullptr;
}

std::optional<QList<PartnerRow>> PartnerPageLoader::fetchRows(int generation, const QList<qint64>& localIds)
{
    const QString idList = Sql::jsonIdList(localIds);

    QSqlQuery query(m_db->connection());
    query.setForwardOnly(true);
    // One bound JSON array instead of hundreds of parameters; SQLite turns it into rowid lookups.
    query.prepare(QStringLiteral("SELECT %1 FROM partner WHERE local_id IN (SELECT value FROM json_each(?))").arg(RowColumns));
    query.addBindValue(idList);
    if (!query.exec()) {
        if (!isObsolete(generation))
            Q_EMIT failed(generation, Sql::errorFrom(query));
        return std::nullopt;
    }
    QList<PartnerRow> rows;
    rows.reserve(localIds.size());
    while (query.next())
        rows.append(rowFromQuery(query));
    return rows;
}

std::optional<QString> PartnerPageLoader::collectFewMatches(const QString& match)
{
    sqlite3* handle = m_db->handle();
    static const char sql[] = "SELECT rowid FROM partner_fts WHERE partner_fts MATCH ?";
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) != SQLITE_OK)
        return std::nullopt;
    const QByteArray text = match.toUtf8();
    sqlite3_bind_text(statement, 1, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    QString ids;
    ids.reserve(FewMatches * 8);
    ids.append(QLatin1Char('['));
    int count = 0;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        if (++count > FewMatches)
            break;
        if (count > 1)
            ids.append(QLatin1Char(','));
        ids.append(QString::number(sqlite3_column_int64(statement, 0)));
    }
    sqlite3_finalize(statement);
    if (count > FewMatches || (rc != SQLITE_DONE && rc != SQLITE_ROW))
        return std::nullopt;
    ids.append(QLatin1Char(']'));
    return ids;
}

void PartnerPageLoader::loadRows(int generation, int page, const QList<qint64>& localIds)
{
    if (isObsolete(generation) || localIds.isEmpty() || !ensureOpen(generation))
        return;
    if (const std::optional<QList<PartnerRow>> rows = fetchRows(generation, localIds))
        Q_EMIT rowsLoaded(generation, page, *rows);
}

} // namespace ChannelDesk
