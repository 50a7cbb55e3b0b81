#include "csv/PartnerImporter.h"

#include "common/Logging.h"
#include "common/Money.h"
#include "common/TextFold.h"
#include "common/Timestamp.h"
#include "common/Uuid.h"
#include "csv/CsvText.h"
#include "csv/ImportField.h"
#include "csv/MatchIndex.h"
#include "csv/ValueParser.h"
#include "domain/PartnerValidator.h"
#include "partners/ContactRepository.h"
#include "partners/PartnerRepository.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "tools/BulkLoader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QStringEncoder>

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <algorithm>
#include <array>
#include <bitset>
#include <optional>
#include <vector>

namespace ChannelDesk::Csv {

namespace {

struct ImporterTr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelDesk::Csv::PartnerImporter)
};

// One slot per ImportField, in importFields() order (checked at first use).
enum Slot : int {
    SName, SLegalName, SType, STier, SStage, SStageReason, SCountry, SRegion, SCity, SAddress, SWebsite, SEmailDomain,
    SPhone, SEmail, SOwner, SStart, SEnd, SReview, SRevenue, SCurrency, SExternalId, SNotes, SId,
    SFirst, SLast, SFull, STitle, SContactEmail, SContactPhone, SRole,
    SlotCount
};
constexpr int FirstContactSlot = SFirst;

const char* const SlotKeys[SlotCount] = {
    "partner.name", "partner.legal_name", "partner.type", "partner.tier", "partner.stage", "partner.stage_reason",
    "partner.country", "partner.region", "partner.city", "partner.address", "partner.website", "partner.email_domain",
    "partner.phone", "partner.email", "partner.owner", "partner.partnership_start", "partner.partnership_end",
    "partner.next_review", "partner.annual_revenue", "partner.revenue_currency", "partner.external_id",
    "partner.notes", "partner.id",
    "contact.first_name", "contact.last_name", "contact.full_name", "contact.job_title", "contact.email",
    "contact.phone", "contact.role",
};

// The stored columns behind each partner slot (revenue is two), for diffs and the history.
struct SlotColumns
{
    const char* first;
    const char* second;
    int count() const { return first ? (second ? 2 : 1) : 0; }
    const char* at(int i) const { return i == 0 ? first : second; }
};
const SlotColumns PartnerColumns[FirstContactSlot] = {
    { "name", nullptr }, { "legal_name", nullptr }, { "partner_type", nullptr }, { "tier", nullptr },
    { "stage", nullptr }, { "stage_reason", nullptr }, { "country", nullptr }, { "region", nullptr },
    { "city", nullptr }, { "address", nullptr }, { "website", nullptr }, { "email_domain", nullptr },
    { "phone", nullptr }, { "email", nullptr }, { "owner", nullptr }, { "partnership_start", nullptr },
    { "partnership_end", nullptr }, { "next_review", nullptr }, { "revenue_minor", "revenue_currency" },
    { nullptr, nullptr }, { "external_id", nullptr }, { "notes", nullptr }, { nullptr, nullptr },
};

const char* const ContactColumns[SlotCount - FirstContactSlot] = {
    "first_name", "last_name", nullptr, "job_title", "email", "phone", "role",
};

const PartnerFieldDef* partnerDef(const char* column)
{
    for (const PartnerFieldDef& def : partnerFields()) {
        if (qstrcmp(def.column, column) == 0)
            return &def;
    }
    return nullptr;
}

const ContactFieldDef* contactDef(const char* column)
{
    for (const ContactFieldDef& def : contactFields()) {
        if (qstrcmp(def.column, column) == 0)
            return &def;
    }
    return nullptr;
}

bool sameValue(const QVariant& a, const QVariant& b)
{
    const bool aNull = a.isNull() || !a.isValid();
    const bool bNull = b.isNull() || !b.isValid();
    if (aNull || bNull)
        return aNull == bNull;
    return a.toString() == b.toString();
}

bool isTextSlot(int slot)
{
    switch (slot) {
    case SType: case STier: case SStage: case SRole: case SCountry: case SStart: case SEnd: case SReview:
    case SRevenue: case SCurrency: case SId:
        return false;
    default:
        return true;
    }
}

bool isPhoneLike(const QString& value)
{
    // "+84 28 3822 1234" starts like a formula but is a phone number; flagging every one would bury real warnings.
    static const QRegularExpression phone(QStringLiteral(R"(^\+[0-9 ().\-/]+$)"));
    return phone.match(value).hasMatch();
}

QString displayText(int slot, const Partner& p)
{
    switch (slot) {
    case SType: return choiceLabel(partnerTypes(), p.type);
    case STier: return p.tier.isEmpty() ? QString() : choiceLabel(partnerTiers(), p.tier);
    case SStage: return choiceLabel(onboardingStages(), p.stage);
    case SStart: return Timestamp::dateToStorage(p.partnershipStart);
    case SEnd: return Timestamp::dateToStorage(p.partnershipEnd);
    case SReview: return Timestamp::dateToStorage(p.nextReview);
    case SRevenue:
        return p.annualRevenue ? p.annualRevenue->toPlainString() + QLatin1Char(' ') + p.annualRevenue->currency
                               : QString();
    default:
        break;
    }
    const SlotColumns& columns = PartnerColumns[slot];
    if (columns.count() == 0)
        return {};
    return partnerDef(columns.first)->get(p).toString();
}

QString contactDisplayText(int slot, const Contact& c)
{
    if (slot == SRole)
        return choiceLabel(contactRoles(), c.role);
    const char* column = ContactColumns[slot - FirstContactSlot];
    return column ? contactDef(column)->get(c).toString() : QString();
}

QString keyLabel(MatchIndex::Kind kind)
{
    switch (kind) {
    case MatchIndex::PartnerId: return ImporterTr::tr("ChannelDesk ID");
    case MatchIndex::ExternalId: return ImporterTr::tr("external ID");
    case MatchIndex::Email: return ImporterTr::tr("email");
    case MatchIndex::Domain: return ImporterTr::tr("website domain");
    case MatchIndex::Name: return ImporterTr::tr("name and country");
    }
    return {};
}

MatchIndex::Kind kindOf(MatchKey key)
{
    switch (key) {
    case MatchKey::PartnerId: return MatchIndex::PartnerId;
    case MatchKey::ExternalId: return MatchIndex::ExternalId;
    case MatchKey::Email: return MatchIndex::Email;
    case MatchKey::WebsiteDomain: return MatchIndex::Domain;
    case MatchKey::NameCountry: return MatchIndex::Name;
    }
    return MatchIndex::Name;
}

/// Every row's match keys, as the file gives them (a country name already turned into its code).
struct RowKeys
{
    QString id, externalId, email, domain, name, strongName;
    QString nameText, countryText; ///< for people (duplicate group keys)
};

/// A key repeated inside the file: the later line, the first line, and which key.
struct FileDuplicate
{
    quint32 line;
    quint32 firstLine;
    MatchIndex::Kind kind;
    /// The same partner values as the first line plus a contact: one more contact of that partner (an export with
    /// contacts, a CRM contact report), attached to it instead of rejected.
    bool contactRow = false;
    bool operator<(const FileDuplicate& other) const { return line < other.line; }
};

/// The partner a first line of repeated rows became, for the contact rows after it.
struct RowPartner
{
    QByteArray id; ///< empty in a dry run for a partner that would be created
    bool created = false;
};

/// The row's contact on a stored partner: matched within it (IMP-02) or new.
struct ContactPlan
{
    std::optional<Contact> before;
    Contact after;
    bool create = false;
    bool changed = false;
};

/// A hashed key of one line, collected in the analysis pass (16 bytes: a million rows with four keys is 64 MB at
/// most, and only until the analysis ends).
struct FileKey
{
    quint64 hash;
    quint32 lineAndKind; ///< line in the low 29 bits, kind in the high 3
    quint32 strong;      ///< Name keys: hash of the accent-keeping key, to tell strong from possible duplicates
    bool operator<(const FileKey& other) const
    {
        return hash < other.hash || (hash == other.hash && lineAndKind < other.lineAndKind);
    }
};
constexpr quint32 LineMask = (1u << 29) - 1;

constexpr int MaxDuplicateGroups = 10000;
constexpr int MaxLinesPerGroup = 1000;

// ---------------------------------------------------------------------------------------------------------------

class Run
{
public:
    Run(Database& db, const QString& path, const ImportOptions& options, const PartnerImporter::Progress& progress,
        const std::atomic_bool* cancel)
        : m_db(db), m_path(path), m_options(options), m_progress(progress), m_cancel(cancel)
    {
    }

    Result<ImportReport> exec();

private:
    Status analyse();
    Status writePass();
    Status processRecord(const CsvRecord& record);
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    Error cancelledError() const
    {
        return Error { Error::Code::Cancelled, ImporterTr::tr("The import was cancelled; nothing was changed."), {}, {} };
    }
    void reportProgress(qint64 done, qint64 total, int phase);

    QString cell(const CsvRecord& record, int slot) const;
    RowKeys keysOf(const CsvRecord& record) const;
    void collectKeys(const CsvRecord& record, std::vector<FileKey>& keys);
    void buildFileDuplicates(std::vector<FileKey>& keys);
    QString groupKeyText(MatchIndex::Kind kind, const RowKeys& keys) const;

    struct Match
    {
        qint64 localId = 0;
        int count = 0; ///< 0 none, 1 one, ≥ 2 ambiguous
        MatchIndex::Kind kind = MatchIndex::Name;
    };
    Result<Match> match(const RowKeys& keys);
    struct Stored
    {
        QByteArray id;
        QString name, country, externalId, email, website, emailDomain;
        bool live = false;
    };
    Result<Stored> stored(qint64 localId);
    /// The whole stored partner, through one statement prepared for the run (a row per match: the repository's
    /// get() would prepare its own every time).
    Result<Partner> load(qint64 localId);
    std::optional<QSqlQuery> m_loadQuery;
    Status storedDuplicates(const RowKeys& keys, qint64 matchedLocalId, qint64 line);

    Result<bool> planContact(const QByteArray& partnerId, const Contact& contact, std::bitset<SlotCount> provided,
                             RowOutcome& row, ContactPlan& plan);
    Status writeContact(const ContactPlan& plan);
    Status contactRow(RowOutcome& row, const FileDuplicate& duplicate, Contact contact, std::bitset<SlotCount> provided);
    void rememberPartner(qint64 line, const QByteArray& id, bool created);
    void reject(RowOutcome& row, const QString& code, const QString& message);
    void keep(RowOutcome&& row);
    Status flushCreated(bool force);
    Status recordChange(const QString& entity, const QByteArray& id, const QVariantMap& before, const QVariantMap& after);

    Database& m_db;
    QString m_path;
    const ImportOptions& m_options;
    const PartnerImporter::Progress& m_progress;
    const std::atomic_bool* m_cancel;

    ImportReport m_report;
    int m_column[SlotCount];
    QSet<MatchIndex::Kind> m_keyKinds; ///< selected match keys whose columns are present
    ValueParser::DayOrder m_dayOrder[SlotCount];
    QChar m_decimal = u'.';
    qint64 m_analysedRecords = 0; ///< data records the analysis pass read
    std::bitset<SlotCount> m_blankOverwrites; ///< slots whose blank cells clear the stored value (IMP-04)
    QString m_headerCurrency;
    int m_lastProgress = -1;

    std::vector<FileDuplicate> m_fileDuplicates;           ///< sorted by line
    std::vector<std::pair<quint32, int>> m_groupFirstLines; ///< (first line, group index), sorted: to name the key
    std::vector<MatchIndex::Kind> m_groupKinds;             ///< by group index: the key the group's lines share
    std::vector<quint32> m_fingerprints; ///< analysis only, by line: hash of the partner values, bit 31 = has a contact
    std::vector<quint32> m_contactRowFirstLines;            ///< sorted: lines whose partner contact rows join
    QHash<qint64, RowPartner> m_rowPartners;                ///< those lines' partners

    MatchIndex m_index;
    std::optional<QSqlQuery> m_storedQuery;
    std::optional<QSqlQuery> m_byIdQuery;
    QHash<qint64, qint64> m_matchedBy; ///< stored partner local id → the line that matched it

    std::unique_ptr<BulkLoader> m_loader;
    std::optional<PartnerRepository> m_partners;
    std::optional<ContactRepository> m_contacts;
    qint64 m_runId = 0;
    QByteArray m_createdPartners;
    QByteArray m_createdContacts;
    qint64 m_kept[4] = {};
};

QString Run::cell(const CsvRecord& record, int slot) const
{
    const int column = m_column[slot];
    if (column < 0 || column >= record.fields.size())
        return {};
    return CsvText::restoreNeutralised(CsvText::cleaned(record.fields.at(column)));
}

RowKeys Run::keysOf(const CsvRecord& record) const
{
    RowKeys keys;
    if (m_keyKinds.contains(MatchIndex::PartnerId))
        keys.id = cell(record, SId).toLower();
    if (m_keyKinds.contains(MatchIndex::ExternalId))
        keys.externalId = MatchIndex::externalIdKey(cell(record, SExternalId));
    if (m_keyKinds.contains(MatchIndex::Email))
        keys.email = MatchIndex::emailKey(cell(record, SEmail));
    if (m_keyKinds.contains(MatchIndex::Domain))
        keys.domain = MatchIndex::domainKey(cell(record, SWebsite), cell(record, SEmailDomain));
    keys.nameText = cell(record, SName);
    if (!keys.nameText.isEmpty()) {
        const QString countryCell = cell(record, SCountry);
        const QString code = ValueParser::countryCode(countryCell);
        keys.countryText = code.isEmpty() ? countryCell : code;
        keys.name = MatchIndex::nameKey(keys.nameText, keys.countryText);
        keys.strongName = MatchIndex::strongNameKey(keys.nameText, keys.countryText);
    }
    return keys;
}

void Run::collectKeys(const CsvRecord& record, std::vector<FileKey>& keys)
{
    if (record.line > LineMask)
        return; // half a billion lines: beyond any spreadsheet; no in-file duplicate check for the rest
    const quint32 line = static_cast<quint32>(record.line);
    const RowKeys k = keysOf(record);
    // The row's partner values and whether it carries a contact: rows repeating a partner for each of its contacts
    // have equal fingerprints.
    QString partnerValues;
    bool contact = false;
    for (int s = 0; s < SlotCount; ++s) {
        if (m_column[s] < 0)
            continue;
        const QString value = cell(record, s);
        if (s < FirstContactSlot)
            partnerValues += value + QChar(0x1F);
        else if (!value.isEmpty())
            contact = true;
    }
    if (m_fingerprints.size() <= line)
        m_fingerprints.resize(size_t(line) + 1 + m_fingerprints.size() / 2, 0);
    m_fingerprints[line] = (static_cast<quint32>(MatchIndex::hash(MatchIndex::Name, partnerValues)) & 0x7fffffffu)
        | (contact ? 0x80000000u : 0u);
    auto add = [&](MatchIndex::Kind kind, const QString& key, quint32 strong) {
        if (!key.isEmpty())
            keys.push_back({ MatchIndex::hash(kind, key), line | (quint32(kind) << 29), strong });
    };
    // The strong-name hash's low bit marks a row identified by its ChannelDesk id.
    const quint32 strong = static_cast<quint32>(MatchIndex::hash(MatchIndex::Name, k.strongName)) & ~1u;
    if (!k.id.isEmpty()) {
        // A row with a ChannelDesk id (our own export) is that partner: rows with different ids are different
        // partners even when they share an email or a name, so only a repeated id is a repeated key. Shared names
        // are still reported as duplicate groups.
        add(MatchIndex::PartnerId, k.id, 0);
        if (!k.name.isEmpty())
            add(MatchIndex::Name, k.name, strong | 1u);
        return;
    }
    add(MatchIndex::ExternalId, k.externalId, 0);
    add(MatchIndex::Email, k.email, 0);
    add(MatchIndex::Domain, k.domain, 0);
    if (!k.name.isEmpty())
        add(MatchIndex::Name, k.name, strong);
}

void Run::buildFileDuplicates(std::vector<FileKey>& keys)
{
    std::sort(keys.begin(), keys.end());
    auto addGroup = [this](bool strong, const std::vector<quint32>& lines, MatchIndex::Kind kind) {
        if (m_report.duplicates.size() >= MaxDuplicateGroups)
            return;
        m_groupKinds.push_back(kind);
        DuplicateGroup group;
        group.strong = strong;
        for (qsizetype i = 0; i < qsizetype(lines.size()) && i < MaxLinesPerGroup; ++i)
            group.lines.append(lines[i]);
        m_groupFirstLines.push_back({ lines.front(), static_cast<int>(m_report.duplicates.size()) });
        m_report.duplicates.append(group);
    };
    const bool nameIsKey = m_keyKinds.contains(MatchIndex::Name);
    auto sameRow = [this](quint32 later, quint32 first) {
        const quint32 a = later < m_fingerprints.size() ? m_fingerprints[later] : 0;
        const quint32 b = first < m_fingerprints.size() ? m_fingerprints[first] : 0;
        return (a & 0x80000000u) && (a & 0x7fffffffu) == (b & 0x7fffffffu);
    };
    // Pushes the later lines as repeated; returns whether any of them is more than another contact of the first.
    auto repeated = [&](const std::vector<quint32>& lines, MatchIndex::Kind kind) {
        bool real = false;
        for (size_t k = 1; k < lines.size(); ++k) {
            const bool contactRow = sameRow(lines[k], lines[0]);
            m_fileDuplicates.push_back({ lines[k], lines[0], kind, contactRow });
            real |= !contactRow;
        }
        return real;
    };
    size_t i = 0;
    while (i < keys.size()) {
        size_t end = i + 1;
        while (end < keys.size() && keys[end].hash == keys[i].hash)
            ++end;
        if (end - i >= 2) {
            const auto kind = static_cast<MatchIndex::Kind>(keys[i].lineAndKind >> 29);
            if (kind != MatchIndex::Name) {
                // Checklist 28: the later rows with the same key are rejected, naming the first.
                std::vector<quint32> lines;
                for (size_t k = i; k < end; ++k)
                    lines.push_back(keys[k].lineAndKind & LineMask);
                if (repeated(lines, kind))
                    addGroup(true, lines, kind);
            } else {
                // Same accent-insensitive name + country: strong duplicates share the accent-keeping key too;
                // different accent-keeping keys make the whole group possible duplicates (Thiên Ân vs Thiện An).
                auto strongOf = [](const FileKey& key) { return key.strong & ~1u; };
                std::sort(keys.begin() + qsizetype(i), keys.begin() + qsizetype(end),
                          [&](const FileKey& a, const FileKey& b) {
                              return strongOf(a) < strongOf(b)
                                  || (strongOf(a) == strongOf(b) && a.lineAndKind < b.lineAndKind);
                          });
                std::vector<quint32> all;
                int distinct = 0;
                size_t s = i;
                while (s < end) {
                    size_t sEnd = s + 1;
                    while (sEnd < end && strongOf(keys[sEnd]) == strongOf(keys[s]))
                        ++sEnd;
                    ++distinct;
                    std::vector<quint32> lines;
                    bool withIds = false; // rows with ChannelDesk ids are told apart by them, never rejected here
                    for (size_t k = s; k < sEnd; ++k) {
                        lines.push_back(keys[k].lineAndKind & LineMask);
                        withIds |= (keys[k].strong & 1u) != 0;
                    }
                    all.insert(all.end(), lines.begin(), lines.end());
                    if (lines.size() >= 2) {
                        bool real = true;
                        if (nameIsKey && !withIds) {
                            real = repeated(lines, MatchIndex::Name);
                        } else {
                            real = false;
                            for (size_t k = 1; k < lines.size(); ++k)
                                real |= !sameRow(lines[k], lines[0]);
                        }
                        if (real)
                            addGroup(true, lines, MatchIndex::Name);
                    }
                    s = sEnd;
                }
                if (distinct >= 2) {
                    std::sort(all.begin(), all.end());
                    addGroup(false, all, MatchIndex::Name);
                }
            }
        }
        i = end;
    }
    // A line repeated under several keys is rejected once, for the first key that finds it; it is a contact row only
    // when every key agrees on the same first line.
    std::stable_sort(m_fileDuplicates.begin(), m_fileDuplicates.end());
    std::vector<FileDuplicate> merged;
    for (size_t at = 0; at < m_fileDuplicates.size();) {
        FileDuplicate one = m_fileDuplicates[at];
        size_t j = at + 1;
        for (; j < m_fileDuplicates.size() && m_fileDuplicates[j].line == one.line; ++j) {
            one.contactRow = one.contactRow && m_fileDuplicates[j].contactRow
                && m_fileDuplicates[j].firstLine == one.firstLine;
        }
        merged.push_back(one);
        at = j;
    }
    m_fileDuplicates = std::move(merged);
    for (const FileDuplicate& d : m_fileDuplicates) {
        if (d.contactRow)
            m_contactRowFirstLines.push_back(d.firstLine);
    }
    std::sort(m_contactRowFirstLines.begin(), m_contactRowFirstLines.end());
    m_contactRowFirstLines.erase(std::unique(m_contactRowFirstLines.begin(), m_contactRowFirstLines.end()),
                                 m_contactRowFirstLines.end());
    std::sort(m_groupFirstLines.begin(), m_groupFirstLines.end());
    m_fingerprints = {};
}

QString Run::groupKeyText(MatchIndex::Kind kind, const RowKeys& keys) const
{
    switch (kind) {
    case MatchIndex::PartnerId: return keyLabel(kind) + QStringLiteral(": ") + keys.id;
    case MatchIndex::ExternalId: return keyLabel(kind) + QStringLiteral(": ") + keys.externalId;
    case MatchIndex::Email: return keyLabel(kind) + QStringLiteral(": ") + keys.email;
    case MatchIndex::Domain: return keyLabel(kind) + QStringLiteral(": ") + keys.domain;
    case MatchIndex::Name:
        return keyLabel(kind) + QStringLiteral(": ") + keys.nameText
            + (keys.countryText.isEmpty() ? QString() : QStringLiteral(", ") + keys.countryText);
    }
    return {};
}

void Run::reportProgress(qint64 done, qint64 total, int phase)
{
    if (!m_progress || total <= 0)
        return;
    // About every 0.5 %: 200 steps per phase.
    const int step = static_cast<int>(qMin<qint64>(200, done * 200 / total)) + phase * 1000;
    if (step != m_lastProgress) {
        m_lastProgress = step;
        m_progress(done, total, phase);
    }
}

Status Run::analyse()
{
    CsvReader reader;
    if (Status status = reader.open(m_path, m_options.read); !status)
        return status;
    m_report.fileName = QFileInfo(m_path).fileName();
    m_report.dialect = reader.dialect();
    m_report.header = reader.header();
    m_report.headerLine = reader.headerLine();
    m_report.dryRun = m_options.dryRun;

    // The mapping as used: one entry per header column, unknown keys and second uses of a field dropped.
    ImportMapping mapping;
    std::fill(std::begin(m_column), std::end(m_column), -1);
    for (qsizetype c = 0; c < m_report.header.size(); ++c) {
        QString key = c < m_options.mapping.fieldForColumn.size() ? m_options.mapping.fieldForColumn.at(c) : QString();
        int slot = -1;
        for (int s = 0; s < SlotCount && !key.isEmpty(); ++s) {
            if (key == QLatin1StringView(SlotKeys[s]))
                slot = s;
        }
        if (slot < 0 || m_column[slot] >= 0) {
            if (!key.isEmpty())
                qCWarning(lcCsv) << "column" << c << "mapping" << key << "ignored (unknown or already mapped)";
            key.clear();
        } else {
            m_column[slot] = static_cast<int>(c);
        }
        mapping.fieldForColumn.append(key);
    }
    mapping.blankOverwrites = m_options.mapping.blankOverwrites;
    m_report.mapping = mapping;
    for (int s = 0; s < SlotCount; ++s)
        m_blankOverwrites[s] = mapping.blankOverwrites.contains(QLatin1StringView(SlotKeys[s]));

    if (m_options.mode != ImportMode::UpdateOnly && m_column[SName] < 0) {
        return Error::validation(QStringLiteral("partner.name"),
                                 ImporterTr::tr("Choose the column that holds the partner's name: new partners need "
                                                "one."));
    }
    if (m_options.mode == ImportMode::UpdateOnly) {
        bool anyKey = false;
        for (MatchKey key : m_options.matchKeys) {
            if ((key == MatchKey::PartnerId && m_column[SId] >= 0)
                || (key == MatchKey::ExternalId && m_column[SExternalId] >= 0)
                || (key == MatchKey::Email && m_column[SEmail] >= 0)
                || (key == MatchKey::WebsiteDomain && (m_column[SWebsite] >= 0 || m_column[SEmailDomain] >= 0))
                || (key == MatchKey::NameCountry && m_column[SName] >= 0 && m_column[SCountry] >= 0))
                anyKey = true;
        }
        if (!anyKey) {
            return Error::validation(QString(), ImporterTr::tr("None of the chosen match keys has a column in this "
                                                               "file, so no row could update a partner."));
        }
    }
    // IMP-03: a rule whose column is absent is skipped.
    for (MatchKey key : m_options.matchKeys) {
        switch (key) {
        case MatchKey::PartnerId: if (m_column[SId] >= 0) m_keyKinds.insert(MatchIndex::PartnerId); break;
        case MatchKey::ExternalId: if (m_column[SExternalId] >= 0) m_keyKinds.insert(MatchIndex::ExternalId); break;
        case MatchKey::Email: if (m_column[SEmail] >= 0) m_keyKinds.insert(MatchIndex::Email); break;
        case MatchKey::WebsiteDomain:
            if (m_column[SWebsite] >= 0 || m_column[SEmailDomain] >= 0)
                m_keyKinds.insert(MatchIndex::Domain);
            break;
        case MatchKey::NameCountry:
            if (m_column[SName] >= 0 && m_column[SCountry] >= 0)
                m_keyKinds.insert(MatchIndex::Name);
            break;
        }
    }
    if (m_column[SRevenue] >= 0)
        m_headerCurrency = ValueParser::currencyInHeader(m_report.header.at(m_column[SRevenue]));

    // The analysis pass: every record once, for the columns' formats and the keys repeated inside the file.
    const int dateSlots[] = { SStart, SEnd, SReview };
    ValueParser::DateColumn dates[3];
    ValueParser::NumberColumn numbers;
    std::vector<FileKey> keys;
    CsvRecord record;
    qint64 count = 0;
    while (reader.next(record)) {
        if (++count % 64 == 0) { // progress about every 0.5 %, cancel within a fraction of a second
            if (cancelled())
                return cancelledError();
            reportProgress(reader.bytesRead(), reader.fileSize(), 0);
        }
        if (record.rejected())
            continue;
        for (int d = 0; d < 3; ++d) {
            if (m_column[dateSlots[d]] >= 0)
                dates[d].observe(cell(record, dateSlots[d]));
        }
        if (m_column[SRevenue] >= 0)
            numbers.observe(cell(record, SRevenue));
        collectKeys(record, keys);
    }
    if (!reader.error())
        return reader.error();
    if (cancelled())
        return cancelledError();
    m_analysedRecords = count;

    // Defaults when no value decides: what the file's origin suggests (';' comes from decimal-comma locales).
    const QChar delimiter = m_report.dialect.delimiter;
    const ValueParser::DayOrder fallbackOrder = delimiter == u';' ? ValueParser::DayOrder::DayMonth
                                                                  : ValueParser::localeDayOrder();
    for (int d = 0; d < 3; ++d) {
        const int slot = dateSlots[d];
        m_dayOrder[slot] = dates[d].order(fallbackOrder);
        if (m_column[slot] >= 0 && dates[d].guessed()) {
            const QString header = m_report.header.at(m_column[slot]);
            m_report.fileIssues.append(CsvIssue {
                m_report.headerLine, QStringLiteral("ambiguous_date_order"),
                fallbackOrder == ValueParser::DayOrder::DayMonth
                    ? ImporterTr::tr("No date in column “%1” shows whether the day or the month comes first; "
                                     "they were read as day/month/year.").arg(header)
                    : ImporterTr::tr("No date in column “%1” shows whether the day or the month comes first; "
                                     "they were read as month/day/year.").arg(header),
                false });
        }
    }
    QChar fallbackDecimal = u'.';
    if (delimiter == u';')
        fallbackDecimal = u',';
    else if (delimiter != u',' && QLocale().decimalPoint() == QStringLiteral(","))
        fallbackDecimal = u',';
    m_decimal = numbers.decimalSeparator(fallbackDecimal);

    buildFileDuplicates(keys);
    qCDebug(lcCsv) << "analysis:" << count << "records," << keys.size() << "keys," << m_fileDuplicates.size()
                   << "repeated in the file";
    return {};
}

Result<Run::Stored> Run::stored(qint64 localId)
{
    if (!m_storedQuery) {
        m_storedQuery.emplace(m_db.connection());
        m_storedQuery->prepare(QStringLiteral("SELECT id, name, country, external_id, email, website, email_domain, "
                                              "deleted_at IS NULL FROM partner WHERE local_id = ?"));
    }
    QSqlQuery& query = *m_storedQuery;
    query.bindValue(0, localId);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    Stored s;
    if (query.next()) {
        s.id = query.value(0).toByteArray();
        s.name = query.value(1).toString();
        s.country = query.value(2).toString();
        s.externalId = query.value(3).toString();
        s.email = query.value(4).toString();
        s.website = query.value(5).toString();
        s.emailDomain = query.value(6).toString();
        s.live = query.value(7).toBool();
    }
    query.finish();
    return s;
}

Result<Partner> Run::load(qint64 localId)
{
    const QList<PartnerFieldDef>& fields = partnerFields();
    if (!m_loadQuery) {
        QStringList columns { QStringLiteral("id"), QStringLiteral("deleted_at") };
        for (const PartnerFieldDef& field : fields)
            columns.append(QString::fromLatin1(field.column)); // from the field table, never from input
        m_loadQuery.emplace(m_db.connection());
        m_loadQuery->setForwardOnly(true);
        m_loadQuery->prepare(QStringLiteral("SELECT ") + columns.join(QLatin1Char(','))
                             + QStringLiteral(" FROM partner WHERE local_id = ?"));
    }
    QSqlQuery& query = *m_loadQuery;
    query.bindValue(0, localId);
    if (Status status = Sql::exec(query); !status)
        return status.error();
    if (!query.next())
        return Error::notFound(ImporterTr::tr("The partner no longer exists."));
    Partner p;
    p.id = query.value(0).toByteArray();
    p.deletedAt = Timestamp::fromStorage(query.value(1).toString());
    for (int i = 0; i < fields.size(); ++i)
        fields.at(i).set(p, query.value(i + 2));
    query.finish();
    return p;
}

Result<Run::Match> Run::match(const RowKeys& keys)
{
    for (MatchKey key : m_options.matchKeys) {
        const MatchIndex::Kind kind = kindOf(key);
        if (!m_keyKinds.contains(kind))
            continue; // IMP-03: the rule's column is not in the file
        Match result;
        result.kind = kind;
        if (kind == MatchIndex::PartnerId) {
            if (keys.id.isEmpty())
                continue;
            if (!m_byIdQuery) {
                m_byIdQuery.emplace(m_db.connection());
                m_byIdQuery->prepare(QStringLiteral("SELECT local_id FROM partner WHERE id = ? AND deleted_at IS NULL"));
            }
            m_byIdQuery->bindValue(0, Uuid::fromString(keys.id));
            if (Status status = Sql::exec(*m_byIdQuery); !status)
                return status.error();
            if (m_byIdQuery->next()) {
                result.localId = m_byIdQuery->value(0).toLongLong();
                result.count = 1;
            }
            m_byIdQuery->finish();
            if (result.count)
                return result;
            continue;
        }
        const QString& key_ = kind == MatchIndex::ExternalId ? keys.externalId
            : kind == MatchIndex::Email                      ? keys.email
            : kind == MatchIndex::Domain                     ? keys.domain
                                                             : keys.name;
        if (key_.isEmpty())
            continue;
        for (qint64 candidate : m_index.candidates(kind, key_)) {
            const Result<Stored> s = stored(candidate);
            if (!s)
                return s.error();
            if (!s->live)
                continue;
            bool same = false;
            switch (kind) {
            case MatchIndex::ExternalId: same = MatchIndex::externalIdKey(s->externalId) == keys.externalId; break;
            case MatchIndex::Email: same = MatchIndex::emailKey(s->email) == keys.email; break;
            case MatchIndex::Domain: same = MatchIndex::domainKey(s->website, s->emailDomain) == keys.domain; break;
            case MatchIndex::Name:
                // Matching takes strong equality only; accent-only equality is a possible duplicate, never a match.
                same = MatchIndex::strongNameKey(s->name, s->country) == keys.strongName;
                break;
            case MatchIndex::PartnerId: break;
            }
            if (same) {
                ++result.count;
                result.localId = candidate;
            }
        }
        if (result.count >= 1)
            return result;
    }
    return Match {};
}

Status Run::storedDuplicates(const RowKeys& keys, qint64 matchedLocalId, qint64 line)
{
    if (keys.name.isEmpty() || m_report.duplicates.size() >= MaxDuplicateGroups)
        return {};
    const QList<qint64> candidates = m_index.candidates(MatchIndex::Name, keys.name);
    if (candidates.isEmpty())
        return {};
    DuplicateGroup strong { true, groupKeyText(MatchIndex::Name, keys), { line }, {} };
    DuplicateGroup possible { false, strong.key, { line }, {} };
    for (qint64 candidate : candidates) {
        if (candidate == matchedLocalId)
            continue;
        const Result<Stored> s = stored(candidate);
        if (!s)
            return s.error();
        if (!s->live || MatchIndex::nameKey(s->name, s->country) != keys.name)
            continue;
        if (MatchIndex::strongNameKey(s->name, s->country) == keys.strongName)
            strong.existingIds.append(s->id);
        else
            possible.existingIds.append(s->id);
    }
    if (!strong.existingIds.isEmpty())
        m_report.duplicates.append(strong);
    if (!possible.existingIds.isEmpty())
        m_report.duplicates.append(possible);
    return {};
}

void Run::reject(RowOutcome& row, const QString& code, const QString& message)
{
    row.kind = RowOutcome::Kind::Rejected;
    row.code = code;
    row.message = message;
    row.partnerId.clear();
    row.changes.clear();
}

void Run::keep(RowOutcome&& row)
{
    switch (row.kind) {
    case RowOutcome::Kind::Created: ++m_report.created; break;
    case RowOutcome::Kind::Updated: ++m_report.updated; break;
    case RowOutcome::Kind::Unchanged: ++m_report.unchanged; break;
    case RowOutcome::Kind::Rejected: ++m_report.rejected; break;
    }
    if (row.kind != RowOutcome::Kind::Rejected)
        m_report.warnings += row.warnings.size();
    // Rejected and warned rows always; the rest up to the detail limit of each kind, so memory stays bounded.
    const int kind = static_cast<int>(row.kind);
    if (row.kind == RowOutcome::Kind::Rejected || !row.warnings.isEmpty()
        || m_kept[kind] < ImportReport::detailLimit) {
        if (row.kind != RowOutcome::Kind::Rejected && row.warnings.isEmpty())
            ++m_kept[kind];
        m_report.rows.append(std::move(row));
    }
}

Status Run::flushCreated(bool force)
{
    constexpr qsizetype ChunkIds = 1024;
    for (auto [entity, buffer] : { std::pair { "partner", &m_createdPartners }, std::pair { "contact", &m_createdContacts } }) {
        if (buffer->isEmpty() || (!force && buffer->size() < ChunkIds * 16))
            continue;
        QSqlQuery insert(m_db.connection());
        insert.prepare(QStringLiteral("INSERT INTO import_created (run_id, entity, ids) VALUES (?, ?, ?)"));
        insert.addBindValue(m_runId);
        insert.addBindValue(QString::fromLatin1(entity));
        insert.addBindValue(*buffer);
        if (Status status = Sql::exec(insert); !status)
            return status;
        buffer->clear();
    }
    return {};
}

Status Run::recordChange(const QString& entity, const QByteArray& id, const QVariantMap& before,
                         const QVariantMap& after)
{
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO import_change (run_id, entity, record_id, before_values, after_values) "
                                  "VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(m_runId);
    insert.addBindValue(entity);
    insert.addBindValue(id);
    insert.addBindValue(RecordWriter::outboxJson(before));
    insert.addBindValue(RecordWriter::outboxJson(after));
    return Sql::exec(insert);
}

Status Run::processRecord(const CsvRecord& record)
{
    ++m_report.records;
    RowOutcome row;
    row.line = record.line;
    for (const CsvIssue& issue : record.issues) {
        if (!issue.rejects)
            row.warnings.append(issue);
    }
    if (record.rejected()) {
        for (const CsvIssue& issue : record.issues) {
            if (issue.rejects) {
                reject(row, issue.code, issue.message);
                break;
            }
        }
        keep(std::move(row));
        return {};
    }

    auto done = [this, &row] {
        keep(std::move(row));
        return Status();
    };
    std::bitset<SlotCount> provided;
    QString value[SlotCount];
    auto header = [this](int slot) { return m_report.header.value(m_column[slot]); };
    auto warn = [&row](const QString& code, const QString& message) {
        row.warnings.append(CsvIssue { row.line, code, message, false });
    };
    for (int s = 0; s < SlotCount; ++s) {
        const int column = m_column[s];
        if (column < 0 || column >= record.fields.size())
            continue;
        const QString cleaned = CsvText::cleaned(record.fields.at(column));
        if (isTextSlot(s) && CsvText::isFormulaLike(cleaned) && !isPhoneLike(cleaned)) {
            warn(QStringLiteral("formula_like"),
                 ImporterTr::tr("The value in column “%1” starts with “%2”, so a spreadsheet would run it as a "
                                "formula; it was stored as text.")
                     .arg(header(s), cleaned.left(1)));
        }
        value[s] = CsvText::restoreNeutralised(cleaned);
        if (!value[s].isEmpty() || m_blankOverwrites[s])
            provided.set(s);
    }
    row.name = value[SName];

    // ----- values → a partner and a contact (checklist E) -----
    Partner in;
    in.type.clear();
    in.stage.clear();
    Contact contact;
    contact.role.clear();
    auto invalid = [&row, this](const QString& message) { reject(row, QStringLiteral("invalid_value"), message); };
    auto choice = [&](int slot, ValueParser::Choice which, const QList<Choice>& choices, QString& target) {
        if (value[slot].isEmpty())
            return true; // a blank overwrite: the empty code (valid for the tier only; the validator says so)
        const std::optional<QString> code = ValueParser::choiceCode(which, value[slot]);
        if (!code) {
            QStringList labels;
            for (const Choice& c : choices) {
                if (!c.code.isEmpty())
                    labels.append(c.label);
            }
            invalid(ImporterTr::tr("“%1” in column “%2” is not one of the choices: %3.")
                              .arg(value[slot], header(slot), labels.join(QStringLiteral(", "))));
            return false;
        }
        target = *code;
        return true;
    };

    in.name = value[SName];
    in.legalName = value[SLegalName];
    in.stageReason = value[SStageReason];
    in.region = value[SRegion];
    in.city = value[SCity];
    in.address = value[SAddress];
    in.website = value[SWebsite];
    in.emailDomain = value[SEmailDomain];
    in.phone = value[SPhone];
    in.email = value[SEmail];
    in.owner = value[SOwner];
    in.externalId = value[SExternalId];
    in.notes = value[SNotes];
    if (provided[SType] && !choice(SType, ValueParser::Choice::PartnerType, partnerTypes(), in.type))
        return done();
    if (provided[STier] && !choice(STier, ValueParser::Choice::Tier, partnerTiers(), in.tier))
        return done();
    if (provided[SStage] && !choice(SStage, ValueParser::Choice::Stage, onboardingStages(), in.stage))
        return done();
    if (provided[SRole] && !choice(SRole, ValueParser::Choice::ContactRole, contactRoles(), contact.role))
        return done();
    if (!value[SCountry].isEmpty()) {
        in.country = ValueParser::countryCode(value[SCountry]);
        if (in.country.isEmpty()) {
            invalid(ImporterTr::tr("“%1” in column “%2” is not a country. Use an ISO code such as VN or DE, "
                                             "or the country's name.")
                                  .arg(value[SCountry], header(SCountry)));
            return done();
        }
    }
    if (!value[SId].isEmpty() && Uuid::fromString(value[SId]).isEmpty()) {
        invalid(ImporterTr::tr("“%1” in column “%2” is not a ChannelDesk ID.").arg(value[SId], header(SId)));
        return done();
    }
    for (int slot : { SStart, SEnd, SReview }) {
        if (value[slot].isEmpty())
            continue;
        const QDate date = ValueParser::parseDate(value[slot], m_dayOrder[slot]);
        if (!date.isValid()) {
            warn(QStringLiteral("unparsed_date"),
                 ImporterTr::tr("“%1” in column “%2” is not a date; the field was left empty.")
                     .arg(value[slot], header(slot)));
            provided.reset(slot); // a value we could not read never clears a stored one
            continue;
        }
        (slot == SStart ? in.partnershipStart : slot == SEnd ? in.partnershipEnd : in.nextReview) = date;
    }
    QString currency;
    if (!value[SCurrency].isEmpty()) {
        currency = ValueParser::currencyCode(value[SCurrency]);
        if (currency.isEmpty()) {
            invalid(ImporterTr::tr("“%1” in column “%2” is not an ISO 4217 currency code such as EUR or VND.")
                                   .arg(value[SCurrency], header(SCurrency)));
            return done();
        }
    } else {
        currency = m_headerCurrency;
    }
    provided.reset(SCurrency); // the currency travels with the amount
    if (!value[SRevenue].isEmpty()) {
        const std::optional<ValueParser::Amount> amount = ValueParser::parseAmount(value[SRevenue], m_decimal);
        if (!amount) {
            warn(QStringLiteral("unparsed_number"),
                 ImporterTr::tr("“%1” in column “%2” is not an amount; the field was left empty.")
                     .arg(value[SRevenue], header(SRevenue)));
            provided.reset(SRevenue);
        } else {
            if (!amount->currency.isEmpty() && !currency.isEmpty() && amount->currency != currency) {
                invalid(ImporterTr::tr("The amount “%1” in column “%2” is in %3, but the row's currency is %4.")
                                      .arg(value[SRevenue], header(SRevenue), amount->currency, currency));
                return done();
            }
            if (currency.isEmpty())
                currency = amount->currency;
            const int digits = Money::minorDigits(currency);
            const std::optional<qint64> minor = ValueParser::toMinorUnits(*amount, qMax(0, digits));
            if (!minor) {
                warn(QStringLiteral("unparsed_number"),
                     ImporterTr::tr("“%1” in column “%2” has more digits or decimal places than %3 amounts can have; "
                                    "the field was left empty.")
                         .arg(value[SRevenue], header(SRevenue), currency.isEmpty() ? QStringLiteral("?") : currency));
                provided.reset(SRevenue);
            } else {
                // Without a currency the validator rejects the row with its own message.
                in.annualRevenue = Money { *minor, currency };
            }
        }
    }

    // The contact: first/last name, or a full name split on its last space.
    contact.firstName = value[SFirst];
    contact.lastName = value[SLast];
    contact.jobTitle = value[STitle];
    contact.email = value[SContactEmail];
    contact.phone = value[SContactPhone];
    if (contact.firstName.isEmpty() && contact.lastName.isEmpty() && !value[SFull].isEmpty()) {
        const QString full = value[SFull].simplified();
        const qsizetype space = full.lastIndexOf(u' ');
        contact.firstName = space > 0 ? full.left(space) : QString();
        contact.lastName = space > 0 ? full.mid(space + 1) : full;
        provided.set(SFirst);
        provided.set(SLast);
    }
    provided.reset(SFull);
    bool hasContact = false;
    for (int s = FirstContactSlot; s < SlotCount; ++s) {
        if (!value[s].isEmpty())
            hasContact = true;
    }

    // ----- keys: repeated in the file, then matched against stored partners (IMP-02, IMP-03) -----
    // The keys are needed to match stored partners and to name a duplicate group; an import into an empty database
    // skips them for rows in no group (they cost as much as the rest of the row).
    RowKeys keys;
    const bool needKeys = m_index.livePartners() > 0
        || std::binary_search(m_groupFirstLines.begin(), m_groupFirstLines.end(),
                              std::pair<quint32, int> { static_cast<quint32>(qMin<qint64>(record.line, LineMask)), 0 },
                              [](const auto& a, const auto& b) { return a.first < b.first; });
    if (needKeys)
        keys = keysOf(record);
    if (record.line <= LineMask) {
        const FileDuplicate probe { static_cast<quint32>(record.line), 0, MatchIndex::Name };
        const auto it = std::lower_bound(m_fileDuplicates.begin(), m_fileDuplicates.end(), probe);
        if (it != m_fileDuplicates.end() && it->line == probe.line && it->contactRow) {
            if (Status status = contactRow(row, *it, contact, provided); !status)
                return status;
            return done();
        }
        if (it != m_fileDuplicates.end() && it->line == probe.line) {
            reject(row, QStringLiteral("duplicate_in_file"),
                   ImporterTr::tr("This row has the same %1 as line %2; only the first of them is imported.")
                       .arg(keyLabel(it->kind))
                       .arg(it->firstLine));
            return done();
        }
        const std::pair<quint32, int> first { static_cast<quint32>(record.line), -1 };
        for (auto g = std::lower_bound(m_groupFirstLines.begin(), m_groupFirstLines.end(), first);
             g != m_groupFirstLines.end() && g->first == first.first; ++g) {
            DuplicateGroup& group = m_report.duplicates[g->second];
            if (group.key.isEmpty())
                group.key = groupKeyText(m_groupKinds[g->second], keys);
        }
    }

    Match found;
    if (m_index.livePartners() > 0) {
        const Result<Match> matched = match(keys);
        if (!matched)
            return matched.error();
        found = *matched;
    }
    if (found.count >= 2) {
        reject(row, QStringLiteral("ambiguous_match"),
               ImporterTr::tr("This row matches %n partners by %1; it was not imported, since guessing could change "
                              "the wrong one. Make the %1 unique or match by another key.",
                              nullptr, found.count)
                   .arg(keyLabel(found.kind)));
        return done();
    }
    if (found.count == 1) {
        if (m_options.mode == ImportMode::CreateOnly) {
            reject(row, QStringLiteral("already_exists"),
                   ImporterTr::tr("A partner with the same %1 exists already, and this import only creates new "
                                  "partners.")
                       .arg(keyLabel(found.kind)));
            return done();
        }
        if (const auto it = m_matchedBy.constFind(found.localId); it != m_matchedBy.cend()) {
            reject(row, QStringLiteral("duplicate_in_file"),
                   ImporterTr::tr("Line %1 already updates the same partner; only the first of them is imported.")
                       .arg(*it));
            return done();
        }
    } else if (m_options.mode == ImportMode::UpdateOnly) {
        reject(row, QStringLiteral("no_match"),
               ImporterTr::tr("No partner matches this row, and this import only updates existing partners."));
        return done();
    }

    if (found.count == 0) {
        // ----- a new partner -----
        if (in.name.isEmpty()) {
            reject(row, QStringLiteral("name_required"), ImporterTr::tr("The partner's name is empty."));
            return done();
        }
        if (in.type.isEmpty())
            in.type = QStringLiteral("reseller");
        if (in.stage.isEmpty())
            in.stage = QStringLiteral("prospect");
        if (in.owner.isEmpty())
            in.owner = m_options.defaultOwner;
        if (Status valid = PartnerValidator::validate(in); !valid) {
            reject(row, QStringLiteral("invalid_partner"), valid.error().message);
            return done();
        }
        if (hasContact) {
            if (contact.role.isEmpty())
                contact.role = QStringLiteral("sales");
            contact.partnerId = QByteArray(16, '\0'); // validated before the partner has its id
            if (Status valid = PartnerValidator::validate(contact); !valid) {
                reject(row, QStringLiteral("invalid_contact"),
                       ImporterTr::tr("Contact: %1").arg(valid.error().message));
                return done();
            }
        }
        if (Status status = storedDuplicates(keys, 0, row.line); !status)
            return status;
        row.kind = RowOutcome::Kind::Created;
        if (!m_options.dryRun) {
            in.id = Uuid::createV7();
            if (Status status = m_loader->addPartner(in, PartnerRepository::localColumns(in)); !status)
                return status;
            m_createdPartners.append(in.id);
            if (hasContact) {
                contact.id = Uuid::createV7();
                contact.partnerId = in.id;
                if (Status status = m_loader->addContact(contact); !status)
                    return status;
            }
            if (Status status = flushCreated(false); !status)
                return status;
            row.partnerId = in.id;
        }
        rememberPartner(row.line, in.id, true);
        if (hasContact)
            ++m_report.contactsCreated;
        keep(std::move(row));
        return {};
    }

    // ----- an existing partner: blank cells never overwrite (IMP-04) unless asked per field -----
    m_matchedBy.insert(found.localId, row.line);
    const Result<Partner> current = load(found.localId);
    if (!current)
        return current.error();
    Partner merged = *current;
    QVariantMap before, after;
    // A key that differs from the stored one only as matching ignores it (case, spacing) is not a change: the file's
    // "ACME@EXAMPLE.COM" or "công ty  ĐÔNG Á" would otherwise overwrite the user's spelling on every import.
    if (found.kind == MatchIndex::Name && provided[SName]
        && TextFold::foldKeepAccents(in.name) == TextFold::foldKeepAccents(current->name))
        provided.reset(SName); // matched by it; matched by another key, a new spelling is the user's correction
    if (provided[SExternalId] && MatchIndex::externalIdKey(in.externalId) == MatchIndex::externalIdKey(current->externalId))
        provided.reset(SExternalId);
    if (provided[SEmail] && MatchIndex::emailKey(in.email) == MatchIndex::emailKey(current->email))
        provided.reset(SEmail);
    for (int s = 0; s < FirstContactSlot; ++s) {
        if (!provided[s])
            continue;
        const SlotColumns& columns = PartnerColumns[s];
        for (int i = 0; i < columns.count(); ++i) {
            const PartnerFieldDef* def = partnerDef(columns.at(i));
            def->set(merged, def->get(in));
        }
        bool changed = false;
        for (int i = 0; i < columns.count(); ++i) {
            const PartnerFieldDef* def = partnerDef(columns.at(i));
            if (!sameValue(def->get(*current), def->get(merged))) {
                before.insert(QString::fromLatin1(def->column), def->get(*current));
                after.insert(QString::fromLatin1(def->column), def->get(merged));
                changed = true;
            }
        }
        if (changed) {
            row.changes.append(FieldChange { QString::fromLatin1(SlotKeys[s]), displayText(s, *current),
                                             displayText(s, merged) });
        }
    }
    if (!before.isEmpty()) {
        if (Status valid = PartnerValidator::validate(merged, &*current); !valid) {
            reject(row, QStringLiteral("invalid_partner"), valid.error().message);
            return done();
        }
    }

    ContactPlan plan;
    if (hasContact) {
        const Result<bool> planned = planContact(current->id, contact, provided, row, plan);
        if (!planned)
            return planned.error();
        if (!*planned)
            return done();
    }
    if (Status status = storedDuplicates(keys, found.localId, row.line); !status)
        return status;
    row.partnerId = current->id;
    rememberPartner(row.line, current->id, false);
    if (before.isEmpty() && !plan.changed) {
        row.kind = RowOutcome::Kind::Unchanged;
        keep(std::move(row));
        return {};
    }
    row.kind = RowOutcome::Kind::Updated;
    if (!m_options.dryRun) {
        if (!before.isEmpty()) {
            const Result<bool> written = m_partners->update(merged);
            if (!written)
                return written.error();
            if (Status status = recordChange(QStringLiteral("partner"), current->id, before, after); !status)
                return status;
        }
        if (Status status = writeContact(plan); !status)
            return status;
    }
    if (plan.create)
        ++m_report.contactsCreated;
    else if (plan.changed)
        ++m_report.contactsUpdated;
    keep(std::move(row));
    return {};
}

Result<bool> Run::planContact(const QByteArray& partnerId, const Contact& contact, std::bitset<SlotCount> provided,
                              RowOutcome& row, ContactPlan& plan)
{
    // Matched only within this partner (IMP-02): by email, else (no email in the row) by name.
    const Result<QList<Contact>> existing = m_contacts->forPartner(partnerId);
    if (!existing)
        return existing.error();
    const QString emailKey = MatchIndex::emailKey(contact.email);
    const QString nameKey = TextFold::fold(QString(contact.firstName + QLatin1Char(' ') + contact.lastName)).simplified();
    for (const Contact& c : *existing) {
        const bool byEmail = !emailKey.isEmpty() && MatchIndex::emailKey(c.email) == emailKey;
        const bool byName = emailKey.isEmpty() && !nameKey.isEmpty()
            && TextFold::fold(QString(c.firstName + QLatin1Char(' ') + c.lastName)).simplified() == nameKey;
        if (byEmail || byName) {
            plan.before = c;
            break;
        }
    }
    const qsizetype changesBefore = row.changes.size();
    if (plan.before) {
        plan.after = *plan.before;
        if (MatchIndex::emailKey(plan.before->email) == emailKey)
            provided.reset(SContactEmail); // the key it matched by: the stored spelling stays
        for (int s = FirstContactSlot; s < SlotCount; ++s) {
            const char* column = ContactColumns[s - FirstContactSlot];
            if (!column || !provided[s])
                continue;
            const ContactFieldDef* def = contactDef(column);
            def->set(plan.after, def->get(contact));
            if (!sameValue(def->get(*plan.before), def->get(plan.after))) {
                row.changes.append(FieldChange { QString::fromLatin1(SlotKeys[s]), contactDisplayText(s, *plan.before),
                                                 contactDisplayText(s, plan.after) });
            }
        }
        plan.changed = row.changes.size() > changesBefore;
    } else {
        plan.after = contact;
        plan.after.partnerId = partnerId.isEmpty() ? QByteArray(16, '\0') : partnerId;
        if (plan.after.role.isEmpty())
            plan.after.role = QStringLiteral("sales");
        plan.create = true;
        plan.changed = true;
        for (int s = FirstContactSlot; s < SlotCount; ++s) {
            if (ContactColumns[s - FirstContactSlot] && s != SRole && !contactDisplayText(s, plan.after).isEmpty())
                row.changes.append(FieldChange { QString::fromLatin1(SlotKeys[s]), QString(),
                                                 contactDisplayText(s, plan.after) });
        }
    }
    if (Status valid = PartnerValidator::validate(plan.after); !valid) {
        reject(row, QStringLiteral("invalid_contact"), ImporterTr::tr("Contact: %1").arg(valid.error().message));
        return false;
    }
    return true;
}

Status Run::writeContact(const ContactPlan& plan)
{
    if (plan.create) {
        const Result<Contact> created = m_contacts->create(plan.after);
        if (!created)
            return created.error();
        m_createdContacts.append(created->id);
        return flushCreated(false);
    }
    if (!plan.changed)
        return {};
    QVariantMap before, after;
    for (const ContactFieldDef& def : contactFields()) {
        if (!sameValue(def.get(*plan.before), def.get(plan.after))) {
            before.insert(QString::fromLatin1(def.column), def.get(*plan.before));
            after.insert(QString::fromLatin1(def.column), def.get(plan.after));
        }
    }
    const Result<bool> written = m_contacts->update(plan.after);
    if (!written)
        return written.error();
    return recordChange(QStringLiteral("contact"), plan.after.id, before, after);
}

void Run::rememberPartner(qint64 line, const QByteArray& id, bool created)
{
    if (line <= LineMask
        && std::binary_search(m_contactRowFirstLines.begin(), m_contactRowFirstLines.end(), static_cast<quint32>(line)))
        m_rowPartners.insert(line, RowPartner { id, created });
}

Status Run::contactRow(RowOutcome& row, const FileDuplicate& duplicate, Contact contact, std::bitset<SlotCount> provided)
{
    const auto target = m_rowPartners.constFind(duplicate.firstLine);
    if (target == m_rowPartners.cend()) {
        reject(row, QStringLiteral("duplicate_in_file"),
               ImporterTr::tr("This row adds a contact to the partner on line %1, which was not imported.")
                   .arg(duplicate.firstLine));
        return {};
    }
    row.partnerId = target->id;
    if (!target->created) {
        // A stored partner: its contacts are matched like any row's (IMP-02).
        ContactPlan plan;
        const Result<bool> planned = planContact(target->id, contact, provided, row, plan);
        if (!planned)
            return planned.error();
        if (!*planned)
            return {};
        row.kind = plan.changed ? RowOutcome::Kind::Updated : RowOutcome::Kind::Unchanged;
        if (!m_options.dryRun) {
            if (Status status = writeContact(plan); !status)
                return status;
        }
        if (plan.create)
            ++m_report.contactsCreated;
        else if (plan.changed)
            ++m_report.contactsUpdated;
        return {};
    }
    // A partner created by this import: the contact is new as well.
    if (contact.role.isEmpty())
        contact.role = QStringLiteral("sales");
    contact.partnerId = target->id.isEmpty() ? QByteArray(16, '\0') : target->id;
    if (Status valid = PartnerValidator::validate(contact); !valid) {
        reject(row, QStringLiteral("invalid_contact"), ImporterTr::tr("Contact: %1").arg(valid.error().message));
        return {};
    }
    for (int s = FirstContactSlot; s < SlotCount; ++s) {
        if (ContactColumns[s - FirstContactSlot] && s != SRole && !contactDisplayText(s, contact).isEmpty())
            row.changes.append(FieldChange { QString::fromLatin1(SlotKeys[s]), QString(), contactDisplayText(s, contact) });
    }
    row.kind = RowOutcome::Kind::Updated;
    if (!m_options.dryRun) {
        contact.id = Uuid::createV7();
        if (Status status = m_loader->addContact(contact); !status)
            return status;
    }
    ++m_report.contactsCreated;
    return {};
}

Status Run::writePass()
{
    CsvReader reader;
    if (Status status = reader.open(m_path, m_options.read); !status)
        return status;
    CsvRecord record;
    qint64 count = 0;
    while (reader.next(record)) {
        if (++count % 64 == 0) { // progress about every 0.5 %, cancel within a fraction of a second
            if (cancelled())
                return cancelledError();
            reportProgress(reader.bytesRead(), reader.fileSize(), 1);
        }
        if (Status status = processRecord(record); !status)
            return status;
    }
    if (!reader.error())
        return reader.error();
    if (cancelled())
        return cancelledError();
    reportProgress(reader.fileSize(), reader.fileSize(), 1);
    m_report.blankRowsSkipped = reader.blankRowsSkipped();
    m_report.fileIssues = reader.fileIssues() + m_report.fileIssues;
    m_report.warnings += m_report.fileIssues.size();
    m_report.accepted = m_report.created + m_report.updated + m_report.unchanged;
    return {};
}

Result<ImportReport> Run::exec()
{
    QElapsedTimer timer;
    timer.start();
    if (Status status = analyse(); !status)
        return status.error();
    const qint64 analysed = timer.restart();

    MatchIndex::Wanted wanted;
    wanted.externalId = m_keyKinds.contains(MatchIndex::ExternalId);
    wanted.email = m_keyKinds.contains(MatchIndex::Email);
    wanted.domain = m_keyKinds.contains(MatchIndex::Domain);

    if (m_options.dryRun) {
        // Reads only: nothing is written, so no transaction is held against other writers.
        if (Status status = m_index.build(m_db, wanted); !status)
            return status.error();
        m_partners.emplace(m_db);
        m_contacts.emplace(m_db);
        if (Status status = writePass(); !status)
            return status.error();
        qCInfo(lcCsv) << "dry run of" << m_report.fileName << ":" << m_report.records << "records, analysis" << analysed
                      << "ms, matching" << timer.elapsed() << "ms";
        return std::move(m_report);
    }

    // ONE transaction for everything: cancel, a failure or a crash leaves the database as it was.
    Transaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun().error();
    // On any early return the loader rolls back its savepoint before the transaction itself goes.
    const auto dropLoader = qScopeGuard([this] { m_loader.reset(); });
    if (Status status = m_index.build(m_db, wanted); !status)
        return status.error();
    m_partners.emplace(m_db);
    m_contacts.emplace(m_db);

    const QString startedAt = Timestamp::nowUtc();
    {
        QSqlQuery insert(m_db.connection());
        insert.prepare(QStringLiteral("INSERT INTO import_run (file_name, mode, started_at, finished_at) "
                                      "VALUES (?, ?, ?, ?)"));
        insert.addBindValue(m_report.fileName);
        insert.addBindValue(importModeName(m_options.mode));
        insert.addBindValue(startedAt);
        insert.addBindValue(startedAt);
        if (Status status = Sql::exec(insert); !status)
            return status.error();
        m_runId = insert.lastInsertId().toLongLong();
    }

    m_loader = std::make_unique<BulkLoader>(m_db);
    // Rebuilding indexes after the load beats maintaining them only when the table starts empty of live partners
    // (then no row updates, so nothing needs the contact index while it is gone) and the file is not tiny.
    m_loader->setDeferIndexes(m_index.livePartners() == 0 && m_index.allPartners() < m_analysedRecords / 2
                              && m_analysedRecords >= 1000);
    if (Status status = m_loader->begin(); !status)
        return status.error();

    if (Status status = writePass(); !status)
        return status.error(); // the loader and the transaction roll back as they go out of scope
    if (Status status = flushCreated(true); !status)
        return status.error();
    if (Status status = m_loader->commit(); !status)
        return status.error();
    m_loader.reset();
    {
        QSqlQuery update(m_db.connection());
        update.prepare(QStringLiteral("UPDATE import_run SET finished_at = ?, records = ?, created = ?, updated = ?, "
                                      "unchanged = ?, rejected = ?, contacts_created = ?, contacts_updated = ? "
                                      "WHERE run_id = ?"));
        update.addBindValue(Timestamp::nowUtc());
        update.addBindValue(m_report.records);
        update.addBindValue(m_report.created);
        update.addBindValue(m_report.updated);
        update.addBindValue(m_report.unchanged);
        update.addBindValue(m_report.rejected);
        update.addBindValue(m_report.contactsCreated);
        update.addBindValue(m_report.contactsUpdated);
        update.addBindValue(m_runId);
        if (Status status = Sql::exec(update); !status)
            return status.error();
    }
    if (cancelled())
        return cancelledError();
    if (Status status = transaction.commit(); !status)
        return status.error();
    m_report.runId = m_runId;
    qCInfo(lcCsv) << "imported" << m_report.fileName << ":" << m_report.created << "created," << m_report.updated
                  << "updated," << m_report.rejected << "rejected; analysis" << analysed << "ms, writing"
                  << timer.elapsed() << "ms";
    return std::move(m_report);
}

} // namespace

QString importModeName(ImportMode mode)
{
    switch (mode) {
    case ImportMode::CreateOnly: return QStringLiteral("create");
    case ImportMode::CreateAndUpdate: return QStringLiteral("upsert");
    case ImportMode::UpdateOnly: return QStringLiteral("update");
    }
    return {};
}

QString matchKeyName(MatchKey key)
{
    switch (key) {
    case MatchKey::PartnerId: return QStringLiteral("id");
    case MatchKey::ExternalId: return QStringLiteral("external-id");
    case MatchKey::Email: return QStringLiteral("email");
    case MatchKey::WebsiteDomain: return QStringLiteral("domain");
    case MatchKey::NameCountry: return QStringLiteral("name-country");
    }
    return {};
}

std::optional<MatchKey> matchKeyFromName(QStringView name)
{
    for (MatchKey key : { MatchKey::PartnerId, MatchKey::ExternalId, MatchKey::Email, MatchKey::WebsiteDomain,
                          MatchKey::NameCountry }) {
        if (name.compare(matchKeyName(key), Qt::CaseInsensitive) == 0)
            return key;
    }
    return std::nullopt;
}

PartnerImporter::PartnerImporter(Database& db)
    : m_db(db)
{
}

Result<ImportReport> PartnerImporter::run(const QString& path, const ImportOptions& options, const Progress& progress,
                                          const std::atomic_bool* cancel)
{
    Run run(m_db, path, options, progress, cancel);
    return run.exec();
}

namespace {

/// Encodes text in the file's own encoding for the rejected-rows file. Windows code pages go through ICU; for
/// Windows-1258, letters the code page has no precomposed form for are written as base letter + combining tone
/// mark, as Vietnamese Windows does. A character the code page cannot hold becomes '?'.
class TextEncoder
{
public:
    explicit TextEncoder(Encoding encoding)
        : m_encoding(encoding)
    {
        if (encoding == Encoding::Windows1252 || encoding == Encoding::Windows1258) {
            UErrorCode status = U_ZERO_ERROR;
            m_converter = ucnv_open(encoding == Encoding::Windows1252 ? "windows-1252" : "windows-1258", &status);
            if (U_FAILURE(status)) {
                m_converter = nullptr;
            } else {
                ucnv_setFromUCallBack(m_converter, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
            }
        } else if (encoding == Encoding::Utf16LE || encoding == Encoding::Utf16BE) {
            m_utf16.emplace(encoding == Encoding::Utf16LE ? QStringEncoder::Utf16LE : QStringEncoder::Utf16BE,
                            QStringEncoder::Flag::Stateless);
        }
    }
    ~TextEncoder()
    {
        if (m_converter)
            ucnv_close(m_converter);
    }
    TextEncoder(const TextEncoder&) = delete;
    TextEncoder& operator=(const TextEncoder&) = delete;

    bool valid() const
    {
        return m_encoding == Encoding::Utf8 || m_utf16 || m_converter;
    }

    QByteArray bom() const
    {
        switch (m_encoding) {
        case Encoding::Utf8: return QByteArrayLiteral("\xEF\xBB\xBF");
        case Encoding::Utf16LE: return QByteArrayLiteral("\xFF\xFE");
        case Encoding::Utf16BE: return QByteArrayLiteral("\xFE\xFF");
        default: return {};
        }
    }

    QByteArray encode(const QString& text)
    {
        if (m_encoding == Encoding::Utf8)
            return text.toUtf8();
        if (m_utf16)
            return m_utf16->encode(text);
        if (m_encoding == Encoding::Windows1252) {
            QByteArray out;
            for (qsizetype i = 0; i < text.size(); ++i) {
                const qsizetype length = (text.at(i).isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
                const QByteArray one = tryEncode(QStringView(text).mid(i, length));
                out += one.isNull() ? QByteArray("?") : one;
                i += length - 1;
            }
            return out;
        }
        // Windows-1258: per cluster (a base letter and its marks), the longest precomposition the code page has.
        const QString nfd = text.normalized(QString::NormalizationForm_D);
        QByteArray out;
        qsizetype i = 0;
        while (i < nfd.size()) {
            qsizetype end = i + 1;
            while (end < nfd.size() && nfd.at(end).category() == QChar::Mark_NonSpacing)
                ++end;
            out += encodeCluster(QStringView(nfd).mid(i, end - i));
            i = end;
        }
        return out;
    }

private:
    QByteArray tryEncode(QStringView text)
    {
        if (!m_converter)
            return {};
        char buffer[64];
        UErrorCode status = U_ZERO_ERROR;
        ucnv_resetFromUnicode(m_converter);
        const int32_t length = ucnv_fromUChars(m_converter, buffer, sizeof buffer,
                                               reinterpret_cast<const UChar*>(text.utf16()),
                                               static_cast<int32_t>(text.size()), &status);
        if (U_FAILURE(status) || length <= 0)
            return {};
        return QByteArray(buffer, length);
    }

    QByteArray encodeCluster(QStringView cluster)
    {
        // As Vietnamese Windows writes it: the letter with its shape mark precomposed (â ê ô ơ ư ă), the tone
        // (grave, acute, tilde, hook above, dot below) as a combining byte after it.
        auto isTone = [](QChar c) {
            const char16_t u = c.unicode();
            return u == 0x0300 || u == 0x0301 || u == 0x0303 || u == 0x0309 || u == 0x0323;
        };
        QString core;
        QString tones;
        for (QChar c : cluster)
            (isTone(c) && !core.isEmpty() ? tones : core).append(c);
        QByteArray out = tryEncode(core.normalized(QString::NormalizationForm_C));
        if (!out.isNull()) {
            for (QChar tone : std::as_const(tones)) {
                const QByteArray mark = tryEncode(QStringView(&tone, 1));
                if (mark.isNull()) {
                    out.clear();
                    break;
                }
                out += mark;
            }
            if (!out.isEmpty())
                return out;
        }
        if (QByteArray whole = tryEncode(cluster.toString().normalized(QString::NormalizationForm_C)); !whole.isNull())
            return whole;
        out.clear();
        for (qsizetype k = 0; k < cluster.size(); ++k) {
            const QByteArray one = tryEncode(cluster.mid(k, 1));
            out += one.isNull() ? QByteArray("?") : one;
        }
        return out;
    }

    Encoding m_encoding;
    UConverter* m_converter = nullptr;
    std::optional<QStringEncoder> m_utf16;
};

QString quoted(const QString& field, QChar delimiter)
{
    if (!field.contains(delimiter) && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString out = field;
    out.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString joinRecord(const QStringList& fields, QChar delimiter)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line.append(delimiter);
        line.append(quoted(fields.at(i), delimiter));
    }
    return line;
}

} // namespace

Status writeRejectedRows(const QString& sourcePath, const ImportOptions& options, const ImportReport& report,
                         const QString& targetPath)
{
    QHash<qint64, QString> reasons;
    for (const RowOutcome& row : report.rows) {
        if (row.kind == RowOutcome::Kind::Rejected)
            reasons.insert(row.line, row.message);
    }

    CsvReader reader;
    if (Status status = reader.open(sourcePath, options.read); !status)
        return status;
    const Dialect dialect = reader.dialect();
    const QChar delimiter = dialect.delimiter;
    TextEncoder encoder(dialect.encoding);
    if (!encoder.valid()) {
        return Error { Error::Code::Io,
                       ImporterTr::tr("The rejected rows cannot be written in %1.").arg(encodingLabel(dialect.encoding)),
                       {}, {} };
    }
    QString eol;
    switch (dialect.lineEndings) {
    case LineEndings::LF: eol = QStringLiteral("\n"); break;
    case LineEndings::CR: eol = QStringLiteral("\r"); break;
    default: eol = QStringLiteral("\r\n"); break;
    }

    QSaveFile file(targetPath);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error { Error::Code::Io, ImporterTr::tr("“%1” cannot be written: %2").arg(targetPath, file.errorString()),
                       {}, {} };
    }
    QByteArray out;
    if (dialect.bom)
        out += encoder.bom();
    if (dialect.sepDirective)
        out += encoder.encode(QStringLiteral("sep=") + delimiter + eol);
    // The original header plus Line and Error: neither maps to a field, so the fixed file imports as it is.
    out += encoder.encode(joinRecord(reader.header() + QStringList { QStringLiteral("Line"), QStringLiteral("Error") },
                                     delimiter)
                          + eol);

    CsvRecord record;
    while (reader.next(record)) {
        const auto it = reasons.constFind(record.line);
        if (it == reasons.cend())
            continue;
        const QString suffix = delimiter + QString::number(record.line) + delimiter + quoted(*it, delimiter) + eol;
        // A quote left open would swallow the Line and Error columns into its cell: that row goes back as the reader
        // split it (without the stray quote), its Error column naming the problem.
        const bool openQuote = std::any_of(record.issues.cbegin(), record.issues.cend(), [](const CsvIssue& issue) {
            return issue.code == QLatin1String("unterminated_quote");
        });
        if (record.rejected() && !record.raw.isEmpty() && !openQuote) {
            // What the reader could not take (bad bytes, extra fields) goes back as it was read.
            if (dialect.encoding == Encoding::Utf8)
                out += record.raw + suffix.toUtf8();
            else
                out += encoder.encode(QString::fromUtf8(record.raw) + suffix);
        } else {
            out += encoder.encode(joinRecord(record.fields, delimiter) + suffix);
        }
        if (out.size() > (1 << 20)) {
            if (file.write(out) != out.size())
                break;
            out.clear();
        }
    }
    if (!reader.error())
        return reader.error(); // QSaveFile discards the partial file
    file.write(out);
    if (!file.commit()) {
        return Error { Error::Code::Io, ImporterTr::tr("“%1” cannot be written: %2").arg(targetPath, file.errorString()),
                       {}, {} };
    }
    return {};
}

} // namespace ChannelDesk::Csv
