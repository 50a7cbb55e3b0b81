#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace ChannelDesk {
class Database;
}

namespace ChannelDesk::Csv {

/// The importer's match and duplicate keys, and a compact index of the stored partners' keys.
///
/// The index is built once per run from one scan of the live partners: a sorted vector of (64-bit hash, local id),
/// 16 bytes per key and partner, only for the keys the run uses, so a database of a million partners costs tens of
/// MB and a lookup is a binary search. Hash hits are candidates only: the importer verifies each against the row.
class MatchIndex final
{
public:
    /// What a key is made of. The values are mixed into the hash, so equal texts of different kinds never collide.
    enum Kind : std::uint8_t {
        PartnerId = 1,  ///< the ChannelDesk id (UUID text, lower case)
        ExternalId = 2, ///< trimmed, case-folded (IMP-02: external ids are case-insensitive)
        Email = 3,      ///< trimmed, case-folded
        Domain = 4,     ///< host of the website without scheme, www., port and path; else the email domain
        Name = 5,       ///< name folded like the partner search (case, accents, đ → d, whitespace) + country
    };

    // ----- keys ----------------------------------------------------------------------------------------------------

    static QString externalIdKey(QStringView externalId);
    static QString emailKey(QStringView email);
    static QString domainKey(QStringView website, QStringView emailDomain);
    /// Accent-insensitive name + country: equal keys are at least possible duplicates.
    static QString nameKey(QStringView name, QStringView country);
    /// From the stored sort key (TextFold::fold of the trimmed name), without folding again.
    static QString nameKeyFromFolded(QStringView foldedName, QStringView country);
    /// NFC, case and whitespace only (accents kept): equal keys are strong duplicates (Thiên Ân is not Thiện An).
    static QString strongNameKey(QStringView name, QStringView country);

    static quint64 hash(Kind kind, QStringView key);

    // ----- stored partners -----------------------------------------------------------------------------------------

    /// Which kinds to index; Name is always indexed (duplicate detection).
    struct Wanted
    {
        bool externalId = false;
        bool email = false;
        bool domain = false;
    };
    /// Reads every live partner once. Fails only on a storage error.
    Status build(Database& db, const Wanted& wanted);

    qint64 livePartners() const { return m_livePartners; }
    /// Every partner row, tombstones included (for the bulk loader's choice).
    qint64 allPartners() const { return m_allPartners; }

    /// Local ids whose key of `kind` hashes like `key` (candidates, to verify).
    QList<qint64> candidates(Kind kind, QStringView key) const;

private:
    struct Entry
    {
        quint64 hash;
        qint64 localId;
        bool operator<(const Entry& other) const
        {
            return hash < other.hash || (hash == other.hash && localId < other.localId);
        }
    };
    std::vector<Entry> m_entries;
    qint64 m_livePartners = 0;
    qint64 m_allPartners = 0;
};

} // namespace ChannelDesk::Csv
