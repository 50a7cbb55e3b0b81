#include "csv/MatchIndex.h"

#include "common/Logging.h"
#include "common/TextFold.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace ChannelDesk::Csv {

namespace {

struct MatchIndexTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::Csv::MatchIndex)
};

QStringView columnText(sqlite3_stmt* statement, int column, QString& buffer)
{
    const void* text = sqlite3_column_text16(statement, column);
    const int bytes = sqlite3_column_bytes16(statement, column);
    if (!text || bytes <= 0)
        return {};
    buffer = QString(static_cast<const QChar*>(text), bytes / 2);
    return buffer;
}

} // namespace

QString MatchIndex::externalIdKey(QStringView externalId)
{
    return externalId.trimmed().toString().toCaseFolded();
}

QString MatchIndex::emailKey(QStringView email)
{
    return email.trimmed().toString().toCaseFolded();
}

QString MatchIndex::domainKey(QStringView website, QStringView emailDomain)
{
    QStringView host = website.trimmed();
    if (!host.isEmpty()) {
        if (const qsizetype scheme = host.indexOf(QLatin1StringView("://")); scheme >= 0)
            host = host.mid(scheme + 3);
        for (qsizetype i = 0; i < host.size(); ++i) {
            const QChar c = host.at(i);
            if (c == u'/' || c == u'?' || c == u'#') { // path, query, fragment
                host = host.left(i);
                break;
            }
        }
    } else {
        host = emailDomain.trimmed();
        while (host.startsWith(u'@'))
            host = host.mid(1);
    }
    if (const qsizetype at = host.lastIndexOf(u'@'); at >= 0) // user info
        host = host.mid(at + 1);
    if (const qsizetype colon = host.indexOf(u':'); colon >= 0) // port
        host = host.left(colon);
    while (host.endsWith(u'.'))
        host.chop(1);
    QString key = host.toString().toCaseFolded();
    if (key.startsWith(QLatin1StringView("www.")))
        key.remove(0, 4);
    return key;
}

QString MatchIndex::nameKey(QStringView name, QStringView country)
{
    return nameKeyFromFolded(TextFold::fold(name.trimmed()), country);
}

QString MatchIndex::nameKeyFromFolded(QStringView foldedName, QStringView country)
{
    return foldedName.toString().simplified() + QLatin1Char('|') + country.toString();
}

QString MatchIndex::strongNameKey(QStringView name, QStringView country)
{
    return TextFold::foldKeepAccents(name) + QLatin1Char('|') + country.toString();
}

quint64 MatchIndex::hash(Kind kind, QStringView key)
{
    // FNV-1a over the UTF-16 code units, seeded with the kind: stable across runs and platforms (the history and
    // tests never depend on it, but reproducible behaviour helps when a collision has to be investigated).
    quint64 h = 14695981039346656037ULL ^ (static_cast<quint64>(kind) * 0x9E3779B97F4A7C15ULL);
    for (QChar c : key) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    // Final avalanche (from MurmurHash3's fmix64), so that sorted order spreads evenly.
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

Status MatchIndex::build(Database& db, const Wanted& wanted)
{
    m_entries.clear();
    m_livePartners = 0;
    m_allPartners = 0;
    sqlite3* handle = db.handle();
    if (!handle)
        return Error::storage(MatchIndexTr::tr("The database is not open."), QStringLiteral("no sqlite3 handle"));

    QElapsedTimer timer;
    timer.start();
    sqlite3_stmt* statement = nullptr;
    const char* sql = "SELECT local_id, name_key, country, external_id, email, website, email_domain, "
                      "deleted_at IS NULL FROM partner";
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) != SQLITE_OK) {
        return Error::storage(MatchIndexTr::tr("The partners could not be read."),
                              QString::fromUtf8(sqlite3_errmsg(handle)));
    }
    QString name, country, externalId, email, website, emailDomain;
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        ++m_allPartners;
        if (sqlite3_column_int(statement, 7) == 0)
            continue; // tombstones never match
        ++m_livePartners;
        const qint64 localId = sqlite3_column_int64(statement, 0);
        const QStringView countryText = columnText(statement, 2, country);
        m_entries.push_back({ hash(Name, nameKeyFromFolded(columnText(statement, 1, name), countryText)), localId });
        if (wanted.externalId) {
            if (const QString key = externalIdKey(columnText(statement, 3, externalId)); !key.isEmpty())
                m_entries.push_back({ hash(ExternalId, key), localId });
        }
        if (wanted.email) {
            if (const QString key = emailKey(columnText(statement, 4, email)); !key.isEmpty())
                m_entries.push_back({ hash(Email, key), localId });
        }
        if (wanted.domain) {
            const QString key = domainKey(columnText(statement, 5, website), columnText(statement, 6, emailDomain));
            if (!key.isEmpty())
                m_entries.push_back({ hash(Domain, key), localId });
        }
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE) {
        m_entries.clear();
        return Error::storage(MatchIndexTr::tr("The partners could not be read."),
                              QString::fromUtf8(sqlite3_errmsg(handle)));
    }
    std::sort(m_entries.begin(), m_entries.end());
    m_entries.shrink_to_fit();
    qCDebug(lcCsv) << "match index:" << m_livePartners << "live partners," << m_entries.size() << "keys in"
                   << timer.elapsed() << "ms";
    return {};
}

QList<qint64> MatchIndex::candidates(Kind kind, QStringView key) const
{
    QList<qint64> ids;
    if (m_entries.empty() || key.isEmpty())
        return ids;
    const Entry probe { hash(kind, key), std::numeric_limits<qint64>::min() };
    for (auto it = std::lower_bound(m_entries.begin(), m_entries.end(), probe);
         it != m_entries.end() && it->hash == probe.hash; ++it)
        ids.append(it->localId);
    return ids;
}

} // namespace ChannelDesk::Csv
